"""Decorators and option blocks -> plain facts on the AST (``node.r``).

What each ``@decorator`` means, where it may appear and what arguments it
takes is data (``DECORATORS``); so are the keys of ``mysql { … }`` and
``sequence { … }`` blocks. Every misuse becomes a located diagnostic; the
pass never stops at the first one.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from sqlxc.dsl import ast as A
from sqlxc.dsl.diagnostics import diag
from sqlxc.errors import Diagnostic

SENSITIVITY = ("low", "medium", "high", "restricted")
RESIDENCY_RE = re.compile(r"^[A-Za-z]{2}[A-Za-z0-9_-]*$")
RETENTION_RE = re.compile(r"^(\d+[dwmy]|forever)$")
TAG_KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


class Bad(Exception):
    """Raised by an argument reader; becomes an E217 at the decorator."""


def _no_args(d: A.Decorator):
    if d.args:
        raise Bad(f"@{d.name} takes no arguments")
    return True


def _one(d: A.Decorator, kinds: tuple[str, ...], what: str) -> A.Value:
    if len(d.args) != 1 or d.args[0].key is not None or d.args[0].value.kind not in kinds:
        raise Bad(f"@{d.name} takes one argument: {what}")
    return d.args[0].value


def _string(d):
    return _one(d, ("str",), 'a "string"').text


def _name(d):
    return _one(d, ("str", "name"), "a name").text


def _names(d):
    if not d.args or any(a.key is not None or a.value.kind not in ("str", "name") for a in d.args):
        raise Bad(f"@{d.name} takes one or more names")
    return tuple(a.value.text for a in d.args)


def _partition_by(d):
    """``range (at)`` -> ``RANGE (at)``, as pg_get_partkeydef prints it."""
    m = re.fullmatch(r"\s*(range|list|hash)\s*(\(.*\))\s*", _string(d), re.I | re.S)
    if not m:
        raise Bad('@partition_by takes "range (columns)", "list (columns)" or "hash (columns)"')
    return f"{m.group(1).upper()} {m.group(2)}"


def _expr(d):
    v = _one(d, ("name", "call", "sql", "str"), "an SQL expression such as current_timestamp")
    return A.Expr(v.text, "triple" if v.kind == "str" else "text", v.pos)


def _choice(choices: tuple[str, ...]):
    def read(d):
        v = _one(d, ("name", "str"), " | ".join(choices)).text
        if v not in choices:
            raise Bad(f"@{d.name}({v}) is not one of {', '.join(choices)}")
        return v
    return read


def _int(v: A.Value, what: str) -> int:
    if v.kind != "num" or not re.fullmatch(r"-?\d+", v.text):
        raise Bad(f"{what} must be a whole number")
    return int(v.text)


_IDENTITY_INTS = ("start", "increment", "minvalue", "maxvalue", "cache")


def _identity(d):
    out: dict = {"always": False, "cycle": False}
    for a in d.args:
        if a.key is None:
            word = a.value.text if a.value.kind == "name" else None
            if word == "always":
                out["always"] = True
            elif word == "by_default":
                out["always"] = False
            elif word == "cycle":
                out["cycle"] = True
            else:
                raise Bad(f"@identity: unknown option {a.value.text!r}; use always, by_default or cycle")
        elif a.key in _IDENTITY_INTS:
            out[a.key] = _int(a.value, f"@identity({a.key}=…)")
        else:
            raise Bad(f"@identity: unknown option {a.key!r}; known: {', '.join(_IDENTITY_INTS)}, always, cycle")
    return out


def _generated(d):
    if not d.args or d.args[0].key is not None or d.args[0].value.kind not in ("str", "sql"):
        raise Bad('@generated takes an expression and optionally stored or virtual: @generated("a + b", stored)')
    v = d.args[0].value
    stored = True
    for a in d.args[1:]:
        if a.key is None and a.value.text in ("stored", "virtual"):
            stored = a.value.text == "stored"
        else:
            raise Bad("@generated: the second argument is stored or virtual")
    return (A.Expr(v.text, "triple" if v.kind == "str" else "paren", v.pos), stored)


def _tag(d):
    if not d.args:
        raise Bad('@tag takes key="value" pairs')
    out = []
    for a in d.args:
        if a.key is None or a.value.kind not in ("str", "name", "num"):
            raise Bad('@tag takes key="value" pairs')
        if not TAG_KEY_RE.match(a.key):
            raise Bad(f"@tag key {a.key!r} must be a word")
        out.append((a.key, a.value.text))
    return out


def _domain(pattern: re.Pattern, example: str):
    def read(d):
        v = _string(d)
        if not pattern.match(v):
            raise Domain(f"@{d.name}({v!r}) is not a valid value", example)
        return v
    return read


def _column_comment(d):
    if (len(d.args) != 2 or any(a.key is not None for a in d.args) or d.args[0].value.kind not in ("name", "str")
            or d.args[1].value.kind != "str"):
        raise Bad('@column_comment takes a column and a "string": @column_comment(email, "login")')
    return [(d.args[0].value.text, d.args[1].value.text, d.args[0].value.pos)]


class Domain(Bad):
    """A tag value outside its domain (E215)."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


