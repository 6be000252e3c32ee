"""Table storage parameters (`with (k = v)`) and view column comments
(`@column_comment(col, "…")`): syntax, exact errors, printing, lowering, and the
round trip a live PostgreSQL database -> inspect -> .sqlx -> compile."""
from __future__ import annotations

import pytest

from sqlxc.cli.output import format_text as format_diag
from sqlxc.dialects import get
from sqlxc.dsl import Source, check_sources, compile_text
from sqlxc.dsl.fmt import format_text
from sqlxc.dsl.printer import to_sqlx
from sqlxc.errors import UnsupportedError
from tests.dbs import run_sql

SCHEMA = '''table users {
  id     bigint  @pk
  email  text
  name   text?

  with (fillfactor = 70, autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.05,
        log_autovacuum_min_duration = -1)
}

@comment("who") @column_comment(email, "login e-mail") @column_comment("id", "it's the key")
view user_emails = """SELECT id, email FROM users"""
'''


def test_compiles_to_air_in_written_order():
    s = compile_text(SCHEMA)
    assert s.tables[0].params == (("fillfactor", "70"), ("autovacuum_enabled", "false"),
                                  ("autovacuum_vacuum_scale_factor", "0.05"), ("log_autovacuum_min_duration", "-1"))
    assert s.views[0].column_comments == (("email", "login e-mail"), ("id", "it's the key"))


def test_keys_are_case_insensitive_values_as_written():
    s = compile_text('table t {\n  id int @pk\n  with (FillFactor = "80", Autovacuum_Enabled = off)\n}\n')
    assert s.tables[0].params == (("fillfactor", "80"), ("autovacuum_enabled", "off"))


def test_printer_round_trips():
    s = compile_text(SCHEMA)
    text = to_sqlx(s)
    assert "  with (fillfactor = 70, autovacuum_enabled = false, autovacuum_vacuum_scale_factor = 0.05, " \
           "log_autovacuum_min_duration = -1)\n" in text
    assert '@comment("who") @column_comment(email, "login e-mail") @column_comment(id, "it\'s the key")\n' in text
    assert compile_text(text) == s


def test_fmt_keeps_the_items():
    src = 'table t{id int @pk\nwith(fillfactor=70 , autovacuum_enabled=false)}\n' \
          '@column_comment( id ,"x")\nview v as (select id from t)\n'
    out = format_text(src)
    assert out == ('table t {\n  id  int  @pk\n  with (fillfactor = 70, autovacuum_enabled = false)\n}\n\n'
                   '@column_comment(id, "x")\nview v as (select id from t)\n')
    assert format_text(out) == out
    assert compile_text(out) == compile_text(src)


