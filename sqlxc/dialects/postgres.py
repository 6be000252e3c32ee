"""The PostgreSQL dialect: quoting, literals, lowering a neutral schema, and
rendering each change through ``templates/postgres/<change.kind>.sql.j2``.

Type mapping and quoting rules are data in ``postgres_types``; lowering lives
in ``postgres_lower``. This module only binds them to the ``Dialect`` interface.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from sqlxc.air.model import Column, Identity, Opaque, Schema, Sequence, Tags, Type, View
from sqlxc.dialects.base import Dialect, ServerInfo, Statement
from sqlxc.dialects.postgres_types import (
    MULTIRANGES,
    NATIVE,
    quote_ident,
    sequence_defaults,
    type_sql,
)
from sqlxc.diff.changes import Change
from sqlxc.errors import UnsupportedError

MAX_IDENTIFIER = 63
# Changes whose effect must be committed before later steps may use it:
# a value added by ALTER TYPE … ADD VALUE is unusable until its transaction
# commits (DESIGN: the applier commits it first).
OUTSIDE_TRANSACTION = frozenset({"AddEnumValue"})
# SetComment.target -> the object kind COMMENT ON names
COMMENT_KINDS = {
    "table": "TABLE", "column": "COLUMN", "index": "INDEX", "constraint": "CONSTRAINT",
    "view": "VIEW", "view_column": "COLUMN", "enum": "TYPE", "sequence": "SEQUENCE",
}
# AIR view flags -> reloptions, in the order the server lists them
VIEW_FLAGS = ("security_barrier", "security_invoker")


def literal(value: Any) -> str:
    """A string constant (standard_conforming_strings: only quotes are doubled)."""
    text = str(value)
    if "\0" in text:
        raise UnsupportedError("PostgreSQL text cannot hold a NUL character: " + repr(text))
    if "\r" in text:
        # a raw carriage return would not survive the script being read as text (universal
        # newlines turn \r\n into \n): spell it as an escape
        return "E'" + text.replace("\\", "\\\\").replace("'", "''").replace("\r", "\\r") + "'"
    return "'" + text.replace("'", "''") + "'"


def qualified(name: str) -> str:
    """A possibly schema-qualified name as introspection writes it (``other.t``)."""
    head, dot, tail = name.partition(".")
    if dot and head and tail and quote_ident(head) == head:
        return f"{head}.{quote_ident(tail)}"
    return quote_ident(name)


def seq_values(s: Identity | Sequence, type_name: str) -> dict[str, int]:
    """Every sequence option spelled out: the AIR value or the server's default."""
    increment = s.increment or 1
    defaults = sequence_defaults(type_name, increment)
    minvalue = defaults["minvalue"] if s.minvalue is None else s.minvalue
    maxvalue = defaults["maxvalue"] if s.maxvalue is None else s.maxvalue
    start = s.start if s.start is not None else defaults["start"]
    return {"start": start, "increment": increment, "minvalue": minvalue, "maxvalue": maxvalue,
            "cache": s.cache or 1}


def tightens(old: Identity | Sequence | None, new: Identity | Sequence, old_type: str, new_type: str) -> bool:
    """Whether new bounds may exclude the sequence's current value: the server
    then refuses the change unless the sequence restarts (at its new start)."""
    if old is None:
        return False
    a, b = seq_values(old, old_type), seq_values(new, new_type)
    return b["minvalue"] > a["minvalue"] or b["maxvalue"] < a["maxvalue"]


def restart_if_unused(statement: str, sequence: str) -> str:
    """``statement``, an ALTER whose new bounds may exclude the sequence's current
    value, restarting the sequence only if it never handed out a value. A used one
    keeps its place (RESTART would hand out values the table holds already); the
    server refuses the change if that place is out of the new bounds."""
    return (f"DO $sqlx$ BEGIN\n  EXECUTE {literal(statement)}\n"
            f"    || CASE WHEN pg_sequence_last_value({sequence}) IS NULL THEN ' RESTART' ELSE '' END;\nEND $sqlx$")


def serial_sequence(table: str, column: str) -> str:
    """The regclass of the sequence behind an identity or serial column."""
    return f"pg_get_serial_sequence({literal(quote_ident(table))}, {literal(column)})::regclass"


