"""Risk of one change, per dialect: ``safe | risky | experimental`` with stable
rule codes and a one-line reason each (deterministic rules, no model).

The rules cover what Atlas's analyzers (destructive changes DS, data-dependent
MF, backward-incompatible BC), Squawk and pg-schema-diff's hazards report for
the object kinds sqlxc has:

* DS — data loss: drop table/column/primary key; BC — breaks running clients:
  renames, dropped views; MF — may fail on existing data: NOT NULL, unique,
  check, foreign key, primary key on an existing table.
* LS — lossy type changes (narrowing, casts between families).
* PG — PostgreSQL locking and rewrites: index builds without CONCURRENTLY,
  validation scans (suggest ``NOT VALID`` + ``VALIDATE``), table rewrites.
* MY — MySQL/MariaDB ``ALTER TABLE`` that cannot use INSTANT/INPLACE.
* EN — enum value removal and type rebuilds; PI — personal data not governed.

``assess(change, dialect)`` is what the plan builder calls per change.
``created_tables`` names tables the same plan creates, so that building an
index on a brand-new (empty) table is not reported as a locking hazard; use
``assess_all`` to have it computed.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlxc.air.model import Column, Type
from sqlxc.dialects.postgres_partitions import bound_changes
from sqlxc.diff import changes as ch
from sqlxc.plan.model import Risk, RiskLevel, RiskReason

_LEVELS: tuple[RiskLevel, ...] = ("safe", "risky", "experimental")


@dataclass(frozen=True)
class Finding:
    code: str
    level: RiskLevel
    message: str


@dataclass(frozen=True)
class Context:
    dialect: str  # postgres | mysql
    flavor: str  # postgres | mysql | mariadb
    version: tuple[int, ...]
    created_tables: frozenset[str]
    concurrent: bool = False  # the dialect renders this index build/drop CONCURRENTLY
    pii_tagged: frozenset[str] = frozenset()  # table.column tagged @pii by a SetTags step of the plan

    def existing(self, table: str | None) -> bool:
        return table is not None and table not in self.created_tables


# --- types: widen, narrow or cast ------------------------------------------------------

_INT_RANK = {"tinyint": 1, "smallint": 2, "smallserial": 2, "mediumint": 3, "integer": 4, "serial": 4,
             "bigint": 5, "bigserial": 5}
_TEXT_CAP = {"tinytext": 255, "text": 65535, "mediumtext": 16777215, "longtext": 4294967295, "citext": None}
_BLOB_CAP = {"tinyblob": 255, "blob": 65535, "mediumblob": 16777215, "longblob": 4294967295, "bytea": None}
_FLOAT_RANK = {"real": 1, "double": 2}
_FSP = {"time", "timetz", "timestamp", "timestamptz", "interval"}
INF = float("inf")


def _capacity(t: Type, caps: dict[str, int | None], sized: tuple[str, ...]) -> float:
    if t.name in sized:
        return t.args[0] if t.args else (1 if t.name in ("char", "binary") else INF)
    cap = caps[t.name]
    if t.name == "text" and t.args:
        return t.args[0]
    return INF if cap is None else cap


def _family(t: Type) -> str:
    if t.array:
        return "array"
    if t.name in _INT_RANK:
        return "int"
    if t.name in ("char", "varchar") or t.name in _TEXT_CAP:
        return "string"
    if t.name in ("binary", "varbinary") or t.name in _BLOB_CAP:
        return "binary"
    if t.name in _FLOAT_RANK:
        return "float"
    return t.name


def type_change(old: Type, new: Type, dialect: str = "postgres") -> str:
    """``same``, ``widen``, ``narrow`` (values may no longer fit) or ``cast``
    (a conversion between families that rows may fail)."""
    if old == new:
        return "same"
    fam = _family(old)
    if fam != _family(new) or old.array != new.array:
        return "cast"
    if old.unsigned != new.unsigned and fam == "int":
        return "narrow" if new.unsigned else ("widen" if _INT_RANK[new.name] > _INT_RANK[old.name] else "narrow")
    compare: Callable[[Type], Any]
    if fam == "int":
        compare = lambda t: _INT_RANK[t.name]
    elif fam == "string":
        caps = dict(_TEXT_CAP, text=None if dialect == "postgres" else 65535)
        compare = lambda t: _capacity(t, caps, ("char", "varchar"))
    elif fam == "binary":
        compare = lambda t: _capacity(t, _BLOB_CAP, ("binary", "varbinary"))
    elif fam == "float":
        compare = lambda t: _FLOAT_RANK[t.name]
    elif fam == "numeric":
        return _numeric_change(old, new)
    elif fam in _FSP:
        compare = lambda t: t.args[0] if t.args else 6
    elif fam in ("enum", "set"):
        return "widen" if set(old.values) <= set(new.values) else "narrow"
    else:
        return "cast"
    a, b = compare(old), compare(new)
    return "narrow" if b < a else "widen"


def _numeric_change(old: Type, new: Type) -> str:
    if not new.args:
        return "widen"
    if not old.args:
        return "narrow"
    p0, s0 = old.args[0], (old.args[1] if len(old.args) > 1 else 0)
    p1, s1 = new.args[0], (new.args[1] if len(new.args) > 1 else 0)
    return "narrow" if s1 < s0 or (p1 - s1) < (p0 - s0) else "widen"


def narrows(old: Type, new: Type, dialect: str = "postgres") -> bool:
    return type_change(old, new, dialect) == "narrow"


# PostgreSQL changes a column's type without rewriting the table only when the
# old type is binary-coercible to the new one.
def _pg_rewrites(old: Type, new: Type) -> bool:
    if old.name == new.name == "varchar" or (old.name == "varchar" and new.name == "text"):
        return bool(new.args) and bool(old.args) and new.args[0] < old.args[0]
    if old.name == new.name == "numeric":
        return _numeric_change(old, new) == "narrow" or (len(old.args) > 1 and len(new.args) > 1 and old.args[1] != new.args[1])
    if old.name == "text" and new.name == "varchar":
        return bool(new.args)
    if old.name == new.name and old.name in ("timestamp", "timestamptz", "time") and type_change(old, new) == "widen":
        return False
    return old != new


# --- the rules ----------------------------------------------------------------------------

Rule = Callable[[Any, Context], Iterable[Finding]]
_RULES: dict[type, list[Rule]] = {}


def rule(*kinds: type) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        for kind in kinds:
            _RULES.setdefault(kind, []).append(fn)
        return fn

    return register


def F(code: str, level: RiskLevel, message: str) -> Finding:
    return Finding(code, level, message)


@rule(ch.DropTable)
def _drop_table(c: ch.DropTable, ctx: Context):
    yield F("DS102", "risky", f"drops table {c.table.name} and every row in it")


@rule(ch.DropColumn)
def _drop_column(c: ch.DropColumn, ctx: Context):
    if c.column.generated is None:
        yield F("DS103", "risky", f"drops column {c.key} and its data; running clients that read it break")
    if ctx.dialect == "mysql" and not c.implied and not _at_least(ctx, (8, 0, 29), (10, 4)):
        yield _mysql_finding("INPLACE", f"dropping column {c.key}", ctx)


@rule(ch.DropPrimaryKey)
def _drop_pk(c: ch.DropPrimaryKey, ctx: Context):
    yield F("DS104", "risky", f"drops the primary key of {c.table}: rows lose their identity for replication and ORMs")
    if ctx.dialect == "mysql":
        yield F("MY101", "risky", f"{_flavor(ctx)} copies the whole table (ALGORITHM=COPY) to drop a primary key, blocking writes")


@rule(ch.DropView)
def _drop_view(c: ch.DropView, ctx: Context):
    yield F("BC104", "risky", f"drops view {c.view.name}: clients that query it break")


@rule(ch.DropObject)
def _drop_object(c: ch.DropObject, ctx: Context):
    if c.entity in ("function", "procedure", "trigger"):
        yield F("BC105", "risky", f"drops {c.entity} {c.key}: what the database did through it stops")
    if c.entity == "partition":
        yield F("DS102", "risky", f"drops partition {c.key} and every row in it")
    if c.entity == "partitioning":  # REMOVE PARTITIONING moves every row into one table
        yield _mysql_finding("COPY", f"removing the partitioning of {c.obj.name}", ctx)


@rule(ch.CreateObject)
def _create_object(c: ch.CreateObject, ctx: Context):
    if c.entity == "exclusion constraint" and ctx.existing(c.obj.depends_on[0] if c.obj.depends_on else None):
        table = c.obj.depends_on[0]
        yield F("MF108", "risky", f"exclusion constraint {c.key} is checked on every row of {table}, under an "
                "ACCESS EXCLUSIVE lock while its index is built: fails if existing rows conflict")
    if c.entity == "partitioning" and ctx.existing(c.obj.name):
        yield _mysql_finding("COPY", f"partitioning {c.obj.name}", ctx)


@rule(ch.ReplaceObject)
def _replace_object(c: ch.ReplaceObject, ctx: Context):
    if c.entity == "partition" and bound_changes(c.old, c.new):
        yield F("MF109", "risky", f"detaches partition {c.key} and attaches it again: its table is locked (ACCESS "
                "EXCLUSIVE for the detach) while every row is checked against the new bound; fails if one is outside")
    if c.entity in ("partition", "exclusion constraint"):
        return  # altered in place: its rows stay
    if c.entity == "partitioning":  # a table's rows move, its callers see no change
        yield _mysql_finding("COPY", f"repartitioning {c.new.name}", ctx)
        return
    yield F("BC106", "risky", f"replaces {c.entity} {c.key}: its callers get the new behaviour at once")


@rule(ch.RenameTable)
def _rename_table(c: ch.RenameTable, ctx: Context):
    yield F("BC101", "risky", f"renames table {c.old} to {c.new}: running clients that use the old name break")


@rule(ch.RenameColumn)
def _rename_column(c: ch.RenameColumn, ctx: Context):
    yield F("BC102", "risky", f"renames column {c.table}.{c.old} to {c.new}: running clients that use the old name break")


@rule(ch.RenameEnumValue)
def _rename_enum_value(c: ch.RenameEnumValue, ctx: Context):
    yield F("BC103", "risky", f"renames value {c.old!r} of enum {c.enum}: clients that write the old value fail")


@rule(ch.AddColumn)
def _add_column(c: ch.AddColumn, ctx: Context):
    col = c.column
    needs_value = not col.nullable and col.default is None and col.identity is None and col.generated is None
    if needs_value and ctx.existing(c.table):
        yield F("MF103", "risky", f"adds NOT NULL column {c.key} without a default: fails if {c.table} has rows")
    if ctx.dialect == "postgres" and ctx.existing(c.table):
        if col.identity is not None or col.type.name.endswith("serial") or (col.generated and col.generated.stored):
            yield F("PG103", "risky", f"adding {c.key} fills every row: rewrites {c.table} under an ACCESS EXCLUSIVE lock")
        elif col.default is not None and _volatile(col.default):
            yield F("PG103", "risky", f"volatile default of {c.key} is computed per row: rewrites {c.table} under an ACCESS EXCLUSIVE lock")
    if ctx.dialect == "mysql" and ctx.existing(c.table):
        algo = _mysql_add_column(col, c, ctx)
        if algo != "INSTANT":
            yield _mysql_finding(algo, f"adding column {c.key}", ctx)
    yield from _pii_untagged(c.key, col, ctx)


_VOLATILE = re.compile(r"\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval)\s*\(", re.IGNORECASE)


def _volatile(expr: str) -> bool:
    return bool(_VOLATILE.search(expr))


_PERSONAL = re.compile(
    r"(^|_)(e_?mail|phone|mobile|ssn|social_security|passport|birth_?date|date_of_birth|dob|"
    r"street|address|zip_?code|postcode|postal_code|iban|credit_card|card_number|first_name|last_name|"
    r"full_name|surname|ip_address|national_id|tax_id)($|_)",
    re.IGNORECASE,
)


def _pii_untagged(key: str, col: Column, ctx: Context) -> Iterable[Finding]:
    if col.tags.pii and not col.tags.sensitivity:
        yield F("PI101", "risky", f"{key} is @pii but has no @sensitivity: the policy cannot classify it")
    elif not col.tags.pii and key not in ctx.pii_tagged and _PERSONAL.search(col.name):
        yield F("PI102", "risky", f"the name of {key} suggests personal data but it is not tagged @pii")


@rule(ch.CreateTable)
def _create_table(c: ch.CreateTable, ctx: Context):
    for col in c.table.columns:
        yield from _pii_untagged(f"{c.table.name}.{col.name}", col, ctx)


@rule(ch.SetTags)
def _set_tags(c: ch.SetTags, ctx: Context):
    if c.old.pii and not c.new.pii:
        yield F("PI103", "risky", f"removes @pii from {c.name}: its data stops being governed and redacted")
    elif c.new.pii and not c.new.sensitivity:
        yield F("PI101", "risky", f"{c.name} is @pii but has no @sensitivity: the policy cannot classify it")


@rule(ch.AlterColumn)
def _alter_column(c: ch.AlterColumn, ctx: Context):
    old, new = c.old, c.new
    if "type" in c.facets:
        change = type_change(old.type, new.type, ctx.dialect)
        if change == "narrow":
            yield F("LS101", "risky", f"shrinks the type of {c.key}: values that do not fit are lost or refused (needs --force)")
        elif change == "cast":
            yield F("LS102", "experimental", f"converts {c.key} to another type family: rows that do not convert make it fail")
        if ctx.dialect == "postgres" and _pg_rewrites(old.type, new.type):
            yield F("PG110", "risky", f"changing the type of {c.key} rewrites {c.table} under an ACCESS EXCLUSIVE lock")
    if "nullable" in c.facets and old.nullable and not new.nullable:
        yield F("MF104", "risky", f"makes {c.key} NOT NULL: fails if a row holds NULL")
        if ctx.dialect == "postgres":
            yield F("PG111", "risky", f"SET NOT NULL scans {c.table} under an ACCESS EXCLUSIVE lock; "
                    "add a CHECK (… IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL")
    if c.facets & {"identity", "generated"}:
        yield F("LS103", "experimental", f"changes identity/generated of {c.key}: values are regenerated or frozen")
    if ctx.dialect == "mysql":
        algo = _mysql_alter_column(c, ctx)
        if algo != "INSTANT" and algo != "INPLACE":
            yield _mysql_finding(algo, f"altering column {c.key}", ctx)
        elif algo == "INPLACE" and c.facets & {"nullable", "type"}:
            yield F("MY102", "risky", f"{_flavor(ctx)} rebuilds {c.table} in place to alter {c.key} (concurrent DML allowed, heavy I/O)")


@rule(ch.CreateIndex)
def _create_index(c: ch.CreateIndex, ctx: Context):
    if not ctx.existing(c.table):
        return
    if c.index.unique:
        yield F("MF101", "risky", f"unique index {c.index.name} on {c.table} fails if existing rows hold duplicates")
    if ctx.dialect == "postgres" and not ctx.concurrent:
        yield F("PG101", "risky", f"CREATE INDEX {c.index.name} without CONCURRENTLY blocks writes to {c.table} while it builds")
    if ctx.dialect == "mysql" and (c.index.method or "") in ("fulltext", "spatial"):
        yield F("MY102", "risky", f"{_flavor(ctx)} builds {c.index.method} index {c.index.name} with a shared lock: writes to {c.table} wait")


@rule(ch.DropIndex)
def _drop_index(c: ch.DropIndex, ctx: Context):
    yield F("IX101", "risky", f"drops index {c.index.name}: queries on {c.table} that use it slow down")
    if ctx.dialect == "postgres" and not ctx.concurrent:
        yield F("PG102", "risky", f"DROP INDEX {c.index.name} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on {c.table}")


@rule(ch.AddUnique)
def _add_unique(c: ch.AddUnique, ctx: Context):
    if not ctx.existing(c.table):
        return
    yield F("MF101", "risky", f"unique constraint {c.unique.name} on {c.table} fails if existing rows hold duplicates")
    if ctx.dialect == "postgres":
        yield F("PG108", "risky", f"ADD UNIQUE builds its index under a lock on {c.table}; build it CONCURRENTLY and ADD CONSTRAINT … USING INDEX")


@rule(ch.AddPrimaryKey)
def _add_pk(c: ch.AddPrimaryKey, ctx: Context):
    if not ctx.existing(c.table):
        return
    yield F("MF102", "risky", f"primary key on {c.table} fails if existing rows hold NULLs or duplicates")
    if ctx.dialect == "postgres":
        yield F("PG107", "risky", f"ADD PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock on {c.table}; "
                "build a unique index CONCURRENTLY and ADD PRIMARY KEY USING INDEX")
    else:
        yield F("MY102", "risky", f"{_flavor(ctx)} rebuilds {c.table} in place to add a primary key (heavy I/O)")


@rule(ch.AddForeignKey)
def _add_fk(c: ch.AddForeignKey, ctx: Context):
    fk = c.fk
    if "cascade" in (fk.on_delete, fk.on_update):
        yield F("MF107", "risky", f"foreign key {fk.name} cascades: deleting/updating a {fk.ref_table} row changes {c.table} rows too")
    if not ctx.existing(c.table):
        return
    yield F("MF106", "risky", f"foreign key {fk.name} is checked against every row of {c.table}: fails on orphan rows")
    if ctx.dialect == "postgres" and not fk.not_valid:
        yield F("PG106", "risky", f"validating {fk.name} locks {c.table} and {fk.ref_table} during a full scan; "
                "add it NOT VALID, then VALIDATE CONSTRAINT")
    if ctx.dialect == "mysql":
        yield _mysql_finding("COPY", f"adding foreign key {fk.name} (with foreign_key_checks on)", ctx)


@rule(ch.AddCheck)
def _add_check(c: ch.AddCheck, ctx: Context):
    if not ctx.existing(c.table):
        return
    yield F("MF105", "risky", f"check {c.check.name} is evaluated on every row of {c.table}: fails on violating rows")
    if ctx.dialect == "postgres" and not c.check.not_valid:
        yield F("PG105", "risky", f"validating check {c.check.name} holds an ACCESS EXCLUSIVE lock on {c.table} during a full scan; "
                "add it NOT VALID, then VALIDATE CONSTRAINT")
    if ctx.dialect == "mysql":
        yield _mysql_finding("COPY", f"adding check {c.check.name}", ctx)


@rule(ch.RebuildEnum)
def _rebuild_enum(c: ch.RebuildEnum, ctx: Context):
    removed = [v for v in c.old.values if v not in c.new.values]
    if removed:
        yield F("EN101", "risky", f"removes value(s) {', '.join(map(repr, removed))} from enum {c.new.name}: rows holding them make it fail")
    tables = sorted({u.table for u in c.usages})
    where = f" and rewrites {', '.join(tables)}" if tables else ""
    yield F("EN102", "experimental", f"rebuilds enum {c.new.name} through text{where}")


@rule(ch.AddEnumValue)
def _add_enum_value(c: ch.AddEnumValue, ctx: Context):
    if ctx.dialect == "postgres" and ctx.version and ctx.version < (12,):
        yield F("PG112", "risky", f"ALTER TYPE {c.new.name} ADD VALUE cannot run inside a transaction block before PostgreSQL 12")


@rule(ch.SetTableLogged)
def _set_logged(c: ch.SetTableLogged, ctx: Context):
    how = "SET UNLOGGED" if c.new else "SET LOGGED writes every row to the WAL"
    yield F("PG113", "risky", f"{how}: it rewrites {c.table} under an ACCESS EXCLUSIVE lock")


@rule(ch.AlterTableOptions)
def _table_options(c: ch.AlterTableOptions, ctx: Context):
    old, new = c.old, c.new
    get = lambda o, k: getattr(o, k) if o is not None else None
    versioned = bool(get(old, "system_versioned")), bool(get(new, "system_versioned"))
    if versioned == (True, False):
        yield F("DS105", "risky", f"drops system versioning of {c.table} and every history row it kept")
    if versioned[0] != versioned[1] or any(get(old, k) != get(new, k) for k in ("engine", "charset", "collation")):
        yield _mysql_finding("COPY", f"changing the engine/character set/versioning of {c.table}", ctx)
    elif get(old, "row_format") != get(new, "row_format"):
        yield F("MY102", "risky", f"{_flavor(ctx)} rebuilds {c.table} in place to change its row format")


# --- MySQL online DDL ---------------------------------------------------------------------


def _flavor(ctx: Context) -> str:
    return "MariaDB" if ctx.flavor == "mariadb" else "MySQL"


def _mysql_finding(algorithm: str, what: str, ctx: Context) -> Finding:
    if algorithm == "INPLACE":
        return F("MY102", "risky", f"{_flavor(ctx)} rebuilds the table in place for {what} "
                 "(concurrent DML allowed, heavy I/O)")
    return F("MY101", "risky", f"{_flavor(ctx)} cannot use ALGORITHM=INSTANT/INPLACE for {what}: "
             "the table is copied and writes are blocked")


def _at_least(ctx: Context, mysql: tuple[int, ...], mariadb: tuple[int, ...]) -> bool:
    floor = mariadb if ctx.flavor == "mariadb" else mysql
    return not ctx.version or ctx.version >= floor


def _mysql_add_column(col: Column, c: ch.AddColumn, ctx: Context) -> str:
    if col.identity is not None or (col.generated and col.generated.stored):
        return "COPY"
    at_end = c.after is not None and not c.first  # appended after the current last column
    if _at_least(ctx, (8, 0, 29), (10, 4)) or (at_end and _at_least(ctx, (8, 0, 12), (10, 3))):
        return "INSTANT"
    return "INPLACE"


def _mysql_alter_column(c: ch.AlterColumn, ctx: Context) -> str:
    facets = c.facets
    if facets & {"identity", "generated", "charset", "collation", "compressed", "srid"}:
        return "COPY"
    if "type" in facets:
        old, new = c.old.type, c.new.type
        if old.name == new.name and old.name in ("enum", "set"):
            keeps_prefix = new.values[: len(old.values)] == old.values
            return "INSTANT" if keeps_prefix and len(new.values) <= 255 else "COPY"
        if old.name == new.name == "varchar" and old.args and new.args and new.args[0] >= old.args[0]:
            # INPLACE while the length prefix keeps its size (<=255 bytes or >255 bytes, utf8mb4 = 4 bytes/char)
            return "INPLACE" if (old.args[0] * 4 <= 255) == (new.args[0] * 4 <= 255) else "COPY"
        return "COPY"
    if "nullable" in facets:
        return "INPLACE"
    return "INSTANT"


# --- entry points -------------------------------------------------------------------------


def _context(dialect: Any, created_tables: Iterable[str], concurrent: bool, pii_tagged: Iterable[str] = ()) -> Context:
    name = getattr(dialect, "name", None) or str(dialect)
    name = {"postgresql": "postgres", "pg": "postgres", "mariadb": "mysql"}.get(name, name)
    server = getattr(dialect, "server", None)
    flavor = getattr(server, "flavor", None) or ("mariadb" if str(dialect) == "mariadb" else name)
    version = tuple(getattr(server, "version", ()) or ())
    return Context(name, flavor, version, frozenset(created_tables), concurrent, frozenset(pii_tagged))


def _renders_concurrently(change: ch.Change, dialect: Any) -> bool:
    """Does the dialect build/drop this index CONCURRENTLY? Asked of the
    rendered statement, so the risk follows what the plan will really run."""
    render = getattr(dialect, "render", None)
    if render is None:
        return False
    try:
        stmt = render(change)
    except Exception:  # noqa: BLE001 - a dialect that cannot render this is judged on the plain form
        return False
    return "CONCURRENTLY" in getattr(stmt, "sql", "").upper()


def assess(change: ch.Change, dialect: Any, *, created_tables: Iterable[str] = (),
           pii_tagged: Iterable[str] = ()) -> Risk:
    """The risk of one change for ``dialect`` (a Dialect or its name)."""
    if change.implied:
        return Risk()
    concurrent = isinstance(change, (ch.CreateIndex, ch.DropIndex)) and _renders_concurrently(change, dialect)
    ctx = _context(dialect, created_tables, concurrent, pii_tagged)
    findings: list[Finding] = []
    for fn in _RULES.get(type(change), ()):
        findings.extend(fn(change, ctx))
    return to_risk(findings)


def to_risk(findings: Iterable[Finding]) -> Risk:
    unique: dict[tuple[str, str], Finding] = {}
    for f in findings:
        unique.setdefault((f.code, f.message), f)
    ordered = sorted(unique.values(), key=lambda f: (f.code, f.message))
    level = max((f.level for f in ordered), key=_LEVELS.index, default="safe")
    return Risk(level=level, reasons=tuple(RiskReason(code=f.code, message=f.message) for f in ordered))


def assess_all(changes: Iterable[ch.Change], dialect: Any) -> list[Risk]:
    """``assess`` for every change of a plan, knowing which tables it creates
    and which columns a ``SetTags`` step of the same plan tags ``@pii`` (the
    differ tags new columns in a step of their own)."""
    changes = list(changes)
    created = {c.table.name for c in changes if isinstance(c, ch.CreateTable)}
    created |= {c.new for c in changes if isinstance(c, ch.RenameTable) and c.new in created}
    tagged = {c.name for c in changes if isinstance(c, ch.SetTags) and c.target == "column" and c.new.pii}
    return [assess(c, dialect, created_tables=created, pii_tagged=tagged) for c in changes]


# Every rule code with its level, for docs and explain (kept in sync by a test).
CODES: dict[str, str] = {
    "DS102": "drop table", "DS103": "drop column", "DS104": "drop primary key",
    "DS105": "drop system versioning",
    "BC101": "rename table", "BC102": "rename column", "BC103": "rename enum value", "BC104": "drop view",
    "BC105": "drop function or trigger", "BC106": "function replaced",
    "MF101": "unique on existing rows", "MF102": "primary key on existing rows",
    "MF103": "NOT NULL column without default", "MF104": "set NOT NULL", "MF105": "check on existing rows",
    "MF106": "foreign key on existing rows", "MF107": "cascading foreign key",
    "MF108": "exclusion constraint on existing rows",
    "MF109": "partition detached and attached again under a new bound",
    "LS101": "type shrink", "LS102": "type cast across families", "LS103": "identity/generated change",
    "PG101": "index without CONCURRENTLY", "PG102": "drop index without CONCURRENTLY",
    "PG103": "table rewrite on add column", "PG105": "check without NOT VALID",
    "PG106": "foreign key without NOT VALID", "PG107": "primary key index under lock",
    "PG108": "unique constraint index under lock", "PG110": "type change rewrites table",
    "PG111": "SET NOT NULL full scan", "PG112": "enum ADD VALUE outside transaction",
    "PG113": "table made logged or unlogged",
    "IX101": "index dropped",
    "MY101": "table copy (no INSTANT/INPLACE)", "MY102": "in-place rebuild or shared lock",
    "EN101": "enum value removal", "EN102": "enum rebuild",
    "PI101": "PII without sensitivity", "PI102": "untagged personal data", "PI103": "PII tag removed",
}
