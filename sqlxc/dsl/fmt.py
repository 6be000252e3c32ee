"""``sqlxc fmt``: canonical layout of .sqlx text that keeps every comment.

The AST is printed back (names re-quoted canonically, one item per line,
columns aligned as a table, constraints after the columns they were written
among, SQL expressions verbatim), and each comment is put back before the
item it preceded or after the item whose line it ended. Formatting never
changes the AIR: ``compile(fmt(x)) == compile(x)``; and ``fmt(fmt(x)) ==
fmt(x)``.
"""
from __future__ import annotations

import bisect
import re

from sqlxc.dsl import ast as A
from sqlxc.dsl.quoting import PLAIN as _PLAIN
from sqlxc.dsl.quoting import ident, sq, string
from sqlxc.errors import CompileError

INDENT = "  "


def format_text(text: str, filename: str = "<string>") -> str:
    """The canonical form of ``text``; raises CompileError on a syntax error."""
    from sqlxc.dsl.diagnostics import with_sources
    from sqlxc.dsl.parser import parse

    f, diags = parse(text, filename)
    if f is None or diags:
        raise CompileError(f"cannot format {filename}: it does not parse",
                           diagnostics=tuple(with_sources(diags, {filename: text})))
    return _Formatter(f).run()


# ---- printing AST pieces ---------------------------------------------------------------

def _value(v: A.Value) -> str:
    if v.kind == "str":
        return string(v.text)
    if v.kind == "name":
        return v.text if _PLAIN.match(v.text) else "`" + v.text.replace("`", "``") + "`"
    if v.kind == "ref":
        return f"{ident(v.ref[0])}.{ident(v.ref[1])}"
    if v.kind == "sql":
        return f"({v.text})"
    return v.text  # num, call (verbatim)


def _decorator(d: A.Decorator) -> str:
    if not d.has_parens:
        return "@" + d.name
    args = ", ".join((f"{a.key}={_value(a.value)}" if a.key else _value(a.value)) for a in d.args)
    return f"@{d.name}({args})"


def _expr(e: A.Expr) -> str:
    if e.kind == "paren":
        return f"({e.text})"
    if e.kind == "triple":
        return f'"""{e.text}"""'
    if e.kind == "dq":
        return string(e.text)
    return e.text


def _type(t: A.TypeRef) -> str:
    out = ident(t.name)
    if t.args:
        parts = []
        for a, k in zip(t.args, t.arg_kinds):
            parts.append(sq(a) if k == "str" else str(a))
        out += "(" + ", ".join(parts) + ")"
    if t.unsigned:
        out += " unsigned"
    if t.zerofill:
        out += " zerofill"
    return out + "[]" * t.array


def _list(idents) -> str:
    return "(" + ", ".join(ident(i.name) for i in idents) + ")"


def _named(kw: str, name: A.Ident | None) -> str:
    return kw + (" " + ident(name.name) if name is not None else "")


def _comment(c: str | None) -> str:
    return f" comment {string(c)}" if c is not None else ""


def _action(action: str | None, cols) -> str:
    return (action or "no action") + (" " + _list(cols) if cols else "")


def _fk_opts(s: A.FkSpec) -> str:
    out = ""
    if s.on_delete is not None or s.on_delete_columns:
        out += " on delete " + _action(s.on_delete, s.on_delete_columns)
    if s.on_update is not None or s.on_update_columns:
        out += " on update " + _action(s.on_update, s.on_update_columns)
    if s.match:
        out += " match " + s.match
    if s.deferrable:
        out += " deferrable"
    if s.initially_deferred:
        out += " initially deferred"
    if s.not_valid:
        out += " not valid"
    return out + _comment(s.comment)


def _check(c: A.CheckDef) -> str:
    out = _named("check", c.name) + " " + _expr(c.expr)
    if c.no_inherit:
        out += " no inherit"
    if c.not_valid:
        out += " not valid"
    return out + _comment(c.comment)


def _key(k: A.IndexKeyDef) -> str:
    out = ident(k.column.name) if k.column is not None else _expr(k.expr)
    if k.length is not None:
        out += f"({k.length})"
    if k.collation is not None:
        out += " collate " + string(k.collation)
    if k.opclass is not None:
        out += " " + k.opclass
    if k.desc:
        out += " desc"
    elif k.asc:
        out += " asc"
    if k.nulls:
        out += " nulls " + k.nulls
    return out


def _kv(key: A.Ident, value: A.Value | None) -> str:
    return ident(key.name) + ("" if value is None else " = " + _value(value))


