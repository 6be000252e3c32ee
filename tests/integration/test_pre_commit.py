"""The pre-commit hooks, run by pre-commit itself in a temporary git repository:
a broken .sqlx blocks the commit, a fixed one passes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

# in canonical format, so sqlxc-fmt leaves them alone and positions stay put
GOOD = "table users {\n  id     bigint  @pk\n  email  text\n}\n"
BROKEN = "table users {\n  id     bigint  @pk\n  email  nosuchtype\n}\n"


def _env(tmp_path: Path) -> dict:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env['PATH']}"  # the sqlxc under test, for language: system
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["GIT_AUTHOR_NAME"] = env["GIT_COMMITTER_NAME"] = "Test"
    env["GIT_AUTHOR_EMAIL"] = env["GIT_COMMITTER_EMAIL"] = "test@example.com"
    env.setdefault("PRE_COMMIT_HOME", str(tmp_path / "pre-commit-home"))
    env.pop("SQLXC_SIGNING_KEY", None)
    return env


def _run(cmd: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False)


def _git_repo(path: Path, env: dict) -> None:
    path.mkdir(parents=True, exist_ok=True)
    for cmd in (["git", "init", "-q", "-b", "main"], ["git", "config", "commit.gpgsign", "false"]):
        assert _run(cmd, path, env).returncode == 0


def _commits(repo: Path, env: dict) -> int:
    out = _run(["git", "rev-list", "--count", "--all"], repo, env)
    return int(out.stdout.strip() or 0)


def test_try_repo_hooks_block_a_broken_schema(tmp_path):
    """This repository's .pre-commit-hooks.yaml, as another repository would use it
    (pre-commit installs sqlxc from this checkout into its own venv)."""
    if not shutil.which("git"):
        pytest.fail("git is needed")
    env = _env(tmp_path)
    repo = tmp_path / "user"
    _git_repo(repo, env)
    (repo / "schema").mkdir()
    (repo / "schema" / "app.sqlx").write_text(BROKEN)
    (repo / "sqlx.toml").write_text('schema = ["schema"]\ndialects = ["postgres"]\n')
    _run(["git", "add", "."], repo, env)
    pre_commit = [str(BIN / "pre-commit"), "try-repo", str(ROOT), "sqlxc-check", "--all-files"]
    broken = _run(pre_commit, repo, env)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "schema/app.sqlx:3:10" in broken.stdout
    (repo / "schema" / "app.sqlx").write_text(GOOD)
    _run(["git", "add", "."], repo, env)
    fixed = _run(pre_commit, repo, env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "sqlxc check" in fixed.stdout and "Passed" in fixed.stdout


def test_init_project_hooks_block_the_commit(tmp_path):
    """`sqlxc init`'s own .pre-commit-config.yaml, installed as a git hook."""
    env = _env(tmp_path)
    repo = tmp_path / "shop"
    _git_repo(repo, env)
    assert _run([str(BIN / "sqlxc"), "init", "."], repo, env).returncode == 0
    assert _run([str(BIN / "pre-commit"), "install"], repo, env).returncode == 0

    (repo / "schema" / "app.sqlx").write_text(BROKEN)
    _run(["git", "add", "-A"], repo, env)
    blocked = _run(["git", "commit", "-qm", "broken"], repo, env)
    assert blocked.returncode != 0
    assert "schema/app.sqlx:3:10: error E201: unknown type 'nosuchtype'" in blocked.stdout + blocked.stderr
    assert _commits(repo, env) == 0

    (repo / "schema" / "app.sqlx").write_text(GOOD)
    env["SQLXC_SIGNING_KEY"] = str(tmp_path / "config" / "sqlxc" / "keys" / "shop-dev.key")
    built = _run([str(BIN / "sqlxc"), "build"], repo, env)
    assert built.returncode == 0, built.stdout + built.stderr
    _run(["git", "add", "-A"], repo, env)
    ok = _run(["git", "commit", "-qm", "users"], repo, env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert _commits(repo, env) == 1

    # a schema change without `sqlxc build` is stopped by sqlxc-build-check
    (repo / "schema" / "app.sqlx").write_text(GOOD.replace("email  text\n", "email  text\n  name   text?\n"))
    _run([str(BIN / "sqlxc"), "fmt"], repo, env)
    _run(["git", "add", "-A"], repo, env)
    stale = _run(["git", "commit", "-qm", "name"], repo, env)
    assert stale.returncode != 0
    assert "sqlxc build --check" in stale.stdout + stale.stderr and "stale" in stale.stdout + stale.stderr
    assert _commits(repo, env) == 1
    assert _run([str(BIN / "sqlxc"), "build"], repo, env).returncode == 0
    _run(["git", "add", "-A"], repo, env)
    assert _run(["git", "commit", "-qm", "name"], repo, env).returncode == 0
    assert _commits(repo, env) == 2
