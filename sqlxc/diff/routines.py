"""Routines the plan drops, and what calls them.

PostgreSQL records which column defaults, checks, indexes, views, triggers,
policies and materialized views call a function, and refuses to drop the
function under them. A function the plan drops (gone from the target, or
replaced by one CREATE OR REPLACE cannot turn it into: another result type,
renamed arguments, a default removed) therefore has its callers dropped before
and created again after, where they bind to the function the target holds.

Calls are found by name in the server-printed text (``name(``): overloads
share a name, and a caller rebuilt for nothing costs a statement, while a
caller missed breaks the plan.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

ROUTINE_KINDS = ("function", "procedure")


def dropped_routines(old_objects: Iterable, new_objects: Iterable, dialect, *, keep_unlisted: bool = False
                     ) -> frozenset[str]:
    """Names (without arguments) of the old schema's routines that the plan drops
    (``keep_unlisted``: one the target leaves out stays, see ``sqlxc.diff.objects``)."""
    if not getattr(dialect, "routine_callers_tracked", False) or not getattr(dialect, "replays_objects", False):
        return frozenset()
    new_by = {(o.kind, o.name): o for o in new_objects}
    names = set()
    for o in old_objects:
        if o.kind not in ROUTINE_KINDS or o.ddl is None:
            continue
        n = new_by.get((o.kind, o.name))
        if n is None and keep_unlisted:
            continue
        if n is None or (n.fingerprint != o.fingerprint and n.ddl is not None and dialect.replace_drops_routine(o, n)):
            names.add(o.name.partition("(")[0])
    return frozenset(names)


def calls(text: Optional[str], names: frozenset[str]) -> bool:
    """Does the expression or statement ``text`` call one of the routines ``names``?"""
    return bool(text and names) and any(_call(name).search(text) for name in names)


def enum_bound(o, enums: frozenset[str]) -> bool:
    """Does routine ``o``'s signature (arguments, defaults, result) name one of the
    enums ``enums``? A rebuilt enum is a new type that the routine does not follow:
    it is dropped before the rebuild and created again over the new type."""
    if o.kind not in ROUTINE_KINDS or o.ddl is None or not enums:
        return False
    lines = o.ddl.splitlines()
    head = " ".join([o.name, *lines[:1], *(line for line in lines if line.lstrip().startswith("RETURNS "))])
    return any(_type_word(e).search(head) for e in enums)


@lru_cache(maxsize=256)
def _type_word(name: str) -> re.Pattern:
    bare = re.escape(name)
    quoted = re.escape('"' + name.replace('"', '""') + '"')
    return re.compile(rf'(?:(?<![\w$"]){bare}(?![\w$"])|{quoted})')


_STANDARD_BODY = re.compile(r"^(?:BEGIN ATOMIC|RETURN )", re.M)
_STRING_BODY = re.compile(r"^AS (?:\$|')", re.M)


def standard_body(ddl: Optional[str]) -> bool:
    """Is the routine's body SQL-standard (BEGIN ATOMIC … END, RETURN expr)? The server
    parses such a body when it is created and holds it to the columns it reads, as a
    view: it cannot be created before them, nor stay while one is retyped or dropped."""
    # a body in a string (AS $function$ … $function$) may hold such lines of its own
    return bool(ddl) and bool(_STANDARD_BODY.search(ddl)) and not _STRING_BODY.search(ddl)


@lru_cache(maxsize=1024)
def _call(name: str) -> re.Pattern:
    # bare (lower-case names print so), or quoted; schema-qualified or not
    bare = re.escape(name)
    quoted = re.escape('"' + name.replace('"', '""') + '"')
    return re.compile(rf'(?:(?<![\w$"]){bare}|{quoted})\s*\(')
