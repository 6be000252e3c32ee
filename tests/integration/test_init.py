"""`sqlxc init`: a new project, never overwriting anything."""
from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import pytest

from sqlxc.cli.init import PRE_COMMIT, STARTER_SCHEMA
from sqlxc.cli.main import main


@pytest.fixture(autouse=True)
def key_home(tmp_path, monkeypatch):
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home / "sqlxc" / "keys"


def _public_key(key_file: Path) -> str:
    from sqlxc.sign.keys import load_key

    return load_key(str(key_file)).public_key


def test_new_project_files(tmp_path, key_home, capsys):
    proj = tmp_path / "shop"
    assert main(["init", str(proj)]) == 0
    key = key_home / "shop-dev.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    config = tomllib.loads((proj / "sqlx.toml").read_text())
    assert config == {
        "schema": ["schema"], "dialects": ["postgres"], "migrations": "migrations",
        "migration": {"transactional": True},
        "trust": {"keys": [{"id": "shop-dev", "public_key": _public_key(key),
                            "roles": ["data.steward", "privacy.officer"]}]},
    }
    assert (proj / "schema" / "app.sqlx").read_text() == STARTER_SCHEMA
    assert (proj / ".pre-commit-config.yaml").read_text() == PRE_COMMIT
    assert (proj / ".gitignore").read_text() == (
        "# sqlxc: private keys never belong in the repository\n*.key\n*.pem\n.sqlxc-cache/\n")
    # the config is what sqlxc.config and the trust store read
    from sqlxc import config as project_config
    from sqlxc.sign.trust import trust_from_config

    cfg = project_config.load(proj / "sqlx.toml")
    assert cfg.dialects == ("postgres",) and cfg.schema == (proj.resolve() / "schema",)
    trusted = trust_from_config(cfg).key_for_public(_public_key(key))
    assert trusted.id == "shop-dev" and trusted.roles == ("data.steward", "privacy.officer")
    out = capsys.readouterr().out
    assert f"export SQLXC_SIGNING_KEY={key}\n" in out
    assert sorted(p.relative_to(proj).as_posix() for p in proj.rglob("*")) == [
        ".gitignore", ".pre-commit-config.yaml", "schema", "schema/app.sqlx", "sqlx.toml"]


def test_both_dialects_and_key_id(tmp_path, key_home):
    assert main(["init", str(tmp_path / "p"), "--dialect", "pg", "--dialect", "mariadb",
                 "--dialect", "postgres", "--key-id", "alice"]) == 0
    config = tomllib.loads((tmp_path / "p" / "sqlx.toml").read_text())
    assert config["dialects"] == ["postgres", "mysql"]
    assert config["trust"]["keys"][0]["id"] == "alice"
    assert (key_home / "alice.key").exists()


def test_key_is_never_inside_the_repo(tmp_path, key_home, capsys):
    proj = tmp_path / "repo"
    (proj / ".git").mkdir(parents=True)
    assert main(["init", str(proj), "--key-file", str(proj / "dev.key")]) == 2
    err = capsys.readouterr().err
    assert f"{proj / 'dev.key'} is inside the git work tree {proj}" in err
    assert sorted(p.name for p in proj.iterdir()) == [".git"]  # nothing written


def test_refuses_to_overwrite_and_writes_nothing(tmp_path, key_home, capsys):
    proj = tmp_path / "p"
    (proj / "schema").mkdir(parents=True)
    (proj / "schema" / "app.sqlx").write_text("mine\n")
    assert main(["init", str(proj)]) == 1
    assert capsys.readouterr().err == (
        f"sqlxc: error: {proj / 'schema' / 'app.sqlx'} already exists; sqlxc init never overwrites anything\n"
        "  hint: remove it, or pass another DIR\n")
    assert (proj / "schema" / "app.sqlx").read_text() == "mine\n"
    assert not (proj / "sqlx.toml").exists()
    assert not key_home.exists()  # no key made for a project that was not created


