"""Neutral SQL expressions -> the form MariaDB prints them in.

MariaDB prints an expression back from its parse tree: identifiers in
backquotes, keywords and function names in lower case, no space after a comma,
binary operators spaced, some functions under another name (``lower`` ->
``lcase``), a default's top-level operator in parentheses. This module predicts
that form with sqlglot (imported lazily) plus a token pass; where prediction
cannot be exact, DESIGN says to let the server normalize (build in a scratch
database and introspect).
"""
from __future__ import annotations

import functools
import re

from sqlxc.exprmemo import mentioned, memoized
from sqlxc.dialects.mysql_types import STRING_TYPES, string_literal
from sqlxc.errors import UnsupportedError

# functions MariaDB prints under another name
RENAMED_FUNCTIONS = {"lower": "lcase", "upper": "ucase", "substring": "substr", "now": "current_timestamp",
                     "character_length": "char_length", "length": "octet_length", "sqlx_ifnull": "ifnull"}
NOW = re.compile(r"^(?:now|current_timestamp|localtimestamp|localtime)\s*(?:\(\s*(\d*)\s*\))?$", re.IGNORECASE)
BITS = re.compile(r"^(?:[bB]'[01]*'|[xX]'[0-9a-fA-F]*'|0x[0-9a-fA-F]+)$")
NUMBER = re.compile(r"^[-+]?(\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$", re.IGNORECASE)
NUMERIC_TYPES = frozenset({"tinyint", "smallint", "mediumint", "integer", "bigint", "numeric", "real",
                           "double", "boolean", "year"})
_TOKENS = re.compile(r"('(?:[^'\\]|''|\\.)*'|`(?:[^`]|``)*`|\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*|\s+|.)", re.DOTALL)


def now_sql(text: str) -> str | None:
    """``now()``/``CURRENT_TIMESTAMP[(n)]`` -> ``current_timestamp([n])``, else None."""
    m = NOW.match(text.strip())
    if not m:
        return None
    return f"current_timestamp({m.group(1) or ''})"


def default_printed(expr: str, type_name: str, scale: int | None, where: str) -> str | None:
    """A neutral default -> COLUMN_DEFAULT as MariaDB prints it (None: no default)."""
    text = expr.strip()
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    if text.lower() == "null":
        return None
    if text.lower() in ("true", "false"):
        text = "1" if text.lower() == "true" else "0"
    now = now_sql(text)
    if now is not None:
        return now
    if BITS.match(text):
        return text[0].lower() + text[1:]
    value = _literal_value(text)
    if value is not None:
        if type_name in NUMERIC_TYPES and NUMBER.match(value):
            return _number(value, type_name, scale)
        return string_literal(value)
    if NUMBER.match(text):
        if type_name in STRING_TYPES:
            return string_literal(text)
        return _number(text, type_name, scale)
    printed = expression_printed(text, where)
    return printed if _is_call(printed) else f"({printed})"


def _literal_value(text: str) -> str | None:
    if len(text) >= 2 and text[0] == "'" and text[-1] == "'" and _single_string(text):
        from sqlxc.dialects.mysql_types import unquote_string

        return unquote_string(text)
    return None


def _single_string(text: str) -> bool:
    m = re.match(r"'((?:[^'\\]|''|\\.)*)'$", text, re.DOTALL)
    return m is not None


def _number(text: str, type_name: str, scale: int | None) -> str:
    """A number as MariaDB prints it for a column of this type."""
    from decimal import Decimal

    value = Decimal(text)
    if type_name == "numeric":
        return str(value.quantize(Decimal(1).scaleb(-(scale or 0))))
    if type_name in ("real", "double"):
        return format(float(value), "g") if "e" in format(float(value), "g") else _trim(value)
    if type_name in NUMERIC_TYPES:
        return str(int(value))
    return _trim(value)


def _trim(value) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


def _is_call(text: str) -> bool:
    m = re.match(r"^[a-z_][a-z0-9_]*\(", text)
    return bool(m) and text.endswith(")") and _balanced(text[m.end():-1])


@memoized("mysql.expression", lambda expr, where: expr)  # ``where`` only names the object in errors
def expression_printed(expr: str, where: str) -> str:
    """A neutral expression (check, generated column, default) in MariaDB's printed form."""
    import sqlglot
    from sqlglot.errors import ParseError

    try:
        tree = sqlglot.parse_one(_keep_names(expr), read=_reader())
        text = tree.sql(dialect="mysql", identify=True)
    except ParseError as exc:
        raise UnsupportedError(f"{where}: cannot read expression {expr!r}: {exc}") from None
    return _mariadb_forms(_print_style(text))


@functools.cache
def _reader():
    """sqlglot's MySQL reader for neutral SQL: "x" is a name there, as in .sqlx, not a string."""
    from sqlglot.dialects.mysql import MySQL

    class SqlxcMySQL(MySQL):
        class Tokenizer(MySQL.Tokenizer):
            IDENTIFIERS = ["`", '"']
            QUOTES = ["'"]

    return SqlxcMySQL


# functions sqlglot would read as another one (ifnull as coalesce): renamed on the way in
# and given back their own name by _print_style
_KEPT = {"ifnull": "sqlx_ifnull"}


def _keep_names(expr: str) -> str:
    return "".join(_KEPT.get(t.lower(), t) if t.lower() in _KEPT else t for t in _TOKENS.findall(expr))


