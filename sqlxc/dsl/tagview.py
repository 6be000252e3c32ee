"""Tables and columns with their policy tags, read from the checked AST.

Schema policy rules (``sqlxc.policy``) need only names and tags; ``sqlxc check``
must not build pydantic AIR to give them that, and a finding must point at the
source. So this is the light view the rules run on, with a position for each
object; any object with ``check_schema(schema)`` returning diagnostics whose
``object`` is ``table`` or ``table.column`` can be applied with ``apply_policy``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlxc.dsl import ast as A
from sqlxc.dsl.resolve import tags_of
from sqlxc.errors import Diagnostic, Location


@dataclass(frozen=True)
class TagSet:
    pii: bool = False
    sensitivity: str | None = None
    residency: str | None = None
    retention: str | None = None
    owner: str | None = None
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TaggedColumn:
    name: str
    tags: TagSet
    pos: A.Pos


@dataclass(frozen=True)
class TaggedTable:
    name: str
    tags: TagSet
    columns: tuple[TaggedColumn, ...]
    pos: A.Pos


@dataclass(frozen=True)
class TaggedSchema:
    tables: tuple[TaggedTable, ...]


def _tags(node: Any) -> TagSet:
    return TagSet(**(tags_of(node.r.get("facts", {})) or {}))


def tagged_schema(analysis: Any) -> TaggedSchema:
    """The tables of a checked analysis, in source order."""
    tables = []
    for t in analysis.tables.values():
        cols = tuple(TaggedColumn(c.name.name, _tags(c), c.name.pos) for c in t.r.get("columns", ()))
        tables.append(TaggedTable(t.name.name, _tags(t), cols, t.name.pos))
    return TaggedSchema(tuple(tables))


def apply_policy(policy: Any, analysis: Any) -> list[Diagnostic]:
    """The policy's schema findings, each at its table's or column's name."""
    schema = tagged_schema(analysis)
    where: dict[str, A.Pos] = {}
    for t in schema.tables:
        where[t.name] = t.pos
        for c in t.columns:
            where[f"{t.name}.{c.name}"] = c.pos
    out = []
    for d in policy.check_schema(schema):
        pos = where.get(d.object or "")
        if pos is not None:
            end = pos.end if pos.end > pos.col else None
            d = replace(d, location=Location(pos.file, pos.line, pos.col, end))
        out.append(d)
    return out
