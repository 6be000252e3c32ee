"""Spelling names and strings in .sqlx (shared by the printer and fmt; no pydantic)."""
from __future__ import annotations

import re

PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")
# Every keyword of grammar/sqlx.lark (tests/dsl/test_quoting.py keeps this true):
# a name spelled like one is quoted, so it can stand wherever a name may.
KEYWORDS = frozenset({
    "table", "enum", "view", "sequence", "primary", "key", "unique", "index", "foreign",
    "references", "check", "comment", "mysql", "include", "using", "where", "with", "invisible",
    "on", "delete", "update", "cascade", "restrict", "no", "action", "set", "null", "default",
    "match", "full", "partial", "simple", "deferrable", "initially", "deferred", "immediate",
    "not", "valid", "nulls", "distinct", "first", "last", "asc", "desc", "collate", "as", "stored",
    "virtual", "unsigned", "zerofill", "inherit", "postgres"
})


def ident(name: str) -> str:
    """A name as written in .sqlx: bare when it can be, else double-quoted."""
    if PLAIN.match(name) and name not in KEYWORDS:
        return name
    return string(name)


_ESCAPE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}


def string(text: str) -> str:
    """A double-quoted .sqlx string (backslash escapes)."""
    return '"' + "".join(_ESCAPE.get(ch, ch) for ch in text) + '"'


def sq(text: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + text.replace("'", "''") + "'"
