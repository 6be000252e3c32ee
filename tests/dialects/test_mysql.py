"""The MySQL/MariaDB dialect as tables: change -> exact DDL, native type <-> AIR
type, neutral schema -> lowered AIR. Rendered DDL that must also run is
proven by tests/fidelity/test_mysql_fidelity.py on the live server."""
from __future__ import annotations

import pytest

from sqlxc.air.model import (
    Check,
    Column,
    Enum,
    ForeignKey,
    Generated,
    Identity,
    Index,
    IndexKey,
    MySQLTableOptions,
    PrimaryKey,
    Schema,
    Table,
    Tags,
    Type,
    Unique,
    View,
)
from sqlxc.dialects import get
from sqlxc.dialects.base import ServerInfo
from sqlxc.dialects.mysql_exprs import default_printed, expression_printed
from sqlxc.dialects.mysql_types import parse_type, type_sql
from sqlxc.diff import changes as C
from sqlxc.errors import UnsupportedError

MARIADB = get("mysql")
MYSQL8 = get("mysql", ServerInfo(flavor="mysql", version=(8, 0)))


def col(name: str, type_: str = "integer", *args: int, **kw) -> Column:
    return Column(name=name, type=Type(name=type_, args=args), **kw)


# --- types: COLUMN_TYPE -> AIR -> the spelling that stores it again ----------------------------

TYPES = [
    # COLUMN_TYPE as printed          AIR type                                           written back
    ("int(11)", Type(name="integer"), "int"),
    ("int(10) unsigned", Type(name="integer", unsigned=True), "int unsigned"),
    ("int(5)", Type(name="integer", args=(5,)), "int(5)"),
    ("int(10) unsigned zerofill", Type(name="integer", unsigned=True, zerofill=True), "int unsigned zerofill"),
    ("tinyint(1)", Type(name="boolean"), "tinyint(1)"),
    ("tinyint(1) unsigned", Type(name="tinyint", args=(1,), unsigned=True), "tinyint(1) unsigned"),
    ("tinyint(4)", Type(name="tinyint"), "tinyint"),
    ("bigint(20) unsigned", Type(name="bigint", unsigned=True), "bigint unsigned"),
    ("decimal(10,0)", Type(name="numeric"), "decimal"),
    ("decimal(12,2)", Type(name="numeric", args=(12, 2)), "decimal(12,2)"),
    ("float", Type(name="real"), "float"),
    ("float(7,3)", Type(name="real", args=(7, 3)), "float(7,3)"),
    ("double", Type(name="double"), "double"),
    ("char(1)", Type(name="char"), "char"),
    ("varchar(255)", Type(name="varchar", args=(255,)), "varchar(255)"),
    ("binary(16)", Type(name="binary", args=(16,)), "binary(16)"),
    ("mediumtext", Type(name="mediumtext"), "mediumtext"),
    ("longblob", Type(name="longblob"), "longblob"),
    ("datetime(3)", Type(name="timestamp", args=(3,)), "datetime(3)"),
    ("timestamp", Type(name="timestamptz"), "timestamp"),
    ("time(6)", Type(name="time", args=(6,)), "time(6)"),
    ("year(4)", Type(name="year"), "year"),
    ("bit(1)", Type(name="bit"), "bit"),
    ("bit(8)", Type(name="bit", args=(8,)), "bit(8)"),
    ("json", Type(name="json"), "json"),
    ("uuid", Type(name="uuid"), "uuid"),
    ("inet6", Type(name="inet6"), "inet6"),
    ("enum('a','b''c','d\\\\e')", Type(name="enum", values=("a", "b'c", "d\\e")), "enum('a','b''c','d\\\\e')"),
    ("set('r','w')", Type(name="set", values=("r", "w")), "set('r','w')"),
    ("geometry", Type(name="geometry"), "geometry"),
]


@pytest.mark.parametrize(("printed", "air", "written"), TYPES)
def test_type_round_trip(printed: str, air: Type, written: str) -> None:
    assert parse_type(printed) == air
    assert type_sql(air) == written
    assert parse_type(written) == air


def test_uuid_is_char36_on_mysql8() -> None:
    assert MYSQL8.type_sql(Type(name="uuid")) == "char(36)"


# --- rendering: one change -> exact DDL --------------------------------------------------------

