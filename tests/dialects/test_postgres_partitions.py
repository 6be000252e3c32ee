"""A PostgreSQL partition changed in place: old statements -> new statements -> the
statements that turn one into the other (or None: it cannot change in place)."""
from __future__ import annotations

import pytest

from sqlxc.air.model import Opaque, ddl_fingerprint
from sqlxc.dialects.postgres import PostgresDialect
from sqlxc.dialects.postgres_partitions import statements
from sqlxc.diff import changes as C

D = PostgresDialect()
HEAD = "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)"
HASH = "CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (modulus 2, remainder 0)"


def part(*stmts: str) -> Opaque:
    ddl = ";\n".join(stmts)
    return Opaque(kind="partition", name=stmts[0].split()[2], fingerprint=ddl_fingerprint(ddl), ddl=ddl)


CASES = [
    # storage parameters set and reset in the server's order; a comment replaced, not cleared first
    ((HEAD, "COMMENT ON TABLE p1 IS 'a'"), (HEAD + " WITH (fillfactor=80)", "COMMENT ON TABLE p1 IS 'b'"),
     "ALTER TABLE p1 SET (fillfactor=80);\nCOMMENT ON TABLE p1 IS 'b'"),
    ((HEAD + " WITH (fillfactor=80, autovacuum_enabled=false)",), (HEAD,),
     "ALTER TABLE p1 RESET (fillfactor, autovacuum_enabled)"),
    # a hash bound is no storage parameter list
    ((HASH,), (HASH + " WITH (fillfactor=90)",), "ALTER TABLE h0 SET (fillfactor=90)"),
    # an index redefined: dropped, created, and its unchanged comment said again
    ((HEAD, "CREATE INDEX p1_n ON public.p1 USING btree (n)", "COMMENT ON INDEX p1_n IS 'x;\ny'"),
     (HEAD, "CREATE INDEX p1_n ON public.p1 USING btree (lower(n))", "COMMENT ON INDEX p1_n IS 'x;\ny'"),
     "DROP INDEX IF EXISTS p1_n;\nCREATE INDEX p1_n ON public.p1 USING btree (lower(n));\n"
     "COMMENT ON INDEX p1_n IS 'x;\ny'"),
    # a dropped constraint takes its comment along; NOT NULL and column comments undone
    ((HEAD, "ALTER TABLE p1 ALTER COLUMN n SET NOT NULL", "COMMENT ON COLUMN p1.n IS 'n'",
      'ALTER TABLE p1 ADD CONSTRAINT "P1 check" CHECK ((n > 0))', 'COMMENT ON CONSTRAINT "P1 check" ON p1 IS \'c\''),
     (HEAD,),
     'ALTER TABLE p1 ALTER COLUMN n DROP NOT NULL;\nALTER TABLE p1 DROP CONSTRAINT IF EXISTS "P1 check";\n'
     "COMMENT ON COLUMN p1.n IS NULL"),
    # another bound or partition key, or an own default that goes: not in place
    # a new bound: detached and attached again, rows kept
    ((HEAD,), ("CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (20)",),
     "ALTER TABLE p DETACH PARTITION p1;\nALTER TABLE p ATTACH PARTITION p1 FOR VALUES FROM (1) TO (20)"),
    ((HEAD,), (HEAD + " PARTITION BY LIST (k)",), None),
    ((HEAD, "ALTER TABLE p1 ALTER COLUMN n SET DEFAULT 1"), (HEAD,), None),
]


@pytest.mark.parametrize("old,new,expected", CASES)
def test_partition_changes_in_place(old, new, expected):
    a, b = part(*old), part(*new)
    assert D.alters_in_place(a, b) is (expected is not None)
    if expected is not None:
        assert D.render(C.ReplaceObject(a, b)).sql.strip() == expected


def test_statements_split_outside_quotes_only():
    ddl = "COMMENT ON TABLE \"a;\nb\" IS 'x;\ny';\nCOMMENT ON INDEX i IS E'\\\\';\nSELECT 1"
    assert statements(ddl) == ["COMMENT ON TABLE \"a;\nb\" IS 'x;\ny'", "COMMENT ON INDEX i IS E'\\\\'", "SELECT 1"]


EXCL = "ALTER TABLE b ADD CONSTRAINT b_x EXCLUDE USING gist (r WITH &&) WITH (fillfactor='90')"


@pytest.mark.parametrize("old,new,expected", [
    ((EXCL,), (EXCL, "COMMENT ON CONSTRAINT b_x ON b IS 'once'"), "COMMENT ON CONSTRAINT b_x ON b IS 'once'"),
    ((EXCL, "COMMENT ON CONSTRAINT b_x ON b IS 'once'"), (EXCL,), "COMMENT ON CONSTRAINT b_x ON b IS NULL"),
    ((EXCL,), (EXCL.replace("90", "80"),), None),  # its index changes: recreated
])
def test_exclusion_constraint_comment_changes_in_place(old, new, expected):
    a, b = (Opaque(kind="exclusion constraint", name="b.b_x", fingerprint=ddl_fingerprint(";\n".join(x)),
                   ddl=";\n".join(x)) for x in (old, new))
    assert D.alters_in_place(a, b) is (expected is not None)
    if expected is not None:
        assert D.render(C.ReplaceObject(a, b)).sql.strip() == expected
