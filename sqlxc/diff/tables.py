"""Tables, their columns, keys, checks, indexes and foreign keys.

Names used by each change follow the phase it runs in (see ``order``): drops
of keys, constraints and indexes run before any rename, so they name the old
table; everything else names the new one. Comments and tags are separate
changes; payloads of create/drop/add changes carry neither, so that a
rollback restores them through the inverse of an ``implied`` comment change.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from sqlxc.air.model import EMPTY_TAGS, Column, ForeignKey, Index, Table
from sqlxc.diff import changes as C
from sqlxc.diff.routines import calls
from sqlxc.diff.state import DiffState
from sqlxc.diff.widening import is_lossy
from sqlxc.errors import Diagnostic

STRING_TYPES = frozenset({"char", "varchar", "text", "tinytext", "mediumtext", "longtext", "enum", "set"})
# facets whose change alters what dependent views/FKs see
_RESHAPING = frozenset({"type", "collation", "charset", "generated", "compressed", "srid"})


# --- entry points -------------------------------------------------------------------------


def match_tables(st: DiffState) -> tuple[list[tuple[Table, Table]], list[Table], list[Table]]:
    """(pairs old/new, created, dropped); a rename only from a ``renamed_from`` hint."""
    old_by = {t.name: t for t in st.old.tables}
    new_names = {t.name for t in st.new.tables}
    pairs, created, used = [], [], set()
    for nt in st.new.tables:
        ot = old_by.get(nt.name)
        if nt.renamed_from and nt.renamed_from in old_by and nt.renamed_from not in new_names:
            ot = old_by[nt.renamed_from]  # the hint wins: the old object of that name goes away
        if ot is None or ot.name in used:
            created.append(nt)
            continue
        used.add(ot.name)
        pairs.append((ot, nt))
        if ot.name != nt.name:
            st.table_renames[nt.name] = ot.name
    dropped = [t for t in st.old.tables if t.name not in used]
    st.dropped_tables = {t.name for t in dropped}
    return pairs, created, dropped


def diff_tables(st: DiffState) -> None:
    pairs, created, dropped = match_tables(st)
    for ot, nt in pairs:
        if ot != nt or _calls_dropped_routine(st, ot):
            _alter_table(st, ot, nt)
    for nt in created:
        create_table(st, nt)
    for ot in dropped:
        st.touch(ot.name)
        st.dropped_keys[ot.name].extend(_key_columns(ot))
    for ot in dropped:
        drop_table(st, ot)
    for ot, nt in pairs:
        # an equal table's FKs need a look only when something under one of them moved
        if ot != nt or _fks_may_move(st, ot):
            _diff_foreign_keys(st, ot, nt)


def _calls_dropped_routine(st: DiffState, t: Table) -> bool:
    """Does a default, generation expression, check or index of ``t`` call a routine
    the plan drops? Then it is rebuilt around the routine (``sqlxc.diff.routines``)."""
    if not st.dropped_routines:
        return False
    exprs = [c.default for c in t.columns] + [c.generated.expr for c in t.columns if c.generated]
    exprs += [k.expr for k in t.checks] + [_index_exprs(ix) for ix in t.indexes]
    return any(calls(e, st.dropped_routines) for e in exprs)


def _index_exprs(ix: Index) -> str:
    return " ".join(k.expr for k in ix.keys if k.expr) + " " + (ix.where or "")


def _fks_may_move(st: DiffState, t: Table) -> bool:
    ends = {t.name} | {fk.ref_table for fk in t.foreign_keys} if t.foreign_keys else ()
    return any(st.dropped_keys.get(n) or st.retyped.get(n) or st.replaced.get(n) for n in ends)


# --- create / drop -------------------------------------------------------------------------


def create_table(st: DiffState, t: Table) -> None:
    st.add(C.CreateTable(_bare_table(t)))
    for ix in t.indexes:
        st.add(C.CreateIndex(t.name, _bare_index(st, ix)))
    for fk in t.foreign_keys:
        st.add(C.AddForeignKey(t.name, fk.model_copy(update={"comment": None})))
    st.add(*_comments(st, t, None))
    st.add(*_tags_of(t, to_empty=False))


def drop_table(st: DiffState, t: Table) -> None:
    """The inverses of ``create_table`` in reverse; parts that go with the table are implied."""
    st.add(*_tags_of(t, to_empty=True))
    for c in reversed(_comments(st, t, None)):
        st.add(replace(c.inverse(), implied=True))
    for fk in reversed(t.foreign_keys):
        # An FK to a table that stays is dropped on its own: its key may be dropped or
        # retyped before this table goes (on MySQL dropped tables go last).
        implied = (fk.ref_table in st.dropped_tables and not _fk_in_drop_cycle(st, t, fk)
                   and not _fk_name_reused(st, t, fk))
        st.add(C.DropForeignKey(t.name, fk.model_copy(update={"comment": None}), implied=implied))
    for ix in reversed(t.indexes):
        st.add(C.DropIndex(t.name, _bare_index(st, ix), implied=True))
    st.add(C.DropTable(_bare_table(t)))


def _fk_name_reused(st: DiffState, t: Table, fk: ForeignKey) -> bool:
    """InnoDB names FKs once per database, without case: an FK of a dropped table whose
    name another table's FK takes (`post_authorId_fkey` -> `Post_authorId_fkey` when a
    table is renamed by case) is dropped on its own, before that FK is added."""
    name = (fk.name or "").lower()
    return bool(name) and any((f.name or "").lower() == name for nt in st.new.tables if nt.name != t.name
                              for f in nt.foreign_keys)


def _fk_in_drop_cycle(st: DiffState, t: Table, fk: ForeignKey) -> bool:
    """An FK between two dropped tables that reference each other (directly or
    not) must be dropped on its own: neither table could be dropped first."""
    if fk.ref_table == t.name:
        return False
    refs = {x.name: {f.ref_table for f in x.foreign_keys} for x in st.old.tables if x.name in st.dropped_tables}
    seen, todo = set(), [fk.ref_table]
    while todo:
        cur = todo.pop()
        if cur == t.name:
            return True
        if cur in seen:
            continue
        seen.add(cur)
        todo.extend(r for r in refs.get(cur, ()) if r != cur)
    return False


def _bare_table(t: Table) -> Table:
    return t.model_copy(
        update={
            "columns": tuple(_bare_column(c) for c in t.columns),
            "primary_key": t.primary_key.model_copy(update={"comment": None}) if t.primary_key else None,
            "uniques": tuple(u.model_copy(update={"comment": None}) for u in t.uniques),
            "checks": tuple(k.model_copy(update={"comment": None}) for k in t.checks),
            "indexes": (),
            "foreign_keys": (),
            "comment": None,
            "tags": EMPTY_TAGS,
            "renamed_from": None,
        }
    )


def _bare_column(c: Column) -> Column:
    return c.model_copy(update={"comment": None, "tags": EMPTY_TAGS, "renamed_from": None})


def _bare_index(st: DiffState, ix: Index) -> Index:
    return ix.model_copy(update={"comment": None}) if st.cap("index_comment_in_place") else ix


def _comments(st: DiffState, t: Table, old: Optional[Table]) -> list[C.Change]:
    """SetComment changes that take table ``t`` from no comments to its comments."""
    out: list[C.Change] = []
    if t.comment:
        out.append(C.SetComment("table", t.name, None, t.comment))
    for col in t.columns:
        if col.comment:
            out.append(_column_comment(st, t, None, col))
    for con in _constraints(t):
        if con.comment:
            out.append(C.SetComment("constraint", con.name, None, con.comment, table=t.name))
    if st.cap("index_comment_in_place"):
        for ix in t.indexes:
            if ix.comment:
                out.append(C.SetComment("index", ix.name, None, ix.comment, table=t.name, index=ix))
    return out


def _constraints(t: Table) -> list:
    return ([t.primary_key] if t.primary_key else []) + list(t.uniques) + list(t.checks) + list(t.foreign_keys)


def _column_comment(st: DiffState, t: Table, old: Optional[str], col: Column) -> C.SetComment:
    return C.SetComment("column", col.name, old, col.comment, table=t.name,
                        column=col.model_copy(update={"tags": EMPTY_TAGS, "renamed_from": None}))


def _tags_of(t: Table, *, to_empty: bool) -> list[C.Change]:
    items = [("table", t.name, t.tags)] + [("column", f"{t.name}.{c.name}", c.tags) for c in t.columns]
    return [
        C.SetTags(kind, name, tags, EMPTY_TAGS) if to_empty else C.SetTags(kind, name, EMPTY_TAGS, tags)
        for kind, name, tags in items
        if not tags.empty()
    ]


def _key_columns(t: Table) -> list[tuple[str, ...]]:
    keys = [t.primary_key.columns] if t.primary_key else []
    keys += [u.columns for u in t.uniques]
    keys += [tuple(k.column or "" for k in ix.keys) for ix in t.indexes]
    return keys


# --- alter ---------------------------------------------------------------------------------


def _alter_table(st: DiffState, ot: Table, nt: Table) -> None:
    if ot.name != nt.name:
        st.add(C.RenameTable(ot.name, nt.name))
        st.touch(ot.name)
    if ot.mysql != nt.mysql:
        st.add(C.AlterTableOptions(nt.name, ot.mysql, nt.mysql))
    if ot.params != nt.params:
        st.add(C.AlterTableParams(nt.name, ot.params, nt.params))
    if ot.unlogged != nt.unlogged:
        st.add(C.SetTableLogged(nt.name, ot.unlogged, nt.unlogged))
    if ot.partition_by != nt.partition_by:
        _refuse_repartition(st, ot, nt)
    _diff_columns(st, ot, nt)
    if ot.partition_by and ot.partition_by == nt.partition_by and st.retyped.get(ot.name):
        _refuse_retyped_key(st, ot, nt)
    _diff_primary_key(st, ot, nt)
    _diff_named(st, ot, nt, ot.uniques, nt.uniques, C.AddUnique, C.DropUnique, "constraint", key_cols=lambda u: u.columns)
    _diff_named(st, ot, nt, ot.checks, nt.checks, C.AddCheck, C.DropCheck, "constraint", key_cols=None,
                rebuild=lambda k: calls(k.expr, st.dropped_routines))
    _diff_indexes(st, ot, nt)
    if ot.comment != nt.comment:
        st.add(C.SetComment("table", nt.name, ot.comment, nt.comment))
    if ot.tags != nt.tags:
        st.add(C.SetTags("table", nt.name, ot.tags, nt.tags))


def _refuse_repartition(st: DiffState, ot: Table, nt: Table) -> None:
    st.refusals.append(Diagnostic(
        code="D103", object=f"table {nt.name}",
        message=f"table {nt.name} is partitioned {_partitioning(ot)} in the source and {_partitioning(nt)} in the "
                "target; the server cannot change that in place, and sqlxc does not rebuild a table and move its rows",
        hint="create the new table beside the old one and copy the rows by hand (or keep the partitioning)",
    ))


_KEY_NAME = re.compile(r'"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)')


def _refuse_retyped_key(st: DiffState, ot: Table, nt: Table) -> None:
    """The server refuses to retype (or recollate) a column its partition key names."""
    named = {q.replace('""', '"') if q else w.lower() for q, w in _KEY_NAME.findall(ot.partition_by or "")}
    for col in sorted(st.retyped[ot.name] & named):
        st.refusals.append(Diagnostic(
            code="D103", object=f"column {nt.name}.{col}",
            message=f"column {nt.name}.{col} is in the partition key of {nt.name} ({ot.partition_by}) and changes "
                    "type or collation; the server cannot change a partition key column in place",
            hint="create the new table beside the old one and copy the rows by hand (or keep the column's type)",
        ))


def _partitioning(t: Table) -> str:
    return f"by {t.partition_by}" if t.partition_by else "not at all"


# --- columns -------------------------------------------------------------------------------


def _match_columns(st: DiffState, ot: Table, nt: Table) -> tuple[list[tuple[Column, Column]], list[Column], list[Column]]:
    old_by = {c.name: c for c in ot.columns}
    new_names = {c.name for c in nt.columns}
    folded = {c.name.lower(): c for c in ot.columns} if st.cap("column_names_fold_case") else {}
    pairs, added, used = [], [], set()
    for nc in nt.columns:
        oc = old_by.get(nc.name) or folded.get(nc.name.lower())
        if nc.renamed_from and nc.renamed_from in old_by and nc.renamed_from not in new_names:
            oc = old_by[nc.renamed_from]  # the hint wins: the old column of that name goes away
        if oc is None or oc.name in used:
            added.append(nc)
            continue
        used.add(oc.name)
        pairs.append((oc, nc))
    return pairs, added, [c for c in ot.columns if c.name not in used]


def _position(cols: tuple[Column, ...], name: str) -> dict:
    """Where a column stands, for MySQL's AFTER/FIRST (nothing when it is last)."""
    names = [c.name for c in cols]
    i = names.index(name)
    if i == 0 and len(names) > 1:
        return {"first": True}
    if i == len(names) - 1:
        return {}
    return {"after": names[i - 1]}


