"""Faults with real processes: an applier killed with SIGKILL mid-plan is
detected and recovered; two appliers started at once apply the plan once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.apply.conftest import plan, rows_of, step, tables_of, write_plan
from tests.dbs import scratch

SLEEP = {"postgres": "SELECT pg_sleep({s})", "mysql": "DO SLEEP({s})"}


def sleepy_plan(dialect: str, signer, seconds: float):
    """a, then a step that sleeps in its own unit, then b."""
    return signer.sign(plan(dialect, [
        step(1, "create_table", "a", "CREATE TABLE a (id int PRIMARY KEY)", "DROP TABLE a"),
        step(2, "create_table", "slow", SLEEP[dialect].format(s=seconds), "", transactional=False),
        step(3, "create_table", "b", "CREATE TABLE b (id int PRIMARY KEY)", "DROP TABLE b"),
    ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))


def sqlxc(*args) -> subprocess.Popen:
    env = {**os.environ, "CI": "1"}
    return subprocess.Popen([sys.executable, "-m", "sqlxc", *map(str, args)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(predicate, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def unit_started(url: str, unit: int) -> bool:
    try:
        return bool(rows_of(url, f"SELECT 1 FROM sqlx_migration_recovery WHERE unit = {unit} AND state = 'started'"))
    except Exception:  # noqa: BLE001 - the journal table does not exist yet
        return False


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_killed_run_is_detected_and_rolled_back(dialect, signer, cli, tmp_path):
    with scratch(dialect) as url:
        p = sleepy_plan(dialect, signer, 3)
        path = write_plan(tmp_path / "p.json", p)
        proc = sqlxc("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
        wait_for(lambda: unit_started(url, 2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert "a" in tables_of(url)

        code, _, err = cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
        assert code == 1
        first = err.splitlines()[0]
        assert first.startswith(f"sqlxc: error: a previous run of {p.id} on {url} was interrupted (run ")
        assert first.endswith("stopped in unit 2/3)")
        assert "sqlxc migrate recover --url" in err

        code, _, err = cli("migrate", "recover", "--url", url, "--config", signer.config_path)
        assert code == 0, err
        assert err.startswith("sqlxc: recovered mig:")
        assert [t for t in tables_of(url) if not t.startswith("sqlx_")] == []
        assert rows_of(url, "SELECT id, status FROM sqlx_migration_ledger") == [(1, "failed")]
        assert cli("migrate", "recover", "--url", url)[2] == "sqlxc: no interrupted run to recover\n"


def test_killed_run_can_be_resumed(signer, cli, tmp_path):
    with scratch("mysql") as url:
        path = write_plan(tmp_path / "p.json", sleepy_plan("mysql", signer, 3))
        proc = sqlxc("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
        wait_for(lambda: unit_started(url, 2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        code, _, err = cli("migrate", "recover", "--resume", "--url", url, "--config", signer.config_path)
        assert code == 0, err
        assert [t for t in tables_of(url) if not t.startswith("sqlx_")] == ["a", "b"]
        assert rows_of(url, "SELECT id, status FROM sqlx_migration_ledger") == [(1, "applied")]


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_two_appliers_at_once_apply_exactly_once(dialect, signer, tmp_path):
    with scratch(dialect) as url:
        path = write_plan(tmp_path / "p.json", sleepy_plan(dialect, signer, 1))
        procs = [sqlxc("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
                 for _ in range(2)]
        results = [(p.wait(), p.stderr.read()) for p in procs]
        assert [code for code, _ in results] == [0, 0], results
        verbs = sorted(err.split(" mig:")[0] for _, err in results)
        assert verbs == ["sqlxc: applied", "sqlxc: nothing to do:"]
        assert rows_of(url, "SELECT id, status FROM sqlx_migration_ledger") == [(1, "applied")]
