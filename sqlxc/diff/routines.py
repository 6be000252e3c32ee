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


def moving_standard_routines(old, new) -> frozenset[str]:
    """Names of the SQL-standard routines of schema ``old`` held to a table column that
    the plan to ``new`` retypes or drops (a look ahead of the table diff): they are
    dropped and created again around it (``sqlxc.diff.objects``), so their callers are
    rebuilt around them too."""
    old_tables = {t.name: t for t in old.tables}
    new_tables = {t.name: t for t in new.tables}
    names = set()
    for o in old.opaque:
        if o.kind in ROUTINE_KINDS and o.depends_on and standard_body(o.ddl) and any(
                d in old_tables and _columns_move(old_tables[d], new_tables.get(d)) for d in o.depends_on):
            names.add(o.name.partition("(")[0])
    return frozenset(names)


def _columns_move(ot, nt) -> bool:
    if nt is None:
        return True
    new_by = {c.name: c for c in nt.columns}
    return any(c.name not in new_by or (c.type, c.collation, c.generated) != (new_by[c.name].type,
               new_by[c.name].collation, new_by[c.name].generated) for c in ot.columns)


@lru_cache(maxsize=1024)
def _call(name: str) -> re.Pattern:
    # bare (lower-case names print so), or quoted; schema-qualified or not
    bare = re.escape(name)
    quoted = re.escape('"' + name.replace('"', '""') + '"')
    return re.compile(rf'(?:(?<![\w$"]){bare}|{quoted})\s*\(')
