"""Scratch databases on the real servers, for tests.

URLs come from SQLXC_TEST_PG_URL / SQLXC_TEST_MYSQL_URL (defaults: the local
servers). When a server is down the test fails under CI (CI=true) and is
skipped otherwise, with the command that starts it.
"""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from typing import Iterator

import pytest

PG_URL = os.environ.get("SQLXC_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
MYSQL_URL = os.environ.get("SQLXC_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/")

START = {
    "postgres": "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
    "mysql": "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd",
}


def _unavailable(dialect: str, exc: Exception) -> None:
    msg = f"{dialect} server unavailable ({exc}); start it with: {START[dialect]}"
    if os.environ.get("CI"):
        pytest.fail(msg)
    pytest.skip(msg)


def _admin(dialect: str):
    from sqlxc.connection import connect, parse_url

    return connect(parse_url(PG_URL if dialect == "postgres" else MYSQL_URL))


def base_url(dialect: str) -> str:
    return PG_URL if dialect == "postgres" else MYSQL_URL


def url_for(dialect: str, name: str) -> str:
    from sqlxc.connection import parse_url

    u = parse_url(base_url(dialect))
    auth = (u.user or "") + (f":{u.password}" if u.password else "")
    netloc = (auth + "@" if auth else "") + (u.host or "127.0.0.1") + (f":{u.port}" if u.port else "")
    return f"{u.scheme}://{netloc}/{name}"


def create_db(dialect: str, prefix: str = "sqlxt") -> str:
    """Create an empty, uniquely named database; return its name."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    try:
        conn = _admin(dialect)
    except Exception as exc:  # noqa: BLE001
        _unavailable(dialect, exc)
    with conn:
        cur = conn.cursor()
        if dialect == "postgres":
            cur.execute(f'CREATE DATABASE "{name}"')
        else:
            cur.execute(f"CREATE DATABASE `{name}`")
    return name


def drop_db(dialect: str, name: str) -> None:
    conn = _admin(dialect)
    with conn:
        cur = conn.cursor()
        if dialect == "postgres":
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")


@contextmanager
def scratch(dialect: str, prefix: str = "sqlxt") -> Iterator[str]:
    """A fresh database for the duration; yields its URL."""
    name = create_db(dialect, prefix)
    try:
        yield url_for(dialect, name)
    finally:
        drop_db(dialect, name)


def run_sql(url: str, sql: str) -> None:
    """Run a script of DDL/DML (several statements) on the database at ``url``."""
    from sqlxc.connection import connect, parse_url

    u = parse_url(url)
    conn = connect(u)
    with conn:
        cur = conn.cursor()
        cur.execute(sql)
        if u.dialect == "mysql":
            while cur.nextset():
                pass
