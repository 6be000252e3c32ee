"""AIR -> canonical ``.sqlx`` text, for any schema (neutral or introspected).

``compile_text(to_sqlx(s)) == s`` for a neutral ``s``. For a dialect schema,
every fact is written out (names, expressions in the server's printed form,
MySQL table options in a ``mysql { … }`` block), so compiling and lowering it
gives the same AIR. Constraints are written at table level, in AIR order, so
the order of unnamed ones survives the round trip.
"""
from __future__ import annotations

import re

from sqlxc.air import model as M
from sqlxc.air.canonical import canonical
from sqlxc.dsl.quoting import KEYWORDS, ident, sq, string
from sqlxc.dsl.quoting import PLAIN as _PLAIN
from sqlxc.dsl.resolve import RAW_KINDS
from sqlxc.errors import UnsupportedError

_LITERAL = re.compile(r"^(-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?|'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_]*)$")
_SQL_TOKENS = re.compile(r"""'(?:[^']|'')*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\n]|``)*`|[()]|[^\s()'"`]+|\s+""")


def _balanced(text: str) -> bool:
    """Whether ``(text)`` lexes as one balanced SQL run in our grammar."""
    depth, pos = 0, 0
    for m in _SQL_TOKENS.finditer(text):
        if m.start() != pos:
            return False
        pos = m.end()
        tok = m.group()
        if tok.startswith(("//", "--")) or "//" in tok or "--" in tok:
            return False
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
            if depth < 0:
                return False
    return pos == len(text) and depth == 0


def sql(text: str) -> str:
    """An expression in a form our grammar reads back verbatim."""
    if _balanced(text) and text.strip() == text:
        return f"({text})"
    if '"""' not in text and not text.endswith('"'):
        return f'"""{text}"""'
    raise UnsupportedError(f"this expression cannot be written in .sqlx (unbalanced parentheses and a "
                           f'triple quote): {text[:60]!r}', hint="simplify the expression on the server")


def default_expr(text: str) -> str:
    if _LITERAL.match(text) and text.lower() not in KEYWORDS:
        return text
    return sql(text)


def type_text(t: M.Type) -> str:
    if t.values:
        out = f"{t.name}({', '.join(sq(v) for v in t.values)})"
    else:
        args = ([t.fields] if t.fields else []) + [str(a) for a in t.args]
        out = ident(t.name) + (f"({', '.join(args)})" if args else "")
    if t.unsigned:
        out += " unsigned"
    if t.zerofill:
        out += " zerofill"
    return out + "[]" * t.array


def _tags(tags: M.Tags) -> list[str]:
    out = []
    if tags.pii:
        out.append("@pii")
    if tags.sensitivity:
        out.append(f"@sensitivity({tags.sensitivity})")
    for k in ("residency", "retention", "owner"):
        v = getattr(tags, k)
        if v is not None:
            out.append(f"@{k}({string(v)})")
    if tags.extra:
        out.append("@tag(" + ", ".join(f"{k}={string(v)}" for k, v in tags.extra) + ")")
    return out


def _num(v: int | None) -> str:
    return str(v)


def identity_text(i: M.Identity) -> str:
    opts = []
    if i.always:
        opts.append("always")
    for k in ("start", "increment", "minvalue", "maxvalue", "cache"):
        v = getattr(i, k)
        if v is not None:
            opts.append(f"{k}={v}")
    if i.cycle:
        opts.append("cycle")
    return "@auto" if not opts else f"@identity({', '.join(opts)})"


def column_parts(c: M.Column, inline_pk: bool) -> list[str]:
    parts = [ident(c.name), type_text(c.type) + ("?" if c.nullable else "")]
    if inline_pk:
        parts.append("@pk")
    if c.identity is not None:
        parts.append(identity_text(c.identity))
    if c.default is not None:
        parts.append("= " + default_expr(c.default))
    if c.generated is not None:
        parts.append(f"as {sql(c.generated.expr)} " + ("stored" if c.generated.stored else "virtual"))
    if c.collation is not None:
        parts.append(f"@collate({string(c.collation)})")
    if c.charset is not None:
        parts.append(f"@charset({string(c.charset)})")
    if c.on_update is not None:
        parts.append(f"@on_update({sql(c.on_update)})")
    if c.invisible:
        parts.append("@invisible")
    if c.compressed:
        parts.append("@compressed")
    if c.srid is not None:
        parts.append(f"@srid({c.srid})")
    if c.comment is not None:
        parts.append(f"@comment({string(c.comment)})")
    parts += _tags(c.tags)
    if c.renamed_from is not None:
        parts.append(f"@renamed_from({ident(c.renamed_from)})")
    if c.check is not None:
        parts.append("check " + sql(c.check))  # on the column's line: a column check
    return parts


def _list(names) -> str:
    return "(" + ", ".join(ident(n) for n in names) + ")"