USERS = Table(
    name="users",
    columns=(
        col("id", "bigint", identity=Identity()),
        col("email", "varchar", 320, charset="utf8mb4", collation="utf8mb4_bin"),
        col("note", "text", nullable=True, comment="free text", charset="utf8mb4", collation="utf8mb4_general_ci"),
        col("created", "timestamptz", default="current_timestamp()", on_update="current_timestamp()"),
        col("n", "integer", nullable=True, default="(`id` + 1)"),
        col("twice", "integer", nullable=True, generated=Generated(expr="`n` * 2", stored=False)),
        col("qty", "integer", nullable=True, check="`qty` >= 0"),
    ),
    primary_key=PrimaryKey(name="PRIMARY", columns=("id",)),
    checks=(Check(name="CONSTRAINT_1", expr="`n` < 10"),),
    mysql=MySQLTableOptions(engine="Aria", charset="latin1", collation="latin1_bin", row_format="DYNAMIC",
                            create_options=(("stats_persistent", "0"),)),
)
IDX = Index(name="by_email", keys=(IndexKey(column="email", length=10, desc=True), IndexKey(column="id")),
            unique=True, comment="lookup", invisible=True)
# MariaDB swaps an index it generated for an earlier FK for one named after the new
# constraint: the name that went away is given back, unless the constraint's name was taken.
FK_GIVES_INDEX_BACK = (
    "SET @sqlx_keys = (SELECT JSON_ARRAYAGG(INDEX_NAME) FROM information_schema.STATISTICS WHERE "
    "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders' AND SEQ_IN_INDEX = 1);\n"
    "{stmt};\n"
    "SET @sqlx_ddl = COALESCE(IF(JSON_CONTAINS(@sqlx_keys, JSON_QUOTE('{fk}')), NULL, (SELECT CONCAT("
    "'ALTER TABLE `orders` RENAME INDEX `{fk}` TO `', REPLACE(k.name, '`', '``'), '`') FROM JSON_TABLE(@sqlx_keys, "
    "'$[*]' COLUMNS (name varchar(64) PATH '$')) k WHERE k.name NOT IN (SELECT INDEX_NAME FROM "
    "information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders') LIMIT 1)), 'DO 0');\n"
    "PREPARE sqlx_stmt FROM @sqlx_ddl;\nEXECUTE sqlx_stmt;\nDEALLOCATE PREPARE sqlx_stmt"
)
FK = ForeignKey(name="orders_ibfk_1", columns=("user_id",), ref_table="users", ref_columns=("id",),
                on_delete="cascade", on_update="no action")
VIEW = View(name="v", definition="select `users`.`id` AS `id` from `users`", check_option="local",
            security_invoker=True, algorithm="merge")

# An AUTO_INCREMENT column must stay keyed: a stand-in index, decided on the server.
AUTO = ("EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' "
        "AND COLUMN_NAME = '{col}' AND EXTRA LIKE '%auto_increment%') AND ")
KEEP_KEYED = (
    "SET @sqlx_ddl = CONCAT('{stmt}', IF({auto}NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS "
    "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' AND COLUMN_NAME = '{col}' AND SEQ_IN_INDEX = 1 "
    "AND INDEX_NAME <> '{dropped}'), ', ADD INDEX `sqlx_auto_{col}` (`{col}`)', ''));\n"
    "PREPARE sqlx_stmt FROM @sqlx_ddl;\nEXECUTE sqlx_stmt;\nDEALLOCATE PREPARE sqlx_stmt"
)

