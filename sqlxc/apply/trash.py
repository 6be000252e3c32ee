"""MySQL/MariaDB data safety for destructive steps: a dropped table is renamed
to ``sqlx_trash_…`` instead, and a dropped column's values (with the primary
key) are copied there first, so compensation restores data, not only
structure. ``sqlxc migrate cleanup`` purges the trash."""
from __future__ import annotations

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


def run_forward(session, step: MigrationStep, detail: dict) -> None:
    q = session.quote
    if detail["mode"] == "table":
        session.execute(f"RENAME TABLE {q(detail['table'])} TO {q(detail['trash'])}")
        return
    keep = detail["pk"] or []
    cols = ", ".join(q(c) for c in [*keep, detail["column"]]) if keep else "*"
    session.execute(f"CREATE TABLE {q(detail['trash'])} AS SELECT {cols} FROM {q(detail['table'])}")
    session.execute(step.ddl)


def compensate(session, step: MigrationStep, detail: dict) -> None:
    q = session.quote
    if detail["mode"] == "table":
        session.execute(f"RENAME TABLE {q(detail['trash'])} TO {q(detail['table'])}")
        return
    session.execute(step.rollback)
    if not detail["pk"]:
        return  # no key to match rows by: the values stay in the trash table for a person
    table, trash, column = q(detail["table"]), q(detail["trash"]), q(detail["column"])
    match = " AND ".join(f"t.{q(c)} = s.{q(c)}" for c in detail["pk"])
    session.execute(f"UPDATE {table} t JOIN {trash} s ON {match} SET t.{column} = s.{column}")


def forward_done(session, detail: dict) -> bool:
    """Whether a destructive step that was started (and maybe killed) took effect."""
    if detail["mode"] == "table":
        return _table_exists(session, detail["trash"]) and not _table_exists(session, detail["table"])
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
