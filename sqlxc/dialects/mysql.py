"""The MySQL/MariaDB dialect: quoting, literals, lowering a neutral schema, and
rendering each change through ``templates/mysql/<change.kind>.sql.j2``.
Type mapping is data in ``mysql_types``; lowering lives in ``mysql_lower``.
Where MariaDB and MySQL 8 differ (JSON, IGNORED/INVISIBLE indexes, UUID), the
server's flavor decides.
"""
from __future__ import annotations

import re
from typing import Any

from sqlxc.air.model import Enum, MySQLTableOptions, Schema, Sequence, Tags, Type
from sqlxc.dialects.base import Dialect, ServerInfo, Statement
from sqlxc.dialects.mysql_types import (
    STRING_TYPES,
    charset_of,
    quote_ident,
    sequence_bounds,
    string_literal,
    type_sql,
)
from sqlxc.diff.changes import Change
from sqlxc.errors import UnsupportedError

MAX_IDENTIFIER = 64
DEFAULT_ENGINE = "InnoDB"
FK_ACTIONS = {"cascade": "CASCADE", "restrict": "RESTRICT", "set null": "SET NULL",
              "set default": "SET DEFAULT", "no action": "NO ACTION"}
# What a create option is set to so that the server forgets it.
OPTION_RESET = {
    "stats_persistent": "DEFAULT", "stats_auto_recalc": "DEFAULT", "stats_sample_pages": "DEFAULT",
    "pack_keys": "DEFAULT", "max_rows": "0", "min_rows": "0", "avg_row_length": "0", "checksum": "0",
    "delay_key_write": "0", "key_block_size": "0", "page_checksum": "DEFAULT",
    "transactional": "DEFAULT", "encrypted": "DEFAULT", "insert_method": "NO",
}
# Options MariaDB leaves behind when a table changes engine (Aria -> InnoDB keeps
# page_checksum=1): reset whenever the engine changes and the target lacks them.
ENGINE_ARTIFACTS = ("page_checksum",)
ARTIFACT_ENGINES = ("aria",)  # engines for which page_checksum is meaningful
# Printed defaults that the server takes as they are; anything else goes in parentheses.
_LITERAL_DEFAULT = re.compile(
    r"""^(?:'(?:[^'\\]|''|\\.)*'|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?|[bx]'[0-9a-f]*'|0x[0-9a-f]+|null|true|false
    |current_timestamp(?:\(\d*\))?)$""", re.IGNORECASE | re.VERBOSE | re.DOTALL)
_WORD = re.compile(r"^[A-Za-z0-9_]+$")


def literal(value: Any) -> str:
    return string_literal(str(value))


def word(value: Any) -> str:
    """A bare keyword-like value (charset, collation, engine, option): validated, never quoted."""
    text = str(value)
    if not _WORD.match(text):
        raise UnsupportedError(f"not a valid MySQL option value: {text!r}")
    return text


def default_sql(printed: str) -> str:
    """A default as introspection prints it -> the clause text that stores it again."""
    return printed if _LITERAL_DEFAULT.match(printed.strip()) else f"({printed})"


def fk_action(action: str) -> str:
    return FK_ACTIONS[action]


def table_options(o: MySQLTableOptions | None, comment: str | None = None) -> list[str]:
    """The CREATE TABLE options of a table, as clauses."""
    o = o or MySQLTableOptions()
    out = []
    if o.engine:
        out.append(f"ENGINE={word(o.engine)}")
    if o.collation or o.charset:
        out.append(f"DEFAULT CHARSET={word(o.charset or charset_of(o.collation))}")
    if o.collation:
        out.append(f"COLLATE={word(o.collation)}")
    if o.row_format:
        out.append(f"ROW_FORMAT={word(o.row_format)}")
    out += [f"{word(k).upper()}={word(v)}" for k, v in o.create_options]
    if comment is not None:
        out.append(f"COMMENT={literal(comment)}")
    if o.system_versioned:
        out.append("WITH SYSTEM VERSIONING")
    return out


def alter_options(old: MySQLTableOptions | None, new: MySQLTableOptions | None) -> list[str]:
    """The ALTER TABLE clauses that turn ``old`` options into ``new`` (resets included)."""
    old, new = old or MySQLTableOptions(), new or MySQLTableOptions()
    out = []
    if old.engine != new.engine:
        out.append(f"ENGINE={word(new.engine or DEFAULT_ENGINE)}")
    if (old.charset, old.collation) != (new.charset, new.collation):
        if new.collation or new.charset:
            out.append(f"DEFAULT CHARACTER SET={word(new.charset or charset_of(new.collation))}")
            if new.collation:
                out.append(f"COLLATE={word(new.collation)}")
        else:
            out.append("DEFAULT CHARACTER SET=DEFAULT COLLATE=DEFAULT")
    if old.row_format != new.row_format:
        out.append(f"ROW_FORMAT={word(new.row_format or 'DEFAULT')}")
    if old.system_versioned != new.system_versioned:
        # dropping it drops the table's history rows with it
        out.append("ADD SYSTEM VERSIONING" if new.system_versioned else "DROP SYSTEM VERSIONING")
    old_opts, new_opts = dict(old.create_options), dict(new.create_options)
    for key in sorted(set(old_opts) | set(new_opts)):
        if old_opts.get(key) != new_opts.get(key):
            value = new_opts.get(key, OPTION_RESET.get(key, "DEFAULT"))
            out.append(f"{word(key).upper()}={word(value)}")
    return out