RENDER = [
    (C.CreateTable(USERS), """CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `note` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT 'free text',
  `created` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `n` int NULL DEFAULT ((`id` + 1)),
  `twice` int GENERATED ALWAYS AS (`n` * 2) VIRTUAL,
  `qty` int NULL CHECK (`qty` >= 0),
  PRIMARY KEY (`id`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`n` < 10)
) ENGINE=Aria DEFAULT CHARSET=latin1 COLLATE=latin1_bin ROW_FORMAT=DYNAMIC STATS_PERSISTENT=0"""),
    (C.DropTable(USERS), "DROP TABLE `users`"),
    (C.RenameTable("a`b", "c"), "RENAME TABLE `a``b` TO `c`"),
    (C.AlterTableOptions("t", None, MySQLTableOptions(engine="Aria", collation="utf8mb4_bin", charset="utf8mb4")),
     # MyISAM/Aria key an AUTO_INCREMENT column second: stand-in keys go with the change
     "SET @sqlx_ddl = CONCAT('ALTER TABLE `t` ENGINE=Aria, DEFAULT CHARACTER SET=utf8mb4, COLLATE=utf8mb4_bin', "
     "IFNULL((SELECT GROUP_CONCAT(DISTINCT CONCAT(', DROP INDEX `', REPLACE(s.INDEX_NAME, '`', '``'), '`') SEPARATOR '') "
     "FROM information_schema.STATISTICS s WHERE s.TABLE_SCHEMA = DATABASE() AND s.TABLE_NAME = 't' "
     "AND s.INDEX_NAME LIKE 'sqlx\\\\_auto\\\\_%'), ''));\n"
     "PREPARE sqlx_stmt FROM @sqlx_ddl;\nEXECUTE sqlx_stmt;\nDEALLOCATE PREPARE sqlx_stmt"),
    (C.AlterTableOptions("t", MySQLTableOptions(engine="Aria", collation="latin1_bin", charset="latin1",
                                                row_format="COMPACT", create_options=(("max_rows", "10"),)), None),
     # InnoDB wants it first in some index: a stand-in key for one that leads none
     ("SET @sqlx_ddl = CONCAT('ALTER TABLE `t` ENGINE=InnoDB, DEFAULT CHARACTER SET=DEFAULT COLLATE=DEFAULT, "
      "ROW_FORMAT=DEFAULT, MAX_ROWS=0', IFNULL((SELECT GROUP_CONCAT(CONCAT(', ADD INDEX `sqlx_auto_', "
      "REPLACE(LEFT(c.COLUMN_NAME, 54), '`', '``'), '` (`', REPLACE(c.COLUMN_NAME, '`', '``'), '`)') SEPARATOR '') "
      "FROM information_schema.COLUMNS c WHERE c.TABLE_SCHEMA = DATABASE() AND c.TABLE_NAME = 't' "
      "AND c.EXTRA LIKE '%auto_increment%' AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS s "
      "WHERE s.TABLE_SCHEMA = DATABASE() AND s.TABLE_NAME = 't' AND s.COLUMN_NAME = c.COLUMN_NAME "
      "AND s.SEQ_IN_INDEX = 1)), ''));\n"
      "PREPARE sqlx_stmt FROM @sqlx_ddl;\nEXECUTE sqlx_stmt;\nDEALLOCATE PREPARE sqlx_stmt;\n"
      "ALTER TABLE `t` PAGE_CHECKSUM=DEFAULT")),
    (C.AddColumn("t", col("x", "varchar", 5, nullable=True, default="'it''s'")),
     "ALTER TABLE `t` ADD COLUMN `x` varchar(5) NULL DEFAULT 'it''s'"),
    (C.AddColumn("t", col("x"), after="id"), "ALTER TABLE `t` ADD COLUMN `x` int NOT NULL AFTER `id`"),
    (C.AddColumn("t", col("x"), first=True), "ALTER TABLE `t` ADD COLUMN `x` int NOT NULL FIRST"),
    (C.DropColumn("t", col("x")), "ALTER TABLE `t` DROP COLUMN `x`"),
    (C.RenameColumn("t", "a", "b", col("b", comment="c")), "ALTER TABLE `t` CHANGE COLUMN `a` `b` int NOT NULL COMMENT 'c'"),
    (C.AlterColumn("t", col("x"), col("x", "bigint", invisible=True), frozenset({"type", "invisible"})),
     "ALTER TABLE `t` MODIFY COLUMN `x` bigint NOT NULL INVISIBLE"),
    (C.AddPrimaryKey("t", PrimaryKey(name="PRIMARY", columns=("a", "b"))),
     "ALTER TABLE `t` ADD PRIMARY KEY (`a`, `b`), DROP INDEX IF EXISTS `sqlx_auto_a`"),
    (C.DropPrimaryKey("t", PrimaryKey(name="PRIMARY", columns=("a",))), KEEP_KEYED.format(
        stmt="ALTER TABLE `t` DROP PRIMARY KEY", col="a", auto=AUTO.format(col="a"), dropped="PRIMARY")),
    (C.DropIndex("t", Index(name="ia", keys=(IndexKey(column="a"),))), KEEP_KEYED.format(
        stmt="ALTER TABLE `t` DROP INDEX `ia`", col="a", auto=AUTO.format(col="a"), dropped="ia")),
    (C.AlterColumn("t", col("a"), col("a", identity=Identity()), frozenset({"identity"})), KEEP_KEYED.format(
        stmt="ALTER TABLE `t` MODIFY COLUMN `a` int NOT NULL AUTO_INCREMENT", col="a", auto="", dropped="")),
    (C.AlterColumn("t", col("a", identity=Identity()), col("a"), frozenset({"identity"})),
     "ALTER TABLE `t` MODIFY COLUMN `a` int NOT NULL, DROP INDEX IF EXISTS `sqlx_auto_a`"),
    (C.AddColumn("t", col("id", identity=Identity()), first=True),
     "ALTER TABLE `t` ADD COLUMN `id` int NOT NULL AUTO_INCREMENT FIRST, ADD INDEX `sqlx_auto_id` (`id`)"),
    (C.AddUnique("t", Unique(name="u", columns=("a",))), "ALTER TABLE `t` ADD CONSTRAINT `u` UNIQUE (`a`)"),
    (C.DropUnique("t", Unique(name="u", columns=("a",))), "ALTER TABLE `t` DROP INDEX `u`"),
    (C.AddForeignKey("orders", FK.model_copy(update={"name": "fk_user", "on_update": None})), FK_GIVES_INDEX_BACK.format(
        fk="fk_user", stmt="ALTER TABLE `orders` ADD CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) "
        "ON DELETE CASCADE")),
    (C.DropForeignKey("orders", FK), "ALTER TABLE `orders` DROP FOREIGN KEY `orders_ibfk_1`"),
    (C.AddCheck("t", Check(name="c1", expr="`a` > 0")), "ALTER TABLE `t` ADD CONSTRAINT `c1` CHECK (`a` > 0)"),
    (C.DropCheck("t", Check(name="c1", expr="`a` > 0")), "ALTER TABLE `t` DROP CONSTRAINT `c1`"),
    (C.CreateIndex("users", IDX),
     "ALTER TABLE `users` ADD UNIQUE INDEX IF NOT EXISTS `by_email` (`email`(10) DESC, `id`) COMMENT 'lookup' IGNORED"),
    (C.CreateIndex("t", Index(name="ft", keys=(IndexKey(column="body"),), method="fulltext")),
     "ALTER TABLE `t` ADD FULLTEXT INDEX IF NOT EXISTS `ft` (`body`)"),
    (C.CreateIndex("t", Index(name="h", keys=(IndexKey(column="u"),), unique=True, method="hash")),
     "ALTER TABLE `t` ADD UNIQUE INDEX IF NOT EXISTS `h` (`u`) USING HASH, DROP INDEX IF EXISTS `sqlx_auto_u`"),
    (C.DropIndex("users", IDX), "ALTER TABLE `users` DROP INDEX `by_email`"),
    (C.CreateView(VIEW),
     ("CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW `v` AS select `users`.`id` AS `id` from `users` "
     "WITH LOCAL CHECK OPTION")),
    (C.DropView(VIEW), "DROP VIEW `v`"),
    (C.SetComment("table", "t", None, "it's"), "ALTER TABLE `t` COMMENT = 'it''s'"),
    (C.SetComment("table", "t", "x", None), "ALTER TABLE `t` COMMENT = ''"),
    (C.SetComment("column", "x", None, "c", table="t", column=col("x", comment="c")),
     "ALTER TABLE `t` MODIFY COLUMN `x` int NOT NULL COMMENT 'c'"),
    (C.SetComment("index", "by_email", None, "lookup", table="users", index=IDX),
     ("ALTER TABLE `users` DROP INDEX `by_email`, ADD UNIQUE INDEX `by_email` (`email`(10) DESC, `id`) "
     "COMMENT 'lookup' IGNORED")),
    (C.SetComment("constraint", "c1", "x", None, table="t"), ""),
    # the primary key's comment is its index's: restated with the columns it has on the server
    (C.SetComment("constraint", "PRIMARY", None, "surrogate", table="t"), (
        "SET @sqlx_ddl = (SELECT CONCAT('ALTER TABLE `t` DROP PRIMARY KEY, ADD PRIMARY KEY (', GROUP_CONCAT(CONCAT("
        "'`', REPLACE(COLUMN_NAME, '`', '``'), '`', IF(SUB_PART IS NULL, '', CONCAT('(', SUB_PART, ')'))) "
        "ORDER BY SEQ_IN_INDEX SEPARATOR ', '), ') COMMENT ''surrogate''') FROM information_schema.STATISTICS "
        "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' AND INDEX_NAME = 'PRIMARY');\n"
        "PREPARE sqlx_stmt FROM @sqlx_ddl;\nEXECUTE sqlx_stmt;\nDEALLOCATE PREPARE sqlx_stmt")),
    (C.CreateEnum(Enum(name="mood", values=("a",))), ""),
    (C.DropEnum(Enum(name="mood", values=("a",))), ""),
    (C.AddEnumValue(Enum(name="mood", values=("a",)), Enum(name="mood", values=("a", "b")), "b",
                    usages=(C.EnumUsage("t", col("m", "mood", nullable=True)),)),
     "ALTER TABLE `t` MODIFY COLUMN `m` enum('a','b') NULL"),
    (C.SetTags("column", "t.x", Tags(), Tags(pii=True)),
     ("CREATE TABLE IF NOT EXISTS sqlx_tags (kind varchar(16) NOT NULL, object varchar(600) NOT NULL, "
     "tags text NOT NULL, PRIMARY KEY (kind, object));\n"
     "REPLACE INTO sqlx_tags (kind, object, tags) VALUES ('column', 't.x', '{\"pii\":true}')")),
    (C.SetTags("column", "t.x", Tags(pii=True), Tags()),
     ("CREATE TABLE IF NOT EXISTS sqlx_tags (kind varchar(16) NOT NULL, object varchar(600) NOT NULL, "
     "tags text NOT NULL, PRIMARY KEY (kind, object));\n"
     "DELETE FROM sqlx_tags WHERE kind = 'column' AND object = 't.x'")),
]


