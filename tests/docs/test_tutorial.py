"""docs/tutorial.md, executed exactly as written against the real PostgreSQL.

Every fenced ```sh block is run, in order, by one bash (`set -euo pipefail`)
in an empty directory, with a fresh HOME (so the signing key goes to a
scratch ~/.config) and DATABASE_URL pointing at a scratch database, as the
tutorial tells the reader to set it. Then the database must hold what the
tutorial says it holds at the end.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dbs import scratch

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "docs" / "tutorial.md"
BIN = Path(sys.executable).parent

_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.DOTALL | re.MULTILINE)


def sh_blocks(markdown: str) -> list[str]:
    return [m.group(1) for m in _BLOCK.finditer(markdown)]


def test_blocks_are_extracted():
    text = "intro\n```sh\necho a\n```\n```python\nnot me\n```\n```sh\necho b\necho c\n```\n"
    assert sh_blocks(text) == ["echo a\n", "echo b\necho c\n"]


def test_tutorial_names_the_url_variable():
    text = TUTORIAL.read_text(encoding="utf-8")
    assert "export DATABASE_URL=" in text
    blocks = sh_blocks(text)
    assert len(blocks) >= 8
    commands = "\n".join(blocks)
    for step in ("sqlxc init", "sqlxc check", "sqlxc build", "sqlxc explain", "sqlxc migrate apply",
                 "sqlxc migrate list", "sqlxc migrate rollback"):
        assert step in commands, f"the tutorial no longer shows {step}"


def _columns(url: str, table: str) -> list[str]:
    from sqlxc.connection import connect, parse_url

    conn = connect(parse_url(url))
    try:
        cur = conn.cursor()
        cur.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND table_name = %s ORDER BY ordinal_position", (table,))
        return [r[0] for r in cur.fetchall()]
    finally:
        conn.close()


@pytest.mark.db
def test_tutorial_runs_as_written(tmp_path):
    blocks = sh_blocks(TUTORIAL.read_text(encoding="utf-8"))
    script = "set -euo pipefail\n" + "\n".join(blocks)
    # the reader's `export DATABASE_URL=…` line is replaced by the scratch database
    script = re.sub(r"^export DATABASE_URL=.*$", 'export DATABASE_URL="$SQLXC_TUTORIAL_URL"', script, flags=re.MULTILINE)
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    with scratch("postgres", "sqlxtut") as url:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SQLXC_", "XDG_"))}
        env.update(HOME=str(home), PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}", SQLXC_TUTORIAL_URL=url,
                   GIT_AUTHOR_NAME="Tutorial", GIT_AUTHOR_EMAIL="t@example.com",
                   GIT_COMMITTER_NAME="Tutorial", GIT_COMMITTER_EMAIL="t@example.com")
        run = subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True,
                             timeout=300, check=False)
        assert run.returncode == 0, f"the tutorial failed:\n--- stdout\n{run.stdout}\n--- stderr\n{run.stderr}"
        # where the tutorial ends: the first plan applied, the second rolled back
        assert _columns(url, "users") == ["id", "email", "created_at"]
        assert _columns(url, "orders") == []
