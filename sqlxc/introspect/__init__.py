"""Live database -> AIR of that dialect, through bulk catalog queries.

``introspect(url)`` returns a Schema with ``dialect`` set, normalized exactly
like ``Dialect.lower`` normalizes a compiled schema (defaults left at their
default, names as the server stores them), leaving out sqlx_* tables and
reading policy tags from the ``sqlx_tags`` metadata table.
"""
from __future__ import annotations

import importlib
from typing import Any

from sqlxc.air.model import Schema
from sqlxc.connection import DbUrl, connect, parse_url

_MODULES = {"postgres": "sqlxc.introspect.postgres", "mysql": "sqlxc.introspect.mysql"}


def introspect(url: DbUrl | str) -> Schema:
    url = parse_url(url) if isinstance(url, str) else url
    conn = connect(url)
    try:
        return introspect_connection(conn, url.dialect)
    finally:
        conn.close()


def introspect_connection(conn: Any, dialect: str) -> Schema:
    return importlib.import_module(_MODULES[dialect]).introspect(conn)


def server_info(conn: Any, dialect: str):
    """The ServerInfo (flavor, version) of a connection."""
    return importlib.import_module(_MODULES[dialect]).server_info(conn)
