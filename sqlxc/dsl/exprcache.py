"""SQL expressions through sqlglot, with an on-disk cache keyed by text hash.

Every expression (defaults, checks, index expressions and predicates,
generated columns) and every view body is normalized to the neutral form
``sqlglot.transpile(text)[0]`` (sqlglot's default dialect), and a view's
dependencies (tables and columns it reads, its output names) are extracted.
Results are cached, so a second ``sqlxc check`` on the same schema does not
import sqlglot at all. The cache is an optimisation: unreadable or corrupt
means empty, unwritable means not written.

Cache folder: ``$SQLXC_CACHE_DIR`` (``off`` disables it), else
``$XDG_CACHE_HOME/sqlxc``, else ``~/.cache/sqlxc``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

FORMAT = 1
MAX_ENTRIES = 50_000  # past this, save keeps only what the current run used


def cache_dir() -> Path | None:
    env = os.environ.get("SQLXC_CACHE_DIR")
    if env is not None:
        if env in ("", "off", "0"):
            return None
        folder = Path(env)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "sqlxc"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def _sqlglot_version() -> str:
    """sqlglot's version without importing it (its import is what we avoid)."""
    import importlib.util

    spec = importlib.util.find_spec("sqlglot")
    if spec is None or not spec.origin:
        return "none"
    try:
        text = (Path(spec.origin).parent / "_version.py").read_text(encoding="utf-8")
        m = re.search(r"version\s*=\s*['\"]([^'\"]+)", text)
        return m.group(1) if m else "unknown"
    except OSError:
        return "unknown"


def _code_version() -> str:
    """Entries depend on sqlglot's version and on this module's code: both key the file."""
    try:
        own = Path(__file__).read_bytes()
    except OSError:
        own = b""
    return hashlib.blake2b(own + _sqlglot_version().encode(), digest_size=6).hexdigest()


class ExprCache:
    """Normalized expressions and view dependencies, cached by text hash."""

    def __init__(self) -> None:
        folder = cache_dir()
        self.path = folder / f"exprs-v{FORMAT}-{_code_version()}.json" if folder else None
        self.data: dict[str, dict] = {}
        self.used: set[str] = set()
        self.dirty = False
        if self.path is not None:
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self.data = loaded
            except (OSError, ValueError):
                pass

    def expr(self, text: str) -> dict:
        """{"sql": normalized, "columns": [names read]} or {"error": message, "line": n, "col": n}."""
        return self._get("e", text, _analyze_expr)

    def view(self, text: str) -> dict:
        """{"sql", "tables", "columns", "outputs"} or {"error", …}."""
        return self._get("v", text, _analyze_view)

    def _get(self, kind: str, text: str, fn) -> dict:
        key = kind + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        self.used.add(key)
        hit = self.data.get(key)
        if isinstance(hit, dict):
            return hit
        result = fn(text)
        self.data[key] = result
        self.dirty = True
        return result

    def save(self) -> None:
        if not (self.dirty and self.path):
            return
        if len(self.data) > MAX_ENTRIES:
            self.data = {k: v for k, v in self.data.items() if k in self.used}
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".exprs.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.data, fh, separators=(",", ":"))
            os.replace(tmp, self.path)
            self.dirty = False
            for stale in self.path.parent.glob("exprs-v*.json"):  # other sqlxc or sqlglot versions
                if stale != self.path:
                    stale.unlink(missing_ok=True)
        except OSError:
            pass


_CLASS = re.compile(r"<class '(?:[\w.]*\.)?(\w+)'>")


def _clean(message: str) -> str:
    """sqlglot's message without Python class reprs or terminal colour codes."""
    message = _CLASS.sub(r"\1", message.splitlines()[0] if message else "cannot parse")
    return re.sub(r"\x1b\[[0-9;]*m", "", message)


# Neutral SQL first; an inspected schema may hold a server's own spelling
# (MySQL backticks, PostgreSQL casts), which its dialect's reader understands.
READERS = (None, "mysql", "postgres")


# PostgreSQL's json/jsonb operators next to a "::" cast, outside string constants
_PG_JSON = re.compile(r"->|\?|#>|@>|<@")
_STRINGS = re.compile(r"'(?:[^']|'')*'")


