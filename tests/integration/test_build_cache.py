"""`sqlxc build` with the input-hash cache and --depfile."""
from __future__ import annotations

import pytest

from sqlxc.cli.main import main

SCHEMA = "table users {\n  id bigint @pk\n  email text\n}\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "app.sqlx").write_text(SCHEMA)
    (tmp_path / "sqlx.toml").write_text('schema = ["schema"]\ndialects = ["postgres"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SQLXC_SIGNING_KEY", raising=False)
    return tmp_path


def _no_compiling(monkeypatch):
    from sqlxc.plan import project as build_project

    def boom(*a, **k):
        raise AssertionError("the build ran although the cache should have answered")

    monkeypatch.setattr(build_project, "build", boom)
    monkeypatch.setattr(build_project, "check", boom)


def test_unchanged_schema_returns_from_the_cache(project, monkeypatch, capsys):
    assert main(["build"]) == 0
    assert main(["build", "--check"]) == 0
    capsys.readouterr()
    _no_compiling(monkeypatch)
    assert main(["build"]) == 0
    assert capsys.readouterr().err == "sqlxc: nothing to build: the schema matches sqlx.lock\n"
    assert main(["build", "--check"]) == 0
    assert capsys.readouterr().err == "sqlxc: build is up to date\n"
    assert main(["build", "--check", "--format", "json"]) == 0
    assert capsys.readouterr().out == '{\n  "stale": []\n}\n'


def test_edited_schema_builds_again(project, capsys):
    assert main(["build"]) == 0
    (project / "schema" / "app.sqlx").write_text(SCHEMA.replace("email text", "email text\n  name text?"))
    assert main(["build", "--check"]) == 1  # not hidden by the cache
    assert main(["build"]) == 0
    assert sorted(p.name[:4] for p in (project / "migrations").iterdir()) == ["0001", "0002"]


def test_deleted_plan_is_not_hidden_by_the_cache(project, capsys):
    assert main(["build"]) == 0
    assert main(["build", "--check"]) == 0
    [plan] = (project / "migrations").glob("0001_*/postgres.plan.json")
    plan.unlink()
    capsys.readouterr()
    assert main(["build", "--check"]) == 1
    assert "postgres.plan.json: missing" in capsys.readouterr().err


def test_no_cache_neither_reads_nor_writes(project, monkeypatch, capsys):
    assert main(["build", "--no-cache"]) == 0
    assert not (project / ".sqlxc-cache").exists()
    assert main(["build"]) == 0
    _no_compiling(monkeypatch)
    capsys.readouterr()
    assert main(["build", "--no-cache"]) == 3  # it really compiled: our stand-in raised
    assert "the build ran although the cache should have answered" in capsys.readouterr().err


def test_failed_check_is_not_cached(project, monkeypatch, capsys):
    (project / "schema" / "app.sqlx").write_text(SCHEMA)
    assert main(["build", "--check"]) == 1  # nothing built yet: stale
    assert main(["build", "--check"]) == 1


def test_depfile(project):
    assert main(["build", "--depfile", "out/build.d"]) == 0
    assert (project / "out" / "build.d").read_text() == (
        "sqlx.lock: \\\n schema/app.sqlx \\\n sqlx.toml\n\nschema/app.sqlx:\n\nsqlx.toml:\n")
    # written on a cache hit too
    (project / "out" / "build.d").unlink()
    assert main(["build", "--depfile", "out/build.d"]) == 0
    assert (project / "out" / "build.d").exists()
