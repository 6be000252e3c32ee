"""Raw objects: functions, triggers, extensions… written in .sqlx as one server's
own statement (what `sqlxc inspect` prints), compiled, checked, formatted and
printed back."""
from __future__ import annotations

import pytest

from sqlxc.air.model import Opaque, Schema, ddl_fingerprint
from sqlxc.cli.output import format_text
from sqlxc.dialects import get
from sqlxc.diff import changes as C
from sqlxc.dsl import Source, check_sources, compile_text
from sqlxc.dsl.fmt import format_text as fmt
from sqlxc.dsl.printer import to_sqlx

SCHEMA = '''postgres extension hstore = """CREATE EXTENSION IF NOT EXISTS hstore VERSION '1.8'"""

postgres domain posint = """
CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK ((VALUE > 0))
"""

table t {
  id     integer  @pk
  n      posint?
  attrs  hstore?
}

@depends(t)
postgres "materialized view" mv = """
CREATE MATERIALIZED VIEW mv AS
 SELECT t.id
   FROM t
"""

view v = """select id from mv"""

@depends(t)
mysql trigger t_bu = """
CREATE TRIGGER `t_bu` BEFORE UPDATE ON `t` FOR EACH ROW set new.n = 1
"""
'''


def test_compiled_objects_carry_their_statement_and_server():
    s = compile_text(SCHEMA)
    got = {(o.dialect, o.kind, o.name): (o.ddl, o.depends_on) for o in s.opaque}
    assert got == {
        ("postgres", "extension", "hstore"): ("CREATE EXTENSION IF NOT EXISTS hstore VERSION '1.8'", ()),
        # the newlines that open and close the triple quotes are layout, not statement
        ("postgres", "domain", "posint"): ("CREATE DOMAIN posint AS integer CONSTRAINT posint_check "
                                           "CHECK ((VALUE > 0))", ()),
        ("postgres", "materialized view", "mv"): ("CREATE MATERIALIZED VIEW mv AS\n SELECT t.id\n   FROM t", ("t",)),
        ("mysql", "trigger", "t_bu"): ("CREATE TRIGGER `t_bu` BEFORE UPDATE ON `t` FOR EACH ROW set new.n = 1",
                                       ("t",)),
    }
    # the fingerprint is the statement's, as introspection computes it for the same object
    assert all(o.fingerprint == ddl_fingerprint(o.ddl) for o in s.opaque)


def test_each_server_gets_only_its_own_objects():
    s = compile_text(SCHEMA)
    pg = get("postgres").lower(s)
    assert sorted(o.name for o in pg.opaque) == ["hstore", "mv", "posint"]
    assert all(o.dialect is None for o in pg.opaque)
    assert [o.name for o in get("mysql").lower(s.model_copy(update={"tables": (), "views": ()})).opaque] == ["t_bu"]


def test_printer_and_formatter_keep_the_statement_byte_for_byte():
    s = compile_text(SCHEMA)
    assert compile_text(to_sqlx(s)) == s
    assert compile_text(fmt(SCHEMA)) == s
    assert fmt(fmt(SCHEMA)) == fmt(SCHEMA)


def test_printer_names_what_it_cannot_write():
    s = Schema(dialect="postgres", opaque=(
        Opaque(kind="event trigger", name="e", fingerprint="1"),  # no statement
        Opaque(kind="function", name="f()", fingerprint="2", ddl='CREATE FUNCTION f() … """ …'),  # a triple quote
        Opaque(kind="function", name="g()", fingerprint=ddl_fingerprint("CREATE FUNCTION g() …"),
               ddl="CREATE FUNCTION g() …"),
        Opaque(kind="partition", name="p1", fingerprint="4", ddl="CREATE TABLE p1 PARTITION OF …"),  # and more
    ))
    assert to_sqlx(s) == ('postgres function "g()" = """\nCREATE FUNCTION g() …\n"""\n\n'
                          "// not modelled: event trigger e\n// not modelled: function f()\n"
                          "// not modelled: partition p1\n")