@pytest.mark.parametrize(("change", "sql"), RENDER, ids=[f"{i}-{c.kind}" for i, (c, _) in enumerate(RENDER)])
def test_render(change: C.Change, sql: str) -> None:
    stmt = MARIADB.render(change)
    assert stmt.sql == sql
    assert stmt.transactional is False


def test_every_change_kind_has_a_template() -> None:
    from sqlxc.resources import templates_dir

    names = {p.name for p in templates_dir("mysql").iterdir()}
    missing = [cls.__name__ for cls in C.ALL_CHANGES if f"{C._snake(cls.__name__)}.sql.j2" not in names]
    assert missing == []

MYSQL8_RENDER = [
    (C.DropCheck("t", Check(name="c1", expr="`a` > 0")), "ALTER TABLE `t` DROP CHECK `c1`"),
    (C.CreateIndex("t", Index(name="i", keys=(IndexKey(column="a"),), invisible=True)),
     "ALTER TABLE `t` ADD INDEX `i` (`a`) INVISIBLE"),
    (C.AddForeignKey("orders", FK),
     ("ALTER TABLE `orders` ADD CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) "
     "ON DELETE CASCADE ON UPDATE NO ACTION")),
]


@pytest.mark.parametrize(("change", "sql"), MYSQL8_RENDER)
def test_render_mysql8(change: C.Change, sql: str) -> None:
    assert MYSQL8.render(change).sql == sql