def _readers(text: str) -> tuple:
    """PostgreSQL's reader first for its json operators in its spelling (pg_get_expr,
    inspect): the neutral reader binds "::" looser than them (data -> 'k'::text is read
    as a cast of the whole, data ? 'k'::text as a cast of the test)."""
    bare = _STRINGS.sub("''", text)
    if "::" in bare and _PG_JSON.search(bare):
        return ("postgres",) + tuple(r for r in READERS if r != "postgres")
    return READERS


def _parse(text: str):
    """One sqlglot expression, or a dict describing why not (the neutral reader's complaint)."""
    first_problem = None
    for reader in _readers(text):
        tree = _parse_with(text, reader)
        if not isinstance(tree, dict):
            return tree
        first_problem = first_problem or tree
    return first_problem


def _parse_with(text: str, reader):
    import sqlglot
    from sqlglot.errors import ParseError, TokenError

    try:
        trees = [t for t in sqlglot.parse(text, read=reader) if t is not None]
    except ParseError as exc:
        first = exc.errors[0] if exc.errors else {}
        desc = first.get("description") or str(exc)
        return {"error": _clean(desc), "line": first.get("line") or 1, "col": first.get("col") or 1}
    except TokenError as exc:
        return {"error": _clean(str(exc)), "line": 1, "col": 1}
    except RecursionError:
        return {"error": "expression nested too deeply", "line": 1, "col": 1}
    except Exception as exc:  # noqa: BLE001 - sqlglot raises assorted errors on odd input
        return {"error": _clean(f"cannot parse: {exc}"), "line": 1, "col": 1}
    if len(trees) != 1:
        return {"error": "expected exactly one SQL expression" if trees else "empty SQL expression",
                "line": 1, "col": 1}
    return trees[0]


def _sql(tree) -> str:
    # Comments inside an expression are the author's notes, not its meaning.
    return tree.sql(comments=False)


def _analyze_expr(text: str) -> dict:
    tree = _parse(text)
    if isinstance(tree, dict):
        return tree
    from sqlglot import exp

    if isinstance(tree, (exp.Query, exp.Command, exp.DDL)) and not isinstance(tree, exp.Paren):
        return {"error": "a statement where an expression was expected", "line": 1, "col": 1}
    try:
        sql = _sql(tree)
    except Exception as exc:  # noqa: BLE001
        return {"error": f"cannot print: {exc}".splitlines()[0], "line": 1, "col": 1}
    # Unqualified column names it reads (subqueries have their own scope: skip them).
    inner = any(True for _ in tree.find_all(exp.Query))
    columns = [] if inner else sorted({c.name for c in tree.find_all(exp.Column)
                                       if c.name and not c.table and not isinstance(c.this, exp.Star)})
    return {"sql": sql, "columns": columns}


def _analyze_view(text: str) -> dict:
    tree = _parse(text)
    if isinstance(tree, dict):
        return tree
    from sqlglot import exp

    if not isinstance(tree, exp.Query):
        return {"error": "a view body must be a query (SELECT …)", "line": 1, "col": 1}
    ctes = {c.alias_or_name for c in tree.find_all(exp.CTE)}
    aliases: dict[str, str] = {}
    tables: list[str] = []
    for t in tree.find_all(exp.Table):
        if t.name in ctes and not t.db:
            continue
        name = f"{t.db}.{t.name}" if t.db else t.name
        aliases[t.alias_or_name] = name
        if name not in tables:
            tables.append(name)
    has_subquery = any(True for _ in tree.find_all(exp.Subquery)) or bool(ctes)
    outputs = [] if "*" in tree.named_selects else list(tree.named_selects)
    select = tree if isinstance(tree, exp.Select) else None
    renamed = {a.alias for a in select.expressions if isinstance(a, exp.Alias)} if select else set()
    columns: list[list[str]] = []
    only = tables[0] if len(tables) == 1 and not has_subquery else None
    for c in tree.find_all(exp.Column):
        if not c.name or isinstance(c.this, exp.Star):
            continue
        if c.table:
            if c.table in aliases:
                pair = [aliases[c.table], c.name]
            else:
                continue
        elif only and c.name not in renamed:
            pair = [only, c.name]
        else:
            continue
        if pair not in columns:
            columns.append(pair)
    try:
        sql = _sql(tree)
    except Exception as exc:  # noqa: BLE001
        return {"error": f"cannot print: {exc}".splitlines()[0], "line": 1, "col": 1}
    return {"sql": sql, "tables": tables, "columns": columns, "outputs": outputs}
