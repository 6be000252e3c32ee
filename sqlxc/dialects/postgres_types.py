"""PostgreSQL type mapping and identifier quoting, as data.

``NATIVE`` maps each canonical neutral type name to the spelling ``format_type``
prints, and ``FROM_NATIVE`` is its inverse, so ``parse_type(format_type(...))``
and ``type_sql(Type)`` form a bijection for everything introspection reads.
Types outside the map (extension types, domains, enums) keep their printed name.
Imports nothing heavy: introspection and ``sqlxc check`` both use it.
"""
from __future__ import annotations

import re
from typing import Optional

from sqlxc.air.model import Type

# each builtin range type's multirange type (PostgreSQL 14+)
MULTIRANGES: dict[str, str] = {r: r.replace("range", "multirange") for r in (
    "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange")}
# canonical neutral name -> the name format_type prints (argument-less part)
NATIVE: dict[str, str] = {
    "smallint": "smallint", "integer": "integer", "bigint": "bigint",
    "numeric": "numeric", "real": "real", "double": "double precision", "money": "money",
    "boolean": "boolean",
    "char": "character", "varchar": "character varying", "text": "text", "citext": "citext",
    "bytea": "bytea", "bit": "bit", "varbit": "bit varying",
    "date": "date", "time": "time without time zone", "timetz": "time with time zone",
    "timestamp": "timestamp without time zone", "timestamptz": "timestamp with time zone",
    "interval": "interval",
    "json": "json", "jsonb": "jsonb", "uuid": "uuid", "xml": "xml",
    "inet": "inet", "cidr": "cidr", "macaddr": "macaddr", "macaddr8": "macaddr8",
    "tsvector": "tsvector", "tsquery": "tsquery",
    "point": "point", "line": "line", "lseg": "lseg", "box": "box", "path": "path",
    "polygon": "polygon", "circle": "circle",
    "int4range": "int4range", "int8range": "int8range", "numrange": "numrange",
    "tsrange": "tsrange", "tstzrange": "tstzrange", "daterange": "daterange",
    **{m: m for m in MULTIRANGES.values()},
    "oid": "oid", "pg_lsn": "pg_lsn", "txid_snapshot": "txid_snapshot",
}
FROM_NATIVE: dict[str, str] = {v: k for k, v in NATIVE.items()}

# Neutral types PostgreSQL lacks, lowered to what the server would store.
LOWERED: dict[str, tuple[str, tuple[int, ...]]] = {
    "tinyint": ("smallint", ()),
    "mediumint": ("integer", ()),
    "tinytext": ("text", ()),
    "mediumtext": ("text", ()),
    "longtext": ("text", ()),
    "blob": ("bytea", ()),
    "tinyblob": ("bytea", ()),
    "mediumblob": ("bytea", ()),
    "longblob": ("bytea", ()),
    "binary": ("bytea", ()),
    "varbinary": ("bytea", ()),
}

# serial spellings -> (column type, sequence type)
SERIALS: dict[str, str] = {"smallserial": "smallint", "serial": "integer", "bigserial": "bigint"}

# integer range of each sequence/identity type, for the server's default options
INT_RANGE: dict[str, tuple[int, int]] = {
    "smallint": (-32768, 32767),
    "integer": (-2147483648, 2147483647),
    "bigint": (-9223372036854775808, 9223372036854775807),
}

# time zone spelled inside the name: format_type puts the precision before it
_TZ = re.compile(r"^(time|timestamp)(?:\((\d+)\))? (with|without) time zone$")
_INTERVAL = re.compile(r"^interval(?: ([a-z ]+?))?(?:\((\d+)\))?$")
_GENERIC = re.compile(r"^(.*?)(?:\(([\d,]+)\))?$")

# PostgreSQL keywords that quote_ident quotes (all but the unreserved ones).
KEYWORDS = frozenset("""
all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both
case cast char character check coalesce collate collation column concurrently constraint create cross
current_catalog current_date current_role current_schema current_time current_timestamp current_user dec
decimal default deferrable desc distinct do else end except exists extract false fetch float for foreign
freeze from full grant greatest group grouping having ilike in initially inner inout int integer intersect
interval into is isnull join lateral leading least left like limit localtime localtimestamp national
natural nchar none normalize not notnull null nullif numeric offset on only or order out outer overlaps
overlay placing position precision primary real references returning right row select session_user setof
similar smallint some substring symmetric table tablesample then time timestamp to trailing treat trim true
union unique user using values varchar variadic verbose when where window with xmlattributes xmlconcat
xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable
""".split())
_PLAIN = re.compile(r"^[a-z_][a-z0-9_$]*$")
# A type name kept as format_type printed it (quoted or schema-qualified) is
# already SQL; any other name is an enum's own name and gets quoted.
_PRINTED = re.compile(r'^"|[.(]')


def quote_ident(name: str) -> str:
    """Quote like the server's quote_ident: only when the name needs it."""
    if _PLAIN.match(name) and name not in KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def unquote_ident(text: str) -> str:
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return text[1:-1].replace('""', '"')
    return text


def parse_type(printed: str, enum: Optional[str] = None) -> Type:
    """``format_type`` output -> canonical Type. ``enum`` is the enum's own name
    when the (element) type is an enum of this schema."""
    text, dims = printed, 0
    while text.endswith("[]"):
        text, dims = text[:-2], dims + 1
    if enum is not None:
        return Type(name=enum, array=dims)
    m = _TZ.match(text)
    if m:
        name = FROM_NATIVE[f"{m.group(1)} {m.group(3)} time zone"]
        return Type(name=name, args=_ints(m.group(2)), array=dims)
    m = _INTERVAL.match(text)
    if m:
        return Type(name="interval", args=_ints(m.group(2)), fields=m.group(1), array=dims)
    m = _GENERIC.match(text)
    base, args = m.group(1), _ints(m.group(2))
    if base in FROM_NATIVE:
        return Type(name=FROM_NATIVE[base], args=args, array=dims)
    return Type(name=text, array=dims)  # extension type or domain, kept as printed


def _ints(text: Optional[str]) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",")) if text else ()


def type_sql(t: Type) -> str:
    """Canonical Type -> the spelling format_type prints (which the server accepts)."""
    base = NATIVE.get(t.name)
    args = "(" + ",".join(map(str, t.args)) + ")" if t.args else ""
    if base is None:
        name = t.name if _PRINTED.search(t.name) else quote_ident(t.name)
        text = name + args
    elif t.name in ("time", "timetz", "timestamp", "timestamptz"):
        head, _, zone = base.partition(" ")
        text = f"{head}{args} {zone}"
    elif t.name == "interval":
        text = "interval" + (" " + t.fields if t.fields else "") + args
    else:
        text = base + args
    return text + "[]" * t.array


def sequence_defaults(type_name: str, increment: int) -> dict[str, int]:
    """What the server picks for sequence options left out, given type and increment."""
    lo, hi = INT_RANGE.get(type_name, INT_RANGE["bigint"])
    minvalue, maxvalue = (1, hi) if increment > 0 else (lo, -1)
    return {"start": minvalue if increment > 0 else maxvalue, "increment": 1,
            "minvalue": minvalue, "maxvalue": maxvalue, "cache": 1}
