"""Canonical neutral type names and the aliases that spell them.

AIR types always carry a canonical neutral name. A dialect module maps each
neutral name to its native spelling when rendering, maps native spellings back
when introspecting, and lowers a neutral type it lacks to one it has (e.g.
``uuid`` -> ``char(36)`` on MySQL) or reports a compile error. The mapping is
a bijection per dialect, so ``inspect`` -> ``.sqlx`` -> compile round-trips.

``timestamp`` is without time zone (PostgreSQL ``timestamp``, MySQL
``DATETIME``); ``timestamptz`` is PostgreSQL ``timestamp with time zone`` and
MySQL ``TIMESTAMP``.
"""
from __future__ import annotations

# name -> (min args, max args)
CANONICAL: dict[str, tuple[int, int]] = {
    # integers
    "tinyint": (0, 1), "smallint": (0, 1), "mediumint": (0, 1), "integer": (0, 1), "bigint": (0, 1),
    "smallserial": (0, 0), "serial": (0, 0), "bigserial": (0, 0),
    # exact and approximate numbers
    "numeric": (0, 2), "real": (0, 2), "double": (0, 2), "money": (0, 0),
    "boolean": (0, 0),
    # strings
    "char": (0, 1), "varchar": (0, 1), "text": (0, 1), "tinytext": (0, 0), "mediumtext": (0, 0),
    "longtext": (0, 0), "citext": (0, 0),
    # binary
    "bytea": (0, 0), "binary": (0, 1), "varbinary": (1, 1), "tinyblob": (0, 0), "blob": (0, 1),
    "mediumblob": (0, 0), "longblob": (0, 0),
    # bits
    "bit": (0, 1), "varbit": (0, 1),
    # time
    "date": (0, 0), "time": (0, 1), "timetz": (0, 1), "timestamp": (0, 1), "timestamptz": (0, 1),
    "interval": (0, 1), "year": (0, 1),
    # documents and identifiers
    "json": (0, 0), "jsonb": (0, 0), "uuid": (0, 0), "xml": (0, 0),
    # MySQL inline enums and sets (values in Type.values)
    "enum": (0, 0), "set": (0, 0),
    # PostgreSQL network, search, geometric, range and other builtins
    "inet": (0, 0), "cidr": (0, 0), "macaddr": (0, 0), "macaddr8": (0, 0),
    "tsvector": (0, 0), "tsquery": (0, 0),
    "point": (0, 0), "line": (0, 0), "lseg": (0, 0), "box": (0, 0), "path": (0, 0),
    "polygon": (0, 0), "circle": (0, 0),
    "int4range": (0, 0), "int8range": (0, 0), "numrange": (0, 0), "tsrange": (0, 0),
    "tstzrange": (0, 0), "daterange": (0, 0),
    "int4multirange": (0, 0), "int8multirange": (0, 0), "nummultirange": (0, 0), "tsmultirange": (0, 0),
    "tstzmultirange": (0, 0), "datemultirange": (0, 0),
    "oid": (0, 0), "pg_lsn": (0, 0), "txid_snapshot": (0, 0),
    # MySQL spatial
    "geometry": (0, 0), "linestring": (0, 0), "multipoint": (0, 0),
    "multilinestring": (0, 0), "multipolygon": (0, 0), "geometrycollection": (0, 0),
}

ALIASES: dict[str, str] = {
    "int": "integer", "int4": "integer", "int2": "smallint", "int8": "bigint",
    "int1": "tinyint", "int3": "mediumint", "middleint": "mediumint",
    "serial4": "serial", "serial8": "bigserial", "serial2": "smallserial",
    "decimal": "numeric", "dec": "numeric", "fixed": "numeric",
    "float4": "real", "float8": "double", "double precision": "double", "float": "double",
    "bool": "boolean",
    "character varying": "varchar", "character": "char", "bpchar": "char",
    "nchar": "char", "nvarchar": "varchar", "national char": "char",
    "national character": "char", "national varchar": "varchar",
    "bit varying": "varbit",
    "datetime": "timestamp", "timestamp without time zone": "timestamp",
    "timestamp with time zone": "timestamptz",
    "time without time zone": "time", "time with time zone": "timetz",
}


def canonical_name(name: str) -> str | None:
    """The canonical neutral name for a spelling, or None if it is not a builtin."""
    key = " ".join(name.lower().split())
    key = ALIASES.get(key, key)
    return key if key in CANONICAL else None
