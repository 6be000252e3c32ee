"""MariaDB introspection: plain DDL in, exact AIR out; a fixed number of
queries whatever the size of the schema; sqlx_* tables left out; tags read
from sqlx_tags; what the model cannot express detected as Opaque."""
from __future__ import annotations

import pytest

from sqlxc.air.model import (
    Check,
    Column,
    ForeignKey,
    Generated,
    Identity,
    Index,
    IndexKey,
    MySQLTableOptions,
    PrimaryKey,
    Sequence,
    Table,
    Tags,
    Type,
    View,
)
from sqlxc.connection import connect, parse_url
from sqlxc.introspect import introspect
from sqlxc.introspect.mysql import introspect as introspect_conn
from sqlxc.introspect.mysql import server_info
from tests.dbs import run_sql

pytestmark = pytest.mark.db

U8 = {"charset": "utf8mb4", "collation": "utf8mb4_general_ci"}

DDL = """
CREATE TABLE p (id INT PRIMARY KEY);
CREATE TABLE t (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  email VARCHAR(100) NOT NULL COMMENT 'login',
  name VARCHAR(50) CHARACTER SET latin1 DEFAULT 'it''s',
  price DECIMAL(8,2) NOT NULL DEFAULT 0 CHECK (price >= 0),
  data JSON,
  state ENUM('a','b') NOT NULL DEFAULT 'a',
  flag BOOLEAN DEFAULT TRUE,
  made TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  twice INT AS (id * 2) VIRTUAL,
  hidden INT INVISIBLE,
  pid INT,
  PRIMARY KEY (id),
  UNIQUE KEY email (email(20) DESC) COMMENT 'unique login',
  KEY by_name (name, state) IGNORED,
  CONSTRAINT fk_p FOREIGN KEY (pid) REFERENCES p (id) ON DELETE SET NULL ON UPDATE NO ACTION,
  CHECK (hidden > 0)
) ENGINE=InnoDB ROW_FORMAT=COMPACT STATS_PERSISTENT=0 COMMENT 'main';
CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW v AS SELECT id, email FROM t WHERE id > 1 WITH CASCADED CHECK OPTION;
"""

EXPECTED_T = Table(
    name="t",
    columns=(
        Column(name="id", type=Type(name="integer", unsigned=True), identity=Identity()),
        Column(name="email", type=Type(name="varchar", args=(100,)), comment="login", **U8),
        Column(name="name", type=Type(name="varchar", args=(50,)), nullable=True, default="'it''s'",
               charset="latin1", collation="latin1_swedish_ci"),
        Column(name="price", type=Type(name="numeric", args=(8, 2)), default="0.00", check="`price` >= 0"),
        Column(name="data", type=Type(name="json"), nullable=True),
        Column(name="state", type=Type(name="enum", values=("a", "b")), default="'a'", **U8),
        Column(name="flag", type=Type(name="boolean"), nullable=True, default="1"),
        Column(name="made", type=Type(name="timestamptz"), default="current_timestamp()",
               on_update="current_timestamp()"),
        Column(name="twice", type=Type(name="integer"), nullable=True,
               generated=Generated(expr="`id` * 2", stored=False)),
        Column(name="hidden", type=Type(name="integer"), nullable=True, invisible=True),
        Column(name="pid", type=Type(name="integer"), nullable=True),
    ),
    primary_key=PrimaryKey(name="PRIMARY", columns=("id",)),
    indexes=(
        Index(name="by_name", keys=(IndexKey(column="name"), IndexKey(column="state")), invisible=True),
        Index(name="email", keys=(IndexKey(column="email", length=20, desc=True),), unique=True,
              comment="unique login"),
        Index(name="fk_p", keys=(IndexKey(column="pid"),)),
    ),
    foreign_keys=(ForeignKey(name="fk_p", columns=("pid",), ref_table="p", ref_columns=("id",),
                             on_delete="set null", on_update="no action"),),
    checks=(Check(name="CONSTRAINT_1", expr="`hidden` > 0"),),
    comment="main",
    mysql=MySQLTableOptions(row_format="COMPACT", create_options=(("stats_persistent", "0"),)),
)


def test_introspect_reads_every_facet(mysql_url: str) -> None:
    run_sql(mysql_url, DDL)
    schema = introspect(mysql_url)
    assert schema.dialect == "mysql"
    assert schema.table("t") == EXPECTED_T
    assert schema.table("p") == Table(name="p", columns=(Column(name="id", type=Type(name="integer")),),
                                      primary_key=PrimaryKey(name="PRIMARY", columns=("id",)))
    assert schema.views == (View(name="v", definition="select `t`.`id` AS `id`,`t`.`email` AS `email` from `t` "
                                 "where `t`.`id` > 1", check_option="cascaded", security_invoker=True,
                                 algorithm="merge"),)
    assert schema.opaque == ()


def test_rendered_table_reads_back_the_same(mysql_url: str) -> None:
    """A table that introspection read, rendered and built again, reads back the same."""
    from sqlxc.dialects import get
    from sqlxc.diff.changes import AddForeignKey, CreateIndex, CreateTable

    run_sql(mysql_url, DDL)
    d = get("mysql")
    bare = EXPECTED_T.model_copy(update={"indexes": (), "foreign_keys": ()})
    script = ";\n".join(
        [d.render(CreateTable(Table(name="p", columns=(Column(name="id", type=Type(name="integer")),),
                                    primary_key=PrimaryKey(name="PRIMARY", columns=("id",))))).sql,
         d.render(CreateTable(bare.model_copy(update={"name": "t2"}))).sql]
        + [d.render(CreateIndex("t2", i)).sql for i in EXPECTED_T.indexes]
        + [d.render(AddForeignKey("t2", f.model_copy(update={"name": "fk_p2"}))).sql
           for f in EXPECTED_T.foreign_keys])
    from tests.dbs import scratch

    with scratch("mysql") as other:
        run_sql(other, script)
        t2 = introspect(other).table("t2")
    expected = EXPECTED_T.model_copy(update={
        "name": "t2",
        "foreign_keys": (EXPECTED_T.foreign_keys[0].model_copy(update={"name": "fk_p2"}),),
    })
    assert t2 == expected


