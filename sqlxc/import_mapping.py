"""How the terms of a DDL dump map to AIR: sqlglot types to canonical neutral
types, expressions to the neutral SQL the front end normalizes to, and which
constraint and index names are the server's defaults (left out of .sqlx).
"""
from __future__ import annotations

import re
from typing import Any

from sqlxc.air.types import canonical_name

# sqlglot type -> canonical neutral name; per-dialect rows win (sqlglot reads
# MySQL TIMESTAMP as TIMESTAMPTZ and PostgreSQL bytea as VARBINARY).
_TYPES = {
    "TINYINT": "tinyint", "SMALLINT": "smallint", "MEDIUMINT": "mediumint", "INT": "integer",
    "BIGINT": "bigint", "SERIAL": "serial", "BIGSERIAL": "bigserial", "SMALLSERIAL": "smallserial",
    "DECIMAL": "numeric", "DOUBLE": "double", "FLOAT": "real", "MONEY": "money",
    "BOOLEAN": "boolean", "CHAR": "char", "NCHAR": "char", "VARCHAR": "varchar", "NVARCHAR": "varchar",
    "TEXT": "text", "TINYTEXT": "tinytext", "MEDIUMTEXT": "mediumtext", "LONGTEXT": "longtext",
    "BINARY": "binary", "VARBINARY": "varbinary", "BLOB": "blob", "TINYBLOB": "tinyblob",
    "MEDIUMBLOB": "mediumblob", "LONGBLOB": "longblob", "BIT": "bit",
    "DATE": "date", "TIME": "time", "TIMETZ": "timetz", "TIMESTAMP": "timestamp",
    "TIMESTAMPTZ": "timestamptz", "DATETIME": "timestamp", "INTERVAL": "interval", "YEAR": "year",
    "JSON": "json", "JSONB": "jsonb", "UUID": "uuid", "XML": "xml",
    "INET": "inet", "CIDR": "cidr", "MACADDR": "macaddr", "TSVECTOR": "tsvector",
    "INT4RANGE": "int4range", "INT8RANGE": "int8range", "NUMRANGE": "numrange",
    "TSRANGE": "tsrange", "TSTZRANGE": "tstzrange", "DATERANGE": "daterange",
    "GEOMETRY": "geometry", "ENUM": "enum", "SET": "set",
}
_DIALECT_TYPES = {
    "postgres": {"VARBINARY": "bytea"},
    "mysql": {"DATETIME2": "timestamp"},
}
_UNSIGNED = {"UTINYINT": "tinyint", "USMALLINT": "smallint", "UMEDIUMINT": "mediumint",
             "UINT": "integer", "UBIGINT": "bigint", "UDECIMAL": "numeric", "UDOUBLE": "double",
             "UFLOAT": "real"}
# MariaDB prints integer display widths; the default ones carry no meaning
_DEFAULT_WIDTH = {("tinyint", False): 4, ("tinyint", True): 3, ("smallint", False): 6,
                  ("smallint", True): 5, ("mediumint", False): 9, ("mediumint", True): 8,
                  ("integer", False): 11, ("integer", True): 10, ("bigint", False): 20,
                  ("bigint", True): 20}


def _literal_int(node) -> int | None:
    text = node.sql() if node is not None else ""
    return int(text) if text.isdigit() else None


def convert_type(dtype, dialect: str, enums: set[str]) -> tuple[dict | None, str]:
    """(AIR Type as a dict, or None if unknown; the type as written, for messages)."""
    from sqlglot import exp

    written = dtype.sql(dialect=dialect)
    key = dtype.this.name
    array = 0
    while key == "ARRAY" and dtype.expressions:
        dtype, array = dtype.expressions[0], array + 1
        key = dtype.this.name
    unsigned = key in _UNSIGNED
    name = _UNSIGNED.get(key) or _DIALECT_TYPES[dialect].get(key) or _TYPES.get(key)
    if key == "USERDEFINED":
        raw = dtype.args.get("kind")
        raw_name = (raw.name if isinstance(raw, exp.Dot) else raw.sql() if raw is not None else written)
        raw_name = raw_name.strip('"`').split(".")[-1]
        name = raw_name if raw_name in enums else canonical_name(raw_name)
    if name is None:
        return None, written
    typ: dict[str, Any] = {"name": name}
    if name in ("enum", "set"):
        typ["values"] = [e.name for e in dtype.expressions]
    else:
        args = [_literal_int(p.this if isinstance(p, exp.DataTypeParam) else p) for p in dtype.expressions]
        args = [a for a in args if a is not None]
        if args and _DEFAULT_WIDTH.get((name, unsigned)) == args[0] and len(args) == 1:
            args = []
        if args:
            typ["args"] = args
    if unsigned:
        typ["unsigned"] = True
    if array:
        typ["array"] = array
    return typ, written


# --- expressions -----------------------------------------------------------------

_NOISE_CASTS = {"BPCHAR", "TEXT", "VARCHAR", "CHAR", "DECIMAL", "USERDEFINED", "INT", "BIGINT"}


def expr_sql(node, *, strip_parens: bool = True) -> str:
    """Neutral SQL (sqlglot's default dialect, as the front end normalizes .sqlx
    expressions) for a default, check or predicate: the casts PostgreSQL prints
    around literals and the schema qualifier dropped, outer parentheses removed."""
    from sqlglot import exp

    def clean(n):
        if isinstance(n, exp.Cast) and isinstance(n.to, exp.DataType) and n.to.this.name in _NOISE_CASTS:
            inner = n.this.unnest() if isinstance(n.this, exp.Paren) else n.this
            if isinstance(inner, (exp.Literal, exp.Neg)):
                return inner.copy()
        if isinstance(n, exp.Identifier) and n.quoted and re.fullmatch(r"[a-z_][a-z0-9_]*", n.name):
            return exp.Identifier(this=n.name, quoted=False)
        return n

    node = node.copy()
    for qualified in node.find_all(exp.Column, exp.Table):
        qualified.set("db", None)  # one schema per .sqlx project: drop "public."
    node = node.transform(clean)
    while strip_parens and isinstance(node, exp.Paren):
        node = node.this
    return node.sql()


# --- server default names (DESIGN.md: a name left out is the server's default) ---

def default_pk_name(dialect: str, table: str, name: str) -> bool:
    return name == ("PRIMARY" if dialect == "mysql" else f"{table}_pkey")


def default_fk_name(dialect: str, table: str, cols: list[str], name: str) -> bool:
    if dialect == "mysql":
        return re.fullmatch(rf"{re.escape(table)}_ibfk_\d+", name) is not None
    return name == f"{table}_{'_'.join(cols)}_fkey"


def default_check_name(dialect: str, table: str, name: str) -> bool:
    if dialect == "mysql":
        return re.fullmatch(r"CONSTRAINT_\d+", name) is not None
    return re.fullmatch(rf"{re.escape(table)}(_\w+)?_check\d*", name) is not None


def default_index_name(dialect: str, table: str, cols: list, name: str, unique: bool) -> bool:
    if dialect == "mysql":
        return bool(cols) and cols[0] is not None and name == cols[0]
    if None in cols:
        return False
    return name == f"{table}_{'_'.join(cols)}_{'key' if unique else 'idx'}"
