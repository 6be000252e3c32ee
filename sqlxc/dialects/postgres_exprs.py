"""Neutral SQL expressions -> the form PostgreSQL prints them in (``pg_get_expr``).

Exact for the common default spellings (numbers, strings, booleans, the SQL
value functions, plain function calls) and for parenthesizing comparisons;
best effort through sqlglot otherwise (where the server's printing needs type
information, a scratch server normalizes instead). sqlglot is imported lazily.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from sqlxc.air.model import Type
from sqlxc.dialects.postgres_types import INT_RANGE, quote_ident, type_sql
from sqlxc.exprmemo import memoized, mentioned

_INT = re.compile(r"^[+-]?\d+$")
_DEC = re.compile(r"^[+-]?(\d+\.\d*|\.\d+)$")
_STRING = re.compile(r"^'((?:[^']|'')*)'$")
_CALL = re.compile(r"^([a-z_][a-z0-9_]*)\(\)$", re.I)
# SQL value functions the server prints in upper case, with an optional precision
_VALUE_FUNCS = re.compile(
    r"^(current_timestamp|current_date|current_time|localtimestamp|localtime|current_user|session_user"
    r"|current_role|current_catalog|current_schema|user)(\s*\(\s*\d*\s*\))?$",
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
        precision = re.sub(r"\s", "", m.group(2) or "")
        return m.group(1).upper() + ("" if precision == "()" else precision)
    m = _CALL.match(text)
    if m:
        return m.group(1).lower() + "()"
    return expression_printed(text, context=t)


@functools.cache
def _reader():
    """sqlglot's PostgreSQL reader, except for the functions it renames that the
    server prints under their own names (now() is not CURRENT_TIMESTAMP to it)."""
    from sqlglot.dialects.postgres import Postgres

    class SqlxcPostgres(Postgres):
        class Parser(Postgres.Parser):
            FUNCTIONS = {k: v for k, v in Postgres.Parser.FUNCTIONS.items()
                         if k not in ("NOW", "CHAR_LENGTH", "CHARACTER_LENGTH")}

    return SqlxcPostgres


def _parse(expr: str):
    import sqlglot

    try:
        return sqlglot.parse_one(expr, read=_reader())
    except sqlglot.errors.ParseError:
        return None


def _expression_key(expr: str, types: Optional[dict[str, Type]] = None, context: Optional[Type] = None):
    # the printer looks column types up by name: only the names the text mentions matter
    types = types or {}
    return [expr, context.model_dump(mode="json") if context is not None else None,
            {n: types[n].model_dump(mode="json") for n in mentioned(types, expr)}]


@memoized("postgres.expression", _expression_key)
def expression_printed(expr: str, types: Optional[dict[str, Type]] = None, context: Optional[Type] = None) -> str:
    """Neutral SQL -> the text pg_get_expr prints: every operation in parentheses,
    casts as ``(x)::type``, string constants typed, function names folded to lower
    case. ``types`` gives the table's column types (for the server's implicit
    casts), ``context`` the type the whole expression is assigned to. Anything
    outside the printer's reach is written by sqlglot's PostgreSQL generator:
    valid SQL that the server may print differently."""
    node = _parse(expr)
    if node is None:
        return expr.strip()
    return _Printer(types or {}).print(node, context)


_PAREN_CAST = re.compile(r'\(((?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+"))\)::')


def index_key_printed(expr: str, types: Optional[dict[str, Type]] = None) -> str:
    """An index key expression as introspection reads it (pg_get_indexdef's pretty
    form, which casts a bare column without parentheses: ``lower(email::text)``)."""
    return _PAREN_CAST.sub(r"\1::", expression_printed(expr, types))


def predicate_printed(expr: str, types: Optional[dict[str, Type]] = None) -> str:
    """A check or partial-index predicate (the server prints it like any expression)."""
    text = expr.strip()
    if _wrapped(text) and "::" in _STRINGS.sub("''", text):
        # already in the server's form (e.g. written back by sqlxc inspect); sqlglot
        # may have folded the ANY/ALL keywords into a function spelling on the way
        return re.sub(r"\b(any|all)\(", lambda m: m.group(1).upper() + " (", text)
    return expression_printed(text, types)


# string constants, blanked before looking for the server's "::" casts: 'A::B' is not one
_STRINGS = re.compile(r"'(?:[^']|'')*'")


def _wrapped(text: str) -> bool:
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth, quoted = 0, False
    for i, ch in enumerate(text):
        if ch == "'":
            quoted = not quoted
        if quoted:
            continue
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(text) - 1:
            return False
    return True


_BINARY = {"EQ": "=", "NEQ": "<>", "GT": ">", "GTE": ">=", "LT": "<", "LTE": "<=", "Add": "+", "Sub": "-",
           "Mul": "*", "Div": "/", "Mod": "%", "DPipe": "||", "And": "AND", "Or": "OR", "Like": "~~",
           "ILike": "~~*", "RegexpLike": "~", "RegexpILike": "~*", "JSONBContainsTopKey": "?",
           "ArrayContainsAll": "@>", "ArrayContainedBy": "<@", "ArrayOverlaps": "&&",
           "NullSafeNEQ": "IS DISTINCT FROM", "NullSafeEQ": "IS NOT DISTINCT FROM"}
# operators whose right operand is text whatever the left one is
_TEXT_RIGHT = {"Like", "ILike", "RegexpLike", "RegexpILike", "JSONBContainsTopKey"}
# NOT over an operator: the server prints the negated operator
_NEGATED = {"Like": "!~~", "ILike": "!~~*", "RegexpLike": "!~", "RegexpILike": "!~*"}
# interval units as the interval output function prints a whole number of them
_INTERVAL_UNITS = {"year": "year", "years": "year", "month": "mon", "months": "mon", "mon": "mon", "mons": "mon",
                   "week": "week", "weeks": "week", "day": "day", "days": "day"}
_CLOCK_UNITS = {"hour": 3600, "hours": 3600, "minute": 60, "minutes": 60, "min": 60, "mins": 60,
                "second": 1, "seconds": 1, "sec": 1, "secs": 1}
_KEYWORD_FUNCS = {"CurrentTimestamp": "CURRENT_TIMESTAMP", "CurrentDate": "CURRENT_DATE",
                  "CurrentTime": "CURRENT_TIME", "CurrentUser": "CURRENT_USER"}
# sqlglot data types -> the names format_type prints in casts
_DTYPES = {"INT": "integer", "BIGINT": "bigint", "SMALLINT": "smallint", "DECIMAL": "numeric", "TEXT": "text",
           "VARCHAR": "character varying", "CHAR": "bpchar", "BOOLEAN": "boolean", "DATE": "date",
           "TIMESTAMP": "timestamp without time zone", "TIMESTAMPTZ": "timestamp with time zone",
           "JSON": "json", "JSONB": "jsonb", "UUID": "uuid", "DOUBLE": "double precision", "FLOAT": "real",
           "INTERVAL": "interval", "TIME": "time without time zone", "BINARY": "bytea", "VARBINARY": "bytea"}
_NUMERIC = {"numeric"}
# conditional expressions the server prints as keywords (capitals), not as function calls
_CONDITIONAL = {"Coalesce": "COALESCE", "Nullif": "NULLIF", "Greatest": "GREATEST", "Least": "LEAST"}
_INTEGERS = {"smallint", "integer", "bigint"}


class _Printer:
    def __init__(self, types: dict[str, Type]):
        self.types = types

    def print(self, n, context: Optional[Type] = None) -> str:
        from sqlglot import exp

        kind = type(n).__name__
        if isinstance(n, exp.Paren):
            return self.print(n.this, context)
        if isinstance(n, exp.Column):
            return ".".join(quote_ident(p.name) for p in n.parts)
        if isinstance(n, exp.Literal):
            if n.is_string:
                return f"{string(n.this)}::{cast_name(context) if context else 'text'}"
            return n.this
        if isinstance(n, exp.Neg) and isinstance(n.this, exp.Literal) and not n.this.is_string:
            return f"'-{n.this.this}'::" + ("integer" if _INT.match(n.this.this) else "numeric")
        if isinstance(n, exp.Boolean):
            return "true" if n.this else "false"
        if isinstance(n, exp.Null):
            return "NULL"
        if kind in _KEYWORD_FUNCS:
            return _KEYWORD_FUNCS[kind]
        if isinstance(n, exp.Cast):
            to = self.dtype(n.to)
            inner = n.this.this if isinstance(n.this, exp.Paren) else n.this
            if isinstance(inner, exp.Literal) and inner.is_string:
                return f"{string(inner.this)}::{to}"
            if isinstance(inner, exp.Array) and not inner.expressions:  # typed empty array, no cast
                return f"ARRAY[]::{to}"
            return f"({self.print(inner)})::{to}"
        if isinstance(n, exp.Not):
            inner = n.this.this if isinstance(n.this, exp.Paren) else n.this
            if type(inner).__name__ in _NEGATED:
                return self.binary(inner, _NEGATED[type(inner).__name__])
            if isinstance(inner, exp.Between):  # NOT BETWEEN: outside either bound
                low = exp.LT(this=inner.this, expression=inner.args["low"])
                high = exp.GT(this=inner.this, expression=inner.args["high"])
                return self.print(exp.Or(this=low, expression=high))
            if isinstance(inner, exp.In) and inner.expressions and not inner.args.get("query"):
                return self.membership(inner.this, inner.expressions, negate=True)
            if isinstance(inner, exp.Is):
                return f"({self.print(inner.this)} IS NOT {self.print(inner.expression)})"
            return f"(NOT {self.print(inner)})"
        if isinstance(n, exp.Is):
            word = "IS NOT" if n.args.get("negate") else "IS"
            right = n.expression
            value = str(right.this).upper() if isinstance(right, exp.Boolean) else self.print(right)
            return f"({self.print(n.this)} {word} {value})"
        if isinstance(n, exp.Between):
            low = exp.GTE(this=n.this, expression=n.args["low"])
            high = exp.LTE(this=n.this, expression=n.args["high"])
            return self.print(exp.And(this=low, expression=high))
        if isinstance(n, exp.In) and n.expressions and not n.args.get("query"):
            return self.membership(n.this, n.expressions, negate=False)
        if kind in _NEGATED and n.args.get("negate"):  # t NOT LIKE 'x%', as sqlglot reads it
            return self.binary(n, _NEGATED[kind])
        if kind in _BINARY:
            return self.binary(n, _BINARY[kind])
        if isinstance(n, exp.Neg):
            return f"(- {self.print(n.this)})"
        if isinstance(n, exp.AtTimeZone):
            return f"({self.print(n.this)} AT TIME ZONE {self.operand(n.args['zone'], None)})"
        if isinstance(n, exp.SimilarTo) and not n.args.get("escape"):
            return f"({self.argument(n.this)} ~ similar_to_escape({self.operand(n.expression, None)}))"
        if isinstance(n, exp.StrPosition) and set(k for k, v in n.args.items() if v) == {"this", "substr"}:
            return f"POSITION(({self.operand(n.args['substr'], None)}) IN ({self.argument(n.this)}))"
        if isinstance(n, exp.Trim) and set(k for k, v in n.args.items() if v) == {"this"}:
            return f"TRIM(BOTH FROM {self.print(n.this)})"
        if isinstance(n, exp.Extract) and isinstance(n.this, exp.Var):
            return f"EXTRACT({n.this.name.lower()} FROM {self.print(n.expression)})"
        if isinstance(n, exp.TimestampTrunc) and set(k for k, v in n.args.items() if v) == {"this", "unit"}:
            return f"date_trunc({string(n.args['unit'].name.lower())}::text, {self.print(n.this)})"
        if isinstance(n, exp.Interval) and (literal := self.interval(n)) is not None:
            return literal
        if isinstance(n, (exp.Any, exp.All)):
            word = "ANY" if isinstance(n, exp.Any) else "ALL"
            return f"{word} ({self.print(n.this, context)})"
        if isinstance(n, exp.Array):
            return "ARRAY[" + ", ".join(self.print(a, context) for a in n.expressions) + "]"
        if isinstance(n, (exp.JSONExtract, exp.JSONExtractScalar)) and (arrows := self.json_arrows(n)):
            return arrows
        if kind in _CONDITIONAL:
            return self.conditional(n, _CONDITIONAL[kind])
        if isinstance(n, exp.Anonymous):
            if str(n.this).upper() in ("ANY", "ALL") and len(n.expressions) == 1:  # x <> ALL (array)
                return f"{str(n.this).upper()} ({self.print(n.expressions[0], context)})"
            args = ", ".join(self.argument(a) for a in n.expressions)
            return f"{str(n.this).lower()}({args})"
        if isinstance(n, exp.Func) and {k for k, v in n.args.items() if v} <= {"this", "expressions"}:
            # the name as PostgreSQL spells it (random, not sqlglot's RAND), our arguments
            name = re.match(r"([A-Za-z_][A-Za-z0-9_]*)\(", n.sql(dialect="postgres"))
            if name:
                args = [a for a in ([n.this] if n.args.get("this") is not None else []) + list(n.expressions)]
                return f"{name.group(1).lower()}({', '.join(self.argument(a) for a in args)})"
        # sqlglot writes the rest; JSON operators inside it (a CASE over args ->> 'k') keep our spelling
        text = n.transform(self._json_verbatim).sql(dialect="postgres")
        if isinstance(n, exp.Func):  # unquoted function names fold to lower case in the server
            text = re.sub(r"^([A-Z_][A-Z0-9_]*)\(", lambda m: m.group(1).lower() + "(", text)
        return text

    def binary(self, n, op: str) -> str:
        left_t, right_t = self.type_of(n.this), self.type_of(n.expression)
        right_context = None if type(n).__name__ in _TEXT_RIGHT else left_t
        return f"({self.operand(n.this, right_t)} {op} {self.operand(n.expression, right_context)})"

    @staticmethod
    def interval(n) -> Optional[str]:
        """``interval '2 days'`` as the interval type prints it back (whole units only)."""
        text = f"{n.this.this} {n.args['unit'].name}" if n.args.get("unit") is not None else str(n.this.this)
        m = re.fullmatch(r"\s*(\d+)\s+([A-Za-z]+)\s*", text)
        if not m:
            return None
        count, unit = int(m.group(1)), m.group(2).lower()
        if unit in _INTERVAL_UNITS:
            word = _INTERVAL_UNITS[unit]
            return f"'{count} {word}{'s' if count != 1 and word != 'week' else ''}'::interval"
        if unit in _CLOCK_UNITS:
            seconds = count * _CLOCK_UNITS[unit]
            return f"'{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}'::interval"
        return None

    def membership(self, subject, items: list, negate: bool) -> str:
        """``x IN (…)`` as the server keeps it: ``x = ANY (ARRAY[…])`` (``<> ALL`` for NOT IN),
        one item as a plain comparison; a varchar column compared as text, its list
        typed character varying then cast to text[]."""
        from sqlglot import exp

        t = self.type_of(subject)
        op, quantifier = ("<>", "ALL") if negate else ("=", "ANY")
        if len(items) == 1:
            return f"({self.argument(subject)} {op} {self.operand(items[0], t)})"
        if t is not None and t.name == "varchar" and not t.array and all(
                isinstance(i, exp.Literal) and i.is_string for i in items):
            array = ", ".join(f"{string(i.this)}::character varying" for i in items)
            return f"({self.argument(subject)} {op} {quantifier} ((ARRAY[{array}])::text[]))"
        array = ", ".join(self.operand(i, t) for i in items)
        return f"({self.print(subject)} {op} {quantifier} (ARRAY[{array}]))"

    def conditional(self, n, word: str) -> str:
        """COALESCE, NULLIF, GREATEST, LEAST: printed in capitals, their constants
        taking the type of the first column among the arguments (the server
        resolves them to it: ``COALESCE(b, (0)::bigint)``, ``''::character varying``)."""
        from sqlglot import exp

        args = [n.this, *n.expressions] + ([n.args["expression"]] if n.args.get("expression") is not None else [])
        common = self.type_of(n)
        out = []
        for a in args:
            if isinstance(a, exp.Literal) and a.is_string:
                out.append(f"{string(a.this)}::{cast_name(common) if common else 'text'}")
            elif isinstance(a, exp.Literal) and _INT.match(a.this) and common and common.name in ("bigint", "numeric"):
                out.append(f"({a.this})::{common.name}")
            else:
                out.append(self.print(a))
        return f"{word}({', '.join(out)})"

    def argument(self, n) -> str:
        """A function argument or operand: varchar has no functions or operators of its
        own, so the server casts a varchar column to text and prints the cast."""
        t = self.type_of(n)
        if t is not None and t.name == "varchar" and not t.array:
            return f"({self.print(n)})::text"
        return self.print(n)

    def json_arrows(self, n) -> Optional[str]:
        """``data -> 'tags'``, ``(args -> 0) ->> 'k'``: the neutral form reads the operators as
        JSON_EXTRACT(x, '$.path'), whose PostgreSQL spelling (json_extract_path) takes json
        only; the operators take json and jsonb, and are what the server prints."""
        from sqlglot import exp

        path = n.expression
        text = self.print(n.this)
        if not isinstance(path, exp.JSONPath):  # read from PostgreSQL's spelling: the key as written
            return f"({text} {'->>' if isinstance(n, exp.JSONExtractScalar) else '->'} {self.print(path)})"
        steps = [s for s in path.expressions if not isinstance(s, exp.JSONPathRoot)]
        if not steps or not all(isinstance(s, (exp.JSONPathKey, exp.JSONPathSubscript)) for s in steps):
            return None
        for i, step in enumerate(steps):
            op = "->>" if isinstance(n, exp.JSONExtractScalar) and i == len(steps) - 1 else "->"
            key = f"{string(str(step.this))}::text" if isinstance(step, exp.JSONPathKey) else str(step.this)
            text = f"({text} {op} {key})"
        return text

    def _json_verbatim(self, n):
        from sqlglot import exp

        if isinstance(n, (exp.JSONExtract, exp.JSONExtractScalar)) and (arrows := self.json_arrows(n)):
            return exp.var(arrows)
        return n

    def operand(self, n, other: Optional[Type]) -> str:
        """An operand next to one of type ``other``: the server's implicit casts made visible."""
        from sqlglot import exp

        if isinstance(n, exp.Literal) and not n.is_string and other is not None and not other.array:
            if other.name in _NUMERIC and _INT.match(n.this):
                return f"({n.this})::numeric"
            if other.name in ("double", "real"):
                return f"({n.this})::{'double precision' if other.name == 'double' else 'real'}"
        if isinstance(n, exp.Literal) and n.is_string:  # a varchar is compared as text
            return self.print(n, other if other and other.name != "varchar" else None)
        if isinstance(n, (exp.Any, exp.All)):  # x = ANY (ARRAY[…]): the elements take x's type
            return self.print(n, other if other and other.name != "varchar" else None)
        return self.argument(n)

    def type_of(self, n) -> Optional[Type]:
        from sqlglot import exp

        while isinstance(n, exp.Paren):
            n = n.this
        if isinstance(n, exp.Column):
            return self.types.get(n.name)
        if isinstance(n, (exp.Add, exp.Sub, exp.Mul, exp.Div)):  # numeric and double win over integers
            types = [t for t in (self.type_of(n.this), self.type_of(n.expression)) if t is not None and not t.array]
            return next((t for t in types if t.name in ("numeric", "double", "real")), None)
        if isinstance(n, exp.Extract):
            return Type(name="numeric")
        if type(n).__name__ in _CONDITIONAL:  # the type its arguments resolve to
            args = [n.this, *n.expressions, n.args.get("expression")]
            return next((t for t in map(self.type_of, args) if t is not None and not t.array), None)
        return None

    def dtype(self, dt) -> str:
        from sqlglot import exp

        name = dt.this.name if hasattr(dt.this, "name") else str(dt.this)
        if name == "ARRAY" and dt.expressions:
            return self.dtype(dt.expressions[0]) + "[]"
        if name == "USERDEFINED":
            return str(dt.args.get("kind"))
        base = _DTYPES.get(name)
        if base is None:
            return dt.sql(dialect="postgres").lower()
        params = [p.this.this if isinstance(p, exp.DataTypeParam) else p.sql() for p in dt.expressions]
        return base + (f"({','.join(map(str, params))})" if params and base not in ("bpchar",) else "")


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