def test_sqlx_tables_are_left_out_and_tags_are_read(mysql_url: str) -> None:
    run_sql(mysql_url, """
        CREATE TABLE users (id INT, email TEXT);
        CREATE TABLE sqlx_migration_ledger (id INT);
        CREATE TABLE sqlx_tags (kind varchar(16) NOT NULL, object varchar(600) NOT NULL, tags text NOT NULL,
                                PRIMARY KEY (kind, object));
        INSERT INTO sqlx_tags VALUES ('column', 'users.email', '{"pii":true,"sensitivity":"high"}'),
                                     ('table', 'users', '{"extra":[["team","core"]],"owner":"crm"}');
    """)
    schema = introspect(mysql_url)
    assert [t.name for t in schema.tables] == ["users"]
    users = schema.table("users")
    assert users.tags == Tags(owner="crm", extra=(("team", "core"),))
    assert users.column("email").tags == Tags(pii=True, sensitivity="high")
    assert users.column("id").tags == Tags()


def test_opaque_objects_are_detected(mysql_url: str) -> None:
    run_sql(mysql_url, """
        CREATE TABLE t (id INT NOT NULL, PRIMARY KEY (id)) PARTITION BY HASH (id) PARTITIONS 2;
        CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.id = NEW.id + 1;
        CREATE PROCEDURE pr() SELECT 1;
        CREATE FUNCTION fn() RETURNS INT DETERMINISTIC RETURN 1;
        CREATE SEQUENCE sq;
    """)
    schema = introspect(mysql_url)
    assert [(o.kind, o.name, o.depends_on) for o in schema.opaque] == [
        ("function", "fn", ()),
        ("partitioning", "t", ("t",)),
        ("procedure", "pr", ()),
        ("trigger", "tr", ("t",)),
    ]
    assert [t.name for t in schema.tables] == ["t"]
    assert schema.sequences == (Sequence(name="sq"),)  # a MariaDB sequence is modelled
    # triggers, routines and partitioning carry the statement that recreates them
    assert {o.name: o.ddl for o in schema.opaque} == {
        "t": "ALTER TABLE `t` PARTITION BY HASH (`id`)\nPARTITIONS 2",
        "fn": "CREATE FUNCTION `fn`() RETURNS int(11)\n    DETERMINISTIC\n    CONTAINS SQL\n    SQL SECURITY DEFINER\n"
              "RETURN 1",
        "pr": "CREATE PROCEDURE `pr`()\n    NOT DETERMINISTIC\n    CONTAINS SQL\n    SQL SECURITY DEFINER\nSELECT 1",
        "tr": "CREATE TRIGGER `tr` BEFORE INSERT ON `t` FOR EACH ROW SET NEW.id = NEW.id + 1",
    }
    before = {o.name: o.fingerprint for o in schema.opaque}
    run_sql(mysql_url, "DROP TRIGGER tr; CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.id = NEW.id + 2;")
    after = {o.name: o.fingerprint for o in introspect(mysql_url).opaque}
    assert [n for n in before if before[n] != after[n]] == ["tr"]


class _Counting:
    """A connection whose cursors count the statements they run."""

    def __init__(self, conn) -> None:
        self.conn, self.count = conn, 0

    def cursor(self):
        outer, cur = self, self.conn.cursor()

        class Cur:
            description = property(lambda s: cur.description)

            def execute(self, sql):
                outer.count += 1
                return cur.execute(sql)

            def fetchall(self):
                return cur.fetchall()

        return Cur()


def _queries(url: str) -> int:
    conn = connect(parse_url(url))
    try:
        counting = _Counting(conn)
        introspect_conn(counting)
        return counting.count
    finally:
        conn.close()


def test_a_fixed_number_of_queries(mysql_url: str) -> None:
    run_sql(mysql_url, "CREATE TABLE t0 (id INT PRIMARY KEY, a INT, KEY (a))")
    one = _queries(mysql_url)
    run_sql(mysql_url, ";".join(f"CREATE TABLE t{i} (id INT PRIMARY KEY, a INT, KEY (a), CHECK (a > 0))"
                                for i in range(1, 15)))
    assert _queries(mysql_url) == one == 14


def test_server_info(mysql_url: str) -> None:
    conn = connect(parse_url(mysql_url))
    try:
        info = server_info(conn)
    finally:
        conn.close()
    assert info.flavor == "mariadb"
    assert info.version[:2] >= (10, 11)


def _compiled_again(url: str):
    """compile(inspect(db)), lowered for this server: what `sqlxc inspect` promises."""
    from sqlxc.dialects import get
    from sqlxc.dsl import compile_text
    from sqlxc.dsl.printer import to_sqlx

    return get("mysql").lower(compile_text(to_sqlx(introspect(url))))


def test_compile_of_inspect_equals_introspect(mysql_url: str) -> None:
    run_sql(mysql_url, DDL)
    assert _compiled_again(mysql_url) == introspect(mysql_url)
