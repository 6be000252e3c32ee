"""CI mode: machine-readable output and the documented exit codes, and the
example GitHub Actions workflow in docs/ci.md only uses flags that exist."""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from sqlxc.cli.main import BUG_HINT, build_parser, main

ROOT = Path(__file__).resolve().parents[2]
BROKEN = "table users {\n  id     bigint  @pk\n  email  nosuchtype\n}\n"
GOOD = "table users {\n  id     bigint  @pk\n  email  text\n}\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "schema").mkdir()
    (tmp_path / "sqlx.toml").write_text('schema = ["schema"]\ndialects = ["postgres"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SQLXC_SIGNING_KEY", raising=False)
    return tmp_path


def test_check_github_annotations(project, capsys):
    (project / "schema" / "app.sqlx").write_text(BROKEN)
    assert main(["check", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=schema/app.sqlx,line=3,col=10,title=E201::unknown type 'nosuchtype'")
    assert out.count("\n") == 1  # one annotation per diagnostic, one line each


def test_check_json(project, capsys):
    (project / "schema" / "app.sqlx").write_text(BROKEN)
    assert main(["check", "--format", "json"]) == 1
    [diag] = json.loads(capsys.readouterr().out)["diagnostics"]
    assert {k: diag[k] for k in ("code", "severity", "file", "line", "column")} == {
        "code": "E201", "severity": "error", "file": "schema/app.sqlx", "line": 3, "column": 10}
    assert diag["message"] == "unknown type 'nosuchtype'"


def test_clean_check_prints_no_annotation(project, capsys):
    (project / "schema" / "app.sqlx").write_text(GOOD)
    assert main(["check", "--format", "github"]) == 0
    assert capsys.readouterr().out == ""


def test_build_check_github_and_json(project, capsys):
    (project / "schema" / "app.sqlx").write_text(GOOD)
    assert main(["build", "--check", "--format", "github", "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=sqlx.lock,title=sqlxc build --check::the schema changed since the last build")
    assert main(["build", "--check", "--format", "json", "--no-cache"]) == 1
    assert json.loads(capsys.readouterr().out)["stale"]
    assert main(["build"]) == 0
    capsys.readouterr()
    assert main(["build", "--check", "--format", "github"]) == 0
    assert capsys.readouterr().out == ""


def test_usage_error_is_2(project, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--format", "xml"])
    assert exit_.value.code == 2


def test_config_error_is_2(project, capsys):
    (project / "sqlx.toml").write_text('dialects = ["oracle"]\n')
    assert main(["build"]) == 2
    assert "dialects: unknown dialect 'oracle'" in capsys.readouterr().err


def test_internal_error_is_3_with_a_bug_report_hint(project, capsys, monkeypatch):
    from sqlxc.plan import project as build_project

    def broken(*args, **kwargs):
        raise KeyError("boom")

    (project / "schema" / "app.sqlx").write_text(GOOD)
    monkeypatch.setattr(build_project, "build", broken)
    monkeypatch.delenv("SQLXC_DEBUG", raising=False)
    assert main(["build", "--no-cache"]) == 3
    err = capsys.readouterr().err
    assert err == f"sqlxc: internal error: KeyError: 'boom'\n{BUG_HINT}\n"


# --- the example workflow ----------------------------------------------------------


def _workflow() -> dict:
    import yaml  # comes with pre-commit

    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(name: schema\n.*?)```", text, re.DOTALL).group(1)
    return yaml.safe_load(block)


def test_workflow_commands_exist():
    steps = _workflow()["jobs"]["sqlxc"]["steps"]
    commands = []
    for step in steps:
        for line in step.get("run", "").splitlines():
            line = line.strip()
            if line.startswith("sqlxc "):
                commands.append(line)
    assert len(commands) >= 3
    assert any(c.startswith("sqlxc check") for c in commands)
    assert any(c.startswith("sqlxc build --check") for c in commands)
    assert any(c.startswith("sqlxc explain") for c in commands)
    parser = build_parser()
    for command in commands:
        argv = shlex.split(command.split(">>")[0].replace('"$plan"', "plan.json"))[1:]
        args = parser.parse_args(argv)  # exits 2 on an unknown flag or choice
        assert args.run is not None
