"""The applier on real servers, through the CLI: apply, no-op re-apply, list,
rollback, refusals before any DDL, and failures half-way."""
from __future__ import annotations

import json

import pytest

from tests.apply.conftest import events, plan, rows_of, step, tables_of, write_plan
from tests.dbs import run_sql, scratch

DIALECTS = ("postgres", "mysql")
LEDGER_ROWS = "SELECT id, action, status, from_version, to_version FROM sqlx_migration_ledger ORDER BY id"


@pytest.fixture(params=DIALECTS)
def db(request):
    with scratch(request.param) as url:
        yield request.param, url


def drop_index(dialect: str, name: str, table: str) -> str:
    return f"DROP INDEX {name}" + (f" ON {table}" if dialect == "mysql" else "")


def two_tables(dialect: str, signer):
    return signer.sign(plan(dialect, [
        step(1, "create_table", "a", "CREATE TABLE a (id int PRIMARY KEY, v int)", "DROP TABLE a"),
        step(2, "create_index", "a.a_v_idx", "CREATE INDEX a_v_idx ON a (v)", drop_index(dialect, "a_v_idx", "a"),
             entity="index"),
        step(3, "create_table", "b", "CREATE TABLE b (id int PRIMARY KEY)", "DROP TABLE b"),
    ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))


def test_apply_list_noop_rollback(db, signer, cli, tmp_path):
    dialect, url = db
    p = two_tables(dialect, signer)
    path = write_plan(tmp_path / "plan.json", p)
    sink = tmp_path / "events.jsonl"
    code, _, err = cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path,
                       "--telemetry", sink)
    assert (code, err.splitlines()[0].split(" (")[0]) == (0, f"sqlxc: applied {p.id}")
    assert tables_of(url) == ["a", "b", "sqlx_migration_ledger", "sqlx_migration_recovery"]
    assert [e["event"] for e in events(sink)] == ["ddl.plan.diff", "ddl.migration.start", "ddl.migration.ok"]

    code, _, err = cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
    assert code == 0
    assert err.splitlines() == [f"sqlxc: nothing to do: {p.id}", f"  {p.id} is already applied (ledger row 1)"]

    code, out, err = cli("migrate", "rollback", "--id", p.id, "--url", url, "--config", signer.config_path)
    assert code == 0, err
    # Both servers keep the rolled-back tables' rows in the trash until `migrate cleanup`.
    trash = [t for t in tables_of(url) if t.startswith("sqlx_trash_")]
    assert len(trash) == 2
    assert [t for t in tables_of(url) if t not in trash] == ["sqlx_migration_ledger", "sqlx_migration_recovery"]
    assert rows_of(url, LEDGER_ROWS) == [
        (1, "apply", "applied", "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"),
        (2, "rollback", "rolled_back", "bbbbbbbbbbbbbbbb", "aaaaaaaaaaaaaaaa"),
    ]
    code, out, err = cli("migrate", "list", "--url", url, "--verify")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "APPLIED_AT", "ACTION", "STATUS", "PLAN", "FROM", "TO", "BY"]
    assert [ln.split()[2:7] for ln in lines[1:]] == [
        ["apply", "applied", p.id, "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"],
        ["rollback", "rolled_back", p.id, "bbbbbbbbbbbbbbbb", "aaaaaaaaaaaaaaaa"],
    ]
    assert err == "sqlxc: ledger chain verified (2 row(s))\n"

    # After the rollback the same plan applies again: history is linear, not a set.
    code, _, err = cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
    assert code == 0, err
    assert rows_of(url, "SELECT id, status FROM sqlx_migration_ledger ORDER BY id")[-1] == (3, "applied")


