"""A PostgreSQL composite type changed in place.

Introspection says a composite type as ``CREATE TYPE t AS (a integer, b text
COLLATE "C")``. Columns of that type keep it through ``ALTER TYPE … ADD
ATTRIBUTE`` and ``DROP ATTRIBUTE`` (the server refuses ``ALTER ATTRIBUTE …
TYPE`` while a column uses it, and dropping the type would take the columns),
so a type whose attributes are only dropped, or added at the end, is altered;
any other change stays refused.
"""
from __future__ import annotations

import re

from sqlxc.air.model import Opaque

_HEAD = re.compile(r"^CREATE TYPE (?P<name>\"(?:[^\"]|\"\")+\"|\S+) AS \((?P<body>.*)\)$", re.S)
_ATTR = re.compile(r"^(?P<name>\"(?:[^\"]|\"\")+\"|\S+) ")


def attributes(ddl: str | None) -> list[str] | None:
    """Each attribute as printed (``name type [COLLATE …]``), or None for another statement."""
    m = _HEAD.match(ddl or "")
    if not m:
        return None
    out, depth, quoted, start, body = [], 0, False, 0, m.group("body")
    for i, ch in enumerate(body):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and body.startswith(", ", i):
            out.append(body[start:i])
            start = i + 2
    out.append(body[start:])
    return [a for a in out if a]


def _name(attr: str) -> str:
    m = _ATTR.match(attr)
    return m.group("name") if m else attr


def _plan(old: Opaque, new: Opaque) -> tuple[list[str], list[str]] | None:
    """(attributes dropped, attributes added), or None when not only that."""
    a, b = attributes(old.ddl), attributes(new.ddl)
    if a is None or b is None or _HEAD.match(old.ddl or "").group("name") != _HEAD.match(new.ddl or "").group("name"):
        return None
    b_names = {_name(x) for x in b}
    dropped = [x for x in a if _name(x) not in b_names]
    kept = [x for x in a if _name(x) in b_names]
    if b[: len(kept)] != kept:  # a kept attribute changed, or a new one comes before it
        return None
    return dropped, b[len(kept):]


def alters_in_place(old: Opaque, new: Opaque) -> bool:
    return _plan(old, new) is not None


def alter_composite(old: Opaque, new: Opaque) -> str:
    plan = _plan(old, new)
    assert plan is not None, "alters_in_place said yes"
    name = _HEAD.match(new.ddl or "").group("name")
    dropped, added = plan
    actions = [f"DROP ATTRIBUTE {_name(x)}" for x in dropped] + [f"ADD ATTRIBUTE {x}" for x in added]
    return f"ALTER TYPE {name} {', '.join(actions)}"
