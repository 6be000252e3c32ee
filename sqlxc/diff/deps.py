"""What a view reads: the tables/views and column names in its definition.

Found with sqlglot over the definition in the schema's dialect and cached by
text. When sqlglot cannot parse a body, every known relation whose name
appears as a word in it counts as read, with all of its columns: a view
recreated for nothing costs a statement, a view missed breaks the plan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from sqlxc.exprmemo import memoized

_SQLGLOT_DIALECT = {"postgres": "postgres", "mysql": "mysql", None: None}


@dataclass(frozen=True)
class Reads:
    relations: frozenset[str]  # lower-cased names of tables/views read
    columns: frozenset[str]  # lower-cased column names mentioned
    star: bool  # SELECT * (or unparseable): every column counts

    def touches(self, relation: str, columns: Optional[set[str]]) -> bool:
        """Does the view read ``relation`` (all of it when ``columns`` is None)?"""
        if relation.lower() not in self.relations:
            return False
        if columns is None or self.star:
            return True
        return any(c.lower() in self.columns for c in columns)


@lru_cache(maxsize=4096)
def reads(definition: str, dialect: Optional[str]) -> Optional[Reads]:
    """The relations and columns a view body reads, or None if sqlglot cannot parse it."""
    found = _reads(definition, dialect)
    return None if found is None else Reads(frozenset(found[0]), frozenset(found[1]), found[2])


@memoized("diff.reads", lambda definition, dialect: [definition, dialect])
def _reads(definition: str, dialect: Optional[str]) -> Optional[list]:
    # JSON-able, for the on-disk memo: [relations, columns, star]
    try:
        import sqlglot
        from sqlglot import exp

        tree = sqlglot.parse_one(definition, read=_SQLGLOT_DIALECT.get(dialect))
    except Exception:  # noqa: BLE001 - any parse failure means "fall back to words"
        return None
    if tree is None:
        return None
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    relations = {t.name.lower() for t in tree.find_all(exp.Table) if t.name and t.name.lower() not in ctes}
    columns = {c.name.lower() for c in tree.find_all(exp.Column) if c.name}
    star = any(True for _ in tree.find_all(exp.Star))
    return [sorted(relations), sorted(columns), star]


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")


def view_reads(definition: str, dialect: Optional[str], known: frozenset[str]) -> Reads:
    """``reads`` with the word-based fallback over the ``known`` relation names."""
    found = reads(definition, dialect)
    if found is not None:
        return found
    words = {w.lower() for w in _WORD.findall(definition)}
    quoted = {q.lower() for q in re.findall(r'"([^"]+)"|`([^`]+)`', definition) for q in q if q}
    return Reads(frozenset(n.lower() for n in known if n.lower() in words | quoted), frozenset(), True)
