"""Policy rules as data: built-in step and schema rules, and rules configured in
``sqlx.toml`` (``[[policy.rules]]``).

A step rule matches ``StepFacts`` and has an effect: ``deny``, ``approve``
(an approval by a key holding ``role``), ``force`` (``--force`` at apply) or
``allow`` (waives the built-in obligations listed in ``waive``). A schema rule
(``on = "column"`` or ``"table"``) matches tagged objects and lists the tags
they ``require``.

Configured step rule::

    [[policy.rules]]
    id = "ORG001"
    on = "step"
    kind = ["drop_table"]        # str or list; also op, entity, dialect
    object = "billing_*"         # glob on the step's object (table.column)
    pii = true                   # also: sensitivity = "high" (at least), risk = "risky" (at least), reversible = false
    effect = "approve"           # deny | approve | force | allow
    role = "dba"
    reason = "billing tables are dropped only with the DBA's approval"

Configured schema rule::

    [[policy.rules]]
    id = "ORG100"
    on = "table"                 # or "column"
    pii = true                   # match: pii, sensitivity (at least), name (glob)
    require = ["owner", "tag:cost_center"]
    severity = "warning"
    reason = "every PII table names its cost center"
"""
from __future__ import annotations

import fnmatch
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlxc.errors import ConfigError
from sqlxc.policy.config import PolicySettings
from sqlxc.policy.facts import RISK_ORDER, SENSITIVITY_ORDER, StepFacts, rank

Effect = Literal["deny", "approve", "force", "allow"]
EFFECTS = ("deny", "approve", "force", "allow")


@dataclass(frozen=True)
class StepRule:
    id: str
    effect: Effect
    reason: str
    matches: Callable[[StepFacts], bool]
    role: str | None = None
    waive: frozenset[str] = frozenset()
    builtin: bool = False


def _high(f: StepFacts) -> bool:
    return rank(SENSITIVITY_ORDER, f.sensitivity) >= rank(SENSITIVITY_ORDER, "high")


def builtin_step_rules(settings: PolicySettings) -> list[StepRule]:
    g = settings.guards
    rules = [
        StepRule("GOV106", "deny", "a @pii object is created or re-tagged without @sensitivity; tag it first",
                 lambda f: f.pii_untagged),
        StepRule("GOV101", "approve", "touches @pii data or data of sensitivity high or above",
                 lambda f: f.pii or _high(f), role=g["pii"]),
        StepRule("GOV102", "approve", "not reversible: its rollback restores structure, not data",
                 lambda f: not f.reversible, role=g["irreversible"]),
        StepRule("GOV103", "approve", "adds a foreign key with CASCADE: deletes/updates will spread; confirm it",
                 lambda f: f.cascade, role=g["cascade"]),
        StepRule("GOV104", "force", "shrinks a column type: values that do not fit are lost or refused",
                 lambda f: f.shrink),
    ]
    return [replace(r, builtin=True) for r in rules if r.id not in settings.disabled]


# --- configured step rules ------------------------------------------------------------

_STEP_KEYS = {"id", "on", "kind", "op", "entity", "dialect", "object", "pii", "sensitivity", "risk",
              "reversible", "effect", "role", "reason", "waive"}


def _as_set(value: Any, where: str) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset({value})
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(value)
    raise ConfigError(f"{where} must be a string or a list of strings")


