"""Printing diagnostics: text (ruff-like, with the source line and a caret),
JSON, and GitHub workflow annotations."""
from __future__ import annotations

import json
import sys
from typing import Iterable, TextIO

from sqlxc.errors import Diagnostic, SqlxcError

FORMATS = ("text", "json", "github")


def format_text(d: Diagnostic) -> str:
    where = str(d.location) if d.location else (d.object or "sqlxc")
    out = [f"{where}: {d.severity} {d.code}: {d.message}"]
    if d.location and d.source_line is not None:
        line = d.source_line.rstrip("\n")
        out.append(f"  {d.location.line:>4} | {line}")
        width = max(1, (d.location.end_column or d.location.column + 1) - d.location.column)
        out.append("       | " + " " * (d.location.column - 1) + "^" * width)
    if d.hint:
        out.append(f"  hint: {d.hint}")
    return "\n".join(out)


def _escape_github(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(d: Diagnostic) -> str:
    props = []
    if d.location:
        props += [
            f"file={_escape_github(d.location.file, True)}",
            f"line={d.location.line}",
            f"col={d.location.column}",
        ]
    props.append(f"title={_escape_github(d.code, True)}")
    message = d.message + (f" (hint: {d.hint})" if d.hint else "")
    return f"::{d.severity} {','.join(props)}::{_escape_github(message)}"


def as_json(d: Diagnostic) -> dict:
    data = {"code": d.code, "severity": d.severity, "message": d.message}
    if d.location:
        data.update(file=d.location.file, line=d.location.line, column=d.location.column)
    if d.object:
        data["object"] = d.object
    if d.hint:
        data["hint"] = d.hint
    return data


def print_diagnostics(diags: Iterable[Diagnostic], fmt: str = "text", stream: TextIO | None = None) -> None:
    diags = list(diags)
    if fmt == "json":
        stream = stream or sys.stdout
        stream.write(json.dumps({"diagnostics": [as_json(d) for d in diags]}, indent=2) + "\n")
        return
    stream = stream or (sys.stdout if fmt == "github" else sys.stderr)
    render = format_github if fmt == "github" else format_text
    for d in diags:
        stream.write(render(d) + "\n")


def print_error(exc: SqlxcError, fmt: str = "text") -> None:
    if exc.diagnostics:
        print_diagnostics(exc.diagnostics, fmt if fmt in FORMATS else "text")
        if fmt not in ("json", "github"):
            sys.stderr.write(f"sqlxc: {exc.message}\n")
        return
    if fmt == "json":
        sys.stdout.write(json.dumps({"error": exc.message, "hint": exc.hint}) + "\n")
        return
    msg = f"sqlxc: error: {exc.message}\n"
    if exc.hint:
        msg += f"  hint: {exc.hint}\n"
    sys.stderr.write(msg)
