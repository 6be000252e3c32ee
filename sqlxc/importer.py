"""DDL dumps (pg_dump --schema-only, mysqldump --no-data, hand-written DDL)
-> a neutral AIR schema, with sqlglot.

The dump is read as a script: statements run in order, so a later
``ALTER TABLE … ADD CONSTRAINT`` adds to an earlier table and mysqldump's
``DROP VIEW IF EXISTS`` removes its own placeholder before the real view.
Session noise (``SET``, ``LOCK TABLES``, ``OWNER TO``…) is skipped silently;
anything else that cannot be expressed in ``.sqlx`` becomes a warning with its
line, and the rest of the dump is still imported.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlxc.air.canonical import canonical
from sqlxc.air.model import Schema
from sqlxc.errors import Diagnostic, Location, UsageError
from sqlxc.import_mapping import (
    convert_type,
    default_check_name,
    default_fk_name,
    default_index_name,
    default_pk_name,
    expr_sql,
)
from sqlxc.sqlscript import (
    DEV_URL_ENV,
    Statement,
    dev_url,
    load_via_server,
    preprocess,
    quiet_sqlglot,
    server_script,
    split_statements,
)

# what other modules take from here (the script helpers live in sqlxc.sqlscript)
__all__ = ["DEV_URL_ENV", "DIALECTS", "ImportResult", "dev_url", "import_sql", "load_via_server", "server_script"]

DIALECTS = {"postgres": "postgres", "postgresql": "postgres", "pg": "postgres",
            "mysql": "mysql", "mariadb": "mysql"}

# Diagnostic codes, documented in docs/import.md
PARSE = "I100"  # the statement is not SQL sqlglot understands
UNSUPPORTED = "I101"  # understood, but .sqlx has no way to say it
UNKNOWN_TYPE = "I102"


@dataclass(frozen=True)
class ImportResult:
    schema: Schema
    warnings: tuple[Diagnostic, ...]

    @property
    def usable(self) -> bool:
        s = self.schema
        return bool(s.tables or s.views or s.enums or s.sequences)


# --- the model being built -------------------------------------------------------


@dataclass
class _Table:
    name: str
    columns: list[dict] = field(default_factory=list)
    primary_key: dict | None = None
    uniques: list[dict] = field(default_factory=list)
    indexes: list[dict] = field(default_factory=list)
    foreign_keys: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)
    comment: str | None = None
    mysql: dict = field(default_factory=dict)
    params: list = field(default_factory=list)  # PostgreSQL storage parameters, in written order

    def column(self, name: str) -> dict | None:
        return next((c for c in self.columns if c["name"] == name), None)

    def to_data(self) -> dict:
        data: dict[str, Any] = {"name": self.name, "columns": self.columns}
        for key in ("uniques", "indexes", "foreign_keys", "checks"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.primary_key:
            data["primary_key"] = self.primary_key
        if self.comment is not None:
            data["comment"] = self.comment
        if self.mysql:
            data["mysql"] = self.mysql
        if self.params:
            data["params"] = self.params
        return data


class _Importer:
    def __init__(self, dialect: str, file: str):
        self.dialect, self.file = dialect, file
        self.tables: dict[str, _Table] = {}
        self.views: dict[str, dict] = {}
        self.enums: dict[str, dict] = {}
        self.sequences: dict[str, dict] = {}
        self.owned: dict[str, tuple[str, str]] = {}  # sequence -> (table, column)
        self.warnings: list[Diagnostic] = []
        self.stmt: Statement | None = None

    # -- diagnostics --
    def warn(self, code: str, message: str, hint: str | None = None,
             line: int | None = None, column: int | None = None) -> None:
        st = self.stmt
        loc = Location(self.file, line or st.line, column or st.column) if st else None
        first = st.sql.splitlines()[0] if st else None
        self.warnings.append(Diagnostic(code, message, loc, hint, "warning",
                                        source_line=first if line is None else None))

    def not_translated(self, what: str, why: str) -> None:
        self.warn(UNSUPPORTED, f"{what} not translated: {why}",
                  hint="add it by hand, or manage it outside sqlxc")

    # -- driving --
    def run(self, statements: list[Statement]) -> None:
        import sqlglot
        from sqlglot.errors import ParseError

        for st in statements:
            self.stmt = st
            try:
                with quiet_sqlglot():
                    node = sqlglot.parse_one(st.sql, read=self.dialect)
            except ParseError as exc:
                err = exc.errors[0] if exc.errors else {}
                line = st.line + (err.get("line") or 1) - 1
                col = err.get("col") if (err.get("line") or 1) > 1 else st.column + (err.get("col") or 1) - 1
                desc = (err.get("description") or str(exc)).splitlines()[0]
                self.warn(PARSE, f"statement not understood: {desc}",
                          hint="this statement was skipped; check the dump's dialect (--dialect)",
                          line=line, column=col or 1)
                continue
            except Exception as exc:  # noqa: BLE001 - sqlglot raises assorted errors on odd input
                self.warn(PARSE, f"statement not understood: {exc}", hint="this statement was skipped")
                continue
            if node is not None:
                self.dispatch(node)

    def dispatch(self, node) -> None:
        from sqlglot import exp

        handlers: dict[type, Callable] = {
            exp.Create: self.on_create, exp.Alter: self.on_alter, exp.Comment: self.on_comment,
            exp.Drop: self.on_drop, exp.Command: self.on_command, exp.Select: self.on_select,
            exp.Set: _ignore, exp.Use: _ignore, exp.Transaction: _ignore, exp.Commit: _ignore,
        }
        handler = handlers.get(type(node))
        if handler is None:
            self.not_ddl()
            return
        handler(node)

    # -- statements --
    def on_select(self, node) -> None:
        text = node.sql().lower()
        if "set_config" not in text:  # pg_dump's search_path reset is noise
            self.not_ddl()

    def not_ddl(self) -> None:
        words = " ".join(self.stmt.sql.split()[:2]).upper()
        self.not_translated(f"statement {words} …", "only DDL that defines the schema is imported")

    def on_command(self, node) -> None:
        text = f"{node.name} {node.expression.sql() if hasattr(node.expression, 'sql') else node.expression or ''}"
        text = " ".join(text.split())
        for pattern, handler in _COMMANDS:
            m = pattern.match(text)
            if m:
                handler(self, m)
                return
        self.not_translated(text.split(" ")[0].upper() + " " + " ".join(text.split(" ")[1:3]),
                            "sqlglot cannot read this statement")

    def on_create(self, node) -> None:
        kind = (node.args.get("kind") or "").upper()
        handler = {"TABLE": self.create_table, "VIEW": self.create_view, "INDEX": self.create_index,
                   "TYPE": self.create_type, "SEQUENCE": self.create_sequence,
                   "SCHEMA": self.create_schema}.get(kind)
        if handler is None:
            name = node.this.name if node.this is not None else ""
            self.not_translated(f"CREATE {kind} {name}".rstrip(), f".sqlx does not model {kind.lower()}s")
            return
        handler(node)

    def create_schema(self, node) -> None:
        if node.this.name != "public":
            self.not_translated(f"CREATE SCHEMA {node.this.name}", "a schema is one namespace in .sqlx")

    def create_type(self, node) -> None:
        from sqlglot import exp

        dtype = node.args.get("expression")
        name = node.this.name
        if isinstance(dtype, exp.DataType) and dtype.this.name == "ENUM":
            self.enums[name] = {"name": name, "values": [e.name for e in dtype.expressions]}
        else:
            self.not_translated(f"CREATE TYPE {name}", "only enum types are modelled")

    def create_sequence(self, node) -> None:
        from sqlglot import exp

        name = node.this.name
        seq: dict[str, Any] = {"name": name}
        dtype = node.args.get("expression")
        if isinstance(dtype, exp.DataType):
            typ, _ = convert_type(dtype, self.dialect, set())
            if typ and typ["name"] != "bigint":
                seq["type"] = typ["name"]
        for props in node.find_all(exp.SequenceProperties):
            for key in ("start", "increment", "minvalue", "maxvalue", "cache"):
                value = props.args.get(key)
                if value is not None:
                    seq[key] = int(value.sql())
            if any(o.name.upper() == "CYCLE" for o in props.args.get("options") or []):
                seq["cycle"] = True
        self.sequences[name] = seq

    def create_table(self, node) -> None:
        from sqlglot import exp

        schema = node.this
        if not isinstance(schema, exp.Schema):
            self.not_translated(f"CREATE TABLE {schema.name}", "CREATE TABLE … AS / LIKE is not modelled")
            return
        table = _Table(schema.this.name)
        self.tables[table.name] = table
        for item in schema.expressions:
            if isinstance(item, exp.ColumnDef):
                self.add_column(table, item)
            else:
                self.add_table_constraint(table, item)
        for prop in (node.args.get("properties") or exp.Properties()).expressions:
            self.table_property(table, prop)

    def add_column(self, table: _Table, cd) -> None:
        from sqlglot import exp

        col: dict[str, Any] = {"name": cd.name}
        dtype = cd.args.get("kind")
        typ, written = convert_type(dtype, self.dialect, set(self.enums)) if dtype else (None, "")
        if typ is None:
            self.warn(UNKNOWN_TYPE, f"column {table.name}.{cd.name}: type {written or '(none)'} has no .sqlx equivalent",
                      hint="the column is kept with this type name; replace it with a supported type")
            typ = {"name": (written or "unknown").lower()}
        col["type"] = typ
        nullable = True
        for cons in cd.args.get("constraints") or []:
            kind = cons.args.get("kind")
            if isinstance(kind, exp.NotNullColumnConstraint):
                nullable = bool(kind.args.get("allow_null"))
            elif isinstance(kind, exp.DefaultColumnConstraint):
                if not (isinstance(kind.this, exp.Null)):
                    col["default"] = expr_sql(kind.this)
            elif isinstance(kind, exp.AutoIncrementColumnConstraint):
                col["identity"] = {}
            elif isinstance(kind, exp.GeneratedAsIdentityColumnConstraint):
                self.generated(table, col, kind)
            elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
                table.primary_key = {"columns": [cd.name]}
                nullable = False
            elif isinstance(kind, exp.UniqueColumnConstraint):
                table.uniques.append({"columns": [cd.name]})
            elif isinstance(kind, exp.CommentColumnConstraint):
                col["comment"] = kind.this.name
            elif isinstance(kind, exp.OnUpdateColumnConstraint):
                col["on_update"] = expr_sql(kind.this)
            elif isinstance(kind, exp.CollateColumnConstraint):
                col["collation"] = kind.this.name
            elif isinstance(kind, exp.CharacterSetColumnConstraint):
                col["charset"] = kind.this.name
            elif isinstance(kind, exp.CheckColumnConstraint):
                table.checks.append({"expr": expr_sql(kind.this)})
            elif isinstance(kind, exp.Reference):
                self.add_fk(table, [cd.name], kind, None)
            else:
                self.not_translated(f"column {table.name}.{cd.name}: {cons.sql(dialect=self.dialect)}",
                                    "this column option is not modelled")
        if nullable and not (typ["name"] in ("serial", "bigserial", "smallserial")):
            col["nullable"] = True
        table.columns.append(col)

    def generated(self, table: _Table, col: dict, kind) -> None:
        if kind.args.get("expression") is not None:
            col["generated"] = {"expr": expr_sql(kind.args["expression"]),
                                "stored": bool(kind.args.get("stored", True))}
            return
        ident: dict[str, Any] = {}
        if kind.args.get("this"):  # ALWAYS (BY DEFAULT when False)
            ident["always"] = True
        col["identity"] = ident

    def add_table_constraint(self, table: _Table, item) -> None:
        from sqlglot import exp

        name = None
        if isinstance(item, exp.Constraint):
            name = item.name
            for inner in item.expressions:
                self.add_table_constraint_kind(table, inner, name)
            return
        self.add_table_constraint_kind(table, item, name)

    def add_table_constraint_kind(self, table: _Table, item, name: str | None) -> None:
        from sqlglot import exp

        if isinstance(item, exp.PrimaryKey):
            pk = {"columns": [_key_name(e) for e in item.expressions]}
            if name and not default_pk_name(self.dialect, table.name, name):
                pk["name"] = name
            table.primary_key = pk
            for c in table.columns:
                if c["name"] in pk["columns"]:
                    c.pop("nullable", None)
        elif isinstance(item, exp.UniqueColumnConstraint):
            target = item.this
            cols = [_key_name(e) for e in target.expressions] if isinstance(target, exp.Schema) else []
            idx_name = target.this.name if isinstance(target, exp.Schema) and target.this is not None else name
            if self.dialect == "mysql":
                self.add_index(table, {"unique": True, "keys": [{"column": c} for c in cols]}, idx_name)
            else:
                self.add_unique(table, cols, name)
        elif isinstance(item, exp.ForeignKey):
            self.add_fk(table, [_key_name(e) for e in item.expressions], item.args.get("reference"), name)
        elif isinstance(item, exp.CheckColumnConstraint):
            chk = {"expr": expr_sql(item.this)}
            if name and not default_check_name(self.dialect, table.name, name):
                chk["name"] = name
            table.checks.append(chk)
        elif isinstance(item, exp.IndexColumnConstraint):
            self.mysql_index(table, item)
        else:
            self.not_translated(f"table {table.name}: {item.sql(dialect=self.dialect)[:60]}",
                                "this table constraint is not modelled")

    def add_unique(self, table: _Table, cols: list[str], name: str | None) -> None:
        uq: dict[str, Any] = {"columns": cols}
        if name and name != f"{table.name}_{'_'.join(cols)}_key":
            uq["name"] = name
        table.uniques.append(uq)

    def add_fk(self, table: _Table, cols: list[str], ref, name: str | None) -> None:
        from sqlglot import exp

        target = ref.this if ref is not None else None
        if not isinstance(target, exp.Schema):
            ref_table, ref_cols = (target.name if target is not None else ""), []
        else:
            ref_table, ref_cols = target.this.name, [_key_name(e) for e in target.expressions]
        fk: dict[str, Any] = {"columns": cols, "ref_table": ref_table, "ref_columns": ref_cols or cols}
        options = " ".join(ref.args.get("options") or []).lower() if ref is not None else ""
        for when in ("delete", "update"):
            m = re.search(rf"on {when} (cascade|restrict|set null|set default|no action)", options)
            if m and m.group(1) != "no action":
                fk[f"on_{when}"] = m.group(1)
        if "deferrable" in options and "not deferrable" not in options:
            fk["deferrable"] = True
            if "initially deferred" in options:
                fk["initially_deferred"] = True
        if "match full" in options:
            fk["match"] = "full"
        if name and not default_fk_name(self.dialect, table.name, cols, name):
            fk["name"] = name
        table.foreign_keys.append(fk)

    def mysql_index(self, table: _Table, item) -> None:
        from sqlglot import exp

        keys = []
        for part in item.expressions:
            key: dict[str, Any] = {}
            if isinstance(part, exp.Ordered):
                key["desc"] = bool(part.args.get("desc"))
                part = part.this
            if isinstance(part, exp.ColumnPrefix):
                key["length"] = int(part.expression.sql())
                part = part.this
            if isinstance(part, (exp.Column, exp.Identifier)):
                key["column"] = part.name
            else:
                key["expr"] = expr_sql(part)
            keys.append({k: v for k, v in key.items() if v})
        index: dict[str, Any] = {"keys": keys}
        kind = (item.args.get("kind") or "").upper()
        if kind in ("FULLTEXT", "SPATIAL"):
            index["method"] = kind.lower()
        for opt in item.args.get("options") or []:
            using = opt.args.get("using")
            if using and using.upper() == "HASH":
                index["method"] = "hash"
            if opt.args.get("comment") is not None:
                index["comment"] = opt.args["comment"].name
        self.add_index(table, index, item.name or None)

    def add_index(self, table: _Table, index: dict, name: str | None) -> None:
        cols = [k.get("column") for k in index["keys"]]
        if name and not default_index_name(self.dialect, table.name, cols, name, index.get("unique", False)):
            index["name"] = name
        table.indexes.append(index)

    def create_index(self, node) -> None:
        from sqlglot import exp

        idx = node.this
        table = self.table_for(idx.args.get("table"), f"CREATE INDEX {idx.name}")
        if table is None:
            return
        params = idx.args.get("params")
        keys = []
        for part in (params.args.get("columns") if params else None) or []:
            key: dict[str, Any] = {}
            if isinstance(part, exp.Ordered):
                desc = bool(part.args.get("desc"))
                key["desc"] = desc
                nulls_first = bool(part.args.get("nulls_first"))
                if nulls_first != desc:  # PostgreSQL: NULLS LAST is the default for ASC
                    key["nulls_first"] = nulls_first
                part = part.this
            if isinstance(part, exp.Column):
                key["column"] = part.name
            else:
                key["expr"] = expr_sql(part)
            keys.append({k: v for k, v in key.items() if v is not False and v is not None}
                        | ({"nulls_first": False} if key.get("nulls_first") is False else {}))
        index: dict[str, Any] = {"keys": keys}
        if node.args.get("unique"):
            index["unique"] = True
        using = params.args.get("using") if params else None
        if using is not None and using.name.lower() != "btree":
            index["method"] = using.name.lower()
        where = params.args.get("where") if params else None
        if where is not None:
            index["where"] = expr_sql(where.this)
        include = params.args.get("include") if params else None
        if include:
            index["include"] = [e.name for e in include]
        self.add_index(table, index, idx.name or None)

    def create_view(self, node) -> None:
        from sqlglot import exp

        target = node.this
        name = target.this.name if isinstance(target, exp.Schema) else target.name
        body = node.args.get("expression")
        view: dict[str, Any] = {"name": name, "definition": expr_sql(body, strip_parens=False)}
        if isinstance(target, exp.Schema) and target.expressions:
            view["columns"] = [e.name for e in target.expressions]
        self.views[name] = view

    def table_property(self, table: _Table, prop) -> None:
        from sqlglot import exp

        simple = {exp.EngineProperty: "engine", exp.CharacterSetProperty: "charset",
                  exp.CollateProperty: "collation", exp.RowFormatProperty: "row_format"}
        for cls, key in simple.items():
            if isinstance(prop, cls):
                table.mysql[key] = prop.this.name
                return
        if isinstance(prop, exp.SchemaCommentProperty):
            table.comment = prop.this.name
        elif isinstance(prop, exp.AutoIncrementProperty):
            return  # the next id is data, not schema
        elif self.dialect == "postgres" and type(prop) is exp.Property and isinstance(prop.this, exp.Var):
            value = prop.args.get("value")
            text = value.name if isinstance(value, exp.Literal) else value.sql().lower()
            table.params.append([prop.this.name.lower(), text])  # WITH (k = v)
        else:
            self.not_translated(f"table {table.name} option {prop.sql(dialect=self.dialect)}",
                                "this table option is not modelled")

    def table_for(self, node, what: str) -> _Table | None:
        name = node.name if node is not None else ""
        table = self.tables.get(name)
        if table is None:
            self.warn(UNSUPPORTED, f"{what}: table {name} is not defined before this statement",
                      hint="the dump must create a table before altering it")
        return table

    def on_alter(self, node) -> None:
        from sqlglot import exp

        if (node.args.get("kind") or "").upper() != "TABLE":
            self.not_translated(f"ALTER {node.args.get('kind')} {node.this.name}", "not modelled")
            return
        table = self.table_for(node.this, f"ALTER TABLE {node.this.name}")
        if table is None:
            return
        for action in node.args.get("actions") or []:
            if isinstance(action, exp.AddConstraint):
                for item in action.expressions:
                    self.add_table_constraint(table, item)
                if node.args.get("not_valid"):
                    self.mark_not_valid(table)
            elif isinstance(action, exp.AlterColumn) and action.args.get("default") is not None:
                col = table.column(action.name)
                if col is not None:
                    self.set_default(table, col, action.args["default"])
            elif isinstance(action, exp.ColumnDef):
                self.add_column(table, action)
            else:
                self.not_translated(f"ALTER TABLE {table.name} {action.sql(dialect=self.dialect)[:60]}",
                                    "only constraints, defaults and columns are imported from ALTER TABLE")

    def mark_not_valid(self, table: _Table) -> None:
        for group in (table.foreign_keys, table.checks):
            if group:
                group[-1]["not_valid"] = True

    def set_default(self, table: _Table, col: dict, default) -> None:
        from sqlglot import exp

        text = default.sql().upper()
        if isinstance(default, exp.Anonymous) and default.name.lower() == "nextval":
            seq = default.expressions[0].sql().strip("'").split("::")[0]
            seq = re.sub(r"^CAST\('(.*)' AS REGCLASS\)$", r"\1", seq, flags=re.IGNORECASE).split(".")[-1]
            col["_nextval"] = seq  # resolved to serial at the end, once OWNED BY is known
            return
        col["default"] = expr_sql(default)
        del text

    def on_comment(self, node) -> None:
        kind = (node.args.get("kind") or "").upper()
        text = node.expression.name if node.expression is not None else None
        target = node.this
        if kind == "TABLE" and target.name in self.tables:
            self.tables[target.name].comment = text
        elif kind == "COLUMN":
            owner = target.args.get("table").name if target.args.get("table") else ""
            table = self.tables.get(owner)
            col = table.column(target.name) if table else None
            if table is None and owner in self.views:
                comments = dict(self.views[owner].get("column_comments", []))
                if text:
                    comments[target.name] = text
                else:
                    comments.pop(target.name, None)
                self.views[owner]["column_comments"] = sorted(comments.items())
            elif col is None:
                self.warn(UNSUPPORTED, f"COMMENT ON COLUMN {target.sql()}: no such column")
            elif text is not None:
                col["comment"] = text
        elif kind == "VIEW" and target.name in self.views:
            self.views[target.name]["comment"] = text
        elif kind == "TYPE" and target.name in self.enums:
            self.enums[target.name]["comment"] = text
        else:
            self.not_translated(f"COMMENT ON {kind} {target.sql()}", "comments on this kind of object are not modelled")

    def on_drop(self, node) -> None:
        kind = (node.args.get("kind") or "").upper()
        store = {"TABLE": self.tables, "VIEW": self.views, "TYPE": self.enums,
                 "SEQUENCE": self.sequences}.get(kind)
        if store is None:
            self.not_translated(f"DROP {kind}", "not modelled")
            return
        for t in node.args.get("tables") or [node.this]:
            store.pop(t.name, None)

    # -- finishing --
    def resolve_serials(self) -> None:
        serial = {"integer": "serial", "bigint": "bigserial", "smallint": "smallserial"}
        for table in self.tables.values():
            for col in table.columns:
                seq = col.pop("_nextval", None)
                if seq is None:
                    continue
                owner = self.owned.get(seq)
                if owner == (table.name, col["name"]) and seq == f"{table.name}_{col['name']}_seq" \
                        and col["type"]["name"] in serial:
                    col["type"] = {"name": serial[col["type"]["name"]]}
                    col.pop("nullable", None)
                    self.sequences.pop(seq, None)
                else:
                    col["default"] = f"nextval('{seq}')"

    def schema(self) -> Schema:
        self.resolve_serials()
        for seq, (table, column) in self.owned.items():
            if seq in self.sequences:
                self.sequences[seq]["owned_by"] = [table, column]
        data = {
            "tables": [t.to_data() for t in self.tables.values()],
            "views": list(self.views.values()),
            "enums": list(self.enums.values()),
            "sequences": list(self.sequences.values()),
        }
        return canonical(Schema.model_validate(data))


def _ignore(_node) -> None:
    """Session settings and transaction control: not part of the schema."""


def _key_name(node) -> str:
    from sqlglot import exp

    if isinstance(node, exp.Ordered):
        node = node.this
    return node.name


# --- statements sqlglot reads only as commands ------------------------------------

_IDENT = r'(?:"[^"]+"|`[^`]+`|[\w$]+)'
_QNAME = rf"(?:{_IDENT}\.)*(?P<name>{_IDENT})"


def _unq(name: str) -> str:
    return name.strip('"`')


def _identity_command(imp: _Importer, m: re.Match) -> None:
    table = imp.table_for_name(_unq(m.group("table")))
    col = table.column(_unq(m.group("col"))) if table else None
    if col is None:
        return
    ident: dict[str, Any] = {"always": True} if m.group("kind").upper() == "ALWAYS" else {}
    opts = m.group("opts") or ""
    for key, pattern in (("start", r"START WITH (-?\d+)"), ("increment", r"INCREMENT BY (-?\d+)"),
                         ("minvalue", r"(?<!NO )MINVALUE (-?\d+)"), ("maxvalue", r"(?<!NO )MAXVALUE (-?\d+)"),
                         ("cache", r"CACHE (\d+)")):
        found = re.search(pattern, opts, re.IGNORECASE)
        if found:
            ident[key] = int(found.group(1))
    # PostgreSQL's defaults are left out (AIR convention: default = None)
    for key, default in (("start", 1), ("increment", 1), ("cache", 1)):
        if ident.get(key) == default:
            del ident[key]
    if re.search(r"(?<!NO )\bCYCLE\b", opts, re.IGNORECASE):
        ident["cycle"] = True
    col["identity"] = ident
    col.pop("nullable", None)


def _owned_by(imp: _Importer, m: re.Match) -> None:
    parts = [_unq(p) for p in re.findall(_IDENT, m.group("owner"))]
    if len(parts) >= 2:
        imp.owned[_unq(m.group("name"))] = (parts[-2], parts[-1])


def _table_for_name(self: _Importer, name: str) -> _Table | None:
    table = self.tables.get(name)
    if table is None:
        self.warn(UNSUPPORTED, f"table {name} is not defined before this statement",
                  hint="the dump must create a table before altering it")
    return table


_Importer.table_for_name = _table_for_name  # type: ignore[attr-defined]

_COMMANDS: list[tuple[re.Pattern, Callable[[_Importer, re.Match], None]]] = [
    (re.compile(rf"ALTER TABLE (?:ONLY )?(?:{_IDENT}\.)*(?P<table>{_IDENT}) ALTER COLUMN (?P<col>{_IDENT}) "
                r"ADD GENERATED (?P<kind>ALWAYS|BY DEFAULT) AS IDENTITY\s*(?:\((?P<opts>.*)\))?$", re.IGNORECASE | re.DOTALL),
     _identity_command),
    (re.compile(rf"ALTER SEQUENCE {_QNAME} OWNED BY (?P<owner>\S+)$", re.IGNORECASE), _owned_by),
    (re.compile(r"ALTER \w+ .* OWNER TO \S+$", re.IGNORECASE | re.DOTALL), lambda imp, m: None),
    (re.compile(r"(LOCK|UNLOCK) TABLES?\b", re.IGNORECASE), lambda imp, m: None),
]


def import_sql(text: str, dialect: str, file: str = "<stdin>") -> ImportResult:
    """Turn a DDL script into a neutral schema plus warnings for what was left out."""
    dialect = DIALECTS.get(dialect.lower()) if dialect else None
    if dialect is None:
        raise UsageError("unknown dialect", hint="use --dialect postgres or --dialect mysql")
    imp = _Importer(dialect, file)
    imp.run(split_statements(preprocess(text, dialect), dialect, file))
    imp.stmt = None
    return ImportResult(imp.schema(), tuple(imp.warnings))
