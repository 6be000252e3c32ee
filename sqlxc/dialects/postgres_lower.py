"""A neutral schema -> PostgreSQL AIR, as introspection would read the database
that plain DDL of it builds.

Names left out get the server's own (``<table>_pkey``, ``<table>_<cols>_key``,
``_fkey``, ``_check``, ``_idx``, ``<table>_<col>_seq``), truncated to 63 bytes
and numbered on collision the way the server does. Serial columns become an
integer column with a ``nextval`` default and an owned sequence. Expressions
are transpiled with sqlglot and put into the server's printed form where it
is predictable (``postgres_exprs``); where it is not, callers let a scratch
server normalize (DESIGN, "dev database"). Whatever PostgreSQL cannot express
is collected and raised as one ``UnsupportedError`` naming every object.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from sqlxc.air.model import (
    Check,
    Column,
    ForeignKey,
    Index,
    PrimaryKey,
    Schema,
    Sequence,
    Table,
    Type,
    View,
)
from sqlxc.dialects import postgres_exprs as X
from sqlxc.dialects.base import objects_for
from sqlxc.dialects.postgres_types import LOWERED, NATIVE, SERIALS
from sqlxc.errors import Diagnostic, UnsupportedError

if TYPE_CHECKING:
    from sqlxc.dialects.postgres import PostgresDialect

NAMEDATALEN = 64
# neutral types whose bare spelling the server stores with a default argument
DEFAULT_ARGS = {"bit": (1,), "char": (1,)}
MYSQL_ONLY_TYPES = frozenset({"enum", "set", "year", "geometry", "linestring", "multipoint",
                              "multilinestring", "multipolygon", "geometrycollection"})


class _Problems:
    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def add(self, obj: str, message: str, hint: Optional[str] = None) -> None:
        self.items.append(Diagnostic(code="E701", message=message, object=obj, hint=hint))


def lower(schema: Schema, dialect: "PostgresDialect") -> Schema:
    if schema.dialect == "postgres":
        return schema
    problems = _Problems()
    enums = {e.name for e in schema.enums}
    names = _Names({t.name for t in schema.tables} | {v.name for v in schema.views}
                   | {s.name for s in schema.sequences})
    sequences = [_sequence(s) for s in schema.sequences]
    tables = []
    for t in schema.tables:
        table, owned = _table(t, enums, names, problems)
        tables.append(table)
        sequences.extend(owned)
    views = tuple(_view(v, problems) for v in schema.views)
    if problems.items:
        raise UnsupportedError(
            f"{len(problems.items)} object(s) cannot be expressed on PostgreSQL: "
            + "; ".join(f"{d.object}: {d.message}" for d in problems.items),
            diagnostics=tuple(problems.items),
        )
    return Schema(
        dialect="postgres",
        tables=tuple(tables),
        views=views,
        enums=tuple(e.model_copy(update={"comment": e.comment or None}) for e in schema.enums),
        sequences=tuple(sequences),
        opaque=objects_for(schema, "postgres"),
    )


# --- the server's default names ------------------------------------------------------------


def make_object_name(name1: str, name2: Optional[str], label: Optional[str]) -> str:
    """PostgreSQL's makeObjectName: clip the longer part until the name fits 63 bytes."""
    overhead = (len(label) + 1 if label else 0) + (1 if name2 else 0)
    avail = NAMEDATALEN - 1 - overhead
    n1, n2 = name1.encode(), (name2 or "").encode()
    l1, l2 = len(n1), len(n2)
    while l1 + l2 > avail:
        if l1 > l2:
            l1 -= 1
        else:
            l2 -= 1
    part1 = n1[:l1].decode(errors="ignore")
    part2 = n2[:l2].decode(errors="ignore")
    name = part1 + ("_" + part2 if name2 else "")
    return name + ("_" + label if label else "")


class _Names:
    """Names taken in the schema, so that generated ones are numbered like the server's
    (``t_a_idx``, ``t_a_idx1``…). Relations (tables, indexes, sequences) and
    constraints are separate name spaces; a unique or primary key takes both."""

    def __init__(self, relations: set[str]):
        self.relations = set(relations)
        self.constraints: set[str] = set()

    def choose(self, name1: str, name2: Optional[str], label: str, *, relation: bool, constraint: bool) -> str:
        n = 0
        while True:
            candidate = make_object_name(name1, name2, label if n == 0 else f"{label}{n}")
            if not ((relation and candidate in self.relations) or (constraint and candidate in self.constraints)):
                break
            n += 1
        self.take(candidate, relation=relation, constraint=constraint)
        return candidate

    def take(self, name: str, *, relation: bool, constraint: bool) -> None:
        if relation:
            self.relations.add(name)
        if constraint:
            self.constraints.add(name)