def _matcher(raw: Mapping[str, Any], where: str) -> Callable[[StepFacts], bool]:
    tests: list[Callable[[StepFacts], bool]] = []
    for key in ("kind", "op", "entity", "dialect"):
        if key in raw:
            allowed = _as_set(raw[key], f"{where}.{key}")
            tests.append(lambda f, k=key, a=allowed: getattr(f, k) in a)
    if "object" in raw:
        patterns = _as_set(raw["object"], f"{where}.object")
        tests.append(lambda f, p=patterns: any(fnmatch.fnmatchcase(f.object, x) for x in p))
    for key in ("pii", "reversible"):
        if key in raw:
            if not isinstance(raw[key], bool):
                raise ConfigError(f"{where}.{key} must be true or false")
            tests.append(lambda f, k=key, v=raw[key]: getattr(f, k) is v)
    if "sensitivity" in raw:
        floor = _level(raw["sensitivity"], SENSITIVITY_ORDER, f"{where}.sensitivity")
        tests.append(lambda f, n=floor: rank(SENSITIVITY_ORDER, f.sensitivity) >= n)
    if "risk" in raw:
        floor = _level(raw["risk"], RISK_ORDER, f"{where}.risk")
        tests.append(lambda f, n=floor: rank(RISK_ORDER, f.risk) >= n)
    return lambda f: all(t(f) for t in tests)


def _level(value: Any, order: tuple[str, ...], where: str) -> int:
    if value not in order:
        raise ConfigError(f"{where} must be one of {', '.join(order)}, not {value!r}")
    return order.index(value)


def _rule_head(raw: Mapping[str, Any], n: int) -> tuple[str, str]:
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise ConfigError(f"sqlx.toml: policy.rules[{n}] needs an id", hint='e.g. id = "ORG001"')
    if rule_id.startswith("GOV"):
        raise ConfigError(f"sqlx.toml: policy rule id {rule_id!r} is reserved for built-in rules")
    reason = raw.get("reason")
    if not isinstance(reason, str) or not reason:
        raise ConfigError(f"sqlx.toml: policy rule {rule_id} needs a reason (it is shown with every decision)")
    return rule_id, reason


def configured_step_rule(raw: Mapping[str, Any], n: int) -> StepRule:
    rule_id, reason = _rule_head(raw, n)
    where = f"sqlx.toml: policy rule {rule_id}"
    unknown = set(raw) - _STEP_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key {min(unknown)!r}", hint="known: " + ", ".join(sorted(_STEP_KEYS)))
    effect = raw.get("effect")
    if effect not in EFFECTS:
        raise ConfigError(f"{where}: effect must be one of {', '.join(EFFECTS)}")
    role = raw.get("role")
    if effect == "approve" and not isinstance(role, str):
        raise ConfigError(f"{where}: effect 'approve' needs the role that must approve (role = \"…\")")
    waive = _as_set(raw.get("waive", []), f"{where}.waive")
    if effect == "allow" and not waive:
        raise ConfigError(f"{where}: effect 'allow' needs the built-in rules it waives (waive = [\"GOV102\"])")
    return StepRule(rule_id, effect, reason, _matcher(raw, where), role=role, waive=waive)


# --- schema rules -----------------------------------------------------------------------


@dataclass(frozen=True)
class SchemaRule:
    id: str
    on: Literal["column", "table"]
    reason: str
    severity: str
    applies: Callable[[Any, Any], bool]  # (table, column or None) -> bool
    missing: Callable[[Any, Any], list[str]]  # what the object lacks
    hint: str = ""


def _tag(tags: Any, name: str) -> Any:
    if name.startswith("tag:"):
        return dict(tags.extra).get(name[4:])
    return getattr(tags, name)


def table_has_pii(table: Any) -> bool:
    return table.tags.pii or any(c.tags.pii for c in table.columns)


def _table_sensitivity(table: Any) -> int:
    levels = [table.tags.sensitivity, *(c.tags.sensitivity for c in table.columns)]
    return max((rank(SENSITIVITY_ORDER, s) for s in levels), default=-1)


