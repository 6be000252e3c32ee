"""Views and opaque objects: what must be rebuilt because something under it moves.

A view whose definition or options change is dropped and created again; so is
every view that reads (transitively) a table, column or view that this plan
drops, renames or reshapes, since the servers refuse to alter what a view
reads. An opaque object (function, trigger, materialized view…) cannot be
rebuilt by us: if it differs, or would have to be rebuilt, the plan is refused.
"""
from __future__ import annotations

from sqlxc.air.model import EMPTY_TAGS, View
from sqlxc.diff import changes as C
from sqlxc.diff.deps import Reads, view_reads
from sqlxc.diff.state import ALL, DiffState
from sqlxc.errors import Diagnostic


def view_reads_map(views, dialect, known: frozenset[str]) -> dict[str, Reads]:
    return {v.name: view_reads(v.definition, dialect, known) for v in views}


def _bare(v: View) -> View:
    return v.model_copy(update={"comment": None, "column_comments": (), "tags": EMPTY_TAGS})


def _column_comments(name: str, old: tuple, new: tuple, *, implied: bool = False) -> list[C.Change]:
    """SetComment changes that take a view's column comments from ``old`` to ``new``."""
    before, after = dict(old), dict(new)
    return [C.SetComment("view_column", col, before.get(col), after.get(col), table=name, implied=implied)
            for col in sorted(before.keys() | after.keys()) if before.get(col) != after.get(col)]


def _touched_by(st: DiffState, reads: Reads, rebuilt: set[str]) -> bool:
    for table, cols in st.touched.items():
        if reads.touches(table, None if cols is ALL else cols):
            return True
    return any(reads.touches(v, None) for v in rebuilt)


def rebuilt_views(st: DiffState) -> set[str]:
    """Old views that must be dropped: changed, gone, or reading something that moves."""
    new_by = {v.name: v for v in st.new.views}
    rebuilt = {v.name for v in st.old.views if v.name not in new_by or _bare(v) != _bare(new_by[v.name])}
    if not st.touched and not rebuilt:
        return rebuilt  # nothing moved under any view: no need to parse them
    known = frozenset(t.name for t in st.old.tables) | frozenset(v.name for v in st.old.views)
    reads = view_reads_map(st.old.views, st.old.dialect, known)
    grew = True
    while grew:  # to a fixed point: views over views
        grew = False
        for v in st.old.views:
            if v.name not in rebuilt and _touched_by(st, reads[v.name], rebuilt):
                rebuilt.add(v.name)
                grew = True
    return rebuilt


def diff_views(st: DiffState) -> set[str]:
    old_by = {v.name: v for v in st.old.views}
    new_by = {v.name: v for v in st.new.views}
    rebuilt = rebuilt_views(st)
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
    return rebuilt


def refuse_opaque(st: DiffState, rebuilt_views: set[str]) -> None:
    """A refusal for each opaque object that differs or whose dependencies move."""
    old_by = {(o.kind, o.name): o for o in st.old.opaque}
    new_by = {(o.kind, o.name): o for o in st.new.opaque}
    for key in sorted(old_by.keys() | new_by.keys()):
        o, n = old_by.get(key), new_by.get(key)
        label = f"{key[0]} {key[1]}"
        plural = key[0] if key[0].endswith("s") else key[0] + "s"  # "table options", not "optionss"
        if o is None or n is None or o.fingerprint != n.fingerprint:
            where = "only in the target" if o is None else "only in the source" if n is None else "changed"
            st.refusals.append(Diagnostic(
                code="D101", object=label,
                message=f"{label} is {where}; sqlxc does not model {plural} and cannot migrate it",
                hint="apply this change by hand, or make the object the same on both sides",
            ))
            continue
        moving = sorted(d for d in o.depends_on if d in st.touched or d in rebuilt_views)
        if key[0] == "trigger" and st.cap("triggers_survive_alter"):
            # MySQL keeps a table's triggers through ALTER TABLE: only a dropped table loses them
            moving = [d for d in moving if d in st.dropped_tables]
        if moving:
            st.refusals.append(Diagnostic(
                code="D102", object=label,
                message=f"{label} depends on {', '.join(moving)}, which this migration changes; "
                        "sqlxc cannot rebuild it",
                hint="drop the object before migrating and recreate it after, by hand",
            ))

