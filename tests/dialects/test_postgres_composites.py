"""A PostgreSQL composite type changed in place: old statement -> new statement ->
the ALTER TYPE that turns one into the other (or None: it cannot change in place)."""
from __future__ import annotations

import pytest

from sqlxc.air.model import Opaque, ddl_fingerprint
from sqlxc.dialects.postgres import PostgresDialect
from sqlxc.diff import changes as C

D = PostgresDialect()


def composite(ddl: str) -> Opaque:
    return Opaque(kind="composite type", name="t", fingerprint=ddl_fingerprint(ddl), ddl=ddl)


CASES = [
    ("CREATE TYPE t AS (a integer)", "CREATE TYPE t AS (a integer, b numeric(12,2))",
     "ALTER TYPE t ADD ATTRIBUTE b numeric(12,2)"),
    ('CREATE TYPE "T t" AS ("x, y" text COLLATE "C", b integer)', 'CREATE TYPE "T t" AS (b integer, c text)',
     'ALTER TYPE "T t" DROP ATTRIBUTE "x, y", ADD ATTRIBUTE c text'),
    # a kept attribute retyped, or a new one before a kept one: not in place
    ("CREATE TYPE t AS (a integer)", "CREATE TYPE t AS (a bigint)", None),
    ("CREATE TYPE t AS (a integer)", "CREATE TYPE t AS (b text, a integer)", None),
]


@pytest.mark.parametrize("old,new,expected", CASES)
def test_composite_changes_in_place(old, new, expected):
    a, b = composite(old), composite(new)
    assert D.alters_in_place(a, b) is (expected is not None)
    if expected is not None:
        assert D.render(C.ReplaceObject(a, b)).sql.strip() == expected
