"""Two schemas -> one MigrationPlan for a dialect, and its review ``.sql`` text.

Lower (if neutral), diff, order, render each change forward (implied ones
render nothing) and its inverse for the rollback, fill the steps. Pure: the
same inputs give byte-identical plans (``created_at``/``author`` only when given).
"""
from __future__ import annotations

import dataclasses
from typing import Any, Literal, Optional

from sqlxc.air.canonical import canonical, schema_digest, to_data
from sqlxc.air.model import Node, Schema, Tags
from sqlxc.diff import changes as C
from sqlxc.diff.differ import DiffResult, diff
from sqlxc.diff.order import order
from sqlxc.errors import SqlxcError
from sqlxc.plan.model import MigrationPlan, MigrationStep, Risk, with_id


class RefusedError(SqlxcError):
    """The schemas differ in objects sqlxc cannot migrate; no plan is made."""


def lowered(schema: Schema, dialect) -> Schema:
    """The schema in ``dialect``'s AIR (a neutral one is lowered; a dialect one must match)."""
    if schema.dialect is None:
        return canonical(dialect.lower(schema))
    if schema.dialect != dialect.name:
        raise SqlxcError(
            f"cannot plan a {schema.dialect} schema for {dialect.name}",
            hint="compare schemas of the same dialect (a database URL fixes its dialect)",
        )
    return canonical(schema)


def plan_changes(old: Schema, new: Schema, dialect, *, keep_unlisted_objects: bool = False) -> DiffResult:
    """Diff and order (both schemas already in ``dialect``'s AIR)."""
    result = diff(old, new, dialect, keep_unlisted_objects=keep_unlisted_objects)
    result.changes = order(result.changes, dialect)
    return result


def build_plan(
    old: Schema,
    new: Schema,
    dialect,
    *,
    created_at: Optional[str] = None,
    author: Optional[str] = None,
    sequence: Optional[int] = None,
    allow_refusals: bool = False,
) -> MigrationPlan:
    """The plan taking ``old`` to ``new``. Raises ``RefusedError`` when an object
    sqlxc cannot model differs (unless ``allow_refusals``)."""
    old_l, new_l = lowered(old, dialect), lowered(new, dialect)
    # A database's functions, triggers… need not be written in the .sqlx files it is
    # migrated to: their absence there is no reason to drop them.
    unlisted = old.dialect is not None and new.dialect is None
    result = plan_changes(old_l, new_l, dialect, keep_unlisted_objects=unlisted)
    dialect = dialect.planning(old_l, new_l)
    if result.refusals and not allow_refusals:
        raise RefusedError(
            f"{len(result.refusals)} object(s) sqlxc cannot migrate differ or depend on what changes",
            diagnostics=tuple(result.refusals),
        )
    risks = _risks(result.changes, dialect)
    steps = tuple(_step(i, c, dialect, risks[i]) for i, c in enumerate(result.changes))
    server = dialect.server.label() if getattr(dialect, "server", None) else None
    plan = MigrationPlan(
        **{"from": schema_digest(old_l)},
        to=schema_digest(new_l),
        dialect=dialect.name,
        server=server,
        steps=steps,
        transactional=bool(getattr(dialect, "transactional_ddl", False)) and all(s.transactional for s in steps),
        created_at=created_at,
        author=author,
        sequence=sequence,
        from_schema=to_data(old_l),
        to_schema=to_data(new_l),
    )
    return with_id(plan)


def _risks(changes: list[C.Change], dialect) -> list[Risk]:
    try:
        from sqlxc.plan.risk import assess_all
    except ImportError:
        return [Risk() for _ in changes]
    return list(assess_all(changes, dialect))


def _step(i: int, change: C.Change, dialect, risk: Risk) -> MigrationStep:
    forward = None if change.implied else dialect.render(change)
    back = dialect.render(change.inverse())
    return MigrationStep(
        id=f"s{i + 1:04d}",
        op=change.op,
        entity=change.entity,
        kind=change.kind,
        object=change.key,
        ddl=forward.sql if forward else "",
        rollback=back.sql,
        air_diff=air_diff(change),
        policy_tags=policy_tags(change),
        reversible=change.reversible,
        transactional=forward.transactional if forward else back.transactional,
        risk=risk if not change.implied else Risk(),
    )


