"""Spellings that must give the same digest, and ones that must not (DESIGN:
equal only when the server stores the same thing)."""
import pytest

from sqlxc.air.canonical import schema_digest
from sqlxc.dsl import compile_text


def _table(body: str) -> str:
    return "table t {\n  id bigint @pk\n  " + body + "\n}\n"


SAME = [
    ("c int", "c integer"),
    ("c int4", "c integer"),
    ("c int8", "c bigint"),
    ("c bool", "c boolean"),
    ("c decimal(10,2)", "c numeric(10, 2)"),
    ("c float(10)", "c real"),
    ("c float(53)", "c double"),
    ("c float8", "c double"),
    ("c float", "c double"),
    ("c datetime", "c timestamp"),
    ("c varchar(10)?", "c  varchar( 10 ) ?"),
    ("c int = 1", "c int = (1)"),
    ("c text? = 'x'", 'c text? = """\'x\'"""'),
    ("c int check (c>0)", "c int  check ( c  >  0 )"),
    ("c int\n  check (c>0)", "c int\n\n  check ( c  >  0 )"),
    ("c int = (1+2)", "c int = (1 + 2)"),
    ("c int check (c > 0 -- positive\n)", "c int check (c > 0)"),
    ("c int check (c > /* note */ 0)", "c int check (c > 0)"),
    ("c timestamp = now()", "c timestamp = NOW()"),
    ("c text\n  index ((lower(c)))", "c text\n  index ((LOWER(c)))"),
    ("c int\n  index (c asc)", "c int\n  index (c)"),
    ("c int\n  index (c nulls last)", "c int\n  index (c)"),
    ("c int\n  index (c desc nulls first)", "c int\n  index (c desc)"),
    ("c int\n  index (c) using btree", "c int\n  index (c)"),
    ("c bigint -> t.id match simple", "c bigint -> t.id"),
    ("c int @auto", "c int @identity"),
    ("c int @identity(by_default)", "c int @auto"),
    ("c int @unique", "c int\n  unique (c)"),
    ("c text @renamed_from(old)", "c text"),  # hints are not part of the digest
    ("c text @pii @sensitivity(high)", "c text @sensitivity(high) @pii"),
    ("c text @tag(a=\"1\") @tag(b=\"2\")", "c text @tag(b=\"2\", a=\"1\")"),
]

DIFFERENT = [
    ("c int check (c > 0)", "c int\n  check (c > 0)"),  # a column check (MariaDB) vs a table check
    ("c bigint -> t.id on delete no action", "c bigint -> t.id"),  # MySQL reports them apart
    ("c serial", "c int @auto"),  # a sequence + default is not an identity column
    ("c timestamptz = now()", "c timestamptz = current_timestamp"),  # pg_get_expr prints them apart
    ("c int", "c bigint"),
    ("c int", "c int?"),
    ("c varchar(10)", "c varchar(11)"),
    ("c int = 1", "c int = 2"),
    ("c int @auto", "c int @identity(always)"),
    ("c int\n  index (c)", "c int\n  index (c desc)"),
    ("c int\n  index (c)", "c int\n  unique index (c)"),
    ("c int\n  index (c)", "c int\n  index i (c)"),
    ("c text", "c text @pii"),
    ("c text @sensitivity(low)", "c text @sensitivity(high)"),
    ("c text", "c text @comment(\"x\")"),
    ("c int unsigned", "c int"),
    ("c timestamp", "c timestamptz"),
    ("c text", "c text[]"),
    ("c bigint -> t.id", "c bigint -> t.id on delete cascade"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_same_digest(a, b):
    assert schema_digest(compile_text(_table(a))) == schema_digest(compile_text(_table(b)))


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_digest(a, b):
    assert schema_digest(compile_text(_table(a))) != schema_digest(compile_text(_table(b)))


def test_float_precision_boundary():
    s = compile_text(_table("a float(24)\n  b float(25)"))
    assert [c.type.name for c in s.tables[0].columns[1:]] == ["real", "double"]


def test_serial_stays_serial():
    col = compile_text(_table("c serial")).tables[0].columns[1]
    assert col.type.name == "serial" and col.identity is None


def test_names_left_out_stay_none():
    t = compile_text(_table("c bigint @unique -> t.id\n  check (c > 0)\n  index (c)")).tables[0]
    assert [t.primary_key.name, t.uniques[0].name, t.indexes[0].name, t.foreign_keys[0].name,
            t.checks[0].name] == [None] * 5


def test_checks_on_the_column_line_are_column_checks():
    t = compile_text(_table("a int check (a > 0) check (a < 9)\n  b int\n  check (b > 0)")).tables[0]
    assert t.column("a").check == "a > 0"
    assert [c.expr for c in t.checks] == ["a < 9", "b > 0"]  # a column holds one check
