"""Neutral SQL expressions -> the form PostgreSQL prints them in (``pg_get_expr``).

Exact for the common default spellings (numbers, strings, booleans, the SQL
value functions, plain function calls) and for parenthesizing comparisons;
best effort through sqlglot otherwise (where the server's printing needs type
information, a scratch server normalizes instead). sqlglot is imported lazily.
"""
from __future__ import annotations

import re
from typing import Optional

from sqlxc.air.model import Type
from sqlxc.dialects.postgres_types import INT_RANGE, quote_ident, type_sql

_INT = re.compile(r"^[+-]?\d+$")
_DEC = re.compile(r"^[+-]?(\d+\.\d*|\.\d+)$")
_STRING = re.compile(r"^'((?:[^']|'')*)'$")
_CALL = re.compile(r"^([a-z_][a-z0-9_]*)\(\)$", re.I)
# SQL value functions the server prints in upper case, with an optional precision
_VALUE_FUNCS = re.compile(
    r"^(current_timestamp|current_date|current_time|localtimestamp|localtime|current_user|session_user"
    r"|current_role|current_catalog|current_schema|user)(\s*\(\s*\d+\s*\))?$",
    re.I,
)
_TRUE = {"true", "t", "yes", "on", "1", "y"}
_FALSE = {"false", "f", "no", "off", "0", "n"}
# the name a cast to each type prints with (format_type without typmod)
_CAST_NAME = {"char": "bpchar"}


def string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quote_regclass(name: str) -> str:
    """A relation name as regclass's output function prints it."""
    return quote_ident(name)


def cast_name(t: Type) -> str:
    if t.name in _CAST_NAME:
        return _CAST_NAME[t.name] + "[]" * t.array
    return type_sql(t.model_copy(update={"args": ()}))


def _integer(value: int) -> str:
    lo, hi = INT_RANGE["integer"]
    if 0 <= value <= hi:
        return str(value)
    if lo <= value <= hi:
        return f"'{value}'::integer"
    if INT_RANGE["bigint"][0] <= value <= INT_RANGE["bigint"][1]:
        return f"'{value}'::bigint"
    return str(value) if value > 0 else f"'{value}'::numeric"


def default_printed(expr: str, t: Type) -> Optional[str]:
    """A column default as pg_get_expr prints it; None for DEFAULT NULL (stored as no default)."""
    text = expr.strip()
    low = text.lower()
    if low == "null":
        return None
    if _INT.match(text):
        return _integer(int(text))
    if _DEC.match(text):
        return text.lstrip("+") if not text.startswith("-") else f"'{text}'::numeric"
    if low in ("true", "false"):
        return low
    m = _STRING.match(text)
    if m:
        if t.name == "boolean" and not t.array:
            value = m.group(1).strip().lower()
            if value in _TRUE or value in _FALSE:
                return "true" if value in _TRUE else "false"
        return f"{text}::{cast_name(t)}"
    m = _VALUE_FUNCS.match(text)
    if m:
        return m.group(1).upper() + (re.sub(r"\s", "", m.group(2)) if m.group(2) else "")
    m = _CALL.match(text)
    if m:
        return m.group(1).lower() + "()"
    return expression_printed(text)


def _parse(expr: str):
    import sqlglot

    try:
        return sqlglot.parse_one(expr)
    except sqlglot.errors.ParseError:
        return None


def expression_printed(expr: str) -> str:
    """Best effort: transpiled to PostgreSQL with every operation parenthesized."""
    node = _parse(expr)
    if node is None:
        return expr
    return _parenthesize(node).sql(dialect="postgres")


def predicate_printed(expr: str) -> str:
    """A check or index predicate: the server wraps the whole of it in parentheses."""
    text = expression_printed(expr)
    return text if _wrapped(text) else f"({text})"


def _wrapped(text: str) -> bool:
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(text) - 1:
            return False
    return True


def _parenthesize(node):
    from sqlglot import exp

    def wrap(n):
        if isinstance(n, (exp.Binary, exp.Not, exp.Is, exp.Like, exp.Between)) and not isinstance(
            n.parent, exp.Paren
        ) and n.parent is not None:
            return exp.Paren(this=n.copy())
        return n

    node = node.transform(wrap)
    return node


def figure_colname(expr: Optional[str]) -> str:
    """The name part PostgreSQL derives from an index expression (FigureColname)."""
    from sqlglot import exp

    node = _parse(expr or "")
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.Column):
        return node.name
    if isinstance(node, exp.Cast):
        return node.to.sql(dialect="postgres").lower().split("(")[0]
    if isinstance(node, exp.Anonymous):
        return str(node.this).lower()
    if isinstance(node, exp.Func):
        return node.sql_name().lower()
    return "expr"


def columns_of(expr: str) -> list[str]:
    """Distinct column names an expression reads, in order of appearance."""
    from sqlglot import exp

    node = _parse(expr)
    if node is None:
        return []
    seen: list[str] = []
    for col in node.find_all(exp.Column):
        if col.name not in seen:
            seen.append(col.name)
    return seen


def view_printed(sql: str) -> str:
    """A view body transpiled to PostgreSQL (the server's own layout is not predicted)."""
    import sqlglot

    text = sql.strip().rstrip(";")
    try:
        return sqlglot.transpile(text, write="postgres")[0]
    except sqlglot.errors.ParseError:
        return text