# --- step metadata ---------------------------------------------------------------------------

# change class -> (field holding "from", field holding "to")
_FROM_TO: dict[type, tuple[Optional[str], Optional[str]]] = {
    C.CreateTable: (None, "table"), C.DropTable: ("table", None),
    C.AddColumn: (None, "column"), C.DropColumn: ("column", None),
    C.AddPrimaryKey: (None, "pk"), C.DropPrimaryKey: ("pk", None),
    C.AddUnique: (None, "unique"), C.DropUnique: ("unique", None),
    C.AddForeignKey: (None, "fk"), C.DropForeignKey: ("fk", None),
    C.AddCheck: (None, "check"), C.DropCheck: ("check", None),
    C.CreateIndex: (None, "index"), C.DropIndex: ("index", None),
    C.CreateEnum: (None, "enum"), C.DropEnum: ("enum", None),
    C.CreateSequence: (None, "sequence"), C.DropSequence: ("sequence", None),
    C.CreateView: (None, "view"), C.DropView: ("view", None),
    C.CreateObject: (None, "obj"), C.DropObject: ("obj", None),
}


def _data(value: Any) -> Any:
    if isinstance(value, Node):
        return to_data(value)
    if isinstance(value, (frozenset, set)):
        return sorted(value)
    if isinstance(value, tuple):
        return [_data(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: _data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def air_diff(change: C.Change) -> dict[str, Any]:
    """``{"from": …, "to": …}``: the AIR fragments on each side (absent side left out)."""
    pair = _FROM_TO.get(type(change))
    if pair is None:  # alters and renames carry old/new
        out = {"from": _data(change.old), "to": _data(change.new)}
    else:
        out = {k: _data(getattr(change, f)) for k, f in zip(("from", "to"), pair) if f}
    context = {f.name: _data(getattr(change, f.name)) for f in dataclasses.fields(change)
               if f.name in ("table", "target", "name", "facets", "value") and not isinstance(getattr(change, f.name), Node)}
    if context:
        out["of"] = context
    return out


def _tags_of(change: C.Change) -> Optional[Tags]:
    if isinstance(change, C.SetTags):
        return change.new if not change.new.empty() else change.old
    for attr in ("column", "table", "new"):
        value = getattr(change, attr, None)
        if isinstance(value, Node) and isinstance(getattr(value, "tags", None), Tags):
            return value.tags
    return None


def policy_tags(change: C.Change) -> dict[str, str]:
    tags = _tags_of(change)
    if tags is None or tags.empty():
        return {}
    out = {k: str(v) for k, v in (("sensitivity", tags.sensitivity), ("residency", tags.residency),
                                 ("retention", tags.retention), ("owner", tags.owner)) if v}
    if tags.pii:
        out["pii"] = "true"
    out.update(dict(tags.extra))
    return out


# --- review text ---------------------------------------------------------------------------


def _comment(text: str) -> str:
    # a name may hold a newline; it must not end the SQL comment
    return " ".join(text.split())


def statement_text(sql: str) -> str:
    sql = sql.rstrip()
    return sql if sql.endswith(";") else sql + ";"


def _what(step) -> str:
    """``add column``; for a replayed object its own kind: ``create trigger``."""
    verb, _, noun = step.kind.partition("_")
    return f"{verb} {step.entity}" if noun == "object" else f"{verb} {noun.replace('_', ' ')}"


def render_sql(plan: MigrationPlan, direction: Literal["up", "down"] = "up", *, header: bool = True) -> str:
    """The review ``.sql`` text: a header, then each step's comment and DDL.
    The rollback is each step's rollback in reverse order."""
    out = []
    if header:
        out.append(f"-- sqlxc plan {plan.id} ({plan.dialect}{', ' + plan.server if plan.server else ''})")
        out.append(f"-- {direction}: from {plan.from_ if direction == 'up' else plan.to} "
                   f"to {plan.to if direction == 'up' else plan.from_}")
    steps = plan.steps if direction == "up" else tuple(reversed(plan.steps))
    for s in steps:
        sql = s.ddl if direction == "up" else s.rollback
        if not sql:
            continue
        out.append("")
        out.append(_comment(f"-- {s.id} {_what(s)} {s.object}"))
        out.append(statement_text(sql))
    return "\n".join(out) + "\n" if out else ""
