"""A neutral schema -> MySQL/MariaDB AIR, exactly as introspection would read
the database that plain DDL of it builds.

Names left out get the server's own: ``PRIMARY``; an index is named after its
first column (``_2``, ``_3``… when taken); ``<table>_ibfk_<n>`` for foreign
keys; ``CONSTRAINT_<n>`` (MariaDB) or ``<table>_chk_<n>`` (MySQL) for checks;
and the index the server adds for a foreign key no index leads with. Enums are
inlined, unique constraints become unique indexes, every string column carries
its absolute charset and collation. Anything the server cannot express is
collected and raised as one ``UnsupportedError`` naming every object.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlxc.air.model import (
    Check,
    Column,
    ForeignKey,
    Identity,
    Index,
    IndexKey,
    MySQLTableOptions,
    PrimaryKey,
    Schema,
    Sequence,
    Table,
    Type,
    View,
)
from sqlxc.dialects.base import objects_for
from sqlxc.dialects.mysql_exprs import default_printed, expression_printed, now_sql, view_printed
from sqlxc.dialects.mysql_types import LOWERED, NATIVE, SERIALS, STRING_TYPES, charset_of, normalize
from sqlxc.errors import Diagnostic, UnsupportedError

if TYPE_CHECKING:
    from sqlxc.dialects.mysql import MySQLDialect

# the database defaults a schema is assumed to be built in (MariaDB 10.11 as packaged)
DEFAULT_COLLATION = "utf8mb4_general_ci"
DEFAULT_ENGINE = "innodb"
# charset -> its default collation
CHARSET_COLLATION = {
    "utf8mb4": "utf8mb4_general_ci", "utf8mb3": "utf8mb3_general_ci", "utf8": "utf8mb3_general_ci",
    "latin1": "latin1_swedish_ci", "ascii": "ascii_general_ci", "binary": "binary",
    "ucs2": "ucs2_general_ci", "utf16": "utf16_general_ci", "utf32": "utf32_general_ci",
}
NO_INDEX_METHODS = frozenset({"gin", "gist", "brin", "spgist"})


class _Problems:
    def __init__(self) -> None:
        self.items: list[Diagnostic] = []

    def add(self, obj: str, message: str, hint: str | None = None) -> None:
        self.items.append(Diagnostic(code="E701", message=message, object=obj, hint=hint))


def lower(schema: Schema, dialect: MySQLDialect) -> Schema:
    if schema.dialect == "mysql":
        return schema
    problems = _Problems()
    enums = {e.name: e for e in schema.enums}
    for e in schema.enums:
        if e.comment is not None:
            problems.add(f"enum {e.name}", "MySQL enums are inline column types and keep no comment")
    for s in schema.sequences:
        _sequence(s, dialect, problems)
    tables = tuple(_table(t, enums, dialect, problems) for t in schema.tables)
    columns = {t.name: [c.name for c in t.columns] for t in tables}
    views = tuple(_view(v, columns, problems) for v in schema.views)
    if problems.items:
        raise UnsupportedError(
            f"{len(problems.items)} object(s) cannot be expressed on MySQL/MariaDB: "
            + "; ".join(f"{d.object}: {d.message}" for d in problems.items),
            diagnostics=tuple(problems.items),
        )
    return Schema(dialect="mysql", tables=tables, views=views, sequences=schema.sequences,
                  opaque=objects_for(schema, "mysql"))


def _sequence(s: Sequence, dialect: MySQLDialect, problems: _Problems) -> None:
    """MariaDB (10.3+) has bigint sequences of its own; MySQL has none."""
    where = f"sequence {s.name}"
    if not dialect.mariadb:
        problems.add(where, "MySQL has no sequences", hint="use an @auto column instead")
    elif s.type is not None:
        problems.add(where, f"MariaDB sequences are bigint, not {s.type}")
    elif s.owned_by is not None:
        problems.add(where, "MariaDB sequences belong to no column (OWNED BY)")


# --- tables ---------------------------------------------------------------------------------


def _table(t: Table, enums: dict, dialect: MySQLDialect, problems: _Problems) -> Table:
    if t.partition_by:
        problems.add(f"table {t.name}", "MySQL partitioning is not modelled by .sqlx (@partition_by is PostgreSQL's)")
    if t.unlogged:
        problems.add(f"table {t.name}", "MySQL has no unlogged tables (@unlogged is PostgreSQL's)")
    if t.params:
        problems.add(f"table {t.name}", "MySQL tables have no storage parameters (with (…))",
                     hint="use a mysql { … } block for MySQL table options")
    options = _options(t.mysql)
    if options and options.system_versioned and not dialect.mariadb:
        problems.add(f"table {t.name}", "MySQL has no system-versioned tables (MariaDB's WITH SYSTEM VERSIONING)")
    collation = (options.collation if options else None) or DEFAULT_COLLATION
    columns = tuple(_column(t.name, c, enums, collation, dialect, problems) for c in t.columns)
    if t.primary_key:  # primary key columns are NOT NULL whatever was written
        pk_cols = set(t.primary_key.columns)
        columns = tuple(c.model_copy(update={"nullable": False}) if c.name in pk_cols else c for c in columns)
    pk = None
    if t.primary_key:
        if t.primary_key.include:
            problems.add(f"primary key of {t.name}", "MySQL primary keys have no INCLUDE columns")
        # the comment is the PRIMARY index's own (STATISTICS.INDEX_COMMENT)
        pk = PrimaryKey(name="PRIMARY", columns=t.primary_key.columns, comment=t.primary_key.comment or None)
    taken = set()
    indexes = []
    for u in t.uniques:
        if u.include or u.nulls_not_distinct or u.deferrable or u.comment:
            problems.add(f"unique {t.name}.{u.name or ','.join(u.columns)}",
                         "MySQL unique keys have no INCLUDE, NULLS NOT DISTINCT, DEFERRABLE or comment")
        indexes.append(Index(name=u.name, keys=tuple(IndexKey(column=c) for c in u.columns), unique=True))
    default_method = "hash" if options and (options.engine or "").lower() in ("memory", "heap") else "btree"
    for i in t.indexes:
        indexes.append(_index(t.name, i, default_method, problems))
    indexes = _name_indexes(indexes, taken)
    fks = _foreign_keys(t, problems)
    indexes = _fk_indexes(fks, t.foreign_keys, pk, indexes, taken)
    checks = _checks(t, dialect, problems)
    return Table(
        name=t.name,
        columns=columns,
        primary_key=pk,
        indexes=tuple(sorted(indexes, key=lambda i: i.name)),
        foreign_keys=tuple(sorted(fks, key=lambda f: f.name)),
        checks=tuple(sorted(checks, key=lambda c: c.name)),
        comment=t.comment or None,
        mysql=options,
        tags=t.tags,
        renamed_from=t.renamed_from,  # the differ's rename hint must survive lowering
    )


def _options(o: MySQLTableOptions | None) -> MySQLTableOptions | None:
    if o is None:
        return None
    collation = o.collation or (CHARSET_COLLATION.get(o.charset.lower()) if o.charset else None)
    if collation == DEFAULT_COLLATION:
        collation = None
    out = MySQLTableOptions(
        engine=None if not o.engine or o.engine.lower() == DEFAULT_ENGINE else o.engine,
        charset=charset_of(collation),
        collation=collation,
        row_format=o.row_format.upper() if o.row_format else None,
        create_options=tuple(sorted((k.lower(), v) for k, v in o.create_options)),
        system_versioned=o.system_versioned,
    )
    return None if out == MySQLTableOptions() else out


def _type(where: str, t: Type, enums: dict, problems: _Problems) -> tuple[Type, bool]:
    """(lowered type, is it an auto-increment serial)."""
    if t.array:
        problems.add(where, "MySQL has no array types", hint="use json")
        return Type(name="json"), False
    if t.name in enums:
        return Type(name="enum", values=enums[t.name].values), False
    if t.name in SERIALS:
        return Type(name="bigint" if t.name == "bigserial" else "integer"), True
    if t.name in LOWERED:
        return LOWERED[t.name], False
    if t.name not in NATIVE and t.name != "boolean":
        problems.add(where, f"type {t.name} does not exist on MySQL/MariaDB")
        return Type(name="text"), False
    if t.fields:
        problems.add(where, "MySQL has no interval fields")
    return normalize(t.model_copy(update={"fields": None, "array": 0})), False


def _column(table: str, c: Column, enums: dict, table_collation: str, dialect: MySQLDialect,
            problems: _Problems) -> Column:
    where = f"column {table}.{c.name}"
    t, serial = _type(where, c.type, enums, problems)
    if t.name == "uuid" and not dialect.mariadb:
        t = Type(name="char", args=(36,))
    identity = None
    if c.identity is not None or serial:
        i = c.identity or Identity()
        if i.always or i.increment not in (None, 1) or i.minvalue is not None or i.maxvalue is not None or i.cycle:
            problems.add(where, "AUTO_INCREMENT has no ALWAYS, INCREMENT, MINVALUE, MAXVALUE or CYCLE options")
        identity = Identity()
    charset = collation = None
    if t.name in STRING_TYPES:
        collation = c.collation or (CHARSET_COLLATION.get(c.charset.lower()) if c.charset else None) or table_collation
        charset = charset_of(collation)
    scale = t.args[1] if t.name == "numeric" and len(t.args) > 1 else None
    default = None
    if c.default is not None and identity is None:
        default = default_printed(c.default, t.name, scale, where)
    generated = c.generated
    if generated is not None:
        generated = generated.model_copy(update={"expr": expression_printed(generated.expr, where)})
        default = None
    on_update = None
    if c.on_update is not None:
        on_update = now_sql(c.on_update)
        if on_update is None:
            problems.add(where, "ON UPDATE takes only CURRENT_TIMESTAMP on MySQL/MariaDB")
    return Column(
        name=c.name, type=t, nullable=c.nullable, default=default,
        identity=identity, generated=generated, collation=collation, charset=charset,
        on_update=on_update, invisible=c.invisible, compressed=c.compressed, srid=c.srid,
        check=expression_printed(c.check, where) if c.check else None, comment=c.comment or None, tags=c.tags,
        renamed_from=c.renamed_from,  # the differ's rename hint must survive lowering
    )


def _index(table: str, i: Index, default_method: str, problems: _Problems) -> Index:
    where = f"index {table}.{i.name or ','.join(k.column or '(expr)' for k in i.keys)}"
    if i.where:
        problems.add(where, "MySQL has no partial indexes", hint="drop the where clause or the index")
    if i.include:
        problems.add(where, "MySQL indexes have no INCLUDE columns")
    if i.nulls_not_distinct or i.params:
        problems.add(where, "MySQL indexes have no NULLS NOT DISTINCT or storage parameters")
    if i.method in NO_INDEX_METHODS:
        problems.add(where, f"MySQL has no {i.method} indexes")
    keys = []
    for k in i.keys:
        if k.opclass or k.collation or k.nulls_first is not None:
            problems.add(where, "MySQL index keys have no operator class, collation or NULLS FIRST/LAST")
        expr = expression_printed(k.expr, where) if k.expr else None
        keys.append(IndexKey(column=k.column, expr=expr, desc=k.desc, length=k.length))
    method = None if i.method in (None, default_method) or i.method in NO_INDEX_METHODS else i.method
    return Index(name=i.name, keys=tuple(keys), unique=i.unique, method=method, invisible=i.invisible,
                 comment=i.comment or None)


def _name_indexes(indexes: list[Index], taken: set[str]) -> list[Index]:
    """Fill in the server's names: the first column's, then ``_2``, ``_3``… when taken."""
    taken.update(i.name for i in indexes if i.name)
    out = []
    for i in indexes:
        if i.name is None:
            i = i.model_copy(update={"name": _free(i.keys[0].column or "functional_index", taken)})
        out.append(i)
    return out


def _free(base: str, taken: set[str]) -> str:
    name, n = base, 2
    while name in taken or name == "PRIMARY":
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def _foreign_keys(t: Table, problems: _Problems) -> list[ForeignKey]:
    out, n = [], 0
    for fk in t.foreign_keys:
        where = f"foreign key {t.name}.{fk.name or ','.join(fk.columns)}"
        if fk.match or fk.deferrable or fk.not_valid or fk.on_delete_columns or fk.comment:
            problems.add(where, "MySQL foreign keys have no MATCH, DEFERRABLE, NOT VALID, SET NULL (cols) or comment")
        name = fk.name
        if name is None:
            n += 1
            name = f"{t.name}_ibfk_{n}"
        out.append(ForeignKey(
            name=name, columns=fk.columns, ref_table=fk.ref_table, ref_columns=fk.ref_columns,
            on_delete=None if fk.on_delete == "restrict" else fk.on_delete,
            on_update=None if fk.on_update == "restrict" else fk.on_update,
        ))
    return out


def _fk_indexes(fks: list[ForeignKey], declared: tuple[ForeignKey, ...], pk: PrimaryKey | None,
                indexes: list[Index], taken: set[str]) -> list[Index]:
    """The index the server adds for each FK that no index (or the PK) leads with."""
    leads = [tuple(pk.columns)] if pk else []
    leads += [tuple(k.column for k in i.keys) for i in indexes]
    out = list(indexes)
    for fk, spelled in zip(fks, declared):
        cols = tuple(fk.columns)
        if any(lead[:len(cols)] == cols for lead in leads):
            continue
        name = _free(spelled.name if spelled.name else cols[0], taken)
        out.append(Index(name=name, keys=tuple(IndexKey(column=c) for c in cols)))
        leads.append(cols)
    return out


def _checks(t: Table, dialect: MySQLDialect, problems: _Problems) -> list[Check]:
    out, n = [], 0
    for c in t.checks:
        where = f"check {t.name}.{c.name or c.expr}"
        if c.no_inherit or c.not_valid or c.comment:
            problems.add(where, "MySQL checks have no NO INHERIT, NOT VALID or comment")
        name = c.name
        if name is None:
            n += 1
            name = f"CONSTRAINT_{n}" if dialect.mariadb else f"{t.name}_chk_{n}"
        out.append(Check(name=name, expr=expression_printed(c.expr, where)))
    return out


def _view(v: View, columns: dict[str, list[str]], problems: _Problems) -> View:
    where = f"view {v.name}"
    if v.security_barrier:
        problems.add(where, "MySQL has no security_barrier views")
    if v.comment:
        problems.add(where, "MySQL views keep no comment")
    if v.column_comments:
        problems.add(where, "MySQL views keep no column comments")
    return View(name=v.name, definition=view_printed(v.definition, columns, where, v.columns), columns=(),
                check_option=v.check_option, security_invoker=v.security_invoker, algorithm=v.algorithm,
                tags=v.tags)
