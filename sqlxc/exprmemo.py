"""Memo for pure sqlglot-backed functions (the dialects' printers, view dependencies).

Lowering a schema prints every default, check, index expression and view body
through sqlglot; the same texts come back on every build. Results are kept in
process and on disk (next to the front end's expression cache), keyed by the
printer, its arguments and a version covering sqlglot and this package's
dialect/diff/AIR code, so an upgrade or an edit of a printer misses instead of
serving stale text. Only successful results are stored: errors are raised
afresh (their messages name the caller's object). The cache is an
optimisation: unreadable means empty, unwritable means not written.
"""
from __future__ import annotations

import atexit
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Optional

FORMAT = 1
MAX_ENTRIES = 50_000  # past this, save keeps only what the current run used
_MISS = object()


class _Store:
    def __init__(self) -> None:
        self.data: Optional[dict[str, Any]] = None
        self.used: set[str] = set()
        self.path: Optional[Path] = None
        self.dirty = False

    def load(self) -> dict[str, Any]:
        if self.data is not None:
            return self.data
        self.data = {}
        from sqlxc.dsl.exprcache import cache_dir

        folder = cache_dir()
        if folder is None:
            return self.data
        self.path = folder / f"lowered-v{FORMAT}-{_code_version()}.json"
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.data = loaded
        except (OSError, ValueError):
            pass
        return self.data

    def get(self, key: str) -> Any:
        self.used.add(key)
        return self.load().get(key, _MISS)

    def put(self, key: str, value: Any) -> None:
        if not self.dirty and self.path is not None:
            atexit.register(self.save)  # one write per process, whatever lowered what
        self.load()[key] = value
        self.dirty = True

    def save(self) -> None:
        if not (self.dirty and self.path and self.data is not None):
            return
        data = self.data
        if len(data) > MAX_ENTRIES:
            data = {k: v for k, v in data.items() if k in self.used}
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".lowered.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, separators=(",", ":"))
            os.replace(tmp, self.path)
            self.dirty = False
            for stale in self.path.parent.glob("lowered-v*.json"):  # other code or sqlglot versions
                if stale != self.path:
                    stale.unlink(missing_ok=True)
        except OSError:
            pass


_STORE = _Store()


def _code_version() -> str:
    """sqlglot's version and the source of every module a printer's output may depend on."""
    from sqlxc.dsl.exprcache import _sqlglot_version

    here = Path(__file__).resolve().parent
    h = hashlib.blake2b(_sqlglot_version().encode(), digest_size=8)
    for folder in (here / "dialects", here / "diff", here / "air"):
        for path in sorted(folder.glob("*.py")):
            try:
                h.update(path.name.encode() + b"\0" + path.read_bytes())
            except OSError:
                h.update(path.name.encode() + b"\0?")
    return h.hexdigest()


def memoized(kind: str, key: Callable[..., Any]) -> Callable:
    """Memoize ``fn`` by ``kind`` and ``key(*args, **kwargs)`` (JSON-able, covering
    everything the result depends on); the result must be JSON-able too."""

    def wrap(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            raw = json.dumps([kind, key(*args, **kwargs)], separators=(",", ":"), ensure_ascii=False)
            k = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
            hit = _STORE.get(k)
            if hit is _MISS:
                hit = fn(*args, **kwargs)
                _STORE.put(k, hit)
            return list(hit) if isinstance(hit, list) else hit  # a caller may extend its list

        return inner

    return wrap


def mentioned(names, text: str) -> list[str]:
    """The names that occur (case-insensitively) anywhere in ``text``: a superset of
    what a printer can look up for it, so keying on them alone is exact."""
    low = text.lower()
    return sorted(n for n in names if n.lower() in low or n.lower().rsplit(".", 1)[-1] in low)
