"""Pure parts of the applier, as tables: unit grouping, destructive-last order,
rollback plans, the ledger chain, telemetry sinks and metrics."""
from __future__ import annotations

import json

import pytest

from sqlxc.apply import ledger
from sqlxc.apply.invert import inverse_kind, rollback_plan
from sqlxc.apply.units import plan_units
from sqlxc.telemetry.events import Emitter
from sqlxc.telemetry.metrics import Metrics
from tests.apply.conftest import plan, step


def s(n, kind, obj, tx=True, ddl="X"):
    return step(n, kind, obj, ddl, "U", transactional=tx)


@pytest.mark.parametrize("dialect, steps, expected", [
    # PostgreSQL: consecutive transactional steps share a transaction; a non-transactional one runs alone
    ("postgres", [s(1, "create_table", "a"), s(2, "create_table", "b")], [(("s0001", "s0002"), True)]),
    ("postgres", [s(1, "create_table", "a"), s(2, "create_index", "a.i", tx=False), s(3, "add_column", "a.c")],
     [(("s0001",), True), (("s0002",), False), (("s0003",), True)]),
    ("postgres", [s(1, "create_table", "a", ddl=""), s(2, "create_table", "b")], [(("s0002",), True)]),
    # PostgreSQL: an added enum value commits before the steps that may use it
    ("postgres", [s(1, "create_table", "a"), s(2, "add_enum_value", "mood.away"), s(3, "alter_column", "a.m")],
     [(("s0002",), True), (("s0001", "s0003"), True)]),
    # MySQL: one statement per unit; destructive steps last unless a later step is about the same table
    ("mysql", [s(1, "drop_table", "old"), s(2, "create_table", "b")], [(("s0002",), False), (("s0001",), False)]),
    ("mysql", [s(1, "drop_column", "t.c"), s(2, "add_column", "t.c")], [(("s0001",), False), (("s0002",), False)]),
    ("mysql", [s(1, "drop_column", "t.c"), s(2, "drop_table", "u"), s(3, "create_index", "v.i")],
     [(("s0003",), False), (("s0001",), False), (("s0002",), False)]),
])
def test_units(dialect, steps, expected):
    units = plan_units(tuple(steps), dialect)
    assert [(tuple(x.id for x in u.steps), u.transactional) for u in units] == expected
    assert [u.number for u in units] == list(range(1, len(units) + 1))


@pytest.mark.parametrize("kind, inverse", [
    ("create_table", "drop_table"), ("drop_table", "create_table"), ("add_column", "drop_column"),
    ("drop_column", "add_column"), ("drop_foreign_key", "add_foreign_key"), ("drop_index", "create_index"),
    ("rename_column", "rename_column"), ("alter_column", "alter_column"),
])
def test_inverse_kind(kind, inverse):
    assert inverse_kind(kind) == inverse


def test_rollback_plan_reverses_and_swaps():
    p = plan("postgres", [step(1, "create_table", "a", "CREATE a", "DROP a"),
                          step(2, "add_column", "a.c", "ADD c", "DROP c", op="create", entity="column")],
             from_="f" * 16, to="t" * 16)
    rb = rollback_plan(p)
    assert (rb.from_, rb.to) == ("t" * 16, "f" * 16)
    assert [(x.id, x.op, x.kind, x.object, x.ddl, x.rollback) for x in rb.steps] == [
        ("s0001", "drop", "drop_column", "a.c", "DROP c", "ADD c"),
        ("s0002", "drop", "drop_table", "a", "DROP a", "CREATE a"),
    ]
    assert rb.id.startswith("mig:") and rb.id != p.id


def _row(i, prev, **kw):
    row = ledger.Row(i, None, "mig:x", "apply", "a", "b", "me@host", "2026-01-01T00:00:00Z", None,
                     kw.get("status", "applied"), None, "")
    return ledger.Row(**{**row.__dict__, "signature": ledger.chain(prev, row)})


def test_ledger_chain_verifies_and_names_broken_rows():
    r1 = _row(1, ledger.GENESIS)
    r2 = _row(2, r1.signature, status="failed")
    r3 = _row(3, r2.signature, status="rolled_back")
    assert ledger.verify([r1, r2, r3]) == []
    edited = ledger.Row(**{**r2.__dict__, "applied_by": "mallory"})
    assert [(p.row_id, p.message) for p in ledger.verify([r1, edited, r3])] == [
        (2, "signature does not match its content and the previous row")]
    assert [(p.row_id, p.message) for p in ledger.verify([r1, r3])] == [
        (3, "row 2 is missing (found 3)"), (3, "signature does not match its content and the previous row")]
    assert ledger.head([r1, r2]) == "b" and ledger.last_effective([r1, r2]) == r1


def test_events_go_to_a_file_redacted(tmp_path):
    sink = tmp_path / "ev.jsonl"
    em = Emitter(str(sink), redact=lambda t: t.replace("email", "<pii>"))
    em.emit("ddl.migration.start", plan_id="mig:1", steps=2)
    em.emit("ddl.migration.error", error="column email is bad", step_list=["s1 add_column users.email"])
    lines = [json.loads(x) for x in sink.read_text().splitlines()]
    assert [x["event"] for x in lines] == ["ddl.migration.start", "ddl.migration.error"]
    assert lines[1]["error"] == "column <pii> is bad" and lines[1]["step_list"] == ["s1 add_column users.<pii>"]
    assert lines[0]["trace_id"] == lines[1]["trace_id"] and lines[0]["trace_id"].startswith("mig-")
    with pytest.raises(ValueError):
        em.emit("ddl.nonsense")


def test_metrics_textfile(tmp_path):
    m = Metrics(str(tmp_path / "m.prom"))
    m.step("mig:1", "s0001", 12.5)
    m.error("step_failed")
    m.pending.set(2)
    m.write()
    text = (tmp_path / "m.prom").read_text()
    assert 'sqlx_migration_duration_ms{plan_id="mig:1",step="s0001"} 12.5' in text
    assert 'sqlx_migration_errors_total{error_class="step_failed"} 1.0' in text
    assert "sqlx_migration_pending 2.0" in text


def _ledger_row(n, plan_id, action="apply", status="applied"):
    return ledger.Row(id=n, tenant=None, plan_id=plan_id, action=action, from_version="a", to_version="b",
                      applied_by="me", applied_at="2026-01-01T00:00:00Z", rollback_plan=None, status=status,
                      error=None, signature="s")


@pytest.mark.parametrize("rows, pending", [
    ([], 3),
    ([_ledger_row(1, "mig:1")], 2),
    ([_ledger_row(1, "mig:1"), _ledger_row(2, "mig:2", status="failed")], 2),  # a failed run applied nothing
    ([_ledger_row(1, "mig:1"), _ledger_row(2, "mig:2"), _ledger_row(3, "mig:3")], 0),
    ([_ledger_row(1, "mig:1"), _ledger_row(2, "mig:2"), _ledger_row(3, "mig:2", action="rollback", status="rolled_back")], 2),
    ([_ledger_row(1, "mig:x")], 3),  # a plan outside the lock's chain does not count
])
def test_pending_counts_chain_plans_the_database_has_not_got(rows, pending):
    assert ledger.pending(rows, ("mig:1", "mig:2", "mig:3")) == pending