def _named(keyword: str, name: str | None) -> str:
    return keyword + (" " + ident(name) if name is not None else "")


def _comment(comment: str | None) -> str:
    return f" comment {string(comment)}" if comment is not None else ""


def pk_text(pk: M.PrimaryKey) -> str:
    out = _named("primary key", pk.name) + " " + _list(pk.columns)
    if pk.include:
        out += " include " + _list(pk.include)
    return out + _comment(pk.comment)


def unique_text(u: M.Unique) -> str:
    out = _named("unique", u.name) + " " + _list(u.columns)
    if u.include:
        out += " include " + _list(u.include)
    if u.nulls_not_distinct:
        out += " nulls not distinct"
    if u.deferrable:
        out += " deferrable"
    if u.initially_deferred:
        out += " initially deferred"
    return out + _comment(u.comment)


def key_text(k: M.IndexKey) -> str:
    out = ident(k.column) if k.column is not None else sql(k.expr)
    if k.length is not None:
        out += f"({k.length})"
    if k.collation is not None:
        out += f" collate {string(k.collation)}"
    if k.opclass is not None:
        out += " " + k.opclass
    if k.desc:
        out += " desc"
    if k.nulls_first is not None:
        out += " nulls first" if k.nulls_first else " nulls last"
    return out


def index_text(ix: M.Index) -> str:
    out = _named("unique index" if ix.unique else "index", ix.name)
    out += " (" + ", ".join(key_text(k) for k in ix.keys) + ")"
    if ix.method is not None:
        out += " using " + ident(ix.method)
    if ix.where is not None:
        out += " where " + sql(ix.where)
    if ix.include:
        out += " include " + _list(ix.include)
    if ix.params:
        out += " with (" + ", ".join(f"{ident(k)} = {_value(v)}" for k, v in ix.params) + ")"
    if ix.nulls_not_distinct:
        out += " nulls not distinct"
    if ix.invisible:
        out += " invisible"
    return out + _comment(ix.comment)


def _value(v: str) -> str:
    if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", v) or (_PLAIN.match(v) and v not in KEYWORDS):
        return v
    return string(v)


def _action(action: str | None, cols: tuple[str, ...] = ()) -> str:
    return (action or "no action") + (" " + _list(cols) if cols else "")


def fk_text(fk: M.ForeignKey) -> str:
    out = _named("foreign key", fk.name) + " " + _list(fk.columns)
    out += f" references {ident(fk.ref_table)} {_list(fk.ref_columns)}"
    if fk.on_delete is not None or fk.on_delete_columns:
        out += " on delete " + _action(fk.on_delete, fk.on_delete_columns)
    if fk.on_update is not None:
        out += " on update " + _action(fk.on_update)
    if fk.match is not None:
        out += f" match {fk.match}"
    if fk.deferrable:
        out += " deferrable"
    if fk.initially_deferred:
        out += " initially deferred"
    if fk.not_valid:
        out += " not valid"
    return out + _comment(fk.comment)


def check_text(c: M.Check) -> str:
    out = _named("check", c.name) + " " + sql(c.expr)
    if c.no_inherit:
        out += " no inherit"
    if c.not_valid:
        out += " not valid"
    return out + _comment(c.comment)


def mysql_text(o: M.MySQLTableOptions) -> str:
    items = []
    for field, key in (("engine", "engine"), ("charset", "charset"), ("collation", "collate"),
                       ("row_format", "row_format")):
        v = getattr(o, field)
        if v is not None:
            items.append(f"{key} = {string(v)}")
    items += [f"{ident(k)} = {string(v)}" for k, v in o.create_options]
    if o.system_versioned:
        items.append("system_versioning = true")
    return "mysql { " + ", ".join(items) + " }" if items else "mysql { }"  # present but all defaults


def _align(rows: list[list[str]], indent: str) -> list[str]:
    """Columns as a table: name and type padded so the eye can scan them."""
    if not rows:
        return []
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    out = []
    for r in rows:
        if len(r) == 2:
            out.append(f"{indent}{r[0].ljust(w0)}  {r[1]}".rstrip())
        else:
            out.append(f"{indent}{r[0].ljust(w0)}  {r[1].ljust(w1)}  {' '.join(r[2:])}")
    return out


