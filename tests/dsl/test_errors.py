"""Invalid inputs -> the exact diagnostics a user sees (text format)."""
import pytest

from sqlxc.cli.output import format_text
from sqlxc.dsl import Source, check_sources

CASES = [
    ('table t {\n  id int @pk\n  b foo\n}\n',
     "s.sqlx:3:5: error E201: unknown type 'foo'\n     3 |   b foo\n       |     ^^^\n  hint: use a builtin type (see docs/language.md, types) or declare `enum foo { … }`"),
    ('table t {\n  id int @pk\n  b varchar(1, 2, 3)\n}\n',
     's.sqlx:3:5: error E202: varchar takes at most 1 argument, not 3\n     3 |   b varchar(1, 2, 3)\n       |     ^^^^^^^^^^^^^^^^\n  hint: e.g. varchar(10)'),
    ('table t {\n  id int @pk\n  id text\n}\n',
     "s.sqlx:3:3: error E203: column 'id' is defined twice in table 't'\n     3 |   id text\n       |   ^^\n  hint: rename or remove one"),
    ('table t {\n  id int @pk\n  index (nope)\n}\n',
     "s.sqlx:3:10: error E204: table 't' has no column 'nope'\n     3 |   index (nope)\n       |          ^^^^\n  hint: known columns: id"),
    ('table t {\n  id int @pk\n  u int -> missing.id\n}\n',
     "s.sqlx:3:12: error E205: foreign key references unknown table 'missing'\n     3 |   u int -> missing.id\n       |            ^^^^^^^\n  hint: known tables: t"),
    ('table a {\n  id int @pk\n}\ntable t {\n  id int @pk\n  u int -> a.nope\n}\n',
     "s.sqlx:6:14: error E206: table 'a' has no column 'nope'\n     6 |   u int -> a.nope\n       |              ^^^^\n  hint: known columns: id"),
    ('table a {\n  id int\n  x int\n  primary key (id, x)\n}\ntable t {\n  id int @pk\n  foreign key (id) references a (id, x)\n}\n',
     's.sqlx:8:31: error E207: foreign key has 1 column(s) but references 2\n     8 |   foreign key (id) references a (id, x)\n       |                               ^\n  hint: list as many columns on both sides'),
    ('table a {\n  id bigint @pk\n}\ntable t {\n  id int @pk\n  a_id text -> a.id\n}\n',
     's.sqlx:6:3: error E208: t.a_id (text) cannot reference a.id (bigint)\n     6 |   a_id text -> a.id\n       |   ^^^^\n  hint: give both columns the same type'),
    ("enum e { a, b }\ntable t {\n  id int @pk\n  s e = 'c'\n}\n",
     "s.sqlx:4:9: error E209: default 'c' is not a value of e\n     4 |   s e = 'c'\n       |         ^^^\n  hint: one of: a, b"),
    ('view v = """SELECT x FROM nowhere"""\n',
     's.sqlx:1:27: error E210: view \'v\' reads unknown table \'nowhere\'\n     1 | view v = """SELECT x FROM nowhere"""\n       |                           ^^^^^^^\n  hint: there are no tables'),
    ('table t {\n  id int @pk\n}\nview v = """SELECT t.nope FROM t"""\n',
     's.sqlx:4:22: error E211: view \'v\' reads unknown column t.nope\n     4 | view v = """SELECT t.nope FROM t"""\n       |                      ^^^^\n  hint: known columns: id'),
    ('view a = """SELECT 1 AS x FROM b"""\nview b = """SELECT 1 AS x FROM a"""\n',
     's.sqlx:1:6: error E212: views depend on each other in a cycle: a -> b -> a\n     1 | view a = """SELECT 1 AS x FROM b"""\n       |      ^\n  hint: a view cannot read itself, directly or through other views'),
    ('table xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx {\n  id int @pk\n}\n',
     "s.sqlx:1:7: error E213: table name 'xxxxxxxxxxxxxxxxxxxx'… is 64 bytes long\n     1 | table xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx {\n       |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  hint: names must fit 63 bytes (PostgreSQL's limit)"),
    ('table "" {\n  id int @pk\n}\n',
     's.sqlx:1:7: error E214: empty table name\n     1 | table "" {\n       |       ^^\n  hint: give it a name'),
    ('table t {\n  id int @pk @sensitivity(extreme)\n}\n',
     's.sqlx:2:14: error E215: @sensitivity(extreme) is not a sensitivity level\n     2 |   id int @pk @sensitivity(extreme)\n       |              ^^^^^^^^^^^^\n  hint: use one of low, medium, high, restricted'),
    ('table t {\n  id int\n}\n',
     "s.sqlx:1:7: warning W301: table 't' has no primary key\n     1 | table t {\n       |       ^\n  hint: add @pk to a column or `primary key (…)`"),
    ('table t {\n  id int @pk @bogus\n}\n',
     's.sqlx:2:14: error E216: unknown decorator @bogus\n     2 |   id int @pk @bogus\n       |              ^^^^^^\n  hint: on a column: @auto @charset @collate @comment @generated @identity @invisible @on_update @owner @pii @pk @renamed_from @residency @retention @sensitivity @tag @unique'),
    ('table t {\n  id int @pk\n  n int check (n >)\n}\n',
     "s.sqlx:3:18: error E218: invalid SQL in check: Required keyword: 'expression' missing for GT\n     3 |   n int check (n >)\n       |                  ^\n  hint: the expression is parsed as SQL; check quotes and parentheses"),
    ('table t {\n  id int @pk\n  n int = \n}\n',
     's.sqlx:4:1: error E101: unexpected \'}\'\n     4 | }\n       | ^\n  hint: expected \'(\', \'-\', a """triple-quoted""" text, a "quoted" string or name, a \'string\', a name, a number'),
    ('table t {\n  id int @pk\n  n text = "x"\n}\n',
     's.sqlx:3:12: error E225: a default in double quotes is a name in SQL, not a string\n     3 |   n text = "x"\n       |            ^^^\n  hint: write a string literal in single quotes: = \'x\''),
    ('table t {\n  id int @pk @auto = 1\n}\n',
     "s.sqlx:2:22: error E219: column 'id' has both @auto and a default\n     2 |   id int @pk @auto = 1\n       |                      ^\n  hint: an identity column takes its values from a sequence; remove the default"),
    ("table t {\n  id int @pk\n  s text = 'abc\n}\n",
     "s.sqlx:3:12: error E103: unterminated string\n     3 |   s text = 'abc\n       |            ^\n  hint: add the closing quote"),
    ('table t {\n  id int @pk\n',
     's.sqlx:3:1: error E104: unexpected end of file\n     3 | \n       | ^\n  hint: is a closing \'}\', \')\' or \'"""\' missing?'),
    ('table t {\n  id int @pk\n  check int\n}\n',
     "s.sqlx:4:1: error E101: unexpected '}'\n     4 | }\n       | ^\n  hint: expected '('"),
    ('table t {\n  id int @pk\n}\ntable t {\n  id int @pk\n}\n',
     "s.sqlx:4:7: error E203: table 't' is already defined at s.sqlx:1:7\n     4 | table t {\n       |       ^\n  hint: tables, views, enums and sequences share one namespace; rename one"),
    ('table a {\n  id int @pk\n  x int\n}\ntable t {\n  id int @pk\n  x int -> a.x\n}\n',
     "s.sqlx:7:12: error E222: referenced columns (x) of 'a' are not its primary key or unique\n     7 |   x int -> a.x\n       |            ^\n  hint: reference the primary key, or add a unique constraint on those columns"),
    ('table t {\n  id int @pk @retention("forever and ever")\n}\n',
     's.sqlx:2:14: error E215: @retention(\'forever and ever\') is not a valid value\n     2 |   id int @pk @retention("forever and ever")\n       |              ^^^^^^^^^^\n  hint: a period such as "90d", "12w", "24m", "7y" or "forever"'),
    ('table t {\n  id int @pk\n  primary key (id)\n}\n',
     "s.sqlx:3:3: error E223: table 't' has two primary keys\n     3 |   primary key (id)\n       |   ^^^^^^^\n  hint: a table has one primary key; make the other one unique"),
    ('table a {\n  id int\n  primary key k (id)\n  index k (id)\n}\ntable b {\n  id int\n  primary key k (id)\n  foreign key f (id) references a (id)\n  index f (id)\n}\n',
     "s.sqlx:4:9: error E203: index name 'k' is already used in table 'a' at s.sqlx:3:15\n     4 |   index k (id)\n       |         ^\n  hint: rename one of them\ns.sqlx:8:15: warning W302: primary key name 'k' is also used in table 'a'\n     8 |   primary key k (id)\n       |               ^\n  hint: PostgreSQL needs index and key names, MySQL foreign key and check names, unique in the whole database"),
    ('table a {\n  id int\n  primary key PRIMARY (id)\n}\ntable b {\n  id int\n  primary key PRIMARY (id)\n}\n',
     ''),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_diagnostic_text(text, expected):
    _, diags = check_sources([Source("s.sqlx", text)])
    assert "\n".join(format_text(d) for d in diags) == expected
