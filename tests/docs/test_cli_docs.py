"""docs/cli.md is generated from the argparse definition and must be current."""
from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _gen():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "tools" / "gen_cli_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cli_reference_is_current():
    gen = _gen()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == gen.render(), (
        "docs/cli.md is stale: run python tools/gen_cli_docs.py"
    )


def _all_parsers(parser, path):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _all_parsers(child, path + [name])


def test_every_command_and_flag_is_documented():
    from sqlxc.cli.main import build_parser

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for path, parser in _all_parsers(build_parser(), ["sqlxc"]):
        if len(path) > 1:
            assert f"`{' '.join(path)}`" in text
        for action in parser._actions:
            for flag in action.option_strings:
                assert f"`{flag}`" in text, f"{' '.join(path)} {flag} is not in docs/cli.md"


def test_check_mode_detects_staleness(tmp_path, monkeypatch):
    gen = _gen()
    stale = tmp_path / "cli.md"
    stale.write_text("old\n")
    monkeypatch.setattr(gen, "OUT", stale)
    assert gen.main(["--check"]) == 1
    assert gen.main([]) == 0
    assert gen.main(["--check"]) == 0
    assert stale.read_text() == gen.render()