_NEXTVAL = re.compile(r"^nextval\(('(?:[^']|'')+')::regclass\)$")
_INTEGER_TYPES = frozenset({"smallint", "integer", "bigint"})


def sequence_catch_up(table: str, old: Column, new: Column) -> Optional[str]:
    """A column that starts drawing its values from a sequence (an identity added, a
    serial made, a nextval default set) may hold rows already: the sequence moves
    past the largest of them, never back, so that the next row does not collide."""
    if new.type.name not in _INTEGER_TYPES or new.type.array:
        return None
    if new.identity and not old.identity:
        seq = serial_sequence(table, new.name)
    elif (m := _NEXTVAL.match(new.default or "")) and new.default != old.default:
        seq = m.group(1) + "::regclass"
    else:
        return None
    return (f"SELECT setval(m.s, m.v) FROM (SELECT {seq} AS s, max({quote_ident(new.name)}) AS v "
            f"FROM {quote_ident(table)}) m JOIN pg_sequence q ON q.seqrelid = m.s\n"
            "WHERE q.seqincrement > 0 AND m.v >= coalesce(pg_sequence_last_value(m.s), q.seqstart)")


def default_survives(default: Optional[str], removed: set[str]) -> bool:
    """Whether a column default still holds after enum values were removed."""
    return default is not None and not any(literal(v) + "::" in default for v in removed)


def sequence_options(i: Identity | Sequence) -> str:
    """Only the options that differ from the server's defaults, for CREATE/ADD."""
    parts = []
    for word, value in (("START WITH", i.start), ("INCREMENT BY", i.increment), ("MINVALUE", i.minvalue),
                        ("MAXVALUE", i.maxvalue), ("CACHE", i.cache)):
        if value is not None:
            parts.append(f"{word} {value}")
    if i.cycle:
        parts.append("CYCLE")
    return " ".join(parts)


def _is_builtin(t: Type) -> bool:
    return t.name in NATIVE


def text_type(t: Type) -> str:
    return "text" + "[]" * t.array


# Built-in pairs PostgreSQL has no direct cast for, and the type a value goes
# through (among numbers only integer <-> boolean exists).
CAST_VIA: dict[tuple[str, str], str] = {
    **{(n, "boolean"): "integer" for n in ("smallint", "bigint", "numeric", "real", "double")},
    **{("boolean", n): "integer" for n in ("smallint", "bigint", "numeric", "real", "double")},
}
STRINGS = frozenset({"text", "varchar", "char", "name", "citext"})
NUMBERS = frozenset({"smallint", "integer", "bigint", "numeric", "real", "double"})
# Direct casts in pg_cast besides string I/O and numbers among themselves.
CASTS: frozenset[tuple[str, str]] = frozenset({
    ("integer", "boolean"), ("boolean", "integer"),
    ("numeric", "money"), ("integer", "money"), ("bigint", "money"), ("money", "numeric"),
    ("bit", "varbit"), ("varbit", "bit"), ("integer", "bit"), ("bigint", "bit"), ("bit", "integer"), ("bit", "bigint"),
    ("date", "timestamp"), ("date", "timestamptz"), ("timestamp", "date"), ("timestamp", "time"),
    ("timestamp", "timestamptz"), ("timestamptz", "date"), ("timestamptz", "time"), ("timestamptz", "timetz"),
    ("timestamptz", "timestamp"), ("time", "interval"), ("time", "timetz"), ("timetz", "time"), ("interval", "time"),
    ("json", "jsonb"), ("jsonb", "json"), *(("jsonb", n) for n in (*NUMBERS, "boolean")),
    ("inet", "cidr"), ("cidr", "inet"), ("macaddr", "macaddr8"), ("macaddr8", "macaddr"),
    ("integer", "oid"), ("bigint", "oid"), ("oid", "integer"), ("oid", "bigint"),
    *MULTIRANGES.items(),  # a range becomes the multirange of that one range
})


def _direct(old: str, new: str) -> bool:
    return (old == new or old in STRINGS or new in STRINGS or (old in NUMBERS and new in NUMBERS)
            or (old, new) in CASTS)


