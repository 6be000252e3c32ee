"""The append-only ledger ``sqlx_migration_ledger``: one row per apply, rollback
or failure. Each row's ``signature`` is the SHA-256 hex of the previous row's
signature and the row's own canonical content, so editing or deleting a row
breaks the chain that ``migrate list --verify`` checks."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlxc.apply.tables import LEDGER

GENESIS = "0" * 64
_COLUMNS = ("id", "tenant", "plan_id", "action", "from_version", "to_version", "applied_by",
            "applied_at", "rollback_plan", "status", "error", "signature")


@dataclass(frozen=True)
class Row:
    id: int
    tenant: str | None
    plan_id: str
    action: str  # apply | rollback
    from_version: str
    to_version: str
    applied_by: str
    applied_at: str  # UTC, ISO 8601 with seconds, "Z"
    rollback_plan: Any | None  # parsed JSON of the plan that undoes this row
    status: str  # applied | rolled_back | failed
    error: str | None
    signature: str

    def content(self) -> str:
        """What the signature covers: every column but the signature, canonical JSON."""
        data = {k: getattr(self, k) for k in _COLUMNS if k != "signature"}
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @property
    def moves_head(self) -> bool:
        return self.status != "failed"


def chain(previous: str, row: Row) -> str:
    return hashlib.sha256((previous + "\n" + row.content()).encode()).hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(session) -> list[Row]:
    found = session.query(f"SELECT {', '.join(_COLUMNS)} FROM {LEDGER} ORDER BY id")
    return [_row(r) for r in found]


def _row(r: tuple) -> Row:
    data = dict(zip(_COLUMNS, r))
    at = data["applied_at"]
    if isinstance(at, datetime):
        data["applied_at"] = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    plan = data["rollback_plan"]
    if isinstance(plan, (str, bytes)):
        data["rollback_plan"] = json.loads(plan)
    data["signature"] = (data["signature"] or "").strip()
    return Row(**data)


def head(all_rows: list[Row]) -> str | None:
    """The schema version the ledger says the database is at (None: no history)."""
    for row in reversed(all_rows):
        if row.moves_head:
            return row.to_version
    return None


def last_effective(all_rows: list[Row]) -> Row | None:
    for row in reversed(all_rows):
        if row.moves_head:
            return row
    return None


def pending(all_rows: list[Row], chain: tuple[str, ...]) -> int:
    """How many plans of the lock's chain (ids, in order) the database has not
    got: never applied, or rolled back since (``sqlx_migration_pending``)."""
    applied: set[str] = set()
    for row in all_rows:
        if row.moves_head:
            (applied.add if row.action == "apply" else applied.discard)(row.plan_id)
    return sum(plan_id not in applied for plan_id in chain)


def append(session, *, plan_id: str, action: str, from_version: str, to_version: str,
           applied_by: str, rollback_plan: Any | None, status: str,
           error: str | None = None, tenant: str | None = None) -> Row:
    """Add a row chained to the current last one. Callers hold the advisory lock,
    so reading the last id and inserting the next cannot race."""
    last = session.query(f"SELECT id, signature FROM {LEDGER} ORDER BY id DESC LIMIT 1")
    next_id, previous = (last[0][0] + 1, last[0][1].strip()) if last else (1, GENESIS)
    row = Row(next_id, tenant, plan_id, action, from_version, to_version, applied_by[:128],
              now_utc(), rollback_plan, status, error, "")
    row = Row(**{**row.__dict__, "signature": chain(previous, row)})
    plan_json = None if rollback_plan is None else json.dumps(rollback_plan, sort_keys=True)
    at = datetime.strptime(row.applied_at, "%Y-%m-%dT%H:%M:%SZ")
    session.query(
        f"INSERT INTO {LEDGER} ({', '.join(_COLUMNS)}) VALUES ({', '.join(['%s'] * len(_COLUMNS))})",
        (row.id, row.tenant, row.plan_id, row.action, row.from_version, row.to_version,
         row.applied_by, at, plan_json, row.status, row.error, row.signature),
    )
    return row


@dataclass(frozen=True)
class ChainProblem:
    row_id: int
    message: str


def verify(all_rows: list[Row]) -> list[ChainProblem]:
    """Every break in the chain: an edited row, a deleted or reordered one."""
    problems = []
    previous = GENESIS
    expected_id = 1
    for row in all_rows:
        if row.id != expected_id:
            problems.append(ChainProblem(row.id, f"row {expected_id} is missing (found {row.id})"))
        if chain(previous, row) != row.signature:
            problems.append(ChainProblem(row.id, "signature does not match its content and the previous row"))
        previous = row.signature
        expected_id = row.id + 1
    return problems
