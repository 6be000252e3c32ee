"""Reading .sqlx sources: a directory is every ``*.sqlx`` below it (sorted), a
file is itself. Unreadable, binary, non-UTF-8 or oversized files become
located diagnostics, never exceptions."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlxc.dsl.ast import Pos
from sqlxc.dsl.diagnostics import diag
from sqlxc.errors import Diagnostic

MAX_BYTES = 8 * 1024 * 1024  # a schema file larger than this is a mistake; split real ones


@dataclass(slots=True)
class Source:
    name: str  # the path as given or found (used in diagnostics)
    text: str | None  # None when it could not be read
    problem: Diagnostic | None = None


def _display(path: Path) -> str:
    return path.as_posix()


def _read(path: Path) -> Source:
    name = _display(path)
    where = Pos(name, 1, 1)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Source(name, None, diag("E003", f"file is {size // (1024 * 1024)} MiB; the limit is "
                                           f"{MAX_BYTES // (1024 * 1024)} MiB", where,
                                           hint="split the schema into several .sqlx files"))
        data = path.read_bytes()
    except OSError as exc:
        return Source(name, None, diag("E001", f"cannot read file: {exc.strerror or exc}", where,
                                       hint="check the path and its permissions"))
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        col = nul - (data.rfind(b"\n", 0, nul) + 1) + 1
        return Source(name, None, diag("E005", "file contains a NUL byte; it looks binary", Pos(name, line, col),
                                       hint=".sqlx files are UTF-8 text"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return Source(name, None, diag("E002", f"invalid UTF-8 (byte 0x{data[exc.start]:02x})", Pos(name, line, col),
                                       hint="save the file as UTF-8"))
    return Source(name, text)


def load_sources(paths: Iterable[os.PathLike | str]) -> list[Source]:
    """Every source named by ``paths``; problems are carried on each Source."""
    out: list[Source] = []
    seen: set[Path] = set()  # a file named twice (or inside a named folder) is read once

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(_read(path))

    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*.sqlx") if f.is_file())
            if not found:
                out.append(Source(_display(path), None, Diagnostic(
                    code="E004", message="no .sqlx files in this directory", object=_display(path),
                    hint="point sqlxc at the folder that holds your .sqlx files")))
            for f in found:
                add(f)
        elif path.exists():
            add(path)
        else:
            out.append(Source(_display(path), None, Diagnostic(
                code="E001", message="no such file or directory", object=_display(path),
                hint="check the path")))
    return out