def cast_using(col: str, old: Type, new: Type) -> str:
    """The USING expression of a type change. Without a cast (bigint -> uuid, date
    -> integer, an enum…) the value goes through text: valid SQL that converts
    what can be read as the new type, and fails, rolling the plan back, on a
    value that cannot: never a silent loss."""
    if _is_builtin(old) and _is_builtin(new):
        if old.array != new.array:
            return f"{col}::{type_sql(new)}"
        via = CAST_VIA.get((old.name, new.name))
        if via:
            return f"{col}::{via}{'[]' * old.array}::{type_sql(new)}"
        if _direct(old.name, new.name):
            return f"{col}::{type_sql(new)}"
    return f"{col}::{text_type(old)}::{type_sql(new)}"


def parking_name(name: str) -> str:
    """Where a rebuilt enum's old type waits until its columns moved over."""
    suffix = "__sqlx_old"
    raw = name.encode()[: MAX_IDENTIFIER - len(suffix)].decode(errors="ignore")
    return raw + suffix


def view_options(v: View) -> list[tuple[str, str]]:
    """WITH (…) options; the check option is written as its own trailing clause,
    which the server stores after them, as when people write it."""
    return [(flag, "true") for flag in VIEW_FLAGS if getattr(v, flag)]


def params_steps(old: tuple, new: tuple) -> tuple[list[str], list[tuple[str, str]]]:
    """(keys to RESET, pairs to SET) that turn storage parameters ``old`` into ``new``
    in the server's order: RESET drops keys in place, SET (re)appends at the end,
    so the longest head of ``new`` that ``old`` already holds in order is kept."""
    new_keys = {k for k, _ in new}
    reset = [k for k, _ in old if k not in new_keys]
    for i in range(len(new), -1, -1):
        head = dict(new[:i])
        if [p for p in old if p[0] in head] == list(new[:i]):
            return reset, list(new[i:])
    return reset, list(new)  # not reached: i = 0 always fits


def tags_json(tags: Tags) -> Optional[str]:
    from sqlxc.air.canonical import canonical_json

    return None if tags.empty() else canonical_json(tags)


# The server prints ``varchar_col IN ('a', 'b')`` as a form that it parses back
# differently (the array cast moves into each element), so a check or predicate
# re-created from the printed text would not print the same again. Writing the
# IN list back gives the server's original form.
_ITEM = r"'(?:[^']|'')*'::character varying"
_NAME = r"(?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")"
_VARCHAR_IN = re.compile(  # the column qualified in views, policies, trigger conditions
    rf"\(\((?P<col>(?:{_NAME}\.)?{_NAME})\)::text (?P<op>= ANY|<> ALL) "
    rf"\(\(ARRAY\[(?P<items>{_ITEM}(?:, {_ITEM})*)\]\)::text\[\]\)\)"
)
# the same as pg_get_viewdef prints it pretty (views, materialized views): fewer parentheses
_VARCHAR_IN_PRETTY = re.compile(
    rf"(?<![\w$.\"])(?P<col>(?:{_NAME}\.)?{_NAME})::text (?P<op>= ANY|<> ALL) "
    rf"\(ARRAY\[(?P<items>{_ITEM}(?:, {_ITEM})*)\]::text\[\]\)"
)


def server_input(expr: str) -> str:
    """A printed expression in the spelling that the server prints back the same."""
    def repl(m: re.Match) -> str:
        items = re.findall(_ITEM, m.group("items"))
        values = ", ".join(i[: -len("::character varying")] for i in items)
        word = "IN" if m.group("op") == "= ANY" else "NOT IN"
        return f"({m.group('col')} {word} ({values}))"

    return _VARCHAR_IN_PRETTY.sub(repl, _VARCHAR_IN.sub(repl, expr))


# Replayed objects whose statement holds printed expressions (not routine bodies).
_EXPRESSION_KINDS = frozenset({"materialized view", "policy", "trigger", "rule", "exclusion constraint"})


def replay_ddl(o: Opaque) -> str:
    """The statement that creates a replayed object, its printed expressions in the
    spelling the server prints back the same (``server_input``)."""
    return server_input(o.ddl or "") if o.kind in _EXPRESSION_KINDS else (o.ddl or "")


def _unsupported(message: str) -> str:
    raise UnsupportedError(message)