@memoized("postgres.columns", lambda expr: expr)
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


@memoized("postgres.view", lambda sql: sql)
def view_printed(sql: str) -> str:
    """A view body in pg_get_viewdef's layout for plain SELECT … FROM … JOIN …
    WHERE … GROUP BY … ORDER BY; anything else transpiled by sqlglot (valid
    PostgreSQL that the server lays out its own way: comparing with a live
    database then goes through a scratch server, DESIGN "dev database")."""
    import sqlglot

    text = sql.strip().rstrip(";").rstrip()
    try:
        node = sqlglot.parse_one(text)
    except sqlglot.errors.ParseError:
        return text
    laid_out = _view_layout(node)
    if laid_out is not None:
        return laid_out
    return node.sql(dialect="postgres")


_VIEW_CLAUSES = {"expressions", "from", "from_", "joins", "where", "group", "order"}


def _view_layout(node) -> Optional[str]:
    from sqlglot import exp

    if not isinstance(node, exp.Select) or set(k for k, v in node.args.items() if v) - _VIEW_CLAUSES:
        return None
    for n in node.walk():
        n = n[0] if isinstance(n, tuple) else n
        if isinstance(n, (exp.Subquery, exp.Window, exp.Literal, exp.Cast, exp.Star, exp.Case)):
            return None  # typed constants, casts, * expansion: the server's printing needs the catalog
    tables = [t for t in node.find_all(exp.Table)]
    if len(tables) == 1 and not tables[0].alias:
        qualifier = tables[0].name
        for col in node.find_all(exp.Column):
            if not col.table:
                col.set("table", exp.to_identifier(qualifier))
    items = ",\n    ".join(_pretty(e) for e in node.expressions)
    source = node.args.get("from") or node.args.get("from_")
    out = "SELECT " + items + "\n   FROM " + _from_item(source.this)
    for j in node.args.get("joins") or ():
        side = (j.side + " ") if j.side else ""
        kind = (j.kind + " ") if j.kind and j.kind != "INNER" else ""
        on = j.args.get("on")
        out += f"\n     {side}{kind}JOIN {_from_item(j.this)}" + (f" ON {_pretty(on)}" if on is not None else "")
    if node.args.get("where"):
        out += "\n  WHERE " + _pretty(node.args["where"].this)
    if node.args.get("group"):
        out += "\n  GROUP BY " + ", ".join(_pretty(e) for e in node.args["group"].expressions)
    if node.args.get("order"):
        out += "\n  ORDER BY " + ", ".join(_pretty(e) for e in node.args["order"].expressions)
    return out


