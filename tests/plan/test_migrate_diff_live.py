"""``sqlxc migrate diff`` between two live databases (IDENTICAL.md "The judge"):
only SQL on stdout, nothing when equal, exit codes, refusals."""
from __future__ import annotations

import contextlib
import io

import pytest

from sqlxc.cli.main import main
from tests.dbs import run_sql, scratch

DDL = {
    "postgres": ("CREATE TABLE t (id int PRIMARY KEY, name text);",
                 "CREATE TABLE t (id int PRIMARY KEY, name text, age int);"),
    "mysql": ("CREATE TABLE t (id int PRIMARY KEY, name text);",
              "CREATE TABLE t (id int PRIMARY KEY, name text, age int);"),
}
ADD = {"postgres": "ALTER TABLE t ADD COLUMN age integer;",
       "mysql": "ALTER TABLE `t` ADD COLUMN `age` int NULL;"}


def diff(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["migrate", "diff", *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(params=["postgres", "mysql"])
def pair(request):
    dialect = request.param
    with scratch(dialect) as f, scratch(dialect) as t:
        run_sql(f, DDL[dialect][0])
        run_sql(t, DDL[dialect][1])
        yield dialect, f, t


def test_plan_applies_and_converges(pair):
    dialect, f, t = pair
    code, out, err = diff("--from", f, "--to", t)
    assert (code, err) == (0, "")
    assert out.startswith("-- sqlxc plan mig:")
    assert out.endswith(f"\n-- s0001 add column t.age\n{ADD[dialect]}\n")
    run_sql(f, out)
    assert diff("--from", f, "--to", t) == (0, "", "")
    assert diff("--from", f, "--to", t, "--exit-code") == (0, "", "")


def test_exit_code_and_dialect_checks(pair):
    dialect, f, t = pair
    assert diff("--from", f, "--to", t, "--exit-code")[0] == 1
    other = "mysql" if dialect == "postgres" else "pg"
    code, out, err = diff("--from", f, "--to", t, "--dialect", other)
    assert (code, out) == (2, "") and "does not match" in err


def test_opaque_difference_is_refused(pg_url):
    # a domain's check changes in place (ALTER DOMAIN); its base type cannot
    with scratch("postgres") as t:
        run_sql(pg_url, "CREATE DOMAIN posint AS int CHECK (VALUE > 0);")
        run_sql(t, "CREATE DOMAIN posint AS bigint CHECK (VALUE >= 0);")
        code, out, err = diff("--from", pg_url, "--to", t)
    assert (code, out) == (1, "")
    assert "domain posint: error D101: domain posint is changed; sqlxc does not model domains" in err


def test_changed_function_is_replaced_in_place(pg_url):
    with scratch("postgres") as t:
        run_sql(pg_url, "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42';")
        run_sql(t, "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 43';")
        code, out, err = diff("--from", pg_url, "--to", t)
        assert (code, err) == (0, "")
        assert out.split("\n", 3)[3] == (
            "-- s0001 replace function answer()\n"
            "SET check_function_bodies = off;\n"
            "CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n LANGUAGE sql\nAS $function$SELECT 43$function$;\n")
        run_sql(pg_url, out)
        assert diff("--from", pg_url, "--to", t)[:2] == (0, "")


def test_functions_are_not_dropped_because_a_sqlx_schema_cannot_say_them(pg_url, tmp_path):
    """Replaying functions and triggers is for two servers' schemas: towards a
    .sqlx target a function in the database is refused, never dropped."""
    run_sql(pg_url, "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42';")
    target = tmp_path / "app.sqlx"
    target.write_text("table t {\n  id int @pk\n}\n")
    code, out, err = diff("--from", pg_url, "--to", str(target))
    assert (code, out) == (1, "")
    assert "function answer(): error D101: function answer() is only in the source" in err


def test_unreachable_server_is_a_clean_error():
    code, out, err = diff("--from", "postgresql://nobody@127.0.0.1:1/x", "--to", "postgresql://nobody@127.0.0.1:1/y")
    assert (code, out) == (1, "")
    assert err.startswith("sqlxc: error: cannot connect to postgresql://nobody@127.0.0.1:1/x")


ONBOARD = {
    "postgres": """
        CREATE EXTENSION IF NOT EXISTS citext;
        CREATE DOMAIN posint AS int CHECK (VALUE > 0);
        CREATE TABLE t (id int PRIMARY KEY, n posint, email citext, updated timestamptz);
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
        CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
        CREATE MATERIALIZED VIEW mv AS SELECT id, email FROM t;""",
    "mysql": """
        CREATE TABLE t (id int PRIMARY KEY, n int, updated datetime);
        CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW SET NEW.updated = now();
        CREATE FUNCTION dbl(x int) RETURNS int DETERMINISTIC RETURN x * 2;""",
}
CHANGED = {"postgres": ("NEW.updated := now();", "NEW.updated := clock_timestamp();"),
           "mysql": ("RETURN x * 2", "RETURN x * 3")}


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_an_inspected_database_with_functions_and_triggers_round_trips(dialect, tmp_path):
    """inspect writes functions, triggers, extensions… as raw objects: the .sqlx is
    the database (no difference either way), and a function edited there is replaced."""
    from sqlxc.dsl.printer import to_sqlx
    from sqlxc.introspect import introspect

    with scratch(dialect) as db:
        run_sql(db, ONBOARD[dialect])
        target = tmp_path / "app.sqlx"
        target.write_text(to_sqlx(introspect(db)))
        assert "not modelled" not in target.read_text()
        assert diff("--from", db, "--to", str(target)) == (0, "", "")
        assert diff("--from", str(target), "--to", db) == (0, "", "")
        old, new = CHANGED[dialect]
        text = target.read_text()
        assert old.lower() in text.lower()
        target.write_text(text.replace(old, new).replace(old.lower(), new.lower()))
        code, out, err = diff("--from", db, "--to", str(target))
        assert (code, err) == (0, "")
        assert ("CREATE OR REPLACE FUNCTION public.touch()" if dialect == "postgres" else "DROP FUNCTION `dbl`") in out
        run_sql(db, out)
        assert diff("--from", db, "--to", str(target)) == (0, "", "")
