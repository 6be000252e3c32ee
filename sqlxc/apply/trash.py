"""MySQL/MariaDB data safety for destructive steps: a dropped table is renamed
to ``sqlx_trash_…`` instead, and a dropped column's values (with the primary
key) are copied there first, so compensation restores data, not only
structure. Rolling back an applied plan brings its trash back the same way.
``sqlxc migrate cleanup`` purges the trash. PostgreSQL's counterpart is
``pgtrash``; the journal's details and their reading are shared, here.

A unit's journal detail is one step's dict (MySQL: a unit is one step) or
``{"steps": {step id: dict}}`` (PostgreSQL: a unit is a transaction of steps)."""
from __future__ import annotations

import json

from sqlxc.apply.tables import RECOVERY
from sqlxc.plan.model import MigrationStep

PREFIX = "sqlx_trash_"
DESTRUCTIVE_KINDS = frozenset({"drop_table", "drop_column"})


def trash_name(run_id: str, unit: int) -> str:
    return f"{PREFIX}{run_id[:12]}_{unit:04d}"


def primary_key(session, table: str) -> list[str]:
    rows = session.query(
        "SELECT column_name FROM information_schema.key_column_usage WHERE table_schema = DATABASE() "
        "AND table_name = %s AND constraint_name = 'PRIMARY' ORDER BY ordinal_position",
        (table,),
    )
    return [r[0] for r in rows]


def prepare(session, step: MigrationStep, run_id: str, unit: int) -> dict | None:
    """What to record before a destructive step (None: not destructive)."""
    if step.kind == "drop_table":
        return {"trash": trash_name(run_id, unit), "table": step.object, "mode": "table"}
    if step.kind == "drop_column":
        table, column = step.object.split(".", 1)
        return {"trash": trash_name(run_id, unit), "table": table, "column": column,
                "pk": primary_key(session, table), "mode": "column"}
    return None


# --- rolling back an applied plan: bring the trash back ----------------------------------


def applied_trash(session, plan_id: str) -> dict[str, dict]:
    """What the last successful run of ``plan_id`` moved to the trash, by object
    (``table`` or ``table.column``), so that its rollback restores the data."""
    last = session.query(
        f"SELECT run_id FROM {RECOVERY} WHERE plan_id = %s AND state = 'closed' AND detail LIKE %s "
        "ORDER BY id DESC LIMIT 1", (plan_id, '%"applied"%'))
    if not last:
        return {}
    rows = session.query(
        f"SELECT detail FROM {RECOVERY} WHERE run_id = %s AND state = 'done' AND detail IS NOT NULL ORDER BY id",
        (last[0][0],))
    out = {}
    for (text,) in rows:
        for d in step_details(json.loads(text)):
            if d["mode"] in ("table", "column"):
                out[d["table"] if d["mode"] == "table" else f"{d['table']}.{d['column']}"] = d
    return out


def step_details(detail: dict | None) -> list[dict]:
    """Every step's detail in a unit's journal detail."""
    if not detail:
        return []
    return list(detail["steps"].values()) if "steps" in detail else [detail]


def step_detail(detail: dict | None, step: MigrationStep) -> dict | None:
    """The detail of ``step`` in its unit's journal detail."""
    if not detail:
        return None
    return detail["steps"].get(step.id) if "steps" in detail else detail


def restore_detail(session, step: MigrationStep, trash: dict[str, dict], exists=None) -> dict | None:
    """For a rollback step that recreates what the plan dropped: restore it from the trash.
    ``exists(session, name)`` asks the server whether a trash table is still there."""
    found = trash.get(step.object)
    if found is None or not (exists or _table_exists)(session, found["trash"]):
        return None  # purged by cleanup: the rollback recreates structure only
    if step.kind == "create_table" and found["mode"] == "table":
        return {**found, "mode": "restore_table"}
    if step.kind == "add_column" and found["mode"] == "column" and found["pk"]:
        return {**found, "mode": "restore_column"}
    return None


def run_forward(session, step: MigrationStep, detail: dict) -> None:
    q = session.quote
    if detail["mode"] == "restore_table":
        # Created from the plan, not renamed back: the rollback's later steps add
        # the table's indexes and keys, which the trash copy already has.
        session.execute(step.ddl)
        cols = ", ".join(q(c) for c in _copyable_columns(session, detail["table"], detail["trash"]))
        session.execute(f"INSERT INTO {q(detail['table'])} ({cols}) SELECT {cols} FROM {q(detail['trash'])}")
        return
    if detail["mode"] == "restore_column":
        session.execute(step.ddl)
        _copy_back(session, detail)
        return
    if detail["mode"] == "table":
        session.execute(f"RENAME TABLE {q(detail['table'])} TO {q(detail['trash'])}")
        return
    keep = detail["pk"] or []
    cols = ", ".join(q(c) for c in [*keep, detail["column"]]) if keep else "*"
    session.execute(f"CREATE TABLE {q(detail['trash'])} AS SELECT {cols} FROM {q(detail['table'])}")
    session.execute(step.ddl)


def compensate(session, step: MigrationStep, detail: dict) -> None:
    q = session.quote
    if detail["mode"] in ("restore_table", "restore_column"):
        session.execute(step.rollback)  # the values are still in the trash
        return
    if detail["mode"] == "table":
        session.execute(f"RENAME TABLE {q(detail['trash'])} TO {q(detail['table'])}")
        return
    session.execute(step.rollback)
    if not detail["pk"]:
        return  # no key to match rows by: the values stay in the trash table for a person
    _copy_back(session, detail)


def _copy_back(session, detail: dict) -> None:
    q = session.quote
    table, trash, column = q(detail["table"]), q(detail["trash"]), q(detail["column"])
    match = " AND ".join(f"t.{q(c)} = s.{q(c)}" for c in detail["pk"])
    session.execute(f"UPDATE {table} t JOIN {trash} s ON {match} SET t.{column} = s.{column}")


def forward_done(session, detail: dict) -> bool:
    """Whether a destructive (or restoring) step that was started, and maybe killed, took effect."""
    if detail["mode"] == "restore_table":
        return _table_exists(session, detail["table"])
    if detail["mode"] == "restore_column":
        return not _column_missing(session, detail)
    if detail["mode"] == "table":
        return _table_exists(session, detail["trash"]) and not _table_exists(session, detail["table"])
    return _column_missing(session, detail)


def _copyable_columns(session, table: str, trash: str) -> list[str]:
    """Columns of ``table`` that hold values (not generated) and that the trash has."""
    rows = session.query(
        "SELECT c.column_name FROM information_schema.columns c JOIN information_schema.columns t "
        "ON t.table_schema = c.table_schema AND t.table_name = %s AND t.column_name = c.column_name "
        "WHERE c.table_schema = DATABASE() AND c.table_name = %s AND c.extra NOT LIKE %s "
        "ORDER BY c.ordinal_position", (trash, table, "%GENERATED%"))
    return [r[0] for r in rows]


def _column_missing(session, detail: dict) -> bool:
    rows = session.query(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() "
        "AND table_name = %s AND column_name = %s", (detail["table"], detail["column"]))
    return not rows


def _table_exists(session, name: str) -> bool:
    return bool(session.query(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = %s",
        (name,)))


def trash_tables(session) -> list[str]:
    rows = session.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
        "AND table_name LIKE 'sqlx\\_trash\\_%%' ORDER BY table_name")
    return [r[0] for r in rows]


def purge(session) -> list[str]:
    names = trash_tables(session)
    for name in names:
        session.execute(f"DROP TABLE {session.quote(name)}")
    return names