def _diff_columns(st: DiffState, ot: Table, nt: Table) -> None:
    pairs, added, dropped = _match_columns(st, ot, nt)
    for oc in ot.columns:
        _let_go_of_routines(st, ot, oc)
    for oc, nc in pairs:
        if oc.name != nc.name:
            st.column_renames[ot.name][oc.name] = nc.name
    for oc in dropped:
        if (ot.name, oc.name) in st.defaults_dropped:
            oc = oc.model_copy(update={"default": None})
        _drop_column(st, ot, nt, oc)
    inherited_moves = st.cap("inherits_table_collation") and ot.mysql != nt.mysql
    retyped = {oc.name for oc, nc in pairs if oc.type != nc.type} | {c.name for c in dropped}
    for oc, nc in pairs:
        if oc.generated and nc.generated and oc.name not in retyped and _reads_any(oc.generated.expr, retyped):
            _replace_column(st, ot, nt, oc, nc)  # servers refuse to retype what a generated column reads
        elif oc != nc or inherited_moves or (ot.name, oc.name) in st.defaults_dropped:
            _alter_column(st, ot, nt, oc, nc)
    replaced = st.replaced.get(ot.name, set())
    readd = {c.name for c in added} | {nc.name for oc, nc in pairs if oc.name in replaced}
    adds = [c for c in nt.columns if c.name in readd]
    kept = _kept_order(ot, pairs, replaced)
    positions = _add_positions(nt, kept, adds)
    for nc, where in positions:
        _add_column(st, nt, nc, where)
    if st.cap("column_order_matters"):
        _reorder(st, ot, nt, pairs, _after_adds(kept, positions))


