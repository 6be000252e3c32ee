"""`sqlxc import`: DDL dumps -> AIR -> .sqlx, with what was left out reported by line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sqlxc.air.canonical import to_data
from sqlxc.cli.main import main
from sqlxc.importer import import_sql

DATA = Path(__file__).parent / "data"



def _imp(sql: str, dialect: str = "postgres"):
    r = import_sql(sql, dialect, "in.sql")
    return to_data(r.schema), [(w.location.line, w.code, w.message) for w in r.warnings]


def test_pg_dump_tables_exact():
    schema, warnings = _imp((DATA / "pg_dump.sql").read_text())
    orders, users = schema["tables"]
    assert orders == {
        "name": "orders",
        "columns": [
            {"name": "id", "type": {"name": "serial"}},
            {"name": "user_id", "type": {"name": "bigint"}},
            {"name": "status", "type": {"name": "order_status"}, "default": "'pending'"},
            {"name": "total", "type": {"name": "numeric", "args": [12, 2]}, "default": "0"},
            {"name": "placed_at", "type": {"name": "timestamp"}, "nullable": True},
        ],
        "primary_key": {"columns": ["id"]},
        "indexes": [
            {"name": "orders_partial", "keys": [{"column": "user_id"}], "unique": True,
             "where": "status = 'pending'"},
            {"name": "orders_user_idx", "keys": [{"column": "user_id"}, {"column": "placed_at", "desc": True}]},
        ],
        "foreign_keys": [{"columns": ["user_id"], "ref_table": "users", "ref_columns": ["id"],
                          "on_delete": "cascade"}],
        "checks": [{"expr": "total >= 0"}],
    }
    assert users["columns"][0] == {"name": "id", "type": {"name": "bigint"}, "identity": {"always": True}}
    assert users["columns"][1]["comment"] == "login"
    assert users["comment"] == "people"
    assert users["uniques"] == [{"columns": ["email"]}]
    assert schema["enums"] == [{"name": "order_status", "values": ["pending", "paid", "shipped"]}]
    assert schema["views"] == [{"name": "recent_orders", "definition":
                                "SELECT o.id, u.email FROM (orders AS o JOIN users AS u ON ((u.id = o.user_id)))"}]
    assert "sequences" not in schema  # the serial's own sequence is implied by the serial type
    assert warnings == [(38, "I101", "CREATE FUNCTION not translated: .sqlx does not model functions")]


def test_mysqldump_exact():
    schema, warnings = _imp((DATA / "mysqldump.sql").read_text(), "mysql")
    orders, users = schema["tables"]
    assert orders["columns"][0] == {"name": "id", "type": {"name": "integer", "unsigned": True}, "identity": {}}
    assert orders["columns"][2] == {"name": "total", "type": {"name": "numeric", "args": [12, 2]}, "default": "0.00"}
    assert orders["foreign_keys"] == [{"name": "orders_fk", "columns": ["user_id"], "ref_table": "users",
                                       "ref_columns": ["id"], "on_delete": "cascade"}]
    assert orders["checks"] == [{"name": "total_ck", "expr": "total >= 0"}]
    assert orders["mysql"] == {"engine": "InnoDB", "charset": "utf8mb4", "collation": "utf8mb4_general_ci"}
    assert [c["type"] for c in users["columns"]] == [
        {"name": "bigint"}, {"name": "varchar", "args": [320]}, {"name": "text"}, {"name": "char", "args": [2]},
        {"name": "timestamptz"}, {"name": "enum", "values": ["a", "b"]}]
    assert users["columns"][4]["default"] == "CURRENT_TIMESTAMP()"  # sqlglot's neutral spelling
    assert users["indexes"] == [{"keys": [{"column": "email"}], "unique": True}]  # MySQL's default name
    # the placeholder view mysqldump creates first is replaced by the real one
    assert schema["views"] == [{"name": "recent_orders", "definition":
                                "SELECT o.id AS id, u.email AS email FROM (orders AS o JOIN users AS u ON (u.id = o.user_id))"}]
    assert warnings == []


@pytest.mark.parametrize("sql, expected", [
    ("CREATE TABLE t (a int NOT NULL, b varchar(10));",
     {"name": "t", "columns": [{"name": "a", "type": {"name": "integer"}},
                               {"name": "b", "type": {"name": "varchar", "args": [10]}, "nullable": True}]}),
    ("CREATE TABLE t (a int PRIMARY KEY, b text UNIQUE, c int REFERENCES u(id) ON DELETE SET NULL);",
     {"name": "t", "columns": [{"name": "a", "type": {"name": "integer"}},
                               {"name": "b", "type": {"name": "text"}, "nullable": True},
                               {"name": "c", "type": {"name": "integer"}, "nullable": True}],
      "primary_key": {"columns": ["a"]}, "uniques": [{"columns": ["b"]}],
      "foreign_keys": [{"columns": ["c"], "ref_table": "u", "ref_columns": ["id"], "on_delete": "set null"}]}),
    ("CREATE TABLE t (a int, CONSTRAINT my_pk PRIMARY KEY (a), CONSTRAINT t_a_check CHECK (a > 0));",
     {"name": "t", "columns": [{"name": "a", "type": {"name": "integer"}}],
      "primary_key": {"name": "my_pk", "columns": ["a"]}, "checks": [{"expr": "a > 0"}]}),
    ("CREATE TABLE t (a int[] NOT NULL, b bytea NOT NULL, c real NOT NULL, d double precision NOT NULL);",
     {"name": "t", "columns": [{"name": "a", "type": {"name": "integer", "array": 1}},
                               {"name": "b", "type": {"name": "bytea"}},
                               {"name": "c", "type": {"name": "real"}},
                               {"name": "d", "type": {"name": "double"}}]}),
])
def test_pg_table_cases(sql, expected):
    schema, warnings = _imp(sql)
    assert schema["tables"] == [expected]
    assert warnings == []


def test_pg_index_nulls_and_method():
    schema, _ = _imp("CREATE TABLE t (a int NOT NULL, b jsonb NOT NULL);\n"
                     "CREATE INDEX t_a_idx ON t (a DESC NULLS LAST);\n"
                     "CREATE INDEX gin_b ON t USING gin (b);\n")
    assert schema["tables"][0]["indexes"] == [
        {"name": "gin_b", "keys": [{"column": "b"}], "method": "gin"},
        {"keys": [{"column": "a", "desc": True, "nulls_first": False}]},  # default name left out
    ]


def test_identity_options_other_than_default_are_kept():
    schema, _ = _imp("CREATE TABLE t (id bigint NOT NULL);\n"
                     "ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (\n"
                     "  SEQUENCE NAME t_id_seq START WITH 100 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 5\n);\n")
    assert schema["tables"][0]["columns"][0]["identity"] == {"start": 100, "cache": 5}


def test_sequence_not_owned_by_a_serial_stays_a_sequence():
    schema, _ = _imp("CREATE SEQUENCE counter AS integer START WITH 10 INCREMENT BY 2;\n"
                     "CREATE TABLE t (n integer NOT NULL);\n"
                     "ALTER TABLE ONLY t ALTER COLUMN n SET DEFAULT nextval('counter'::regclass);\n")
    assert schema["sequences"] == [{"name": "counter", "type": "integer", "start": 10, "increment": 2}]
    assert schema["tables"][0]["columns"][0]["default"] == "nextval('counter')"


def test_warnings_name_lines_and_keep_going():
    sql = ("CREATE TABLE a (id int NOT NULL);\n"
           "CREATE TRIGGER trg AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
           "\n"
           "CREATE TABLE b (\n"
           "  id int NOT NULL,\n"
           "  x int NOT NULL CHECK (,\n"
           "  y int);\n"
           "INSERT INTO a VALUES (1);\n"
           "CREATE TABLE c (id int NOT NULL);\n")
    schema, warnings = _imp(sql)
    assert [t["name"] for t in schema["tables"]] == ["a", "c"]
    lines = [(line, code) for line, code, _ in warnings]
    assert lines == [(2, "I101"), (6, "I100"), (8, "I101")]
    assert warnings[2][2] == "statement INSERT INTO … not translated: only DDL that defines the schema is imported"


def test_alter_before_create_is_reported():
    _, warnings = _imp("ALTER TABLE ONLY ghost ADD CONSTRAINT ghost_pkey PRIMARY KEY (id);\n")
    assert warnings == [(1, "I101", "ALTER TABLE ghost: table ghost is not defined before this statement")]


def test_unknown_type_is_kept_and_reported():
    schema, warnings = _imp("CREATE TABLE t (g public.geography NOT NULL);\n")
    assert schema["tables"][0]["columns"][0]["type"] == {"name": "public.geography"}
    assert warnings == [(1, "I102", "column t.g: type public.geography has no .sqlx equivalent")]


# --- the command ---------------------------------------------------------------


def test_cli_missing_file(capsys):
    assert main(["import", "nope.sql", "--dialect", "postgres"]) == 2
    assert capsys.readouterr().err == "sqlxc: error: nope.sql: no such file\n"


def test_cli_bad_dialect(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["import", "x.sql", "--dialect", "oracle"])
    assert exit_.value.code == 2
    assert "invalid choice: 'oracle'" in capsys.readouterr().err


def test_cli_nothing_usable(tmp_path, capsys):
    f = tmp_path / "junk.sql"
    f.write_text("SET x = 1;\nSELECT 1;\n")
    assert main(["import", str(f), "--dialect", "postgres"]) == 1
    err = capsys.readouterr().err
    assert f"{f}:2:1: warning I101: statement SELECT 1 … not translated" in err
    assert err.endswith(f"sqlxc: error: {f}: no table, view, enum or sequence could be imported\n"
                        "  hint: is this a schema dump (pg_dump --schema-only, mysqldump --no-data)?\n")


def test_cli_not_utf8(tmp_path, capsys):
    f = tmp_path / "latin1.sql"
    f.write_bytes(b"CREATE TABLE t (a int);\n-- caf\xe9\n")
    assert main(["import", str(f), "--dialect", "mysql"]) == 1
    assert capsys.readouterr().err.startswith(f"sqlxc: error: {f}:2: not UTF-8 text (byte 0xe9)\n")


def test_cli_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "app.sqlx"
    out.write_text("keep me")
    assert main(["import", str(DATA / "pg_dump.sql"), "--dialect", "pg", "-o", str(out), "--offline"]) == 1
    assert out.read_text() == "keep me"
    assert f"{out} already exists; not overwriting it" in capsys.readouterr().err


def test_cli_warnings_as_json_on_stderr(tmp_path, capsys):
    f = tmp_path / "t.sql"
    f.write_text("CREATE EXTENSION citext;\n")
    assert main(["import", str(f), "--dialect", "pg", "--format", "json"]) == 1
    err = capsys.readouterr().err
    data = json.loads(err[:err.index("\nsqlxc: error")] if "\nsqlxc: error" in err else err.split("{\"error\"")[0])
    assert data["diagnostics"][0]["code"] == "I101" and data["diagnostics"][0]["line"] == 1


@pytest.mark.parametrize("dump, dialect", [("pg_dump.sql", "postgres"), ("mysqldump.sql", "mysql")])
def test_cli_writes_sqlx_that_compiles_back_to_the_same_air(tmp_path, capsys, dump, dialect):
    from sqlxc.air.canonical import canonical
    from sqlxc.dsl import compile_paths

    out = tmp_path / "schema" / "app.sqlx"
    assert main(["import", str(DATA / dump), "--dialect", dialect, "-o", str(out), "--offline"]) == 0
    err = capsys.readouterr().err
    imported = import_sql((DATA / dump).read_text(), dialect, str(DATA / dump))
    n = len(imported.warnings)
    assert err.endswith(f"wrote {out}" + (f" ({n} statement(s) not translated, see above)\n" if n else "\n"))
    assert to_data(canonical(compile_paths([out]))) == to_data(imported.schema)


def test_cli_prints_sqlx_on_stdout(capsys):
    assert main(["import", str(DATA / "mysqldump.sql"), "--dialect", "mariadb", "--offline"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("table orders {\n")
    assert err == ""


# --- against the real servers: dump, import, lower == what the server has --------


def _dump(dialect: str, url: str) -> str:
    import shutil
    import subprocess

    from sqlxc.connection import parse_url

    u = parse_url(url)
    if dialect == "postgres":
        cmd = ["pg_dump", "--schema-only", "-d", url]
    else:
        cmd = ["mysqldump", "--no-data", "-h", u.host or "127.0.0.1", "-P", str(u.port or 3306),
               "-u", u.user or "root", u.database]
        if u.password:
            cmd.insert(1, f"-p{u.password}")
    if not shutil.which(cmd[0]):
        pytest.fail(f"{cmd[0]} is needed (it comes with the database server's client package)")
    return subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout


def _rebuilt(schema, dialect: str) -> dict:
    """``schema`` built in a scratch database on the test server and read back."""
    from sqlxc.air.canonical import canonical
    from sqlxc.connection import parse_url
    from sqlxc.devdb import normalize
    from tests.dbs import base_url

    return to_data(canonical(normalize(schema, parse_url(base_url(dialect)))))


def _live(dialect: str, source: str) -> tuple[dict, str]:
    """(catalog AIR, pg_dump/mysqldump text) of a database built from ``source``."""
    from sqlxc.air.canonical import canonical
    from sqlxc.introspect import introspect
    from tests.dbs import run_sql, scratch

    with scratch(dialect) as url:
        run_sql(url, (DATA / source).read_text())
        live = to_data(canonical(introspect(url)))
        dump = _dump(dialect, url)
    return live, dump


SOURCES = [("postgres", "source_pg.sql"), ("mysql", "source_mysql.sql")]


@pytest.mark.db
@pytest.mark.parametrize("dialect, source", SOURCES)
def test_offline_import_of_a_live_dump_rebuilds_the_same_database(dialect, source):
    """pg_dump/mysqldump of a real database, imported with sqlglot alone, builds a
    database whose catalogs equal the original's (views included)."""
    live, dump = _live(dialect, source)
    result = import_sql(dump, dialect, "dump.sql")
    live.pop("opaque", None)  # the function: offline, it is reported below instead
    assert _rebuilt(result.schema, dialect) == live
    # what the dump held that .sqlx cannot say was reported, with its line
    expected = {"postgres": ["CREATE FUNCTION not translated: .sqlx does not model functions"], "mysql": []}
    assert [w.message for w in result.warnings] == expected[dialect]


