"""A SQL script (a pg_dump or mysqldump file, hand-written DDL): what its own
client would send to the server, its statements with their positions, and
running it on a server to read back the schema it builds.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlxc.errors import UsageError

_MYSQL_VERSIONED = re.compile(r"/\*!\d{5}\s?(.*?)\*/", re.DOTALL)  # executed by MySQL: unwrap
_MARIADB_CLIENT = re.compile(r"/\*M!\d+.*?\*/", re.DOTALL)  # a client command: drop
_PSQL_META = re.compile(r"^\\.*$", re.MULTILINE)  # \restrict, \connect…: psql, not SQL


def _blank(text: str) -> str:
    # keep newlines so every later line number still points into the file
    return re.sub(r"[^\n]", " ", text)


def server_script(text: str, dialect: str) -> str:
    """The dump as a server would receive it from its own client: psql
    meta-commands (pg_dump's ``\\restrict``) and MariaDB client commands
    blanked, everything else (versioned comments included) left to the server."""
    pattern = _MARIADB_CLIENT if dialect == "mysql" else _PSQL_META
    return pattern.sub(lambda m: _blank(m.group(0)), text)


def preprocess(text: str, dialect: str) -> str:
    """The SQL the server would execute, at the same line and column positions."""
    if dialect == "mysql":
        text = _MARIADB_CLIENT.sub(lambda m: _blank(m.group(0)), text)
        text = _MYSQL_VERSIONED.sub(
            lambda m: " " * (m.start(1) - m.start(0)) + m.group(1) + "  ", text)
    else:
        text = _PSQL_META.sub(lambda m: _blank(m.group(0)), text)
    return text


@dataclass(frozen=True)
class Statement:
    sql: str
    line: int
    column: int


def split_statements(text: str, dialect: str, file: str) -> list[Statement]:
    """Statements at top-level semicolons, each with where it starts."""
    from sqlglot.dialects.dialect import Dialect
    from sqlglot.errors import TokenError
    from sqlglot.tokens import TokenType

    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(text)
    except TokenError as exc:
        raise UsageError(f"{file}: cannot read the SQL: {exc}",
                         hint="is this a SQL dump of the right dialect?") from None
    out, current = [], []
    for tok in tokens + [None]:
        if tok is None or tok.token_type == TokenType.SEMICOLON:
            if current:
                first, last = current[0], current[-1]
                out.append(Statement(text[first.start:last.end + 1], first.line,
                                     _column(text, first.start)))
            current = []
        else:
            current.append(tok)
    return out


def _column(text: str, offset: int) -> int:
    return offset - (text.rfind("\n", 0, offset) + 1) + 1


@contextmanager
def quiet_sqlglot() -> Iterator[None]:
    # sqlglot logs "falling back to Command" warnings; we report our own
    log = logging.getLogger("sqlglot")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        log.setLevel(level)



# --- through a server (DESIGN.md Corrections: the server reads .sql best) ---------

DEV_URL_ENV = {"postgres": ("SQLXC_DEV_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
               "mysql": ("SQLXC_DEV_MYSQL_URL", "mysql://root@127.0.0.1:3306/")}


def dev_url(dialect: str, given: str | None = None) -> str:
    """The server to load dumps into: ``given``, else the same env variables and
    defaults ``migrate diff`` uses."""
    import os

    env, default = DEV_URL_ENV[dialect]
    return given or os.environ.get(env, default)


def load_via_server(text: str, dialect: str, url: str, *, label: str | None = None,
                    hint: str = "fix the dump, or pass --offline to translate it with sqlglot alone"):
    """(schema, server info) the server builds from the script, introspected in a
    scratch database that is dropped afterwards; None when the server cannot be
    reached. A script the server rejects raises SqlxcError with the server's message."""
    from sqlxc.connection import connect, parse_url
    from sqlxc.devdb import scratch_database
    from sqlxc.errors import DatabaseError, SqlxcError
    from sqlxc.introspect import introspect_connection, server_info

    base = parse_url(url)
    if base.dialect != dialect:
        raise UsageError(f"--dev-url is a {base.dialect} server but the dump is {dialect}")
    try:
        connect(base).close()
    except DatabaseError:
        return None
    with scratch_database(base) as scratch:
        conn = connect(scratch)
        try:
            cur = conn.cursor()
            try:
                cur.execute(server_script(text, dialect))
                while dialect == "mysql" and cur.nextset():
                    pass
                if dialect == "postgres":
                    cur.execute("RESET ALL")  # pg_dump empties search_path
            except Exception as exc:  # noqa: BLE001 - each driver has its own error classes
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                msg = (f"{label}: the {dialect} server rejected it: {first}" if label
                       else f"the server at {base.redacted()} rejected the script: {first}")
                raise SqlxcError(msg, hint=hint) from None
            return introspect_connection(conn, dialect), server_info(conn, dialect)
        finally:
            conn.close()