def _sensitivity(d):
    v = _one(d, ("name", "str"), " | ".join(SENSITIVITY)).text
    if v not in SENSITIVITY:
        raise Domain(f"@sensitivity({v}) is not a sensitivity level", f"use one of {', '.join(SENSITIVITY)}")
    return v


def _owner(d):
    v = _string(d)
    if not v.strip():
        raise Domain("@owner needs a non-empty team name", 'e.g. @owner("payments")')
    return v


COL, TABLE, VIEW, ENUM, SEQ, RAW = "column", "table", "view", "enum", "sequence", "raw object"
TAGGED = (COL, TABLE, VIEW)

# decorator -> (where it may appear, how its arguments are read)
DECORATORS: dict[str, tuple[tuple[str, ...], Callable]] = {
    "pk": ((COL,), _no_args),
    "auto": ((COL,), _no_args),
    "unique": ((COL,), _no_args),
    "identity": ((COL,), _identity),
    "generated": ((COL,), _generated),
    "collate": ((COL,), _string),
    "charset": ((COL,), _string),
    "on_update": ((COL,), _expr),
    "invisible": ((COL,), _no_args),
    "compressed": ((COL,), _no_args),
    "srid": ((COL,), lambda d: _int(_one(d, ("num",), "a spatial reference id such as 4326"), "@srid")),
    "comment": ((COL, TABLE, VIEW, ENUM, SEQ), _string),
    "column_comment": ((VIEW,), _column_comment),
    "renamed_from": ((COL, TABLE), _name),
    "partition_by": ((TABLE,), _partition_by),
    "unlogged": ((TABLE,), _no_args),
    "pii": (TAGGED, _no_args),
    "sensitivity": (TAGGED, _sensitivity),
    "residency": (TAGGED, _domain(RESIDENCY_RE, 'a region code such as "eu" or "us-east"')),
    "retention": (TAGGED, _domain(RETENTION_RE, 'a period such as "90d", "12w", "24m", "7y" or "forever"')),
    "owner": (TAGGED, _owner),
    "tag": (TAGGED, _tag),
    "security_barrier": ((VIEW,), _no_args),
    "security_invoker": ((VIEW,), _no_args),
    "check_option": ((VIEW,), _choice(("local", "cascaded"))),
    "algorithm": ((VIEW,), _choice(("undefined", "merge", "temptable"))),
    "depends": ((RAW,), _names),
}

# What a raw object (``postgres function "f()" = """…"""``) may be, per server: the
# kinds introspection reads whole, as ``sqlxc inspect`` prints them. Those that
# name a type columns may use are in RAW_TYPES.
RAW_KINDS = {
    "postgres": ("function", "trigger", "rule", "policy", "row level security", "domain", "composite type",
                 "materialized view", "extension", "exclusion constraint", "partition", "collation", "range type",
                 "text search dictionary", "text search configuration", "statistics", "table settings"),
    "mysql": ("trigger", "procedure", "function", "event", "partitioning"),
}
RAW_TYPES = ("domain", "composite type", "range type")

