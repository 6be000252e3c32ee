"""Semantic checks over all parsed files at once (objects may refer across files).

Fills ``node.r`` with resolved facts (types, decorators, constraints gathered
from columns and table items), normalizes every SQL expression through the
cached sqlglot pass, and reports every problem found, never only the first.
Nothing here imports pydantic or (on a warm cache) sqlglot.
"""
from __future__ import annotations

import re

from sqlxc.dsl import ast as A
from sqlxc.dsl.diagnostics import diag
from sqlxc.dsl.exprcache import ExprCache
from sqlxc.dsl.resolve import (
    RAW,
    RAW_KINDS,
    RAW_TYPES,
    resolve_decorators,
    resolve_mysql,
    resolve_params,
    resolve_sequence,
    resolve_table_params,
)
from sqlxc.dsl.typeref import TypeProblem, fk_comparable, fk_family, resolve_type
from sqlxc.errors import Diagnostic

# raw objects whose names share the namespace of tables, views, enums and sequences
RAW_RELATIONS = ("materialized view", "domain", "composite type", "range type", "partition")
# types an extension brings, which columns may use once the extension is declared
EXTENSION_TYPES = {
    "hstore": ("hstore",), "ltree": ("ltree", "lquery", "ltxtquery"), "cube": ("cube",), "seg": ("seg",),
    "isn": ("ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"),
}
# the multirange type a range type statement names (inspect always prints it)
_MULTIRANGE = re.compile(r'multirange_type_name\s*=\s*(?:"((?:[^"]|"")+)"|(\w+))', re.I)
MAX_NAME_BYTES = 63  # PostgreSQL's limit (MySQL allows 64): the stricter one wins
_OFFSET = {"paren": 1, "triple": 3}
INTEGERS = frozenset({"tinyint", "smallint", "mediumint", "integer", "bigint"})
SERIALS = frozenset({"serial", "bigserial", "smallserial"})


# Which per-table namespace each kind of name lives in: index names (PostgreSQL
# makes keys indexes) and constraint names. A foreign key and the index MySQL
# creates for it may share a name.
NAME_SPACES = {"primary key": ("index", "constraint"), "unique constraint": ("index", "constraint"),
               "index": ("index",), "foreign key": ("constraint",), "check constraint": ("constraint",)}