UNRENDERABLE = [
    (C.CreateIndex("t", Index(name="p", keys=(IndexKey(column="a"),), where="a > 0")), "no partial indexes"),
    (C.RenameEnumValue("mood", "a", "b"), "cannot rename an enum value"),
    (C.AlterTableParams("t", (), (("fillfactor", "70"),)), "PostgreSQL only: t"),
    (C.SetComment("constraint", "c1", None, "x", table="t"), "no comments on a constraint"),
    (C.CreateView(VIEW.model_copy(update={"security_barrier": True})), "no security_barrier"),
    (C.CreateSequence(__import__("sqlxc.air.model", fromlist=["Sequence"]).Sequence(name="s")), None),
]


@pytest.mark.parametrize(("change", "message"), UNRENDERABLE)
def test_unrenderable_changes_name_the_object(change: C.Change, message: str | None) -> None:
    if message is None:  # MariaDB has sequences, MySQL 8 does not
        assert MARIADB.render(change).sql == "CREATE SEQUENCE `s`"
        with pytest.raises(UnsupportedError, match="sequence s: MySQL has no sequences"):
            MYSQL8.render(change)
        return
    with pytest.raises(UnsupportedError, match=message):
        MARIADB.render(change)


def test_every_inverse_renders() -> None:
    for change, _ in RENDER:
        if isinstance(change, C.SetComment) and change.target == "constraint" and change.name != "PRIMARY":
            with pytest.raises(UnsupportedError, match="constraint t.c1"):
                MARIADB.render(change.inverse())  # putting a constraint comment back is impossible
            continue
        assert MARIADB.render(change.inverse()).sql is not None


