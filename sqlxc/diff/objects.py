"""Objects the model does not break down (``Opaque``): functions, triggers,
extensions, materialized views, domains…

One the server can print whole (``Opaque.ddl``: a function, procedure, trigger,
rule, policy, domain, composite or range type, collation, materialized view or extension on
PostgreSQL, a trigger, procedure or function on MySQL) is replayed: created or dropped as it stands in the
target or source, a changed function replaced in place, a trigger on a table
the plan reshapes dropped before and created again after. A ``.sqlx`` file says
them as raw objects (``postgres function "f()" = …``); since it need not, an object of a
database that a ``.sqlx`` target leaves out (``keep_unlisted_objects``) is refused,
never dropped. Any other object that differs, or would have to be rebuilt, is
refused: the plan would otherwise leave it different or broken.
"""
from __future__ import annotations

from sqlxc.air.model import Opaque
from sqlxc.diff import changes as C
from sqlxc.diff.state import DiffState
from sqlxc.errors import Diagnostic


def diff_objects(st: DiffState, rebuilt_views: set[str]) -> None:
    old_by = {(o.kind, o.name): o for o in st.old.opaque}
    new_by = {(o.kind, o.name): o for o in st.new.opaque}
    touched = st.touched_relations()  # with the partitions an ALTER TABLE reaches
    for key in sorted(old_by.keys() | new_by.keys()):
        o, n = old_by.get(key), new_by.get(key)
        if o is None or n is None or o.fingerprint != n.fingerprint:
            if not _replay_change(st, o, n):
                _refuse_changed(st, key, o, n)
            continue
        moving = _moving(st, o, rebuilt_views, touched)
        if not moving:
            continue
        if _replayable(st, o) and _replayable(st, n):
            st.add(C.DropObject(o), C.CreateObject(n))  # around the change under it
        else:
            label = f"{key[0]} {key[1]}"
            st.refusals.append(Diagnostic(
                code="D102", object=label,
                message=f"{label} depends on {', '.join(moving)}, which this migration changes; "
                        "sqlxc cannot rebuild it",
                hint="drop the object before migrating and recreate it after, by hand",
            ))


def _replayable(st: DiffState, o: Opaque | None) -> bool:
    if not st.cap("replays_objects"):
        return False
    return o is None or o.ddl is not None


def _replay_change(st: DiffState, o: Opaque | None, n: Opaque | None) -> bool:
    if not (_replayable(st, o) and _replayable(st, n)) or (n is None and st.keep_unlisted_objects):
        return False
    if o is None:
        st.add(C.CreateObject(n))
    elif n is None:
        st.add(C.DropObject(o))
    elif o.kind in ("function", "procedure") or st.dialect.alters_in_place(o, n):
        st.add(C.ReplaceObject(o, n))
    elif o.kind in ("extension", "domain", "composite type", "range type", "partition", "collation"):
        # another version (ALTER EXTENSION … UPDATE), or a domain or collation its columns hold on to
        return False
    else:
        st.add(C.DropObject(o), C.CreateObject(n))
    return True


def _refuse_changed(st: DiffState, key: tuple[str, str], o: Opaque | None, n: Opaque | None) -> None:
    label = f"{key[0]} {key[1]}"
    plural = key[0] if key[0].endswith("s") else key[0] + "s"  # "table options", not "optionss"
    where = "only in the target" if o is None else "only in the source" if n is None else "changed"
    st.refusals.append(Diagnostic(
        code="D101", object=label,
        message=f"{label} is {where}; sqlxc does not model {plural} and cannot migrate it",
        hint="apply this change by hand, or make the object the same on both sides",
    ))


def _moving(st: DiffState, o: Opaque, rebuilt_views: set[str], touched: dict) -> list[str]:
    if o.kind in ("function", "procedure") and o.ddl is not None:
        # a routine follows its tables' row types through ALTER TABLE; only a dropped
        # table takes its type away
        return sorted(d for d in o.depends_on if d in st.dropped_tables)
    moving = sorted(d for d in o.depends_on if d in touched or d in rebuilt_views)
    if o.kind == "partition":  # it follows its partitioned table's ALTERs, rows and all
        moving = [d for d in moving if d in st.dropped_tables]
    if o.kind == "trigger" and st.cap("triggers_survive_alter"):
        # MySQL keeps a table's triggers through ALTER TABLE: only a dropped table loses them
        moving = [d for d in moving if d in st.dropped_tables]
    return moving
