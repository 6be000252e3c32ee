"""The light AST the parser builds: plain slotted dataclasses with positions.

No pydantic here: ``sqlxc check`` works on this tree only. Each node keeps
``line``/``col`` (1-based) and ``end`` (the column just past its first line's
text, for the caret) plus the file it came from, so every diagnostic can point
at the author's own text. ``resolve`` fills the ``r_*`` fields from the
decorators and options; ``build`` turns the resolved tree into AIR.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True, repr=False, eq=False)
class Pos:
    file: str
    line: int
    col: int
    end: int = 0  # column just past the token on its line (0 = one caret)
    end_line: int = 0


@dataclass(slots=True, repr=False, eq=False)
class Value:
    """A value in a decorator, option or block.

    kind: str (a quoted string), num, name (a bare or backticked word),
    ref (``a.b``), call (``f(...)``), sql (``(...)``)."""

    kind: str
    text: str
    pos: Pos
    ref: tuple[str, str] = ("", "")


@dataclass(slots=True, repr=False, eq=False)
class Arg:
    key: str | None
    value: Value
    pos: Pos


@dataclass(slots=True, repr=False, eq=False)
class Decorator:
    name: str
    args: list[Arg]
    pos: Pos
    has_parens: bool = False


@dataclass(slots=True, repr=False, eq=False)
class Expr:
    """SQL text verbatim from the source. kind: text, call, paren, triple, dq."""

    text: str
    kind: str
    pos: Pos


@dataclass(slots=True, repr=False, eq=False)
class Ident:
    name: str
    pos: Pos


@dataclass(slots=True, repr=False, eq=False)
class TypeRef:
    name: str
    pos: Pos
    args: list[int | str | tuple] = field(default_factory=list)  # int, str (quoted), ("words", "day to second")
    arg_kinds: list[str] = field(default_factory=list)
    unsigned: bool = False
    zerofill: bool = False
    array: int = 0


@dataclass(slots=True, repr=False, eq=False)
class FkSpec:
    ref_table: Ident
    ref_columns: list[Ident]
    on_delete: str | None = None
    on_delete_columns: list[Ident] = field(default_factory=list)
    on_update: str | None = None
    on_update_columns: list[Ident] = field(default_factory=list)
    match: str | None = None
    deferrable: bool = False
    initially_deferred: bool = False
    not_valid: bool = False
    comment: str | None = None


@dataclass(slots=True, repr=False, eq=False)
class Column:
    name: Ident
    type: TypeRef
    pos: Pos
    nullable: bool = False
    default: Expr | None = None
    inline_fk: FkSpec | None = None
    inline_fk_pos: Pos | None = None
    generated: Expr | None = None
    generated_kind: str | None = None
    decorators: list[Decorator] = field(default_factory=list)
    # filled by resolve
    r: dict = field(default_factory=dict)


@dataclass(slots=True, repr=False, eq=False)
class PrimaryKeyDef:
    name: Ident | None
    columns: list[Ident]
    pos: Pos
    include: list[Ident] = field(default_factory=list)
    comment: str | None = None


@dataclass(slots=True, repr=False, eq=False)
class UniqueDef:
    name: Ident | None
    columns: list[Ident]
    pos: Pos
    include: list[Ident] = field(default_factory=list)
    nulls_not_distinct: bool = False
    deferrable: bool = False
    initially_deferred: bool = False
    comment: str | None = None
    from_column: bool = False  # @unique


@dataclass(slots=True, repr=False, eq=False)
class IndexKeyDef:
    pos: Pos
    column: Ident | None = None
    expr: Expr | None = None
    length: int | None = None
    desc: bool = False
    asc: bool = False  # written explicitly (kept by fmt)
    nulls: str | None = None  # first | last
    opclass: str | None = None
    collation: str | None = None


@dataclass(slots=True, repr=False, eq=False)
class IndexDef:
    name: Ident | None
    keys: list[IndexKeyDef]
    pos: Pos
    unique: bool = False
    using: Ident | None = None
    where: Expr | None = None
    include: list[Ident] = field(default_factory=list)
    params: list[tuple[Ident, Value | None]] = field(default_factory=list)
    nulls_not_distinct: bool = False
    invisible: bool = False
    comment: str | None = None


@dataclass(slots=True, repr=False, eq=False)
class ForeignKeyDef:
    name: Ident | None
    columns: list[Ident]
    spec: FkSpec
    pos: Pos
    inline: bool = False


@dataclass(slots=True, repr=False, eq=False)
class CheckDef:
    name: Ident | None
    expr: Expr
    pos: Pos
    no_inherit: bool = False
    not_valid: bool = False
    comment: str | None = None
    attached: bool = False  # written on its column's line: a column check (MariaDB keeps them apart)
    start: int = 0  # offset of the keyword


@dataclass(slots=True, repr=False, eq=False)
class DialectBlock:
    dialect: str
    items: list[tuple[Ident, Value | None]]
    pos: Pos


@dataclass(slots=True, repr=False, eq=False)
class TableParams:
    """``with (k = v, …)``: PostgreSQL storage parameters, in written order."""

    items: list[tuple[Ident, Value | None]]
    pos: Pos


TableItem = Column | PrimaryKeyDef | UniqueDef | IndexDef | ForeignKeyDef | CheckDef | TableParams | DialectBlock


@dataclass(slots=True, repr=False, eq=False)
class TableDef:
    name: Ident
    items: list
    decorators: list[Decorator]
    pos: Pos
    close: int = 0  # offset of the closing brace (fmt places comments with it)
    r: dict = field(default_factory=dict)


@dataclass(slots=True, repr=False, eq=False)
class EnumDef:
    name: Ident
    labels: list[Ident]
    decorators: list[Decorator]
    pos: Pos
    r: dict = field(default_factory=dict)


@dataclass(slots=True, repr=False, eq=False)
class ViewDef:
    name: Ident
    columns: list[Ident]
    body: Expr
    decorators: list[Decorator]
    pos: Pos
    r: dict = field(default_factory=dict)


@dataclass(slots=True, repr=False, eq=False)
class SequenceDef:
    name: Ident
    items: list[tuple[Ident, Value | None]]
    decorators: list[Decorator]
    pos: Pos
    r: dict = field(default_factory=dict)


@dataclass(slots=True, repr=False, eq=False)
class RawDef:
    """``@depends(t) postgres trigger "t.tr" = '''CREATE …'''`` (in triple double
    quotes): an object kept as one server's statement (functions, triggers, extensions…)."""

    dialect: str
    kind: Ident
    name: Ident
    body: Expr
    decorators: list[Decorator]
    pos: Pos
    r: dict = field(default_factory=dict)


@dataclass(slots=True, repr=False, eq=False)
class Comment:
    text: str
    line: int
    col: int
    offset: int = 0


@dataclass(slots=True, repr=False, eq=False)
class File:
    """One parsed source file."""

    name: str
    text: str
    objects: list
    comments: list[Comment] = field(default_factory=list)
    expr_spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) offsets of SQL text
