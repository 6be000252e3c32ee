"""Typed changes: one small frozen class per kind, each knowing its inverse.

The differ produces them from two schemas *of the same dialect* (a neutral
schema is lowered first), the orderer sorts them, and a dialect renders each
one to exactly one step of DDL (a step may hold a few statements only when they
form one unit, e.g. rebuilding an enum type). Rendering decides how a change is
written, never what changes.

Conventions:

* Every payload is the full AIR object (a Table, Column, Index…), so a renderer
  never needs to look anything up, and ``inverse()`` is a swap.
* ``CreateTable`` creates the table with its columns, primary key, unique
  constraints and checks. Its indexes, foreign keys and comments are separate
  changes, so that ordering can place them (FKs after every table exists).
* ``implied=True`` marks a change that another change in the same plan
  already performs as a side effect (an index that goes away with its dropped
  table). It is not rendered forward, but its inverse is rendered in the
  rollback, which is how a rollback of ``DropTable`` restores indexes and
  foreign keys too.
* ``reversible`` is False when the inverse restores structure but not data
  (drop table/column, lossy type change, enum value removal).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar, Optional

from sqlxc.air.model import (
    Check,
    Column,
    Enum,
    ForeignKey,
    Index,
    MySQLTableOptions,
    Opaque,
    PrimaryKey,
    Sequence,
    Table,
    Tags,
    Unique,
    View,
)

# Facets of a column alter (Atlas's ChangeKind bits, as names).
COLUMN_FACETS = (
    "type",
    "nullable",
    "default",
    "identity",
    "generated",
    "collation",
    "charset",
    "on_update",
    "invisible",
    "compressed",  # MariaDB column compression
    "srid",  # spatial reference system of a geometry column
    "check",  # MariaDB column-level CHECK
)


@dataclass(frozen=True)
class Change:
    op: ClassVar[str]  # create | alter | drop | rename (spec section 4)
    entity: ClassVar[str]  # table | column | index | primaryKey | unique | foreignKey | check | enum | view | sequence | comment | tags
    implied: bool = field(default=False, kw_only=True)

    def inverse(self) -> "Change":
        raise NotImplementedError

    @property
    def reversible(self) -> bool:
        return True

    @property
    def key(self) -> str:
        """What the change is about, e.g. ``users.email`` (for messages and steps)."""
        raise NotImplementedError

    @property
    def kind(self) -> str:
        """Snake-case class name; also the template name, e.g. ``add_column``."""
        return _snake(type(self).__name__)


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


# --- tables -------------------------------------------------------------------


@dataclass(frozen=True)
class CreateTable(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "table"
    table: Table

    def inverse(self) -> Change:
        return DropTable(self.table)

    @property
    def key(self) -> str:
        return self.table.name


@dataclass(frozen=True)
class DropTable(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "table"
    table: Table

    def inverse(self) -> Change:
        return CreateTable(self.table)

    @property
    def reversible(self) -> bool:
        return False

    @property
    def key(self) -> str:
        return self.table.name


@dataclass(frozen=True)
class RenameTable(Change):
    op: ClassVar[str] = "rename"
    entity: ClassVar[str] = "table"
    old: str
    new: str

    def inverse(self) -> Change:
        return RenameTable(self.new, self.old)

    @property
    def key(self) -> str:
        return self.new


@dataclass(frozen=True)
class AlterTableOptions(Change):
    """MySQL table options: engine, default charset/collation, row format, create options."""

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "table"
    table: str
    old: Optional[MySQLTableOptions]
    new: Optional[MySQLTableOptions]

    def inverse(self) -> Change:
        return AlterTableOptions(self.table, self.new, self.old)

    @property
    def key(self) -> str:
        return self.table


@dataclass(frozen=True)
class SetTableLogged(Change):
    """PostgreSQL ``ALTER TABLE … SET LOGGED`` / ``SET UNLOGGED`` (rewrites the table);
    ``old`` and ``new`` say whether the table is unlogged."""

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "table"
    table: str
    old: bool
    new: bool

    def inverse(self) -> Change:
        return SetTableLogged(self.table, self.new, self.old)

    @property
    def key(self) -> str:
        return self.table


@dataclass(frozen=True)
class AlterTableParams(Change):
    """PostgreSQL storage parameters (``ALTER TABLE … SET (…)/RESET (…)``); ``old``
    and ``new`` are whole lists in the server's order, which the rendering keeps."""

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "table"
    table: str
    old: tuple[tuple[str, str], ...]
    new: tuple[tuple[str, str], ...]

    def inverse(self) -> Change:
        return AlterTableParams(self.table, self.new, self.old)

    @property
    def key(self) -> str:
        return self.table


