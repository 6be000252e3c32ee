"""Text -> AST: the lark LALR parser with an inline transformer.

The transformer runs during parsing (no parse tree is kept, and nothing here
recurses over nesting depth), so deep nesting and large files cost only
memory. Syntax errors become located diagnostics (E1xx).
"""
from __future__ import annotations

import re

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from sqlxc.dsl import ast as A
from sqlxc.dsl.diagnostics import diag
from sqlxc.errors import Diagnostic


class Span:
    """A balanced ``( … )`` run of SQL tokens: offsets of the outer parens."""

    __slots__ = ("end", "start", "tok")

    def __init__(self, start: int, end: int, tok: Token):
        self.start, self.end, self.tok = start, end, tok


class IdentList(list):
    __slots__ = ("pos",)


_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "'": "'", "0": "\0"}


class _Ctx:
    """What the transformer needs to know about the file being parsed."""

    def __init__(self, name: str, text: str):
        self.name, self.text = name, text
        self.diags: list[Diagnostic] = []
        self.comments: list[A.Comment] = []
        self.spans: list[tuple[int, int]] = []


def _is_tok(x, *types) -> bool:
    return isinstance(x, Token) and (not types or x.type in types)


class _Builder(Transformer):
    """Rule name -> AST node. Keywords are kept (keep_all_tokens) for positions."""

    ctx: _Ctx

    # ---- positions and tokens ----------------------------------------------------
    def pos(self, tok: Token) -> A.Pos:
        return A.Pos(self.ctx.name, tok.line, tok.column, tok.end_column, tok.end_line)

    def decode(self, tok: Token) -> str:
        raw = str(tok)
        if tok.type == "TRIPLE":
            return raw[3:-3]
        if tok.type == "BQ":
            return raw[1:-1].replace("``", "`")
        if tok.type == "SQ":
            return raw[1:-1].replace("''", "'")
        if tok.type == "DQ":
            return self._unescape(raw[1:-1], tok)
        return raw

    def _unescape(self, body: str, tok: Token) -> str:
        if "\\" not in body:
            return body
        out, i = [], 0
        while i < len(body):
            ch = body[i]
            if ch == "\\" and i + 1 < len(body):
                nxt = body[i + 1]
                if nxt in _ESCAPES:
                    out.append(_ESCAPES[nxt])
                else:
                    p = A.Pos(self.ctx.name, tok.line, tok.column + 1 + i, tok.column + 3 + i)
                    self.ctx.diags.append(diag("E105", f"unknown escape '\\{nxt}' in a quoted string", p,
                                               hint='use \\\\ \\" \\n \\t \\r or \\0'))
                    out.append(nxt)
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out)

    def sql(self, span: Span) -> str:
        self.ctx.spans.append((span.start, span.end))
        return self.ctx.text[span.start + 1:span.end - 1]

    def first_pos(self, children) -> A.Pos:
        for c in children:
            if isinstance(c, Token):
                return self.pos(c)
            p = getattr(c, "pos", None)
            if isinstance(p, A.Pos):
                return p
            if isinstance(c, Span):
                return self.pos(c.tok)
        return A.Pos(self.ctx.name, 1, 1)

    # ---- shared pieces -----------------------------------------------------------
    def ident(self, c):
        return A.Ident(self.decode(c[0]), self.pos(c[0]))

    def ident_list(self, c):
        out = IdentList(x for x in c if isinstance(x, A.Ident))
        out.pos = self.pos(c[0])
        return out

    def paren_sql(self, c):
        return Span(c[0].start_pos, c[-1].end_pos, c[0])

    def sql_group(self, c):
        return None  # only the outer parentheses' span matters

    def _value(self, kind, text, tok, ref=("", "")):
        return A.Value(kind, text, self.pos(tok), ref)

    def v_str(self, c):
        return self._value("str", self.decode(c[0]), c[0])

    def v_num(self, c):
        return self._value("num", str(c[0]), c[0])

    def v_neg(self, c):
        return self._value("num", "-" + str(c[1]), c[0])

    def v_ref(self, c):
        a, b = c[0], c[2]
        return A.Value("ref", f"{a.name}.{b.name}", a.pos, (a.name, b.name))

    def v_name(self, c):
        return self._value("name", self.decode(c[0]), c[0])

    def v_call(self, c):
        text = self.ctx.text[c[0].start_pos:c[1].end]
        self.ctx.spans.append((c[1].start, c[1].end))
        return self._value("call", text, c[0])

    def v_sql(self, c):
        return self._value("sql", self.sql(c[0]), c[0].tok)

    def darg_pos(self, c):
        return A.Arg(None, c[0], c[0].pos)

    def darg_kw(self, c):
        return A.Arg(str(c[0]), c[2], self.pos(c[0]))

    def dargs(self, c):
        return [x for x in c if isinstance(x, A.Arg)]

    def decorator(self, c):
        args = c[2] if len(c) > 2 else []
        p = self.pos(c[0])
        p.end = c[1].end_column
        return A.Decorator(str(c[1]), args, p, has_parens=len(c) > 2)

    def kv(self, c):
        return (c[0], c[2] if len(c) > 2 else None)

    def kv_block(self, c):
        return [x for x in c if isinstance(x, tuple)]

    # ---- defaults ----------------------------------------------------------------
    def default(self, c):
        return ("default", c[1])

    def e_text(self, c):
        return A.Expr(str(c[0]), "text", self.pos(c[0]))

    def e_neg(self, c):
        return A.Expr("-" + str(c[1]), "text", self.pos(c[0]))

    def e_dq(self, c):
        return A.Expr(self.decode(c[0]), "dq", self.pos(c[0]))

    def e_triple(self, c):
        return A.Expr(self.decode(c[0]), "triple", self.pos(c[0]))

    def e_call(self, c):
        self.ctx.spans.append((c[1].start, c[1].end))
        return A.Expr(self.ctx.text[c[0].start_pos:c[1].end], "call", self.pos(c[0]))

    def e_paren(self, c):
        return A.Expr(self.sql(c[0]), "paren", self.pos(c[0].tok))

    # ---- types -------------------------------------------------------------------
    def targ_num(self, c):
        return ("num", str(c[0]), c[0])

    def targ_str(self, c):
        return ("str", self.decode(c[0]), c[0])

    def targ_words(self, c):
        return ("words", " ".join(str(t).lower() for t in c), c[0])

    def type_args(self, c):
        return [x for x in c if isinstance(x, tuple)]

    def type_ref(self, c):
        name = c[0]
        t = A.TypeRef(name.name, A.Pos(name.pos.file, name.pos.line, name.pos.col, name.pos.end))
        for x in c[1:]:
            if isinstance(x, list):
                t.args = [a[1] for a in x]
                t.arg_kinds = [a[0] for a in x]
                t.pos.end = x and x[-1][2].end_column + 1 or t.pos.end
            elif x.type == "UNSIGNED":
                t.unsigned = True
            elif x.type == "ZEROFILL":
                t.zerofill = True
            elif x.type == "ARRAY":
                t.array += 1
        return t

    # ---- columns -------------------------------------------------------------------
    def inline_fk(self, c):
        spec = A.FkSpec(ref_table=c[1], ref_columns=[c[3]])
        self._fk_opts(spec, c[4:])
        return ("fk", spec, self.pos(c[0]))

    def generated(self, c):
        kind = str(c[2]) if len(c) > 2 else None
        return ("gen", A.Expr(self.sql(c[1]), "paren", self.pos(c[1].tok)), kind)

    def column(self, c):
        col = A.Column(name=c[0], type=c[1], pos=c[0].pos)
        for x in c[2:]:
            if _is_tok(x, "NULLABLE"):
                col.nullable = True
            elif isinstance(x, A.Decorator):
                col.decorators.append(x)
            elif x[0] == "default":
                col.default = x[1]
            elif x[0] == "fk":
                col.inline_fk, col.inline_fk_pos = x[1], x[2]
            elif x[0] == "gen":
                col.generated, col.generated_kind = x[1], x[2]
        return col

    # ---- constraint options --------------------------------------------------------
    def include(self, c):
        return ("include", c[1])

    def comment(self, c):
        return ("comment", self.decode(c[1]))

    def initially(self, c):
        return ("initially", str(c[1]))

    def match(self, c):
        return ("match", str(c[1]))

    def act_cascade(self, c):
        return ("cascade", [])

    def act_restrict(self, c):
        return ("restrict", [])

    def act_none(self, c):
        return ("no action", [])  # explicit: MySQL reports it apart from the default

    def act_set_null(self, c):
        return ("set null", list(c[2]) if len(c) > 2 else [])

    def act_set_default(self, c):
        return ("set default", list(c[2]) if len(c) > 2 else [])

    def on_delete(self, c):
        return ("on_delete", c[2])

    def on_update(self, c):
        return ("on_update", c[2])

    def _fk_opts(self, spec: A.FkSpec, opts) -> None:
        for o in opts:
            if _is_tok(o, "DEFERRABLE"):
                spec.deferrable = True
            elif _is_tok(o, "NOT_VALID"):
                spec.not_valid = True
            elif o[0] == "on_delete":
                spec.on_delete, spec.on_delete_columns = o[1]
            elif o[0] == "on_update":
                spec.on_update, spec.on_update_columns = o[1]
            elif o[0] == "match":
                spec.match = o[1]
            elif o[0] == "initially":
                spec.initially_deferred = o[1] == "deferred"
            elif o[0] == "comment":
                spec.comment = o[1]

    @staticmethod
    def _split_name(c, start: int):
        """(optional name, rest) for ``kw… [name] (list) …``."""
        if isinstance(c[start], A.Ident):
            return c[start], start + 1
        return None, start

    def pk(self, c):
        name, i = self._split_name(c, 2)
        node = A.PrimaryKeyDef(name, list(c[i]), self.pos(c[0]))
        for o in c[i + 1:]:
            if o[0] == "include":
                node.include = list(o[1])
            elif o[0] == "comment":
                node.comment = o[1]
        return node

    def unique(self, c):
        name, i = self._split_name(c, 1)
        node = A.UniqueDef(name, list(c[i]), self.pos(c[0]))
        for o in c[i + 1:]:
            if _is_tok(o, "NULLS_NOT_DISTINCT"):
                node.nulls_not_distinct = True
            elif _is_tok(o, "DEFERRABLE"):
                node.deferrable = True
            elif o[0] == "include":
                node.include = list(o[1])
            elif o[0] == "initially":
                node.initially_deferred = o[1] == "deferred"
            elif o[0] == "comment":
                node.comment = o[1]
        return node

    def fk(self, c):
        name, i = self._split_name(c, 2)
        cols, ref, ref_cols = c[i], c[i + 2], c[i + 3]
        spec = A.FkSpec(ref_table=ref, ref_columns=list(ref_cols))
        self._fk_opts(spec, c[i + 4:])
        return A.ForeignKeyDef(name, list(cols), spec, self.pos(c[0]))

    def check(self, c):
        name, i = self._split_name(c, 1)
        node = A.CheckDef(name, A.Expr(self.sql(c[i]), "paren", self.pos(c[i].tok)), self.pos(c[0]),
                          start=c[0].start_pos)
        for o in c[i + 1:]:
            if _is_tok(o, "NO_INHERIT"):
                node.no_inherit = True
            elif _is_tok(o, "NOT_VALID"):
                node.not_valid = True
            elif o[0] == "comment":
                node.comment = o[1]
        return node

    # ---- indexes -------------------------------------------------------------------
    def prefix_len(self, c):
        return ("length", c[1])

    def collate(self, c):
        return ("collate", self.decode(c[1]))

    def nulls(self, c):
        return ("nulls", str(c[1]))

    def opclass(self, c):
        last = c[-1]
        if isinstance(last, Span):
            self.ctx.spans.append((last.start, last.end))
            return ("opclass", self.ctx.text[c[0].start_pos:last.end])
        return ("opclass", self.ctx.text[c[0].start_pos:last.end_pos])

    def _key_opts(self, key: A.IndexKeyDef, opts) -> None:
        for o in opts:
            if _is_tok(o, "DESC"):
                key.desc = True
            elif _is_tok(o, "ASC"):
                key.asc = True
            elif o[0] == "nulls":
                key.nulls = o[1]
            elif o[0] == "collate":
                key.collation = o[1]
            elif o[0] == "opclass":
                key.opclass = o[1]
            elif o[0] == "length":
                key.length = int(str(o[1])) if str(o[1]).isdigit() else -1

    def ikey_col(self, c):
        key = A.IndexKeyDef(c[0].pos, column=c[0])
        self._key_opts(key, c[1:])
        return key

    def ikey_expr(self, c):
        key = A.IndexKeyDef(self.pos(c[0].tok), expr=A.Expr(self.sql(c[0]), "paren", self.pos(c[0].tok)))
        self._key_opts(key, c[1:])
        return key

    def using(self, c):
        return ("using", c[1])

    def where(self, c):
        return ("where", A.Expr(self.sql(c[1]), "paren", self.pos(c[1].tok)))

    def with_params(self, c):
        return ("with", [x for x in c if isinstance(x, tuple)])

    def index(self, c):
        unique = c[0].type == "UNIQUE_INDEX"
        name, i = self._split_name(c, 1)
        keys = [x for x in c[i:] if isinstance(x, A.IndexKeyDef)]
        node = A.IndexDef(name, keys, self.pos(c[0]), unique=unique)
        close = max(j for j, x in enumerate(c) if _is_tok(x, "RPAR"))
        for o in c[close + 1:]:
            if _is_tok(o, "NULLS_NOT_DISTINCT"):
                node.nulls_not_distinct = True
            elif _is_tok(o, "INVISIBLE"):
                node.invisible = True
            elif o[0] == "using":
                node.using = o[1]
            elif o[0] == "where":
                node.where = o[1]
            elif o[0] == "include":
                node.include = list(o[1])
            elif o[0] == "with":
                node.params = o[1]
            elif o[0] == "comment":
                node.comment = o[1]
        return node

    def table_params(self, c):
        return A.TableParams([x for x in c if isinstance(x, tuple)], self.pos(c[0]))

    def dblock(self, c):
        return A.DialectBlock(str(c[0]), c[1], self.pos(c[0]))

    # ---- objects -------------------------------------------------------------------
    @staticmethod
    def _decorators(c):
        decs = [x for x in c if isinstance(x, A.Decorator)]
        return decs, len(decs)

    def table(self, c):
        decs, i = self._decorators(c)
        items = [x for x in c[i + 3:] if not isinstance(x, Token)]
        table = A.TableDef(c[i + 1], items, decs, self.pos(c[i]), close=c[-1].start_pos)
        if decs:
            table.pos = decs[0].pos
        self._attach_checks(items)
        return table

    def _attach_checks(self, items) -> None:
        """A check that starts on the line where its column (or that column's
        previous check) ends belongs to the column."""
        after_column = False
        for item in items:
            if isinstance(item, A.CheckDef) and after_column and self._same_line(item.start):
                item.attached = True
                continue
            after_column = isinstance(item, A.Column)

    def _same_line(self, offset: int) -> bool:
        return "\n" not in self.ctx.text[self._end_before(offset):offset]

    def _end_before(self, offset: int) -> int:
        """The offset just past the last token before ``offset`` (whitespace and comments skipped)."""
        text, comments = self.ctx.text, self.ctx.comments
        k, i = len(comments) - 1, offset
        while i > 0:
            if text[i - 1].isspace():
                i -= 1
                continue
            while k >= 0 and comments[k].offset >= i:
                k -= 1
            if k >= 0 and comments[k].offset + len(comments[k].text) >= i:
                i = comments[k].offset
                continue
            break
        return i

    def label(self, c):
        return A.Ident(self.decode(c[0]), self.pos(c[0]))

    def enum(self, c):
        decs, i = self._decorators(c)
        labels = [x for x in c[i + 3:] if isinstance(x, A.Ident)]
        return A.EnumDef(c[i + 1], labels, decs, decs[0].pos if decs else self.pos(c[i]))

    def view_body(self, c):
        if c[0].type == "EQUAL":
            return A.Expr(self.decode(c[1]), "triple", self.pos(c[1]))
        return A.Expr(self.sql(c[1]), "paren", self.pos(c[1].tok))

    def view(self, c):
        decs, i = self._decorators(c)
        cols = list(c[i + 2]) if isinstance(c[i + 2], IdentList) else []
        return A.ViewDef(c[i + 1], cols, c[-1], decs, decs[0].pos if decs else self.pos(c[i]))

    def sequence(self, c):
        decs, i = self._decorators(c)
        return A.SequenceDef(c[i + 1], c[i + 2], decs, decs[0].pos if decs else self.pos(c[i]))

    def raw_kind(self, c):
        return A.Ident(self.decode(c[0]), self.pos(c[0]))

    def raw(self, c):
        decs, i = self._decorators(c)
        body = A.Expr(self.decode(c[-1]), "triple", self.pos(c[-1]))
        return A.RawDef(str(c[i]), c[i + 1], c[i + 2], body, decs, decs[0].pos if decs else self.pos(c[i]))

    def start(self, c):
        return list(c)


