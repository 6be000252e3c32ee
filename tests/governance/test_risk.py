"""Risk rules as a table: change, dialect (and server) -> level and codes.
Each rule has a case that triggers it and a neighbour that does not."""
from __future__ import annotations

import pytest

from sqlxc.air.model import (
    Check,
    Enum,
    ForeignKey,
    Generated,
    Identity,
    Index,
    IndexKey,
    MySQLTableOptions,
    Opaque,
    PrimaryKey,
    Sequence,
    Table,
    Tags,
    Unique,
    View,
)
from sqlxc.dialects.base import ServerInfo
from sqlxc.diff import changes as ch
from sqlxc.plan.risk import CODES, assess, assess_all, type_change
from tests.governance.helpers import PII, USERS, col

T = Table(name="t", columns=(col("id", "bigint"),))
IDX = Index(name="t_a_idx", keys=(IndexKey(column="a"),))
FK = ForeignKey(name="t_u_fkey", columns=("u",), ref_table="users", ref_columns=("id",))
E3 = Enum(name="mood", values=("sad", "ok", "happy"))


class FakeDialect:
    """Enough of a Dialect for risk: name, server, and what render() writes."""

    def __init__(self, name, flavor=None, version=(), sql=""):
        self.name, self.sql = name, sql
        self.server = ServerInfo(flavor or name, version)

    def render(self, change):
        from sqlxc.dialects.base import Statement

        return Statement(self.sql)


def alter(old, new, *facets, lossy=False):
    return ch.AlterColumn("t", old, new, frozenset(facets), lossy=lossy)


FUNCTION = Opaque(kind="function", name="f()", fingerprint="1", ddl="CREATE …")
TRIGGER = Opaque(kind="trigger", name="t.tg", fingerprint="1", depends_on=("t",), ddl="CREATE TRIGGER …")
EXTENSION = Opaque(kind="extension", name="citext", fingerprint="1", ddl="CREATE EXTENSION IF NOT EXISTS citext")