def _column_names(parts: list[Optional[str]]) -> str:
    return "_".join(p or "expr" for p in parts)


# --- tables ----------------------------------------------------------------------------------


def _table(t: Table, enums: set[str], names: _Names, problems: _Problems) -> tuple[Table, list[Sequence]]:
    # t.mysql is a mysql { } block: options for the other dialect, not an error here
    # names the author gave are taken first: the server only numbers the generated ones
    for group, rel in ((t.uniques, True), (t.indexes, True), (t.foreign_keys, False), (t.checks, False)):
        for obj in group:
            if obj.name:
                names.take(obj.name, relation=rel, constraint=group is not t.indexes)
    if t.primary_key and t.primary_key.name:
        names.take(t.primary_key.name, relation=True, constraint=True)

    columns, owned, checks = [], [], list(t.checks)
    for c in t.columns:
        col, seq = _column(t.name, c, enums, names, problems)
        columns.append(col)
        owned += seq
        if c.check:
            checks.append(Check(expr=c.check, name=None))
    pk = None
    if t.primary_key:
        pk_cols = set(t.primary_key.columns)  # primary key columns are NOT NULL whatever was written
        columns = [c.model_copy(update={"nullable": False}) if c.name in pk_cols else c for c in columns]
        pk = PrimaryKey(
            name=t.primary_key.name or names.choose(t.name, None, "pkey", relation=True, constraint=True),
            columns=t.primary_key.columns, include=t.primary_key.include,
            comment=t.primary_key.comment or None,
        )
    uniques = [
        u.model_copy(update={
            "name": u.name or names.choose(t.name, _column_names(list(u.columns) + list(u.include)), "key",
                                           relation=True, constraint=True),
            "comment": u.comment or None,
        })
        for u in t.uniques
    ]
    indexes = [_index(t.name, i, names, problems, {c.name: c.type for c in columns}) for i in t.indexes]
    fks = [_foreign_key(t.name, f, names) for f in t.foreign_keys]
    types = {c.name: c.type for c in columns}
    lowered_checks = [_check(t.name, c, names, types) for c in checks]
    table = Table(
        name=t.name,
        columns=tuple(columns),
        primary_key=pk,
        uniques=tuple(sorted(uniques, key=lambda u: u.name)),
        indexes=tuple(sorted(indexes, key=lambda i: i.name)),
        foreign_keys=tuple(sorted(fks, key=lambda f: f.name)),
        checks=tuple(sorted(lowered_checks, key=lambda c: c.name)),
        comment=t.comment or None,
        params=t.params,
        partition_by=t.partition_by,
        unlogged=t.unlogged,
        tags=t.tags,
        renamed_from=t.renamed_from,  # the differ's rename hint must survive lowering
    )
    return table, owned


def lower_type(where: str, t: Type, enums: set[str], problems: _Problems) -> Type:
    if t.name in enums:
        return Type(name=t.name, array=t.array)
    if t.unsigned or t.zerofill or t.values or t.name in MYSQL_ONLY_TYPES:
        problems.add(where, f"PostgreSQL has no {t.name}{' unsigned' if t.unsigned else ''} type"
                     + (" with inline values" if t.values else ""),
                     hint="use a named enum or a check constraint" if t.values else None)
        return Type(name="text")
    if t.name in LOWERED:
        name, args = LOWERED[t.name]
        return Type(name=name, args=args, array=t.array)
    if t.name not in NATIVE:
        return t  # an extension type or domain, kept as written
    args = t.args
    if t.name in ("smallint", "integer", "bigint", "boolean", "text", "bytea", "double", "real"):
        args = ()  # display widths and float precisions the server does not keep
    elif t.name == "numeric" and len(args) == 1:
        args = (args[0], 0)
    elif not args:
        args = DEFAULT_ARGS.get(t.name, ())
    return Type(name=t.name, args=args, fields=t.fields, array=t.array)