def test_second_init_refuses(tmp_path, key_home, capsys):
    proj = tmp_path / "p"
    assert main(["init", str(proj)]) == 0
    before = {p: p.read_bytes() for p in proj.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main(["init", str(proj)]) == 1
    assert capsys.readouterr().err.startswith(
        f"sqlxc: error: {proj / 'sqlx.toml'} already exists (and 2 more); sqlxc init never overwrites anything\n")
    assert {p: p.read_bytes() for p in proj.rglob("*") if p.is_file()} == before


def test_existing_key_refused(tmp_path, key_home, capsys):
    key_home.mkdir(parents=True)
    (key_home / "p-dev.key").write_text("old key")
    assert main(["init", str(tmp_path / "p")]) == 1
    assert f"{key_home / 'p-dev.key'} already exists" in capsys.readouterr().err
    assert (key_home / "p-dev.key").read_text() == "old key"


PYPROJECT = """\
[project]
name = "shop"  # keep this comment
version = "1.0"

[tool.ruff]
line-length = 100
"""


def test_pyproject_is_edited_in_place(tmp_path, key_home):
    proj = tmp_path / "p"
    proj.mkdir()
    (proj / "pyproject.toml").write_text(PYPROJECT)
    assert main(["init", str(proj)]) == 0
    text = (proj / "pyproject.toml").read_text()
    assert text.startswith(PYPROJECT)  # everything that was there is byte-identical
    data = tomllib.loads(text)
    assert data["tool"]["ruff"] == {"line-length": 100}
    assert data["tool"]["sqlxc"]["schema"] == ["schema"]
    assert data["tool"]["sqlxc"]["trust"]["keys"][0]["public_key"] == _public_key(key_home / "p-dev.key")
    assert not (proj / "sqlx.toml").exists()
    from sqlxc import config as project_config

    assert project_config.load(start=proj).path == proj / "pyproject.toml"


def test_pyproject_without_tool_table(tmp_path, key_home):
    proj = tmp_path / "p"
    proj.mkdir()
    (proj / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert main(["init", str(proj)]) == 0
    data = tomllib.loads((proj / "pyproject.toml").read_text())
    assert data["project"] == {"name": "x"}
    assert data["tool"]["sqlxc"]["dialects"] == ["postgres"]


def test_pyproject_with_sqlxc_table_refused(tmp_path, key_home, capsys):
    proj = tmp_path / "p"
    proj.mkdir()
    (proj / "pyproject.toml").write_text("[tool.sqlxc]\nschema = ['db']\n")
    assert main(["init", str(proj)]) == 1
    assert f"{proj / 'pyproject.toml'} already exists" in capsys.readouterr().err


def test_config_sqlx_toml_beside_pyproject(tmp_path, key_home):
    proj = tmp_path / "p"
    proj.mkdir()
    (proj / "pyproject.toml").write_text(PYPROJECT)
    assert main(["init", str(proj), "--config", "sqlx.toml"]) == 0
    assert (proj / "pyproject.toml").read_text() == PYPROJECT
    assert (proj / "sqlx.toml").exists()


def test_invalid_pyproject(tmp_path, key_home, capsys):
    proj = tmp_path / "p"
    proj.mkdir()
    (proj / "pyproject.toml").write_text("[project\n")
    assert main(["init", str(proj)]) == 2
    assert f"sqlxc: error: {proj / 'pyproject.toml'}: not valid TOML" in capsys.readouterr().err


def test_existing_gitignore_and_pre_commit_config(tmp_path, key_home, capsys):
    proj = tmp_path / "p"
    proj.mkdir()
    (proj / ".gitignore").write_text("node_modules/\n*.key")  # no final newline
    (proj / ".pre-commit-config.yaml").write_text("repos: []\n")
    assert main(["init", str(proj)]) == 0
    assert (proj / ".gitignore").read_text() == (
        "node_modules/\n*.key\n\n# sqlxc: private keys never belong in the repository\n*.pem\n.sqlxc-cache/\n")
    assert (proj / ".pre-commit-config.yaml").read_text() == "repos: []\n"
    out = capsys.readouterr().out
    assert ".pre-commit-config.yaml exists; add these hooks to it:\n\n" + PRE_COMMIT in out


def test_dir_is_a_file(tmp_path, capsys):
    f = tmp_path / "f"
    f.write_text("")
    assert main(["init", str(f)]) == 2
    assert capsys.readouterr().err == f"sqlxc: error: {f} is not a directory\n"


def test_init_in_current_directory(tmp_path, key_home, monkeypatch, capsys):
    proj = tmp_path / "here"
    proj.mkdir()
    monkeypatch.chdir(proj)
    assert main(["init"]) == 0
    assert (proj / "sqlx.toml").exists() and (key_home / "here-dev.key").exists()
    assert "cd " not in capsys.readouterr().out
    assert os.listdir(proj)


def test_config_pyproject_requires_one(tmp_path, key_home, capsys):
    proj = tmp_path / "p"
    assert main(["init", str(proj), "--config", "pyproject"]) == 2
    assert capsys.readouterr().err == (
        f"sqlxc: error: {proj / 'pyproject.toml'} does not exist\n"
        "  hint: use --config sqlx.toml, or create pyproject.toml first\n")
    assert not proj.exists() and not key_home.exists()


def test_starter_project_checks_and_builds(tmp_path, key_home, monkeypatch, capsys):
    """What init writes is a valid project: check is clean, build signs a first plan."""
    import json

    proj = tmp_path / "shop"
    assert main(["init", str(proj), "--dialect", "postgres", "--dialect", "mysql"]) == 0
    monkeypatch.chdir(proj)
    monkeypatch.setenv("SQLXC_SIGNING_KEY", str(key_home / "shop-dev.key"))
    capsys.readouterr()
    assert main(["check"]) == 0
    assert main(["fmt", "--check"]) == 0
    assert main(["build"]) == 0
    plans = sorted(proj.glob("migrations/0001_*/*.plan.json"))
    assert [p.name for p in plans] == ["mysql.plan.json", "postgres.plan.json"]
    for plan in plans:
        assert [s["keyId"] for s in json.loads(plan.read_text())["signatures"]] == ["shop-dev"]
    assert main(["build", "--check"]) == 0