def _let_go_of_routines(st: DiffState, ot: Table, oc: Column) -> None:
    """A default that calls a routine the plan drops goes in an early step of its own
    (the column's alter sets the target's default once the routine is back; the
    rollback restores it). A generation expression cannot be let go of that way."""
    if oc.generated and calls(oc.generated.expr, st.dropped_routines):
        label = f"column {ot.name}.{oc.name}"
        st.refusals.append(Diagnostic(
            code="D102", object=label,
            message=f"{label} is generated by an expression that calls a function this migration drops or "
                    "must drop to replace; sqlxc cannot rebuild it",
            hint="drop the generated column before migrating and add it again after, or keep the "
                 "function's arguments and result type so that it is replaced in place",
        ))
    if calls(oc.default, st.dropped_routines) and (ot.name, oc.name) not in st.defaults_dropped:
        bare = _bare_column(oc)
        st.add(C.AlterColumn(ot.name, bare, bare.model_copy(update={"default": None}), frozenset({"default"})))
        st.defaults_dropped.add((ot.name, oc.name))


def _reads_any(expr: str, names: set[str]) -> bool:
    words = {w.strip('"`').lower() for w in re.findall(r'[A-Za-z_][A-Za-z0-9_$]*|"[^"]+"|`[^`]+`', expr)}
    return any(n.lower() in words for n in names)


