"""Canonical JSON, digests and canonical ordering of AIR.

Canonical JSON: sorted keys, no whitespace, fields at their default left out
(so adding an optional field later does not change old digests), no floats.
A digest is the first 64 bits of BLAKE2b over an entity's canonical JSON,
without its rename hints, as 16 hex characters (spec section 5.1 step 2).
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlxc.air.model import Node, Schema

_HINTS = ("renamed_from",)


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


def digest(node: Node) -> str:
    """Stable 64-bit digest of an entity, rename hints excluded."""
    return digest_text(canonical_json(node, hints=False))


def schema_digest(schema: Schema) -> str:
    """The snapshot id: a digest over the digests of all entities, in canonical order."""
    schema = canonical(schema)
    parts = [f"dialect={schema.dialect or ''}"]
    for kind in ("tables", "views", "enums", "sequences", "opaque"):
        for entity in getattr(schema, kind):
            parts.append(f"{kind}:{entity.name}:{digest(entity)}")
    return digest_text("\n".join(parts))


def loads_schema(text: str) -> Schema:
    return Schema.model_validate_json(text)


def _by_name(items) -> tuple:
    # Entities without a name (neutral schema, server-default names) keep their
    # declared order after the named ones; lowering names them all.
    named = sorted((i for i in items if i.name is not None), key=lambda i: i.name)
    return tuple(named) + tuple(i for i in items if i.name is None)


def canonical(schema: Schema) -> Schema:
    """The same schema with every collection in canonical order."""
    tables = []
    for t in schema.tables:
        tables.append(
            t.model_copy(
                update={
                    "uniques": _by_name(t.uniques),
                    "indexes": _by_name(t.indexes),
                    "foreign_keys": _by_name(t.foreign_keys),
                    "checks": _by_name(t.checks),
                }
            )
        )
    return schema.model_copy(
        update={
            "tables": _by_name(tables),
            "views": _by_name(schema.views),
            "enums": _by_name(schema.enums),
            "sequences": _by_name(schema.sequences),
            "opaque": tuple(sorted(schema.opaque, key=lambda o: (o.kind, o.name))),
        }
    )
