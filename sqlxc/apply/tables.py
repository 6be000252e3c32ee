"""Our bookkeeping tables, per dialect. Both are named ``sqlx_*`` so that
introspection and drift leave them out of the user's schema.

The ledger keeps the columns of spec section 7 with these changes (documented
in docs/formats): ``id`` is the row's own sequence number; the plan id
(``mig:`` + 64 hex) has its own, wider ``plan_id`` column; ``applied_by`` is
widened to 128; ``action`` says whether the row applied a plan or rolled one
back; ``rollback_plan`` holds the plan that undoes the row's effect.
"""
from __future__ import annotations

LEDGER = "sqlx_migration_ledger"
RECOVERY = "sqlx_migration_recovery"
STATUSES = ("applied", "rolled_back", "failed")

CREATE = {
    "postgres": (
        f"""CREATE TABLE IF NOT EXISTS {LEDGER} (
  id BIGINT PRIMARY KEY,
  tenant VARCHAR(64),
  plan_id VARCHAR(80) NOT NULL,
  action VARCHAR(16) NOT NULL CHECK (action IN ('apply', 'rollback')),
  from_version VARCHAR(64) NOT NULL,
  to_version VARCHAR(64) NOT NULL,
  applied_by VARCHAR(128) NOT NULL,
  applied_at TIMESTAMP NOT NULL,
  rollback_plan JSONB,
  status VARCHAR(16) NOT NULL CHECK (status IN ('applied', 'rolled_back', 'failed')),
  error TEXT,
  signature CHAR(64) NOT NULL
)""",
        f"""CREATE TABLE IF NOT EXISTS {RECOVERY} (
  id BIGSERIAL PRIMARY KEY,
  run_id VARCHAR(40) NOT NULL,
  plan_id VARCHAR(80) NOT NULL,
  unit INTEGER NOT NULL,
  state VARCHAR(16) NOT NULL CHECK (state IN ('run', 'started', 'done', 'compensated', 'closed', 'progress')),
  detail TEXT,
  at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'utc')
)""",
    ),
    "mysql": (
        f"""CREATE TABLE IF NOT EXISTS {LEDGER} (
  id BIGINT PRIMARY KEY,
  tenant VARCHAR(64),
  plan_id VARCHAR(80) NOT NULL,
  action ENUM('apply', 'rollback') NOT NULL,
  from_version VARCHAR(64) NOT NULL,
  to_version VARCHAR(64) NOT NULL,
  applied_by VARCHAR(128) NOT NULL,
  applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  rollback_plan JSON,
  status ENUM('applied', 'rolled_back', 'failed') NOT NULL,
  error TEXT,
  signature CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
        f"""CREATE TABLE IF NOT EXISTS {RECOVERY} (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id VARCHAR(40) NOT NULL,
  plan_id VARCHAR(80) NOT NULL,
  unit INT NOT NULL,
  state ENUM('run', 'started', 'done', 'compensated', 'closed', 'progress') NOT NULL,
  detail LONGTEXT,
  at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""",
    ),
}


def ensure_tables(session) -> None:
    """Create the ledger and recovery tables on first use (idempotent)."""
    for ddl in CREATE[session.dialect]:
        session.execute(ddl)


def exists(session, table: str) -> bool:
    if session.dialect == "postgres":
        sql = "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = %s"
    else:
        sql = "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = %s"
    return bool(session.query(sql, (table,)))