def _item(node) -> str:
    if isinstance(node, A.PrimaryKeyDef):
        out = _named("primary key", node.name) + " " + _list(node.columns)
        out += (" include " + _list(node.include)) if node.include else ""
        return out + _comment(node.comment)
    if isinstance(node, A.UniqueDef):
        out = _named("unique", node.name) + " " + _list(node.columns)
        out += (" include " + _list(node.include)) if node.include else ""
        out += " nulls not distinct" if node.nulls_not_distinct else ""
        out += " deferrable" if node.deferrable else ""
        out += " initially deferred" if node.initially_deferred else ""
        return out + _comment(node.comment)
    if isinstance(node, A.IndexDef):
        out = _named("unique index" if node.unique else "index", node.name)
        out += " (" + ", ".join(_key(k) for k in node.keys) + ")"
        out += (" using " + ident(node.using.name)) if node.using else ""
        out += (" where " + _expr(node.where)) if node.where else ""
        out += (" include " + _list(node.include)) if node.include else ""
        out += (" with (" + ", ".join(_kv(k, v) for k, v in node.params) + ")") if node.params else ""
        out += " nulls not distinct" if node.nulls_not_distinct else ""
        out += " invisible" if node.invisible else ""
        return out + _comment(node.comment)
    if isinstance(node, A.ForeignKeyDef):
        s = node.spec
        out = _named("foreign key", node.name) + " " + _list(node.columns)
        return out + f" references {ident(s.ref_table.name)} {_list(s.ref_columns)}" + _fk_opts(s)
    if isinstance(node, A.CheckDef):
        return _check(node)
    if isinstance(node, A.TableParams):
        return "with (" + ", ".join(_kv(k, v) for k, v in node.items) + ")"
    if isinstance(node, A.DialectBlock):
        return node.dialect + " { " + ", ".join(_kv(k, v) for k, v in node.items) + " }"
    raise TypeError(node)


def _column_row(c: A.Column, checks: list[A.CheckDef]) -> list[str]:
    row = [ident(c.name.name), _type(c.type) + ("?" if c.nullable else "")]
    rest = [_decorator(d) for d in c.decorators]
    if c.default is not None:
        rest.append("= " + _expr(c.default))
    if c.generated is not None:
        rest.append("as " + _expr(c.generated) + (f" {c.generated_kind}" if c.generated_kind else ""))
    if c.inline_fk is not None:
        s = c.inline_fk
        rest.append(f"-> {ident(s.ref_table.name)}.{ident(s.ref_columns[0].name)}" + _fk_opts(s))
    rest += [_check(ck) for ck in checks]
    return row + ([" ".join(rest)] if rest else [])


def _head(decorators: list[A.Decorator]) -> list[str]:
    return [" ".join(_decorator(d) for d in decorators)] if decorators else []


def _object_lines(obj) -> list[str]:
    head = _head(obj.decorators)
    if isinstance(obj, A.EnumDef):
        labels = ", ".join(lb.name if _PLAIN.match(lb.name) else string(lb.name) for lb in obj.labels)
        return head + [f"enum {ident(obj.name.name)} {{ {labels} }}"]
    if isinstance(obj, A.SequenceDef):
        items = ", ".join(_kv(k, v) for k, v in obj.items)
        return head + [f"sequence {ident(obj.name.name)} {{ {items} }}" if items
                       else f"sequence {ident(obj.name.name)} {{ }}"]
    if isinstance(obj, A.ViewDef):
        cols = " " + _list(obj.columns) if obj.columns else ""
        body = f'= {_expr(obj.body)}' if obj.body.kind == "triple" else f"as {_expr(obj.body)}"
        return head + [f"view {ident(obj.name.name)}{cols} {body}"]
    if isinstance(obj, A.RawDef):  # the statement exactly as written: it is the object's fingerprint
        kind = obj.kind.name if _PLAIN.match(obj.kind.name) else string(obj.kind.name)
        return head + [f'{obj.dialect} {kind} {ident(obj.name.name)} = """{obj.body.text}"""']
    raise TypeError(obj)


# ---- layout with comments ----------------------------------------------------------------