def _column(table: str, c: Column, enums: set[str], names: _Names,
            problems: _Problems) -> tuple[Column, list[Sequence]]:
    where = f"column {table}.{c.name}"
    for flag, what in ((c.charset, "character sets"), (c.on_update, "ON UPDATE"), (c.invisible, "invisible columns"),
                       (c.compressed, "COMPRESSED"), (c.srid is not None, "SRID (use a PostGIS type)")):
        if flag:
            problems.add(where, f"PostgreSQL has no {what} on columns")
    owned: list[Sequence] = []
    default = c.default
    if c.type.name in SERIALS and not c.type.array:
        t = Type(name=SERIALS[c.type.name])
        seq = names.choose(table, c.name, "seq", relation=True, constraint=False)
        seq_type = None if t.name == "bigint" else t.name
        owned.append(Sequence(name=seq, type=seq_type, owned_by=(table, c.name)))
        default = f"nextval({X.string(X.quote_regclass(seq))}::regclass)"
        nullable = False
    else:
        t = lower_type(where, c.type, enums, problems)
        nullable = c.nullable
        if default is not None:
            default = X.default_printed(default, t)
    generated = c.generated
    if generated is not None:
        if not generated.stored:
            problems.add(where, "PostgreSQL 15 has only STORED generated columns")
        generated = generated.model_copy(update={"expr": X.expression_printed(generated.expr, context=t),
                                                 "stored": True})
    if c.identity is not None:
        nullable = False  # an identity column is NOT NULL
    return Column(
        name=c.name, type=t, nullable=nullable, default=default, identity=c.identity,
        generated=generated, collation=c.collation, comment=c.comment or None, tags=c.tags,
        renamed_from=c.renamed_from,
    ), owned


def _index(table: str, i: Index, names: _Names, problems: _Problems, types: dict) -> Index:
    if i.invisible:
        problems.add(f"index {table}.{i.name}", "PostgreSQL has no invisible indexes")
    if i.method in ("fulltext", "spatial"):
        problems.add(f"index {table}.{i.name}", f"PostgreSQL has no {i.method} indexes",
                     hint="use a gin index over a tsvector, or gist")
    keys = tuple(
        k.model_copy(update={"expr": X.index_key_printed(k.expr, types) if k.expr else None, "length": None,
                             "opclass": opclass_printed(k.opclass)})
        for k in i.keys
    )
    parts = [k.column or X.figure_colname(k.expr) for k in i.keys] + list(i.include)
    name = i.name or names.choose(table, _column_names(parts), "idx", relation=True, constraint=False)
    return i.model_copy(update={
        "name": name, "keys": keys, "method": None if i.method in (None, "btree") else i.method,
        "where": X.predicate_printed(i.where, types) if i.where else None, "comment": i.comment or None,
    })


_OPCLASS_PARAMS = re.compile(r"^(?P<name>[^\s(]+)\s*\((?P<params>.*)\)$", re.S)


def opclass_printed(opclass: str | None) -> str | None:
    """An operator class with parameters as the server prints it: ``gist_trgm_ops
    (siglen='64')`` for ``gist_trgm_ops(siglen = 64)``."""
    m = _OPCLASS_PARAMS.match(opclass or "")
    if not m:
        return opclass
    pairs = [p.split("=", 1) for p in m.group("params").split(",")]
    if any(len(p) != 2 for p in pairs):
        return opclass
    values = [v.strip().strip("'").replace("'", "''") for _, v in pairs]
    printed = ", ".join(f"{k.strip().lower()}='{v}'" for (k, _), v in zip(pairs, values))
    return f"{m.group('name')} ({printed})"


def _foreign_key(table: str, f: ForeignKey, names: _Names) -> ForeignKey:
    def action(a):
        return None if a == "no action" else a

    name = f.name or names.choose(table, _column_names(list(f.columns)), "fkey", relation=False, constraint=True)
    return f.model_copy(update={"name": name, "on_delete": action(f.on_delete), "on_update": action(f.on_update),
                                "comment": f.comment or None})


def _check(table: str, c: Check, names: _Names, types: dict) -> Check:
    expr = X.predicate_printed(c.expr, types)
    if c.name:
        name = c.name
    else:
        cols = X.columns_of(c.expr)
        name = names.choose(table, cols[0] if len(cols) == 1 else None, "check", relation=False, constraint=True)
    return c.model_copy(update={"name": name, "expr": expr, "comment": c.comment or None})


def _sequence(s: Sequence) -> Sequence:
    return s.model_copy(update={"type": None if s.type in (None, "bigint") else s.type,
                                "comment": s.comment or None})


def _view(v: View, problems: _Problems) -> View:
    if v.algorithm:
        problems.add(f"view {v.name}", "PostgreSQL views have no ALGORITHM")
    # COMMENT … IS '' removes a comment: the server keeps no empty ones
    comments = tuple((c, text) for c, text in v.column_comments if text)
    return v.model_copy(update={"definition": X.view_printed(v.definition), "comment": v.comment or None,
                                "column_comments": comments})
