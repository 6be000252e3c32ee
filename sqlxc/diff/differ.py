"""AIR x AIR -> typed changes (unordered) and refusals.

Both schemas are of the same dialect (lower a neutral one first). Entities that
are equal are skipped without deeper comparison (spec 5.1: equal digests).
Renames come only from ``renamed_from`` hints. What has no in-place change is
dropped and added again. The result is ordered by ``sqlxc.diff.order``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlxc.air.canonical import canonical, unhinted_digest
from sqlxc.air.model import Enum, Schema, Sequence
from sqlxc.diff import changes as C
from sqlxc.diff.objects import diff_objects
from sqlxc.diff.routines import dropped_routines, enum_bound, moving_standard_routines
from sqlxc.diff.state import DiffState
from sqlxc.diff.tables import diff_tables
from sqlxc.diff.views import diff_views
from sqlxc.errors import Diagnostic


@dataclass
class DiffResult:
    changes: list[C.Change] = field(default_factory=list)
    refusals: list[Diagnostic] = field(default_factory=list)


def diff(old: Schema, new: Schema, dialect, *, keep_unlisted_objects: bool = False) -> DiffResult:
    """``keep_unlisted_objects``: ``new`` need not list every function, trigger… of
    ``old`` (a ``.sqlx`` target against a database, see ``sqlxc.diff.objects``)."""
    if old.dialect != new.dialect:
        raise ValueError(f"cannot diff a {old.dialect or 'neutral'} schema against a {new.dialect or 'neutral'} one")
    old, new = canonical(old), canonical(new)
    st = DiffState(old, _share_unchanged(old, new), dialect, keep_unlisted_objects=keep_unlisted_objects)
    _diff_enums(st)  # first: rebuilding an enum reshapes the columns (and routines) that use it
    rebuilt = frozenset(c.old.name for c in st.changes if isinstance(c, C.RebuildEnum))
    st.enum_routines = frozenset((o.kind, o.name) for o in old.opaque if enum_bound(o, rebuilt))
    st.dropped_routines = dropped_routines(old.opaque, new.opaque, dialect, keep_unlisted=keep_unlisted_objects) \
        | {name.partition("(")[0] for _, name in st.enum_routines} | moving_standard_routines(old, new)
    diff_tables(st)
    _diff_sequences(st)
    rebuilt = diff_views(st)
    diff_objects(st, rebuilt)
    return DiffResult(st.changes, st.refusals)


def _share_unchanged(old: Schema, new: Schema) -> Schema:
    """``new`` with each table whose digest equals the old table's of that name
    (neither carrying a rename hint) replaced by the old object itself. Equal
    digests are equal tables (spec 5.1), and an object compares equal to itself
    at once, so the walk below only looks into tables that changed. The digests
    are the ones the plan's snapshot ids need anyway, computed once per object."""
    old_by = {t.name: t for t in old.tables}
    tables, shared = [], False
    for t in new.tables:
        o = old_by.get(t.name)
        if o is not None and o is not t and _same_digest(o, t):
            t, shared = o, True
        tables.append(t)
    return new.model_copy(update={"tables": tuple(tables)}) if shared else new


def _same_digest(a, b) -> bool:
    d = unhinted_digest(b)
    return d is not None and d == unhinted_digest(a)


# --- enums ---------------------------------------------------------------------------------


def _bare_enum(e: Enum) -> Enum:
    return e.model_copy(update={"comment": None})


def _usages(st: DiffState, name: str) -> tuple[C.EnumUsage, ...]:
    """Columns of the *old* schema typed with the enum: a rebuild runs before any rename."""
    return tuple(
        C.EnumUsage(t.name, c) for t in st.old.tables for c in t.columns if c.type.name == name
    )


