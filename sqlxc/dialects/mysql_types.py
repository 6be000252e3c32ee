"""MySQL/MariaDB type mapping, literals and identifier quoting, as data.

``NATIVE`` maps each canonical neutral type name to the name the server prints
in ``information_schema.COLUMNS.COLUMN_TYPE`` and ``FROM_NATIVE`` is its
inverse, so ``parse_type(COLUMN_TYPE)`` and ``type_sql(Type)`` form a bijection
for everything introspection reads. ``normalize`` drops what the server would
pick anyway (display widths, ``decimal(10,0)``, ``char(1)``…), so a type
written without them compares equal. Imports nothing heavy.
"""
from __future__ import annotations

import re

from sqlxc.air.model import Type

# canonical neutral name -> COLUMN_TYPE base name
NATIVE: dict[str, str] = {
    "tinyint": "tinyint", "smallint": "smallint", "mediumint": "mediumint", "integer": "int",
    "bigint": "bigint", "numeric": "decimal", "real": "float", "double": "double",
    "bit": "bit", "char": "char", "varchar": "varchar", "binary": "binary", "varbinary": "varbinary",
    "tinytext": "tinytext", "text": "text", "mediumtext": "mediumtext", "longtext": "longtext",
    "tinyblob": "tinyblob", "blob": "blob", "mediumblob": "mediumblob", "longblob": "longblob",
    "date": "date", "time": "time", "timestamp": "datetime", "timestamptz": "timestamp", "year": "year",
    "json": "json", "uuid": "uuid", "enum": "enum", "set": "set",
    "geometry": "geometry", "point": "point", "linestring": "linestring", "polygon": "polygon",
    "multipoint": "multipoint", "multilinestring": "multilinestring", "multipolygon": "multipolygon",
    "geometrycollection": "geometrycollection",
}
FROM_NATIVE: dict[str, str] = {v: k for k, v in NATIVE.items()}
FROM_NATIVE["geomcollection"] = "geometrycollection"  # MySQL 8 spelling

# Neutral types the server lacks -> what the server would store instead.
LOWERED: dict[str, Type] = {
    "jsonb": Type(name="json"),
    "bytea": Type(name="longblob"),
    "citext": Type(name="text"),
    "timetz": Type(name="time"),
    "varbit": Type(name="bit", args=(64,)),
    "money": Type(name="numeric", args=(19, 4)),
}
# MySQL's SERIAL = BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE
SERIALS = frozenset({"smallserial", "serial", "bigserial"})

# Display width the server prints when none is given: (signed, unsigned).
INT_WIDTH: dict[str, tuple[int, int]] = {
    "tinyint": (4, 3), "smallint": (6, 5), "mediumint": (9, 8), "integer": (11, 10), "bigint": (20, 20),
}
# Arguments the server fills in when none are given.
DEFAULT_ARGS: dict[str, tuple[int, ...]] = {
    "numeric": (10, 0), "char": (1,), "binary": (1,), "bit": (1,), "year": (4,),
    "time": (0,), "timestamp": (0,), "timestamptz": (0,),
}
# Types that carry a character set and collation.
STRING_TYPES = frozenset({"char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set"})

# MariaDB sequences: the cache CREATE SEQUENCE picks, and the bounds it picks by the
# increment's sign (it starts at the lower bound going up, at the upper one going down).
SEQUENCE_CACHE = 1000
_BIGINT_MAX = 2**63 - 1


def sequence_bounds(increment: int) -> tuple[int, int]:
    """(MINVALUE, MAXVALUE) of a MariaDB sequence that names neither (INCREMENT BY 0
    steps by @@auto_increment_increment: upwards)."""
    return (1, _BIGINT_MAX - 1) if increment >= 0 else (-(_BIGINT_MAX), -1)


_COLUMN_TYPE = re.compile(r"^([a-z0-9_]+)(?:\((.*)\))?((?: unsigned| signed| zerofill)*)$", re.DOTALL)
_STRING = re.compile(r"'((?:[^'\\]|''|\\.)*)'", re.DOTALL)
_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}


def parse_type(column_type: str) -> Type:
    """``COLUMN_TYPE`` (e.g. ``int(10) unsigned zerofill``) -> canonical, normalized Type."""
    m = _COLUMN_TYPE.match(column_type.strip().lower() if "(" not in column_type else _lower_head(column_type))
    if not m:
        return Type(name=column_type)
    base, inner, flags = m.group(1), m.group(2), m.group(3) or ""
    name = FROM_NATIVE.get(base, base)
    if name in ("enum", "set"):
        return Type(name=name, values=tuple(unquote_string(s) for s in _split_values(inner or "")))
    args = tuple(int(x) for x in inner.split(",")) if inner else ()
    t = Type(name=name, args=args, unsigned="unsigned" in flags, zerofill="zerofill" in flags)
    return normalize(t)


def _lower_head(text: str) -> str:
    # Lower-case the type name and the flags, never the enum/set values.
    head, _, rest = text.partition("(")
    inner, _, tail = rest.rpartition(")")
    return f"{head.lower()}({inner}){tail.lower()}"


def _split_values(inner: str) -> list[str]:
    return [m.group(0) for m in _STRING.finditer(inner)]


def unquote_string(quoted: str) -> str:
    """A string literal as the server prints it ('' and backslash escapes) -> its value."""
    body = quoted[1:-1]
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch == "'" and body[i + 1:i + 2] == "'":
            out.append("'")
            i += 2
        elif ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def normalize(t: Type) -> Type:
    """Leave out what the server picks by itself, so equal types compare equal."""
    update: dict = {}
    if t.zerofill and not t.unsigned:
        update["unsigned"] = True  # ZEROFILL implies UNSIGNED
    unsigned = t.unsigned or t.zerofill
    if t.name in INT_WIDTH and t.args == (INT_WIDTH[t.name][unsigned],):
        update["args"] = ()
    elif t.name == "numeric" and len(t.args) == 1:
        update["args"] = (t.args[0], 0)
    if t.name in DEFAULT_ARGS and update.get("args", t.args) == DEFAULT_ARGS[t.name]:
        update["args"] = ()
    if t.name == "tinyint" and update.get("args", t.args) == (1,) and not unsigned:
        return Type(name="boolean")
    return t.model_copy(update=update) if update else t


def type_sql(t: Type, uuid_native: bool = True) -> str:
    """Canonical Type -> a spelling the server accepts and prints back as ``COLUMN_TYPE``."""
    if t.name == "boolean":
        return "tinyint(1)"
    if t.name == "uuid" and not uuid_native:
        return "char(36)"
    base = NATIVE.get(t.name, t.name)
    if t.name in ("enum", "set"):
        return base + "(" + ",".join(string_literal(v) for v in t.values) + ")"
    text = base + ("(" + ",".join(map(str, t.args)) + ")" if t.args else "")
    if t.unsigned and not t.zerofill:
        text += " unsigned"
    if t.zerofill:
        text += " unsigned zerofill"
    return text


def string_literal(value: str) -> str:
    """A string literal that means ``value`` whatever NO_BACKSLASH_ESCAPES says."""
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def quote_ident(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def charset_of(collation: str | None) -> str | None:
    """The character set a collation belongs to (its name's first part)."""
    if not collation:
        return None
    return "binary" if collation == "binary" else collation.split("_", 1)[0]
