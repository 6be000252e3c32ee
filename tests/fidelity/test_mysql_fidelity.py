"""Fidelity on MariaDB/MySQL, judged as ../shared/IDENTICAL.md says.

Each case under ``tests/fidelity/mysql/<case>/`` is a pair of plain DDL
scripts, ``from.sql`` and ``to.sql``, written as people write them (server
default names). The runner builds F and T, asks ``sqlxc migrate diff`` for the
forward and the rollback script, applies the forward script to F as one
multi-statement script, requires the independent catalog snapshots of F and T
to be equal and a second diff to be empty, then applies the rollback and
requires F to equal a fresh build of ``from.sql``.

A case holding a file ``xfail`` is a known gap: it must fail (strict), and the
file says why and whose part it is.

A case holding a file ``refused`` expects the command to exit 1 and print no
plan (an object the model cannot express differs); the file holds a text the
error output must contain.
"""
from __future__ import annotations

import contextlib
import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.catalog.mysql import comparable, snapshot
from tests.dbs import run_sql, scratch

CASES = Path(__file__).parent / "mysql"
NAMES = sorted(p.name for p in CASES.iterdir() if (p / "from.sql").exists())
PARAMS = [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=(CASES / n / "xfail").read_text().strip()))
    if (CASES / n / "xfail").exists() else n
    for n in NAMES
]


def migrate_diff(src: str, dst: str) -> tuple[int, str, str]:
    from sqlxc.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["migrate", "diff", "--from", src, "--to", dst, "--format", "sql"])
    return code, out.getvalue(), err.getvalue()


def _build(url: str, path: Path) -> None:
    text = path.read_text()
    if text.strip():
        run_sql(url, text)


@pytest.mark.db
@pytest.mark.parametrize("case", PARAMS)
def test_fidelity(case: str) -> None:
    folder = CASES / case
    with scratch("mysql", "sqlxf") as f_url, scratch("mysql", "sqlxt") as t_url, \
            scratch("mysql", "sqlxr") as r_url:
        # DDL waits on the server's disk: build the three databases at once
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(_build, (f_url, t_url, r_url), (folder / "from.sql", folder / "to.sql", folder / "from.sql")))
        code, forward, err = migrate_diff(f_url, t_url)
        if (folder / "refused").exists():
            assert (code, forward) == (1, ""), err
            assert (folder / "refused").read_text().strip() in err
            return
        assert code == 0, err
        code, backward, err = migrate_diff(t_url, f_url)
        assert code == 0, err
        if forward.strip():
            run_sql(f_url, forward)
        assert comparable(snapshot(f_url)) == comparable(snapshot(t_url)), forward
        code, again, err = migrate_diff(f_url, t_url)
        assert (code, again) == (0, ""), f"not idempotent:\n{again}{err}"
        if backward.strip():
            run_sql(f_url, backward)
        assert comparable(snapshot(f_url)) == comparable(snapshot(r_url)), backward
