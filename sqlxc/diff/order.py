"""Deterministic order of changes: phases, then a topological sort where it matters.

A plan runs in phases (see ``PHASES``); inside a phase changes keep the
differ's order (canonical, so the same inputs always give the same plan),
except views among views and dropped tables among dropped tables, which are
sorted by what they read/reference. The rollback is
``[c.inverse() for c in reversed(ordered)]``: every phase is chosen so that
the reversed list is valid too (an ``implied`` change sits before the drop it
belongs to, so its inverse runs after the object is back).
"""
from __future__ import annotations

import heapq
from typing import Callable, Iterable

from sqlxc.diff import changes as C
from sqlxc.diff.deps import view_reads

# change class -> phase; lower runs first
PHASES: dict[type, float] = {
    C.DropView: 1,
    C.DropForeignKey: 2,
    C.DropIndex: 3, C.DropUnique: 3, C.DropCheck: 3, C.DropPrimaryKey: 3,
    C.CreateEnum: 4, C.AddEnumValue: 4.1, C.RenameEnumValue: 4.1, C.RebuildEnum: 4.2, C.CreateSequence: 4.3,
    C.AlterSequence: 4.4,
    C.RenameTable: 6.0, C.AlterTableOptions: 6.1, C.AlterTableParams: 6.1, C.CreateTable: 6.2,
    C.RenameColumn: 6.4, C.AddColumn: 6.5, C.AlterColumn: 6.6,
    C.DropColumn: 7,
    C.DropTable: 8,
    C.AddPrimaryKey: 9, C.AddUnique: 9.1, C.AddCheck: 9.2, C.CreateIndex: 9.3,
    C.AddForeignKey: 10,
    C.CreateView: 12,
    C.SetComment: 13, C.SetTags: 13.1,
    C.DropEnum: 14, C.DropSequence: 14.1,
}
IMPLIED = 0  # implied comments: before everything (not rendered forward), last in the rollback
BEFORE_ENUM_REBUILD = 4.15  # a default naming an enum label the rebuild removes
DROP_IDENTITY = 4.25  # before sequences are created: its sequence may hold the name a serial needs
EARLY_DROP_TABLE = 5  # a dropped table whose name a created/renamed table takes
DROP_TABLE_BEFORE_TYPES = 3.9  # a dropped table whose name (its row type) a created enum or sequence takes
# the other way round: a dropped enum or sequence whose name a created table takes goes once
# its columns and defaults are gone, and the table is created right after it (before its keys,
# indexes and FKs)
DROP_ENUM_FOR_TABLE, CREATE_TABLE_AFTER_ENUM = 7.05, 7.1
EARLY_DROP_COLUMN = 6.3  # likewise for a column (also: a column dropped and added again)
ADD_GENERATED = 6.7  # after the columns it reads are added and retyped
MOVE_COLUMN = 6.75  # MySQL AFTER/FIRST moves: once every column they name is there
# and a dropped generated column goes before they are retyped (PostgreSQL refuses to
# retype a column a generated column reads); it holds no data of its own to keep
DROP_GENERATED = 6.35
OWN_SEQUENCE = 11  # OWNED BY needs the table
DESTRUCTIVE_LAST = {C.DropColumn: 13.5, C.DropTable: 13.6}
# A function whose signature names a table's row type (RETURNS SETOF users) needs the
# table: created once the tables are (before the views that may call it), dropped once
# those views are gone and before its table goes.
ROWTYPE_ROUTINE = {C.CreateObject: 11.9, C.ReplaceObject: 11.9, C.DropObject: 1.5}
# Replayed objects, by (change, kind): an extension before everything that may use
# its types and functions, and after them when dropped; a function before the
# tables whose defaults and checks call it, and dropped once they no longer do
# (before the enums of its signature); a trigger, rule or policy once its table,
# view and functions exist, and dropped before them.
OBJECT_PHASES: dict[tuple[type, str], float] = {
    (C.CreateObject, "extension"): 0.1, (C.DropObject, "extension"): 14.5,
    # a collation before the columns, domains, composite types and indexes that name it
    (C.CreateObject, "collation"): 0.2, (C.DropObject, "collation"): 14.4,
    (C.CreateObject, "domain"): 4.6, (C.DropObject, "domain"): 13.9, (C.ReplaceObject, "domain"): 4.6,
    (C.CreateObject, "composite type"): 4.45, (C.DropObject, "composite type"): 13.95,  # functions may return it
    (C.ReplaceObject, "composite type"): 4.45,
    (C.CreateObject, "range type"): 4.45, (C.DropObject, "range type"): 13.95,
    (C.CreateObject, "function"): 4.5, (C.ReplaceObject, "function"): 4.5, (C.DropObject, "function"): 13.8,
    (C.CreateObject, "procedure"): 4.5, (C.ReplaceObject, "procedure"): 4.5, (C.DropObject, "procedure"): 13.8,
    (C.CreateObject, "trigger"): 12.5, (C.DropObject, "trigger"): 0.5,
    (C.CreateObject, "materialized view"): 12.4, (C.DropObject, "materialized view"): 0.7,
    # a partition comes once its partitioned table has its columns, keys and indexes, and
    # before the views that may read it; it is dropped once they and the foreign keys into
    # its partitioned table (which hold on to every partition) are gone
    (C.CreateObject, "partition"): 11.5, (C.DropObject, "partition"): 2.5, (C.ReplaceObject, "partition"): 11.5,
    (C.CreateObject, "rule"): 12.5, (C.DropObject, "rule"): 0.5,
    (C.CreateObject, "policy"): 12.6, (C.DropObject, "policy"): 0.5,
    (C.CreateObject, "row level security"): 12.7, (C.DropObject, "row level security"): 0.6,
    # with the table's other constraints: once its columns are there, before they change
    (C.CreateObject, "exclusion constraint"): 9.25, (C.DropObject, "exclusion constraint"): 3.05,
    (C.ReplaceObject, "exclusion constraint"): 9.25,
}


