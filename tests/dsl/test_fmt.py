"""sqlxc fmt: exact canonical layouts, comments kept where they were."""
import pytest

from sqlxc.dsl import compile_text
from sqlxc.dsl.fmt import format_text

CASES = [
    # columns aligned, names and strings re-quoted, one item per line
    ('table t{id int @pk;`name` text? @comment(\'hi\')\nindex(name)}',
     'table t {\n  id    int    @pk\n  name  text?  @comment("hi")\n  index (name)\n}\n'),
    # comments: leading, trailing, inside, after; blank lines kept (one at most)
    (("// head\n\n\n// lead\ntable t { // brace\n  // col\n  id int @pk // trail\n\n\n  b int\n  // end\n}"
     " // after\n// tail\n"),
     ("// head\n\n// lead\ntable t {  // brace\n  // col\n  id  int  @pk  // trail\n\n  b   int\n  // end\n}"
     "  // after\n\n// tail\n")),
    # a check on its column's line stays there; one on its own line stays a table item
    ("table t {\n  id int @pk\n  n int check (n > 0)\n  check (n < 10)\n}\n",
     "table t {\n  id  int  @pk\n  n   int  check (n > 0)\n  check (n < 10)\n}\n"),
    # SQL is kept verbatim, comments inside it too; keywords as names are quoted
    ('table "check" {\n  "index" int @pk = (1 +  2 -- three\n  )\n}\n',
     'table "check" {\n  "index"  int  @pk = (1 +  2 -- three\n  )\n}\n'),
    # decorators of an object go on one line above it
    ('@owner("a")\n@pii\nview v as (select 1)\nenum e {a,\n b}\n',
     '@owner("a") @pii\nview v as (select 1)\n\nenum e { a, b }\n'),
]


@pytest.mark.parametrize("source,expected", CASES)
def test_format(source, expected):
    assert format_text(source) == expected
    assert format_text(expected) == expected


@pytest.mark.parametrize("source,expected", CASES[:4])
def test_format_keeps_meaning(source, expected):
    assert compile_text(source) == compile_text(expected)
