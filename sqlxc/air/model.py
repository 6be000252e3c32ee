"""AIR: the dialect-neutral schema model.

Every facet that the servers' catalogs report (../shared/IDENTICAL.md) has a
field here, so a fact that introspection reads can be diffed, rendered and
written back as `.sqlx`.

Conventions that keep equal things equal:

* A field left at its default means "what the server does when you say
  nothing": ``None`` for a name means "the server's own default name" (only in
  a neutral schema; lowering to a dialect fills every name in), ``None`` for an
  FK action means NO ACTION, ``None`` for a collation means "inherited".
  Introspection writes the default back as the default, never the spelled-out
  value, so a schema written without it compares equal.
* Expressions (defaults, checks, predicates, view bodies) are SQL text in the
  schema's ``dialect``: neutral SQL in a compiled schema (``dialect is None``),
  the server's own printed form in an introspected or lowered one.
* Collections of named things are tuples sorted by name (canonical order);
  columns keep their declared order.
* ``renamed_from`` is a hint for the differ, never part of a digest.
"""
from __future__ import annotations

import hashlib
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict

Sensitivity = Literal["low", "medium", "high", "restricted"]
FkAction = Literal["cascade", "restrict", "set null", "set default", "no action"]
# None = the server's default: NO ACTION on PostgreSQL; on MySQL/MariaDB what an
# unspecified action reports (RESTRICT), while an explicit NO ACTION is "no action".


class Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Tags(Node):
    """Policy tags (spec section 9). Part of the entity's digest."""

    pii: bool = False
    sensitivity: Optional[Sensitivity] = None
    residency: Optional[str] = None
    retention: Optional[str] = None
    owner: Optional[str] = None
    extra: tuple[tuple[str, str], ...] = ()  # @tag(key="value"), sorted by key

    def empty(self) -> bool:
        return self == EMPTY_TAGS


EMPTY_TAGS = Tags()


class Type(Node):
    """A column type in canonical neutral form (see ``sqlxc.air.types``).

    ``name`` is a canonical builtin name (``integer``, ``varchar``,
    ``timestamptz``…) or the name of an enum in the same schema.
    """

    name: str
    args: tuple[int, ...] = ()  # length, or precision[, scale], or fsp
    unsigned: bool = False  # MySQL
    zerofill: bool = False  # MySQL
    values: tuple[str, ...] = ()  # MySQL inline ENUM/SET values, in order
    fields: Optional[str] = None  # PostgreSQL interval fields, e.g. "day to second"
    array: int = 0  # PostgreSQL array dimensions (int[] -> 1)


class Identity(Node):
    """An identity column (PostgreSQL) or AUTO_INCREMENT (MySQL: ``always`` False,
    no sequence options). Options left ``None`` are the server's defaults for the
    column's type."""

    always: bool = False
    start: Optional[int] = None
    increment: Optional[int] = None
    minvalue: Optional[int] = None
    maxvalue: Optional[int] = None
    cache: Optional[int] = None
    cycle: bool = False


class Generated(Node):
    """A generated column: ``GENERATED ALWAYS AS (expr) STORED`` (or VIRTUAL on MySQL)."""

    expr: str
    stored: bool = True


class Column(Node):
    name: str
    type: Type
    nullable: bool = False
    default: Optional[str] = None
    identity: Optional[Identity] = None
    generated: Optional[Generated] = None
    collation: Optional[str] = None  # only when it differs from the inherited one
    charset: Optional[str] = None  # MySQL, only when it differs from the table's
    on_update: Optional[str] = None  # MySQL ON UPDATE expression
    invisible: bool = False  # MySQL/MariaDB invisible column
    compressed: bool = False  # MariaDB column compression (``text COMPRESSED``)
    srid: Optional[int] = None  # spatial reference of a geometry column (MySQL SRID, MariaDB REF_SYSTEM_ID)
    # MariaDB column-level CHECK (named after the column, part of the column's
    # definition: MODIFY without it drops it), as the server prints it
    check: Optional[str] = None
    comment: Optional[str] = None
    tags: Tags = EMPTY_TAGS
    renamed_from: Optional[str] = None  # hint, not part of the digest


class IndexKey(Node):
    """One key part of an index: a column or an expression."""

    column: Optional[str] = None
    expr: Optional[str] = None
    desc: bool = False
    nulls_first: Optional[bool] = None  # None = the default for the direction
    opclass: Optional[str] = None  # non-default operator class, with its parameters
    collation: Optional[str] = None  # non-default collation
    length: Optional[int] = None  # MySQL prefix length


class Index(Node):
    name: Optional[str] = None
    keys: tuple[IndexKey, ...]
    unique: bool = False
    method: Optional[str] = None  # None = btree; PostgreSQL hash/gin/gist/brin/spgist, MySQL hash/fulltext/spatial
    where: Optional[str] = None  # PostgreSQL partial index predicate
    include: tuple[str, ...] = ()
    params: tuple[tuple[str, str], ...] = ()  # storage parameters WITH (k = v), sorted
    nulls_not_distinct: bool = False
    invisible: bool = False  # MySQL INVISIBLE / MariaDB IGNORED
    comment: Optional[str] = None


class PrimaryKey(Node):
    name: Optional[str] = None
    columns: tuple[str, ...]
    include: tuple[str, ...] = ()
    comment: Optional[str] = None


class Unique(Node):
    """A UNIQUE constraint (PostgreSQL). MySQL has unique indexes only; lowering
    turns these into ``Index(unique=True)``."""

    name: Optional[str] = None
    columns: tuple[str, ...]
    include: tuple[str, ...] = ()
    nulls_not_distinct: bool = False
    deferrable: bool = False
    initially_deferred: bool = False
    comment: Optional[str] = None


