"""PostgreSQL data safety for destructive steps, inside the step's transaction:
before a column is dropped its values (with the table's row key) are copied to
``sqlx_trash_<run>_<unit>_<step>``; before a table is dropped its rows are.
Copied, not renamed: a renamed table keeps its index, constraint and sequence
names, which the same plan may create again. Compensation and ``migrate
rollback`` of the plan put the values back after re-adding the structure.

A row key is the primary key, else a unique index over NOT NULL columns, else
the primary key the plan's snapshots give the table (a plan that renames a key
drops it before the column and adds it back after). A table without one has its
whole rows copied, for a person: nothing could match them back, so the rollback
restores structure only."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlxc.apply import trash as mysql_trash
from sqlxc.apply.session import StepFailed
from sqlxc.apply.trash import PREFIX
from sqlxc.plan.model import MigrationStep

# attrs: name, generated ('' or 's'), identity ('' 'a' 'd'), not null, has default, type oid,
# built-in type (its values survive a plain copy: a user type may be dropped by the same plan)
_COLUMNS = """
SELECT a.attname, a.attgenerated, a.attidentity, a.attnotnull, a.atthasdef, a.atttypid,
       t.typnamespace = 'pg_catalog'::regnamespace AND t.typtype <> 'd', format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"""

# The primary key first, then the narrowest plain unique index whose columns are all NOT NULL.
_KEYS = """
SELECT i.indexrelid, array_agg(a.attname ORDER BY array_position(i.indkey::int2[], a.attnum))
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey::int2[])
WHERE i.indrelid = to_regclass(%s) AND i.indisunique AND i.indisvalid AND i.indpred IS NULL
  AND i.indexprs IS NULL AND NOT EXISTS (
    SELECT 1 FROM pg_attribute n WHERE n.attrelid = i.indrelid AND n.attnum = ANY(i.indkey::int2[]) AND NOT n.attnotnull)
