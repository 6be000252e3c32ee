"""The order MySQL triggers fire in.

Triggers on one table, timing and event (a "group") fire in the order the
server keeps (ACTION_ORDER). A trigger created with ``FOLLOWS p`` goes right
after ``p``; one created without goes last. Introspection writes ``FOLLOWS``
into every trigger but the first of its group, so a trigger that moves is a
changed trigger. What the statement cannot say alone is that a trigger kept
as it is may still end up out of place: once the first trigger of its group is
created again (last, since it follows none), the triggers after it must be
created again too, after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from sqlxc.air.model import Opaque

_IDENT = r"`(?:[^`]|``)+`|[A-Za-z0-9_$]+"
_TRIGGER = re.compile(
    rf"^\s*CREATE\s+(?:DEFINER\s*=\s*\S+\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:(?:{_IDENT})\s*\.\s*)?(?:{_IDENT})\s+"
    rf"(BEFORE|AFTER)\s+(INSERT|UPDATE|DELETE)\s+ON\s+(?:(?:{_IDENT})\s*\.\s*)?({_IDENT})\s+FOR\s+EACH\s+ROW\s+"
    rf"(?:FOLLOWS\s+({_IDENT})\s)?", re.I)


@dataclass(frozen=True)
class Place:
    group: tuple[str, str, str]  # table, timing, event
    follows: Optional[str]


def _name(ident: str) -> str:
    return ident[1:-1].replace("``", "`") if ident.startswith("`") else ident


def place(trigger: Opaque) -> Optional[Place]:
    """Where a MySQL trigger's statement puts it (None: not a statement we can read)."""
    m = _TRIGGER.match(trigger.ddl or "")
    if m is None:
        return None
    timing, event, table, follows = m.groups()
    return Place((_name(table), timing.upper(), event.upper()), _name(follows) if follows else None)


def in_order(triggers: Iterable[Opaque]) -> dict[tuple, list[str]]:
    """Each group's trigger names in firing order: the first, then each one's follower
    (triggers that name no known predecessor count as first, by name)."""
    places = {t.name: p for t in triggers if (p := place(t)) is not None}
    groups: dict[tuple, list[str]] = {}
    for name in sorted(places):
        groups.setdefault(places[name].group, [])
    for group, names in groups.items():
        members = sorted(n for n, p in places.items() if p.group == group)
        followers = {n: [m for m in members if places[m].follows == n] for n in members}
        queue = [n for n in members if places[n].follows not in members]
        while queue:
            n = queue.pop(0)
            if n not in names:
                names.append(n)
                queue[:0] = followers[n]
        names.extend(n for n in members if n not in names)  # a cycle: keep them all
    return groups


def out_of_place(old: Iterable[Opaque], new: Iterable[Opaque], recreated: set[str]) -> set[str]:
    """Triggers kept as they are that must be created again to keep their place.
    A created trigger that follows another lands right after it, in place; the
    first of a group follows none and lands last, so when the plan creates it,
    every trigger of its group that the plan keeps must be created again after it."""
    old_fp = {t.name: t.fingerprint for t in old if t.kind == "trigger"}
    new = [t for t in new if t.kind == "trigger"]
    kept = {t.name for t in new if old_fp.get(t.name) == t.fingerprint and t.name not in recreated}
    out: set[str] = set()
    for names in in_order(new).values():
        if names[0] not in kept:
            out |= {n for n in names[1:] if n in kept}
    return out