def _is_subsequence(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    it = iter(new)
    return all(any(v == w for w in it) for v in old)


def _diff_enums(st: DiffState) -> None:
    old_by = {e.name: e for e in st.old.enums}
    new_by = {e.name: e for e in st.new.enums}
    for e in st.new.enums:
        o = old_by.get(e.name)
        if o is None:
            st.add(C.CreateEnum(_bare_enum(e)))
            if e.comment:
                st.add(C.SetComment("enum", e.name, None, e.comment))
            continue
        if o.values != e.values:
            _change_values(st, o, e)
        if o.comment != e.comment:
            st.add(C.SetComment("enum", e.name, o.comment, e.comment))
    for o in st.old.enums:
        if o.name not in new_by:
            if o.comment:
                st.add(C.SetComment("enum", o.name, o.comment, None, implied=True))
            st.add(C.DropEnum(_bare_enum(o)))


def _refuse_types_over(st: DiffState, enum: str) -> None:
    """A rebuilt enum is a new type: a domain, composite or range type built on the old
    one would keep it (and the old type could not be dropped)."""
    name = re.compile(rf'(?<![\w$"]){re.escape(enum)}(?![\w$"])|"{re.escape(enum.replace(chr(34), 2 * chr(34)))}"')
    for t in st.old.opaque:
        if t.kind in ("domain", "composite type", "range type") and t.ddl and name.search(t.ddl.split(" AS ", 1)[-1]):
            label = f"{t.kind} {t.name}"
            st.refusals.append(Diagnostic(
                code="D102", object=label,
                message=f"{label} is built on enum {enum}, which this migration rebuilds (values removed or "
                        "reordered); sqlxc cannot rebuild it",
                hint=f"add values to {enum} at the end only, or move {t.name} off the enum by hand first",
            ))


def _mentions(default: str | None, labels: set[str]) -> bool:
    return default is not None and any("'" + v.replace("'", "''") + "'" in default for v in labels)


def _change_values(st: DiffState, o: Enum, e: Enum) -> None:
    usages = _usages(st, o.name)
    added = set(e.values) - set(o.values)
    if not _is_subsequence(o.values, e.values) or _used_in_new(st, added):
        _refuse_types_over(st, o.name)
        usages = tuple(_without_stale_default(st, u, set(o.values) - set(e.values)) for u in usages)
        st.add(C.RebuildEnum(_bare_enum(o), _bare_enum(e), usages))
        for u in usages:
            st.touch(u.table, u.column.name)
            st.retyped[u.table].add(u.column.name)
        return
    state = list(o.values)
    for i, v in enumerate(e.values):
        if v in state:
            continue
        before = after = None
        if i == 0:
            before = state[0] if state else None
            state.insert(0, v)
        else:
            pos = state.index(e.values[i - 1]) + 1
            after = None if pos == len(state) else e.values[i - 1]  # plain ADD VALUE appends
            state.insert(pos, v)
        prev = _bare_enum(o).model_copy(update={"values": tuple(x for x in state if x != v)})
        st.add(C.AddEnumValue(prev, prev.model_copy(update={"values": tuple(state)}), v,
                              before=before, after=after, usages=usages))


def _used_in_new(st: DiffState, labels: set[str]) -> bool:
    """Does the target schema use an added label in an expression? PostgreSQL refuses
    a value added by ALTER TYPE … ADD VALUE until it commits, so such a plan rebuilds
    the type instead and stays one transaction."""
    if not labels:
        return False
    texts = [v.definition for v in st.new.views]
    for t in st.new.tables:
        texts += [c.default for c in t.columns if c.default]
        texts += [k.expr for k in t.checks]
        texts += [i.where for i in t.indexes if i.where]
        texts += [k.expr for i in t.indexes for k in i.keys if k.expr]
    # replayed objects whose expressions the server parses when they are made (not routines)
    texts += [o.ddl for o in st.new.opaque if o.ddl and o.kind in (
        "domain", "exclusion constraint", "materialized view", "policy", "partition")]
    return any(_mentions(text, labels) for text in texts)


def _without_stale_default(st: DiffState, usage: C.EnumUsage, removed: set[str]) -> C.EnumUsage:
    """A default naming a removed label cannot survive the rebuild: drop it in a
    step of its own before (so the rollback restores it after the reverse rebuild);
    the column's later alter sets the new default."""
    col = usage.column
    if not _mentions(col.default, removed):
        return usage
    bare = col.model_copy(update={"comment": None, "tags": col.tags.__class__(), "renamed_from": None})
    st.add(C.AlterColumn(usage.table, bare, bare.model_copy(update={"default": None}), frozenset({"default"})))
    st.defaults_dropped.add((usage.table, col.name))
    return C.EnumUsage(usage.table, col.model_copy(update={"default": None}))


# --- sequences -----------------------------------------------------------------------------


def _bare_seq(s: Sequence, owned=None) -> Sequence:
    return s.model_copy(update={"comment": None, "owned_by": owned})


def _diff_sequences(st: DiffState) -> None:
    """Ownership (OWNED BY) is set by an AlterSequence once the table exists and
    removed before anything that would drop the sequence with its owner."""
    old_by = {s.name: s for s in st.old.sequences}
    new_by = {s.name: s for s in st.new.sequences}
    for n in st.new.sequences:
        o = old_by.get(n.name)
        if o is None:
            st.add(C.CreateSequence(_bare_seq(n)))
            if n.owned_by:
                st.add(C.AlterSequence(_bare_seq(n), _bare_seq(n, n.owned_by)))
            if n.comment:
                st.add(C.SetComment("sequence", n.name, None, n.comment))
            continue
        bo, bn = _bare_seq(o, o.owned_by), _bare_seq(n, n.owned_by)
        if bo != bn:
            if o.owned_by == n.owned_by:
                st.add(C.AlterSequence(bo, bn))
            else:
                mid = _bare_seq(n)
                if bo != mid:
                    st.add(C.AlterSequence(bo, mid))
                if n.owned_by:
                    st.add(C.AlterSequence(mid, bn))
        if o.comment != n.comment:
            st.add(C.SetComment("sequence", n.name, o.comment, n.comment))
    for o in st.old.sequences:
        if o.name in new_by:
            continue
        if o.comment:
            st.add(C.SetComment("sequence", o.name, o.comment, None, implied=True))
        if o.owned_by:
            st.add(C.AlterSequence(_bare_seq(o, o.owned_by), _bare_seq(o)))
        st.add(C.DropSequence(_bare_seq(o)))
