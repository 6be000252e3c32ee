"""The printer's keyword list is exactly the grammar's keywords, and quoting round-trips."""
import re

import pytest

from sqlxc.dsl import compile_text
from sqlxc.dsl.quoting import KEYWORDS, ident, string
from sqlxc.resources import grammar_text


def test_keywords_match_the_grammar():
    words = set()
    for literal in re.findall(r'"([a-z_]+)"', grammar_text()):
        words.add(literal)
    for pattern in re.findall(r"/([a-z\\s+]+)\\b/", grammar_text()):  # multi-word terminals
        words.update(w for w in re.split(r"\\s\+", pattern) if w)
    assert words == set(KEYWORDS)


@pytest.mark.parametrize("name", ["plain", "table", "with space", 'q"uote', "back\\slash", "new\nline", "tab\t",
                                  "ünï", "1st", "a`b", "$x"])
def test_any_name_round_trips(name):
    schema = compile_text(f"table {ident(name)} {{\n  {ident(name)} int @pk @comment({string(name)})\n}}\n")
    table = schema.tables[0]
    assert (table.name, table.columns[0].name, table.columns[0].comment) == (name, name, name)