REPEATABLE = {"tag", "column_comment"}


def resolve_decorators(decs: list[A.Decorator], kind: str, out: list[Diagnostic]) -> dict:
    facts: dict = {}
    for d in decs:
        spec = DECORATORS.get(d.name)
        if spec is None:
            known = sorted(n for n, (kinds, _) in DECORATORS.items() if kind in kinds)
            out.append(diag("E216", f"unknown decorator @{d.name}", d.pos,
                            hint=f"on a {kind}: " + " ".join("@" + n for n in known)))
            continue
        kinds, read = spec
        if kind not in kinds:
            out.append(diag("E217", f"@{d.name} cannot be used on a {kind}", d.pos,
                            hint=f"@{d.name} applies to: {', '.join(kinds)}"))
            continue
        if d.name in facts and d.name not in REPEATABLE:
            out.append(diag("E221", f"@{d.name} given twice", d.pos, hint="keep one"))
            continue
        try:
            value = read(d)
        except Domain as exc:
            out.append(diag("E215", str(exc), d.pos, hint=exc.hint))
            continue
        except Bad as exc:
            out.append(diag("E217", str(exc), d.pos, hint="see docs/language.md, decorators"))
            continue
        if d.name in REPEATABLE:
            have = facts.setdefault(d.name, [])
            for key, *rest in value:
                if any(item[0] == key for item in have):
                    what = "@tag key" if d.name == "tag" else "@column_comment for column"
                    out.append(diag("E221", f"{what} {key!r} given twice", d.pos, hint="keep one value per key"))
                else:
                    have.append((key, *rest))
        else:
            facts[d.name] = value
        facts.setdefault("_pos", {})[d.name] = d.pos
    return facts


# ---- option blocks ----------------------------------------------------------------

MYSQL_KEYS = {"engine": "engine", "charset": "charset", "collate": "collation", "collation": "collation",
              "row_format": "row_format"}


def resolve_mysql(block: A.DialectBlock, out: list[Diagnostic]) -> dict:
    opts: dict = {"create_options": []}
    seen: set[str] = set()
    for key, value in block.items:
        k = key.name.lower()
        if k in seen:
            out.append(diag("E203", f"mysql option {k} given twice", key.pos, hint="keep one"))
            continue
        seen.add(k)
        if value is None or value.kind not in ("str", "name", "num"):
            out.append(diag("E220", f"mysql option {k} needs a value", key.pos, hint=f'{k} = "…"'))
            continue
        if k == "system_versioning":
            opts["system_versioned"] = value.text.lower() in ("true", "1", "on")
        elif k in MYSQL_KEYS:
            opts[MYSQL_KEYS[k]] = value.text
        else:
            opts["create_options"].append((k, value.text))
    opts["create_options"] = tuple(sorted(opts["create_options"]))
    return opts


SEQ_INTS = ("start", "increment", "minvalue", "maxvalue", "cache")
SEQ_TYPES = {"smallint": "smallint", "int2": "smallint", "integer": "integer", "int": "integer",
             "int4": "integer", "bigint": None, "int8": None}


def resolve_sequence(seq: A.SequenceDef, out: list[Diagnostic]) -> dict:
    facts: dict = {"cycle": False}
    for key, value in seq.items:
        k = key.name
        try:
            if k in SEQ_INTS:
                if value is None:
                    raise Bad(f"{k} needs a value: {k} = 1")
                facts[k] = _int(value, k)
            elif k == "cycle":
                if value is not None and value.text not in ("true", "false"):
                    raise Bad("cycle is a flag: cycle, or cycle = true|false")
                facts["cycle"] = value is None or value.text == "true"
            elif k == "type":
                if value is None or value.text not in SEQ_TYPES:
                    raise Bad("type is smallint, integer or bigint")
                facts["type"] = SEQ_TYPES[value.text]
            elif k == "owned_by":
                if value is None or value.kind != "ref":
                    raise Bad("owned_by = table.column")
                facts["owned_by"] = (value.ref, value.pos)
            else:
                out.append(diag("E220", f"unknown sequence option {k!r}", key.pos,
                                hint="known: " + ", ".join(SEQ_INTS + ("cycle", "type", "owned_by"))))
        except Bad as exc:
            out.append(diag("E217", str(exc), key.pos))
    return facts