def _kept_order(ot: Table, pairs, replaced: set[str]) -> list[str]:
    """The columns that stay in place (renamed as in the target), in their old order."""
    renamed = {o.name: n.name for o, n in pairs if o.name not in replaced}
    return [renamed[c.name] for c in ot.columns if c.name in renamed]


def _add_positions(nt: Table, kept: list[str], adds: list[Column]) -> list[tuple[Column, dict]]:
    """Each added column (new, or dropped and added again) in the order its step runs
    (plain ones, then generated ones: those read the others), placed after its
    nearest predecessor in the target that exists by then."""
    present = set(kept)
    names = [c.name for c in nt.columns]
    out = []
    for nc in [c for c in adds if c.generated is None] + [c for c in adds if c.generated is not None]:
        i = names.index(nc.name)
        before = [n for n in names[:i] if n in present]
        if i == len(names) - 1 and len(before) == i:
            where: dict = {}
        else:
            where = {"after": before[-1]} if before else {"first": True}
        out.append((nc, where))
        present.add(nc.name)
    return out


def _after_adds(kept: list[str], positions: list[tuple[Column, dict]]) -> list[str]:
    """Column names in the order the server holds them once the adds ran (drops run
    last and keep the others' order)."""
    order = list(kept)
    for nc, where in positions:
        if where.get("first"):
            order.insert(0, nc.name)
        elif where.get("after") in order:
            order.insert(order.index(where["after"]) + 1, nc.name)
        else:
            order.append(nc.name)
    return order


