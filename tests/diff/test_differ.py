"""Differ + orderer on hand-built AIR: old/new -> the exact ordered change list.

Each row reads: what the schema was, what it becomes, and the steps in order as
``kind key`` (``~`` marks an implied step: not run forward, undone in the rollback).
"""
from __future__ import annotations

import pytest

from sqlxc.air.model import (
    Check, Column, Enum, ForeignKey, Generated, Identity, Index, IndexKey, MySQLTableOptions, Opaque, PrimaryKey, Schema,
    Sequence, Table, Tags, Type, Unique, View,
)
from sqlxc.diff import changes as C
from sqlxc.diff.differ import diff
from sqlxc.diff.order import order


class PG:
    name = "postgres"
    index_comment_in_place = True
    fk_needs_index = False
    fk_blocks_type_change = False
    inherits_table_collation = False
    destructive_last = False
    index_names_per_schema = True


class MY:
    name = "mysql"
    column_order_matters = True
    index_comment_in_place = False
    fk_needs_index = True
    fk_blocks_type_change = True
    inherits_table_collation = True
    destructive_last = True
    index_names_per_schema = False


INT, BIG, TEXT = Type(name="integer"), Type(name="bigint"), Type(name="text")


def col(name, t=INT, **kw):
    return Column(name=name, type=t, **kw)


def table(name, *cols, pk=("id",), **kw):
    return Table(name=name, columns=cols, primary_key=PrimaryKey(name=f"{name}_pkey", columns=pk) if pk else None, **kw)


def fk(name, cols, ref, ref_cols, **kw):
    return ForeignKey(name=name, columns=cols, ref_table=ref, ref_columns=ref_cols, **kw)


def S(*items, dialect="postgres"):
    kinds = {Table: "tables", View: "views", Enum: "enums", Sequence: "sequences", Opaque: "opaque"}
    groups: dict[str, list] = {}
    for it in items:
        groups.setdefault(kinds[type(it)], []).append(it)
    return Schema(dialect=dialect, **{k: tuple(v) for k, v in groups.items()})


def steps(old, new, dialect=PG):
    result = diff(old, new, dialect)
    assert result.refusals == []
    return [("~" if c.implied else "") + f"{c.kind} {c.key}" for c in order(result.changes, dialect)]


USERS = table("users", col("id"), col("email", TEXT))


def _fn(name, arg, default=""):
    return Opaque(kind="function", name=f"{name}(text)", fingerprint=arg + default,
                  ddl=f"CREATE OR REPLACE FUNCTION public.{name}({arg} text{default})\n RETURNS text\n LANGUAGE sql\n"
                      f"AS $function$ SELECT lower({arg}) $function$")


# a default, a check, an index, a view and a trigger that call norm()
_CALLERS = table("t", col("id"), col("c", TEXT, default="norm('x'::text)"),
                 checks=(Check(name="t_c_check", expr="(norm(c) <> ''::text)"),),
                 indexes=(Index(name="t_norm_idx", keys=(IndexKey(expr="norm(c)"),)),))
_CALLER_VIEW = View(name="v", definition="SELECT norm(t.c) AS n FROM t")
_CALLER_TRIGGER = Opaque(kind="trigger", name="t.tr", fingerprint="tr", depends_on=("t",),
                         ddl="CREATE TRIGGER tr BEFORE UPDATE ON public.t FOR EACH ROW WHEN (norm(new.c) <> '') "
                             "EXECUTE FUNCTION touch()")
ORDERS = table("orders", col("id"), col("user_id"), foreign_keys=(fk("orders_user_id_fkey", ("user_id",), "users", ("id",)),))