class ForeignKey(Node):
    name: Optional[str] = None
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    on_delete: Optional[FkAction] = None
    on_update: Optional[FkAction] = None
    on_delete_columns: tuple[str, ...] = ()  # PostgreSQL 15: SET NULL (cols)
    match: Optional[Literal["full", "partial"]] = None  # None = MATCH SIMPLE
    deferrable: bool = False
    initially_deferred: bool = False
    not_valid: bool = False
    comment: Optional[str] = None


class Check(Node):
    name: Optional[str] = None
    expr: str
    no_inherit: bool = False
    not_valid: bool = False
    comment: Optional[str] = None


class MySQLTableOptions(Node):
    """Table options that only MySQL/MariaDB have; ``None`` = the server's default."""

    engine: Optional[str] = None
    charset: Optional[str] = None
    collation: Optional[str] = None
    row_format: Optional[str] = None
    create_options: tuple[tuple[str, str], ...] = ()  # e.g. (("stats_persistent", "0"),)
    # MariaDB WITH SYSTEM VERSIONING, with the server's own hidden row start/end columns
    system_versioned: bool = False


class Table(Node):
    name: str
    columns: tuple[Column, ...]
    primary_key: Optional[PrimaryKey] = None
    uniques: tuple[Unique, ...] = ()
    indexes: tuple[Index, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    checks: tuple[Check, ...] = ()
    comment: Optional[str] = None
    mysql: Optional[MySQLTableOptions] = None
    # PostgreSQL storage parameters WITH (k = v), in the server's order: pg_class.reloptions
    # keeps the order they were set in, and the catalogs compare it
    params: tuple[tuple[str, str], ...] = ()
    # PostgreSQL declarative partitioning: the key as pg_get_partkeydef prints it,
    # "RANGE (created_at)"; its partitions are Opaque objects of kind "partition"
    partition_by: Optional[str] = None
    # PostgreSQL CREATE UNLOGGED TABLE (pg_class.relpersistence 'u'): not WAL-logged,
    # emptied after a crash; job queues and caches use it
    unlogged: bool = False
    tags: Tags = EMPTY_TAGS
    renamed_from: Optional[str] = None  # hint, not part of the digest

    def column(self, name: str) -> Optional[Column]:
        for c in self.columns:
            if c.name == name:
                return c
        return None


class View(Node):
    name: str
    definition: str  # SELECT … in the schema's dialect
    columns: tuple[str, ...] = ()  # explicit column names, CREATE VIEW v (a, b)
    check_option: Optional[Literal["local", "cascaded"]] = None
    security_barrier: bool = False  # PostgreSQL
    security_invoker: bool = False  # PostgreSQL 15+; MySQL SQL SECURITY INVOKER
    algorithm: Optional[Literal["merge", "temptable"]] = None  # MySQL; None = UNDEFINED
    comment: Optional[str] = None
    column_comments: tuple[tuple[str, str], ...] = ()  # PostgreSQL (column, comment), sorted by column
    tags: Tags = EMPTY_TAGS


class Enum(Node):
    """A named enum type (PostgreSQL CREATE TYPE … AS ENUM). On MySQL, lowering
    inlines it into each column as ``Type(name="enum", values=…)``."""

    name: str
    values: tuple[str, ...]
    comment: Optional[str] = None


class Sequence(Node):
    """A PostgreSQL sequence; ``owned_by`` (table, column) for serial columns."""

    name: str
    type: Optional[str] = None  # smallint/integer; None = bigint
    start: Optional[int] = None
    increment: Optional[int] = None
    minvalue: Optional[int] = None
    maxvalue: Optional[int] = None
    cache: Optional[int] = None
    cycle: bool = False
    owned_by: Optional[tuple[str, str]] = None
    comment: Optional[str] = None


class Opaque(Node):
    """An object the model does not cover (function, trigger, materialized view,
    domain, extension, …), kept so a plan that would silently leave it behind
    can refuse instead. ``fingerprint`` changes whenever its definition does;
    for one with ``ddl`` it is the digest of that statement (``ddl_fingerprint``),
    so the same object written in a ``.sqlx`` file compares equal."""

    kind: str
    name: str
    fingerprint: str
    depends_on: tuple[str, ...] = ()  # table/view names it reads
    # The server's own statement that creates it, where replaying that is enough
    # (PostgreSQL functions, procedures, triggers, extensions): such an object is
    # created, dropped or replaced by a plan instead of refused.
    ddl: Optional[str] = None
    # In a neutral (compiled) schema: the one server this object is for; lowering
    # keeps it for that dialect only. None in a server's or a lowered schema.
    dialect: Optional[Literal["postgres", "mysql"]] = None


def ddl_fingerprint(ddl: str) -> str:
    """The fingerprint of an object that is its statement (see ``Opaque``)."""
    return hashlib.sha256(ddl.encode()).hexdigest()[:16]


class Schema(Node):
    dialect: Optional[Literal["postgres", "mysql"]] = None  # None = neutral (.sqlx)
    tables: tuple[Table, ...] = ()
    views: tuple[View, ...] = ()
    enums: tuple[Enum, ...] = ()
    sequences: tuple[Sequence, ...] = ()
    opaque: tuple[Opaque, ...] = ()

    def table(self, name: str) -> Optional[Table]:
        for t in self.tables:
            if t.name == name:
                return t
        return None
