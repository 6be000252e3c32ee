"""On real servers: a plan that drops a @pii column is refused until the
privacy officer approves, then applied; a failing PII step is reported; and no
output, telemetry event, audit record or ledger row names the column."""
from __future__ import annotations

import json
import logging
import re

import pytest

from sqlxc.air.canonical import to_data
from sqlxc.air.model import Column, PrimaryKey, Schema, Table, Tags, Type
from sqlxc.cli.main import main
from sqlxc.plan.model import MigrationPlan, MigrationStep, dumps_plan, with_id
from sqlxc.policy.audit import verify_log
from sqlxc.sign import approve_plan, sign_plan
from sqlxc.sign.keys import generate_key, load_key
from tests.dbs import run_sql

SECRET = "contact_email"  # the @pii column whose name must never appear
DDL = {
    "postgres": f"CREATE TABLE users (id bigint PRIMARY KEY, {SECRET} text NOT NULL, nickname text);"
                f"INSERT INTO users VALUES (1, 'a@example.com', 'a');",
    "mysql": f"CREATE TABLE users (id bigint PRIMARY KEY, {SECRET} text NOT NULL, nickname text);"
             f"INSERT INTO users VALUES (1, 'a@example.com', 'a');",
}
Q = {"postgres": '"{}"', "mysql": "`{}`"}
# A step the server refuses with an error that names the column.
FAILING = {"postgres": 'ALTER TABLE users ADD COLUMN "{0}" text', "mysql": "ALTER TABLE users ADD COLUMN `{0}` text"}


def users_schema(dialect: str) -> dict:
    cols = (Column(name="id", type=Type(name="bigint")),
            Column(name=SECRET, type=Type(name="text"), tags=Tags(pii=True, sensitivity="high")),
            Column(name="nickname", type=Type(name="text"), nullable=True))
    table = Table(name="users", columns=cols, primary_key=PrimaryKey(name="users_pkey", columns=("id",)),
                  tags=Tags(residency="eu", retention="1y", owner="crm"))
    return to_data(Schema(dialect=dialect, tables=(table,)))


def make_plan(dialect: str, kind: str, ddl: str, rollback: str, *, reversible: bool, frm: str, to: str) -> MigrationPlan:
    s = MigrationStep(id="s0001", op="drop" if kind == "drop_column" else "alter", entity="column", kind=kind,
                      object=f"users.{SECRET}", ddl=ddl, rollback=rollback, reversible=reversible)
    return with_id(MigrationPlan(**{"from": frm}, to=to, dialect=dialect, steps=(s,), from_schema=users_schema(dialect)))


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CI", raising=False)
    keys = {n: generate_key(n, tmp_path / "keys" / f"{n}.key") for n in ("steward", "officer")}
    (tmp_path / "sqlx.toml").write_text(
        '[policy]\naudit_log = "audit/events.jsonl"\n\n'
        + keys["steward"].trust_entry() + "\n" + keys["officer"].trust_entry(("privacy.officer",)))
    monkeypatch.setenv("SQLXC_SIGNING_KEY", str(keys["steward"].path))
    return tmp_path, {n: load_key(str(k.path)) for n, k in keys.items()}


@pytest.mark.db
@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_pii_migration_is_governed_and_never_named(dialect, project, capsys, caplog, request):
    root, keys = project
    url = request.getfixturevalue("pg_url" if dialect == "postgres" else "mysql_url")
    run_sql(url, DDL[dialect])
    caplog.set_level(logging.DEBUG)
    col = Q[dialect].format(SECRET)
    frm, to = "1" * 16, "2" * 16

    def apply(p: MigrationPlan) -> int:
        (root / "plan.json").write_text(dumps_plan(p))
        return main(["migrate", "apply", "--plan", "plan.json", "--url", url, "--allow-drift",
                     "--telemetry", str(root / "events.jsonl")])

    # a PII step that fails on the server: its error is reported redacted
    bad = make_plan(dialect, "alter_column", FAILING[dialect].format(SECRET), "SELECT 1", reversible=True, frm=frm, to=to)
    bad = approve_plan(sign_plan(bad, keys["steward"]), keys["officer"], str(root / "sqlx.toml"))
    assert apply(bad) == 1
    failed = capsys.readouterr()
    assert "<pii:" in failed.err  # PostgreSQL: caught by the dry run; MariaDB: by the step itself

    # dropping the PII column: refused until the privacy officer approves
    drop = make_plan(dialect, "drop_column", f"ALTER TABLE users DROP COLUMN {col}",
                     f"ALTER TABLE users ADD COLUMN {col} text", reversible=False, frm=frm, to=to)
    drop = sign_plan(drop, keys["steward"])
    assert apply(drop) == 1
    refused = capsys.readouterr()
    assert "approvals missing: s0001 drop_column users.<pii:" in refused.err
    assert "needs approval by privacy.officer (GOV101" in refused.err
    run_sql(url, "SELECT 1")  # the column is still there
    assert apply(approve_plan(drop, keys["officer"], str(root / "sqlx.toml"))) == 0

    out = capsys.readouterr()
    audit = (root / "audit" / "events.jsonl").read_text()
    events = (root / "events.jsonl").read_text()
    records = [json.loads(line) for line in audit.splitlines()]
    # PostgreSQL refuses the bad plan in its dry run, before any step runs: nothing was applied.
    expected = [("s0001", "applied")] if dialect == "postgres" else [("s0001", "failed"), ("s0001", "applied")]
    assert [(r["step"], r["status"]) for r in records] == expected
    assert records[-1]["object"].startswith("users.<pii:") and records[-1]["decision"] == {
        "effect": "obligations", "rule": "GOV101"}
    if dialect == "mysql":
        assert "<pii:" in records[0]["error"]
    assert verify_log(root / "audit" / "events.jsonl", str(root / "sqlx.toml")) == []
    ledger = json.dumps(_ledger(url))
    everything = f"{failed.out}\n{failed.err}\n{refused.out}\n{refused.err}\n{out.out}\n{out.err}\n{caplog.text}\n{audit}\n{events}\n{ledger}"
    assert "ddl.migration.error" in events and "ddl.migration.ok" in events
    leaks = [m.start() for m in re.finditer(SECRET, everything.lower())]
    assert not leaks, [everything[max(0, i - 150):i + 40] for i in leaks]


def _ledger(url: str) -> list:
    """Every ledger column a person reads (status, error, who, when…)."""
    from sqlxc.connection import connect, parse_url

    conn = connect(parse_url(url))
    try:
        cur = conn.cursor()
        cur.execute("SELECT * FROM sqlx_migration_ledger")
        names = [d[0] for d in cur.description]
        # The stored rollback plan is an executable artifact (it must hold real DDL), not a message.
        return [[str(v) for n, v in zip(names, row) if n != "rollback_plan"] for row in cur.fetchall()]
    finally:
        conn.close()