CASES = [
    ("no change", S(USERS), S(USERS), []),
    ("rename hint only", S(USERS), S(USERS.model_copy(update={"renamed_from": "people"})), []),
    ("create table with index, fk, comments, tags",
     S(USERS),
     S(USERS, table("orders", col("id"), col("user_id", comment="who"), comment="sales",
                    indexes=(Index(name="orders_user_idx", keys=(IndexKey(column="user_id"),)),),
                    foreign_keys=(fk("orders_user_id_fkey", ("user_id",), "users", ("id",)),),
                    tags=Tags(owner="shop"))),
     ["create_table orders", "create_index orders.orders_user_idx", "add_foreign_key orders.orders_user_id_fkey",
      "set_comment orders", "set_comment orders.user_id", "set_tags orders"]),
    ("drop table: parts implied, tags explicit",
     S(USERS, ORDERS.model_copy(update={"comment": "sales", "tags": Tags(pii=True)})),
     S(USERS),
     ["~set_comment orders", "drop_foreign_key orders.orders_user_id_fkey", "drop_table orders",
      "set_tags orders"]),
    ("add, drop, alter columns",
     S(table("t", col("id"), col("a"), col("b", TEXT))),
     S(table("t", col("id", BIG), col("b", TEXT, nullable=True), col("c", TEXT, default="'x'"))),
     ["add_column t.c", "alter_column t.id", "alter_column t.b", "drop_column t.a"]),
    ("rename column from hint, index follows it",
     S(table("t", col("id"), col("a"), indexes=(Index(name="t_a_idx", keys=(IndexKey(column="a"),)),))),
     S(table("t", col("id"), col("b", renamed_from="a"), indexes=(Index(name="t_a_idx", keys=(IndexKey(column="b"),)),))),
     ["rename_column t.b"]),
    ("no hint, no rename guessed",
     S(table("t", col("id"), col("a"))), S(table("t", col("id"), col("b"))),
     ["add_column t.b", "drop_column t.a"]),
    ("rename table from hint",
     S(USERS), S(USERS.model_copy(update={"name": "people", "renamed_from": "users"})),
     ["rename_table people"]),
    ("check expression change is drop + add",
     S(table("t", col("id"), checks=(Check(name="t_c", expr="id > 0"),))),
     S(table("t", col("id"), checks=(Check(name="t_c", expr="id > 1"),))),
     ["drop_check t.t_c", "add_check t.t_c"]),
    ("comment-only change on a constraint",
     S(table("t", col("id"), checks=(Check(name="t_c", expr="id > 0"),))),
     S(table("t", col("id"), checks=(Check(name="t_c", expr="id > 0", comment="positive"),))),
     ["set_comment t.t_c"]),
    ("unique change, fk on it rebuilt around",
     S(table("p", col("id"), col("k"), uniques=(Unique(name="p_k_key", columns=("k",)),)),
       table("c", col("id"), col("pk"), foreign_keys=(fk("c_pk_fkey", ("pk",), "p", ("k",)),))),
     S(table("p", col("id"), col("k"), uniques=(Unique(name="p_k_key", columns=("k",), deferrable=True),)),
       table("c", col("id"), col("pk"), foreign_keys=(fk("c_pk_fkey", ("pk",), "p", ("k",)),))),
     ["drop_foreign_key c.c_pk_fkey", "drop_unique p.p_k_key", "add_unique p.p_k_key",
      "add_foreign_key c.c_pk_fkey"]),
    ("generated expression change: column dropped then added",
     S(table("t", col("id"), col("g", generated=Generated(expr="id * 2")))),
     S(table("t", col("id"), col("g", generated=Generated(expr="id * 3")))),
     ["drop_column t.g", "add_column t.g"]),
    ("enum values appended and inserted",
     S(Enum(name="mood", values=("sad", "ok"))),
     S(Enum(name="mood", values=("sad", "meh", "ok", "happy"))),
     ["add_enum_value mood.meh", "add_enum_value mood.happy"]),
    ("enum value added and used in the same plan: rebuild (ADD VALUE must commit first)",
     S(Enum(name="mood", values=("sad",)), table("t", col("id"), col("m", Type(name="mood"), default="'sad'::mood"))),
     S(Enum(name="mood", values=("sad", "ok")), table("t", col("id"), col("m", Type(name="mood"), default="'ok'::mood"))),
     ["rebuild_enum mood", "alter_column t.m"]),
    ("enum value removed: rebuild",
     S(Enum(name="mood", values=("sad", "ok")), table("t", col("id"), col("m", Type(name="mood")))),
     S(Enum(name="mood", values=("sad",)), table("t", col("id"), col("m", Type(name="mood")))),
     ["rebuild_enum mood"]),
    ("enum created before the column, dropped after",
     S(Enum(name="a", values=("x",)), table("t", col("id"), col("m", Type(name="a")))),
     S(Enum(name="b", values=("x",)), table("t", col("id"), col("m", Type(name="b")))),
     ["create_enum b", "alter_column t.m", "drop_enum a"]),
    ("view over an altered column: dropped first, created last",
     S(table("t", col("id"), col("a")), View(name="v", definition="SELECT a FROM t"),
       View(name="w", definition="SELECT a FROM v")),
     S(table("t", col("id"), col("a", BIG)), View(name="v", definition="SELECT a FROM t"),
       View(name="w", definition="SELECT a FROM v")),
     ["drop_view w", "drop_view v", "alter_column t.a", "create_view v", "create_view w"]),
    ("view not reading the altered column stays",
     S(table("t", col("id"), col("a")), View(name="v", definition="SELECT id FROM t")),
     S(table("t", col("id"), col("a", BIG)), View(name="v", definition="SELECT id FROM t")),
     ["alter_column t.a"]),
    ("sequence owned by a new table: owned after the table exists",
     S(), S(table("t", col("id", default="nextval('s'::regclass)")), Sequence(name="s", owned_by=("t", "id"))),
     ["create_sequence s", "create_table t", "alter_sequence s"]),
    ("owned sequence dropped with its table: disowned first",
     S(table("t", col("id")), Sequence(name="s", owned_by=("t", "id"))), S(),
     ["alter_sequence s", "drop_table t", "drop_sequence s"]),
    ("dropped tables referencing each other: cycle FKs dropped on their own",
     S(table("a", col("id"), col("b"), foreign_keys=(fk("a_b", ("b",), "b", ("id",)),)),
       table("b", col("id"), col("a"), foreign_keys=(fk("b_a", ("a",), "a", ("id",)),))),
     S(),
     ["drop_foreign_key a.a_b", "drop_foreign_key b.b_a", "drop_table a", "drop_table b"]),
    ("dropped tables in FK order: referencing first",
     S(table("z", col("id")), table("a", col("id"), col("z"), foreign_keys=(fk("a_z", ("z",), "z", ("id",)),))),
     S(),
     ["~drop_foreign_key a.a_z", "drop_table a", "drop_table z"]),
    ("column name reused by a rename: old one dropped first",
     S(table("t", col("id"), col("a"), col("b"))),
     S(table("t", col("id"), col("a", renamed_from="b"))),
     ["drop_column t.a", "rename_column t.a"]),
    ("table renamed without a hint keeps its PK name: old one dropped first (index names are per schema)",
     S(Table(name="reviews", columns=(col("id"),), primary_key=PrimaryKey(name="pk_reviews", columns=("id",)))),
     S(Table(name="product_reviews", columns=(col("id"),), primary_key=PrimaryKey(name="pk_reviews", columns=("id",)))),
     ["drop_table reviews", "create_table product_reviews"]),
    ("lookup table replaced by an enum of its name: the table (and its row type) goes first",
     S(table("priority", col("id"))), S(Enum(name="priority", values=("low", "high"))),
     ["drop_table priority", "create_enum priority"]),
    ("enum replaced by a table of its name: the enum goes first, the table right after",
     S(Enum(name="priority", values=("low", "high"))), S(table("priority", col("id"))),
     ["drop_enum priority", "create_table priority"]),
    ("sequence replaced by a table of its name: the sequence goes first, the table right after",
     S(Sequence(name="no")), S(table("no", col("id"))),
     ["drop_sequence no", "create_table no"]),
]