def _from_item(t) -> str:
    name = quote_ident(t.name)
    return name + (" " + quote_ident(t.alias) if t.alias else "")


def _pretty(n) -> str:
    """pg_get_viewdef's pretty printing: no parentheses the precedence does not need."""
    from sqlglot import exp

    if isinstance(n, exp.Alias):
        inner = _pretty(n.this)
        col = n.this.name if isinstance(n.this, exp.Column) else None
        return inner if col == n.alias else f"{inner} AS {quote_ident(n.alias)}"
    if isinstance(n, exp.Column):
        return ".".join(quote_ident(p.name) for p in n.parts)
    if isinstance(n, exp.Ordered):
        return _pretty(n.this) + (" DESC" if n.args.get("desc") else "")
    kind = type(n).__name__
    if kind in _BINARY:
        left, right = _pretty(n.this), _pretty(n.expression)
        if isinstance(n, exp.And) and isinstance(n.this, exp.Or):
            left = f"({left})"
        if isinstance(n, exp.And) and isinstance(n.expression, exp.Or):
            right = f"({right})"
        return f"{left} {_BINARY[kind].replace('~~*', 'ILIKE').replace('~~', 'LIKE')} {right}"
    if isinstance(n, exp.Paren):
        return "(" + _pretty(n.this) + ")"
    if isinstance(n, exp.Is):
        return f"{_pretty(n.this)} IS {_pretty(n.expression)}"
    if isinstance(n, exp.Not) and isinstance(n.this, exp.Is):
        return f"{_pretty(n.this.this)} IS NOT {_pretty(n.this.expression)}"
    if isinstance(n, exp.Null):
        return "NULL"
    if isinstance(n, exp.Boolean):
        return "true" if n.this else "false"
    if isinstance(n, exp.Anonymous):
        return f"{str(n.this).lower()}({', '.join(_pretty(a) for a in n.expressions)})"
    if isinstance(n, exp.AggFunc) and n.arg_types.keys() <= {"this"}:
        return f"{n.sql_name().lower()}({_pretty(n.this)})"
    return n.sql(dialect="postgres")
