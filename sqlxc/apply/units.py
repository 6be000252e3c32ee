"""How a plan's steps are run: grouped into units and, on MySQL, reordered so
that destructive steps come last.

A unit is what commits at once: on PostgreSQL a run of consecutive
transactional steps (one transaction), or a single step that refuses a
transaction block (``CREATE INDEX CONCURRENTLY``, ``ALTER TYPE … ADD VALUE``
before a step that uses the value). On MySQL every DDL statement commits by
itself, so every step is its own unit.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlxc.plan.model import MigrationStep

# Steps whose forward DDL destroys data (MySQL runs them last, through the trash).
DESTRUCTIVE = frozenset({"drop_table", "drop_column"})
# PostgreSQL refuses to use an enum value added in the same transaction, so these
# commit first, in a unit of their own (they depend on nothing else in a plan:
# an enum created by the plan is created with all its values).
COMMIT_FIRST = frozenset({"add_enum_value"})


@dataclass(frozen=True)
class Unit:
    number: int  # 1-based, in run order
    steps: tuple[MigrationStep, ...]
    transactional: bool


def table_of(step: MigrationStep) -> str:
    return step.object.split(".", 1)[0]


def destructive_last(steps: tuple[MigrationStep, ...]) -> tuple[MigrationStep, ...]:
    """Move each destructive step after the others, unless a later step is about
    the same table (then it keeps its place: the differ put it there for a reason)."""
    kept, held = [], []
    for i, step in enumerate(steps):
        later_same_table = any(table_of(s) == table_of(step) for s in steps[i + 1:])
        (held if step.kind in DESTRUCTIVE and not later_same_table else kept).append(step)
    return tuple(kept + held)


def plan_units(steps: tuple[MigrationStep, ...], dialect: str) -> list[Unit]:
    runnable = tuple(s for s in steps if s.ddl.strip())  # implied steps have nothing to run
    if dialect != "postgres":
        return [Unit(i, (s,), False) for i, s in enumerate(destructive_last(runnable), 1)]
    units: list[Unit] = []
    first = tuple(s for s in runnable if s.kind in COMMIT_FIRST)
    if first and len(first) < len(runnable):
        units.append(Unit(1, first, all(s.transactional for s in first)))
        runnable = tuple(s for s in runnable if s.kind not in COMMIT_FIRST)
    group: list[MigrationStep] = []
    for step in runnable:
        if step.transactional:
            group.append(step)
            continue
        if group:
            units.append(Unit(len(units) + 1, tuple(group), True))
            group = []
        units.append(Unit(len(units) + 1, (step,), False))
    if group:
        units.append(Unit(len(units) + 1, tuple(group), True))
    return units