def _reorder(st: DiffState, ot: Table, nt: Table, pairs, have: list[str]) -> None:
    """Move columns (MySQL MODIFY … AFTER) from the first one out of place onwards,
    each right after its predecessor in the target: the prefix stays in order."""
    want = [c.name for c in nt.columns]
    if have == want:
        return
    start = next(i for i, (a, b) in enumerate(zip(have, want)) if a != b)
    old_of = {n.name: o for o, n in pairs}
    old_names = [c.name for c in ot.columns]
    renamed = {o.name: n.name for o, n in pairs}
    for i in range(start, len(want)):
        nc = nt.columns[i]
        oc = old_of.get(nc.name)
        where = {"first": True} if i == 0 else {"after": want[i - 1]}
        was: dict = {}
        if oc is not None:
            j = old_names.index(oc.name)
            prev = renamed.get(old_names[j - 1]) if j > 0 else None
            was = {"old_first": True} if j == 0 else ({"old_after": prev} if prev else {})
        else:
            was = {"old_first": True} if i == 0 else {"old_after": want[i - 1]}
        col = _restated(st, ot, nt, nc, nt).model_copy(update={"comment": nc.comment})
        st.add(C.AlterColumn(nt.name, _bare_column(col).model_copy(update={"comment": nc.comment}),
                             _bare_column(col).model_copy(update={"comment": nc.comment}),
                             frozenset({"position"}), **where, **was))


def _add_column(st: DiffState, nt: Table, nc: Column, where: dict) -> None:
    st.add(C.AddColumn(nt.name, _bare_column(nc), **where))
    if nc.comment:
        st.add(_column_comment(st, nt, None, nc))
    if not nc.tags.empty():
        st.add(C.SetTags("column", f"{nt.name}.{nc.name}", EMPTY_TAGS, nc.tags))


def _drop_column(st: DiffState, ot: Table, nt: Table, oc: Column) -> None:
    st.touch(ot.name, oc.name)
    st.retyped[ot.name].add(oc.name)
    if oc.comment:
        # named as before any rename: its inverse runs last in the rollback
        st.add(C.SetComment("column", oc.name, oc.comment, None, table=ot.name,
                            column=_bare_column(oc), implied=True))
    if not oc.tags.empty():
        st.add(C.SetTags("column", f"{ot.name}.{oc.name}", oc.tags, EMPTY_TAGS))
    if oc.identity and st.cap("destructive_last") and any(c.identity for c in nt.columns):
        # MySQL allows one AUTO_INCREMENT column and drops columns last: the dropped
        # column gives it up in an early step of its own, before another column takes it.
        bare = _bare_column(oc).model_copy(update={"comment": oc.comment})
        st.add(C.AlterColumn(ot.name, bare, bare.model_copy(update={"identity": None}), frozenset({"identity"})))
        oc = oc.model_copy(update={"identity": None})
    st.add(C.DropColumn(nt.name, _bare_column(oc), **_position(ot.columns, oc.name)))


def _effective(st: DiffState, col: Column, t: Table) -> tuple[Optional[str], Optional[str]]:
    if not st.cap("inherits_table_collation") or col.type.name not in STRING_TYPES:
        return col.charset, col.collation
    opts = t.mysql
    return (col.charset or (opts.charset if opts else None), col.collation or (opts.collation if opts else None))


def _explicit(st: DiffState, col: Column, t: Table) -> Column:
    """The column with its effective charset/collation spelled out (MySQL restates columns)."""
    charset, collation = _effective(st, col, t)
    return col.model_copy(update={"charset": charset, "collation": collation})