def table_text(t: M.Table) -> str:
    head = []
    if t.comment is not None:
        head.append(f"@comment({string(t.comment)})")
    head += _tags(t.tags)
    if t.renamed_from is not None:
        head.append(f"@renamed_from({ident(t.renamed_from)})")
    if t.partition_by is not None:
        head.append(f"@partition_by({string(t.partition_by)})")
    if t.unlogged:
        head.append("@unlogged")
    pk = t.primary_key
    inline_pk = (pk is not None and pk.name is None and len(pk.columns) == 1 and not pk.include
                 and pk.comment is None and t.column(pk.columns[0]) is not None
                 and not t.column(pk.columns[0]).nullable)
    rows = [column_parts(c, inline_pk and c.name == pk.columns[0]) for c in t.columns]
    lines = ([" ".join(head)] if head else []) + [f"table {ident(t.name)} {{"]
    lines += _align(rows, "  ")
    items = [] if inline_pk or pk is None else [pk_text(pk)]
    items += [unique_text(u) for u in t.uniques]
    items += [index_text(ix) for ix in t.indexes]
    items += [fk_text(fk) for fk in t.foreign_keys]
    items += [check_text(c) for c in t.checks]
    if t.params:
        items.append("with (" + ", ".join(f"{ident(k)} = {_value(v)}" for k, v in t.params) + ")")
    if t.mysql is not None:
        items.append(mysql_text(t.mysql))
    if items:
        lines.append("")
        lines += ["  " + i for i in items]
    lines.append("}")
    return "\n".join(lines)


def enum_text(e: M.Enum) -> str:
    head = f"@comment({string(e.comment)})\n" if e.comment is not None else ""
    labels = ", ".join(v if _PLAIN.match(v) and v not in KEYWORDS else string(v) for v in e.values)
    return f"{head}enum {ident(e.name)} {{ {labels} }}"


def view_text(v: M.View) -> str:
    head = []
    if v.comment is not None:
        head.append(f"@comment({string(v.comment)})")
    head += [f"@column_comment({ident(c)}, {string(text)})" for c, text in v.column_comments]
    if v.security_barrier:
        head.append("@security_barrier")
    if v.security_invoker:
        head.append("@security_invoker")
    if v.check_option:
        head.append(f"@check_option({v.check_option})")
    if v.algorithm:
        head.append(f"@algorithm({v.algorithm})")
    head += _tags(v.tags)
    cols = " " + _list(v.columns) if v.columns else ""
    body = v.definition
    if '"""' in body or body.endswith('"'):
        text = f"view {ident(v.name)}{cols} as {sql(body.strip())}"
    else:
        text = f'view {ident(v.name)}{cols} = """\n  {body}\n"""'
    return (" ".join(head) + "\n" if head else "") + text


def sequence_text(s: M.Sequence) -> str:
    items = []
    if s.type is not None:
        items.append(f"type = {s.type}")
    for k in ("start", "increment", "minvalue", "maxvalue", "cache"):
        v = getattr(s, k)
        if v is not None:
            items.append(f"{k} = {v}")
    if s.cycle:
        items.append("cycle")
    if s.owned_by is not None:
        items.append(f"owned_by = {ident(s.owned_by[0])}.{ident(s.owned_by[1])}")
    head = f"@comment({string(s.comment)})\n" if s.comment is not None else ""
    return f"{head}sequence {ident(s.name)} {{ {', '.join(items)} }}" if items else f"{head}sequence {ident(s.name)} {{ }}"


def raw_dialect(o: M.Opaque, schema: M.Schema) -> str | None:
    """The server ``o`` can be written for as a raw object, or None when .sqlx cannot say it."""
    dialect = o.dialect or schema.dialect
    if dialect is None or o.ddl is None or o.kind not in RAW_KINDS[dialect] or '"""' in o.ddl:
        return None
    if o.fingerprint != M.ddl_fingerprint(o.ddl):  # it has more than its statement says
        return None
    return dialect


def raw_text(o: M.Opaque, dialect: str) -> str:
    kind = o.kind if " " not in o.kind else f'"{o.kind}"'
    head = f"@depends({', '.join(ident(d) for d in o.depends_on)})\n" if o.depends_on else ""
    return f'{head}{dialect} {kind} {ident(o.name)} = """\n{o.ddl}\n"""'


# raw objects that columns and tables use come first; the rest after the views
_RAW_FIRST = ("extension", "collation", "text search dictionary", "text search configuration", "domain",
              "composite type", "range type")


def to_sqlx(schema: M.Schema) -> str:
    """The whole schema as one canonical .sqlx text (enums, sequences, tables, views,
    then the objects kept as SQL; a comment names each one .sqlx cannot say)."""
    s = canonical(schema)
    raws = [(o, raw_dialect(o, s)) for o in s.opaque]
    blocks = [raw_text(o, d) for o, d in raws if d and o.kind in _RAW_FIRST]
    blocks += [enum_text(e) for e in s.enums] + [sequence_text(q) for q in s.sequences]
    blocks += [table_text(t) for t in s.tables] + [view_text(v) for v in s.views]
    blocks += [raw_text(o, d) for o, d in raws if d and o.kind not in _RAW_FIRST]
    unsaid = [o for o, d in raws if d is None]
    if unsaid:
        blocks.append("\n".join(f"// not modelled: {o.kind} {o.name}" for o in unsaid))
    return "\n\n".join(blocks) + "\n" if blocks else ""