class PostgresDialect(Dialect):
    name = "postgres"
    max_identifier = MAX_IDENTIFIER
    transactional_ddl = True
    supports_partial_index = True
    online_index = True
    default_server = ServerInfo(flavor="postgres", version=(15,))

    def quote(self, ident: str) -> str:
        return quote_ident(ident)

    def literal(self, value: str) -> str:
        return literal(value)

    def type_sql(self, t: Type) -> str:
        return type_sql(t)

    def alters_in_place(self, old: Opaque, new: Opaque) -> bool:
        from sqlxc.dialects import postgres_composites, postgres_domains, postgres_partitions

        alters = {"partition": postgres_partitions.alters_in_place,
                  "exclusion constraint": postgres_partitions.comments_change_only,
                  "composite type": postgres_composites.alters_in_place,
                  "domain": postgres_domains.alters_in_place}.get(old.kind)
        return old.kind == new.kind and alters is not None and alters(old, new)

    def lower(self, schema: Schema) -> Schema:
        from sqlxc.dialects.postgres_lower import lower

        return lower(schema, self)

    def render(self, change: Change) -> Statement:
        from sqlxc.dialects import render as r

        env = r.environment("postgres", _FILTERS, _GLOBALS)
        try:
            sql = r.render(env, f"{change.kind}.sql.j2", change=change)
        except UnsupportedError:
            raise
        except Exception as exc:
            import jinja2

            if isinstance(exc, jinja2.TemplateNotFound):
                raise UnsupportedError(f"PostgreSQL cannot render a {change.kind} change ({change.key})") from None
            raise
        return Statement(sql=sql, transactional=type(change).__name__ not in OUTSIDE_TRANSACTION)

    def replace_drops_routine(self, old: Opaque, new: Opaque) -> bool:
        return replace_drops_first(old, new)


def drop_object(o: Opaque) -> str:
    """The statement that drops a replayed object (see ``sqlxc.diff.objects``)."""
    if o.kind == "function":  # name(argument types); DROP ROUTINE takes procedures too
        name, _, args = o.name.partition("(")
        return f"DROP ROUTINE {quote_ident(name)}({args}"
    if o.kind == "trigger":  # table.trigger
        table, _, trigger = o.name.partition(".")
        return f"DROP TRIGGER {quote_ident(trigger)} ON {quote_ident(table)}"
    if o.kind in ("extension", "domain", "materialized view", "collation"):
        return f"DROP {o.kind.upper()} {quote_ident(o.name)}"
    if o.kind in ("composite type", "range type"):  # a range type's multirange type goes with it
        return f"DROP TYPE {quote_ident(o.name)}"
    if o.kind in ("text search dictionary", "text search configuration"):
        return f"DROP {o.kind.upper()} {quote_ident(o.name)}"
    if o.kind == "table settings":  # each setting back to the server's default
        return ";\n".join(_reset_setting(s) for s in (o.ddl or "").split(";\n"))
    if o.kind == "statistics":  # CREATE STATISTICS: extended planner statistics on a table's columns
        return f"DROP STATISTICS {quote_ident(o.name)}"
    if o.kind == "partition":
        return f"DROP TABLE {quote_ident(o.name)}"
    if o.kind == "exclusion constraint":  # table.constraint
        table, _, name = o.name.partition(".")
        return f"ALTER TABLE {quote_ident(table)} DROP CONSTRAINT {quote_ident(name)}"
    if o.kind in ("policy", "rule"):  # table.name
        table, _, name = o.name.partition(".")
        return f"DROP {o.kind.upper()} {quote_ident(name)} ON {quote_ident(table)}"
    if o.kind == "row level security":
        table = quote_ident(o.name)
        return f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;\nALTER TABLE {table} DISABLE ROW LEVEL SECURITY"
    raise UnsupportedError(f"sqlxc cannot drop {o.kind} {o.name}")


def _reset_setting(statement: str) -> str:
    """``ALTER TABLE t REPLICA IDENTITY FULL`` -> ``… REPLICA IDENTITY DEFAULT``, and so on."""
    statement = re.sub(r" REPLICA IDENTITY .*$", " REPLICA IDENTITY DEFAULT", statement, flags=re.S)
    statement = re.sub(r" CLUSTER ON .*$", " SET WITHOUT CLUSTER", statement, flags=re.S)
    return re.sub(r" SET STATISTICS -?\d+$", " SET STATISTICS -1", statement)


