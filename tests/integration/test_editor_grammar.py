"""editors/sqlx.tmLanguage.json agrees with grammar/sqlx.lark.

Both tokenize the same .sqlx files (the example schema/, the `sqlxc init`
starter and a sample using every construct); every comment, string, keyword,
number, decorator name, object name, column name and type name that Lark sees
must carry the matching TextMate scope, and every TextMate keyword must be a
keyword to Lark. The TextMate side runs on a small interpreter of the format
(match, begin/end, captures, includes), enough for this grammar.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TM = json.loads((ROOT / "editors" / "sqlx.tmLanguage.json").read_text(encoding="utf-8"))

SAMPLE = '''\
// every construct of the language, once
-- both comment styles
enum order_status { pending, paid, "on hold", shipped }

@owner("commerce") @residency("eu") @retention("730d")
@tag(team="core", tier="1")
table users {
  id           bigint        @pk @auto
  email        varchar(320)  @unique @pii @sensitivity(high)
  display_name text?                         // nullable
  country      char(2)       = 'US'
  score        numeric(5, 2) = -1.5  check (score >= -100)
  created_at   timestamptz   = now()
  nickname     text?         @renamed_from(handle)
  "Weird Name" text?
  tags         text[]?
  flags        integer unsigned zerofill = 0
  total        integer       as (score * 2) stored

  index users_created_idx (created_at desc nulls last, (lower(email)))
  unique index (email) using btree where (country <> 'XX') include (id) invisible
  unique (country, email) nulls not distinct deferrable initially deferred
  check positive_score (score > 0) no inherit not valid comment "checked"
  mysql { engine = "InnoDB", charset = "utf8mb4" }
}

table orders {
  id        bigint        @pk @auto
  user_id   bigint        -> users.id on delete cascade on update no action
  status    order_status  = 'pending'
  primary key orders_pk (id) comment 'pk'
  foreign key orders_user_fk (user_id) references users (id) on delete set null (user_id) match full not valid
}

view recent_orders = """
  SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id