GROUP BY i.indexrelid, i.indisprimary, i.indnatts, c.relname
ORDER BY i.indisprimary DESC, i.indnatts, c.relname LIMIT 1"""

# A column's identity or owned sequence, and any sequence its default calls.
_SEQUENCES = """
SELECT s.seqrelid::regclass::text, s.seqincrement FROM pg_sequence s
WHERE s.seqrelid = pg_get_serial_sequence(%s, %s)::regclass OR s.seqrelid IN (
  SELECT d.refobjid FROM pg_attrdef ad JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
  JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid AND d.refclassid = 'pg_class'::regclass
  WHERE ad.adrelid = to_regclass(%s) AND a.attname = %s)"""

_INTEGER_TYPES = frozenset({20, 21, 23})  # int8, int2, int4 (fixed OIDs)
_ENABLE = {"O": "", "R": "REPLICA ", "A": "ALWAYS "}  # pg_trigger.tgenabled -> ENABLE …
_NOT_NULL_AT_END = re.compile(r"\s+NOT\s+NULL\s*$", re.IGNORECASE)


def trash_name(run_id: str, unit: int, step_id: str) -> str:
    return f"{PREFIX}{run_id[:12]}_{unit:04d}_{step_id}"


class _Column:
    def __init__(self, row: tuple):
        (self.name, generated, identity, self.not_null, self.has_default, self.type_oid,
         self.builtin, self.type_sql) = row
        self.generated, self.identity = bool(generated), identity or ""


def columns(session, table: str) -> dict[str, _Column]:
    return {r[0]: _Column(r) for r in session.query(_COLUMNS, (session.quote(table),))}


def row_key(session, table: str) -> list[str]:
    rows = session.query(_KEYS, (session.quote(table),))
    return list(rows[0][1]) if rows else []


# --- before a destructive step ------------------------------------------------------


def prepare(session, step: MigrationStep, run_id: str, unit: int,
            planned_keys: dict[str, list[str]] | None = None) -> dict | None:
    """What to keep before ``step`` (None: nothing to keep). Read inside the unit's
    transaction, so it sees what the unit's earlier steps changed; ``planned_keys``
    (table -> primary key columns in the plan's snapshots) stand in for a key the
    unit dropped for now."""
    name = trash_name(run_id, unit, step.id)
    if step.kind == "drop_table":
        if not _exists(session, step.object):
            return None  # the plan's own DROP says what is wrong
        return {"trash": name, "table": step.object, "mode": "table"}
    if step.kind != "drop_column":
        return None
    table, column = step.object.split(".", 1)
    cols = columns(session, table)
    col = cols.get(column)
    if col is None or col.generated:
        return None  # a generated column's values come back from its expression
    key, planned = row_key(session, table), False
    wanted = (planned_keys or {}).get(table, [])
    if not key and wanted and all(k in cols for k in wanted):
        key, planned = wanted, True
    found = {"trash": name, "table": table, "column": column, "mode": "column",
             "pk": [] if column in key else key, "not_null": col.not_null,
             "filled": col.has_default or bool(col.identity)}
    return {**found, "key_from_plan": True} if planned else found


def restore_detail(session, step: MigrationStep, trash: dict[str, dict]) -> dict | None:
    """For a rollback step that recreates what the plan dropped: restore it from the trash."""
    return mysql_trash.restore_detail(session, step, trash, exists=_exists)


# --- running and undoing --------------------------------------------------------------


def run_forward(session, step: MigrationStep, detail: dict) -> None:
    mode = detail["mode"]
    if mode == "restore_table":
        _restore_table(session, step.ddl, detail)
    elif mode == "restore_column":
        _restore_column(session, step.ddl, detail)
    else:
        _keep(session, detail)
        session.execute(step.ddl)


def compensate(session, step: MigrationStep, detail: dict) -> None:
    mode = detail["mode"]
    if mode in ("restore_table", "restore_column"):
        session.execute(step.rollback)  # the values are still in the trash
    elif mode == "table":
        _restore_table(session, step.rollback, detail)
    elif detail["pk"]:
        _restore_column(session, step.rollback, detail)
    else:
        session.execute(step.rollback)  # no key to match rows by: the values stay for a person


def _keep(session, detail: dict) -> None:
    q, table = session.quote, detail["table"]
    cols = columns(session, table)
    wanted = list(cols) if detail["mode"] == "table" or not detail["pk"] else [*detail["pk"], detail["column"]]
    select = ", ".join(q(c) if cols[c].builtin else f"CAST({q(c)} AS text) AS {q(c)}" for c in wanted)
    session.execute(f"CREATE TABLE {q(detail['trash'])} AS SELECT {select} FROM ONLY {q(table)}")


def _restore_table(session, ddl: str, detail: dict) -> None:
    q, table = session.quote, detail["table"]
    session.execute(ddl)
    target, kept = columns(session, table), columns(session, detail["trash"])
    names = [n for n, c in target.items() if not c.generated and n in kept]
    if names:
        values = ", ".join(_value(session, target[n], kept[n], "s") for n in names)
        session.execute(f"INSERT INTO {q(table)} ({', '.join(q(n) for n in names)}) OVERRIDING SYSTEM VALUE "
                        f"SELECT {values} FROM {q(detail['trash'])} s")
    for name in names:
        _advance_sequence(session, table, target[name])


def _restore_column(session, ddl: str, detail: dict) -> None:
    table, column = detail["table"], detail["column"]
    set_not_null = detail.get("not_null") and not detail.get("filled")
    if set_not_null:
        ddl, set_not_null = _nullable(ddl)
    session.execute(ddl)
    target = columns(session, table)
    if _matchable(session, detail, target):
        with _user_triggers_off(session, table):
            _fill_column(session, detail, target)
        _advance_sequence(session, table, target[column])
    if set_not_null:
        _set_not_null(session, table, column)


def _matchable(session, detail: dict, target: dict[str, _Column]) -> bool:
    """Whether the kept rows can be matched by their key: its columns are in the
    table, and a key taken from the plan (no constraint held it) is unique."""
    if not all(k in target for k in detail["pk"]):
        return False  # the key is gone by now
    if not detail.get("key_from_plan"):
        return True
    q = session.quote
    key = ", ".join(q(k) for k in detail["pk"])
    rows = session.query(f"SELECT count(*) = count(DISTINCT ({key}, 0)) FROM {q(detail['trash'])}")
    return bool(rows[0][0])


def _fill_column(session, detail: dict, target: dict[str, _Column]) -> None:
    q, table, column = session.quote, detail["table"], detail["column"]
    col, kept = target[column], columns(session, detail["trash"])
    always = col.identity == "a"
    if always:  # an ALWAYS identity only takes DEFAULT in an UPDATE
        session.execute(f"ALTER TABLE {q(table)} ALTER COLUMN {q(column)} SET GENERATED BY DEFAULT")
    match = " AND ".join(f"t.{q(k)} = {_value(session, target[k], kept[k], 's')}" for k in detail["pk"])
    session.execute(f"UPDATE ONLY {q(table)} t SET {q(column)} = {_value(session, col, kept[column], 's')} "
                    f"FROM {q(detail['trash'])} s WHERE {match}")
    if always:
        session.execute(f"ALTER TABLE {q(table)} ALTER COLUMN {q(column)} SET GENERATED ALWAYS")


def _set_not_null(session, table: str, column: str) -> None:
    q = session.quote
    missing = session.query(f"SELECT count(*) FROM {q(table)} WHERE {q(column)} IS NULL")[0][0]
    if missing:  # the server would only say "contains null values"
        raise StepFailed(
            f"{missing} row(s) of {table} have no kept value for {column}, which is NOT NULL without a default: "
            f"they were added after the plan dropped {column} (or the trash was purged); delete or fix them, "
            "then roll back again")
    session.execute(f"ALTER TABLE {q(table)} ALTER COLUMN {q(column)} SET NOT NULL")


@contextmanager
def _user_triggers_off(session, table: str) -> Iterator[None]:
    """Putting values back is not a change a user trigger (an updated_at stamp) should see;
    each trigger is enabled again as it was (ENABLE, REPLICA or ALWAYS). No finally: a
    failure aborts the transaction, which takes the DISABLE back with it."""
    q = session.quote
    found = session.query("SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = to_regclass(%s) "
                          "AND NOT tgisinternal AND tgenabled <> 'D' ORDER BY tgname", (q(table),))
    for name, _ in found:
        session.execute(f"ALTER TABLE {q(table)} DISABLE TRIGGER {q(name)}")
    yield
    for name, state in found:
        session.execute(f"ALTER TABLE {q(table)} ENABLE {_ENABLE[state]}TRIGGER {q(name)}")


def _nullable(ddl: str) -> tuple[str, bool]:
    """The ADD COLUMN without its final NOT NULL (the rows get their values first),
    and whether it was taken off; the statements after it (a comment) stay."""
    head, sep, tail = ddl.partition(";")
    stripped = _NOT_NULL_AT_END.sub("", head)
    return (stripped + sep + tail, True) if stripped != head else (ddl, False)


def _value(session, target: _Column, kept: _Column, alias: str) -> str:
    ref = f"{alias}.{session.quote(target.name)}"
    return ref if target.type_oid == kept.type_oid else f"CAST({ref} AS {target.type_sql})"


def _advance_sequence(session, table: str, col: _Column) -> None:
    """Sequences that fill an integer column (identity, serial, a nextval default) go past the restored values."""
    if col.type_oid not in _INTEGER_TYPES:
        return  # a sequence behind a cast (nextval()::text) has no max to follow
    q = session.quote
    for seq, increment in session.query(_SEQUENCES, (q(table), col.name, q(table), col.name)):
        edge = "max" if increment > 0 else "min"
        session.query(f"SELECT setval(%s::regclass, v) FROM (SELECT {edge}({q(col.name)}) AS v FROM {q(table)}) m "
                      "WHERE v IS NOT NULL", (seq,))


# --- recovery and cleanup ---------------------------------------------------------------


def _exists(session, name: str) -> bool:
    return bool(session.query("SELECT to_regclass(%s) IS NOT NULL", (session.quote(name),))[0][0])


def trash_tables(session) -> list[str]:
    rows = session.query(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tablename LIKE 'sqlx\\_trash\\_%' ORDER BY tablename")
    return [r[0] for r in rows]


def purge(session) -> list[str]:
    names = trash_tables(session)
    for name in names:
        session.execute(f"DROP TABLE {session.quote(name)}")
    return names