class _Formatter:
    def __init__(self, f: A.File):
        self.f = f
        self.text = f.text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        spans = _merge(f.expr_spans)
        self.comments = []  # (offset, end, line, text) outside SQL expressions
        for c in f.comments:
            off = self.offset(c.line, c.col)
            if not _inside(spans, off):
                self.comments.append((off, off + len(c.text), c.line, c.text.rstrip()))
        self.comments.sort()
        self.used: set[int] = set()

    def offset(self, line: int, col: int) -> int:
        return self.line_starts[line - 1] + col - 1

    def line_of(self, off: int) -> int:
        return bisect.bisect_right(self.line_starts, off)

    def unit_end(self, start: int, bound: int) -> int:
        """The offset just past the last token of the unit between start and bound."""
        i = bound
        while i > start:
            ch = self.text[i - 1]
            if ch.isspace():
                i -= 1
                continue
            inside = [c for c in self.comments if c[0] < i <= c[1]]
            if inside:
                i = inside[0][0]
                continue
            break
        return i

    def comments_in(self, lo: int, hi: int) -> list[tuple]:
        out = [c for c in self.comments if lo <= c[0] < hi and c[0] not in self.used]
        for c in out:
            self.used.add(c[0])
        return out

    def blank_before(self, off: int) -> bool:
        """Whether the source has a blank line right before ``off`` (after the previous text)."""
        i = self.text.rfind("\n", 0, off)
        j = self.text.rfind("\n", 0, max(i, 0))
        return i > 0 and j >= 0 and self.text[j + 1:i].strip() == "" and self.text[:i].strip() != ""

    def run(self) -> str:
        out: list[str] = []
        objs = self.f.objects
        starts = [self.offset(o.pos.line, o.pos.col) for o in objs]
        for k, obj in enumerate(objs):
            bound = starts[k + 1] if k + 1 < len(objs) else len(self.text)
            lead = self.comments_in(0 if k == 0 else self.prev_end, starts[k])
            if out:
                out.append("")
            out += self.comment_lines(lead, "")
            if lead and self.blank_before(starts[k]):
                out.append("")
            if isinstance(obj, A.TableDef):
                out += self.table(obj, starts[k], bound)
                end = self.unit_end(starts[k], bound)
            else:
                end = self.unit_end(starts[k], bound)
                inner = self.comments_in(starts[k], end)
                out += [c[3] for c in inner]
                lines = _object_lines(obj)
                lines[-1] += self.trailing(end, bound)
                out += lines
            self.prev_end = end
        rest = self.comments_in(0, len(self.text) + 1)
        if rest:
            if out:
                out.append("")
            out += self.comment_lines(rest, "")
        return "\n".join(out) + "\n" if out else ""

    prev_end = 0

    def comment_lines(self, comments: list[tuple], indent: str) -> list[str]:
        """Comment lines, keeping one blank line where the source had any inside the group."""
        out: list[str] = []
        for k, c in enumerate(comments):
            if k > 0 and self.blank_before(c[0]):
                out.append("")
            out.append(indent + c[3])
        return out

    def trailing(self, end: int, bound: int) -> str:
        line = self.line_of(max(end - 1, 0))
        for c in self.comments:
            if end <= c[0] < bound and c[2] == line and c[0] not in self.used:
                self.used.add(c[0])
                return "  " + c[3]
        return ""

    def table(self, t: A.TableDef, start: int, bound: int) -> list[str]:
        first = self.offset(t.items[0].pos.line, t.items[0].pos.col) if t.items else t.close
        head_end = self.unit_end(start, first)
        lines = [c[3] for c in self.comments_in(start, self.text.rfind("{", start, first) + 1)]
        lines += _head(t.decorators)
        lines.append(f"table {ident(t.name.name)} {{" + self.trailing(head_end, first))
        units = self.group(t)
        rows: list[tuple] = []  # (leading comments, blank before, row or text, trailing)
        offs = [self.offset(u[0].pos.line, u[0].pos.col) for u in units]
        prev = head_end
        for k, unit in enumerate(units):
            ubound = offs[k + 1] if k + 1 < len(units) else t.close
            lead = self.comments_in(prev, offs[k])
            end = self.unit_end(offs[k], ubound)
            lead += self.comments_in(offs[k], end)
            blank = k > 0 and self.blank_before(lead[0][0] if lead else offs[k])
            node = unit[0]
            body = _column_row(node, unit[1:]) if isinstance(node, A.Column) else _item(node)
            rows.append((lead, blank, body, self.trailing(end, ubound)))
            prev = end
        tail = self.comments_in(prev, t.close)
        col_rows = [r[2] for r in rows if isinstance(r[2], list)]
        widths = (max((len(r[0]) for r in col_rows), default=0), max((len(r[1]) for r in col_rows if len(r) > 2),
                                                                     default=0))
        for lead, blank, body, trail in rows:
            if blank:
                lines.append("")
            lines += self.comment_lines(lead, INDENT)
            lines.append(INDENT + (_align(body, widths) if isinstance(body, list) else body) + trail)
        lines += [INDENT + c[3] for c in tail]
        lines.append("}" + self.trailing(t.close + 1, bound))
        return lines

    def group(self, t: A.TableDef) -> list[list]:
        """Items as units: a check written on its column's line travels with it."""
        units: list[list] = []
        for item in t.items:
            if isinstance(item, A.CheckDef) and item.attached and units:
                units[-1].append(item)
                continue
            units.append([item])
        return units


def _align(row: list[str], widths: tuple[int, int]) -> str:
    if len(row) == 2:
        return row[0].ljust(widths[0]) + "  " + row[1]
    return row[0].ljust(widths[0]) + "  " + row[1].ljust(widths[1]) + "  " + row[2]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Nested or overlapping spans -> the outermost ones, sorted and disjoint."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inside(spans: list[tuple[int, int]], off: int) -> bool:
    k = bisect.bisect_right(spans, (off, float("inf"))) - 1
    return k >= 0 and spans[k][0] < off < spans[k][1]