def _alter_column(st: DiffState, ot: Table, nt: Table, oc: Column, nc: Column) -> None:
    if (ot.name, oc.name) in st.defaults_dropped:
        oc = oc.model_copy(update={"default": None})
    if oc.generated != nc.generated:
        _replace_column(st, ot, nt, oc, nc)
        return
    if oc.name != nc.name:
        st.touch(ot.name, oc.name)
        restated = _restated(st, ot, nt, oc, ot).model_copy(update={"name": nc.name})
        st.add(C.RenameColumn(nt.name, oc.name, nc.name, _bare_column(restated).model_copy(update={"comment": oc.comment})))
    facets = {f for f in C.COLUMN_FACETS if f not in ("charset", "collation") and getattr(oc, f) != getattr(nc, f)}
    o_cs, n_cs = _effective(st, oc, ot), _effective(st, nc, nt)
    facets |= {f for f, a, b in (("charset", o_cs[0], n_cs[0]), ("collation", o_cs[1], n_cs[1])) if a != b}
    if "identity" in facets and oc.identity and not nc.identity:
        # An identity is dropped in an early step of its own (named as before any
        # rename): identity -> serial needs the identity's sequence, which holds the
        # name the serial's sequence takes, gone before that sequence is created.
        bare_old = _bare_column(_restated(st, ot, nt, oc, ot)).model_copy(update={"comment": oc.comment})
        st.add(C.AlterColumn(ot.name, bare_old, bare_old.model_copy(update={"identity": None}),
                             frozenset({"identity"})))
        facets.discard("identity")
        oc = oc.model_copy(update={"identity": None})
    if facets:
        old = _restated(st, ot, nt, oc, ot).model_copy(update={"name": nc.name})
        new = _restated(st, ot, nt, nc, nt)
        lossy = "type" in facets and is_lossy(oc.type, nc.type)
        st.add(C.AlterColumn(nt.name, _bare_column(old).model_copy(update={"comment": oc.comment}),
                             _bare_column(new).model_copy(update={"comment": oc.comment}), frozenset(facets), lossy=lossy))
        if facets & _RESHAPING:
            st.touch(ot.name, oc.name)
            st.retyped[ot.name].add(oc.name)
        if facets & {"charset", "collation"}:
            st.recollated[ot.name].add(oc.name)
    if oc.comment != nc.comment:
        st.add(_column_comment(st, nt, oc.comment, _restated(st, ot, nt, nc, nt)))
    if oc.tags != nc.tags:
        st.add(C.SetTags("column", f"{nt.name}.{nc.name}", oc.tags, nc.tags))


def _restated(st: DiffState, ot: Table, nt: Table, col: Column, owner: Table) -> Column:
    # Only when the table's defaults move does an inherited collation need spelling out.
    if st.cap("inherits_table_collation") and ot.mysql != nt.mysql and col.type.name in STRING_TYPES:
        return _explicit(st, col, owner)
    return col


def _replace_column(st: DiffState, ot: Table, nt: Table, oc: Column, nc: Column) -> None:
    """No in-place change exists (generated expression): drop the column and add it
    again. Keys and indexes on it go with it, so they are rebuilt too (``replaced``)."""
    st.column_renames[ot.name].pop(oc.name, None)
    st.replaced[ot.name].add(oc.name)
    _drop_column(st, ot, nt, oc)  # _diff_columns adds it again, with the new columns


# --- keys, constraints, indexes --------------------------------------------------------------


def _map_cols(st: DiffState, table: str, cols: Iterable[str]) -> tuple[str, ...]:
    ren = st.column_renames.get(table, {})
    return tuple(ren.get(c, c) for c in cols)


def _mapped(st: DiffState, ot: Table, obj):
    """``obj`` of old table ``ot`` as the server shows it after the renames of this plan
    (servers rewrite column references in keys and indexes on rename). An object on
    a column that is dropped and added again maps to ``None``: it must be rebuilt."""
    if _uses_replaced(st, ot, obj):
        return None
    update = {"comment": None}
    for f in ("columns", "include", "on_delete_columns"):
        if hasattr(obj, f):
            update[f] = _map_cols(st, ot.name, getattr(obj, f))
    if isinstance(obj, Index):
        ren = st.column_renames.get(ot.name, {})
        update["keys"] = tuple(k.model_copy(update={"column": ren.get(k.column, k.column)}) if k.column else k
                               for k in obj.keys)
    if isinstance(obj, ForeignKey):
        new_ref = next((n for n, o in st.table_renames.items() if o == obj.ref_table), obj.ref_table)
        update["ref_table"] = new_ref
        update["ref_columns"] = _map_cols(st, obj.ref_table, obj.ref_columns)
    return obj.model_copy(update=update)