"""

view big_orders (id) as (SELECT id FROM orders WHERE id > 10)

table audit {
  id      bigint  @pk
  ref     bigint  -> orders.id on delete restrict on update set default
  parent  bigint? -> audit.id match simple deferrable initially immediate
  code    text    as (upper(ref::text)) virtual
  index (code asc nulls first, parent collate "C") with (fillfactor = 70)
  foreign key (parent) references audit (id) match partial on update cascade
}

sequence invoice_numbers { start = 1000, increment = 1 }

@depends(audit)
postgres trigger "audit.audit_touch" = """
CREATE TRIGGER audit_touch BEFORE UPDATE ON public.audit FOR EACH ROW EXECUTE FUNCTION touch()
"""
mysql "function" dbl = """CREATE FUNCTION dbl(x int) RETURNS int DETERMINISTIC RETURN x * 2"""
'''


# --- a small TextMate interpreter ----------------------------------------------


@dataclass(frozen=True)
class TmToken:
    line: int  # 0-based
    start: int
    end: int
    scopes: tuple[str, ...]


def _resolve(patterns: list[dict]) -> list[dict]:
    out = []
    for p in patterns:
        if "include" in p:
            rule = TM["repository"][p["include"].lstrip("#")]
            out += _resolve(rule["patterns"]) if "patterns" in rule and "match" not in rule and "begin" not in rule else [rule]
        else:
            out.append(p)
    return out


_RX: dict[str, re.Pattern] = {}


def _rx(source: str) -> re.Pattern:
    if source not in _RX:
        _RX[source] = re.compile(source)
    return _RX[source]


def _captured(m: re.Match, captures: dict, base: tuple[str, ...], line: int) -> list[TmToken]:
    tokens, pos = [], m.start()
    groups = sorted((int(k), v["name"]) for k, v in captures.items())
    whole = dict(groups).get(0)
    scopes0 = base + ((whole,) if whole else ())
    for n, name in groups:
        if n == 0 or m.start(n) < 0:
            continue
        if m.start(n) > pos:
            tokens.append(TmToken(line, pos, m.start(n), scopes0))
        tokens.append(TmToken(line, m.start(n), m.end(n), scopes0 + (name,)))
        pos = m.end(n)
    if pos < m.end():
        tokens.append(TmToken(line, pos, m.end(), scopes0))
    return tokens


def tm_tokenize(text: str) -> list[TmToken]:
    tokens: list[TmToken] = []
    stack: list[tuple[dict, tuple[str, ...]]] = []  # open begin/end rules with their scopes
    root = _resolve(TM["patterns"])
    for n, line in enumerate(text.split("\n")):
        pos = 0
        while pos <= len(line):
            rule, scopes = stack[-1] if stack else (None, (TM["scopeName"],))
            inner = scopes + ((rule["contentName"],) if rule and "contentName" in rule else ())
            candidates = _resolve(rule.get("patterns", [])) if rule else root
            best = None
            if rule is not None:
                m = _rx(rule["end"]).search(line, pos)
                if m:
                    best = (m.start(), 0, "end", m, rule)
            for i, p in enumerate(candidates, 1):
                m = _rx(p.get("match") or p["begin"]).search(line, pos)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), i, "begin" if "begin" in p else "match", m, p)
            if best is None or (best[3].end() == best[3].start() and best[2] == "match"):
                if pos < len(line):
                    tokens.append(TmToken(n, pos, len(line), inner))
                break
            start, _, kind, m, p = best
            if start > pos:
                tokens.append(TmToken(n, pos, start, inner))
            if kind == "end":
                tokens += _captured(m, rule.get("endCaptures", {}), inner if "contentName" not in rule else scopes, n)
                stack.pop()
            elif kind == "begin":
                new = inner + ((p["name"],) if "name" in p else ())
                tokens += _captured(m, p.get("beginCaptures", {}), new, n)
                stack.append((p, new))
            else:
                base = inner + ((p["name"],) if "name" in p else ())
                tokens += _captured(m, p.get("captures", {}), base, n)
            pos = max(m.end(), pos + (1 if m.end() == m.start() else 0))
    return tokens


def tm_scope_at(tokens: list[TmToken], line: int, col: int) -> str:
    for t in tokens:
        if t.line == line and t.start <= col < t.end:
            return t.scopes[-1]
    return ""


# --- the Lark side ----------------------------------------------------------------

def _keyword_terminals() -> dict[str, str]:
    """Named terminals that are keywords (``STORED: "stored"``, ``NOT_VALID.2: /not\\s+valid\\b/``)
    -> their words, read from the grammar so a new one is checked without editing this test."""
    from sqlxc.resources import grammar_text

    found = {}
    for m in re.finditer(r'^([A-Z_]+)(?:\.\d+)?:\s*(?:"([a-z]+)"|/([a-z]+(?:\\s\+[a-z]+)*)(?:\\b)?/)\s*$',
                         grammar_text(), re.MULTILINE):
        found[m.group(1)] = (m.group(2) or m.group(3)).replace("\\s+", " ")
    return found


KEYWORD_TYPES = set(_keyword_terminals())

# what Lark calls a token -> the scope prefix TextMate must give it
EXPECTED = {
    "comment": "comment.", "string": "string.", "keyword": "keyword.other.", "number": "constant.numeric.",
    "tag": "entity.name.tag.", "object": "entity.name.type.", "column": "variable.other.column.",
    "type": "storage.type.", "nullable": "keyword.operator.nullable.",
}


def _lark(text: str):
    from lark import Lark, Tree

    from sqlxc.resources import grammar_text

    comments = []
    parser = Lark(grammar_text(), parser="lalr", keep_all_tokens=True, propagate_positions=True,
                  lexer_callbacks={"COMMENT": comments.append})
    tree = parser.parse(text)
    classified = [(c, "comment") for c in comments]
    sql_spans = []

    def walk(node, parents):
        if node.data == "paren_sql":
            sql_spans.append((node.meta.start_pos, node.meta.end_pos))
            return
        for i, child in enumerate(node.children):
            if isinstance(child, Tree):
                walk(child, parents + [node])
            else:
                kind = _classify(child, node, parents, i)
                if kind:
                    classified.append((child, kind))

    walk(tree, [])
    return classified, sql_spans


def _classify(tok, parent, parents, index) -> str | None:
    grand = parents[-1].data if parents else None
    first_ident = parent.data == "ident" and grand is not None and \
        next(c for c in parents[-1].children if hasattr(c, "data") and c.data == "ident") is parent
    if tok.type in ("SQ", "TRIPLE") or (tok.type == "DQ" and parent.data in ("v_str", "e_dq", "comment")):
        return "string"
    if tok.type == "NUMBER":
        return "number"
    if tok.type == "NULLABLE":
        return "nullable"
    if parent.data == "decorator" and tok.type == "NAME":
        return "tag"
    if parent.data == "ident" and grand in ("table", "enum", "view", "sequence") and first_ident:
        return "object"
    if parent.data == "ident" and grand == "column" and first_ident:
        return "column"
    if parent.data == "ident" and grand == "type_ref":
        return "type"
    if tok.type in KEYWORD_TYPES or (tok.type != "NAME" and re.fullmatch(r"[a-z]+", tok.value)):
        return "keyword"
    return None


def _samples() -> list[tuple[str, str]]:
    from sqlxc.cli.init import STARTER_SCHEMA

    found = [("sample", SAMPLE), ("init starter", STARTER_SCHEMA)]
    found += [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
              for p in sorted((ROOT / "schema").glob("**/*.sqlx"))]
    return found


def _offsets(text: str) -> list[int]:
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


@pytest.mark.parametrize("name, text", _samples(), ids=[n for n, _ in _samples()])
def test_textmate_agrees_with_lark(name, text):
    classified, sql_spans = _lark(text)
    tokens = tm_tokenize(text)
    mismatches = []
    for tok, kind in classified:
        scope = tm_scope_at(tokens, tok.line - 1, tok.column - 1)
        if not scope.startswith(EXPECTED[kind]):
            mismatches.append(f"{name}:{tok.line}:{tok.column} {tok.value!r}: Lark {kind}, TextMate {scope or 'nothing'}")
    # the other way round: no word TextMate calls a keyword is anything else to Lark
    lark_keywords = {(t.line - 1, t.column - 1) for t, k in classified if k == "keyword"}
    starts = _offsets(text)
    for t in tokens:
        if not t.scopes[-1].startswith("keyword.other."):
            continue
        offset = starts[t.line] + t.start
        if any(a <= offset < b for a, b in sql_spans):
            continue
        if (t.line, t.start) not in lark_keywords:
            word = text.split("\n")[t.line][t.start:t.end]
            mismatches.append(f"{name}:{t.line + 1}:{t.start + 1} {word!r}: TextMate keyword, not a Lark keyword")
    assert not mismatches, "\n".join(mismatches)


def test_sample_covers_every_keyword_of_the_grammar():
    """A keyword added to the Lark grammar must show up in SAMPLE (and so be checked)."""
    from sqlxc.resources import grammar_text

    words = set(re.findall(r'"([a-z]+)"', grammar_text()))
    words |= {w for text in _keyword_terminals().values() for w in text.split()}
    assert {"table", "primary", "stored", "not", "valid"} <= words  # the reading above still works
    assert words - set(re.findall(r"[a-z]+", SAMPLE)) == set()


def test_keywords_are_plain_regex():
    """The grammar's regexes must mean the same to Oniguruma (editors) and Python (this test)."""
    for rule in json.dumps(TM).split('"'):
        assert "\\G" not in rule and "(?<!\\G" not in rule
