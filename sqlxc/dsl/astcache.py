"""Parsed files cached on disk by content hash, so an unchanged file is not
parsed again (and lark is not even imported when every file is a hit).

The key covers the file's name and text and the code that shapes the AST
(grammar, parser, ast), so editing any of them invalidates old entries. Like
the expression cache, this is an optimisation only: any problem is a miss.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from sqlxc.dsl import ast as A
from sqlxc.dsl.exprcache import cache_dir

KEEP = 4000  # entries; the oldest half goes when there are more
_CODE: bytes | None = None


def _code_key() -> bytes:
    global _CODE
    if _CODE is None:
        from sqlxc.resources import grammar_text

        here = Path(__file__).parent
        h = hashlib.blake2b(grammar_text().encode("utf-8"), digest_size=16)
        for name in ("ast.py", "parser.py", "astcache.py"):
            try:
                h.update((here / name).read_bytes())
            except OSError:
                h.update(name.encode())
        _CODE = h.digest()
    return _CODE


def _path(folder: Path, text: str, filename: str) -> Path:
    h = hashlib.blake2b(_code_key(), digest_size=20)
    h.update(filename.encode("utf-8", "surrogatepass") + b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return folder / "ast" / f"{h.hexdigest()}.pickle"


def parse_cached(text: str, filename: str):
    """Like ``parser.parse``: (File or None, diagnostics); only clean parses are cached."""
    folder = cache_dir()
    path = _path(folder, text, filename) if folder else None
    if path is not None:
        f = _load(path)
        if f is not None:
            return f, []
    from sqlxc.dsl.parser import parse

    f, diags = parse(text, filename)
    if path is not None and f is not None and not diags:
        _store(path, f)
    return f, diags


def _load(path: Path) -> A.File | None:
    try:
        with open(path, "rb") as fh:
            f = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a missing, partial or foreign entry is a miss
        return None
    return f if isinstance(f, A.File) else None


def _store(path: Path, f: A.File) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".ast.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(f, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path.parent)
    except (OSError, pickle.PicklingError, RecursionError):
        pass


def _prune(folder: Path) -> None:
    entries = list(folder.glob("*.pickle"))
    if len(entries) <= KEEP:
        return
    entries.sort(key=lambda p: p.stat().st_mtime)
    for old in entries[: len(entries) // 2]:
        old.unlink(missing_ok=True)
