"""Fidelity on PostgreSQL, judged as ../shared/IDENTICAL.md says.

Each case under ``tests/fidelity/postgres/<case>/`` is a pair of plain DDL
scripts, ``from.sql`` and ``to.sql``, written as people write them. The runner
builds F and T, asks ``sqlxc migrate diff`` for the forward and the rollback
script, applies the forward script to F in one transaction, requires the
independent catalog snapshots of F and T to be equal and a second diff to be
empty, then applies the rollback and requires F to equal a fresh build of
``from.sql``.

A case holding a file ``xfail`` is a known gap (the file says which).
A case holding a file ``refused`` expects the command to exit 1 and print no
plan (an object the model cannot express differs); the file holds a text the
error output must contain.
"""
from __future__ import annotations

import contextlib
import io
from pathlib import Path

import psycopg
import pytest

from tests.catalog.postgres import comparable, snapshot
from tests.dbs import scratch

CASES = Path(__file__).parent / "postgres"
NAMES = sorted(p.name for p in CASES.iterdir() if (p / "from.sql").exists())


def _param(name: str):
    # A case holding a file ``xfail`` is a known gap, named in that file; strict, so
    # that the fix shows up as a failure to remove the file.
    reason = CASES / name / "xfail"
    marks = [pytest.mark.xfail(reason=reason.read_text().strip(), strict=True)] if reason.exists() else []
    return pytest.param(name, marks=marks, id=name)


def migrate_diff(src: str, dst: str) -> tuple[int, str, str]:
    from sqlxc.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["migrate", "diff", "--from", src, "--to", dst, "--format", "sql"])
    return code, out.getvalue(), err.getvalue()


def _connect(url: str, autocommit: bool):
    from tests.catalog.postgres import _conninfo

    # Durability is not under test: skipping the WAL flush per commit keeps the suite fast.
    return psycopg.connect(_conninfo(url) + " options='-c synchronous_commit=off'", autocommit=autocommit)


def apply_script(url: str, script: str) -> None:
    """One transaction, as the judge applies a forward script on PostgreSQL."""
    with _connect(url, autocommit=False) as conn:  # commits on success, rolls back on error
        conn.execute(script)


# Creating a database costs the server about a second; the cases share three
# and start each from an empty public schema instead.
RESET = """
DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public
"""


@pytest.fixture(scope="module")
def dbs():
    with scratch("postgres", "sqlxf") as f, scratch("postgres", "sqlxt") as t, scratch("postgres", "sqlxr") as r:
        yield f, t, r


def _build(url: str, path: Path) -> None:
    with _connect(url, autocommit=True) as conn:
        conn.execute(RESET)
        text = path.read_text()
        if text.strip():
            conn.execute(text)


@pytest.mark.parametrize("case", [_param(n) for n in NAMES])
def test_fidelity(case: str, dbs) -> None:
    folder = CASES / case
    f_url, t_url, r_url = dbs
    _build(f_url, folder / "from.sql")
    _build(t_url, folder / "to.sql")
    code, forward, err = migrate_diff(f_url, t_url)
    if (folder / "refused").exists():
        assert (code, forward) == (1, ""), err
        assert (folder / "refused").read_text().strip() in err
        return
    assert code == 0, err
    code, backward, err = migrate_diff(t_url, f_url)
    assert code == 0, err
    if forward.strip():
        apply_script(f_url, forward)
    assert comparable(snapshot(f_url)) == comparable(snapshot(t_url)), forward
    code, again, err = migrate_diff(f_url, t_url)
    assert (code, again) == (0, ""), f"not idempotent:\n{again}{err}"
    if backward.strip():
        apply_script(f_url, backward)
    _build(r_url, folder / "from.sql")
    assert comparable(snapshot(f_url)) == comparable(snapshot(r_url)), backward
