"""Database URLs and connections (the I/O edge shared by introspection and the applier).

Accepts the forms people already use: ``postgresql://`` / ``postgres://``
libpq URIs (``?host=/socket/dir``, ``?sslmode=…``) and ``mysql://`` /
``mariadb://`` (``?unix_socket=/path``). Drivers are imported only here, lazily.
A URL's password never appears in a message: use ``redact()``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import parse_qs, unquote, urlsplit

from sqlxc.errors import DatabaseError, UsageError

_SCHEMES = {"postgresql": "postgres", "postgres": "postgres", "pg": "postgres", "mysql": "mysql", "mariadb": "mysql"}
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class DbUrl:
    dialect: str  # postgres | mysql
    scheme: str
    host: str = ""
    port: Optional[int] = None
    user: Optional[str] = None
    password: Optional[str] = field(default=None, repr=False)
    database: str = ""
    params: tuple[tuple[str, str], ...] = ()
    raw: str = field(default="", repr=False, compare=False)

    def param(self, name: str) -> Optional[str]:
        for k, v in self.params:
            if k == name:
                return v
        return None

    @property
    def is_local(self) -> bool:
        sock = self.param("host") or self.param("unix_socket")
        return self.host in LOCAL_HOSTS or bool(sock and sock.startswith("/"))

    def redacted(self) -> str:
        auth = (self.user or "") + (":***" if self.password else "")
        netloc = (auth + "@" if auth else "") + self.host + (f":{self.port}" if self.port else "")
        return f"{self.scheme}://{netloc}/{self.database}"

    def with_database(self, database: str) -> "DbUrl":
        return DbUrl(self.dialect, self.scheme, self.host, self.port, self.user, self.password,
                     database, self.params)


def is_url(text: str) -> bool:
    return "://" in text and text.split("://", 1)[0].lower() in _SCHEMES


def parse_url(text: str) -> DbUrl:
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise UsageError(f"malformed database URL {redact(text)}: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise UsageError(
            f"unsupported database URL scheme {scheme!r}",
            hint="use postgresql://user@host:port/db or mysql://user@host:port/db",
        )
    params = tuple(sorted((k, v[-1]) for k, v in parse_qs(parts.query).items()))
    return DbUrl(
        dialect=_SCHEMES[scheme],
        scheme=scheme,
        host=unquote(parts.hostname or ""),
        port=port,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        database=unquote(parts.path.lstrip("/")),
        params=params,
        raw=text,
    )


def redact(text: str) -> str:
    """A URL with its password replaced, safe for any message."""
    try:
        parts = urlsplit(text)
        if parts.password:
            return text.replace(":" + parts.password + "@", ":***@", 1)
    except ValueError:
        pass
    return text


def connect(url: DbUrl, *, autocommit: bool = True, insecure: bool = False) -> Any:
    """A DB-API connection for ``url`` (psycopg 3 or PyMySQL). Remote hosts get
    verified TLS unless ``insecure`` or SQLXC_INSECURE=1 (the user's explicit opt-out)."""
    import os

    insecure = insecure or os.environ.get("SQLXC_INSECURE") == "1"
    try:
        if url.dialect == "postgres":
            return _connect_pg(url, autocommit=autocommit, insecure=insecure)
        return _connect_mysql(url, autocommit=autocommit, insecure=insecure)
    except ImportError as exc:
        extra = "postgres" if url.dialect == "postgres" else "mysql"
        raise DatabaseError(
            f"the {extra} driver is not installed ({exc.name})", hint=f"pip install 'sqlxc[{extra}]'"
        ) from None


def _connect_pg(url: DbUrl, *, autocommit: bool, insecure: bool) -> Any:
    import psycopg

    kwargs: dict[str, Any] = {"autocommit": autocommit, "dbname": url.database or "postgres"}
    host = url.param("host") or url.host
    if host:
        kwargs["host"] = host
    if url.port:
        kwargs["port"] = url.port
    if url.user:
        kwargs["user"] = url.user
    if url.password:
        kwargs["password"] = url.password
    for k, v in url.params:
        if k != "host":
            kwargs[k] = v
    if not url.is_local and not insecure and "sslmode" not in kwargs:
        kwargs["sslmode"] = "verify-full"
    try:
        return psycopg.connect(**kwargs)
    except psycopg.Error as exc:
        raise DatabaseError(
            f"cannot connect to {url.redacted()}: {_first_line(exc)}",
            hint="check that the server runs and the URL is right",
        ) from None


def _connect_mysql(url: DbUrl, *, autocommit: bool, insecure: bool) -> Any:
    import pymysql
    from pymysql.constants import CLIENT

    kwargs: dict[str, Any] = {
        "user": url.user or "root",
        "password": url.password or "",
        "autocommit": autocommit,
        "charset": "utf8mb4",
        "client_flag": CLIENT.MULTI_STATEMENTS,
    }
    if url.database:
        kwargs["database"] = url.database
    sock = url.param("unix_socket")
    if sock:
        kwargs["unix_socket"] = sock
    else:
        kwargs["host"] = url.host or "127.0.0.1"
        kwargs["port"] = url.port or 3306
    if not url.is_local and not insecure:
        kwargs["ssl"] = {"check_hostname": True}
    elif url.is_local:
        # PyMySQL otherwise tries TLS ("preferred") on every local connection and
        # spends ~0.1 s loading the system CA store each time.
        kwargs["ssl_disabled"] = True
    try:
        return pymysql.connect(**kwargs)
    except pymysql.Error as exc:
        raise DatabaseError(
            f"cannot connect to {url.redacted()}: {_first_line(exc)}",
            hint="check that the server runs and the URL is right",
        ) from None


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return redact(text[0]) if text else type(exc).__name__
