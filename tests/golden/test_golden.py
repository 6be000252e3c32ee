"""Golden cases: ``golden/<case>/before.sqlx`` + ``after.sqlx`` -> the exact up and
down SQL per dialect in ``golden/<case>/expected/<dialect>.{up,down}.sql``.

Two tests per case and dialect:

* ``test_golden_sql``: the plan's SQL equals the expected files byte for byte.
  ``pytest --regen-golden`` rewrites them (explicit only; review the git diff).
* ``test_golden_runs``: on the real server, build ``before`` fresh, run every
  up step, require the catalogs to equal ``after`` built fresh; run every down
  step, require the catalogs to equal ``before`` again.

A case holding a ``dialects`` file runs only for the dialects it lists.
"""
from __future__ import annotations

import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from sqlxc.air.canonical import canonical, canonical_json
from sqlxc.air.model import Schema

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
DIALECTS = ("postgres", "mysql")


def _cases() -> list[tuple[str, str]]:
    out = []
    for case in sorted(p for p in GOLDEN.iterdir() if (p / "before.sqlx").is_file()):
        listed = case / "dialects"
        dialects = listed.read_text().split() if listed.is_file() else DIALECTS
        out.extend((case.name, d) for d in dialects)
    return out


CASES = _cases()
IDS = [f"{c}-{d}" for c, d in CASES]


def _schema(path: Path) -> Schema:
    from sqlxc.dsl import compile_text

    text = path.read_text(encoding="utf-8")
    return compile_text(text, str(path)) if text.strip() else Schema()


def _plan(case: str, dialect: str, before: Schema | None = None):
    from sqlxc.dialects import get
    from sqlxc.plan.build import build_plan

    before = _schema(GOLDEN / case / "before.sqlx") if before is None else before
    return build_plan(before, _schema(GOLDEN / case / "after.sqlx"), get(dialect))


def _sql(plan, direction: str) -> str:
    from sqlxc.plan.build import render_sql

    return render_sql(plan, direction, header=False)


def test_there_are_enough_cases():
    assert len({c for c, _ in CASES}) >= 60


@pytest.mark.parametrize("case,dialect", CASES, ids=IDS)
def test_golden_sql(case, dialect, request):
    expected = GOLDEN / case / "expected"
    plan = _plan(case, dialect)
    got = {f"{dialect}.up.sql": _sql(plan, "up"), f"{dialect}.down.sql": _sql(plan, "down")}
    if request.config.getoption("--regen-golden"):
        expected.mkdir(exist_ok=True)
        for name, text in got.items():
            (expected / name).write_text(text, encoding="utf-8")
    for name, text in got.items():
        path = expected / name
        assert path.is_file(), f"{path} is missing; run pytest --regen-golden and review it"
        assert text == path.read_text(encoding="utf-8"), f"{case}: {name} differs (pytest --regen-golden to accept)"


def _run(url: str, statements) -> None:
    """Run the steps as the judge does: on PostgreSQL in one transaction (so a plan
    that uses an enum value it adds fails here too), on MySQL one by one."""
    from sqlxc.connection import connect, parse_url

    u = parse_url(url)
    conn = connect(u, autocommit=u.dialect != "postgres")
    try:
        cur = conn.cursor()
        for sql in statements:
            if not sql:
                continue
            try:
                cur.execute(sql)
                while u.dialect == "mysql" and cur.nextset():
                    pass
            except Exception as exc:  # noqa: BLE001 - name the statement that failed
                pytest.fail(f"statement failed: {exc}\n{sql}")
        conn.commit()
    finally:
        conn.close()


def _catalog(url: str) -> str:
    """The database as introspection reads it; PostgreSQL column order does not count."""
    from sqlxc.introspect import introspect

    s = canonical(introspect(url))
    # the other cases' scratch schemas in the same database are not part of this one
    s = s.model_copy(update={"opaque": tuple(o for o in s.opaque if not o.name.startswith("g_"))})
    if s.dialect == "postgres":
        s = s.model_copy(update={"tables": tuple(
            t.model_copy(update={"columns": tuple(sorted(t.columns, key=lambda c: c.name))}) for t in s.tables)})
    return canonical_json(s, hints=False)


@pytest.fixture(scope="module")
def pg_database():
    """One PostgreSQL database for the module (creating one costs seconds); each
    case gets its own schemas in it (see ``_scratch``)."""
    from tests.dbs import scratch

    with scratch("postgres", "sqlxg") as url:
        yield url


@contextmanager
def _scratch(dialect: str, pg_url: str | None):
    """A fresh, empty place for one database build: a schema on PostgreSQL
    (selected through search_path), a database on MySQL."""
    from tests.dbs import run_sql, scratch

    if dialect != "postgres":
        with scratch(dialect) as url:
            yield url
        return
    name = f"g_{uuid.uuid4().hex[:12]}"
    run_sql(pg_url, f'CREATE SCHEMA "{name}"')
    try:
        yield f"{pg_url}?options=-csearch_path%3D{name}"
    finally:
        run_sql(pg_url, f'DROP SCHEMA "{name}" CASCADE')


@pytest.mark.parametrize("case,dialect", CASES, ids=IDS)
def test_golden_runs(case, dialect, request):
    pg_url = request.getfixturevalue("pg_database") if dialect == "postgres" else None

    from sqlxc.dialects import get
    from sqlxc.plan.build import build_plan

    plan = _plan(case, dialect)
    d = get(dialect)
    before, after = _schema(GOLDEN / case / "before.sqlx"), _schema(GOLDEN / case / "after.sqlx")
    with _scratch(dialect, pg_url) as url, _scratch(dialect, pg_url) as fresh:
        _run(url, [s.ddl for s in build_plan(Schema(), before, d).steps])
        original = _catalog(url)
        _run(url, [s.ddl for s in plan.steps])
        _run(fresh, [s.ddl for s in build_plan(Schema(), after, d).steps])
        assert _catalog(url) == _catalog(fresh), f"{case}: migrated database differs from a fresh build of after"
        _run(url, [s.rollback for s in reversed(plan.steps)])
        assert _catalog(url) == original, f"{case}: rollback did not restore before"
