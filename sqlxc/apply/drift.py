"""Comparing a live schema with the one a plan or the lock expects, and saying
how they differ in a form a person can read: one line per entity that is
missing, unexpected or changed, with the changed fields."""
from __future__ import annotations

import json
from typing import Any

from sqlxc.air.canonical import canonical, to_data
from sqlxc.air.model import Schema

_KINDS = ("tables", "views", "enums", "sequences", "opaque")
_SINGULAR = {"tables": "table", "views": "view", "enums": "enum", "sequences": "sequence", "opaque": "object"}


def _entities(schema: Schema) -> dict[tuple[str, str], Any]:
    schema = canonical(schema)
    out = {}
    for kind in _KINDS:
        for entity in getattr(schema, kind):
            out[(kind, entity.name)] = to_data(entity, hints=False)
    return out


def same(expected: Schema, actual: Schema) -> bool:
    return _entities(expected) == _entities(actual)


def describe(expected: Schema, actual: Schema) -> list[str]:
    """Lines like ``~ table users: columns[email].nullable: false -> true``."""
    want, have = _entities(expected), _entities(actual)
    lines = []
    for key in sorted(set(want) | set(have)):
        kind, name = key
        label = f"{_SINGULAR[kind]} {name}"
        if key not in have:
            lines.append(f"- {label}: expected, missing from the database")
        elif key not in want:
            lines.append(f"+ {label}: in the database, not expected")
        elif want[key] != have[key]:
            for path, a, b in _changes(want[key], have[key], ""):
                lines.append(f"~ {label}: {path or '(whole)'}: {_show(a)} -> {_show(b)}")
    return lines


def _changes(a: Any, b: Any, path: str):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            yield from _changes(a.get(k), b.get(k), f"{path}.{k}" if path else k)
    elif isinstance(a, list) and isinstance(b, list) and _named(a) and _named(b):
        left, right = {x["name"]: x for x in a}, {x["name"]: x for x in b}
        for name in sorted(set(left) | set(right), key=str):
            yield from _changes(left.get(name), right.get(name), f"{path}[{name}]")
    elif a != b:
        yield path, a, b


def _named(items: list) -> bool:
    return all(isinstance(x, dict) and "name" in x for x in items)


def _show(value: Any) -> str:
    return "absent" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)
