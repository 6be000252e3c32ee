"""A PostgreSQL partition changed in place.

Introspection says a partition as the statements that recreate it (``Opaque.ddl``
joined by ``;\\n``): ``CREATE TABLE … PARTITION OF … <bound> [PARTITION BY …]
[WITH (…)]`` first, then what is its own beyond its partitioned table's (a
column's NOT NULL, default or comment, its comment, constraints and indexes).
Dropping and recreating a partition would take its rows, so when the first
statement keeps its bound and key, the plan turns the old statements into the
new ones instead: storage parameters set and reset, and every other statement
undone when it goes and run when it comes.
"""
from __future__ import annotations

import re

from sqlxc.air.model import Opaque

# storage parameters (key=value: a hash bound's "WITH (modulus 2, remainder 0)" has none)
_WITH = re.compile(r" WITH \((?P<params>[a-z_.]+=[^)]*)\)$")
_NAME = r'(?:"(?:[^"]|"")+"|[^\s"]+)'
# what undoes each kind of statement; a default is the parent's unless its own, which
# this statement does not know: such a change is not made in place
_UNDO = (
    (re.compile(rf"^CREATE (?:UNIQUE )?INDEX (?P<name>{_NAME}) ON "), "DROP INDEX IF EXISTS {name}"),
    (re.compile(rf"^(?P<table>ALTER TABLE {_NAME}) ADD CONSTRAINT (?P<name>{_NAME}) "),
     "{table} DROP CONSTRAINT IF EXISTS {name}"),
    (re.compile(rf"^(?P<column>ALTER TABLE {_NAME} ALTER COLUMN {_NAME}) SET NOT NULL$"), "{column} DROP NOT NULL"),
    (re.compile(r"^(?P<target>COMMENT ON .*?) IS '", re.S), "{target} IS NULL"),
    (re.compile(r"^(?P<target>COMMENT ON .*?) IS E'", re.S), "{target} IS NULL"),
)
_DEFAULT = re.compile(rf"^ALTER TABLE {_NAME} ALTER COLUMN {_NAME} (?:SET|DROP) DEFAULT")


def statements(ddl: str) -> list[str]:
    """The statements of ``ddl``, split at ``;`` + newline outside quotes."""
    out, start, single, double = [], 0, False, False
    for i, ch in enumerate(ddl):
        if ch == "'" and not double:
            single = not single
        elif ch == '"' and not single:
            double = not double
        elif ch == ";" and not (single or double) and ddl.startswith(";\n", i):
            out.append(ddl[start:i])
            start = i + 2
    out.append(ddl[start:])
    return [s for s in out if s.strip()]


def _head(stmt: str) -> tuple[str, list[tuple[str, str]]]:
    """The CREATE TABLE statement without its storage parameters, and those."""
    m = _WITH.search(stmt)
    if not m:
        return stmt, []
    params = [tuple(p.split("=", 1)) for p in m.group("params").split(", ")]
    return stmt[: m.start()], params


def _undo(stmt: str) -> str | None:
    for pattern, template in _UNDO:
        m = pattern.match(stmt)
        if m:
            return template.format(**m.groupdict())
    return None


def alters_in_place(old: Opaque, new: Opaque) -> bool:
    """Whether ``old`` becomes ``new`` without being recreated: same bound and
    partition key, and every statement that goes can be undone."""
    if old.kind != "partition" or new.kind != "partition" or not old.ddl or not new.ddl:
        return False
    a, b = statements(old.ddl), statements(new.ddl)
    if _head(a[0])[0] != _head(b[0])[0] and not bound_changes(old, new):
        return False
    if {s for s in a[1:] if _DEFAULT.match(s)} != {s for s in b[1:] if _DEFAULT.match(s)}:
        return False
    return all(_undo(s) is not None for s in a[1:] if s not in b[1:])


# CREATE TABLE name PARTITION OF parent <bound> [PARTITION BY …]
_PARTITION_OF = re.compile(rf"^CREATE TABLE (?P<name>{_NAME}) PARTITION OF (?P<parent>{_NAME}) "
                           r"(?P<bound>FOR VALUES .*?|DEFAULT)(?P<key> PARTITION BY .*)?$", re.S)


def _parts(head: str) -> dict | None:
    m = _PARTITION_OF.match(head)
    return m.groupdict() if m else None


def bound_changes(old: Opaque, new: Opaque) -> bool:
    """Whether only the bound of the partition's CREATE statement changes (same name,
    partitioned table and own partition key)."""
    if old.kind != "partition" or new.kind != "partition" or not old.ddl or not new.ddl:
        return False
    before = _parts(_head(statements(old.ddl)[0])[0])
    after = _parts(_head(statements(new.ddl)[0])[0])
    return bool(before and after) and before["bound"] != after["bound"] and all(
        before[k] == after[k] for k in ("name", "parent", "key"))


def comments_change_only(old: Opaque, new: Opaque) -> bool:
    """Whether only the comments that follow an object's statement change (an
    exclusion constraint: recreating it would check every row again)."""
    if not old.ddl or not new.ddl:
        return False
    a, b = statements(old.ddl), statements(new.ddl)
    return a[0] == b[0] and all(s.startswith("COMMENT ON ") for s in a[1:] + b[1:])


def alter_partition(old: Opaque, new: Opaque, table: str, params_steps) -> str:
    """The statements that turn partition ``old`` into ``new`` (see ``alters_in_place``):
    what goes is undone first, then what comes is run; a new bound by detaching the
    partition and attaching it again (its rows stay and are checked against the bound)."""
    a, b = statements(old.ddl or ""), statements(new.ddl or "")
    out = []
    if bound_changes(old, new):
        before, after = _parts(_head(a[0])[0]), _parts(_head(b[0])[0])
        out += [f"ALTER TABLE {before['parent']} DETACH PARTITION {before['name']}",
                f"ALTER TABLE {after['parent']} ATTACH PARTITION {after['name']} {after['bound']}"]
    reset, put = params_steps(tuple(_head(a[0])[1]), tuple(_head(b[0])[1]))
    if reset:
        out.append(f"ALTER TABLE {table} RESET ({', '.join(reset)})")
    if put:
        out.append(f"ALTER TABLE {table} SET ({', '.join(f'{k}={v}' for k, v in put)})")
    gone = [s for s in a[1:] if s not in b[1:]]
    out += [_undo(s) for s in gone if not s.startswith("COMMENT ")]
    # a comment goes with its dropped index or constraint
    dropped = {m.group("name") for s in gone for m in [_OWNED.match(s)] if m}
    came = [s for s in b[1:] if s not in a[1:]]
    retold = {_undo(s) for s in came if s.startswith("COMMENT ")}  # a new text replaces the old
    out += [_undo(s) for s in gone
            if s.startswith("COMMENT ") and _commented(s) not in dropped and _undo(s) not in retold]
    # and comes back with it when it is created again
    out += [s for s in b[1:] if s not in a[1:] or _commented(s) in dropped]
    return ";\n".join(out)


_OWNED = re.compile(rf"^(?:CREATE (?:UNIQUE )?INDEX|ALTER TABLE {_NAME} ADD CONSTRAINT) (?P<name>{_NAME}) ")
_COMMENTED = re.compile(rf"^COMMENT ON (?:INDEX|CONSTRAINT) (?P<name>{_NAME}) ")


def _commented(stmt: str) -> str | None:
    m = _COMMENTED.match(stmt)
    return m.group("name") if m else None