# --- columns ------------------------------------------------------------------


@dataclass(frozen=True)
class AddColumn(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "column"
    table: str
    column: Column
    after: Optional[str] = None  # MySQL: keep the target's column order (None = FIRST if position 0 … see differ)
    first: bool = False

    def inverse(self) -> Change:
        return DropColumn(self.table, self.column)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.column.name}"


@dataclass(frozen=True)
class DropColumn(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "column"
    table: str
    column: Column
    # Where the column stood, so that the rollback puts it back there (MySQL).
    after: Optional[str] = None
    first: bool = False

    def inverse(self) -> Change:
        return AddColumn(self.table, self.column, after=self.after, first=self.first)

    @property
    def reversible(self) -> bool:
        return self.column.generated is not None

    @property
    def key(self) -> str:
        return f"{self.table}.{self.column.name}"


@dataclass(frozen=True)
class RenameColumn(Change):
    op: ClassVar[str] = "rename"
    entity: ClassVar[str] = "column"
    table: str
    old: str
    new: str
    column: Column  # the column as it is after the rename (MySQL CHANGE restates it)

    def inverse(self) -> Change:
        return RenameColumn(self.table, self.new, self.old, self.column.model_copy(update={"name": self.old}))

    @property
    def key(self) -> str:
        return f"{self.table}.{self.new}"


@dataclass(frozen=True)
class AlterColumn(Change):
    """One column, several facets at once (``facets`` ⊆ COLUMN_FACETS).

    ``old`` and ``new`` are whole columns; comment changes are a separate
    ``SetComment`` that comes after, so ``new.comment == old.comment`` here.
    ``lossy`` is set by the differ when the type change can lose data.
    Facet ``position`` (MySQL column order): ``after``/``first`` say where the
    column goes, ``old_after``/``old_first`` where it stood (for the inverse).
    """

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "column"
    table: str
    old: Column
    new: Column
    facets: frozenset[str]
    lossy: bool = False
    after: Optional[str] = None
    first: bool = False
    old_after: Optional[str] = None
    old_first: bool = False

    def inverse(self) -> Change:
        return AlterColumn(self.table, self.new, self.old, self.facets, lossy=_narrows(self),
                           after=self.old_after, first=self.old_first, old_after=self.after, old_first=self.first)

    @property
    def reversible(self) -> bool:
        return not self.lossy

    @property
    def key(self) -> str:
        return f"{self.table}.{self.new.name}"


def _narrows(change: AlterColumn) -> bool:
    # The inverse of a lossy change widens again; the inverse of a widening
    # narrows and may lose data written in between.
    return "type" in change.facets and not change.lossy


# --- keys, constraints, indexes ---------------------------------------------------


@dataclass(frozen=True)
class AddPrimaryKey(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "primaryKey"
    table: str
    pk: PrimaryKey

    def inverse(self) -> Change:
        return DropPrimaryKey(self.table, self.pk)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.pk.name}"


@dataclass(frozen=True)
class DropPrimaryKey(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "primaryKey"
    table: str
    pk: PrimaryKey

    def inverse(self) -> Change:
        return AddPrimaryKey(self.table, self.pk)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.pk.name}"


@dataclass(frozen=True)
class AddUnique(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "unique"
    table: str
    unique: Unique

    def inverse(self) -> Change:
        return DropUnique(self.table, self.unique)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.unique.name}"


@dataclass(frozen=True)
class DropUnique(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "unique"
    table: str
    unique: Unique

    def inverse(self) -> Change:
        return AddUnique(self.table, self.unique)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.unique.name}"


@dataclass(frozen=True)
class AddForeignKey(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "foreignKey"
    table: str
    fk: ForeignKey

    def inverse(self) -> Change:
        return DropForeignKey(self.table, self.fk)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.fk.name}"


@dataclass(frozen=True)
class DropForeignKey(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "foreignKey"
    table: str
    fk: ForeignKey

    def inverse(self) -> Change:
        return AddForeignKey(self.table, self.fk)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.fk.name}"


@dataclass(frozen=True)
class AddCheck(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "check"
    table: str
    check: Check

    def inverse(self) -> Change:
        return DropCheck(self.table, self.check)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.check.name}"


@dataclass(frozen=True)
class DropCheck(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "check"
    table: str
    check: Check

    def inverse(self) -> Change:
        return AddCheck(self.table, self.check)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.check.name}"


@dataclass(frozen=True)
class CreateIndex(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "index"
    table: str
    index: Index

    def inverse(self) -> Change:
        return DropIndex(self.table, self.index)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.index.name}"


@dataclass(frozen=True)
class DropIndex(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "index"
    table: str
    index: Index

    def inverse(self) -> Change:
        return CreateIndex(self.table, self.index)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.index.name}"


# --- enums, sequences, views ---------------------------------------------------------


@dataclass(frozen=True)
class CreateEnum(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "enum"
    enum: Enum

    def inverse(self) -> Change:
        return DropEnum(self.enum)

    @property
    def key(self) -> str:
        return self.enum.name


@dataclass(frozen=True)
class DropEnum(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "enum"
    enum: Enum

    def inverse(self) -> Change:
        return CreateEnum(self.enum)

    @property
    def key(self) -> str:
        return self.enum.name


@dataclass(frozen=True)
class AddEnumValue(Change):
    """``ALTER TYPE … ADD VALUE v [BEFORE b | AFTER a]`` (cannot run inside a
    transaction block that later uses the value; the applier commits it first).
    Its inverse rebuilds the type without the value."""

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "enum"
    old: Enum
    new: Enum
    value: str
    before: Optional[str] = None
    after: Optional[str] = None
    usages: tuple["EnumUsage", ...] = ()

    def inverse(self) -> Change:
        return RebuildEnum(self.new, self.old, self.usages)

    @property
    def key(self) -> str:
        return f"{self.new.name}.{self.value}"


@dataclass(frozen=True)
class RenameEnumValue(Change):
    op: ClassVar[str] = "rename"
    entity: ClassVar[str] = "enum"
    enum: str
    old: str
    new: str

    def inverse(self) -> Change:
        return RenameEnumValue(self.enum, self.new, self.old)

    @property
    def key(self) -> str:
        return f"{self.enum}.{self.new}"


@dataclass(frozen=True)
class EnumUsage:
    """A column whose type is the enum (its default must be dropped and restored
    around a rebuild)."""

    table: str
    column: Column


@dataclass(frozen=True)
class RebuildEnum(Change):
    """Remove or reorder enum values: rename the old type away, create the new
    one, convert every column that uses it through text, drop the old type.
    Rows holding a removed value make it fail, which is why it is risky and
    not reversible."""

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "enum"
    old: Enum
    new: Enum
    usages: tuple[EnumUsage, ...] = ()

    def inverse(self) -> Change:
        return RebuildEnum(self.new, self.old, self.usages)

    @property
    def reversible(self) -> bool:
        return set(self.old.values) <= set(self.new.values)

    @property
    def key(self) -> str:
        return self.new.name


@dataclass(frozen=True)
class CreateSequence(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "sequence"
    sequence: Sequence  # without owned_by: ownership is an AlterSequence once the table exists

    def inverse(self) -> Change:
        return DropSequence(self.sequence)

    @property
    def key(self) -> str:
        return self.sequence.name


@dataclass(frozen=True)
class DropSequence(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "sequence"
    sequence: Sequence

    def inverse(self) -> Change:
        return CreateSequence(self.sequence)

    @property
    def key(self) -> str:
        return self.sequence.name


@dataclass(frozen=True)
class AlterSequence(Change):
    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "sequence"
    old: Sequence
    new: Sequence

    def inverse(self) -> Change:
        return AlterSequence(self.new, self.old)

    @property
    def key(self) -> str:
        return self.new.name


@dataclass(frozen=True)
class CreateView(Change):
    op: ClassVar[str] = "create"
    entity: ClassVar[str] = "view"
    view: View

    def inverse(self) -> Change:
        return DropView(self.view)

    @property
    def key(self) -> str:
        return self.view.name


@dataclass(frozen=True)
class DropView(Change):
    op: ClassVar[str] = "drop"
    entity: ClassVar[str] = "view"
    view: View

    def inverse(self) -> Change:
        return CreateView(self.view)

    @property
    def key(self) -> str:
        return self.view.name


# --- comments and tags ---------------------------------------------------------------


@dataclass(frozen=True)
class SetComment(Change):
    """COMMENT ON … (PostgreSQL) / the clause that carries it (MySQL).

    ``target``: table | column | index | constraint | view | view_column | enum | sequence.
    ``table`` names the owning table for column/index/constraint comments, and
    the view for view_column comments.
    MySQL restates a whole column (or index) to change its comment, so
    ``column``/``index`` carry the object as it is right after this change.
    """

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "comment"
    target: str
    name: str
    old: Optional[str]
    new: Optional[str]
    table: Optional[str] = None
    column: Optional[Column] = None
    index: Optional[Index] = None

    def inverse(self) -> Change:
        column = self.column.model_copy(update={"comment": self.old}) if self.column else None
        index = self.index.model_copy(update={"comment": self.old}) if self.index else None
        return replace(self, old=self.new, new=self.old, column=column, index=index, implied=False)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.name}" if self.table else self.name


@dataclass(frozen=True)
class SetTags(Change):
    """Policy tags live in the ``sqlx_tags`` metadata table, never in comments.

    ``target``: table | column | view; ``name`` is ``table`` or ``table.column``.
    """

    op: ClassVar[str] = "alter"
    entity: ClassVar[str] = "tags"
    target: str
    name: str
    old: Tags
    new: Tags

    def inverse(self) -> Change:
        return replace(self, old=self.new, new=self.old, implied=False)

    @property
    def key(self) -> str:
        return self.name


# --- objects replayed from the server's own DDL (functions, triggers, extensions) ---------


@dataclass(frozen=True)
class CreateObject(Change):
    """An object the model does not break down, created from the statement its
    server printed (``Opaque.ddl``); its entity is its kind (function, trigger…)."""

    op: ClassVar[str] = "create"
    obj: Opaque

    @property
    def entity(self) -> str:  # type: ignore[override]
        return self.obj.kind

    def inverse(self) -> Change:
        return DropObject(self.obj)

    @property
    def key(self) -> str:
        return self.obj.name


@dataclass(frozen=True)
class DropObject(Change):
    op: ClassVar[str] = "drop"
    obj: Opaque

    @property
    def entity(self) -> str:  # type: ignore[override]
        return self.obj.kind

    def inverse(self) -> Change:
        return CreateObject(self.obj)

    @property
    def reversible(self) -> bool:
        return self.obj.kind != "partition"  # its rows go with it

    @property
    def key(self) -> str:
        return self.obj.name


@dataclass(frozen=True)
class ReplaceObject(Change):
    """A function whose definition changed: ``CREATE OR REPLACE`` keeps what
    depends on it (triggers, defaults, views) in place."""

    op: ClassVar[str] = "alter"
    old: Opaque
    new: Opaque

    @property
    def entity(self) -> str:  # type: ignore[override]
        return self.new.kind

    def inverse(self) -> Change:
        return ReplaceObject(self.new, self.old)

    @property
    def key(self) -> str:
        return self.new.name


ALL_CHANGES: tuple[type[Change], ...] = (
    CreateTable, DropTable, RenameTable, AlterTableOptions, AlterTableParams, SetTableLogged,
    AddColumn, DropColumn, RenameColumn, AlterColumn,
    AddPrimaryKey, DropPrimaryKey, AddUnique, DropUnique,
    AddForeignKey, DropForeignKey, AddCheck, DropCheck,
    CreateIndex, DropIndex,
    CreateEnum, DropEnum, AddEnumValue, RenameEnumValue, RebuildEnum,
    CreateSequence, DropSequence, AlterSequence,
    CreateView, DropView,
    SetComment, SetTags,
    CreateObject, DropObject, ReplaceObject,
)
