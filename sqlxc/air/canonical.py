"""Canonical JSON, digests and canonical ordering of AIR.

Canonical JSON: sorted keys, no whitespace, fields at their default left out
(so adding an optional field later does not change old digests), no floats.
A digest is the first 64 bits of BLAKE2b over an entity's canonical JSON,
without its rename hints, as 16 hex characters (spec section 5.1 step 2).

AIR nodes are frozen, so what is computed from one (its digest, whether it is
in canonical order) holds for its lifetime: it is remembered per object, and
``canonical`` keeps every object that is already in order, so a build that
digests, diffs and plans the same schemas computes each digest once.
"""
from __future__ import annotations

import hashlib
import json
import weakref
from typing import Any, Optional

from sqlxc.air.model import Node, Schema

_HINTS = ("renamed_from",)
_HINT_KEY = '"renamed_from"'  # how a hint's key shows in canonical JSON


class PerObject:
    """A value per live object, keyed by identity (frozen pydantic models hash
    by value, which costs what we are saving). The weak reference drops the
    entry when the object goes, before its id can be reused."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref, Any]] = {}

    def get(self, obj: object) -> Any:
        entry = self._entries.get(id(obj))
        return entry[1] if entry is not None and entry[0]() is obj else None

    def put(self, obj: object, value: Any) -> None:
        key, entries = id(obj), self._entries

        def forget(ref: weakref.ref) -> None:
            if entries.get(key, (None,))[0] is ref:
                del entries[key]

        entries[key] = (weakref.ref(obj, forget), value)


_ENTITY = PerObject()  # node -> (digest, carries a rename hint)
_SCHEMA = PerObject()  # schema -> schema digest
_ORDERED = PerObject()  # schema -> True when already in canonical order


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in _HINTS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def to_data(node: Node, *, hints: bool = True) -> Any:
    """The JSON-ready form of ``node`` (defaults left out)."""
    data = node.model_dump(mode="json", exclude_defaults=True)
    return data if hints else _strip(data)


def dumps(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(node: Node, *, hints: bool = True) -> str:
    return dumps(to_data(node, hints=hints))


def digest_text(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _entity(node: Node) -> tuple[str, bool]:
    known = _ENTITY.get(node)
    if known is None:
        data = to_data(node)
        text = dumps(data)
        # most entities carry no hint: their JSON is already the hint-free one
        hinted = _HINT_KEY in text
        known = (digest_text(dumps(_strip(data)) if hinted else text), hinted)
        _ENTITY.put(node, known)
    return known


def digest(node: Node) -> str:
    """Stable 64-bit digest of an entity, rename hints excluded."""
    return _entity(node)[0]


def unhinted_digest(node: Node) -> Optional[str]:
    """The digest of an entity that carries no rename hint anywhere, else None:
    two such entities with equal digests are equal objects."""
    value, hinted = _entity(node)
    return None if hinted else value


def schema_digest(schema: Schema) -> str:
    """The snapshot id: a digest over the digests of all entities, in canonical order."""
    known = _SCHEMA.get(schema)
    if known is None:
        ordered = canonical(schema)
        parts = [f"dialect={ordered.dialect or ''}"]
        for kind in ("tables", "views", "enums", "sequences", "opaque"):
            for entity in getattr(ordered, kind):
                parts.append(f"{kind}:{entity.name}:{digest(entity)}")
        known = digest_text("\n".join(parts))
        _SCHEMA.put(schema, known)
        _SCHEMA.put(ordered, known)
    return known


def loads_schema(text: str) -> Schema:
    return Schema.model_validate_json(text)


def _by_name(items) -> tuple:
    # Entities without a name (neutral schema, server-default names) keep their
    # declared order after the named ones; lowering names them all.
    named = sorted((i for i in items if i.name is not None), key=lambda i: i.name)
    return tuple(named) + tuple(i for i in items if i.name is None)


def _opaque_order(items) -> tuple:
    return tuple(sorted(items, key=lambda o: (o.kind, o.name)))


def _same(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


_TABLE_PARTS = ("uniques", "indexes", "foreign_keys", "checks")
_SCHEMA_PARTS = (("tables", _by_name), ("views", _by_name), ("enums", _by_name),
                 ("sequences", _by_name), ("opaque", _opaque_order))


def _ordered_table(t):
    update = {}
    for part in _TABLE_PARTS:
        items = getattr(t, part)
        ordered = _by_name(items)
        if not _same(ordered, items):
            update[part] = ordered
    # an ordered table is kept as it is, with what is known about it (its digest)
    return t.model_copy(update=update) if update else t


def canonical(schema: Schema) -> Schema:
    """The same schema with every collection in canonical order (``schema``
    itself when it already is)."""
    if _ORDERED.get(schema):
        return schema
    update = {}
    tables = tuple(_ordered_table(t) for t in schema.tables)
    if not _same(tables, schema.tables):
        update["tables"] = tables
    for part, order in _SCHEMA_PARTS:
        items = update.get(part, getattr(schema, part))
        ordered = order(items)
        if not _same(ordered, getattr(schema, part)):
            update[part] = ordered
    result = schema.model_copy(update=update) if update else schema
    _ORDERED.put(result, True)
    return result