def test_quoting_and_literals() -> None:
    assert MARIADB.quote("we`ird") == "`we``ird`"
    assert MARIADB.literal("it's a \\ back") == "'it''s a \\\\ back'"


# --- expressions: neutral SQL -> MariaDB's printed form -------------------------------------------

DEFAULTS = [
    # neutral default, column type, scale -> COLUMN_DEFAULT as MariaDB prints it
    ("0", "numeric", 2, "0.00"),
    ("1.50", "double", None, "1.5"),
    ("'7'", "integer", None, "7"),
    ("7", "varchar", None, "'7'"),
    ("true", "boolean", None, "1"),
    ("NULL", "integer", None, None),
    ("now()", "timestamptz", None, "current_timestamp()"),
    ("CURRENT_TIMESTAMP(3)", "timestamp", None, "current_timestamp(3)"),
    ("'it''s'", "varchar", None, "'it''s'"),
    ("(1 + 2)", "integer", None, "(1 + 2)"),
    ("concat('a', lower('B'))", "varchar", None, "concat('a',lcase('B'))"),
]


@pytest.mark.parametrize(("expr", "type_name", "scale", "printed"), DEFAULTS)
def test_default_printed(expr: str, type_name: str, scale, printed) -> None:
    assert default_printed(expr, type_name, scale, "t.c") == printed


@pytest.mark.parametrize(("expr", "printed"), [
    ("b > 0 AND a < 10", "`b` > 0 and `a` < 10"),
    ("j IN ('a', 'b')", "`j` in ('a','b')"),
    ("j LIKE 'x%' OR j IS NULL", "`j` like 'x%' or `j` is null"),
])
def test_expression_printed(expr: str, printed: str) -> None:
    assert expression_printed(expr, "t") == printed


# (check as written in .sqlx, as MariaDB's CHECK_CONSTRAINTS prints it): the same for the
# SQL a user writes and for the text a plan renders
CHECKS = [
    ("flag", "`flag`"),
    ("not flag", "`flag` = 0"),
    ("flag = true", "`flag` = 1"),
    ("length(s) > 3", "octet_length(`s`) > 3"),  # length counts bytes in MySQL
    ("char_length(s) <= 100", "char_length(`s`) <= 100"),
    ("s regexp '^[a-z]'", "`s` regexp '^[a-z]'"),
    ("s not regexp 'x'", "!(`s` regexp 'x')"),
    ("s not like 'x%'", "`s`  not like 'x%'"),
    ("i not between 0 and 10", "`i` not between 0 and 10"),
    ("i % 2 = 0", "`i` MOD 2 = 0"),
    ("s is not null", "`s` is not null"),
    ("ifnull(i, 0) > 0", "ifnull(`i`,0) > 0"),
    ("e in ('a')", "`e` = 'a'"),
    ("s in ('a', 'b')", "`s` in ('a','b')"),
    ("upper(s) = 'X'", "ucase(`s`) = 'X'"),
    ('"s" <> \'\'', "`s` <> ''"),  # a double-quoted name is a name, as everywhere in .sqlx
    # string constants are data: no operator spelling is rewritten inside them
    ("s <> 'a % b not like c = true'", "`s` <> 'a % b not like c = true'"),
]