MAX_DEPTH = 500  # no real expression comes close; deeper input only costs time and memory
_OPEN_RUNS = re.compile(r"\((?:\s*\()+")  # maximal runs of "(": linear, unlike a {500} repeat

_BUILDER = _Builder()
_PARSER: Lark | None = None


def _parser() -> Lark:
    global _PARSER
    if _PARSER is None:
        from sqlxc.resources import grammar_text

        _PARSER = Lark(
            grammar_text(),
            parser="lalr",
            lexer="contextual",
            keep_all_tokens=True,
            transformer=_BUILDER,
            maybe_placeholders=False,
            cache=_cache_path(),
            lexer_callbacks={"COMMENT": _on_comment},
        )
    return _PARSER


def _cache_path():
    """Lark caches the analysed grammar; keep it in our cache dir, or skip it."""
    from sqlxc.dsl.exprcache import cache_dir

    folder = cache_dir()
    if folder is None:
        return False
    return str(folder / "grammar.lark.cache")


def _on_comment(tok: Token):
    _BUILDER.ctx.comments.append(A.Comment(str(tok), tok.line, tok.column, tok.start_pos))
    return tok


def parse(text: str, filename: str = "<string>") -> tuple[A.File | None, list[Diagnostic]]:
    """Parse one file: (the AST or None, diagnostics)."""
    deep = next((m for m in _OPEN_RUNS.finditer(text) if m.group().count("(") >= MAX_DEPTH), None)
    if deep:
        line = text.count("\n", 0, deep.start()) + 1
        col = deep.start() - (text.rfind("\n", 0, deep.start()) + 1) + 1
        return None, [diag("E106", f"parentheses nested more than {MAX_DEPTH} levels deep",
                           A.Pos(filename, line, col, col + 1), hint="simplify the expression")]
    ctx = _Ctx(filename, text)
    _BUILDER.ctx = ctx
    parser = _parser()
    try:
        objects = parser.parse(text)
    except UnexpectedInput as exc:
        return None, ctx.diags + [syntax_diagnostic(exc, text, filename, parser)]
    except RecursionError:
        return None, [diag("E106", "input nested too deeply to parse", A.Pos(filename, 1, 1),
                           hint="simplify the nesting of parentheses")]
    f = A.File(filename, text, objects, ctx.comments, ctx.spans)
    return f, ctx.diags


