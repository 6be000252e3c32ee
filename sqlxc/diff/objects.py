"""Objects the model does not break down (``Opaque``): functions, triggers,
extensions, materialized views, domains…

One the server can print whole (``Opaque.ddl``: a function, procedure, trigger,
rule, policy, domain, composite or range type, collation, text search object,
materialized view, partition or extension on PostgreSQL, a trigger, procedure,
function, event or table partitioning on MySQL) is replayed: created or dropped
as it stands in the target or source, a changed function replaced in place, a
partition detached and attached again under its new bound, a trigger on a table
the plan reshapes dropped before and created again after. A ``.sqlx`` file says
them as raw objects (``postgres function "f()" = …``); since it need not, an object of a
database that a ``.sqlx`` target leaves out (``keep_unlisted_objects``) is refused,
never dropped. Any other object that differs, or would have to be rebuilt, is
refused: the plan would otherwise leave it different or broken.
"""
from __future__ import annotations

from sqlxc.air.model import Opaque
from sqlxc.diff import changes as C
from sqlxc.diff import triggers
from sqlxc.diff.routines import ROUTINE_KINDS, calls, standard_body
from sqlxc.diff.state import DiffState
from sqlxc.errors import Diagnostic


def diff_objects(st: DiffState, rebuilt_views: set[str]) -> None:
    old_by = {_key(st, o): o for o in st.old.opaque}
    new_by = {_key(st, o): o for o in st.new.opaque}
    touched = st.touched_relations()  # with the partitions an ALTER TABLE reaches
    out_of_place = _triggers_out_of_place(st, rebuilt_views, touched)
    for key in sorted(old_by.keys() | new_by.keys()):
        o, n = old_by.get(key), new_by.get(key)
        if key in st.enum_routines and _replayable(st, o) and _replayable(st, n):
            # its signature's enum is rebuilt under it: dropped before, created over the new type
            st.add(C.DropObject(o), *([C.CreateObject(n)] if n is not None else []))
            continue
        if o is None or n is None or o.fingerprint != n.fingerprint:
            if not _replay_change(st, o, n, rebuilt_views, touched):
                _refuse_changed(st, key, o, n)
            continue
        moving = _moving(st, o, rebuilt_views, touched)
        if not moving and key in out_of_place and _replayable(st, o):
            st.add(C.DropObject(o), C.CreateObject(n))  # back after the trigger created before it
            continue
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


def _key(st: DiffState, o: Opaque) -> tuple[str, str]:
    # MySQL routine names ignore case: orderTotal -> OrderTotal is the same routine, changed
    # (created beside the old one, the server says it already exists)
    if o.kind in ("function", "procedure") and st.cap("routine_names_fold_case"):
        return o.kind, o.name.lower()
    return o.kind, o.name


def _triggers_out_of_place(st: DiffState, rebuilt_views: set[str], touched: dict) -> set[tuple[str, str]]:
    if not st.cap("triggers_fire_in_order"):
        return set()
    recreated = {o.name for o in st.old.opaque if o.kind == "trigger" and _moving(st, o, rebuilt_views, touched)}
    return {("trigger", n) for n in triggers.out_of_place(st.old.opaque, st.new.opaque, recreated)}


def _replayable(st: DiffState, o: Opaque | None) -> bool:
    if not st.cap("replays_objects"):
        return False
    return o is None or o.ddl is not None


def _replay_change(st: DiffState, o: Opaque | None, n: Opaque | None, rebuilt_views: set[str],
                   touched: dict) -> bool:
    if not (_replayable(st, o) and _replayable(st, n)) or (n is None and st.keep_unlisted_objects):
        return False
    if o is None:
        st.add(C.CreateObject(n))
    elif n is None:
        if not (o.kind == "partitioning" and o.name in st.dropped_tables):  # else it goes with its table
            st.add(C.DropObject(o))
    elif o.kind in ROUTINE_KINDS and standard_body(o.ddl) and _moving(st, o, rebuilt_views, touched):
        st.add(C.DropObject(o), C.CreateObject(n))  # the server holds it to what moves under it
    elif o.kind in ROUTINE_KINDS or (o.kind == "partitioning" and o.name not in st.touched) \
            or st.dialect.alters_in_place(o, n):
        # a table nothing else changes is repartitioned by one ALTER TABLE … PARTITION BY;
        # a partition, domain or composite type its server alters keeps its rows and users
        st.add(C.ReplaceObject(o, n))
    elif o.kind in ("partition", "extension", "domain", "composite type", "range type", "collation",
                    "text search dictionary",
                    "text search configuration"):
        # another version (ALTER EXTENSION … UPDATE), or a domain or collation its columns hold on to
        return False
    else:
        st.add(C.DropObject(o), C.CreateObject(n))
    return True


def _refuse_changed(st: DiffState, key: tuple[str, str], o: Opaque | None, n: Opaque | None) -> None:
    label = f"{key[0]} {key[1]}"
    plural = key[0] if key[0].endswith("s") else key[0][:-1] + "ies" if key[0].endswith("y") else key[0] + "s"
    where = "only in the target" if o is None else "only in the source" if n is None else "changed"
    st.refusals.append(Diagnostic(
        code="D101", object=label,
        message=f"{label} is {where}; sqlxc does not model {plural} and cannot migrate it",
        hint="apply this change by hand, or make the object the same on both sides",
    ))


def _moving(st: DiffState, o: Opaque, rebuilt_views: set[str], touched: dict) -> list[str]:
    if o.kind in ROUTINE_KINDS and o.ddl is not None and not standard_body(o.ddl):
        # a routine follows its tables' row types through ALTER TABLE; only a dropped
        # table takes its type away (the server does not hold a body's calls against
        # the routines it calls)
        return sorted(d for d in o.depends_on if d in st.dropped_tables)
    if calls(o.ddl, st.dropped_routines):  # a trigger, policy, materialized view…
        return sorted(n + "()" for n in st.dropped_routines if calls(o.ddl, frozenset({n})))
    moving = sorted(d for d in o.depends_on if d in touched or d in rebuilt_views)
    if o.kind in ("partition", "partitioning", "application-time period", "system versioning"):
        # it follows its table's ALTERs, rows and all (a period's own columns are part of it)
        moving = [d for d in moving if d in st.dropped_tables]
    if o.kind == "table settings" and not moving and any(
            isinstance(c, (C.DropIndex, C.DropUnique, C.DropPrimaryKey)) and c.table in o.depends_on
            for c in st.changes):
        # CLUSTER ON / REPLICA IDENTITY USING INDEX go with the index: one rebuilt comes back without
        return list(o.depends_on)
    if o.kind == "trigger" and st.cap("triggers_survive_alter"):
        # MySQL keeps a table's triggers through ALTER TABLE: only a dropped table loses them
        moving = [d for d in moving if d in st.dropped_tables]
    return moving
