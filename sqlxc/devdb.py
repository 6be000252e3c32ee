"""The "dev database": let the server normalize a schema.

A compiled schema is built in a scratch database on the same server as a live
one, with the plan sqlxc would use to create it, and read back through
introspection. What comes back is what the server stores for that schema, so
comparing it with the live database reports no drift the server invented
(``n >= 0`` printed as ``(n >= (0)::numeric)``, MariaDB's names for inline
checks…). The scratch database is always dropped.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlxc.air.model import Schema
from sqlxc.connection import DbUrl, connect

PREFIX = "sqlx_devdb_"
_QUOTE = {"postgres": '"{}"', "mysql": "`{}`"}
_DROP = {"postgres": 'DROP DATABASE IF EXISTS "{}" WITH (FORCE)', "mysql": "DROP DATABASE IF EXISTS `{}`"}


@contextmanager
def scratch_database(url: DbUrl) -> Iterator[DbUrl]:
    """A new, empty database on ``url``'s server for the duration."""
    name = PREFIX + uuid.uuid4().hex[:16]
    admin = connect(url)
    try:
        admin.cursor().execute("CREATE DATABASE " + _QUOTE[url.dialect].format(name))
        try:
            yield url.with_database(name)
        finally:
            admin.cursor().execute(_DROP[url.dialect].format(name))
    finally:
        admin.close()


def create_statements(schema: Schema, url: DbUrl, server=None) -> list:
    """The steps that create ``schema`` from nothing on this server."""
    from sqlxc.dialects import get
    from sqlxc.plan.build import build_plan

    dialect = get(url.dialect, server)
    return list(build_plan(Schema(dialect=schema.dialect), schema, dialect).steps)


def build_into(url: DbUrl, schema: Schema, server=None) -> None:
    """Create ``schema`` in the (empty) database at ``url``."""
    conn = connect(url)
    try:
        cur = conn.cursor()
        for step in create_statements(schema, url, server):
            if step.ddl.strip():
                cur.execute(step.ddl)
                # A MySQL step of several statements runs as one batch: read every result,
                # or closing the connection may cut the batch short (an FK never added).
                while url.dialect == "mysql" and cur.nextset():
                    pass
    finally:
        conn.close()


def normalize(schema: Schema, url: DbUrl) -> Schema:
    """``schema`` as the server behind ``url`` stores it (see the module doc)."""
    from sqlxc.introspect import introspect_connection, server_info

    conn = connect(url)
    try:
        server = server_info(conn, url.dialect)
    finally:
        conn.close()
    with scratch_database(url) as scratch:
        build_into(scratch, schema, server)
        conn = connect(scratch)
        try:
            return introspect_connection(conn, url.dialect)
        finally:
            conn.close()