def _routine_head(ddl: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """The part of a function definition CREATE OR REPLACE may not change: the
    first line (kind, name, argument names, modes and types) and the RETURNS
    line; and which arguments have a default (one may be added, none removed,
    while the default's value is free to change)."""
    lines = ddl.splitlines()
    first = lines[0] if lines else ""
    head, paren, rest = first.partition("(")
    args = _split_args(rest[:-1] if rest.endswith(")") else rest) if paren else []
    bare = [_ARG_DEFAULT.split(a, 1)[0] for a in args]
    returns = tuple(line.strip() for line in lines[1:] if line.lstrip().startswith("RETURNS "))
    return (head, *bare, *returns), tuple(len(_ARG_DEFAULT.split(a, 1)) > 1 for a in args)


_ARG_DEFAULT = re.compile(r" DEFAULT ")


def _split_args(text: str) -> list[str]:
    """``pg_get_function_arguments`` text split at its top-level commas."""
    out, depth, quote, start = [], 0, None, 0
    for i, ch in enumerate(text):
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:i].strip())
            start = i + 1
    tail = text[start:].strip()
    return out + [tail] if tail else out


def replace_drops_first(old: Opaque, new: Opaque) -> bool:
    """Must CREATE OR REPLACE be preceded by DROP? Yes when the result type, an
    argument's name or mode, or the kind changes, or a default goes away."""
    (old_head, old_defaults), (new_head, new_defaults) = _routine_head(old.ddl or ""), _routine_head(new.ddl or "")
    if old_head != new_head:
        return True
    return any(had and not has for had, has in zip(old_defaults, new_defaults))


def comment_left_behind(old: Opaque, new: Opaque) -> Optional[str]:
    """The statement that removes a replaced routine's comment when the new
    definition has none: CREATE OR REPLACE keeps the old one."""
    if replace_drops_first(old, new) or _HAS_COMMENT.search(new.ddl or "") or not _HAS_COMMENT.search(old.ddl or ""):
        return None
    name, _, args = old.name.partition("(")
    return f"COMMENT ON ROUTINE {quote_ident(name)}({args} IS NULL"


_HAS_COMMENT = re.compile(r"^COMMENT ON (?:FUNCTION|PROCEDURE) ", re.M)


def alter_partition(old: Opaque, new: Opaque) -> str:
    from sqlxc.dialects.postgres_partitions import alter_partition as alter

    return alter(old, new, quote_ident(new.name), params_steps)


def alter_composite(old: Opaque, new: Opaque) -> str:
    from sqlxc.dialects.postgres_composites import alter_composite as alter

    return alter(old, new)


def alter_domain(old: Opaque, new: Opaque) -> str:
    from sqlxc.dialects.postgres_domains import alter_domain as alter

    return alter(old, new)


def checks_bodies(o: Opaque) -> bool:
    """A LANGUAGE sql function is checked against tables when created; a plan
    creates functions before the tables they may read, so that check is off."""
    return o.kind == "function" and "LANGUAGE sql" in (o.ddl or "")


_FILTERS = {"q": quote_ident, "lit": literal, "qname": qualified, "expr": server_input}
_GLOBALS = {
    "type_sql": type_sql,
    "seq_values": seq_values,
    "sequence_options": sequence_options,
    "tightens": tightens,
    "restart_if_unused": restart_if_unused,
    "serial_sequence": serial_sequence,
    "sequence_catch_up": sequence_catch_up,
    "default_survives": default_survives,
    "cast_using": cast_using,
    "text_type": text_type,
    "parking_name": parking_name,
    "view_options": view_options,
    "params_steps": params_steps,
    "comment_kinds": COMMENT_KINDS,
    "tags_json": tags_json,
    "drop_object": drop_object,
    "replace_drops_first": replace_drops_first,
    "alter_partition": alter_partition,
    "alter_composite": alter_composite,
    "alter_domain": alter_domain,
    "checks_bodies": checks_bodies,
    "replay_ddl": replay_ddl,
    "comment_left_behind": comment_left_behind,
    "unsupported": _unsupported,
}

DIALECT_CLASS = PostgresDialect
