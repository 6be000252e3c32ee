"""Incremental builds: a cache keyed by the hashes of a build's inputs, and
Make-style dependency files.

``sqlxc build`` asks ``lookup(inputs)`` first. The key covers every input file's
path and content, sqlxc's version and any ``extra`` settings (dialects, the
signing key's id…), so a hit means "these exact inputs were already built". A
hit still counts only while every output recorded with it is on disk with the
bytes it had, so deleting or editing ``migrations/`` forces a real build.

The cache lives in ``.sqlxc-cache/`` beside the project (git-ignored). It is an
optimisation only: a missing, unreadable or corrupt entry is a miss, and a
cache that cannot be written never fails a build.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlxc import __version__
from sqlxc.errors import UsageError

CACHE_DIR = ".sqlxc-cache"
FORMAT = 1
KEEP = 16  # entries kept; older ones are pruned on store

PathLike = str | os.PathLike


def file_sha256(path: PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def _digests(paths: Iterable[PathLike], root: Path) -> dict[str, str | None]:
    """Relative path -> sha256 of its bytes (None when the file does not exist:
    a missing sqlx.lock is an input too)."""
    out: dict[str, str | None] = {}
    for p in paths:
        path = Path(p)
        full = path if path.is_absolute() else root / path
        rel = _rel(full, root)
        out[rel] = file_sha256(full) if full.is_file() else None
    return dict(sorted(out.items()))


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def cache_key(inputs: Iterable[PathLike], extra: Mapping[str, str] | None = None,
              root: PathLike | None = None) -> str:
    """The key for a set of input files and settings: sha256 over their canonical JSON."""
    root_path = Path(root or ".")
    data = {
        "format": FORMAT,
        "sqlxc": __version__,
        "inputs": _digests(inputs, root_path),
        "extra": dict(sorted((extra or {}).items())),
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _entry_path(root: Path, key: str) -> Path:
    return root / CACHE_DIR / "build" / f"{key}.json"


def lookup(inputs: Iterable[PathLike], extra: Mapping[str, str] | None = None,
           root: PathLike | None = None) -> dict[str, Any] | None:
    """The payload stored for exactly these inputs, or None (a miss).

    A hit requires every output recorded with the entry to still have the same
    bytes, so a deleted or edited artifact forces a rebuild.
    """
    root_path = Path(root or ".")
    key = cache_key(inputs, extra, root_path)
    entry_file = _entry_path(root_path, key)
    try:
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        outputs = entry["outputs"]
        payload = entry["payload"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if _digests(outputs, root_path) != outputs:
        return None
    return payload


def store(inputs: Iterable[PathLike], outputs: Iterable[PathLike] = (),
          payload: Mapping[str, Any] | None = None, extra: Mapping[str, str] | None = None,
          root: PathLike | None = None) -> bool:
    """Record that these inputs produced ``outputs`` (and ``payload``, any JSON
    data the build wants back on a hit). Returns False when the cache could not
    be written; the build goes on regardless."""
    root_path = Path(root or ".")
    key = cache_key(inputs, extra, root_path)
    entry = {"format": FORMAT, "key": key, "outputs": _digests(outputs, root_path),
             "payload": dict(payload or {})}
    entry_file = _entry_path(root_path, key)
    try:
        entry_file.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(entry_file, json.dumps(entry, sort_keys=True, indent=1) + "\n")
        _prune(entry_file.parent)
    except OSError:
        return False
    return True


def clear(root: PathLike | None = None) -> int:
    """Remove every cached build entry; returns how many were removed."""
    folder = Path(root or ".") / CACHE_DIR / "build"
    removed = 0
    for f in folder.glob("*.json") if folder.is_dir() else ():
        f.unlink(missing_ok=True)
        removed += 1
    return removed


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


def _write_atomic(path: Path, text: str) -> None:
    # A build killed half-way must never leave a truncated entry or depfile.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# Make treats these specially in a rule's file names.
_MAKE_ESCAPES = (("\\", "\\\\"), (" ", "\\ "), ("#", "\\#"), ("$", "$$"))


def _make_escape(name: str) -> str:
    for raw, escaped in _MAKE_ESCAPES:
        name = name.replace(raw, escaped)
    return name


def depfile_text(target: PathLike, inputs: Iterable[PathLike]) -> str:
    """A Make rule ``target: input…``, one input per continued line, sorted,
    plus an empty rule per input so a deleted input does not break make
    (what ``gcc -MP`` does)."""
    # a target listed among its own inputs (sqlx.lock is both) would be a cycle to make
    deps = sorted({Path(p).as_posix() for p in inputs} - {Path(target).as_posix()})
    lines = [_make_escape(Path(target).as_posix()) + ":"]
    lines += [f" {_make_escape(d)}" for d in deps]
    rule = " \\\n".join(lines) + "\n"
    phony = "".join(f"\n{_make_escape(d)}:\n" for d in deps)
    return rule + phony


def write_depfile(path: PathLike, target: PathLike, inputs: Iterable[PathLike]) -> None:
    """Write a Make-style dependency file (``--depfile``) atomically."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, depfile_text(target, inputs))
    except OSError as exc:
        raise UsageError(f"cannot write the depfile {path}: {exc.strerror}",
                         hint="pass a --depfile path in a writable directory") from None


def project_inputs(config) -> list[Path]:
    """Every file ``sqlxc build`` reads for a project (a ``sqlxc.config.Config``):
    the .sqlx files under its schema paths, the config file and the lock. The
    lock is listed even before it exists, so its creation changes the key."""
    files: set[Path] = set()
    for path in config.schema:
        path = Path(path)
        if path.is_dir():
            files.update(p for p in path.rglob("*.sqlx") if p.is_file())
        else:
            files.add(path)
    if config.path is not None:
        files.add(Path(config.path))
    files.add(Path(config.lock))
    return sorted(files)