def _uses_replaced(st: DiffState, ot: Table, obj) -> bool:
    gone = st.replaced.get(ot.name)
    if not gone:
        return False
    cols = set(getattr(obj, "columns", ())) | set(getattr(obj, "include", ()))
    if isinstance(obj, Index):
        cols |= {k.column for k in obj.keys if k.column}
        exprs = " ".join(k.expr or "" for k in obj.keys) + " " + (obj.where or "")
    else:
        exprs = getattr(obj, "expr", "") or ""
    words = {w.strip('"`') for w in re.findall(r'[A-Za-z_][A-Za-z0-9_$]*|"[^"]+"|`[^`]+`', exprs)}
    return bool(gone & cols) or bool(gone & words)


def _diff_primary_key(st: DiffState, ot: Table, nt: Table) -> None:
    o, n = ot.primary_key, nt.primary_key
    if o == n:
        return
    same = o is not None and n is not None and _mapped(st, ot, o) == n.model_copy(update={"comment": None})
    if same:
        st.add(C.SetComment("constraint", n.name, o.comment, n.comment, table=nt.name))
        return
    if o is not None:
        _drop_keyed(st, ot, o, C.DropPrimaryKey)
        st.dropped_keys[ot.name].append(o.columns)
    if n is not None:
        _add_keyed(st, nt, n, C.AddPrimaryKey)


def _drop_keyed(st: DiffState, ot: Table, obj, cls) -> None:
    if obj.comment:
        st.add(C.SetComment("constraint", obj.name, obj.comment, None, table=ot.name, implied=True))
    st.add(cls(ot.name, obj.model_copy(update={"comment": None})))


def _add_keyed(st: DiffState, nt: Table, obj, cls) -> None:
    st.add(cls(nt.name, obj.model_copy(update={"comment": None})))
    if obj.comment:
        st.add(C.SetComment("constraint", obj.name, None, obj.comment, table=nt.name))


def _key(obj) -> str:
    return obj.name if obj.name is not None else obj.model_dump_json()


def _diff_named(st, ot, nt, olds, news, add_cls, drop_cls, target, key_cols, rebuild=lambda o: False) -> None:
    """``rebuild(o)``: drop and add again an old object that stays the same."""
    old_by = {_key(o): o for o in olds}
    new_by = {_key(n): n for n in news}
    for k, o in old_by.items():
        n = new_by.get(k)
        if n is not None and not rebuild(o) and _mapped(st, ot, o) == n.model_copy(update={"comment": None}):
            if o.comment != n.comment:
                st.add(C.SetComment(target, n.name, o.comment, n.comment, table=nt.name))
            continue
        _drop_keyed(st, ot, o, drop_cls)
        if key_cols:
            st.dropped_keys[ot.name].append(key_cols(o))
    for k, n in new_by.items():
        o = old_by.get(k)
        if o is None or rebuild(o) or _mapped(st, ot, o) != n.model_copy(update={"comment": None}):
            _add_keyed(st, nt, n, add_cls)


def _diff_indexes(st: DiffState, ot: Table, nt: Table) -> None:
    in_place = st.cap("index_comment_in_place")
    old_by = {_key(i): i for i in ot.indexes}
    new_by = {_key(i): i for i in nt.indexes}

    def same(o: Index, n: Index) -> bool:
        if calls(_index_exprs(o), st.dropped_routines):
            return False  # rebuilt around the routine it calls
        mo = _mapped(st, ot, o)
        return (mo == n.model_copy(update={"comment": None}) and (in_place or o.comment == n.comment)
                and not _mixes_collations(st, ot, o))

    for k, o in old_by.items():
        n = new_by.get(k)
        if n is not None and same(o, n):
            if o.comment != n.comment:
                st.add(C.SetComment("index", n.name, o.comment, n.comment, table=nt.name, index=n))
            continue
        if in_place and o.comment:
            st.add(C.SetComment("index", o.name, o.comment, None, table=ot.name,
                                index=o.model_copy(update={"comment": None}), implied=True))
        st.add(C.DropIndex(ot.name, _bare_index(st, o)))
        st.dropped_keys[ot.name].append(tuple(key.column or "" for key in o.keys))
    for k, n in new_by.items():
        o = old_by.get(k)
        if o is None or not same(o, n):
            st.add(C.CreateIndex(nt.name, _bare_index(st, n)))
            if in_place and n.comment:
                st.add(C.SetComment("index", n.name, None, n.comment, table=nt.name, index=n))