# A composite or range type made of the schema's domains (or of other such types) comes
# after the domains and goes before them; the others come before the functions that
# may return them. Among themselves, types are sorted by what they are made of.
TYPE_OF_TYPES = {C.CreateObject: 4.65, C.ReplaceObject: 4.65, C.DropObject: 13.85}


def phase(change: C.Change, dialect, reused_tables: set, reused_columns: set, rebuilt: set = frozenset()) -> float:
    if isinstance(change, (C.CreateObject, C.DropObject, C.ReplaceObject)):
        obj = change.new if isinstance(change, C.ReplaceObject) else change.obj
        if obj.kind in ("function", "procedure") and obj.depends_on:
            return ROWTYPE_ROUTINE[type(change)]
        if obj.kind in ("composite type", "range type") and obj.depends_on:
            return TYPE_OF_TYPES[type(change)]
        return OBJECT_PHASES[type(change), change.entity]
    if change.implied and isinstance(change, (C.SetComment, C.SetTags)):
        return IMPLIED  # comments come late; the ones that go with a drop must sit before it
    if isinstance(change, C.AlterColumn) and change.facets == {"identity"} and change.new.identity is None:
        return DROP_IDENTITY
    if isinstance(change, C.AlterColumn) and (change.table, change.new.name) in rebuilt \
            and change.facets == {"default"} and change.new.default is None:
        return BEFORE_ENUM_REBUILD
    if isinstance(change, C.DropTable) and ("type", change.table.name) in reused_tables:
        return DROP_TABLE_BEFORE_TYPES
    if isinstance(change, C.DropEnum) and ("table", change.enum.name) in reused_tables:
        return DROP_ENUM_FOR_TABLE
    if isinstance(change, C.DropSequence) and ("table", change.sequence.name) in reused_tables:
        return DROP_ENUM_FOR_TABLE
    if isinstance(change, C.CreateTable) and ("dropped type", change.table.name) in reused_tables:
        return CREATE_TABLE_AFTER_ENUM
    if isinstance(change, C.DropTable) and (change.table.name in reused_tables or reused_tables & {
            ("index", n) for n in _index_names(change.table)}):
        return EARLY_DROP_TABLE
    if isinstance(change, C.DropColumn) and (change.table, change.column.name) in reused_columns:
        return EARLY_DROP_COLUMN
    if isinstance(change, C.AddColumn) and change.column.generated is not None:
        return ADD_GENERATED
    if isinstance(change, C.AlterColumn) and change.facets == {"position"}:
        return MOVE_COLUMN
    if isinstance(change, C.DropColumn) and change.column.generated is not None:
        return DROP_GENERATED
    if isinstance(change, C.AlterSequence) and change.new.owned_by and not change.old.owned_by:
        return OWN_SEQUENCE
    if getattr(dialect, "destructive_last", False) and type(change) in DESTRUCTIVE_LAST:
        return DESTRUCTIVE_LAST[type(change)]
    return PHASES[type(change)]


def order(changes: Iterable[C.Change], dialect) -> list[C.Change]:
    changes = list(changes)
    reused_tables = {c.table.name for c in changes if isinstance(c, C.CreateTable)}
    reused_tables |= {c.new for c in changes if isinstance(c, C.RenameTable)}
    reused_tables |= {c.view.name for c in changes if isinstance(c, C.CreateView)}  # a view takes a table's name
    # a table's row type shares the namespace of types; a sequence, that of tables
    reused_tables |= {("type", c.enum.name) for c in changes if isinstance(c, C.CreateEnum)}
    reused_tables |= {("type", c.sequence.name) for c in changes if isinstance(c, C.CreateSequence)}
    dropped_enums = {c.enum.name for c in changes if isinstance(c, C.DropEnum)}
    dropped_enums |= {c.sequence.name for c in changes if isinstance(c, C.DropSequence)}  # a relation too
    created = {c.table.name for c in changes if isinstance(c, C.CreateTable)}
    reused_tables |= {("table", n) for n in dropped_enums & created}
    reused_tables |= {("dropped type", n) for n in dropped_enums & created}
    if getattr(dialect, "index_names_per_schema", False):
        reused_tables |= {("index", n) for n in _claimed_index_names(changes)}
    reused_columns = {(c.table, c.column.name) for c in changes if isinstance(c, C.AddColumn)}
    reused_columns |= {(c.table, c.new) for c in changes if isinstance(c, C.RenameColumn)}
    rebuilt = {(u.table, u.column.name) for c in changes if isinstance(c, C.RebuildEnum) for u in c.usages}
    keyed = sorted(
        range(len(changes)), key=lambda i: (phase(changes[i], dialect, reused_tables, reused_columns, rebuilt), i)
    )
    ordered = [changes[i] for i in keyed]
    ordered = _sort_within(ordered, C.CreateView, _view_edges(ordered, C.CreateView, dialect, reverse=False))
    ordered = _sort_within(ordered, C.DropView, _view_edges(ordered, C.DropView, dialect, reverse=True))
    ordered = _sort_within(ordered, C.DropTable, _drop_table_edges(changes))
    ordered = _sort_within(ordered, C.CreateObject, _object_edges(reverse=False))
    ordered = _sort_within(ordered, C.DropObject, _object_edges(reverse=True))
    return ordered