def resolve_params(params, out: list[Diagnostic]) -> tuple[tuple[str, str], ...]:
    """Index storage parameters WITH (k = v) -> (k, v) text pairs in written order:
    the server keeps them in that order, and pg_get_indexdef prints them so."""
    pairs = []
    for key, value in params:
        if value is None:
            out.append(diag("E220", f"index parameter {key.name} needs a value", key.pos,
                            hint=f"{key.name} = …"))
            continue
        pairs.append((key.name, value.text))  # as written: the server's printed form round-trips
    return tuple(pairs)


# PostgreSQL 15's table storage parameters (a table's, not its TOAST table's)
TABLE_PARAMS = frozenset({
    "fillfactor", "toast_tuple_target", "parallel_workers", "autovacuum_enabled", "vacuum_index_cleanup",
    "vacuum_truncate", "autovacuum_vacuum_threshold", "autovacuum_vacuum_scale_factor",
    "autovacuum_vacuum_insert_threshold", "autovacuum_vacuum_insert_scale_factor",
    "autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor", "autovacuum_vacuum_cost_delay",
    "autovacuum_vacuum_cost_limit", "autovacuum_freeze_min_age", "autovacuum_freeze_max_age",
    "autovacuum_freeze_table_age", "autovacuum_multixact_freeze_min_age",
    "autovacuum_multixact_freeze_max_age", "autovacuum_multixact_freeze_table_age",
    "log_autovacuum_min_duration", "user_catalog_table",
})


def resolve_table_params(block: A.TableParams, out: list[Diagnostic]) -> tuple[tuple[str, str], ...]:
    """Table storage parameters -> (key, value) text pairs in written order: the
    server keeps them in the order they were set, and so do its catalogs."""
    pairs: list[tuple[str, str]] = []
    for key, value in block.items:
        k = key.name.lower()  # unquoted in SQL, so case-insensitive
        if k.startswith("toast."):
            out.append(diag("E220", f"TOAST storage parameter {key.name} is not supported", key.pos,
                            hint="set toast.* parameters by hand; sqlxc models the table's own parameters"))
        elif k not in TABLE_PARAMS:
            close = difflib.get_close_matches(k, sorted(TABLE_PARAMS), n=1)
            out.append(diag("E220", f"unknown table storage parameter {key.name!r}", key.pos,
                            hint=f"did you mean {close[0]}?" if close else
                            "PostgreSQL's CREATE TABLE storage parameters: fillfactor, autovacuum_enabled, …"))
        elif any(k == p for p, _ in pairs):
            out.append(diag("E203", f"table storage parameter {k} given twice", key.pos, hint="keep one"))
        elif value is None or value.kind not in ("str", "name", "num"):
            out.append(diag("E220", f"table storage parameter {k} needs a value", key.pos,
                            hint=f"{k} = …"))
        else:
            pairs.append((k, value.text))  # as written: the server stores the text it was given
    return tuple(pairs)


def tags_of(facts: dict) -> dict | None:
    """The Tags fields stated by decorators (None when there are none)."""
    tags = {}
    if facts.get("pii"):
        tags["pii"] = True
    for k in ("sensitivity", "residency", "retention", "owner"):
        if k in facts:
            tags[k] = facts[k]
    if facts.get("tag"):
        tags["extra"] = tuple(sorted(dict(facts["tag"]).items()))
    return tags or None