CASES = [
    # (id, change, dialect, level, codes)
    ("drop table", ch.DropTable(T), "postgres", "risky", ["DS102"]),
    ("table made unlogged", ch.SetTableLogged("t", False, True), "postgres", "risky", ["PG113"]),
    ("implied drop is free", ch.DropIndex("t", IDX, implied=True), "postgres", "safe", []),
    ("drop column", ch.DropColumn("t", col("a")), "postgres", "risky", ["DS103"]),
    ("drop generated column", ch.DropColumn("t", col("a", generated=Generated(expr="id*2"))), "postgres", "safe", []),
    ("drop pk pg", ch.DropPrimaryKey("t", PrimaryKey(name="t_pkey", columns=("id",))), "postgres", "risky", ["DS104"]),
    ("drop pk mysql copies", ch.DropPrimaryKey("t", PrimaryKey(name="PRIMARY", columns=("id",))), "mysql", "risky", ["DS104", "MY101"]),
    ("drop view", ch.DropView(View(name="v", definition="SELECT 1")), "postgres", "risky", ["BC104"]),
    ("rename table", ch.RenameTable("a", "b"), "postgres", "risky", ["BC101"]),
    ("rename column", ch.RenameColumn("t", "a", "b", col("b")), "mysql", "risky", ["BC102"]),
    ("rename enum value", ch.RenameEnumValue("mood", "ok", "fine"), "postgres", "risky", ["BC103"]),
    ("add nullable column", ch.AddColumn("t", col("a", nullable=True)), "postgres", "safe", []),
    ("add NOT NULL without default", ch.AddColumn("t", col("a")), "postgres", "risky", ["MF103"]),
    ("add NOT NULL with default", ch.AddColumn("t", col("a", default="'x'")), "postgres", "safe", []),
    ("add column volatile default", ch.AddColumn("t", col("a", "uuid", default="gen_random_uuid()")), "postgres", "risky", ["PG103"]),
    ("add column stable default", ch.AddColumn("t", col("a", "timestamptz", default="now()")), "postgres", "safe", []),
    ("add identity column pg", ch.AddColumn("t", col("a", "bigint", identity=Identity())), "postgres", "risky", ["PG103"]),
    ("add auto_increment mysql", ch.AddColumn("t", col("a", "bigint", identity=Identity()), after="id"), "mysql", "risky", ["MY101"]),
    ("add column mysql instant", ch.AddColumn("t", col("a", nullable=True), after="id"), "mysql", "safe", []),
    ("narrow varchar", alter(col("a", "varchar", 100), col("a", "varchar", 10), "type", lossy=True), "postgres", "risky", ["LS101", "PG110"]),
    ("widen varchar pg: no rewrite", alter(col("a", "varchar", 10), col("a", "varchar", 100), "type"), "postgres", "safe", []),
    ("varchar to text pg", alter(col("a", "varchar", 10), col("a", "text"), "type"), "postgres", "safe", []),
    ("int to bigint rewrites pg", alter(col("a", "integer"), col("a", "bigint"), "type"), "postgres", "risky", ["PG110"]),
    ("text to int casts", alter(col("a", "text"), col("a", "integer"), "type"), "postgres", "experimental", ["LS102", "PG110"]),
    ("widen varchar mysql inplace", alter(col("a", "varchar", 100), col("a", "varchar", 200), "type"), "mysql", "risky", ["MY102"]),
    ("widen varchar mysql past 255 bytes", alter(col("a", "varchar", 10), col("a", "varchar", 100), "type"), "mysql", "risky", ["MY101"]),
    ("int to bigint mysql copies", alter(col("a", "integer"), col("a", "bigint"), "type"), "mysql", "risky", ["MY101"]),
    ("enum append mysql instant", alter(col("a", "enum").model_copy(update={"type": col("a", "enum").type.model_copy(update={"values": ("x",)})}),
                                        col("a", "enum").model_copy(update={"type": col("a", "enum").type.model_copy(update={"values": ("x", "y")})}),
                                        "type"), "mysql", "safe", []),
    ("set not null pg", alter(col("a", nullable=True), col("a"), "nullable"), "postgres", "risky", ["MF104", "PG111"]),
    ("drop not null", alter(col("a"), col("a", nullable=True), "nullable"), "postgres", "safe", []),
    ("set default mysql instant", alter(col("a"), col("a", default="'x'"), "default"), "mysql", "safe", []),
    ("identity change", alter(col("a", "bigint"), col("a", "bigint", identity=Identity()), "identity"), "postgres", "experimental", ["LS103"]),
    ("index pg no concurrently", ch.CreateIndex("t", IDX), "postgres", "risky", ["PG101"]),
    ("unique index pg", ch.CreateIndex("t", IDX.model_copy(update={"unique": True})), "postgres", "risky", ["MF101", "PG101"]),
    ("index mysql inplace", ch.CreateIndex("t", IDX), "mysql", "safe", []),
    ("fulltext mysql", ch.CreateIndex("t", IDX.model_copy(update={"method": "fulltext"})), "mysql", "risky", ["MY102"]),
    ("drop index pg", ch.DropIndex("t", IDX), "postgres", "risky", ["IX101", "PG102"]),
    ("drop index mysql", ch.DropIndex("t", IDX), "mysql", "risky", ["IX101"]),
    ("add unique pg", ch.AddUnique("t", Unique(name="t_a_key", columns=("a",))), "postgres", "risky", ["MF101", "PG108"]),
    ("add pk pg", ch.AddPrimaryKey("t", PrimaryKey(name="t_pkey", columns=("id",))), "postgres", "risky", ["MF102", "PG107"]),
    ("add pk mysql", ch.AddPrimaryKey("t", PrimaryKey(name="PRIMARY", columns=("id",))), "mysql", "risky", ["MF102", "MY102"]),
    ("add fk pg", ch.AddForeignKey("t", FK), "postgres", "risky", ["MF106", "PG106"]),
    ("add fk pg not valid", ch.AddForeignKey("t", FK.model_copy(update={"not_valid": True})), "postgres", "risky", ["MF106"]),
    ("add fk cascade", ch.AddForeignKey("t", FK.model_copy(update={"on_delete": "cascade", "not_valid": True})), "postgres", "risky", ["MF106", "MF107"]),
    ("add fk mysql", ch.AddForeignKey("t", FK), "mysql", "risky", ["MF106", "MY101"]),
    ("add check pg", ch.AddCheck("t", Check(name="t_c", expr="a > 0")), "postgres", "risky", ["MF105", "PG105"]),
    ("add check pg not valid", ch.AddCheck("t", Check(name="t_c", expr="a > 0", not_valid=True)), "postgres", "risky", ["MF105"]),
    ("remove enum value", ch.RebuildEnum(E3, E3.model_copy(update={"values": ("sad", "happy")})), "postgres", "experimental", ["EN101", "EN102"]),
    ("reorder enum", ch.RebuildEnum(E3, E3.model_copy(update={"values": ("happy", "ok", "sad")})), "postgres", "experimental", ["EN102"]),
    ("add enum value", ch.AddEnumValue(E3, E3.model_copy(update={"values": E3.values + ("meh",)}), "meh"), "postgres", "safe", []),
    ("engine change mysql", ch.AlterTableOptions("t", MySQLTableOptions(engine="MyISAM"), MySQLTableOptions(engine="InnoDB")), "mysql", "risky", ["MY101"]),
    ("row format mysql", ch.AlterTableOptions("t", None, MySQLTableOptions(row_format="compressed")), "mysql", "risky", ["MY102"]),
    ("drop system versioning", ch.AlterTableOptions("t", MySQLTableOptions(system_versioned=True), None), "mysql", "risky",
     ["DS105", "MY101"]),
    ("pii without sensitivity", ch.AddColumn("t", col("a", nullable=True, tags=Tags(pii=True))), "postgres", "risky", ["PI101"]),
    ("personal name untagged", ch.AddColumn("t", col("email", nullable=True)), "postgres", "risky", ["PI102"]),
    ("personal name tagged", ch.AddColumn("t", col("email", nullable=True, tags=PII)), "postgres", "safe", []),
    ("not personal", ch.AddColumn("t", col("emailed_count", "integer", nullable=True)), "postgres", "safe", []),
    ("create table untagged pii", ch.CreateTable(Table(name="p", columns=(col("phone_number"),))), "postgres", "risky", ["PI102"]),
    ("untag pii", ch.SetTags("column", "users.email", PII, Tags()), "postgres", "risky", ["PI103"]),
    ("create table", ch.CreateTable(USERS), "postgres", "safe", []),
    ("drop trigger", ch.DropObject(TRIGGER), "postgres", "risky", ["BC105"]),
    ("create trigger", ch.CreateObject(TRIGGER), "postgres", "safe", []),
    ("drop extension", ch.DropObject(EXTENSION), "postgres", "safe", []),
    ("drop partition", ch.DropObject(Opaque(kind="partition", name="m_2023", fingerprint="1", ddl="CREATE TABLE …")),
     "postgres", "risky", ["DS102"]),
    ("exclusion constraint on an existing table",
     ch.CreateObject(Opaque(kind="exclusion constraint", name="b.no_overlap", fingerprint="1", depends_on=("b",),
                            ddl="ALTER TABLE b ADD CONSTRAINT no_overlap EXCLUDE …")), "postgres", "risky", ["MF108"]),
    ("partition moved to a new bound",
     ch.ReplaceObject(Opaque(kind="partition", name="m_2023", fingerprint="1", ddl="CREATE TABLE m_2023 PARTITION OF m "
                             "FOR VALUES FROM (1) TO (2)"),
                      Opaque(kind="partition", name="m_2023", fingerprint="2", ddl="CREATE TABLE m_2023 PARTITION OF m "
                             "FOR VALUES FROM (1) TO (3)")), "postgres", "risky", ["MF109"]),
    ("replace function", ch.ReplaceObject(FUNCTION, FUNCTION.model_copy(update={"ddl": "CREATE …2"})), "postgres",
     "risky", ["BC106"]),
]