def _object_edges(*, reverse: bool) -> Callable:
    """A replayed object is created after the objects it depends on (a partition after
    the partitioned partition it belongs to) and dropped before them."""
    def edges(items: list) -> list[tuple[int, int]]:
        index = {c.obj.name: i for i, c in enumerate(items)}
        out = []
        for j, c in enumerate(items):
            for dep in c.obj.depends_on:
                i = index.get(dep)
                if i is not None and i != j:
                    out.append((j, i) if reverse else (i, j))
        return out

    return edges


def _index_names(table) -> set:
    """The schema-wide names a table holds: its indexes and its key constraints' indexes."""
    keys = ([table.primary_key] if table.primary_key else []) + list(table.uniques) + list(table.indexes)
    return {k.name for k in keys if k.name}


def _claimed_index_names(changes: list[C.Change]) -> set:
    names: set = set()
    for c in changes:
        if isinstance(c, C.CreateTable):
            names |= _index_names(c.table)
        elif isinstance(c, (C.CreateIndex, C.AddPrimaryKey, C.AddUnique)):
            key = c.index if isinstance(c, C.CreateIndex) else c.pk if isinstance(c, C.AddPrimaryKey) else c.unique
            if key.name:
                names.add(key.name)
    return names


def _view_edges(changes: list[C.Change], cls: type, dialect, *, reverse: bool) -> Callable:
    """Views are created after what they read and dropped before it."""
    name = getattr(dialect, "name", None)

    def edges(items: list) -> list[tuple[int, int]]:
        index = {c.view.name.lower(): i for i, c in enumerate(items)}
        known = frozenset(c.view.name for c in items)
        out = []
        for j, c in enumerate(items):
            for rel in view_reads(c.view.definition, name, known).relations:
                i = index.get(rel)
                if i is not None and i != j:
                    out.append((j, i) if reverse else (i, j))
        return out

    return edges


def _drop_table_edges(changes: list[C.Change]) -> Callable:
    """A table is dropped before the tables it references (through FKs dropped with it)."""
    refs: dict[str, set[str]] = {}
    for c in changes:
        if isinstance(c, C.DropForeignKey) and c.implied and c.fk.ref_table != c.table:
            refs.setdefault(c.table, set()).add(c.fk.ref_table)

    def edges(items: list) -> list[tuple[int, int]]:
        index = {c.table.name: i for i, c in enumerate(items)}
        return [(i, index[r]) for i, c in enumerate(items) for r in sorted(refs.get(c.table.name, ()))
                if r in index and index[r] != i]

    return edges


def _sort_within(ordered: list[C.Change], cls: type, edges: Callable) -> list[C.Change]:
    """Topologically sort each run of ``cls`` changes in place; ties keep their order,
    and a cycle (which the servers would refuse anyway) keeps the rest in order."""
    out, i = [], 0
    while i < len(ordered):
        if not isinstance(ordered[i], cls):
            out.append(ordered[i])
            i += 1
            continue
        j = i
        while j < len(ordered) and isinstance(ordered[j], cls):
            j += 1
        out.extend(_toposort(ordered[i:j], edges))
        i = j
    return out


def _toposort(items: list, edges: Callable) -> list:
    n = len(items)
    succ: dict[int, list[int]] = {i: [] for i in range(n)}
    indeg = [0] * n
    for a, b in set(edges(items)):
        succ[a].append(b)
        indeg[b] += 1
    ready = [i for i in range(n) if indeg[i] == 0]
    heapq.heapify(ready)
    out, done = [], set()
    while len(out) < n:
        if not ready:  # cycle: take the earliest remaining
            ready = [min(i for i in range(n) if i not in done)]
        i = heapq.heappop(ready)
        if i in done:
            continue
        done.add(i)
        out.append(items[i])
        for j in succ[i]:
            indeg[j] -= 1
            if indeg[j] == 0 and j not in done:
                heapq.heappush(ready, j)
    return out
