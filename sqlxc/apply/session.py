"""One database session for the applier: DDL as text, our own bookkeeping DML
with driver parameters, explicit transactions, the advisory lock and the
server's flavor. The only module of ``sqlxc.apply`` that touches a driver."""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlxc.connection import DbUrl, connect
from sqlxc.errors import DatabaseError

# Per flavor: how to begin a transaction and bound lock waits/statements (seconds).
_BEGIN = {"postgres": "BEGIN", "mysql": "START TRANSACTION"}
_TIMEOUTS = {
    "postgres": ("SET lock_timeout = '{s}s'", "SET statement_timeout = '{s}s'"),
    "mysql": ("SET SESSION lock_wait_timeout = {s}",),
    "mariadb": ("SET SESSION lock_wait_timeout = {s}", "SET SESSION max_statement_time = {s}"),
}


class StepFailed(Exception):
    """A statement the server refused (carries the driver's first message line)."""

    def __init__(self, message: str, sqlstate: str | None = None):
        super().__init__(message)
        self.message = message
        self.sqlstate = sqlstate


@dataclass
class Session:
    url: DbUrl
    conn: Any
    flavor: str  # postgres | mysql | mariadb
    version: tuple[int, ...]

    @property
    def dialect(self) -> str:
        return self.url.dialect

    def quote(self, ident: str) -> str:
        if self.dialect == "postgres":
            return '"' + ident.replace('"', '""') + '"'
        return "`" + ident.replace("`", "``") + "`"

    # --- statements ------------------------------------------------------------
    def execute(self, sql: str) -> None:
        """Run rendered DDL text as it is: never with driver parameters."""
        cur = self.conn.cursor()
        try:
            cur.execute(sql)
            if self.dialect == "mysql":
                while cur.nextset():
                    pass
        except Exception as exc:  # noqa: BLE001 - driver errors become StepFailed
            raise StepFailed(_first_line(exc), _sqlstate(exc)) from None
        finally:
            cur.close()

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Our own bookkeeping statements (ledger, journal), parameters bound by the driver."""
        cur = self.conn.cursor()
        try:
            cur.execute(sql, params or None)
            return list(cur.fetchall()) if cur.description else []
        except Exception as exc:  # noqa: BLE001
            raise StepFailed(_first_line(exc), _sqlstate(exc)) from None
        finally:
            cur.close()

    def begin(self) -> None:
        self.execute(_BEGIN[self.dialect])

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        try:
            self.execute("ROLLBACK")
        except StepFailed:
            pass  # the connection may already be broken; nothing to undo then

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.begin()
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def set_timeouts(self, seconds: int | None) -> None:
        if not seconds:
            return
        for template in _TIMEOUTS[self.flavor]:
            self.execute(template.format(s=int(seconds)))

    # --- advisory lock -----------------------------------------------------------
    def lock_name(self) -> str:
        # Scoped to the database: one deploy per database, many databases per server.
        return "sqlx_migration:" + hashlib.sha256(self.url.database.encode()).hexdigest()[:32]

    def acquire_lock(self, wait_seconds: int) -> None:
        name = self.lock_name()
        if self.dialect == "postgres":
            key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
            self.execute(f"SET lock_timeout = '{int(wait_seconds)}s'")
            try:
                self.query("SELECT pg_advisory_lock(%s)", (key,))
            except StepFailed as exc:
                raise _busy(self, wait_seconds, exc.message) from None
            self.execute("SET lock_timeout = 0")
            return
        got = self.query("SELECT GET_LOCK(%s, %s)", (name, int(wait_seconds)))
        if not got or got[0][0] != 1:
            raise _busy(self, wait_seconds, "GET_LOCK timed out")

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001, S110 - closing a broken connection must not mask the real error
            pass


def _busy(session: Session, wait: int, why: str) -> DatabaseError:
    return DatabaseError(
        f"another sqlxc migration holds the lock on {session.url.redacted()} ({why}, waited {wait}s)",
        hint="wait for the other deploy to finish, then run the command again",
    )


def open_session(url: DbUrl) -> Session:
    conn = connect(url, autocommit=True)
    flavor, version = _server(conn, url.dialect)
    session = Session(url, conn, flavor, version)
    # Ledger times are UTC on both servers, so a row's chained content reads back the same.
    session.execute("SET TIME ZONE 'UTC'" if url.dialect == "postgres" else "SET time_zone = '+00:00'")
    return session


def _server(conn: Any, dialect: str) -> tuple[str, tuple[int, ...]]:
    cur = conn.cursor()
    if dialect == "postgres":
        cur.execute("SHOW server_version_num")
        num = int(cur.fetchone()[0])
        return "postgres", (num // 10000, num % 10000)
    cur.execute("SELECT VERSION()")
    text = str(cur.fetchone()[0])
    numbers = tuple(int(p) for p in text.split("-")[0].split(".")[:2] if p.isdigit())
    return ("mariadb" if "mariadb" in text.lower() else "mysql"), numbers


def _first_line(exc: Exception) -> str:
    from sqlxc.connection import redact

    args = getattr(exc, "args", ())
    # PyMySQL: (errno, message)
    if len(args) == 2 and isinstance(args[0], int):
        return f"{args[1]} (error {args[0]})"
    lines = str(exc).strip().splitlines()
    return redact(lines[0]) if lines else type(exc).__name__


def _sqlstate(exc: Exception) -> str | None:
    state = getattr(exc, "sqlstate", None)
    if state:
        return state
    args = getattr(exc, "args", ())
    return str(args[0]) if args and isinstance(args[0], int) else None
