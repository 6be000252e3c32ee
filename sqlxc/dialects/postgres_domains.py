"""A PostgreSQL domain changed in place.

Introspection says a domain as ``CREATE DOMAIN d AS <type> [COLLATE c] [DEFAULT
e] [NOT NULL] [CONSTRAINT n CHECK (…)]…``. Columns of the domain hold on to
it, so when its type and collation stay, the plan alters it (``ALTER DOMAIN …
SET/DROP DEFAULT``, ``SET/DROP NOT NULL``, ``DROP/ADD CONSTRAINT``); another
base type stays refused.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlxc.air.model import Opaque

_NAME = r'(?:"(?:[^"]|"")+"|[^\s"]+)'
_HEAD = re.compile(rf"^CREATE DOMAIN (?P<name>{_NAME}) AS ")
_KEYWORDS = (" DEFAULT ", " NOT NULL", " CONSTRAINT ")
_CONSTRAINT = re.compile(rf"^ CONSTRAINT (?P<name>{_NAME}) (?P<def>.*)$", re.S)


@dataclass(frozen=True)
class Domain:
    name: str
    head: str  # CREATE DOMAIN … AS <type> [COLLATE …]
    default: str | None
    not_null: bool
    constraints: tuple[tuple[str, str], ...]  # (name, definition)


def _clauses(text: str) -> list[str]:
    """``text`` cut before each top-level DEFAULT, NOT NULL and CONSTRAINT clause."""
    cuts, depth, single, double = [0], 0, False, False
    for i, ch in enumerate(text):
        if ch == "'" and not double:
            single = not single
        elif ch == '"' and not single:
            double = not double
        elif single or double:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and any(text.startswith(k, i) for k in _KEYWORDS):
            cuts.append(i)
    return [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)])]


def parse(ddl: str | None) -> Domain | None:
    m = _HEAD.match(ddl or "")
    if not m:
        return None
    head, *rest = _clauses(ddl or "")
    default, not_null, constraints = None, False, []
    for clause in rest:
        if clause.startswith(" DEFAULT "):
            default = clause[len(" DEFAULT "):]
        elif clause == " NOT NULL":
            not_null = True
        elif (c := _CONSTRAINT.match(clause)) is not None:
            constraints.append((c.group("name"), c.group("def")))
        else:
            return None
    return Domain(m.group("name"), head, default, not_null, tuple(constraints))


def alters_in_place(old: Opaque, new: Opaque) -> bool:
    a, b = parse(old.ddl), parse(new.ddl)
    return a is not None and b is not None and a.head == b.head


def alter_domain(old: Opaque, new: Opaque) -> str:
    a, b = parse(old.ddl), parse(new.ddl)
    assert a is not None and b is not None, "alters_in_place said yes"
    alter = f"ALTER DOMAIN {b.name}"
    out = [f"{alter} DROP CONSTRAINT {n}" for n, d in a.constraints if (n, d) not in b.constraints]
    if a.default != b.default:
        out.append(f"{alter} SET DEFAULT {b.default}" if b.default is not None else f"{alter} DROP DEFAULT")
    if a.not_null != b.not_null:
        out.append(f"{alter} {'SET' if b.not_null else 'DROP'} NOT NULL")
    out += [f"{alter} ADD CONSTRAINT {n} {d}" for n, d in b.constraints if (n, d) not in a.constraints]
    return ";\n".join(out)