def _mixes_collations(st: DiffState, ot: Table, ix: Index) -> bool:
    """A FULLTEXT index needs one collation over all its columns: altered one column at
    a time to another collation, the first ALTER is refused ('Column ... cannot be part
    of FULLTEXT index'), so the index is dropped before them and created again after."""
    cols = [k.column for k in ix.keys if k.column]
    return ix.method == "fulltext" and len(cols) > 1 and bool(set(cols) & st.recollated.get(ot.name, set()))


# --- foreign keys (after every table, since a rebuild depends on the other end) -----------


def _needs_rebuild(st: DiffState, ot: Table, fk: ForeignKey) -> bool:
    """Must an unchanged FK be dropped and re-added because something under it moves?"""
    ref_keys = st.dropped_keys.get(fk.ref_table, ())
    if any(set(k) == set(fk.ref_columns) for k in ref_keys):
        return True
    if st.cap("fk_needs_index"):
        n = len(fk.columns)
        if any(tuple(k[:n]) == fk.columns for k in st.dropped_keys.get(ot.name, ())):
            return True
        if any(tuple(k[: len(fk.ref_columns)]) == fk.ref_columns for k in ref_keys):
            return True
    if set(fk.columns) & st.replaced.get(ot.name, set()) or set(fk.ref_columns) & st.replaced.get(fk.ref_table, set()):
        return True
    if st.cap("fk_blocks_type_change"):
        if set(fk.columns) & st.retyped.get(ot.name, set()):
            return True
        if set(fk.ref_columns) & st.retyped.get(fk.ref_table, set()):
            return True
    ends = [(ot.name, c) for c in fk.columns] + [(fk.ref_table, c) for c in fk.ref_columns]
    return any(_changes_family(st, table, column) for table, column in ends)


# Types whose values stay comparable with each other when a column moves among them.
_FAMILIES = {
    **dict.fromkeys(("tinyint", "smallint", "mediumint", "integer", "bigint", "numeric", "real", "double"), "number"),
    **dict.fromkeys(("char", "varchar", "text", "citext", "tinytext", "mediumtext", "longtext"), "string"),
    **dict.fromkeys(("timestamp", "timestamptz"), "timestamp"),
}


def _family(col: Column) -> tuple:
    return (_FAMILIES.get(col.type.name, col.type.name), col.type.array)


def _changes_family(st: DiffState, table: str, column: str) -> bool:
    """A server keeps an FK across a retype of its columns while both ends stay
    comparable (integer -> bigint); across families (bigint -> uuid) it refuses
    the first ALTER, so such an FK is dropped and added again around them."""
    if column not in st.retyped.get(table, ()):
        return False
    new_table = next((n for n, o in st.table_renames.items() if o == table), table)
    new_column = st.column_renames.get(table, {}).get(column, column)
    old = next((c for t in st.old.tables if t.name == table for c in t.columns if c.name == column), None)
    new = next((c for t in st.new.tables if t.name == new_table for c in t.columns if c.name == new_column), None)
    return old is not None and new is not None and _family(old) != _family(new)


def _diff_foreign_keys(st: DiffState, ot: Table, nt: Table) -> None:
    old_by = {_key(f): f for f in ot.foreign_keys}
    new_by = {_key(f): f for f in nt.foreign_keys}
    kept = set()
    for k, o in old_by.items():
        n = new_by.get(k)
        if n is not None and _mapped(st, ot, o) == n.model_copy(update={"comment": None}) and not _needs_rebuild(st, ot, o):
            kept.add(k)
            if o.comment != n.comment:
                st.add(C.SetComment("constraint", n.name, o.comment, n.comment, table=nt.name))
            continue
        _drop_keyed(st, ot, o, C.DropForeignKey)
    for k, n in new_by.items():
        if k not in kept:
            _add_keyed(st, nt, n, C.AddForeignKey)