# ---- syntax errors ----------------------------------------------------------------

_HUMAN = {
    "NAME": "a name", "DQ": 'a "quoted" string or name', "SQ": "a 'string'", "BQ": "a `quoted` name",
    "TRIPLE": 'a """triple-quoted""" text', "NUMBER": "a number", "SQL_ATOM": "SQL text",
    "NULLABLE": "'?'", "ARRAY": "'[]'", "UNIQUE_INDEX": "'unique index'", "NOT_VALID": "'not valid'",
    "NULLS_NOT_DISTINCT": "'nulls not distinct'", "NO_INHERIT": "'no inherit'", "$END": "end of file",
}


def _human_terminal(name: str, parser: Lark) -> str:
    if name in _HUMAN:
        return _HUMAN[name]
    try:
        term = parser.get_terminal(name)
        if term.pattern.type == "str":
            return f"'{term.pattern.value}'"
    except KeyError:
        pass
    return name.lower()


def _expected(exc: UnexpectedInput, parser: Lark) -> str:
    names = getattr(exc, "expected", None) or getattr(exc, "allowed", None) or ()
    human = sorted({_human_terminal(n, parser) for n in names})
    if len(human) > 10:
        human = human[:10] + ["…"]
    return ", ".join(human)


def _line_of(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


def syntax_diagnostic(exc: UnexpectedInput, text: str, filename: str, parser: Lark) -> Diagnostic:
    if isinstance(exc, UnexpectedCharacters):
        ch = text[exc.pos_in_stream] if exc.pos_in_stream < len(text) else ""
        pos = A.Pos(filename, exc.line, exc.column, exc.column + 1)
        if ch in "\"'`":
            kind = {'"': "string or quoted name", "'": "string", "`": "quoted name"}[ch]
            hint = ("close it on the same line; use \\n for a newline" if ch == '"'
                    else "add the closing quote")
            return diag("E103", f"unterminated {kind}", pos, hint=hint)
        if not ch.isprintable() or ch in "\ufffd":
            return diag("E102", f"unexpected character U+{ord(ch):04X}", pos,
                        hint="is this a text file? .sqlx files are UTF-8 text")
        return diag("E102", f"unexpected character {ch!r}", pos, hint=f"expected {_expected(exc, parser)}")
    if isinstance(exc, UnexpectedToken) and exc.token.type != "$END":
        tok = exc.token
        pos = A.Pos(filename, tok.line, tok.column, tok.end_column)
        expected = _expected(exc, parser)
        hint = f"expected {expected}"
        if tok.type != "NAME" and str(tok).isidentifier() and "NAME" in (exc.expected or ()):
            hint = f"'{tok}' is a keyword here; write \"{tok}\" to use it as a name"
        keyword_column = _keyword_column(text, tok.line)
        if keyword_column:
            hint = f'to name a column {keyword_column}, quote it: "{keyword_column}"'
        return diag("E101", f"unexpected {_show(tok)}", pos, hint=hint)
    lines = text.splitlines() or [""]
    line = len(lines)
    if text.endswith("\n"):
        line += 1
        lines.append("")
    pos = A.Pos(filename, line, len(lines[line - 1]) + 1)
    return diag("E104", "unexpected end of file", pos, hint="is a closing '}', ')' or '\"\"\"' missing?")


_KEYWORD_COLUMN = re.compile(r"^\s*(index|unique|primary|foreign|check|mysql|with)\s+[A-Za-z_]\w*(\(.*\))?\??\s*$")


def _keyword_column(text: str, line: int) -> str | None:
    """The keyword, when the error's line or the one before reads like a column named after one."""
    lines = text.splitlines()
    for n in (line - 1, line - 2):
        m = _KEYWORD_COLUMN.match(lines[n]) if 0 <= n < len(lines) else None
        if m:
            return m.group(1)
    return None


def _show(tok: Token) -> str:
    text = str(tok)
    if len(text) > 30:
        text = text[:27] + "..."
    return repr(text) if tok.type not in ("SQ", "DQ", "TRIPLE") else f"string {text}"
