"""An independent snapshot of a MySQL/MariaDB database's catalogs: every facet
that ../shared/IDENTICAL.md compares, read with plain SQL from
``information_schema`` and returned as plain data.

It deliberately shares nothing with ``sqlxc.introspect``: a test that judged
plans through our own introspection would pass whenever introspection drops
the facet it should see. ``sqlx_*`` objects are left out. Column order is
reported under ``column_order`` and compared too; the view
bodies and column defaults (a sequence's `nextval`) lose the database's own qualifier (F and T
are different databases).
"""
from __future__ import annotations

from typing import Any

import pymysql

_NOT_SQLX = r"NOT LIKE 'sqlx\\_%'"

TABLES = f"""
SELECT TABLE_NAME, ENGINE, TABLE_COLLATION, ROW_FORMAT, CREATE_OPTIONS, TABLE_COMMENT
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE <> 'VIEW' AND TABLE_NAME {_NOT_SQLX}
"""

COLUMNS = f"""
SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
       CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT, GENERATION_EXPRESSION
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME {_NOT_SQLX}
  AND TABLE_NAME NOT IN (SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE())
"""

STATISTICS = f"""
SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE,
       INDEX_COMMENT, {{visibility}}
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME {_NOT_SQLX}
"""

FOREIGN_KEYS = f"""
SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
       k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
 AND r.TABLE_NAME = k.TABLE_NAME
WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL AND k.TABLE_NAME {_NOT_SQLX}
"""

CHECKS_MARIADB = f"""
SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME {_NOT_SQLX}
"""

CHECKS_MYSQL = f"""
SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE, t.ENFORCED
FROM information_schema.CHECK_CONSTRAINTS c
JOIN information_schema.TABLE_CONSTRAINTS t
  ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME
WHERE c.CONSTRAINT_SCHEMA = DATABASE() AND t.CONSTRAINT_TYPE = 'CHECK' AND t.TABLE_NAME {_NOT_SQLX}
"""

VIEWS = f"""
SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, ALGORITHM
FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME {_NOT_SQLX}
"""


def connect(url: str) -> Any:
    from urllib.parse import unquote, urlsplit

    u = urlsplit(url)
    return pymysql.connect(host=u.hostname or "127.0.0.1", port=u.port or 3306, user=unquote(u.username or "root"),
                           password=unquote(u.password or ""), database=unquote(u.path.lstrip("/")),
                           charset="utf8mb4", autocommit=True, ssl_disabled=True)


def _rows(conn: Any, sql: str) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def snapshot(url: str) -> dict[str, Any]:
    """Every compared facet of the database at ``url``, as plain dicts."""
    conn = connect(url)
    try:
        db, version = _rows(conn, "SELECT DATABASE(), VERSION()")[0]
        mariadb = "mariadb" in version.lower()
        visibility = "IGNORED" if mariadb else "IS_VISIBLE"
        tables: dict[str, Any] = {}
        for name, engine, collation, row_format, options, comment in _rows(conn, TABLES):
            tables[name] = {"engine": engine, "collation": collation, "row_format": row_format,
                            "create_options": options, "comment": comment, "columns": {},
                            "column_order": [], "indexes": {}, "foreign_keys": {}, "checks": {}}
        for (table, col, pos, ctype, nullable, default, extra, charset, coll, comment,
             gen) in sorted(_rows(conn, COLUMNS), key=lambda r: (r[0], r[2])):
            t = tables[table]
            unqualified = default.replace(f"`{db}`.", "") if default else default  # nextval(`db`.`seq`)
            t["columns"][col] = {"type": ctype, "nullable": nullable, "default": unqualified, "extra": extra,
                                 "charset": charset, "collation": coll, "comment": comment,
                                 "generation": gen}
            t["column_order"].append(col)
        for (table, index, non_unique, seq, col, sub_part, order, itype, comment,
             visible) in sorted(_rows(conn, STATISTICS.format(visibility=visibility)), key=lambda r: (r[0], r[1], r[3])):
            entry = tables[table]["indexes"].setdefault(
                index, {"unique": not int(non_unique), "type": itype, "comment": comment,
                        "visibility": visible, "columns": []})
            entry["columns"].append((col, sub_part, order))
        for (table, name, _pos, col, ref_table, ref_col, on_update,
             on_delete) in sorted(_rows(conn, FOREIGN_KEYS), key=lambda r: (r[0], r[1], r[2])):
            entry = tables[table]["foreign_keys"].setdefault(
                name, {"ref_table": ref_table, "on_update": on_update, "on_delete": on_delete,
                       "columns": [], "ref_columns": []})
            entry["columns"].append(col)
            entry["ref_columns"].append(ref_col)
        for table, name, clause, level in _rows(conn, CHECKS_MARIADB if mariadb else CHECKS_MYSQL):
            tables[table]["checks"][name] = {"clause": clause, "level": level}
        views = {}
        for name, definition, check_option, security, algorithm in _rows(conn, VIEWS):
            views[name] = {"definition": definition.replace(f"`{db}`.", ""), "check_option": check_option,
                           "security": security, "algorithm": algorithm}
        return {"tables": tables, "views": views}
    finally:
        conn.close()


def comparable(snap: dict[str, Any]) -> dict[str, Any]:
    """The snapshot as compared. Column order counts on MySQL (the differ moves
    columns into place); SQLXC_LOOSE_COLUMN_ORDER=1 leaves it out."""
    import os

    if not os.environ.get("SQLXC_LOOSE_COLUMN_ORDER"):
        return {"tables": snap["tables"], "views": snap["views"]}
    tables = {name: {k: v for k, v in t.items() if k != "column_order"} for name, t in snap["tables"].items()}
    return {"tables": tables, "views": snap["views"]}