@pytest.mark.db
@pytest.mark.parametrize("dump, source, dialect", [("pg_dump.sql", "source_pg.sql", "postgres"),
                                                   ("mysqldump.sql", "source_mysql.sql", "mysql")])
def test_migrate_diff_loads_dumps_into_a_scratch_server(capsys, dump, source, dialect):
    """A dump (psql's \\restrict, MySQL's versioned comments and all) and the DDL it
    came from are the same schema: migrate diff prints nothing."""
    assert main(["migrate", "diff", "--from", str(DATA / dump), "--to", str(DATA / source),
                 "--dialect", dialect, "--format", "sql"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.db
@pytest.mark.parametrize("dialect, source", SOURCES)
def test_cli_through_a_server_rebuilds_the_same_database(tmp_path, capsys, dialect, source):
    """With a server, the dump is loaded into a scratch database and introspected:
    the .sqlx it writes builds a database whose catalogs equal the original's,
    its functions included (raw objects, which sqlglot alone cannot translate)."""
    from sqlxc.dsl import compile_paths
    from tests.dbs import base_url

    live, dump = _live(dialect, source)
    (tmp_path / "dump.sql").write_text(dump)
    out = tmp_path / "app.sqlx"
    assert main(["import", str(tmp_path / "dump.sql"), "--dialect", dialect, "-o", str(out),
                 "--dev-url", base_url(dialect)]) == 0
    err = capsys.readouterr().err
    assert "not translated" not in err
    assert _rebuilt(compile_paths([out]), dialect) == live


def test_cli_unreachable_dev_url(capsys):
    assert main(["import", str(DATA / "pg_dump.sql"), "--dialect", "pg",
                 "--dev-url", "postgresql://nobody@127.0.0.1:1/x"]) == 2
    assert "sqlxc: error: cannot reach the server at 127.0.0.1:1/x" in capsys.readouterr().err


def test_cli_dev_url_of_the_other_dialect(capsys):
    assert main(["import", str(DATA / "pg_dump.sql"), "--dialect", "pg", "--dev-url", "mysql://root@127.0.0.1/"]) == 2
    assert "--dev-url is a mysql server but the dump is postgres" in capsys.readouterr().err


@pytest.mark.db
def test_cli_script_rejected_by_the_server(tmp_path, capsys):
    from tests.dbs import base_url

    f = tmp_path / "bad.sql"
    f.write_text("CREATE TABLE a (id int);\nCREATE TABLE b (id int REFERENCES nowhere (id));\n")
    assert main(["import", str(f), "--dialect", "pg", "--dev-url", base_url("postgres")]) == 1
    err = capsys.readouterr().err
    assert 'rejected the script: relation "nowhere" does not exist' in err
    assert "hint: fix the dump, or pass --offline to translate it with sqlglot alone" in err


def test_cli_no_server_falls_back_to_sqlglot(capsys, monkeypatch):
    monkeypatch.setenv("SQLXC_DEV_MYSQL_URL", "mysql://root@127.0.0.1:1/")
    assert main(["import", str(DATA / "mysqldump.sql"), "--dialect", "mysql"]) == 0
    out, err = capsys.readouterr()
    assert err == "sqlxc: note: no mysql server reachable; translated with sqlglot (pass --dev-url to use a server)\n"
    assert out.startswith("table orders {\n")
