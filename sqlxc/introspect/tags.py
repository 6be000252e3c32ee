"""Policy tags as both dialects store them: rows of the ``sqlx_tags`` table
``(kind, object, tags JSON)`` -> {(kind, object): Tags}."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from sqlxc.air.model import Tags


def tags_from_rows(rows: Iterable[Mapping]) -> dict[tuple[str, str], Tags]:
    out = {}
    for r in rows:
        data = json.loads(r["tags"])
        if "extra" in data:
            data["extra"] = tuple(tuple(kv) for kv in data["extra"])
        out[(r["kind"], r["object"])] = Tags.model_validate(data)
    return out
