"""Drift: `sqlxc drift` and the applier's own check compare the live schema
with a plan's `from` snapshot; `sqlxc inspect` prints the live schema."""
from __future__ import annotations

import pytest

from sqlxc.plan.model import MigrationPlan
from tests.apply.conftest import plan, rows_of, step, tables_of, write_plan
from tests.dbs import run_sql, scratch

USERS = "CREATE TABLE users (id int PRIMARY KEY, email varchar(100) NOT NULL)"
EXTRA = '~ table users: columns[extra]: absent -> {"name": "extra", "nullable": true, "type": {"name": "integer"}}'


def snapshot_plan(dialect: str, url: str, steps=()) -> MigrationPlan:
    from sqlxc.introspect import introspect

    p = plan(dialect, list(steps), from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb")
    data = introspect(url).model_dump(mode="json", exclude_defaults=True)
    return p.model_copy(update={"from_schema": data})


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_drift_against_a_plan(dialect, cli, tmp_path):
    with scratch(dialect) as url:
        run_sql(url, USERS)
        path = write_plan(tmp_path / "p.json", snapshot_plan(dialect, url))
        code, out, err = cli("drift", "--url", url, "--plan", path)
        assert (code, out, err) == (0, "", f"sqlxc: no drift: {url} matches {path} (from aaaaaaaaaaaaaaaa)\n")
        run_sql(url, "ALTER TABLE users ADD COLUMN extra int")
        code, out, err = cli("drift", "--url", url, "--plan", path)
        assert code == 1
        assert out.splitlines() == [f"--- expected: {path} (from aaaaaaaaaaaaaaaa)", f"+++ database: {url}", EXTRA]


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_apply_refuses_drift_unless_allowed(dialect, signer, cli, tmp_path):
    with scratch(dialect) as url:
        run_sql(url, USERS)
        p = snapshot_plan(dialect, url, [step(1, "create_table", "b", "CREATE TABLE b (id int)", "DROP TABLE b")])
        path = write_plan(tmp_path / "p.json", signer.sign(p))
        run_sql(url, "ALTER TABLE users ADD COLUMN extra int")
        code, _, err = cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
        assert code == 1
        assert err.splitlines()[:2] == [
            f"sqlxc: error: the live schema of {url} differs from the plan's `from` snapshot (1 difference(s)):",
            "  " + EXTRA,
        ]
        assert tables_of(url) == ["users"]
        code, _, err = cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path,
                           "--allow-drift")
        assert code == 0, err
        assert rows_of(url, "SELECT status FROM sqlx_migration_ledger") == [("applied",)]


def test_inspect_writes_sqlx(cli, tmp_path):
    with scratch("postgres") as url:
        run_sql(url, USERS)
        code, out, _ = cli("inspect", "--url", url)
        assert code == 0
        assert out == ("table users {\n  id     integer\n  email  varchar(100)\n\n"
                       "  primary key users_pkey (id)\n}\n")
        code, _, err = cli("inspect", "--url", url, "-o", tmp_path / "app.sqlx")
        assert (code, (tmp_path / "app.sqlx").read_text()) == (0, out)
        assert err == f"sqlxc: wrote 1 table(s), 0 view(s) to {tmp_path / 'app.sqlx'}\n"