# The longest index key (bytes) each engine stores; a longer one is refused or, on a
# plain index, silently cut to a prefix. InnoDB's depends on the row format.
KEY_LIMITS = {"innodb": 3072, "myisam": 1000, "aria": 2300, "memory": 3072, "heap": 3072}
SMALL_KEY_ROW_FORMATS = {"COMPACT": 767, "REDUNDANT": 767}


def index_key_limit(o: MySQLTableOptions | None) -> int:
    o = o or MySQLTableOptions()
    engine = (o.engine or DEFAULT_ENGINE).lower()
    limit = KEY_LIMITS.get(engine, KEY_LIMITS["innodb"])
    if engine == "innodb":
        limit = SMALL_KEY_ROW_FORMATS.get((o.row_format or "").upper(), limit)
    return limit


# Engines that hold less than a general one: MEMORY no BLOB/TEXT column, CSV no
# nullable column and no index (the columns must change before it takes the table)
NARROW_ENGINES = frozenset({"memory", "heap", "csv"})


def options_after_columns(old: MySQLTableOptions | None, new: MySQLTableOptions | None) -> bool:
    """Do ``new`` options hold less than ``old`` (shorter index keys, a narrower engine)?
    Then they are set once the columns have changed to fit, not before."""
    def engine(o: MySQLTableOptions | None) -> str:
        return ((o.engine if o else None) or DEFAULT_ENGINE).lower()

    narrows = engine(new) in NARROW_ENGINES and engine(new) != engine(old)
    return narrows or index_key_limit(new) < index_key_limit(old)


# Engines where an AUTO_INCREMENT column may come second in a key (a counter per group);
# every other one wants it first in some index.
PER_GROUP_AUTO_ENGINES = frozenset({"myisam", "aria"})


def auto_key_move(old: MySQLTableOptions | None, new: MySQLTableOptions | None) -> str | None:
    """What an engine change does to stand-in keys (see auto_key): "add" one for an
    AUTO_INCREMENT column that leads no index (MyISAM -> InnoDB), "drop" them where
    the new engine needs none; None when the engine stays."""
    def engine(o: MySQLTableOptions | None) -> str:
        return ((o.engine if o else None) or DEFAULT_ENGINE).lower()

    if engine(old) == engine(new):
        return None
    return "drop" if engine(new) in PER_GROUP_AUTO_ENGINES else "add"


def engine_artifacts(old: MySQLTableOptions | None, new: MySQLTableOptions | None) -> list[str]:
    """Options to reset in a statement of their own after an engine change (the
    server re-derives them within the statement that changes the engine)."""
    old, new = old or MySQLTableOptions(), new or MySQLTableOptions()
    if old.engine == new.engine or (new.engine or "").lower() in ARTIFACT_ENGINES:
        return []
    keep = dict(new.create_options)
    return [f"{k.upper()}={OPTION_RESET[k]}" for k in ENGINE_ARTIFACTS if k not in keep]


def sequence_range(s: Sequence) -> tuple[int, int, int]:
    """A MariaDB sequence's effective (MINVALUE, MAXVALUE, START WITH), defaults filled in."""
    increment = 1 if s.increment is None else s.increment
    lo, hi = sequence_bounds(increment)
    lo = s.minvalue if s.minvalue is not None else lo
    hi = s.maxvalue if s.maxvalue is not None else hi
    start = s.start if s.start is not None else lo if increment >= 0 else hi
    return lo, hi, start


def auto_key(column: str) -> str:
    """The stand-in index that keeps an AUTO_INCREMENT column keyed while its
    real key is not there yet (a new column, a primary key being replaced).
    The step that gives the column its real key drops it again."""
    return "sqlx_auto_" + column[:MAX_IDENTIFIER - len("sqlx_auto_")]


def tags_json(tags: Tags) -> str | None:
    from sqlxc.air.canonical import canonical_json

    return None if tags.empty() else canonical_json(tags)


def inline_enum(enum: Enum) -> Type:
    """A named enum as MySQL writes it: the values inline in the column's type."""
    return Type(name="enum", values=enum.values)


def _unsupported(message: str) -> str:
    raise UnsupportedError(message)


