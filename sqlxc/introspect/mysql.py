"""MySQL/MariaDB catalogs -> AIR (``Schema(dialect="mysql")``).

A fixed number of bulk queries (``mysql_queries``) over ``DATABASE()``.
Normalization (shared with ``MySQLDialect.lower`` through ``mysql_types``):

* types without what the server fills in by itself (display widths,
  ``decimal(10,0)``), ``tinyint(1)`` as ``boolean``, MariaDB's JSON (``longtext``
  with a ``json_valid`` column check and ``utf8mb4_bin``) as ``json``;
* defaults as the server prints them, an absent default or ``DEFAULT NULL`` as
  ``None``;
* table engine/collation ``None`` when they are the database's defaults, while
  every string column carries its absolute character set and collation (so that
  changing a table's default never silently changes what its columns hold);
* FK actions: an unspecified action reports RESTRICT and is ``None``; an
  explicit ``NO ACTION`` is ``"no action"``;
* MariaDB column-level checks become ``Column.check`` (they live and die with the
  column's definition); table-level checks are ``Check``.

MariaDB sequences are ``Sequence`` objects (options the server picks left out),
``WITH SYSTEM VERSIONING`` a table option and ``COMPRESSED`` and SRIDs column facets.
Objects the model cannot express (triggers, routines, events, partitioning, a
versioned table's own row start/end columns, application-time periods, a sequence
on another engine) become ``Opaque`` with a fingerprint; triggers, routines, events
and partitioning carry the statement that recreates them.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any, Optional

from sqlxc.air.model import (
    Check,
    Column,
    ForeignKey,
    Generated,
    Identity,
    Index,
    IndexKey,
    MySQLTableOptions,
    Opaque,
    PrimaryKey,
    Schema,
    Sequence,
    Table,
    Tags,
    Type,
    View,
    ddl_fingerprint,
)
from sqlxc.dialects.base import ServerInfo
from sqlxc.dialects.mysql_types import (
    SEQUENCE_CACHE,
    STRING_TYPES,
    charset_of,
    parse_type,
    quote_ident,
    sequence_bounds,
    string_literal,
)
from sqlxc.introspect import mysql_queries as Q
from sqlxc.introspect.tags import tags_from_rows

FK_ACTIONS = {"RESTRICT": None, "NO ACTION": "no action", "CASCADE": "cascade",
              "SET NULL": "set null", "SET DEFAULT": "set default"}
CHECK_OPTIONS = {"NONE": None, "LOCAL": "local", "CASCADED": "cascaded"}
ALGORITHMS = {"UNDEFINED": None, "MERGE": "merge", "TEMPTABLE": "temptable"}
INDEX_METHODS = {"BTREE": None, "HASH": "hash", "FULLTEXT": "fulltext", "SPATIAL": "spatial", "RTREE": "spatial"}
# the index type an engine uses when none is written (None in AIR)
ENGINE_INDEX = {"memory": "HASH", "heap": "HASH"}
# TABLE_TYPEs that are tables of the model (the others are views or opaque)
TABLE_TYPES = {"BASE TABLE", "SYSTEM VERSIONED"}
# MariaDB prints a compressed column's type as ``blob /*M!100301 COMPRESSED*/``
_COMPRESSED = re.compile(r"\s*/\*M!\d+ COMPRESSED\*/", re.IGNORECASE)
_ROW_PERIOD = ("ROW START", "ROW END")
_ON_UPDATE = re.compile(r"on update (current_timestamp(?:\(\d*\))?)", re.IGNORECASE)
_OPTION = re.compile(r"(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)=('(?:[^']|'')*'|\S+)")
_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?")


def server_info(conn: Any) -> ServerInfo:
    text = _fetch(conn, "SELECT VERSION() AS v")[0]["v"]
    m = _VERSION.match(text)
    version = tuple(int(x) for x in m.groups() if x is not None) if m else ()
    return ServerInfo(flavor="mariadb" if "mariadb" in text.lower() else "mysql", version=version)


def introspect(conn: Any) -> Schema:
    flavor = server_info(conn).flavor
    queries = {"DEFAULTS": Q.DEFAULTS, "TABLES": Q.TABLES, "COLUMNS": Q.COLUMNS,
               "FOREIGN_KEYS": Q.FOREIGN_KEYS, "VIEWS": Q.VIEWS, "TRIGGERS": Q.TRIGGERS,
               "ROUTINES": Q.ROUTINES, "PARAMETERS": Q.PARAMETERS, "EVENTS": Q.EVENTS, "PARTITIONS": Q.PARTITIONS,
               **Q.FLAVORED[flavor]}
    rows = {name: _fetch(conn, sql) for name, sql in queries.items()}
    defaults = rows["DEFAULTS"][0]
    tables_rows = [r for r in rows["TABLES"] if not _ours(r["name"])]
    names = {r["name"] for r in rows["TABLES"]}
    tags = _tags(conn) if "sqlx_tags" in names else {}
    by_table = {key: _group(rows[key]) for key in ("COLUMNS", "INDEXES", "FOREIGN_KEYS", "CHECKS", "SRIDS")}

    tables, opaque = [], []
    for table, periods in (_periods(conn, by_table["CHECKS"]) if flavor == "mariadb" else {}).items():
        # the server's own check of a period is the period's, not a table check
        by_table["CHECKS"][table] = [c for c in by_table["CHECKS"][table] if c["name"] not in periods]
        opaque += [Opaque(kind="application-time period", name=f"{table}.{name}", fingerprint=_fingerprint(text),
                          depends_on=(table,)) for name, text in periods.items()]
    for r in tables_rows:
        name = r["name"]
        if r["type"] in TABLE_TYPES:
            tables.append(_table(r, defaults, flavor, {k: v.get(name, []) for k, v in by_table.items()}, tags))
            opaque += _pk_method(name, by_table["INDEXES"].get(name, []), r["engine"])
            if r["type"] == "SYSTEM VERSIONED":
                opaque += _explicit_versioning(name, by_table["COLUMNS"].get(name, []))
    seq_rows = {r["name"]: r for r in tables_rows if r["type"] == "SEQUENCE"}
    sequences = [_sequence(seq_rows[r["name"]], r) for r in _sequence_definitions(conn, list(seq_rows))]
    opaque += [Opaque(kind="sequence engine", name=name, fingerprint=_fingerprint(r["engine"]))
               for name, r in seq_rows.items() if (r["engine"] or "").lower() != defaults["engine"].lower()]
    views = [_view(r, defaults["db"], tags) for r in rows["VIEWS"] if not _ours(r["name"])]
    opaque += _opaque(rows)
    opaque += _partitionings(conn, [r["tbl"] for r in rows["PARTITIONS"] if not _ours(r["tbl"])])
    return Schema(
        dialect="mysql",
        tables=tuple(tables),
        views=tuple(views),
        sequences=tuple(sorted(sequences, key=lambda s: s.name)),
        opaque=tuple(sorted(opaque, key=lambda o: (o.kind, o.name))),
    )


def _sequence_definitions(conn: Any, names: list[str]) -> list[dict]:
    """Each sequence's options, read from its own row (information_schema has no
    sequence table on MariaDB 10.11): one query for all of them."""
    if not names:
        return []
    return _fetch(conn, " UNION ALL ".join(
        f"SELECT {string_literal(n)} AS name, start_value, minimum_value, maximum_value, increment, cache_size, "
        f"cycle_option FROM {quote_ident(n)}" for n in names))


def _sequence(table: dict, r: dict) -> Sequence:
    """A MariaDB sequence with what CREATE SEQUENCE picks by itself left out
    (``sequence_bounds``), so a sequence written without it compares equal."""
    increment = int(r["increment"])
    lo, hi = sequence_bounds(increment)
    minvalue = None if int(r["minimum_value"]) == lo else int(r["minimum_value"])
    maxvalue = None if int(r["maximum_value"]) == hi else int(r["maximum_value"])
    first = int(r["minimum_value"]) if increment >= 0 else int(r["maximum_value"])
    return Sequence(
        name=r["name"],
        start=None if int(r["start_value"]) == first else int(r["start_value"]),
        increment=None if increment == 1 else increment,
        minvalue=minvalue,
        maxvalue=maxvalue,
        cache=None if int(r["cache_size"]) == SEQUENCE_CACHE else int(r["cache_size"]),
        cycle=bool(int(r["cycle_option"])),
        comment=_text(table["comment"]),
    )


def _ours(name: str) -> bool:
    return name.lower().startswith("sqlx_")


def _fetch(conn: Any, sql: str) -> list[dict]:
    cur = conn.cursor()
    cur.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _group(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r["table_name"]].append(r)
    return out


def _fingerprint(text: str | None) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()[:16]


def _text(value: Any) -> str | None:
    """Catalog text as str ('' -> None); some servers hand back bytes."""
    if isinstance(value, (bytes, bytearray)):
        value = value.decode("utf-8")
    return value or None


# --- policy tags -------------------------------------------------------------------------


def _tags(conn: Any) -> dict[tuple[str, str], Tags]:
    """Tags from the ``sqlx_tags`` metadata table: (kind, object) -> Tags."""
    return tags_from_rows(_fetch(conn, Q.TAGS))


# --- tables ----------------------------------------------------------------------------


def _table(r: dict, defaults: dict, flavor: str, parts: dict[str, list[dict]], tags: dict) -> Table:
    name = r["name"]
    col_checks = {c["name"]: _text(c["clause"]) for c in parts["CHECKS"] if c["column_level"]}
    col_names = {c["name"] for c in parts["COLUMNS"]}
    srids = {s["name"]: int(s["srid"]) for s in parts["SRIDS"]}
    columns = tuple(_column(c, flavor, col_checks.get(c["name"]), tags, name, defaults["db"], srids.get(c["name"]))
                    for c in parts["COLUMNS"])
    checks = tuple(Check(name=c["name"], expr=_text(c["clause"]))
                   for c in parts["CHECKS"] if not (c["column_level"] and c["name"] in col_names))
    pk, indexes = _indexes(parts["INDEXES"], ENGINE_INDEX.get((r["engine"] or "").lower(), "BTREE"))
    return Table(
        name=name,
        columns=columns,
        primary_key=pk,
        indexes=indexes,
        foreign_keys=_foreign_keys(parts["FOREIGN_KEYS"], defaults["db"]),
        checks=tuple(sorted(checks, key=lambda c: c.name)),
        comment=_text(r["comment"]),
        mysql=_options(r, defaults),
        tags=tags.get(("table", name), Tags()),
    )


# A MariaDB period's check (`s` < `e`, named after the period), and the period itself
# as SHOW CREATE TABLE prints it.
_PERIOD_CHECK = re.compile(r"^`(?:[^`]|``)+` < `(?:[^`]|``)+`$")
_PERIOD = re.compile(r"^\s*PERIOD FOR `((?:[^`]|``)+)` \((.*)\),?$", re.MULTILINE)


def _periods(conn: Any, checks: dict[str, list[dict]]) -> dict[str, dict[str, str]]:
    """MariaDB application-time periods (``PERIOD FOR p (s, e)``, with the keys
    ``… p WITHOUT OVERLAPS``), per table: name -> what defines it, the definitions of
    its two columns included (a plan that changes them must not go ahead: both must
    keep one type). information_schema shows a period only as a check named after
    it, which a user's check may look like, so only a table holding such a check is
    asked for its SHOW CREATE TABLE."""
    out: dict[str, dict[str, str]] = {}
    for table, rows in checks.items():
        if not any(_PERIOD_CHECK.match(_text(c["clause"]) or "") for c in rows if not c["column_level"]):
            continue
        ddl = _fetch(conn, f"SHOW CREATE TABLE {quote_ident(table)}")[0]["Create Table"]
        # a definition line ends in a comma unless it is the last one
        overlaps = ";".join(line.strip().rstrip(",") for line in ddl.splitlines() if "WITHOUT OVERLAPS" in line)
        lines = ddl.splitlines()
        periods = {m.group(1).replace("``", "`"): ";".join([m.group(2), overlaps, *(
                       line.strip().rstrip(",") for col in m.group(2).split(", ") for line in lines
                       if line.startswith(f"  {col} "))])
                   for m in _PERIOD.finditer(ddl) if m.group(1) != "SYSTEM_TIME"}
        if periods:
            out[table] = periods
    return out


def _explicit_versioning(table: str, columns: list[dict]) -> list[Opaque]:
    """A system-versioned table whose row start/end columns are its own (``GENERATED
    ALWAYS AS ROW START``, ``PERIOD FOR SYSTEM_TIME``) or with columns ``WITHOUT SYSTEM
    VERSIONING`` is more than the model says (``system_versioned``): opaque, with
    those columns' definitions, so a plan that would change them is refused rather
    than getting them wrong (the table's other changes leave them in place)."""
    own = [f"{c['name']} {_text(c['column_type'])} {_text(c['generation'])} {_text(c['extra'])}" for c in columns
           if (_text(c["generation"]) or "").upper() in _ROW_PERIOD
           or "without system versioning" in (_text(c["extra"]) or "").lower()]
    if not own:
        return []
    return [Opaque(kind="system versioning", name=table, fingerprint=_fingerprint(";".join(own)),
                   depends_on=(table,))]


def _options(r: dict, defaults: dict) -> MySQLTableOptions | None:
    engine = r["engine"] if r["engine"] and r["engine"].lower() != defaults["engine"].lower() else None
    collation = r["collation"] if r["collation"] != defaults["collation"] else None
    row_format, create_options = None, []
    for key, value in _create_options(r["create_options"]):
        if key == "row_format":
            row_format = value.upper()
        elif key != "partitioned":  # partitioning is an Opaque of its own
            create_options.append((key, value))
    opts = MySQLTableOptions(engine=engine, charset=charset_of(collation), collation=collation,
                             row_format=row_format, create_options=tuple(sorted(create_options)),
                             system_versioned=r["type"] == "SYSTEM VERSIONED")
    return None if opts == MySQLTableOptions() else opts


def _create_options(text: str | None) -> list[tuple[str, str]]:
    """``key=value`` pairs of CREATE_OPTIONS; MariaDB prints engine-defined options
    quoted (`` `PAGE_COMPRESSED`='1' ``), the others bare (``max_rows=10``)."""
    return [(k.strip("`").lower(), v[1:-1].replace("''", "'") if v.startswith("'") else v)
            for k, v in _OPTION.findall(text or "")]


def _column(c: dict, flavor: str, check: str | None, tags: dict, table: str, db: str, srid: int | None) -> Column:
    name = c["name"]
    extra = (c["extra"] or "").lower()
    compressed = bool(_COMPRESSED.search(c["column_type"]))
    t = parse_type(_COMPRESSED.sub("", c["column_type"]))
    charset, collation = c["charset"], c["collation"]
    if (t.name == "longtext" and collation == "utf8mb4_bin" and check is not None
            and check == f"json_valid({quote_ident(name)})"):
        t, check, charset, collation = Type(name="json"), None, None, None  # MariaDB's JSON
    if t.name == "json" or t.name not in STRING_TYPES:
        charset = collation = None
    nullable = c["nullable"] == "YES"
    generated = None
    # a versioned table's own ROW START/ROW END columns are the opaque "system
    # versioning" object's (no expression to write): plain columns here
    if "generated" in extra and c["generation"] and _text(c["generation"]) not in _ROW_PERIOD:
        generated = Generated(expr=_text(c["generation"]), stored="virtual" not in extra)
    on_update = _ON_UPDATE.search(extra)
    return Column(
        name=name,
        type=t,
        nullable=nullable,
        default=None if generated else _unqualified(_default(c, t, flavor, extra), db),
        identity=Identity() if "auto_increment" in extra else None,
        generated=generated,
        collation=collation,
        charset=charset,
        on_update=on_update.group(1) if on_update else None,
        invisible="invisible" in extra,
        compressed=compressed,
        srid=srid,
        check=check,
        comment=_text(c["comment"]),
        tags=tags.get(("column", f"{table}.{name}"), Tags()),
    )


def _default(c: dict, t: Type, flavor: str, extra: str) -> str | None:
    value = _text(c["dflt"]) if c["dflt"] != "" else ""
    if value is None:
        return None
    if flavor == "mariadb":
        # MariaDB prints literals quoted and NULL as the word NULL
        return None if value == "NULL" else value
    # MySQL 8 prints a literal's bare value; DEFAULT_GENERATED marks an expression
    if "default_generated" in extra:
        return value if value.lower().startswith("current_timestamp") else f"({value})"
    return string_literal(value) if t.name in STRING_TYPES or t.name in _QUOTED_ON_MYSQL else value


def _unqualified(default: str | None, db: str) -> str | None:
    """MariaDB prints a sequence (or stored function) in a default with the database
    it lives in (``nextval(`db`.`seq`)``); a plan run in another database must not point there."""
    return strip_qualifier(default, db) if default else default


_QUOTED_ON_MYSQL = frozenset({"date", "time", "timestamp", "timestamptz", "binary", "varbinary", "year"})


def _indexes(rows: list[dict], default_type: str) -> tuple[PrimaryKey | None, tuple[Index, ...]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        grouped[r["name"]].append(r)
    pk, indexes = None, []
    for name, parts in grouped.items():
        if name == "PRIMARY":
            pk = PrimaryKey(name="PRIMARY", columns=tuple(p["col"] for p in parts), comment=_text(parts[0]["comment"]))
            continue
        first = parts[0]
        indexes.append(Index(
            name=name,
            keys=tuple(IndexKey(column=p["col"], expr=_text(p["expr"]) if not p["col"] else None,
                                desc=p["collation"] == "D", length=_prefix(p)) for p in parts),
            unique=not int(first["non_unique"]),
            method=None if first["type"] == default_type else INDEX_METHODS.get(first["type"], (first["type"] or "").lower()) or "btree",
            invisible=bool(first["invisible"]),
            comment=_text(first["comment"]),
        ))
    return pk, tuple(sorted(indexes, key=lambda i: i.name))


def _pk_method(table: str, rows: list[dict], engine: str | None) -> list[Opaque]:
    """A primary key of another index type than its engine's default (``USING BTREE``
    on MEMORY): ``PrimaryKey`` has no method, so it is opaque and a plan that would
    change it is refused rather than leaving it."""
    default = ENGINE_INDEX.get((engine or "").lower(), "BTREE")
    kinds = {r["type"] for r in rows if r["name"] == "PRIMARY"} - {default}
    return [Opaque(kind="primary key method", name=table, fingerprint=_fingerprint(k)) for k in kinds]


def _prefix(part: dict) -> int | None:
    # A spatial index reports a key length (32) nobody can write: not a prefix.
    return None if part["type"] == "SPATIAL" else part["sub_part"]


def _foreign_keys(rows: list[dict], db: str) -> tuple[ForeignKey, ...]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        grouped[r["name"]].append(r)
    out = []
    for name, parts in grouped.items():
        first = parts[0]
        ref = first["ref_table"] if first["ref_schema"] == db else f"{first['ref_schema']}.{first['ref_table']}"
        out.append(ForeignKey(
            name=name,
            columns=tuple(p["col"] for p in parts),
            ref_table=ref,
            ref_columns=tuple(p["ref_col"] for p in parts),
            on_delete=FK_ACTIONS[first["on_delete"]],
            on_update=FK_ACTIONS[first["on_update"]],
        ))
    return tuple(sorted(out, key=lambda f: f.name))


# --- views and opaque objects -----------------------------------------------------------


def _view(r: dict, db: str, tags: dict) -> View:
    return View(
        name=r["name"],
        definition=strip_qualifier(_text(r["definition"]) or "", db),
        check_option=CHECK_OPTIONS.get(r["check_option"]),
        security_invoker=r["security"] == "INVOKER",
        algorithm=ALGORITHMS.get(r["algorithm"]),
        tags=tags.get(("view", r["name"]), Tags()),
    )


def strip_qualifier(sql: str, db: str) -> str:
    """Drop the connection's own database qualifier that MariaDB prints in view bodies."""
    return sql.replace(quote_ident(db) + ".", "")


def _trigger_ddl(r: dict, follows: Optional[str]) -> str:
    """The trigger as written (its definer is whoever applies the plan). Triggers on
    one table, timing and event fire in order: all but the first say which one they
    follow, so an order that changes is a difference and a recreated one goes back
    in its place."""
    place = f"FOLLOWS {quote_ident(follows)} " if follows else ""
    return (f"CREATE TRIGGER {quote_ident(r['name'])} {_text(r['timing'])} {_text(r['event'])} "
            f"ON {quote_ident(r['tbl'])} FOR EACH ROW {place}{_text(r['body'])}")


def _trigger_predecessors(rows: list[dict]) -> dict[str, Optional[str]]:
    """Each trigger's predecessor among those on its table, timing and event."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["tbl"], _text(r["timing"]), _text(r["event"])].append(r)
    out: dict[str, Optional[str]] = {}
    for group in groups.values():
        ordered = sorted(group, key=lambda r: (int(r["action_order"] or 0), r["name"]))
        out.update({r["name"]: prev["name"] if prev else None for prev, r in zip([None, *ordered], ordered)})
    return out


def _routine_ddl(r: dict, params: str) -> str:
    """A stored procedure or function as information_schema describes it (its
    definer is whoever applies the plan)."""
    aggregate = "AGGREGATE " if r["kind"] == "function" and _is_aggregate(_text(r["body"]) or "") else ""
    head = f"CREATE {aggregate}{r['kind'].upper()} {quote_ident(r['name'])}({params})"
    if r["kind"] == "function":
        head += f" RETURNS {_routine_type(r['result_type'], r['result_charset'], r['result_collation'])}"
    traits = ["DETERMINISTIC" if _text(r["is_deterministic"]) == "YES" else "NOT DETERMINISTIC",
              _text(r["data_access"]), f"SQL SECURITY {_text(r['security_type'])}"]
    if _text(r["routine_comment"]):
        traits.append(f"COMMENT {string_literal(_text(r['routine_comment']))}")
    return "\n    ".join([head, *traits]) + "\n" + (_text(r["body"]) or "")


def _routine_type(dtd, charset, collation) -> str:
    """A parameter or result type with the charset and collation the routine was
    created with (information_schema's DTD_IDENTIFIER leaves them out; recreated
    without them, a string would take the database's defaults instead)."""
    out = _text(dtd)
    if _text(charset):
        out += f" CHARSET {_text(charset)}"
    if _text(collation):
        out += f" COLLATE {_text(collation)}"
    return out


# Only an aggregate function may read its group's rows (the server refuses the
# statement anywhere else), and information_schema has no other sign of one.
_FETCH_GROUP = re.compile(r"\bFETCH\s+GROUP\s+NEXT\s+ROW\b", re.I)
_QUOTED_OR_COMMENT = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|--[^\n]*|#[^\n]*|/\*.*?\*/", re.S)


def _is_aggregate(body: str) -> bool:
    return bool(_FETCH_GROUP.search(_QUOTED_OR_COMMENT.sub(" ", body)))


# EVENTS.STATUS -> the clause that restores it
EVENT_STATUS = {"ENABLED": "ENABLE", "DISABLED": "DISABLE", "SLAVESIDE_DISABLED": "DISABLE ON SLAVE",
                "REPLICA_SIDE_DISABLED": "DISABLE ON SLAVE"}  # MySQL 8.0.22+ spelling


def _event_ddl(r: dict) -> str:
    """An event as information_schema describes it (its definer is whoever applies
    the plan). A STARTS equal to its creation time is the one the server picked
    (CURRENT_TIMESTAMP): left out, or every build would differ from every other."""
    if _text(r["event_type"]) == "ONE TIME":
        schedule = f"AT {string_literal(str(r['execute_at']))}"
    else:
        value = _text(str(r["interval_value"])) or ""
        schedule = f"EVERY {value if value.isdigit() else string_literal(value)} {_text(r['interval_field'])}"
        if r["starts"] is not None and r["starts"] != r["created"]:
            schedule += f" STARTS {string_literal(str(r['starts']))}"
        if r["ends"] is not None:
            schedule += f" ENDS {string_literal(str(r['ends']))}"
    parts = [f"CREATE EVENT {quote_ident(r['name'])} ON SCHEDULE {schedule}",
             f"ON COMPLETION {_text(r['on_completion'])}", EVENT_STATUS.get(_text(r["status"]) or "", "ENABLE")]
    if _text(r["event_comment"]):
        parts.append(f"COMMENT {string_literal(_text(r['event_comment']))}")
    return "\n    ".join(parts) + f"\nDO {_text(r['body']) or ''}"


def _opaque(rows: dict[str, list[dict]]) -> list[Opaque]:
    follows = _trigger_predecessors(rows["TRIGGERS"])
    out = [Opaque(kind="trigger", name=r["name"], fingerprint=ddl_fingerprint(ddl), depends_on=(r["tbl"],), ddl=ddl)
           for r in rows["TRIGGERS"] for ddl in [_trigger_ddl(r, follows[r["name"]])]]
    params: dict[tuple, list[str]] = defaultdict(list)
    for p in rows["PARAMETERS"]:
        mode = f"{_text(p['param_mode'])} " if p["kind"] == "procedure" else ""
        ptype = _routine_type(p["param_type"], p["param_charset"], p["param_collation"])
        params[p["kind"], p["name"]].append(f"{mode}{quote_ident(_text(p['param_name']))} {ptype}")
    for r in rows["ROUTINES"]:
        ddl = _routine_ddl(r, ", ".join(params[r["kind"], r["name"]]))
        out.append(Opaque(kind=r["kind"], name=r["name"], fingerprint=ddl_fingerprint(ddl), ddl=ddl))
    out += [Opaque(kind="event", name=r["name"], fingerprint=ddl_fingerprint(ddl), ddl=ddl)
            for r in rows["EVENTS"] for ddl in [_event_ddl(r)]]
    return out


# The partitioning clause SHOW CREATE TABLE ends with (MySQL 8 wraps it in /*!50100 … */).
_PARTITION_BY = re.compile(r"\n\s*(?:/\*!\d+ )?(PARTITION BY .*?)(?: \*/)?\s*$", re.DOTALL)


def _partitionings(conn: Any, tables: list[str]) -> list[Opaque]:
    """Each partitioned table's partitioning as the ALTER TABLE … PARTITION BY that
    restores it (from its SHOW CREATE TABLE: information_schema lacks per-partition
    options). A plan replays it: set after the table is created, removed (REMOVE
    PARTITIONING) before the table changes and set again after when it changes."""
    out = []
    for table in tables:
        ddl = _fetch(conn, f"SHOW CREATE TABLE {quote_ident(table)}")[0]["Create Table"]
        m = _PARTITION_BY.search(ddl)
        if m is None:
            out.append(Opaque(kind="partitioning", name=table, fingerprint=_fingerprint(ddl), depends_on=(table,)))
            continue
        text = f"ALTER TABLE {quote_ident(table)} {m.group(1)}"
        out.append(Opaque(kind="partitioning", name=table, fingerprint=ddl_fingerprint(text), depends_on=(table,),
                          ddl=text))
    return out