ERRORS = [
    ('table t {\n  id int @pk\n  with (fill = 1)\n}\n',
     "s.sqlx:3:9: error E220: unknown table storage parameter 'fill'\n     3 |   with (fill = 1)\n"
     "       |         ^^^^\n  hint: PostgreSQL's CREATE TABLE storage parameters: fillfactor, autovacuum_enabled, …"),
    ('table t {\n  id int @pk\n  with (filfactor = 1)\n}\n',
     "s.sqlx:3:9: error E220: unknown table storage parameter 'filfactor'\n     3 |   with (filfactor = 1)\n"
     "       |         ^^^^^^^^^\n  hint: did you mean fillfactor?"),
    ('table t {\n  id int @pk\n  with ("toast.autovacuum_enabled" = false)\n}\n',
     "s.sqlx:3:9: error E220: TOAST storage parameter toast.autovacuum_enabled is not supported\n"
     '     3 |   with ("toast.autovacuum_enabled" = false)\n       |         ^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
     "  hint: set toast.* parameters by hand; sqlxc models the table's own parameters"),
    ('table t {\n  id int @pk\n  with (fillfactor = 1, FillFactor = 2)\n}\n',
     "s.sqlx:3:25: error E203: table storage parameter fillfactor given twice\n"
     "     3 |   with (fillfactor = 1, FillFactor = 2)\n       |                         ^^^^^^^^^^\n  hint: keep one"),
    ('table t {\n  id int @pk\n  with (fillfactor)\n}\n',
     "s.sqlx:3:9: error E220: table storage parameter fillfactor needs a value\n     3 |   with (fillfactor)\n"
     "       |         ^^^^^^^^^^\n  hint: fillfactor = …"),
    ('table t {\n  id int @pk\n  with (fillfactor = 1)\n  with (fillfactor = 3)\n}\n',
     "s.sqlx:4:3: error E203: table storage parameters (with) given twice\n     4 |   with (fillfactor = 3)\n"
     "       |   ^^^^\n  hint: merge them into one with (…)"),
    ('table t {\n  id int @pk\n  with text\n}\n',
     "s.sqlx:3:8: error E101: unexpected 'text'\n     3 |   with text\n       |        ^^^^\n"
     '  hint: to name a column with, quote it: "with"'),
    ('table t {\n  id int @pk\n}\n@column_comment(id, "a") @column_comment(id, "b")\nview v as (SELECT id FROM t)\n',
     "s.sqlx:4:26: error E221: @column_comment for column 'id' given twice\n"
     '     4 | @column_comment(id, "a") @column_comment(id, "b")\n       |                          ^^^^^^^^^^^^^^^\n'
     "  hint: keep one value per key"),
    ('table t {\n  id int @pk\n}\n@column_comment(nope, "a")\nview v as (SELECT id FROM t)\n',
     "s.sqlx:4:17: error E204: view 'v' has no column 'nope'\n     4 | @column_comment(nope, \"a\")\n"
     "       |                 ^^^^\n  hint: known columns: id"),
    ('table t {\n  id int @pk\n}\n@column_comment(nope, "a")\nview v (k) as (SELECT id FROM t)\n',
     "s.sqlx:4:17: error E204: view 'v' has no column 'nope'\n     4 | @column_comment(nope, \"a\")\n"
     "       |                 ^^^^\n  hint: known columns: k"),
    ('table t {\n  id int @pk\n}\n@column_comment(id)\nview v as (SELECT id FROM t)\n',
     's.sqlx:4:1: error E217: @column_comment takes a column and a "string": @column_comment(email, "login")\n'
     "     4 | @column_comment(id)\n       | ^^^^^^^^^^^^^^^\n  hint: see docs/language.md, decorators"),
    ('@column_comment(id, "x")\ntable t {\n  id int @pk\n}\n',
     "s.sqlx:1:1: error E217: @column_comment cannot be used on a table\n     1 | @column_comment(id, \"x\")\n"
     "       | ^^^^^^^^^^^^^^^\n  hint: @column_comment applies to: view"),
]


@pytest.mark.parametrize("text,expected", ERRORS)
def test_errors(text, expected):
    _, diags = check_sources([Source("s.sqlx", text)])
    assert "\n".join(format_diag(d) for d in diags) == expected


def test_star_view_comments_are_not_checked_against_its_columns():
    s = compile_text('table t {\n  id int @pk\n}\n@column_comment(id, "k")\nview v as (SELECT * FROM t)\n')
    assert s.views[0].column_comments == (("id", "k"),)


def test_postgres_lowering_drops_empty_column_comments():
    s = compile_text('table t {\n  id int @pk\n}\n@column_comment(id, "")\nview v as (SELECT id FROM t)\n')
    assert get("postgres").lower(s).views[0].column_comments == ()


def test_mysql_refuses_both_naming_the_objects():
    with pytest.raises(UnsupportedError) as exc:
        get("mysql").lower(compile_text(SCHEMA))
    assert str(exc.value) == (
        "3 object(s) cannot be expressed on MySQL/MariaDB: table users: MySQL tables have no storage parameters "
        "(with (…)); view user_emails: MySQL views keep no comment; "
        "view user_emails: MySQL views keep no column comments")


def test_inspect_to_sqlx_compiles_to_the_same_schema(pg_url):
    from sqlxc.introspect import introspect

    run_sql(pg_url, """
        CREATE TABLE users (id bigint PRIMARY KEY, email text)
            WITH (autovacuum_enabled = off, fillfactor = 70, toast_tuple_target = 256);
        CREATE VIEW user_emails AS SELECT id, email AS "E-mail" FROM users;
        COMMENT ON COLUMN user_emails."E-mail" IS 'login "mail"';
        COMMENT ON COLUMN user_emails.id IS 'key';
    """)
    live = introspect(pg_url)
    assert live.tables[0].params == (("autovacuum_enabled", "off"), ("fillfactor", "70"),
                                     ("toast_tuple_target", "256"))
    assert live.views[0].column_comments == (("E-mail", 'login "mail"'), ("id", "key"))
    assert live.opaque == ()
    assert get("postgres").lower(compile_text(to_sqlx(live))) == live