@pytest.mark.parametrize(("expr", "printed"), CHECKS)
def test_checks_print_as_mariadb_keeps_them(mysql_url: str, expr: str, printed: str) -> None:
    from sqlxc.connection import connect, parse_url
    from tests.dbs import run_sql

    ours = expression_printed(expr, "t")
    columns = "i int, s varchar(20), flag boolean, e enum('a','b')"
    user_sql = expr.replace('"', "`")
    run_sql(mysql_url, f"CREATE TABLE a ({columns}, CONSTRAINT k CHECK ({user_sql})); "
                       f"CREATE TABLE b ({columns}, CONSTRAINT k CHECK ({ours}))")
    conn = connect(parse_url(mysql_url))
    try:
        cur = conn.cursor()
        cur.execute("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                    "WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'k' ORDER BY TABLE_NAME")
        server = [r[0] for r in cur.fetchall()]
    finally:
        conn.close()
    assert (server, ours, expression_printed(printed, "t")) == ([printed] * 2, printed, printed)


# --- lowering: neutral schema -> what introspection reads -------------------------------------------


def test_lower_fills_server_names_and_inlines_enums() -> None:
    neutral = Schema(
        enums=(Enum(name="status", values=("new", "paid")),),
        tables=(
            Table(name="users", columns=(col("id", "bigserial"), col("email", "varchar", 100)),
                  primary_key=PrimaryKey(columns=("id",)), uniques=(Unique(columns=("email",)),)),
            Table(name="orders",
                  columns=(col("id", "integer"), col("user_id", "bigint"), col("status", "status", default="'new'"),
                           col("total", "numeric", 12, 2, default="0"), col("ok", "boolean", default="false")),
                  primary_key=PrimaryKey(columns=("id",)),
                  indexes=(Index(keys=(IndexKey(column="status"),)), Index(keys=(IndexKey(column="status"),
                                                                                  IndexKey(column="id"),))),
                  foreign_keys=(ForeignKey(columns=("user_id",), ref_table="users", ref_columns=("id",),
                                           on_delete="restrict"),),
                  checks=(Check(expr="total >= 0"),)),
        ),
    )
    lowered = MARIADB.lower(neutral)
    users, orders = lowered.table("users"), lowered.table("orders")
    assert users.column("id") == col("id", "bigint", identity=Identity())
    assert users.column("email").collation == "utf8mb4_general_ci"
    assert users.primary_key == PrimaryKey(name="PRIMARY", columns=("id",))
    assert [i.name for i in users.indexes] == ["email"]
    assert orders.column("status").type == Type(name="enum", values=("new", "paid"))
    assert orders.column("status").default == "'new'"
    assert orders.column("total").default == "0.00"
    assert orders.column("ok") == col("ok", "boolean", default="0")
    assert [i.name for i in orders.indexes] == ["status", "status_2", "user_id"]
    assert orders.foreign_keys == (ForeignKey(name="orders_ibfk_1", columns=("user_id",), ref_table="users",
                                              ref_columns=("id",)),)
    assert orders.checks == (Check(name="CONSTRAINT_1", expr="`total` >= 0"),)
    assert lowered.enums == ()
    assert MYSQL8.lower(neutral).table("orders").checks[0].name == "orders_chk_1"


def test_lower_names_fk_index_after_a_named_constraint() -> None:
    t = Table(name="c", columns=(col("pid"),),
              foreign_keys=(ForeignKey(name="fk_p", columns=("pid",), ref_table="p", ref_columns=("id",)),))
    assert [i.name for i in MARIADB.lower(Schema(tables=(t,))).tables[0].indexes] == ["fk_p"]


def test_lower_reports_every_unsupported_object() -> None:
    neutral = Schema(tables=(
        Table(name="t", columns=(col("a", "integer"), Column(name="b", type=Type(name="integer", array=1)),
                                 col("c", "tsvector")),
              indexes=(Index(name="p", keys=(IndexKey(column="a"),), where="a > 0"),
                       Index(name="g", keys=(IndexKey(column="a"),), method="gin"))),
    ))
    with pytest.raises(UnsupportedError) as err:
        MARIADB.lower(neutral)
    objects = [(d.object, d.message) for d in err.value.diagnostics]
    assert objects == [
        ("column t.b", "MySQL has no array types"),
        ("column t.c", "type tsvector does not exist on MySQL/MariaDB"),
        ("index t.p", "MySQL has no partial indexes"),
        ("index t.g", "MySQL has no gin indexes"),
    ]