@pytest.mark.parametrize("change, dialect, level, codes", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(change, dialect, level, codes):
    risk = assess(change, dialect)
    assert (risk.level, [r.code for r in risk.reasons]) == (level, codes)


def test_every_code_is_documented_and_tested():
    used = {code for _, change, dialect, _, _ in CASES for code in (r.code for r in assess(change, dialect).reasons)}
    used |= {r.code for r in assess(ch.DropIndex("t", IDX), FakeDialect("postgres", version=(11,))).reasons}
    used |= {r.code for r in assess(ch.AddEnumValue(E3, E3, "x"), FakeDialect("postgres", version=(11,))).reasons}
    assert used == set(CODES)


def test_reasons_are_one_line_with_the_object():
    risk = assess(ch.AddColumn("orders", col("total", "numeric")), "postgres")
    assert [r.message for r in risk.reasons] == ["adds NOT NULL column orders.total without a default: fails if orders has rows"]


def test_index_rendered_concurrently_is_safe():
    concurrent = FakeDialect("postgres", sql="CREATE INDEX CONCURRENTLY t_a_idx ON t (a)")
    assert assess(ch.CreateIndex("t", IDX), concurrent).level == "safe"
    plain = FakeDialect("postgres", sql="CREATE INDEX t_a_idx ON t (a)")
    assert [r.code for r in assess(ch.CreateIndex("t", IDX), plain).reasons] == ["PG101"]


def test_changes_on_a_table_created_in_the_same_plan_are_safe():
    new = Table(name="t", columns=(col("id", "bigint"), col("a")))
    risks = assess_all([ch.CreateTable(new), ch.CreateIndex("t", IDX), ch.AddForeignKey("t", FK),
                        ch.CreateIndex("other", IDX)], "postgres")
    assert [r.level for r in risks] == ["safe", "safe", "safe", "risky"]
    excl = Opaque(kind="exclusion constraint", name="t.x", fingerprint="1", depends_on=("t",), ddl="ALTER …")
    assert [r.level for r in assess_all([ch.CreateTable(new), ch.CreateObject(excl)], "postgres")] == ["safe", "safe"]


@pytest.mark.parametrize("flavor, version, level", [
    ("mysql", (8, 0, 30), "safe"), ("mysql", (8, 0, 20), "risky"), ("mariadb", (10, 11), "safe"), ("mariadb", (10, 3), "risky"),
])
def test_mysql_drop_and_add_column_instant_by_server(flavor, version, level):
    first = ch.AddColumn("t", col("a", nullable=True), first=True)
    assert assess(first, FakeDialect("mysql", flavor, version)).level == level


@pytest.mark.parametrize("flavor, version, codes", [
    ("mysql", (8, 0, 30), ["DS103"]), ("mysql", (8, 0, 20), ["DS103", "MY102"]),
    ("mariadb", (10, 11), ["DS103"]), ("mariadb", (10, 3), ["DS103", "MY102"]),
])
def test_mysql_drop_column_rebuilds_before_instant_drop(flavor, version, codes):
    risk = assess(ch.DropColumn("t", col("a")), FakeDialect("mysql", flavor, version))
    assert [r.code for r in risk.reasons] == codes


def test_mysql_add_column_in_the_middle_rebuilds_in_place():
    [reason] = assess(ch.AddColumn("t", col("a", nullable=True), first=True), FakeDialect("mysql", "mysql", (8, 0, 20))).reasons
    assert (reason.code, reason.message) == ("MY102", ("MySQL rebuilds the table in place for adding column t.a "
                                             "(concurrent DML allowed, heavy I/O)"))


def test_mariadb_is_named_in_messages():
    [reason] = assess(alter(col("a", "integer"), col("a", "bigint"), "type"), FakeDialect("mysql", "mariadb", (10, 11))).reasons
    assert reason.message.startswith("MariaDB cannot use ALGORITHM=INSTANT/INPLACE for altering column t.a")


@pytest.mark.parametrize("old, new, expected", [
    (("integer",), ("bigint",), "widen"), (("bigint",), ("smallint",), "narrow"),
    (("varchar", 10), ("text",), "widen"), (("text",), ("varchar", 10), "narrow"),
    (("numeric", 10, 2), ("numeric", 12, 2), "widen"), (("numeric", 10, 2), ("numeric", 10, 1), "narrow"),
    (("numeric", 10, 2), ("numeric", 9, 2), "narrow"), (("numeric", 10, 2), ("numeric",), "widen"),
    (("timestamp", 6), ("timestamp", 3), "narrow"), (("double",), ("real",), "narrow"),
    (("text",), ("integer",), "cast"), (("json",), ("jsonb",), "cast"), (("char", 2), ("char", 2), "same"),
])
def test_type_change(old, new, expected):
    assert type_change(col("a", *old).type, col("a", *new).type) == expected


def test_personal_name_tagged_by_a_later_step_of_the_plan():
    """The differ tags a new column in a SetTags step of its own: no PI102 for it."""
    add = ch.AddColumn("t", col("email", nullable=True))
    tag = ch.SetTags("column", "t.email", Tags(), PII)
    assert [r.level for r in assess_all([add, tag], "postgres")] == ["safe", "safe"]
    assert [r.code for r in assess_all([add], "postgres")[0].reasons] == ["PI102"]


def _samples():
    """One instance of every change class."""
    seq = Sequence(name="s")
    view = View(name="v", definition="SELECT 1")
    a, b = col("a", "varchar", 10), col("a", "varchar", 20)
    return {
        ch.CreateTable: ch.CreateTable(T), ch.DropTable: ch.DropTable(T), ch.RenameTable: ch.RenameTable("t", "u"),
        ch.AlterTableOptions: ch.AlterTableOptions("t", None, MySQLTableOptions(engine="InnoDB")),
        ch.AlterTableParams: ch.AlterTableParams("t", (), (("fillfactor", "70"),)),
        ch.SetTableLogged: ch.SetTableLogged("t", False, True),
        ch.AddColumn: ch.AddColumn("t", a), ch.DropColumn: ch.DropColumn("t", a),
        ch.RenameColumn: ch.RenameColumn("t", "a", "b", b), ch.AlterColumn: alter(a, b, "type"),
        ch.AddPrimaryKey: ch.AddPrimaryKey("t", PrimaryKey(name="p", columns=("id",))),
        ch.DropPrimaryKey: ch.DropPrimaryKey("t", PrimaryKey(name="p", columns=("id",))),
        ch.AddUnique: ch.AddUnique("t", Unique(name="u", columns=("a",))),
        ch.DropUnique: ch.DropUnique("t", Unique(name="u", columns=("a",))),
        ch.AddForeignKey: ch.AddForeignKey("t", FK), ch.DropForeignKey: ch.DropForeignKey("t", FK),
        ch.AddCheck: ch.AddCheck("t", Check(name="c", expr="a > 0")), ch.DropCheck: ch.DropCheck("t", Check(name="c", expr="a > 0")),
        ch.CreateIndex: ch.CreateIndex("t", IDX), ch.DropIndex: ch.DropIndex("t", IDX),
        ch.CreateEnum: ch.CreateEnum(E3), ch.DropEnum: ch.DropEnum(E3),
        ch.AddEnumValue: ch.AddEnumValue(E3, E3.model_copy(update={"values": E3.values + ("x",)}), "x"),
        ch.RenameEnumValue: ch.RenameEnumValue("mood", "ok", "fine"), ch.RebuildEnum: ch.RebuildEnum(E3, E3),
        ch.CreateSequence: ch.CreateSequence(seq), ch.DropSequence: ch.DropSequence(seq),
        ch.AlterSequence: ch.AlterSequence(seq, seq.model_copy(update={"increment": 2})),
        ch.CreateView: ch.CreateView(view), ch.DropView: ch.DropView(view),
        ch.SetComment: ch.SetComment("table", "t", None, "hi"), ch.SetTags: ch.SetTags("table", "t", Tags(), PII),
        ch.CreateObject: ch.CreateObject(FUNCTION), ch.DropObject: ch.DropObject(FUNCTION),
        ch.ReplaceObject: ch.ReplaceObject(FUNCTION, FUNCTION),
    }


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "mariadb"])
def test_every_change_kind_is_assessed_with_the_real_dialects(dialect):
    from sqlxc.dialects import get

    samples = _samples()
    assert set(samples) == set(ch.ALL_CHANGES)
    for change in samples.values():
        risk = assess(change, get(dialect))
        assert risk.level in ("safe", "risky", "experimental")
        assert all(r.code in CODES and r.message for r in risk.reasons)