def test_list_verify_detects_an_edited_row(db, signer, cli, tmp_path):
    dialect, url = db
    path = write_plan(tmp_path / "plan.json", two_tables(dialect, signer))
    assert cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)[0] == 0
    run_sql(url, "UPDATE sqlx_migration_ledger SET applied_by = 'mallory' WHERE id = 1")
    code, out, _ = cli("migrate", "list", "--url", url, "--verify", "--format", "json")
    data = json.loads(out)
    assert (code, data["verified"], data["problems"]) == (
        1, False, [{"row": 1, "message": "signature does not match its content and the previous row"}])


def test_tampered_plan_is_refused_before_any_ddl(db, signer, cli, tmp_path):
    dialect, url = db
    p = two_tables(dialect, signer)
    text = write_plan(tmp_path / "plan.json", p).read_text().replace("CREATE TABLE b", "CREATE TABLE evil")
    (tmp_path / "plan.json").write_text(text)
    code, _, err = cli("migrate", "apply", "--plan", tmp_path / "plan.json", "--url", url,
                       "--config", signer.config_path)
    assert code == 1
    assert err.startswith(f"sqlxc: error: plan {p.id}: its content hashes to mig:")
    assert "the plan was modified after it was built" in err
    assert tables_of(url) == []  # not even the ledger was created


def test_unsigned_plan_is_refused(db, signer, cli, tmp_path):
    dialect, url = db
    from sqlxc.plan.model import with_id

    p = with_id(plan(dialect, [step(1, "create_table", "a", "CREATE TABLE a (id int)", "DROP TABLE a")],
                     from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))
    code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                       "--config", signer.config_path)
    assert (code, err.splitlines()[0]) == (1, f"sqlxc: error: plan {p.id} is unsigned")
    assert tables_of(url) == []


def test_wrong_dialect_is_refused(signer, cli, tmp_path):
    p = two_tables("mysql", signer)
    with scratch("postgres") as url:
        code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                           "--config", signer.config_path)
        assert code == 1
        assert err.splitlines()[0] == (f"sqlxc: error: plan {p.id} is for mysql, but "
                                       f"{url} is a postgres server")
        assert tables_of(url) == []


def test_plan_from_another_version_is_refused(db, signer, cli, tmp_path):
    dialect, url = db
    first = write_plan(tmp_path / "one.json", two_tables(dialect, signer))
    assert cli("migrate", "apply", "--plan", first, "--url", url, "--config", signer.config_path)[0] == 0
    other = signer.sign(plan(dialect, [step(1, "create_table", "c", "CREATE TABLE c (id int)", "DROP TABLE c")],
                             from_="cccccccccccccccc", to="dddddddddddddddd"))
    code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "two.json", other), "--url", url,
                       "--config", signer.config_path)
    assert code == 1
    assert err.splitlines()[0] == (
        f"sqlxc: error: the database is at version bbbbbbbbbbbbbbbb (ledger row 1, "
        f"{two_tables(dialect, signer).id}), but plan {other.id} starts from cccccccccccccccc")
    assert "c" not in tables_of(url)


