"""The adversarial judge corpus: realistic schema evolutions judged exactly as
../shared/IDENTICAL.md says ("The judge").

Each case ``tests/corpus/<postgres|mysql>/<case>/`` holds ``from.sql`` and
``to.sql``: plain DDL as application developers write it, several changes per
pair. For each case the runner builds F and T, runs the installed command
``sqlxc migrate diff --from F --to T --format sql`` in a subprocess (stdout is
the script; stderr is only shown on failure), computes the rollback from the
ORIGINAL T and F before anything is applied, applies the forward script to F
(PostgreSQL: one transaction, statements that refuse a transaction in
autocommit; MySQL: one multi-statement script), compares independent catalog
snapshots of F and T, requires a second diff to print nothing, then applies the
rollback and compares F with a fresh build of ``from.sql``.

A case holding a file ``refused`` expects exit 1 with no plan (it really holds
an object sqlxc cannot model); the file holds text stderr must contain.

Known failures are listed in ``XFAIL`` below with the reason each fails
(strict: a fix flips them, and the mark must then be removed).
"""
from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.dbs import run_sql, scratch

ROOT = Path(__file__).parent

# (server, case) -> why it fails today
XFAIL: dict[tuple[str, str], str] = {}


def _cases(server: str) -> list:
    folder = ROOT / server
    names = sorted(p.name for p in folder.iterdir() if (p / "from.sql").exists()) if folder.exists() else []
    params = []
    for name in names:
        reason = XFAIL.get((server, name))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def migrate_diff(src: str, dst: str) -> tuple[int, str, str]:
    """The judge's call: the installed command in its own process, stdout only."""
    proc = subprocess.run([sys.executable, "-m", "sqlxc", "migrate", "diff", "--from", src, "--to", dst,
                           "--format", "sql"], capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr


# --- PostgreSQL -------------------------------------------------------------

# Statements PostgreSQL refuses inside a transaction block; the judge runs them in autocommit.
_NO_TX = re.compile(r"^\s*(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\s+.*CONCURRENTLY"
                    r"|VACUUM|CREATE\s+DATABASE|DROP\s+DATABASE)", re.I | re.S)


def split_statements(script: str) -> list[str]:
    """Split SQL at top-level ';' (outside quotes, dollar quotes and comments)."""
    out, buf, i, n = [], [], 0, len(script)
    while i < n:
        c = script[i]
        if c in "'\"":
            j = i + 1
            while j < n and not (script[j] == c and script[j + 1:j + 2] != c):
                j += 2 if script[j] == c else 1
            buf.append(script[i:j + 1])
            i = j + 1
        elif c == "$" and (m := re.match(r"\$[A-Za-z_0-9]*\$", script[i:])):
            end = script.find(m.group(), i + len(m.group()))
            end = n if end < 0 else end + len(m.group())
            buf.append(script[i:end])
            i = end
        elif script.startswith("--", i):
            j = script.find("\n", i)
            j = n if j < 0 else j
            buf.append(script[i:j])
            i = j
        elif c == ";":
            out.append("".join(buf).strip())
            buf, i = [], i + 1
        else:
            buf.append(c)
            i += 1
    out.append("".join(buf).strip())
    return [s for s in out if s and not all(line.strip().startswith("--") for line in s.splitlines())]


def _pg_connect(url: str, autocommit: bool):
    import psycopg

    from tests.catalog.postgres import _conninfo

    return psycopg.connect(_conninfo(url) + " options='-c synchronous_commit=off'", autocommit=autocommit)


def pg_apply(url: str, script: str) -> None:
    """As the judge: one transaction; a statement that refuses one runs alone in autocommit."""
    groups: list[tuple[bool, list[str]]] = []
    for stmt in split_statements(script):
        tx = not _NO_TX.match(stmt)
        if tx and groups and groups[-1][0]:
            groups[-1][1].append(stmt)
        else:
            groups.append((tx, [stmt]))
    for tx, stmts in groups:
        with _pg_connect(url, autocommit=not tx) as conn:
            if tx:
                conn.execute(";\n".join(stmts))
            else:
                conn.execute(stmts[0])


_PG_RESET = """
DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public
"""


def _pg_build(url: str, path: Path) -> None:
    with _pg_connect(url, autocommit=True) as conn:
        conn.execute(_PG_RESET)
        text = path.read_text()
        if text.strip():
            conn.execute(text)


@pytest.fixture(scope="module")
def pg_dbs():
    with scratch("postgres", "sqlxcf") as f, scratch("postgres", "sqlxct") as t, scratch("postgres", "sqlxcr") as r:
        yield f, t, r


@pytest.mark.parametrize("case", _cases("postgres"))
def test_postgres(case: str, pg_dbs) -> None:
    from tests.catalog.postgres import comparable, snapshot

    f, t, r = pg_dbs
    folder = ROOT / "postgres" / case
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(_pg_build, (f, t, r), [folder / n for n in ("from.sql", "to.sql", "from.sql")]))
    _judge(folder, f, t, r, pg_apply, lambda u: comparable(snapshot(u)))


# --- MySQL / MariaDB ---------------------------------------------------------

def _my_build(url: str, path: Path) -> None:
    text = path.read_text()
    if text.strip():
        run_sql(url, text)


@pytest.mark.parametrize("case", _cases("mysql"))
def test_mysql(case: str) -> None:
    from tests.catalog.mysql import comparable, snapshot

    folder = ROOT / "mysql" / case
    with scratch("mysql", "sqlxcf") as f, scratch("mysql", "sqlxct") as t, scratch("mysql", "sqlxcr") as r:
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(_my_build, (f, t, r), [folder / n for n in ("from.sql", "to.sql", "from.sql")]))
        _judge(folder, f, t, r, run_sql, lambda u: comparable(snapshot(u)))


# --- the judge ----------------------------------------------------------------

def delta(a, b, path: str = "") -> list[str]:
    """The paths where two snapshots differ, each with both values: readable failures."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b), key=str)
                for d in delta(a.get(k, "<missing>"), b.get(k, "<missing>"), f"{path}/{k}")]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def _judge(folder: Path, f: str, t: str, r: str, apply, snap) -> None:
    # both scripts come from the ORIGINAL F and T, before anything is applied: ask at once
    with ThreadPoolExecutor(2) as pool:
        fwd, bwd = pool.submit(migrate_diff, f, t), pool.submit(migrate_diff, t, f)
        (code, forward, err), (bcode, backward, berr) = fwd.result(), bwd.result()
    if (folder / "refused").exists():
        assert (code, forward) == (1, ""), f"expected a refusal, got exit {code}:\n{forward}{err}"
        assert (folder / "refused").read_text().strip() in err, err
        return
    assert code == 0, f"forward diff exit {code}:\n{err}"
    assert bcode == 0, f"rollback diff exit {bcode}:\n{berr}"
    assert forward.strip(), "the forward diff printed nothing although from.sql and to.sql differ"
    apply(f, forward)
    diff = delta(snap(f), snap(t))
    assert not diff, "forward script leaves a difference (migrated F != T):\n" + "\n".join(diff) + "\n" + forward
    code, again, err = migrate_diff(f, t)
    assert (code, again) == (0, ""), f"not idempotent (exit {code}):\n{again}{err}"
    if backward.strip():
        apply(f, backward)
    diff = delta(snap(f), snap(r))
    assert not diff, "rollback leaves a difference (F != fresh from):\n" + "\n".join(diff) + "\n" + backward