@pytest.mark.parametrize("name,old,new,expected", CASES, ids=[c[0] for c in CASES])
def test_postgres_order(name, old, new, expected):
    assert steps(old, new) == expected


# Functions are replayed objects: these rows use the real dialect, which decides
# whether a replaced function is dropped first.
ROUTINE_CASES = [
    ("function dropped to be replaced (argument renamed): its callers are rebuilt around it",
     S(_fn("norm", "e"), _CALLERS, _CALLER_VIEW, _CALLER_TRIGGER),
     S(_fn("norm", "email"), _CALLERS, _CALLER_VIEW, _CALLER_TRIGGER),
     ["drop_object t.tr", "drop_view v", "drop_check t.t_c_check", "drop_index t.t_norm_idx", "alter_column t.c",
      "replace_object norm(text)", "alter_column t.c", "add_check t.t_c_check", "create_index t.t_norm_idx",
      "create_view v", "create_object t.tr"]),
    ("function replaced in place (a default's value changes): its callers stay",
     S(_fn("norm", "e", " DEFAULT 'a'::text"), _CALLERS, _CALLER_VIEW),
     S(_fn("norm", "e", " DEFAULT 'b'::text"), _CALLERS, _CALLER_VIEW),
     ["replace_object norm(text)"]),
]