def failing_plan(dialect: str, signer):
    """A new table, then a unique index over duplicate rows: fails at s0002."""
    return signer.sign(plan(dialect, [
        step(1, "create_table", "fresh", "CREATE TABLE fresh (id int PRIMARY KEY)", "DROP TABLE fresh"),
        step(2, "create_index", "items.items_v_key", "CREATE UNIQUE INDEX items_v_key ON items (v)",
             drop_index(dialect, "items_v_key", "items"), entity="index"),
    ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))


def test_failing_step_leaves_database_at_from(db, signer, cli, tmp_path):
    dialect, url = db
    run_sql(url, "CREATE TABLE items (id int PRIMARY KEY, v int); INSERT INTO items VALUES (1, 7), (2, 7)")
    p = failing_plan(dialect, signer)
    sink, metrics = tmp_path / "events.jsonl", tmp_path / "sqlx.prom"
    code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                       "--config", signer.config_path, "--telemetry", sink, "--metrics-file", metrics)
    assert code == 1
    first = err.splitlines()[0]
    assert first.startswith("sqlxc: error: step s0002 (create_index items.items_v_key) failed: ")
    assert first.endswith(f"Nothing of {p.id} remains applied"
                          + ("; 1 completed unit(s) were undone" if dialect == "mysql" else "")
                          + ": the database is at aaaaaaaaaaaaaaaa")
    assert tables_of(url) == ["items", "sqlx_migration_ledger", "sqlx_migration_recovery"]
    assert rows_of(url, "SELECT id, v FROM items ORDER BY id") == [(1, 7), (2, 7)]
    assert rows_of(url, "SELECT id, status FROM sqlx_migration_ledger") == [(1, "failed")]
    names = [e["event"] for e in events(sink)]
    expected = ["ddl.plan.diff", "ddl.migration.start", "ddl.migration.error"]
    assert names == expected + (["ddl.migration.rollback"] if dialect == "mysql" else [])
    assert events(sink)[2]["step"] == "s0002"
    text = metrics.read_text()
    assert 'sqlx_migration_errors_total{error_class="step_failed"} 1.0' in text
    assert f'sqlx_migration_duration_ms{{plan_id="{p.id}",step="s0001"}}' in text
    # The journal is closed: the next apply is not refused as interrupted.
    run_sql(url, "DELETE FROM items WHERE id = 2")
    code, _, err = cli("migrate", "apply", "--plan", tmp_path / "p.json", "--url", url, "--config", signer.config_path)
    assert code == 0, err
    assert rows_of(url, "SELECT id, status FROM sqlx_migration_ledger ORDER BY id") == [(1, "failed"), (2, "applied")]


def test_mysql_compensation_restores_dropped_data(signer, cli, tmp_path):
    """A dropped column's values and a dropped table's rows come back when a later step fails."""
    with scratch("mysql") as url:
        run_sql(url, "CREATE TABLE items (id int PRIMARY KEY, v int, note varchar(20));"
                     "INSERT INTO items VALUES (1, 7, 'one'), (2, 7, 'two');"
                     "CREATE TABLE old (id int PRIMARY KEY); INSERT INTO old VALUES (5), (6)")
        p = signer.sign(plan("mysql", [
            step(1, "drop_column", "items.note", "ALTER TABLE items DROP COLUMN note",
                 "ALTER TABLE items ADD COLUMN note varchar(20) AFTER v", op="drop", entity="column"),
            step(2, "drop_table", "old", "DROP TABLE old", "CREATE TABLE old (id int PRIMARY KEY)", op="drop"),
            step(3, "create_table", "old", "CREATE TABLE old (id int PRIMARY KEY, bad nosuchtype)", "DROP TABLE old"),
            step(4, "create_index", "items.items_v_key", "CREATE UNIQUE INDEX items_v_key ON items (v)",
                 "DROP INDEX items_v_key ON items", entity="index"),
        ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))
        code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                           "--config", signer.config_path)
        assert code == 1
        assert "step s0003 (create_table old) failed" in err
        assert rows_of(url, "SELECT id, v, note FROM items ORDER BY id") == [(1, 7, "one"), (2, 7, "two")]
        assert rows_of(url, "SELECT id FROM old ORDER BY id") == [(5,), (6,)]
        assert [c[0] for c in rows_of(url, "SHOW COLUMNS FROM items")] == ["id", "v", "note"]
        trash = [t for t in tables_of(url) if t.startswith("sqlx_trash_")]
        assert len(trash) == 1  # the column copy; the renamed table went back
        code, out, _ = cli("migrate", "cleanup", "--url", url)
        assert (code, out.split()) == (0, trash)
        assert not [t for t in tables_of(url) if t.startswith("sqlx_trash_")]


