"""Plans for governance tests, made by hand or from typed changes, so these
tests do not wait for the differ and the dialects."""
from __future__ import annotations

from collections.abc import Iterable

from sqlxc.air.canonical import to_data
from sqlxc.air.model import Column, Schema, Table, Tags, Type
from sqlxc.diff import changes as ch
from sqlxc.plan.model import MigrationPlan, MigrationStep, with_id
from sqlxc.plan.risk import assess_all


def col(name: str, type_: str = "text", *args: int, **kw) -> Column:
    tags = kw.pop("tags", None)
    return Column(name=name, type=Type(name=type_, args=args), tags=tags or Tags(), **kw)


PII = Tags(pii=True, sensitivity="high")
USERS = Table(
    name="users",
    columns=(col("id", "bigint"), col("email", "varchar", 320, tags=PII), col("nickname", "text", nullable=True)),
    tags=Tags(residency="eu", retention="730d", owner="accounts"),
)


def schema(*tables: Table, dialect: str = "postgres") -> Schema:
    return Schema(dialect=dialect, tables=tables)


def step(n: int, kind: str, obj: str, *, op: str = "alter", entity: str = "column", ddl: str = "", **kw) -> MigrationStep:
    return MigrationStep(id=f"s{n:04d}", op=op, entity=entity, kind=kind, object=obj,
                         ddl=ddl or f"-- {kind} {obj}", rollback=kw.pop("rollback", f"-- undo {kind} {obj}"), **kw)


def plan(steps: Iterable[MigrationStep], *, before: Schema | None = None, after: Schema | None = None,
         dialect: str = "postgres", frm: str = "a" * 16, to: str = "b" * 16, sequence: int | None = None) -> MigrationPlan:
    return with_id(MigrationPlan(
        **{"from": frm}, to=to, dialect=dialect, steps=tuple(steps), sequence=sequence,
        from_schema=to_data(before) if before else None, to_schema=to_data(after) if after else None,
    ))


def _fragment(change: ch.Change) -> dict:
    """A step's airDiff as the plan builder writes it: AIR fragments before/after."""
    payload = {
        ch.AddColumn: lambda c: (None, c.column), ch.DropColumn: lambda c: (c.column, None),
        ch.AlterColumn: lambda c: (c.old, c.new), ch.CreateTable: lambda c: (None, c.table),
        ch.DropTable: lambda c: (c.table, None), ch.AddForeignKey: lambda c: (None, c.fk),
        ch.SetTags: lambda c: (c.old, c.new),
    }.get(type(change))
    if payload is None:
        return {}
    old, new = payload(change)
    return {"from": to_data(old) if old is not None else None, "to": to_data(new) if new is not None else None}


def plan_from_changes(changes: list[ch.Change], *, dialect: str = "postgres", before: Schema | None = None,
                      after: Schema | None = None) -> MigrationPlan:
    risks = assess_all(changes, dialect)
    steps = [
        MigrationStep(
            id=f"s{n:04d}", op=c.op, entity=c.entity, kind=c.kind, object=c.key,
            ddl=f"-- {c.kind} {c.key}", rollback=f"-- {c.inverse().kind} {c.key}",
            air_diff=_fragment(c) or None, reversible=c.reversible, risk=risk,
        )
        for n, (c, risk) in enumerate(zip(changes, risks), 1)
    ]
    return plan(steps, before=before, after=after, dialect=dialect)