@pytest.mark.parametrize("name,old,new,expected", ROUTINE_CASES, ids=[c[0] for c in ROUTINE_CASES])
def test_postgres_routine_callers(name, old, new, expected):
    from sqlxc.dialects.postgres import PostgresDialect

    assert steps(old, new, PostgresDialect()) == expected


MYSQL_CASES = [
    ("type change of an FK column: FK dropped and re-added",
     S(table("p", col("id")), table("c", col("id"), col("p"), foreign_keys=(fk("c_ibfk_1", ("p",), "p", ("id",)),)),
       dialect="mysql"),
     S(table("p", col("id", BIG)), table("c", col("id"), col("p", BIG), foreign_keys=(fk("c_ibfk_1", ("p",), "p", ("id",)),)),
       dialect="mysql"),
     ["drop_foreign_key c.c_ibfk_1", "alter_column c.p", "alter_column p.id", "add_foreign_key c.c_ibfk_1"]),
    ("destructive steps last",
     S(table("t", col("id"), col("a"), comment="x"), table("old", col("id")), dialect="mysql"),
     S(table("t", col("id"), col("b"), comment="y"), dialect="mysql"),
     ["add_column t.b", "set_comment t", "drop_column t.a", "drop_table old"]),
    ("column order: columns from the first one out of place are moved",
     S(table("t", col("id"), col("a"), col("b"), col("c")), dialect="mysql"),
     S(table("t", col("id"), col("c"), col("a"), col("b")), dialect="mysql"),
     ["alter_column t.c", "alter_column t.a", "alter_column t.b"]),
    ("index comment change rebuilds the index",
     S(table("t", col("id"), indexes=(Index(name="i", keys=(IndexKey(column="id"),), comment="a"),)), dialect="mysql"),
     S(table("t", col("id"), indexes=(Index(name="i", keys=(IndexKey(column="id"),), comment="b"),)), dialect="mysql"),
     ["drop_index t.i", "create_index t.i"]),
    ("table collation change: inheriting columns follow",
     S(table("t", col("id"), col("s", Type(name="varchar", args=(10,))), mysql=MySQLTableOptions(charset="latin1", collation="latin1_swedish_ci")), dialect="mysql"),
     S(table("t", col("id"), col("s", Type(name="varchar", args=(10,))), mysql=MySQLTableOptions(charset="utf8mb4", collation="utf8mb4_general_ci")), dialect="mysql"),
     ["alter_table_options t", "alter_column t.s"]),
    ("AUTO_INCREMENT moves from a dropped column: the dropped one gives it up first",
     S(table("t", col("id", identity=Identity()), col("code")), dialect="mysql"),
     S(table("t", col("code", identity=Identity()), pk=("code",)), dialect="mysql"),
     ["drop_primary_key t.t_pkey", "alter_column t.id", "alter_column t.code", "add_primary_key t.t_pkey",
      "drop_column t.id"]),
    ("a table renamed without a hint keeps its PK name: MySQL names are per table, drop stays last",
     S(table("reviews", col("id")), dialect="mysql"),
     S(Table(name="product_reviews", columns=(col("id"),), primary_key=PrimaryKey(name="reviews_pkey", columns=("id",))),
       dialect="mysql"),
     ["create_table product_reviews", "drop_table reviews"]),
]