ERRORS = [
    ('postgres gizmo g = """x"""\n',
     "s.sqlx:1:10: error E226: postgres has no kind of object 'gizmo' that .sqlx keeps as SQL\n"
     "     1 | postgres gizmo g = \"\"\"x\"\"\"\n       |          ^^^^^\n"
     '  hint: one of: function, trigger, rule, policy, "row level security", domain, "composite type", '
     '"materialized view", extension, "exclusion constraint", partition, collation, "range type", '
     '"text search dictionary", "text search configuration", statistics, "table settings"'),
    ('mysql extension e = """x"""\n',
     "s.sqlx:1:7: error E226: mysql has no kind of object 'extension' that .sqlx keeps as SQL\n"
     "     1 | mysql extension e = \"\"\"x\"\"\"\n       |       ^^^^^^^^^\n"
     "  hint: one of: trigger, procedure, function, event, partitioning"),
    ('postgres function "f()" = """  \n"""\n',
     "s.sqlx:1:27: error E227: function 'f()' has no statement\n"
     "     1 | postgres function \"f()\" = \"\"\"  \n       |                           ^\n"
     '  hint: write the statement that creates it between """ and """'),
    ('postgres trigger "t.a" = """x"""\npostgres trigger "t.a" = """y"""\n',
     "s.sqlx:2:18: error E203: postgres trigger 't.a' is already defined at s.sqlx:1:18\n"
     "     2 | postgres trigger \"t.a\" = \"\"\"y\"\"\"\n       |                  ^^^^^\n"
     "  hint: keep one"),
    ('table mv {\n  id int @pk\n}\npostgres "materialized view" mv = """x"""\n',
     "s.sqlx:4:30: error E203: materialized view 'mv' is already defined at s.sqlx:1:7\n"
     "     4 | postgres \"materialized view\" mv = \"\"\"x\"\"\"\n       |                              ^^\n"
     "  hint: tables, views, enums and sequences share one namespace; rename one"),
    ('@depends() postgres trigger "t.a" = """x"""\n',
     "s.sqlx:1:1: error E217: @depends takes one or more names\n"
     "     1 | @depends() postgres trigger \"t.a\" = \"\"\"x\"\"\"\n       | ^^^^^^^^\n"
     "  hint: see docs/language.md, decorators"),
    ('table t {\n  id int @pk\n  n posint\n}\n',  # a domain type must be declared
     "s.sqlx:3:5: error E201: unknown type 'posint'\n     3 |   n posint\n       |     ^^^^^^\n"
     "  hint: use a builtin type (see docs/language.md, types), declare `enum posint { … }`, "
     "or a postgres domain or extension that brings it"),
]


@pytest.mark.parametrize("text,expected", ERRORS)
def test_errors(text, expected):
    _, diags = check_sources([Source("s.sqlx", text)])
    assert "\n".join(format_text(d) for d in diags) == expected


def test_a_view_may_read_a_materialized_view_and_a_column_an_extension_type():
    _, diags = check_sources([Source("s.sqlx", SCHEMA)])
    assert diags == []


def test_names_that_are_not_keywords_elsewhere_stay_names():
    s = compile_text("table postgres {\n  postgres int\n  depends int\n}\n")
    assert [c.name for c in s.tables[0].columns] == ["postgres", "depends"]


PARTITIONED = '''@partition_by("range (at)")
table events {
  id  bigint
  at  timestamptz

  primary key (id, at)
}

@depends(events)
postgres partition events_2026 = """CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"""
'''


def test_partitioned_table_and_its_partitions():
    s = compile_text(PARTITIONED)
    assert s.tables[0].partition_by == "RANGE (at)"  # as pg_get_partkeydef prints it
    assert [(o.kind, o.name, o.depends_on) for o in s.opaque] == [("partition", "events_2026", ("events",))]
    assert compile_text(to_sqlx(s)) == s
    create = get("postgres").render(C.CreateTable(get("postgres").lower(s).tables[0]))
    assert create.sql.splitlines()[-1] == ") PARTITION BY RANGE (at)"


@pytest.mark.parametrize("text, message", [
    ('@partition_by("by month") table t {\n  id int @pk\n}\n',
     '@partition_by takes "range (columns)", "list (columns)" or "hash (columns)"'),
])
def test_partition_by_errors(text, message):
    _, diags = check_sources([Source("s.sqlx", text)])
    assert [d.message for d in diags] == [message]


def test_mysql_has_no_partition_by():
    from sqlxc.errors import UnsupportedError

    with pytest.raises(UnsupportedError, match="MySQL partitioning is not modelled"):
        get("mysql").lower(compile_text(PARTITIONED))


def test_range_type_names_its_multirange_type_too():
    # what inspect prints: the multirange type named; without it, the server's own name
    text = '''postgres "range type" floatrange = """
CREATE TYPE floatrange AS RANGE (subtype = double precision, multirange_type_name = "Float Spans")
"""

postgres "range type" span = """CREATE TYPE span AS RANGE (subtype = integer)"""

postgres collation ci = """CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"""

table t {
  id     integer        @pk
  r      floatrange?
  rs     "Float Spans"?
  s      span_multirange?
  name   text           @collate("ci")
  days   datemultirange?
}
'''
    _, diags = check_sources([Source("s.sqlx", text)])
    assert [format_text(d) for d in diags] == []
    s = compile_text(text)
    assert [c.type.name for c in s.tables[0].columns] == ["integer", "floatrange", "Float Spans", "span_multirange",
                                                          "text", "datemultirange"]


def test_quoted_type_names_as_inspect_prints_them():
    text = '''postgres domain "Money Amount" = """CREATE DOMAIN "Money Amount" AS numeric(12,2)"""

table t {
  id     integer              @pk
  price  "\\"Money Amount\\""?
}
'''
    _, diags = check_sources([Source("s.sqlx", text)])
    assert [format_text(d) for d in diags] == []
    assert compile_text(text).tables[0].columns[1].type.name == '"Money Amount"'
