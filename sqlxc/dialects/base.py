"""What every dialect answers. A dialect module subclasses ``Dialect`` and states
only how it differs (sqlglot style): type maps, quoting, capabilities, and one
Jinja template per change kind under ``templates/<dialect>/``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Optional

from sqlxc.air.model import Opaque, Schema
from sqlxc.diff.changes import Change


@dataclass(frozen=True)
class ServerInfo:
    """The server a plan is for: flavor (postgres | mysql | mariadb) and version."""

    flavor: str
    version: tuple[int, ...] = ()

    def label(self) -> str:
        return self.flavor + ("-" + ".".join(map(str, self.version)) if self.version else "")


@dataclass(frozen=True)
class Statement:
    """One step of DDL as rendered: its text and whether it may run in a transaction.

    ``sql`` is one statement, or a few that form one unit separated by ``;`` and a
    newline, without a trailing semicolon (the plan printer adds it)."""

    sql: str
    transactional: bool = True


class Dialect:
    name: ClassVar[str]
    max_identifier: ClassVar[int]
    transactional_ddl: ClassVar[bool]
    supports_partial_index: ClassVar[bool]
    online_index: ClassVar[bool]
    default_server: ClassVar[ServerInfo]
    # What the differ and orderer need to know (defaults = PostgreSQL's behaviour):
    # COMMENT ON INDEX exists; otherwise an index comment change rebuilds the index.
    index_comment_in_place: ClassVar[bool] = True
    # An FK needs an index led by its columns (MySQL): dropping that index needs the FK gone first.
    fk_needs_index: ClassVar[bool] = False
    # Changing the type of a column an FK uses is refused (MySQL): the FK is dropped and re-added.
    fk_blocks_type_change: ClassVar[bool] = False
    # Columns store charset/collation only when they differ from the table's (MySQL):
    # the differ compares the effective values.
    inherits_table_collation: ClassVar[bool] = False
    # Destructive steps (drop column/table) run last, after everything else (MySQL).
    destructive_last: ClassVar[bool] = False
    # Column order is part of what the catalogs compare (MySQL): the differ moves columns
    # (AlterColumn facet "position" with after/first) so that it matches the target.
    column_order_matters: ClassVar[bool] = False
    # Triggers outlive ALTER TABLE of their table (MySQL): only dropping it takes them along.
    triggers_survive_alter: ClassVar[bool] = False
    # Triggers on one table, timing and event fire in the order they were created in,
    # or as FOLLOWS placed them (MySQL): a trigger recreated out of turn moves.
    triggers_fire_in_order: ClassVar[bool] = False
    # Stored function and procedure names compare without case (MySQL).
    routine_names_fold_case: ClassVar[bool] = False
    # Index names (and so primary key / unique constraint names) are unique in the whole
    # schema (PostgreSQL), not per table (MySQL): a dropped table that holds a name a new
    # table or index claims is dropped before it.
    index_names_per_schema: ClassVar[bool] = True
    # Column names compare without case (MySQL): `ID` and `id` are one column, so a
    # case-only difference is a rename, never a drop and an add of the same name.
    column_names_fold_case: ClassVar[bool] = False
    # Objects introspection can print whole (``Opaque.ddl``: PostgreSQL functions,
    # triggers, extensions…, MySQL triggers) are created, dropped and replaced from
    # that statement, not refused.
    replays_objects: ClassVar[bool] = True
    # The server records which column defaults, checks, indexes, views, triggers and
    # policies call a function, and refuses to drop it under them (PostgreSQL): a
    # routine the plan drops has its callers rebuilt around it (``sqlxc.diff.routines``).
    routine_callers_tracked: ClassVar[bool] = True

    def __init__(self, server: Optional[ServerInfo] = None):
        self.server = server or self.default_server

    def alters_in_place(self, old: Opaque, new: Opaque) -> bool:
        """Whether a changed replayed object is altered (``ReplaceObject``) rather
        than dropped and created again: a PostgreSQL partition keeps its rows."""
        return False

    # --- text ---------------------------------------------------------------
    def quote(self, ident: str) -> str:
        raise NotImplementedError

    def literal(self, value: str) -> str:
        raise NotImplementedError

    # --- stages ---------------------------------------------------------------
    def lower(self, schema: Schema) -> Schema:
        """A neutral schema -> this dialect's AIR: every name filled in with the
        server's default naming, types lowered, expressions in the server's
        printed form. Raises UnsupportedError naming every object it cannot
        express."""
        raise NotImplementedError

    def render(self, change: Change) -> Statement:
        """One change -> one step of DDL, through the dialect's templates."""
        raise NotImplementedError

    def planning(self, old: Schema, new: Schema) -> "Dialect":
        """The dialect that renders a plan from ``old`` to ``new`` (both in its AIR):
        itself, unless how a statement is written depends on the schemas."""
        return self

    def replace_drops_routine(self, old: Opaque, new: Opaque) -> bool:
        """Does replacing routine ``old`` by ``new`` drop it first?"""
        return True


def objects_for(schema: Schema, dialect: str) -> tuple:
    """The neutral schema's ``Opaque`` objects written for ``dialect`` (``postgres function …``
    in a ``.sqlx`` file), as that server's schema holds them: without the dialect mark."""
    return tuple(o.model_copy(update={"dialect": None}) for o in schema.opaque if o.dialect in (None, dialect))
