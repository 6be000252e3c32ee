"""A PostgreSQL domain changed in place: old statement -> new statement -> the
ALTER DOMAIN steps that turn one into the other (or None: it cannot change in place)."""
from __future__ import annotations

import pytest

from sqlxc.air.model import Opaque, ddl_fingerprint
from sqlxc.dialects.postgres import PostgresDialect
from sqlxc.diff import changes as C

D = PostgresDialect()


def domain(ddl: str) -> Opaque:
    return Opaque(kind="domain", name="d", fingerprint=ddl_fingerprint(ddl), ddl=ddl)


CASES = [
    ("CREATE DOMAIN d AS integer", "CREATE DOMAIN d AS integer DEFAULT 0 NOT NULL",
     "ALTER DOMAIN d SET DEFAULT 0;\nALTER DOMAIN d SET NOT NULL"),
    # keywords inside a literal or a check are not clauses
    ("CREATE DOMAIN d AS text DEFAULT ' NOT NULL CONSTRAINT x'::text CONSTRAINT c CHECK ((VALUE IS NOT NULL))",
     "CREATE DOMAIN d AS text CONSTRAINT c CHECK ((VALUE IS NOT NULL)) CONSTRAINT \"e f\" CHECK ((VALUE <> ''::text))",
     "ALTER DOMAIN d DROP DEFAULT;\nALTER DOMAIN d ADD CONSTRAINT \"e f\" CHECK ((VALUE <> ''::text))"),
    # a check redefined under its name: dropped, then added
    ("CREATE DOMAIN d AS integer CONSTRAINT c CHECK ((VALUE > 0))",
     "CREATE DOMAIN d AS integer CONSTRAINT c CHECK ((VALUE > 1)) NOT VALID",
     "ALTER DOMAIN d DROP CONSTRAINT c;\nALTER DOMAIN d ADD CONSTRAINT c CHECK ((VALUE > 1)) NOT VALID"),
    # another base type or collation: not in place
    ("CREATE DOMAIN d AS integer", "CREATE DOMAIN d AS bigint", None),
    ("CREATE DOMAIN d AS text", 'CREATE DOMAIN d AS text COLLATE "C"', None),
]


@pytest.mark.parametrize("old,new,expected", CASES)
def test_domain_changes_in_place(old, new, expected):
    a, b = domain(old), domain(new)
    assert D.alters_in_place(a, b) is (expected is not None)
    if expected is not None:
        assert D.render(C.ReplaceObject(a, b)).sql.strip() == expected
