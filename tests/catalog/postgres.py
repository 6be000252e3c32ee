"""An independent snapshot of a PostgreSQL database's catalogs: every facet that
../shared/IDENTICAL.md compares, read with plain SQL and returned as plain data.

It deliberately shares nothing with ``sqlxc.introspect``: a test that judged
plans through our own introspection would pass whenever introspection drops
the facet it should see. ``sqlx_*`` objects are left out. Column order is
reported under ``column_order`` and left out by ``comparable()``.
"""
from __future__ import annotations

from typing import Any

import psycopg

_NS = "n.nspname = current_schema()"
_NOT_SQLX = r"NOT LIKE 'sqlx\_%'"

TABLES = rf"""
SELECT c.relname, c.relkind, obj_description(c.oid, 'pg_class'), coalesce(c.reloptions, '{{}}')::text,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
       CASE WHEN c.relispartition THEN (SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                                        WHERE i.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid) END,
       c.relpersistence = 'u'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {_NS} AND c.relkind IN ('r', 'p') AND c.relname {_NOT_SQLX}
"""

COLUMNS = rf"""
SELECT c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END,
       col_description(c.oid, a.attnum),
       s.seqtypid::regtype::text, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_sequence s ON a.attidentity <> '' AND s.seqrelid = pg_get_serial_sequence(
     quote_ident(c.relname), a.attname)::regclass
WHERE {_NS} AND c.relkind IN ('r', 'p', 'v') AND c.relname {_NOT_SQLX} AND a.attnum > 0 AND NOT a.attisdropped
"""

SEQUENCES = rf"""
SELECT c.relname, s.seqtypid::regtype::text, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache,
       s.seqcycle, obj_description(c.oid, 'pg_class'),
       (SELECT r.relname || '.' || a.attname FROM pg_depend d
          JOIN pg_class r ON r.oid = d.refobjid
          JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
        WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'a'
          AND d.refclassid = 'pg_class'::regclass)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
WHERE {_NS} AND c.relkind = 'S' AND c.relname {_NOT_SQLX}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                  AND d.deptype = 'i')
"""

CONSTRAINTS = rf"""
SELECT c.relname, k.conname, pg_get_constraintdef(k.oid), obj_description(k.oid, 'pg_constraint')
FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {_NS} AND c.relname {_NOT_SQLX}
"""

INDEXES = rf"""
SELECT c.relname, ic.relname, pg_get_indexdef(i.indexrelid), i.indisvalid, obj_description(ic.oid, 'pg_class')
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {_NS} AND c.relname {_NOT_SQLX}
"""

VIEWS = rf"""
SELECT c.relname, pg_get_viewdef(c.oid), coalesce(c.reloptions, '{{}}')::text, obj_description(c.oid, 'pg_class')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE {_NS} AND c.relkind = 'v' AND c.relname {_NOT_SQLX}
"""

ENUMS = rf"""
SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[], obj_description(t.oid, 'pg_type')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
WHERE {_NS} AND t.typname {_NOT_SQLX}
GROUP BY t.oid, t.typname
"""


def _rows(conn, sql: str) -> list[tuple]:
    return conn.execute(sql).fetchall()


def snapshot(url: str) -> dict[str, Any]:
    """Every compared facet of the database at ``url`` as plain, sorted data."""
    with psycopg.connect(_conninfo(url), autocommit=True) as conn:
        tables: dict[str, dict] = {}
        for name, kind, comment, options, partition_key, partition_of, unlogged in _rows(conn, TABLES):
            tables[name] = {"kind": kind, "comment": comment, "options": options, "columns": {},
                            "constraints": {}, "indexes": {}}
            if unlogged:  # only where a table is unlogged: older snapshots stay equal
                tables[name]["unlogged"] = True
            if partition_key or partition_of:  # only where there is partitioning: older snapshots stay equal
                tables[name].update(partition_key=partition_key, partition_of=partition_of)
        views: dict[str, dict] = {}
        for name, definition, options, comment in _rows(conn, VIEWS):
            views[name] = {"definition": definition, "options": options, "comment": comment, "columns": {}}
        order: dict[str, list] = {}
        for row in sorted(_rows(conn, COLUMNS), key=lambda r: (r[0], r[2])):
            rel, col = row[0], row[1]
            target = tables.get(rel) or views.get(rel)
            if target is None:
                continue
            order.setdefault(rel, []).append(col)
            target["columns"][col] = {
                "type": row[3], "not_null": row[4], "default": row[5], "identity": row[6],
                "generated": row[7], "collation": row[8], "comment": row[9],
                "identity_sequence": list(row[10:17]) if row[6] else None,
            }
        for rel, name, definition, comment in _rows(conn, CONSTRAINTS):
            tables[rel]["constraints"][name] = {"definition": definition, "comment": comment}
        for rel, name, definition, valid, comment in _rows(conn, INDEXES):
            if rel in tables:
                tables[rel]["indexes"][name] = {"definition": definition, "valid": valid, "comment": comment}
        sequences = {
            r[0]: {"type": r[1], "start": r[2], "increment": r[3], "min": r[4], "max": r[5], "cache": r[6],
                   "cycle": r[7], "comment": r[8], "owned_by": r[9]}
            for r in _rows(conn, SEQUENCES)
        }
        enums = {r[0]: {"labels": list(r[1]), "comment": r[2]} for r in _rows(conn, ENUMS)}
    return {"tables": tables, "views": views, "sequences": sequences, "enums": enums, "column_order": order}


def comparable(snap: dict[str, Any]) -> dict[str, Any]:
    """The snapshot without what is reported but not counted (column order)."""
    return {k: v for k, v in snap.items() if k != "column_order"}


def _conninfo(url: str) -> str:
    from urllib.parse import urlsplit

    u = urlsplit(url)
    parts = [f"host={u.hostname or '127.0.0.1'}", f"dbname={u.path.lstrip('/') or 'postgres'}"]
    if u.port:
        parts.append(f"port={u.port}")
    if u.username:
        parts.append(f"user={u.username}")
    if u.password:
        parts.append(f"password={u.password}")
    return " ".join(parts)