def builtin_schema_rules() -> list[SchemaRule]:
    return [
        SchemaRule("GOV001", "column", "@pii column has no @sensitivity", "error",
                   lambda t, c: c.tags.pii, lambda t, c: [] if c.tags.sensitivity else ["sensitivity"],
                   hint="add @sensitivity(low|medium|high|restricted)"),
        SchemaRule("GOV002", "table", "table holding @pii data has no @residency", "error",
                   lambda t, c: table_has_pii(t), lambda t, c: [] if t.tags.residency else ["residency"],
                   hint='add @residency("eu") (where the data may be stored) to the table'),
        SchemaRule("GOV003", "table", "table holding @pii data has no @retention", "error",
                   lambda t, c: table_has_pii(t), lambda t, c: [] if t.tags.retention else ["retention"],
                   hint='add @retention("730d") (how long rows are kept) to the table'),
        SchemaRule("GOV004", "column", "@pii column is marked @sensitivity(low)", "warning",
                   lambda t, c: c.tags.pii and c.tags.sensitivity == "low",
                   lambda t, c: ["sensitivity above low"], hint="personal data is at least medium"),
        SchemaRule("GOV005", "table", "table holding @pii or high-sensitivity data has no @owner", "warning",
                   lambda t, c: table_has_pii(t) or _table_sensitivity(t) >= rank(SENSITIVITY_ORDER, "high"),
                   lambda t, c: [] if t.tags.owner else ["owner"], hint='add @owner("team") to the table'),
    ]


_SCHEMA_KEYS = {"id", "on", "pii", "sensitivity", "name", "require", "severity", "reason"}


def configured_schema_rule(raw: Mapping[str, Any], n: int) -> SchemaRule:
    rule_id, reason = _rule_head(raw, n)
    where = f"sqlx.toml: policy rule {rule_id}"
    unknown = set(raw) - _SCHEMA_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key {min(unknown)!r}", hint="known: " + ", ".join(sorted(_SCHEMA_KEYS)))
    on = raw["on"]
    require = sorted(_as_set(raw.get("require", []), f"{where}.require"))
    if not require:
        raise ConfigError(f"{where}: require lists the tags a matching {on} must carry")
    valid = {"pii", "sensitivity", "residency", "retention", "owner"}
    for name in require:
        if name not in valid and not name.startswith("tag:"):
            raise ConfigError(f"{where}: cannot require {name!r}", hint="use sensitivity, residency, retention, owner or tag:<key>")
    severity = raw.get("severity", "error")
    if severity not in ("error", "warning"):
        raise ConfigError(f"{where}: severity must be 'error' or 'warning'")
    floor = _level(raw["sensitivity"], SENSITIVITY_ORDER, f"{where}.sensitivity") if "sensitivity" in raw else None
    names = _as_set(raw["name"], f"{where}.name") if "name" in raw else None
    pii = raw.get("pii")

    def applies(t: Any, c: Any) -> bool:
        obj = c if on == "column" else t
        if pii is not None and (obj.tags.pii if on == "column" else table_has_pii(t)) is not pii:
            return False
        if floor is not None:
            level = rank(SENSITIVITY_ORDER, obj.tags.sensitivity) if on == "column" else _table_sensitivity(t)
            if level < floor:
                return False
        label = f"{t.name}.{c.name}" if on == "column" else t.name
        return names is None or any(fnmatch.fnmatchcase(label, p) for p in names)

    def missing(t: Any, c: Any) -> list[str]:
        obj = c if on == "column" else t
        return [name for name in require if not _tag(obj.tags, name)]

    return SchemaRule(rule_id, on, reason, severity, applies, missing,
                      hint="add " + ", ".join(f"@{r.removeprefix('tag:')}" for r in require))


def configured_rules(settings: PolicySettings) -> tuple[list[StepRule], list[SchemaRule]]:
    steps: list[StepRule] = []
    schemas: list[SchemaRule] = []
    seen: set[str] = set()
    for n, raw in enumerate(settings.rules, 1):
        on = raw.get("on", "step")
        if on == "step":
            rule = configured_step_rule(raw, n)
            steps.append(rule)
        elif on in ("column", "table"):
            rule = configured_schema_rule(raw, n)
            schemas.append(rule)
        else:
            raise ConfigError(f"sqlx.toml: policy.rules[{n}].on must be 'step', 'column' or 'table'")
        if rule.id in seen:
            raise ConfigError(f"sqlx.toml: policy rule id {rule.id} is used twice")
        seen.add(rule.id)
    return steps, schemas
