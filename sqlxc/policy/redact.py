"""Replace ``@pii`` column names with stable placeholders (``<pii:1a2b3c4d>``).

Logs, telemetry, audit events and apply-time errors go through ``redact_text``
so that neither a PII column's name nor a full DDL statement touching one is
ever written out. The placeholder is the first 8 hex digits of the SHA-256 of
the name: the same column always gets the same placeholder, so a reader can
still follow it through a log.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

Names = Iterable[str] | Any  # names, an AIR Schema, a MigrationPlan, or a lowered AIR dict

# Identifier characters on both servers: a name only matches as a whole word.
_WORD = r"[A-Za-z0-9_$\u0080-\uffff]"


def placeholder(name: str) -> str:
    return "<pii:" + hashlib.sha256(name.lower().encode()).hexdigest()[:8] + ">"


def _schema_dict_names(data: Mapping[str, Any]) -> set[str]:
    names = set()
    for table in data.get("tables", ()) or ():
        for col in table.get("columns", ()) or ():
            tags = col.get("tags") or {}
            if tags.get("pii") is True:
                names.add(col["name"])
    return names


def _fragment_names(node: Any) -> set[str]:
    """@pii column names inside an airDiff fragment (columns carry name, type and tags)."""
    found: set[str] = set()
    if isinstance(node, Mapping):
        tags = node.get("tags")
        if "type" in node and isinstance(node.get("name"), str) and isinstance(tags, Mapping) and tags.get("pii") is True:
            found.add(node["name"])
        for value in node.values():
            found |= _fragment_names(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            found |= _fragment_names(value)
    return found


def pii_names(source: Names) -> frozenset[str]:
    """The @pii column names of a Schema, a plan (both of its schemas) or a list of names."""
    if source is None:
        return frozenset()
    if hasattr(source, "steps") and hasattr(source, "from_schema"):  # a MigrationPlan
        names: set[str] = set()
        for data in (source.from_schema, source.to_schema):
            names |= _schema_dict_names(data or {})
        for step in source.steps:
            if str(step.policy_tags.get("pii", "")).lower() == "true" and step.entity == "column":
                names.add(step.object.split(".", 1)[-1])
            names |= _fragment_names(step.air_diff)
        return frozenset(names)
    if hasattr(source, "tables"):  # an AIR Schema
        return frozenset(c.name for t in source.tables for c in t.columns if c.tags.pii)
    if isinstance(source, Mapping):
        return frozenset(_schema_dict_names(source))
    if isinstance(source, str):
        return frozenset({source})
    return frozenset(source)


@lru_cache(maxsize=64)
def _pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    # Longest first, so that "email_hash" is not redacted as "<pii>_hash".
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<!{_WORD})(?:{alternatives})(?!{_WORD})", re.IGNORECASE)


def redact_text(text: str, schema_or_pii_names: Names) -> str:
    """``text`` with every @pii column name replaced by its placeholder."""
    pattern = _pattern(pii_names(schema_or_pii_names))
    if pattern is None or not text:
        return text
    return pattern.sub(lambda m: placeholder(m.group(0)), text)


class Redactor:
    """A callable bound to one set of names (for loggers and event sinks)."""

    def __init__(self, schema_or_pii_names: Names):
        self.names = pii_names(schema_or_pii_names)

    def __call__(self, text: str) -> str:
        return redact_text(text, self.names)