@pytest.mark.parametrize("name,old,new,expected", MYSQL_CASES, ids=[c[0] for c in MYSQL_CASES])
def test_mysql_order(name, old, new, expected):
    assert steps(old, new, MY) == expected


def test_inherited_collation_is_spelled_out_both_ways():
    old, new = MYSQL_CASES[4][1], MYSQL_CASES[4][2]
    alter = [c for c in diff(old, new, MY).changes if isinstance(c, C.AlterColumn)][0]
    assert (alter.old.charset, alter.old.collation) == ("latin1", "latin1_swedish_ci")
    assert (alter.new.charset, alter.new.collation) == ("utf8mb4", "utf8mb4_general_ci")
    assert alter.facets == {"charset", "collation"}


def test_column_moves_say_where_from():
    old, new = MYSQL_CASES[2][1], MYSQL_CASES[2][2]
    moves = order(diff(old, new, MY).changes, MY)
    assert [(c.after, c.first, c.old_after) for c in moves] == [("id", False, "b"), ("c", False, "id"), ("a", False, "a")]
    assert moves[0].inverse().after == "b" and moves[0].facets == {"position"}


def test_lossy_flag():
    old = S(table("t", col("id"), col("s", Type(name="varchar", args=(50,)))))
    wide = S(table("t", col("id"), col("s", Type(name="varchar", args=(200,)))))
    (widen,) = diff(old, wide, PG).changes
    (shrink,) = diff(wide, old, PG).changes
    assert (widen.lossy, shrink.lossy) == (False, True)
    assert widen.inverse().lossy is True


def test_add_enum_value_positions():
    result = diff(S(Enum(name="e", values=("b",))), S(Enum(name="e", values=("a", "b", "c"))), PG)
    assert [(c.value, c.before, c.after) for c in result.changes] == [("a", "b", None), ("c", None, None)]


def test_opaque_refusals_name_the_object():
    f = Opaque(kind="function", name="f()", fingerprint="1")
    trig = Opaque(kind="trigger", name="t.tr", fingerprint="2", depends_on=("t",))
    base = table("t", col("id"), col("a"))
    result = diff(S(base, f, trig), S(base.model_copy(update={"columns": (col("id"),)}),
                                        f.model_copy(update={"fingerprint": "9"}), trig), PG)
    assert [(d.code, d.object) for d in result.refusals] == [("D101", "function f()"), ("D102", "trigger t.tr")]
    assert diff(S(base, f), S(base, f), PG).refusals == []


@pytest.mark.parametrize("name,old,new,expected", CASES + MYSQL_CASES, ids=[c[0] for c in CASES + MYSQL_CASES])
def test_rollback_is_the_reverse(name, old, new, expected):
    """The rollback undoes every step, implied ones included, in reverse."""
    dialect = MY if old.dialect == "mysql" else PG
    forward = order(diff(old, new, dialect).changes, dialect)
    back = [c.inverse() for c in reversed(forward)]
    assert len(back) == len(forward) and all(not c.implied for c in back)
    assert [type(c.inverse()) for c in back] == [type(c) for c in reversed(forward)] or any(
        isinstance(c, C.AddEnumValue) for c in forward)


def test_same_input_same_order():
    old, new = CASES[4][1], CASES[4][2]
    assert [order(diff(old, new, PG).changes, PG) for _ in range(3)] == [order(diff(old, new, PG).changes, PG)] * 3