_OPERAND = r"(`(?:[^`]|``)+`|[a-z_]+\([^()]*\)|'(?:[^'\\]|''|\\.)*'|-?\d+(?:\.\d+)?)"
# sqlglot's MySQL spelling -> what MariaDB prints back, operand by operand
_FORMS = [
    (re.compile(rf"\bregexp_like\({_OPERAND},{_OPERAND}\)"), r"\1 regexp \2"),
    (re.compile(rf"\bnot {_OPERAND} regexp {_OPERAND}"), r"!(\1 regexp \2)"),
    (re.compile(rf"\(not \({_OPERAND} regexp {_OPERAND}\)\)"), r"!(\1 regexp \2)"),  # read back from the server
    (re.compile(rf"\bnot \({_OPERAND} regexp {_OPERAND}\)"), r"!(\1 regexp \2)"),
    (re.compile(rf"\bnot {_OPERAND} is null\b"), r"\1 is not null"),
    (re.compile(rf"\bnot {_OPERAND} between\b"), r"\1 not between"),
    (re.compile(rf"\bnot {_OPERAND} like\b"), r"\1 not like"),
    (re.compile(r"(?<=\S) not like\b"), "  not like"),  # MariaDB prints two spaces
    (re.compile(rf"\bnot {_OPERAND} in \("), r"\1 not in ("),
    (re.compile(rf"{_OPERAND} (=|<>) true\b"), r"\1 \2 1"),
    (re.compile(rf"{_OPERAND} (=|<>) false\b"), r"\1 \2 0"),
    (re.compile(r"\bnot (`(?:[^`]|``)+`)(?=$| and | or |\))"), r"\1 = 0"),
    (re.compile(rf"{_OPERAND} (not in|in) \({_OPERAND}\)"), lambda m: f"{m[1]} {'<>' if m[2] == 'not in' else '='} {m[3]}"),
    (re.compile(r" % "), " MOD "),
]


# string constants and quoted names stand aside while the forms apply: their text is data
_QUOTED = re.compile(r"'(?:[^'\\]|''|\\.)*'|`(?:[^`]|``)+`")
_HIDDEN = re.compile(r"(['`])\x00(\d+)\1")


def _mariadb_forms(text: str) -> str:
    quoted: list[str] = []

    def hide(m: re.Match) -> str:
        quoted.append(m.group())
        return f"{m.group()[0]}\x00{len(quoted) - 1}{m.group()[0]}"

    text = _QUOTED.sub(hide, text)
    for pattern, repl in _FORMS:
        text = pattern.sub(repl, text)
    return _HIDDEN.sub(lambda m: quoted[int(m.group(2))], text)


def _view_key(sql: str, tables: dict[str, list[str]], where: str, names: tuple[str, ...] = ()):
    # qualification reads only the tables the body can name; ``where`` only names it in errors
    return [sql, {t: list(tables[t]) for t in mentioned(tables, sql)}, list(names)]


@memoized("mysql.view", _view_key)
def view_printed(sql: str, tables: dict[str, list[str]], where: str, names: tuple[str, ...] = ()) -> str:
    """A neutral view body in MariaDB's printed form: columns qualified with their
    table, every select item aliased, self-aliases dropped, ``count(*)`` as
    ``count(0)``. Where sqlglot cannot qualify (unknown columns), the body keeps
    its own qualification and only the print style is applied."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import OptimizeError, ParseError
    from sqlglot.optimizer.qualify import qualify

    try:
        tree = sqlglot.parse_one(sql)  # neutral SQL: sqlglot's own dialect
    except ParseError as exc:
        raise UnsupportedError(f"{where}: cannot read the view body: {exc}") from None
    schema = {t: {c: "INT" for c in cols} for t, cols in tables.items()}
    try:
        tree = qualify(tree.copy(), schema=schema, dialect="mysql", quote_identifiers=True, expand_stars=True,
                       validate_qualify_columns=True)
        for table in tree.find_all(exp.Table):
            if table.alias and table.alias == table.name:
                table.set("alias", None)
    except (OptimizeError, KeyError, ValueError):
        pass
    if names and isinstance(tree, exp.Select) and len(tree.expressions) == len(names):
        # CREATE VIEW v (a, b): the server folds the column list into the select's aliases
        tree.set("expressions", [exp.alias_(e.unalias() if isinstance(e, exp.Alias) else e, n, quoted=True)
                                 for e, n in zip(tree.expressions, names)])
    return _print_style(tree.sql(dialect="mysql", identify=True)).replace("count(*)", "count(0)")


def _print_style(text: str) -> str:
    out = []
    tokens = _TOKENS.findall(text)
    for i, tok in enumerate(tokens):
        if tok[0] in "'`":
            out.append(tok)
        elif tok.lower() == "as":
            out.append("AS")  # the one keyword MariaDB prints in capitals
        elif tok[0].isalpha() or tok[0] == "_":
            low = tok.lower()
            nxt = next((t for t in tokens[i + 1:] if not t.isspace()), "")
            out.append(RENAMED_FUNCTIONS.get(low, low) if nxt == "(" else low)
        elif tok.isspace():
            if out and out[-1] == ",":
                continue
            out.append(" ")
        else:
            out.append(tok)
    return "".join(out).strip()
