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
from dataclasses import dataclass
from typing import Callable, Iterable

from sqlxc.diff import changes as C
from sqlxc.diff import triggers
from sqlxc.diff.deps import view_reads
from sqlxc.diff.routines import ROUTINE_KINDS, calls, dropped_routines, enum_bound, standard_body

# change class -> phase; lower runs first
PHASES: dict[type, float] = {
    C.DropView: 1,
    C.DropForeignKey: 2,
    C.DropIndex: 3, C.DropUnique: 3, C.DropCheck: 3, C.DropPrimaryKey: 3,
    C.CreateEnum: 4, C.AddEnumValue: 4.1, C.RenameEnumValue: 4.1, C.RebuildEnum: 4.2, C.CreateSequence: 4.3,
    C.AlterSequence: 4.4,
    C.RenameTable: 6.0, C.AlterTableOptions: 6.1, C.AlterTableParams: 6.1, C.SetTableLogged: 6.1, C.CreateTable: 6.2,
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
# (or calling a routine the plan drops: before routines are replaced, see sqlxc.diff.routines)
# a routine whose signature names an enum the plan rebuilds, or a SQL-standard one over
# columns that move: once its callers are gone
DROP_ENUM_ROUTINE = 4.18
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
# Table options that hold less go after the columns change to fit them: shorter index
# keys (InnoDB -> MyISAM: 3072 -> 1000 bytes, ROW_FORMAT=COMPACT: 767) once a column
# shrinks back to 3-byte utf8mb3 (a longer plain key is cut to a prefix for good), a
# narrower engine once the columns fit it (MEMORY: no TEXT; CSV: no NULL, no index)
OPTIONS_AFTER_COLUMNS = 6.8
DESTRUCTIVE_LAST = {C.DropColumn: 13.5, C.DropTable: 13.6}
# A function whose signature names a table's row type (RETURNS SETOF users) needs the
# table: created once the tables are (before the views that may call it), dropped once
# those views are gone and before its table goes.
ROWTYPE_ROUTINE = {C.CreateObject: 11.9, C.ReplaceObject: 11.9, C.DropObject: 1.5}
# A SQL-standard body (BEGIN ATOMIC) is parsed against the columns it reads: created once
# columns are added, before the defaults, checks and indexes that may call it.
STANDARD_BODY_ROUTINE = 6.55
# one dropped around a retype of its columns comes back right after the retypes, before
# the defaults that call it are set again
RECREATED_STANDARD_ROUTINE, RESTORE_DEFAULT = 6.65, 6.68
CREATE_TABLE_AFTER_ROUTINE = 6.57  # a new table whose defaults or checks call such a routine
# and the other way round: a dropped one goes once the columns it reads are dropped, before
# the tables it reads, after a dropped table whose defaults or checks call it
DROP_STANDARD_BODY_ROUTINE, DROP_TABLE_BEFORE_ROUTINE = 7.5, 7.4
# Replayed objects, by (change, kind): an extension before everything that may use
# its types and functions, and after them when dropped; a function before the
# tables whose defaults and checks call it, and dropped once they no longer do
# (before the enums of its signature); a trigger, rule or policy once its table,
# view and functions exist, and dropped before them.
OBJECT_PHASES: dict[tuple[type, str], float] = {
    (C.CreateObject, "extension"): 0.1, (C.DropObject, "extension"): 14.5,
    # after the extensions whose templates and dictionaries they use, before every column,
    # index and generated expression that names them
    (C.CreateObject, "collation"): 0.2, (C.DropObject, "collation"): 14.4,
    (C.CreateObject, "text search dictionary"): 0.2, (C.DropObject, "text search dictionary"): 14.45,
    (C.CreateObject, "text search configuration"): 0.25, (C.DropObject, "text search configuration"): 14.4,
    (C.CreateObject, "domain"): 4.6, (C.DropObject, "domain"): 13.9, (C.ReplaceObject, "domain"): 4.6,
    (C.CreateObject, "composite type"): 4.45, (C.DropObject, "composite type"): 13.95,  # functions may return it
    (C.ReplaceObject, "composite type"): 4.45,
    (C.CreateObject, "range type"): 4.45, (C.DropObject, "range type"): 13.95,
    (C.CreateObject, "function"): 4.5, (C.ReplaceObject, "function"): 4.5, (C.DropObject, "function"): 13.8,
    (C.CreateObject, "procedure"): 4.5, (C.ReplaceObject, "procedure"): 4.5, (C.DropObject, "procedure"): 13.8,
    (C.CreateObject, "trigger"): 12.5, (C.DropObject, "trigger"): 0.5,
    (C.CreateObject, "event"): 12.6, (C.DropObject, "event"): 0.5,  # MySQL: its body may use anything
    # MySQL: a table's partitioning is set once its keys are there (they must cover its
    # columns) and removed before they change
    (C.CreateObject, "partitioning"): 12.3, (C.DropObject, "partitioning"): 0.8,
    (C.ReplaceObject, "partitioning"): 12.3,
    # with the views: they stack on each other both ways (sorted together below)
    (C.CreateObject, "materialized view"): 12, (C.DropObject, "materialized view"): 1,
    # a partition comes once its partitioned table has its columns, keys and indexes, and
    # before the views that may read it; it is dropped once they and the foreign keys into
    # its partitioned table (which hold on to every partition) are gone
    (C.CreateObject, "partition"): 11.5, (C.DropObject, "partition"): 2.5, (C.ReplaceObject, "partition"): 11.5,
    (C.CreateObject, "rule"): 12.5, (C.DropObject, "rule"): 0.5,
    (C.CreateObject, "policy"): 12.6, (C.DropObject, "policy"): 0.5,
    (C.CreateObject, "row level security"): 12.7, (C.DropObject, "row level security"): 0.6,
    # extended statistics name a table's columns: dropped before they change, made once they are there
    (C.CreateObject, "statistics"): 12.5, (C.DropObject, "statistics"): 0.5,
    # REPLICA IDENTITY USING INDEX / CLUSTER ON name an index: made after it, reset before it goes
    (C.CreateObject, "table settings"): 12.5, (C.DropObject, "table settings"): 0.5,
    # with the table's other constraints: once its columns are there, before they change
    (C.CreateObject, "exclusion constraint"): 9.25, (C.DropObject, "exclusion constraint"): 3.05,
    (C.ReplaceObject, "exclusion constraint"): 9.25,
}


# A composite or range type made of the schema's domains (or of other such types) comes
# after the domains and goes before them; the others come before the functions that
# may return them. Among themselves, types are sorted by what they are made of.
TYPE_OF_TYPES = {C.CreateObject: 4.65, C.ReplaceObject: 4.65, C.DropObject: 13.85}


@dataclass(frozen=True)
class RoutineFacts:
    """What the plan does to routines that decides where their callers go
    (``sqlxc.diff.routines``), as names without arguments unless said."""

    dropped: frozenset[str] = frozenset()  # dropped, or dropped to be replaced
    enums: frozenset[str] = frozenset()  # enums rebuilt under routines' signatures
    recreated: frozenset = frozenset()  # (kind, name) dropped and created again
    late: frozenset[str] = frozenset()  # SQL-standard bodies created after columns are added
    calling_tables: frozenset[str] = frozenset()  # dropped tables calling an early-dropped routine


def _routine_phase(change: C.Change, obj, r: RoutineFacts) -> float:
    if obj.kind in ROUTINE_KINDS and _late(obj, r.recreated):
        return DROP_STANDARD_BODY_ROUTINE if isinstance(change, C.DropObject) else STANDARD_BODY_ROUTINE
    if isinstance(change, C.DropObject) and obj.kind in ROUTINE_KINDS and (obj.kind, obj.name) in r.recreated \
            and obj.depends_on and standard_body(obj.ddl):
        return DROP_ENUM_ROUTINE  # once its callers are gone, before the columns it reads move
    if isinstance(change, C.CreateObject) and obj.kind in ROUTINE_KINDS and (obj.kind, obj.name) in r.recreated \
            and obj.depends_on and standard_body(obj.ddl):
        return RECREATED_STANDARD_ROUTINE
    if obj.kind in ROUTINE_KINDS and obj.depends_on:
        return ROWTYPE_ROUTINE[type(change)]
    if obj.kind in ("composite type", "range type") and obj.depends_on:
        return TYPE_OF_TYPES[type(change)]
    if isinstance(change, C.DropObject) and enum_bound(obj, r.enums):
        return DROP_ENUM_ROUTINE
    return OBJECT_PHASES[type(change), change.entity]


def _late(obj, recreated: frozenset) -> bool:
    return bool(obj.depends_on) and standard_body(obj.ddl) and (obj.kind, obj.name) not in recreated


def _table_phase(change: C.Change, r: RoutineFacts) -> float | None:
    """Where a created or dropped table goes because of the routines its defaults,
    checks or indexes call (None: nothing to say)."""
    if isinstance(change, C.CreateTable) and r.late and _table_calls(change.table, r.late):
        return CREATE_TABLE_AFTER_ROUTINE
    if isinstance(change, C.DropTable) and r.late and _table_calls(change.table, r.late):
        return DROP_TABLE_BEFORE_ROUTINE
    if isinstance(change, C.DropTable) and change.table.name in r.calling_tables:
        return DROP_TABLE_BEFORE_TYPES  # before the routine it calls is dropped to be replaced
    return None


def phase(change: C.Change, dialect, reused_tables: set, reused_columns: set, rebuilt: set = frozenset(),
          routines: RoutineFacts = RoutineFacts()) -> float:
    if isinstance(change, (C.CreateObject, C.DropObject, C.ReplaceObject)):
        return _routine_phase(change, change.new if isinstance(change, C.ReplaceObject) else change.obj, routines)
    if (at := _table_phase(change, routines)) is not None:
        return at
    if change.implied and isinstance(change, (C.SetComment, C.SetTags)):
        return IMPLIED  # comments come late; the ones that go with a drop must sit before it
    if isinstance(change, C.AlterColumn) and change.facets == {"default"} and change.old.default is None \
            and calls(change.new.default, routines.dropped):
        return RESTORE_DEFAULT
    if isinstance(change, C.AlterColumn) and change.facets == {"identity"} and change.new.identity is None:
        return DROP_IDENTITY
    if isinstance(change, C.AlterColumn) and change.facets == {"default"} and change.new.default is None \
            and ((change.table, change.new.name) in rebuilt or calls(change.old.default, routines.dropped)):
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
    if isinstance(change, C.AlterTableOptions) and _options_after_columns(change, dialect):
        return OPTIONS_AFTER_COLUMNS
    if isinstance(change, C.AlterSequence) and change.new.owned_by and not change.old.owned_by:
        return OWN_SEQUENCE
    if getattr(dialect, "destructive_last", False) and type(change) in DESTRUCTIVE_LAST:
        return DESTRUCTIVE_LAST[type(change)]
    return PHASES[type(change)]


def _options_after_columns(change: C.AlterTableOptions, dialect) -> bool:
    after = getattr(dialect, "options_after_columns", None)
    return after is not None and after(change.old, change.new)


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
    routines = _routine_facts(changes, dialect)
    keyed = sorted(
        range(len(changes)),
        key=lambda i: (phase(changes[i], dialect, reused_tables, reused_columns, rebuilt, routines), i),
    )
    ordered = [changes[i] for i in keyed]
    ordered = _sort_within(ordered, _creates_view, _view_edges(dialect, reverse=False))
    ordered = _sort_within(ordered, _drops_view, _view_edges(dialect, reverse=True))
    ordered = _sort_within(ordered, C.DropTable, _drop_table_edges(changes))
    ordered = _sort_within(ordered, C.CreateObject, _trigger_edges(reverse=False))
    ordered = _sort_within(ordered, C.DropObject, _trigger_edges(reverse=True))
    ordered = _sort_within(ordered, C.CreateObject, _object_edges(reverse=False))
    ordered = _sort_within(ordered, C.DropObject, _object_edges(reverse=True))
    return ordered


def _table_calls(table, names: frozenset[str]) -> bool:
    exprs = [c.default for c in table.columns] + [c.generated.expr for c in table.columns if c.generated]
    return any(calls(e, names) for e in exprs + [k.expr for k in table.checks])


def _routine_facts(changes: list[C.Change], dialect) -> RoutineFacts:
    enums = frozenset(c.old.name for c in changes if isinstance(c, C.RebuildEnum))
    dropped_objects = {(c.obj.kind, c.obj.name) for c in changes if isinstance(c, C.DropObject)}
    recreated = frozenset(k for c in changes if isinstance(c, C.CreateObject)
                          if (k := (c.obj.kind, c.obj.name)) in dropped_objects)
    late = frozenset(c.obj.name.partition("(")[0] for c in changes if isinstance(c, (C.CreateObject, C.DropObject))
                     and c.obj.kind in ROUTINE_KINDS and _late(c.obj, recreated))
    # routines dropped before tables are: replaced by dropping first, or over a rebuilt enum
    early = dropped_routines([c.old for c in changes if isinstance(c, C.ReplaceObject)],
                             [c.new for c in changes if isinstance(c, C.ReplaceObject)], dialect)
    early |= {c.obj.name.partition("(")[0] for c in changes
              if isinstance(c, C.DropObject) and enum_bound(c.obj, enums)}
    return RoutineFacts(dropped=_dropped_routines(changes, dialect), enums=enums, recreated=recreated, late=late,
                        calling_tables=_tables_calling(changes, early))


def _tables_calling(changes: list[C.Change], routines: frozenset[str]) -> frozenset[str]:
    """Dropped tables whose defaults, checks or indexes (dropped with them) call one of
    ``routines``: they go before those routines are dropped to be replaced."""
    if not routines:
        return frozenset()
    names = {c.table.name for c in changes if isinstance(c, C.DropTable) and _table_calls(c.table, routines)}
    names |= {c.table for c in changes if isinstance(c, C.DropIndex) and c.implied
              and calls(" ".join(k.expr or "" for k in c.index.keys) + " " + (c.index.where or ""), routines)}
    return frozenset(names)


def _dropped_routines(changes: list[C.Change], dialect) -> frozenset[str]:
    """The routines the plan drops, as ``sqlxc.diff.routines`` finds them."""
    old = [c.obj for c in changes if isinstance(c, C.DropObject)] + [c.old for c in changes
                                                                    if isinstance(c, C.ReplaceObject)]
    new = [c.new for c in changes if isinstance(c, C.ReplaceObject)]
    return dropped_routines(old, new, dialect)


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


def _creates_view(c: C.Change) -> bool:
    return isinstance(c, C.CreateView) or (isinstance(c, C.CreateObject) and c.obj.kind == "materialized view")


def _drops_view(c: C.Change) -> bool:
    return isinstance(c, C.DropView) or (isinstance(c, C.DropObject) and c.obj.kind == "materialized view")


def _view_name(c: C.Change) -> str:
    return c.view.name if isinstance(c, (C.CreateView, C.DropView)) else c.obj.name


def _view_edges(dialect, *, reverse: bool) -> Callable:
    """Views and materialized views are created after what they read and dropped before it."""
    name = getattr(dialect, "name", None)

    def reads(c: C.Change, known: frozenset[str]) -> frozenset[str]:
        if isinstance(c, (C.CreateView, C.DropView)):
            return view_reads(c.view.definition, name, known).relations
        return frozenset(d.lower() for d in c.obj.depends_on)  # the server's own record

    def edges(items: list) -> list[tuple[int, int]]:
        index = {_view_name(c).lower(): i for i, c in enumerate(items)}
        known = frozenset(_view_name(c) for c in items)
        out = []
        for j, c in enumerate(items):
            for rel in reads(c, known):
                i = index.get(rel)
                if i is not None and i != j:
                    out.append((j, i) if reverse else (i, j))
        return out

    return edges


def _trigger_edges(*, reverse: bool) -> Callable:
    """A MySQL trigger that FOLLOWS another is created after it, and dropped before
    it (so the rollback creates them in turn)."""

    def edges(items: list) -> list[tuple[int, int]]:
        index = {c.obj.name: i for i, c in enumerate(items) if c.obj.kind == "trigger"}
        out = []
        for j, c in enumerate(items):
            where = triggers.place(c.obj) if c.obj.kind == "trigger" else None
            i = index.get(where.follows) if where and where.follows else None
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


def _sort_within(ordered: list[C.Change], cls: type | Callable, edges: Callable) -> list[C.Change]:
    """Topologically sort each run of ``cls`` changes (a class, or a test on a change)
    in place; ties keep their order, and a cycle (which the servers would refuse
    anyway) keeps the rest in order."""
    member = cls if not isinstance(cls, type) else (lambda c: isinstance(c, cls))
    out, i = [], 0
    while i < len(ordered):
        if not member(ordered[i]):
            out.append(ordered[i])
            i += 1
            continue
        j = i
        while j < len(ordered) and member(ordered[j]):
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