def test_mysql_runs_destructive_steps_last(signer, cli, tmp_path):
    with scratch("mysql") as url:
        run_sql(url, "CREATE TABLE old (id int PRIMARY KEY); INSERT INTO old VALUES (1)")
        p = signer.sign(plan("mysql", [
            step(1, "drop_table", "old", "DROP TABLE old", "CREATE TABLE old (id int PRIMARY KEY)", op="drop"),
            step(2, "create_table", "bad", "CREATE TABLE bad (id nosuchtype)", "DROP TABLE bad"),
        ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))
        code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                           "--config", signer.config_path)
        assert code == 1 and "step s0002 (create_table bad) failed" in err
        # s0001 never ran: the failing creation came first.
        assert rows_of(url, "SELECT id FROM old") == [(1,)]
        assert not [t for t in tables_of(url) if t.startswith("sqlx_trash_")]


def test_pg_dry_run_failure_changes_nothing(signer, cli, tmp_path):
    with scratch("postgres") as url:
        p = signer.sign(plan("postgres", [
            step(1, "create_table", "a", "CREATE TABLE a (id int)", "DROP TABLE a"),
            step(2, "create_table", "bad", "CREATE TABLE bad (id nosuchtype)", "DROP TABLE bad"),
        ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))
        code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                           "--config", signer.config_path, "--dry-run")
        assert code == 1
        assert err.splitlines()[0] == ('sqlxc: error: dry run on a schema-only copy failed at step s0002 '
                                       '(create_table bad): type "nosuchtype" does not exist')
        assert tables_of(url) == []
        assert not rows_of(url, "SELECT datname FROM pg_database WHERE datname LIKE 'sqlx_dryrun_%'")


def test_pg_concurrent_index_runs_outside_the_transaction(signer, cli, tmp_path):
    with scratch("postgres") as url:
        run_sql(url, "CREATE TABLE items (id int PRIMARY KEY, v int); INSERT INTO items VALUES (1, 7), (2, 7)")
        p = signer.sign(plan("postgres", [
            step(1, "create_table", "a", "CREATE TABLE a (id int)", "DROP TABLE a"),
            step(2, "create_index", "items.items_v_key", "CREATE UNIQUE INDEX CONCURRENTLY items_v_key ON items (v)",
                 "DROP INDEX CONCURRENTLY items_v_key", entity="index", transactional=False),
        ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))
        code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                           "--config", signer.config_path)
        assert code == 1 and "step s0002 (create_index items.items_v_key) failed" in err
        # the invalid index a failed concurrent build leaves is gone, and s0001 was undone
        assert rows_of(url, "SELECT indexname FROM pg_indexes WHERE tablename = 'items'") == [("items_pkey",)]
        assert tables_of(url) == ["items", "sqlx_migration_ledger", "sqlx_migration_recovery"]
        run_sql(url, "DELETE FROM items WHERE id = 2")
        assert cli("migrate", "apply", "--plan", tmp_path / "p.json", "--url", url,
                   "--config", signer.config_path)[0] == 0
        assert rows_of(url, "SELECT indexname FROM pg_indexes WHERE tablename = 'items' ORDER BY 1") == [
            ("items_pkey",), ("items_v_key",)]


def test_pii_names_are_redacted_in_errors(signer, cli, tmp_path):
    from sqlxc.policy.redact import placeholder

    with scratch("postgres") as url:
        schema = {"dialect": "postgres", "tables": [{"name": "users", "columns": [
            {"name": "id", "type": {"name": "integer"}},
            {"name": "email", "type": {"name": "text"}, "tags": {"pii": True}}]}]}
        p = plan("postgres", [step(1, "add_column", "users.email", "ALTER TABLE users ADD COLUMN email text",
                                   "ALTER TABLE users DROP COLUMN email", entity="column")],
                 from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb")
        p = signer.sign(p.model_copy(update={"to_schema": schema}))
        code, _, err = cli("migrate", "apply", "--plan", write_plan(tmp_path / "p.json", p), "--url", url,
                           "--config", signer.config_path, "--dry-run")
        assert code == 1
        assert "email" not in err
        assert f"add_column users.{placeholder('email')}" in err