class Analysis:
    def __init__(self, files: list[A.File]):
        self.files = files
        self.tables: dict[str, A.TableDef] = {}
        self.views: dict[str, A.ViewDef] = {}
        self.enums: dict[str, A.EnumDef] = {}
        self.sequences: dict[str, A.SequenceDef] = {}
        self.raws: dict[tuple[str, str, str], A.RawDef] = {}  # (dialect, kind, name)
        self.user_types: set[str] = set()  # enums, and types raw objects declare
        self.norm: dict[int, str] = {}
        self.view_info: dict[str, dict] = {}
        self.diags: list[Diagnostic] = []
        self.exprs = ExprCache()
        self._objects: dict[str, A.Pos] = {}
        self._constraints: dict[str, tuple] = {}  # name -> (table, pos) of its first use

    # ---- helpers -------------------------------------------------------------------
    def error(self, code: str, message: str, pos: A.Pos, hint: str | None = None) -> None:
        self.diags.append(diag(code, message, pos, hint=hint))

    def name(self, ident: A.Ident | None, what: str) -> None:
        """Length and emptiness of a name being defined."""
        if ident is None:
            return
        if ident.name == "":
            self.error("E214", f"empty {what} name", ident.pos, hint="give it a name")
        elif len(ident.name.encode("utf-8")) > MAX_NAME_BYTES:
            n = len(ident.name.encode("utf-8"))
            self.error("E213", f"{what} name {ident.name[:20]!r}… is {n} bytes long", ident.pos,
                       hint=f"names must fit {MAX_NAME_BYTES} bytes (PostgreSQL's limit)")

    def expr(self, e: A.Expr | None, what: str, table: A.TableDef | None = None) -> None:
        """Normalize ``e``; with ``table``, the columns it reads must be that table's."""
        if e is None:
            return
        result = self.exprs.expr(e.text)
        if not self._take(e, result, what) or table is None:
            return
        known = table.r.get("colnames")
        for name in result.get("columns", ()):
            if known is not None and name not in known:
                self.error("E204", f"{what} reads unknown column {name!r} of table {table.name.name!r}",
                           self._find(e, name), hint=_known("columns", known))

    def _take(self, e: A.Expr, result: dict, what: str) -> bool:
        if "error" in result:
            self.error("E218", f"invalid SQL in {what}: {result['error']}", self._inner(e, result),
                       hint="the expression is parsed as SQL; check quotes and parentheses")
            return False
        self.norm[id(e)] = result["sql"]
        return True

    @staticmethod
    def _inner(e: A.Expr, result: dict) -> A.Pos:
        line, col = result.get("line") or 1, result.get("col") or 1
        if line == 1:
            return A.Pos(e.pos.file, e.pos.line, e.pos.col + _OFFSET.get(e.kind, 0) + max(col - 1, 0))
        return A.Pos(e.pos.file, e.pos.line + line - 1, max(col, 1))

    def define(self, ident: A.Ident, kind: str) -> bool:
        prev = self._objects.get(ident.name)
        if prev is not None:
            self.error("E203", f"{kind} {ident.name!r} is already defined at {prev.file}:{prev.line}:{prev.col}",
                       ident.pos, hint="tables, views, enums and sequences share one namespace; rename one")
            return False
        self._objects[ident.name] = ident.pos
        return True

    def constraint_name(self, table: A.TableDef, ident: A.Ident | None, what: str) -> None:
        if ident is None:
            return
        self.name(ident, what)
        if what == "primary key" and ident.name == "PRIMARY":  # MySQL's fixed name, in every table
            return
        local = table.r.setdefault("names", {})
        for space in NAME_SPACES[what]:
            prev = local.get((space, ident.name))
            if prev is not None:
                self.error("E203", f"{what} name {ident.name!r} is already used in table {table.name.name!r} "
                           f"at {prev.file}:{prev.line}:{prev.col}", ident.pos, hint="rename one of them")
                return
            local[(space, ident.name)] = ident.pos
        other = self._constraints.get(ident.name)
        if other is not None and other[0] is not table:
            self.diags.append(diag(
                "W302", f"{what} name {ident.name!r} is also used in table {other[0].name.name!r}", ident.pos,
                severity="warning",
                hint="PostgreSQL needs index and key names, MySQL foreign key and check names, "
                     "unique in the whole database"))
        else:
            self._constraints.setdefault(ident.name, (table, ident.pos))

    # ---- passes --------------------------------------------------------------------
    def run(self) -> Analysis:
        for f in self.files:
            for obj in f.objects:
                if isinstance(obj, A.RawDef):
                    self.collect_raw(obj)
                else:
                    self.collect(obj)
        self.user_types |= set(self.enums)
        for t in self.tables.values():
            self.check_table(t)
        for e in self.enums.values():
            self.check_enum(e)
        for s in self.sequences.values():
            self.check_sequence(s)
        for v in self.views.values():
            self.check_view(v)
        self.check_view_cycles()
        self.exprs.save()
        return self

    def collect(self, obj) -> None:
        kind, registry = {
            A.TableDef: ("table", self.tables), A.ViewDef: ("view", self.views),
            A.EnumDef: ("enum", self.enums), A.SequenceDef: ("sequence", self.sequences),
        }[type(obj)]
        self.name(obj.name, kind)
        obj.r["facts"] = resolve_decorators(obj.decorators, kind, self.diags)
        if self.define(obj.name, kind):
            registry[obj.name.name] = obj

    def collect_raw(self, r: A.RawDef) -> None:
        """A raw object: a kind its server has, a statement, a name once per kind."""
        kind, name = r.kind.name, r.name.name
        r.r["facts"] = resolve_decorators(r.decorators, RAW, self.diags)
        kinds = RAW_KINDS[r.dialect]
        if kind not in kinds:
            self.error("E226", f"{r.dialect} has no kind of object {kind!r} that .sqlx keeps as SQL", r.kind.pos,
                       hint="one of: " + ", ".join(f'"{k}"' if " " in k else k for k in kinds))
            return
        self.name(r.name, kind)
        if not r.body.text.strip():
            self.error("E227", f"{kind} {name!r} has no statement", r.body.pos,
                       hint='write the statement that creates it between """ and """')
            return
        key = (r.dialect, kind, name)
        prev = self.raws.get(key)
        if prev is not None:
            p = prev.name.pos
            self.error("E203", f"{r.dialect} {kind} {name!r} is already defined at {p.file}:{p.line}:{p.col}",
                       r.name.pos, hint="keep one")
            return
        if kind in RAW_RELATIONS and not self.define(r.name, kind):
            return
        self.raws[key] = r
        if kind in RAW_TYPES:
            self.user_types.add(name)
            if kind == "range type":  # and the multirange type that comes with it
                self.user_types.update(_multirange_names(name, r.body.text))
        elif kind == "extension":
            self.user_types.update(EXTENSION_TYPES.get(name, ()))

    # ---- tables --------------------------------------------------------------------
    def check_table(self, t: A.TableDef) -> None:
        cols: dict[str, A.Column] = {}
        r = t.r
        r.update(columns=[], pk=None, uniques=[], indexes=[], fks=[], checks=[], mysql=None, params=None)
        column = None
        for item in t.items:
            if isinstance(item, A.CheckDef) and item.attached and column is not None and _plain(item) \
                    and "check" not in column.r:
                column.r["check"] = item.expr  # a column check: its own facet on MariaDB
                continue
            if isinstance(item, A.Column):
                column = item
                self.check_column(t, item, cols)
            elif isinstance(item, A.PrimaryKeyDef):
                self.set_pk(t, item)
            elif isinstance(item, A.UniqueDef):
                r["uniques"].append(item)
            elif isinstance(item, A.IndexDef):
                r["indexes"].append(item)
            elif isinstance(item, A.ForeignKeyDef):
                r["fks"].append(item)
            elif isinstance(item, A.CheckDef):
                r["checks"].append(item)
            elif isinstance(item, A.TableParams):
                if r["params"] is not None:
                    self.error("E203", "table storage parameters (with) given twice", item.pos,
                               hint="merge them into one with (…)")
                    continue
                r["params"] = resolve_table_params(item, self.diags)
            elif isinstance(item, A.DialectBlock):
                if r["mysql"] is not None:
                    self.error("E203", "mysql block given twice", item.pos, hint="merge them into one")
                r["mysql"] = resolve_mysql(item, self.diags)
        r["colnames"] = set(cols)
        for c in r["columns"]:
            self.expr(c.r.get("check"), "check", t)
            self.expr(c.generated, "generated column", t)
            if "generated" in c.r["facts"]:
                self.expr(c.r["facts"]["generated"][0], "generated column", t)
        if not r["columns"]:
            self.error("E219", f"table {t.name.name!r} has no columns", t.name.pos, hint="add at least one column")
        self.check_keys(t, cols)
        if r["pk"] is None:
            self.diags.append(diag("W301", f"table {t.name.name!r} has no primary key", t.name.pos,
                                   hint="add @pk to a column or `primary key (…)`", severity="warning"))

    def set_pk(self, t: A.TableDef, pk: A.PrimaryKeyDef) -> None:
        if t.r["pk"] is not None:
            self.error("E223", f"table {t.name.name!r} has two primary keys", pk.pos,
                       hint="a table has one primary key; make the other one unique")
            return
        t.r["pk"] = pk

    def check_column(self, t: A.TableDef, c: A.Column, cols: dict) -> None:
        self.name(c.name, "column")
        if c.name.name in cols:
            self.error("E203", f"column {c.name.name!r} is defined twice in table {t.name.name!r}", c.name.pos,
                       hint="rename or remove one")
            return
        cols[c.name.name] = c
        t.r["columns"].append(c)
        facts = resolve_decorators(c.decorators, "column", self.diags)
        c.r["facts"] = facts
        try:
            c.r["type"] = resolve_type(c.type, self.user_types)
        except TypeProblem as p:
            self.error(p.code, p.message, c.type.pos, hint=p.hint)
        self.check_column_facets(t, c, facts)
        self.check_default(c)
        if "on_update" in facts:
            self.expr(facts["on_update"], "@on_update")
        if "pk" in facts:
            self.set_pk(t, A.PrimaryKeyDef(None, [c.name], facts["_pos"]["pk"]))
        if "unique" in facts:
            t.r["uniques"].append(A.UniqueDef(None, [c.name], facts["_pos"]["unique"], from_column=True))
        if c.inline_fk is not None:
            t.r["fks"].append(A.ForeignKeyDef(None, [c.name], c.inline_fk, c.inline_fk_pos, inline=True))

    def check_column_facets(self, t: A.TableDef, c: A.Column, facts: dict) -> None:
        pos = facts.get("_pos", {})
        auto = [k for k in ("auto", "identity") if k in facts]
        if len(auto) == 2:
            self.error("E219", "@auto and @identity both given", pos["identity"],
                       hint="@auto is @identity with the server's defaults; keep one")
        if auto and c.default is not None:
            self.error("E219", f"column {c.name.name!r} has both @{auto[0]} and a default", c.default.pos,
                       hint="an identity column takes its values from a sequence; remove the default")
        generated = c.generated is not None or "generated" in facts
        if c.generated is not None and "generated" in facts:
            self.error("E221", "column is generated twice (as (…) and @generated)", pos["generated"],
                       hint="keep one")
        if generated and (c.default is not None or auto):
            where = c.default.pos if c.default is not None else c.name.pos
            self.error("E219", f"generated column {c.name.name!r} cannot have a default or identity", where,
                       hint="remove the default")
        if auto and c.r.get("type", {}).get("name") in SERIALS:
            self.error("E219", f"column {c.name.name!r} is serial and @{auto[0]}", pos[auto[0]],
                       hint="serial already numbers rows; use integer @auto or serial alone")
        tname = c.r.get("type", {}).get("name")
        if auto and tname and tname not in INTEGERS and tname not in SERIALS:
            self.error("E219", f"@{auto[0]} needs an integer column, not {tname}", pos[auto[0]],
                       hint="use smallint, integer or bigint")
        if "pk" in facts and c.nullable:
            self.error("E219", f"primary key column {c.name.name!r} cannot be nullable", c.name.pos,
                       hint="remove the '?'")

    def check_default(self, c: A.Column) -> None:
        d = c.default
        if d is None:
            return
        if d.kind == "dq":
            self.error("E225", 'a default in double quotes is a name in SQL, not a string', d.pos,
                       hint=f"write a string literal in single quotes: = '{d.text}'")
            return
        self.expr(d, "default")
        t = c.r.get("type")
        if not t or not (d.kind == "text" and d.text.startswith("'")):
            return
        value = d.text[1:-1].replace("''", "'")
        labels = None
        if t["name"] in self.enums:
            labels = [label.name for label in self.enums[t["name"]].labels]
        elif t["name"] == "enum":
            labels = list(t["values"])
        if labels is not None and not t["array"] and value not in labels:
            self.error("E209", f"default {value!r} is not a value of {t['name']}", d.pos,
                       hint="one of: " + ", ".join(labels[:10]))

    def check_keys(self, t: A.TableDef, cols: dict) -> None:
        r = t.r
        pk = r["pk"]
        if pk is not None:
            self.constraint_name(t, pk.name, "primary key")
            self.columns_exist(t, cols, pk.columns + pk.include)
            for ident in pk.columns:
                c = cols.get(ident.name)
                if c is not None and c.nullable and ident.pos is not c.name.pos:
                    self.error("E219", f"primary key column {ident.name!r} cannot be nullable", ident.pos,
                               hint=f"remove the '?' from column {ident.name}")
        for u in r["uniques"]:
            self.constraint_name(t, u.name, "unique constraint")
            self.columns_exist(t, cols, u.columns + u.include)
        for ix in r["indexes"]:
            self.check_index(t, cols, ix)
        for fk in r["fks"]:
            self.check_fk(t, cols, fk)
        for ck in r["checks"]:
            self.constraint_name(t, ck.name, "check constraint")
            self.expr(ck.expr, "check", t)

    def columns_exist(self, t: A.TableDef, cols: dict, idents) -> None:
        for ident in idents:
            if ident.name not in cols:
                self.error("E204", f"table {t.name.name!r} has no column {ident.name!r}", ident.pos,
                           hint=_known("columns", cols))

    def check_index(self, t: A.TableDef, cols: dict, ix: A.IndexDef) -> None:
        self.constraint_name(t, ix.name, "index")
        self.columns_exist(t, cols, [k.column for k in ix.keys if k.column] + ix.include)
        for k in ix.keys:
            self.expr(k.expr, "index expression", t)
            if k.length == -1:
                self.error("E202", "an index prefix length is a whole number", k.pos, hint="e.g. name(10)")
        self.expr(ix.where, "index predicate", t)
        ix_params = resolve_params(ix.params, self.diags)
        ix.params = ix_params  # resolved form for the builder

    def check_fk(self, t: A.TableDef, cols: dict, fk: A.ForeignKeyDef) -> None:
        spec = fk.spec
        self.constraint_name(t, fk.name, "foreign key")
        if not fk.inline:
            self.columns_exist(t, cols, fk.columns)
        self.columns_exist(t, cols, spec.on_delete_columns)
        target = self.tables.get(spec.ref_table.name)
        if target is None:
            self.error("E205", f"foreign key references unknown table {spec.ref_table.name!r}",
                       spec.ref_table.pos, hint=_known("tables", self.tables))
            return
        tcols = {c.name.name: c for c in target.items if isinstance(c, A.Column)}
        bad = False
        for ident in spec.ref_columns:
            if ident.name not in tcols:
                self.error("E206", f"table {target.name.name!r} has no column {ident.name!r}", ident.pos,
                           hint=_known("columns", tcols))
                bad = True
        if len(spec.ref_columns) != len(fk.columns):
            self.error("E207", f"foreign key has {len(fk.columns)} column(s) but references "
                       f"{len(spec.ref_columns)}", spec.ref_table.pos, hint="list as many columns on both sides")
            return
        if bad:
            return
        for mine, theirs in zip(fk.columns, spec.ref_columns):
            a, b = cols.get(mine.name), tcols[theirs.name]
            ta, tb = a and a.r.get("type"), b.r.get("type") or self._peek_type(b)
            if not ta or not tb or fk_comparable(ta) == fk_comparable(tb):
                continue
            what = f"{t.name.name}.{mine.name} ({_show_type(ta)}) references {target.name.name}.{theirs.name} " \
                   f"({_show_type(tb)})"
            if fk_family(ta) == fk_family(tb):  # valid on PostgreSQL (existing databases have them)
                self.diags.append(diag("W303", what, mine.pos, severity="warning",
                                       hint="MySQL refuses this foreign key; give both columns the same type"))
            else:
                self.error("E208", f"{t.name.name}.{mine.name} ({_show_type(ta)}) cannot reference "
                           f"{target.name.name}.{theirs.name} ({_show_type(tb)})", mine.pos,
                           hint="give both columns the same type")
        if not self._is_unique(target, [i.name for i in spec.ref_columns]):
            self.error("E222", f"referenced columns ({', '.join(i.name for i in spec.ref_columns)}) of "
                       f"{target.name.name!r} are not its primary key or unique", spec.ref_table.pos,
                       hint="reference the primary key, or add a unique constraint on those columns")

    def _peek_type(self, c: A.Column) -> dict | None:
        try:
            return resolve_type(c.type, self.user_types)
        except TypeProblem:
            return None

    def _is_unique(self, t: A.TableDef, names: list[str]) -> bool:
        wanted = sorted(names)
        keys = []
        for item in t.items:
            if isinstance(item, A.Column):
                decs = {d.name for d in item.decorators}
                if decs & {"pk", "unique"}:
                    keys.append([item.name.name])
            elif isinstance(item, (A.PrimaryKeyDef, A.UniqueDef)):
                keys.append([i.name for i in item.columns])
            elif isinstance(item, A.IndexDef) and item.unique and all(k.column for k in item.keys) \
                    and item.where is None:
                keys.append([k.column.name for k in item.keys])
        return any(sorted(k) == wanted for k in keys)

    # ---- enums and sequences ------------------------------------------------------------
    def check_enum(self, e: A.EnumDef) -> None:
        seen: dict[str, A.Pos] = {}
        if not e.labels:
            self.error("E219", f"enum {e.name.name!r} has no values", e.name.pos, hint="list at least one value")
        for label in e.labels:
            self.name(label, "enum value")
            if label.name in seen:
                self.error("E203", f"enum value {label.name!r} is listed twice", label.pos, hint="remove one")
            seen[label.name] = label.pos

    def check_sequence(self, s: A.SequenceDef) -> None:
        s.r["seq"] = facts = resolve_sequence(s, self.diags)
        owned = facts.get("owned_by")
        if owned:
            (table, column), pos = owned
            t = self.tables.get(table)
            if t is None or not any(isinstance(c, A.Column) and c.name.name == column for c in t.items):
                self.error("E204", f"owned_by names unknown column {table}.{column}", pos,
                           hint="owned_by = table.column of a table in the schema")

    # ---- views -----------------------------------------------------------------------
    def check_view(self, v: A.ViewDef) -> None:
        for c in v.columns:
            self.name(c, "view column")
        info = self.exprs.view(v.body.text)
        if not self._take(v.body, info, f"view {v.name.name}"):
            return
        self.view_info[v.name.name] = info
        if v.columns and info["outputs"] and len(v.columns) != len(info["outputs"]):
            self.error("E219", f"view {v.name.name!r} names {len(v.columns)} columns but selects "
                       f"{len(info['outputs'])}", v.name.pos, hint="list one name per selected column")
        for table in info["tables"]:
            if table not in self.tables and table not in self.views and not self.is_raw_relation(table):
                self.error("E210", f"view {v.name.name!r} reads unknown table {table!r}",
                           self._find(v.body, table), hint=_known("tables", self.tables))
        for table, column in info["columns"]:
            known = self._columns_of(table)
            if known is not None and column not in known:
                self.error("E211", f"view {v.name.name!r} reads unknown column {table}.{column}",
                           self._find(v.body, column), hint=_known("columns", dict.fromkeys(known)))
        self.check_column_comments(v, info)

    def check_column_comments(self, v: A.ViewDef, info: dict) -> None:
        """@column_comment names a column the view selects (when its columns are known:
        an explicit list, or a body without ``*``)."""
        known = [c.name for c in v.columns] or info["outputs"]
        for column, _, pos in v.r["facts"].get("column_comment", ()):
            if known and column not in known:
                self.error("E204", f"view {v.name.name!r} has no column {column!r}", pos,
                           hint=_known("columns", dict.fromkeys(known)))

    def is_matview(self, name: str) -> bool:
        return ("postgres", "materialized view", name) in self.raws

    def is_raw_relation(self, name: str) -> bool:
        """A materialized view or a partition, which a view may read by name."""
        return self.is_matview(name) or ("postgres", "partition", name) in self.raws

    def _columns_of(self, name: str) -> list[str] | None:
        t = self.tables.get(name)
        if t is not None:
            return [c.name.name for c in t.items if isinstance(c, A.Column)]
        v = self.views.get(name)
        if v is not None:
            if v.columns:
                return [c.name for c in v.columns]
            info = self.view_info.get(name) or self.exprs.view(v.body.text)
            return info.get("outputs") or None
        return None

    @staticmethod
    def _find(e: A.Expr, word: str) -> A.Pos:
        """The position of ``word`` inside an expression's text (or its start)."""
        m = re.search(r"(?<![\w$])" + re.escape(word) + r"(?![\w$])", e.text)
        if not m:
            return e.pos
        before = e.text[:m.start()]
        nl = before.count("\n")
        if nl == 0:
            col = e.pos.col + _OFFSET.get(e.kind, 0) + len(before)
        else:
            col = len(before) - before.rfind("\n")
        return A.Pos(e.pos.file, e.pos.line + nl, col, col + len(word))

    def check_view_cycles(self) -> None:
        deps = {n: [d for d in self.view_info.get(n, {}).get("tables", []) if d in self.views] for n in self.views}
        state: dict[str, int] = {}
        for start in sorted(deps):
            if state.get(start):
                continue
            stack = [(start, iter(deps[start]))]
            path = [start]
            state[start] = 1
            while stack:
                node, it = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    state[node] = 2
                    stack.pop()
                    path.pop()
                elif state.get(nxt) == 1:
                    cycle = path[path.index(nxt):] + [nxt]
                    v = self.views[nxt]
                    self.error("E212", "views depend on each other in a cycle: " + " -> ".join(cycle),
                               v.name.pos, hint="a view cannot read itself, directly or through other views")
                elif not state.get(nxt):
                    state[nxt] = 1
                    path.append(nxt)
                    stack.append((nxt, iter(deps[nxt])))


def _plain(ck: A.CheckDef) -> bool:
    """A check with no name or options: what a column-level CHECK can hold."""
    return ck.name is None and not (ck.no_inherit or ck.not_valid or ck.comment is not None)


def _known(what: str, names) -> str:
    names = sorted(names)
    if not names:
        return f"there are no {what}"
    shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "")
    return f"known {what}: {shown}"


def _show_type(t: dict) -> str:
    text = t["name"] + (f"({', '.join(map(str, t['args']))})" if t["args"] else "")
    return text + (" unsigned" if t["unsigned"] else "") + "[]" * t["array"]


def analyze(files: list[A.File]) -> Analysis:
    return Analysis(files).run()


def _multirange_names(range_name: str, ddl: str) -> set[str]:
    named = {quoted.replace('""', '"') if quoted else bare.lower() for quoted, bare in _MULTIRANGE.findall(ddl)}
    if named:
        return named
    # the server's own name: "range" in the name becomes "multirange", else "_multirange" is appended
    return {range_name.replace("range", "multirange", 1) if "range" in range_name else range_name + "_multirange"}
