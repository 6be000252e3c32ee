"""What a policy rule may ask about a plan step, gathered once per step.

A step names its object (``users.email``); its tags come from three places,
merged, so a rule sees them however the plan was made: the step's
``policyTags``, the AIR fragments in ``airDiff`` (before and after), and the
plan's ``from``/``to`` schemas (the table's tags and the column's). Both the
old and the new tags count: removing ``@pii`` from a column touches PII.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # plans are pydantic; `sqlxc check` must not import it
    from sqlxc.plan.model import MigrationPlan, MigrationStep


SENSITIVITY_ORDER = ("low", "medium", "high", "restricted")
RISK_ORDER = ("safe", "risky", "experimental")
_TRUE = {"true", "1", "yes", "on"}
_TABLE_SCOPED = {"column", "index", "primaryKey", "unique", "foreignKey", "check", "comment", "tags"}


def rank(order: tuple[str, ...], value: str | None) -> int:
    return order.index(value) if value in order else -1


@dataclass(frozen=True)
class StepFacts:
    step: str
    kind: str
    op: str
    entity: str
    object: str
    table: str | None
    column: str | None
    dialect: str
    reversible: bool
    risk: str
    risk_codes: frozenset[str]
    pii: bool
    sensitivity: str | None
    pii_untagged: bool  # a PII column or table created/tagged without @sensitivity
    cascade: bool
    shrink: bool


class SchemaIndex:
    """Tables of a lowered AIR dict by name, for tag and FK look-ups."""

    def __init__(self, data: Mapping[str, Any] | None):
        self.tables: dict[str, Mapping[str, Any]] = {}
        for table in (data or {}).get("tables", ()) or ():
            if isinstance(table, Mapping) and "name" in table:
                self.tables[table["name"]] = table

    def table(self, name: str | None) -> Mapping[str, Any] | None:
        return self.tables.get(name) if name else None

    def column(self, table: str | None, name: str | None) -> Mapping[str, Any] | None:
        t = self.table(table)
        for col in (t or {}).get("columns", ()) or ():
            if col.get("name") == name:
                return col
        return None

    def foreign_key(self, table: str | None, name: str | None) -> Mapping[str, Any] | None:
        t = self.table(table)
        for fk in (t or {}).get("foreign_keys", ()) or ():
            if fk.get("name") == name:
                return fk
        return None


class PlanContext:
    """Per-plan data that every step's facts read (built once: < 2 ms per step)."""

    def __init__(self, plan: MigrationPlan):
        self.plan = plan
        self.before = SchemaIndex(plan.from_schema)
        self.after = SchemaIndex(plan.to_schema)

    def facts(self, step: MigrationStep) -> StepFacts:
        return step_facts(self, step)


def split_object(step: MigrationStep) -> tuple[str | None, str | None]:
    """(table, column) a step is about; column only for column steps."""
    if step.entity == "table":
        return step.object, None
    if step.entity in _TABLE_SCOPED and "." in step.object:
        table, rest = step.object.split(".", 1)
        return table, (rest if step.entity in ("column", "tags", "comment") else None)
    return None, None


def _tags_of(node: Any) -> Mapping[str, Any]:
    tags = node.get("tags") if isinstance(node, Mapping) else None
    return tags if isinstance(tags, Mapping) else {}


def _fragments(step: MigrationStep) -> list[Mapping[str, Any]]:
    diff = step.air_diff or {}
    return [v for k, v in diff.items() if k in ("from", "to", "old", "new") and isinstance(v, Mapping)]


def _walk(value: Any) -> Iterable[Mapping[str, Any]]:
    """Every mapping inside an AIR fragment (tables hold columns hold tags)."""
    if isinstance(value, Mapping):
        yield value
        for v in value.values():
            yield from _walk(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _walk(v)


def _tag_sources(ctx: PlanContext, step: MigrationStep, table: str | None, column: str | None) -> list:
    """(tags, is_new) pairs for everything the step touches."""
    out: list[tuple[Mapping[str, Any], bool]] = []
    tags = dict(step.policy_tags)
    if tags:
        # For set_tags the builder records the new tags, or the old ones when all are removed;
        # the airDiff fragments below say which side is which.
        out.append((tags, step.kind != "set_tags"))
    for frag in _fragments(step):
        is_new = frag is (step.air_diff or {}).get("to") or frag is (step.air_diff or {}).get("new")
        out.extend((_tags_of(node), is_new) for node in _walk(frag) if "tags" in node)
        if isinstance(frag.get("pii"), bool) or "sensitivity" in frag:  # a bare Tags fragment (set_tags)
            out.append((frag, is_new))
    for schema, is_new in ((ctx.before, False), (ctx.after, True)):
        t = schema.table(table)
        if t is None:
            continue
        out.append((_tags_of(t), is_new))
        if column is not None:
            out.append((_tags_of(schema.column(table, column)), is_new))
        elif step.entity == "table":
            out.extend((_tags_of(c), is_new) for c in t.get("columns", ()) or ())
    return out


def _is_pii(tags: Mapping[str, Any]) -> bool:
    value = tags.get("pii")
    return value is True or (isinstance(value, str) and value.lower() in _TRUE)


def _cascade(ctx: PlanContext, step: MigrationStep, table: str | None) -> bool:
    if step.entity != "foreignKey" or step.op != "create":
        return False
    nodes = [n for f in _fragments(step) for n in _walk(f)]
    name = step.object.split(".", 1)[1] if "." in step.object else None
    fk = ctx.after.foreign_key(table, name)
    if fk:
        nodes.append(fk)
    keys = ("on_delete", "on_update", "onDelete", "onUpdate")
    return any(str(n.get(k, "")).lower() == "cascade" for n in nodes for k in keys)


def _shrink(ctx: PlanContext, step: MigrationStep, table: str | None, column: str | None) -> bool:
    if step.kind != "alter_column":
        return False
    if "LS101" in {r.code for r in step.risk.reasons}:
        return True
    diff = step.air_diff or {}
    old, new = diff.get("from"), diff.get("to")
    if not (isinstance(old, Mapping) and isinstance(new, Mapping)):
        old, new = ctx.before.column(table, column), ctx.after.column(table, column)
    if not (old and new and "type" in old and "type" in new):
        return False
    from sqlxc.air.model import Type
    from sqlxc.plan.risk import narrows

    try:
        return narrows(Type.model_validate(old["type"]), Type.model_validate(new["type"]))
    except ValueError:
        return False


def step_facts(ctx: PlanContext, step: MigrationStep) -> StepFacts:
    table, column = split_object(step)
    sources = _tag_sources(ctx, step, table, column)
    pii = any(_is_pii(t) for t, _ in sources)
    levels = [t.get("sensitivity") for t, _ in sources if t.get("sensitivity")]
    sensitivity = max(levels, key=lambda s: rank(SENSITIVITY_ORDER, s)) if levels else None
    # A new PII object whose own tags say nothing about sensitivity.
    untagged = step.op in ("create", "alter") and any(
        is_new and _is_pii(t) and not t.get("sensitivity") for t, is_new in sources
    )
    return StepFacts(
        step=step.id,
        kind=step.kind,
        op=step.op,
        entity=step.entity,
        object=step.object,
        table=table,
        column=column,
        dialect=ctx.plan.dialect,
        reversible=step.reversible,
        risk=step.risk.level,
        risk_codes=frozenset(r.code for r in step.risk.reasons),
        pii=pii,
        sensitivity=sensitivity,
        pii_untagged=untagged,
        cascade=_cascade(ctx, step, table),
        shrink=_shrink(ctx, step, table, column),
    )
