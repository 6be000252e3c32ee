"""Views: what must be rebuilt because something under it moves.

A view whose definition or options change is dropped and created again; so is
every view that reads (transitively) a table, column or view that this plan
drops, renames or reshapes, since the servers refuse to alter what a view
reads. Objects the model does not break down are ``sqlxc.diff.objects``.
"""
from __future__ import annotations

from sqlxc.air.model import EMPTY_TAGS, View
from sqlxc.diff import changes as C
from sqlxc.diff.deps import Reads, view_reads
from sqlxc.diff.routines import calls
from sqlxc.diff.state import ALL, DiffState

MATVIEW = "materialized view"


def view_reads_map(views, dialect, known: frozenset[str]) -> dict[str, Reads]:
    return {v.name: view_reads(v.definition, dialect, known) for v in views}


def _bare(v: View) -> View:
    return v.model_copy(update={"comment": None, "column_comments": (), "tags": EMPTY_TAGS})


def _column_comments(name: str, old: tuple, new: tuple, *, implied: bool = False) -> list[C.Change]:
    """SetComment changes that take a view's column comments from ``old`` to ``new``."""
    before, after = dict(old), dict(new)
    return [C.SetComment("view_column", col, before.get(col), after.get(col), table=name, implied=implied)
            for col in sorted(before.keys() | after.keys()) if before.get(col) != after.get(col)]


def _touched_by(touched: dict, reads: Reads, rebuilt: set[str]) -> bool:
    """Does a view read a table column that moves, or a (materialized) view that goes?"""
    for table, cols in touched.items():
        if reads.touches(table, None if cols is ALL else cols):
            return True
    return any(reads.touches(v, None) for v in rebuilt)


def rebuilt_views(st: DiffState) -> tuple[set[str], set[str]]:
    """Old views that must be dropped: changed, gone, or reading something that moves;
    and the old materialized views that go (changed, gone, or over something that
    moves), since views and materialized views stack on each other both ways."""
    new_by = {v.name: v for v in st.new.views}
    rebuilt = {v.name for v in st.old.views if v.name not in new_by or _bare(v) != _bare(new_by[v.name])
               or calls(v.definition, st.dropped_routines)}
    matviews = {o.name: o for o in st.old.opaque if o.kind == MATVIEW}
    new_mv = {o.name: o for o in st.new.opaque if o.kind == MATVIEW}
    gone_mv = {n for n, o in matviews.items() if n not in new_mv or new_mv[n].fingerprint != o.fingerprint
               or calls(o.ddl, st.dropped_routines)}
    if not st.touched and not rebuilt and not gone_mv:
        return rebuilt, gone_mv  # nothing moved under any view: no need to parse them
    touched = st.touched_relations()  # with the partitions an ALTER TABLE reaches
    known = frozenset(touched) | frozenset(t.name for t in st.old.tables) | frozenset(v.name for v in st.old.views) | frozenset(matviews)
    reads = view_reads_map(st.old.views, st.old.dialect, known)
    grew = True
    while grew:  # to a fixed point: views over views, over materialized views and under them
        grew = False
        for v in st.old.views:
            if v.name not in rebuilt and (_touched_by(touched, reads[v.name], rebuilt | gone_mv)):
                rebuilt.add(v.name)
                grew = True
        for name, o in matviews.items():
            if name not in gone_mv and any(d in st.touched or d in rebuilt or d in gone_mv for d in o.depends_on):
                gone_mv.add(name)
                grew = True
    return rebuilt, gone_mv


def diff_views(st: DiffState) -> set[str]:
    """Returns the views and materialized views that go, for what stands on them."""
    old_by = {v.name: v for v in st.old.views}
    new_by = {v.name: v for v in st.new.views}
    rebuilt, gone_mv = rebuilt_views(st)
    for name in sorted(rebuilt):
        o = old_by[name]
        # DROP VIEW takes the comments along: their inverses restore them in the rollback
        st.add(*_column_comments(name, o.column_comments, (), implied=True))
        if o.comment:
            st.add(C.SetComment("view", name, o.comment, None, implied=True))
        if name not in new_by and not o.tags.empty():
            st.add(C.SetTags("view", name, o.tags, EMPTY_TAGS))
        st.add(C.DropView(_bare(o)))
    for v in st.new.views:
        o = old_by.get(v.name)
        if o is None or v.name in rebuilt:
            st.add(C.CreateView(_bare(v)))
            if v.comment:
                st.add(C.SetComment("view", v.name, None, v.comment))
            st.add(*_column_comments(v.name, (), v.column_comments))
        else:
            if o.comment != v.comment:
                st.add(C.SetComment("view", v.name, o.comment, v.comment))
            st.add(*_column_comments(v.name, o.column_comments, v.column_comments))
        old_tags = o.tags if o is not None else EMPTY_TAGS
        if old_tags != v.tags:
            st.add(C.SetTags("view", v.name, old_tags, v.tags))
    return rebuilt | gone_mv
