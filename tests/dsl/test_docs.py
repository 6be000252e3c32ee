"""Every ```sqlx example in docs/language.md parses; whole-schema examples compile."""
import re
from pathlib import Path

import pytest

from sqlxc.dsl import Source, check_sources
from sqlxc.dsl.parser import parse

DOC = Path(__file__).resolve().parents[2] / "docs" / "language.md"
BLOCKS = re.findall(r"```sqlx\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_doc_has_examples():
    assert len(BLOCKS) >= 10


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_example_parses(block):
    fragment = block.startswith(" ")  # table items shown on their own
    text = "table t {\n" + block + "}\n" if fragment else block
    f, diags = parse(text, "doc.sqlx")
    assert diags == [] and f is not None, diags


def test_first_example_compiles_clean():
    _, diags = check_sources([Source("doc.sqlx", BLOCKS[0])])
    assert diags == []
