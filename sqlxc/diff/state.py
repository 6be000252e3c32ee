"""What the parts of the differ share while comparing two schemas: the changes
found so far, the renames, and which tables/columns moved in ways that force
dependent objects (views, foreign keys, opaque objects) to be rebuilt."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from sqlxc.air.model import Schema
from sqlxc.diff.changes import Change
from sqlxc.errors import Diagnostic

ALL = None  # "every column of the table" in ``touched``


@dataclass
class DiffState:
    old: Schema
    new: Schema
    dialect: object  # sqlxc.dialects.base.Dialect (capabilities only)
    # old is a server's schema and new a compiled one (see sqlxc.diff.objects)
    keep_unlisted_objects: bool = False
    changes: list[Change] = field(default_factory=list)
    refusals: list[Diagnostic] = field(default_factory=list)
    # new table name -> old table name, and per old table old column -> new column
    table_renames: dict[str, str] = field(default_factory=dict)
    column_renames: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    # old table name -> old column names whose shape changed (None: the whole table)
    touched: dict[str, Optional[set[str]]] = field(default_factory=dict)
    # old table name -> old column names whose type/collation changed
    retyped: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # old table name -> old column names whose charset/collation changed
    recollated: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # old table name -> column tuples of keys/indexes dropped from it (old names)
    dropped_keys: dict[str, list[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(list))
    dropped_tables: set[str] = field(default_factory=set)
    # (old table, old column) whose default an early step already dropped (enum rebuild)
    defaults_dropped: set[tuple[str, str]] = field(default_factory=set)
    # old table name -> old column names dropped and added again (generated expression change)
    replaced: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # names of routines the plan drops or drops to replace: their callers are rebuilt
    dropped_routines: frozenset[str] = frozenset()
    # (kind, name) of routines whose signature names an enum the plan rebuilds
    enum_routines: frozenset[tuple[str, str]] = frozenset()

    def add(self, *changes: Change) -> None:
        self.changes.extend(changes)

    def touch(self, table: str, column: Optional[str] = None) -> None:
        if column is None:
            self.touched[table] = ALL
        elif table not in self.touched:
            self.touched[table] = {column}
        elif self.touched[table] is not ALL:
            self.touched[table].add(column)

    def touched_relations(self) -> dict[str, Optional[set[str]]]:
        """``touched``, and the partitions of each touched table (PostgreSQL): an
        ALTER TABLE reaches them, and whatever reads one of them by name."""
        out = dict(self.touched)
        partitions = [o for o in self.old.opaque if o.kind == "partition"]
        grew = bool(out) and bool(partitions)
        while grew:  # to a fixed point: partitions of partitions
            grew = False
            for p in partitions:
                parent = next((d for d in p.depends_on if d in out), None)
                if p.name not in out and parent is not None:
                    out[p.name] = out[parent]
                    grew = True
        return out

    def cap(self, name: str) -> bool:
        return bool(getattr(self.dialect, name, False))

    def old_table_name(self, new_name: str) -> str:
        return self.table_renames.get(new_name, new_name)