class MySQLDialect(Dialect):
    name = "mysql"
    max_identifier = MAX_IDENTIFIER
    transactional_ddl = False
    supports_partial_index = False
    online_index = True
    default_server = ServerInfo(flavor="mariadb", version=(10, 11))
    index_comment_in_place = False  # an index is restated to change its comment
    fk_needs_index = True
    fk_blocks_type_change = True
    # Introspection and lowering spell out every string column's charset and
    # collation, so the differ compares them as they are.
    inherits_table_collation = False
    destructive_last = True
    index_names_per_schema = False
    column_order_matters = True
    triggers_survive_alter = True
    triggers_fire_in_order = True
    routine_names_fold_case = True
    routine_callers_tracked = False  # DROP FUNCTION never looks at its callers
    column_names_fold_case = True

    @property
    def mariadb(self) -> bool:
        return self.server.flavor != "mysql"

    def quote(self, ident: str) -> str:
        return quote_ident(ident)

    def literal(self, value: str) -> str:
        return literal(value)

    def options_after_columns(self, old: MySQLTableOptions | None, new: MySQLTableOptions | None) -> bool:
        return options_after_columns(old, new)

    def type_sql(self, t: Type) -> str:
        return type_sql(t, uuid_native=self.mariadb)

    def lower(self, schema: Schema) -> Schema:
        from sqlxc.dialects.mysql_lower import lower

        return lower(schema, self)

    def planning(self, old: Schema, new: Schema) -> "MySQLDialect":
        versioned = {t.name for s in (old, new) for t in s.tables if t.mysql and t.mysql.system_versioned}
        if not versioned:
            return self
        planner = type(self)(self.server)
        planner.versioned = frozenset(versioned)
        return planner

    versioned: frozenset[str] = frozenset()  # system-versioned tables of the plan being rendered

    def render(self, change: Change) -> Statement:
        statement = self._render(change)
        if self.versioned:
            statement = Statement(sql=keep_history(statement.sql, self.versioned), transactional=False)
        return statement

    def _render(self, change: Change) -> Statement:
        from sqlxc.dialects import render as r

        env = r.environment("mysql", _FILTERS, _GLOBALS)
        try:
            sql = r.render(env, f"{change.kind}.sql.j2", change=change, mariadb=self.mariadb,
                           type_sql=self.type_sql)
        except UnsupportedError:
            raise
        except Exception as exc:
            import jinja2

            if isinstance(exc, jinja2.TemplateNotFound):
                raise UnsupportedError(f"MySQL cannot render a {change.kind} change ({change.key})") from None
            raise
        return Statement(sql=sql, transactional=False)


# MariaDB's plugin types convert only to and from strings and their own binary form
# ("Cannot cast 'int' as 'uuid'"); binary(16) -> uuid takes the bytes as they are.
PLUGIN_TYPES = frozenset({"uuid", "inet4", "inet6"})
BINARY_FORMS = frozenset({"binary", "varbinary"})


def through_text(old: Type, new: Type) -> bool:
    """A type change MariaDB makes only through a string column (bigint -> uuid)."""
    if old.name == new.name or not ({old.name, new.name} & PLUGIN_TYPES):
        return False
    return not ({old.name, new.name} & (STRING_TYPES | BINARY_FORMS))


_KEEP = "SET STATEMENT system_versioning_alter_history = KEEP FOR "


def keep_history(sql: str, tables: frozenset[str]) -> str:
    """MariaDB refuses to add, change or drop a column of a system-versioned table
    unless told to keep its history as it is: every ALTER TABLE of such a table
    (one run through PREPARE too) says so for itself, leaving the session alone."""
    for name in sorted(tables):
        head = "ALTER TABLE " + quote_ident(name)
        sql = re.sub(r"(^|;\n|')" + re.escape(head) + r"(?=[ ;\n']|$)",
                     lambda m: m.group(1) + _KEEP + head, sql, flags=re.MULTILINE)
    return sql


def drop_object(o) -> str:
    """Triggers, routines, events and partitioning are replayed on MySQL (see ``sqlxc.diff.objects``)."""
    if o.kind in ("trigger", "procedure", "function", "event"):
        return f"DROP {o.kind.upper()} {quote_ident(o.name)}"
    if o.kind == "partitioning":
        return f"ALTER TABLE {quote_ident(o.name)} REMOVE PARTITIONING"
    raise UnsupportedError(f"sqlxc cannot drop {o.kind} {o.name} on MySQL")


_FILTERS = {"q": quote_ident, "lit": literal, "lit_body": lambda text: literal(text)[1:-1], "word": word, "dflt": default_sql, "action": fk_action}
_GLOBALS = {
    "table_options": table_options,
    "alter_options": alter_options,
    "engine_artifacts": engine_artifacts,
    "auto_key_move": auto_key_move,
    "auto_key": auto_key,
    "sequence_range": sequence_range,
    "tags_json": tags_json,
    "inline_enum": inline_enum,
    "unsupported": _unsupported,
    "drop_object": drop_object,
    "through_text": through_text,
}

DIALECT_CLASS = MySQLDialect
