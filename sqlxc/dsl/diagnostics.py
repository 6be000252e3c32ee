"""Building located diagnostics; the codes are listed in docs/language.md."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlxc.errors import Diagnostic, Location


def diag(code: str, message: str, pos, *, hint: str | None = None,
         severity: str = "error") -> Diagnostic:
    """A diagnostic at ``pos`` (an ``ast.Pos``); the source line is added later."""
    end = pos.end if pos.end and pos.end > pos.col and (not pos.end_line or pos.end_line == pos.line) else None
    loc = Location(pos.file, pos.line, pos.col, end)
    return Diagnostic(code=code, message=message, location=loc, hint=hint, severity=severity)


def with_sources(diags: Iterable[Diagnostic], texts: Mapping[str, str]) -> list[Diagnostic]:
    """Attach the author's own line to each diagnostic, sorted by place."""
    split: dict[str, list[str]] = {}
    out = []
    for d in diags:
        if d.location and d.source_line is None and d.location.file in texts:
            lines = split.setdefault(d.location.file, texts[d.location.file].splitlines())
            n = d.location.line
            line = lines[n - 1] if 0 < n <= len(lines) else ""
            if len(line) > 300:  # a minified or generated line: show its start only
                line = line[:300]
            # one column per character, so the caret lines up: a tab shows as one space
            d = replace(d, source_line=line.replace("\t", " "))
        out.append(d)
    return sorted(out, key=_order)


def _order(d: Diagnostic):
    loc = d.location
    return (loc.file if loc else "", loc.line if loc else 0, loc.column if loc else 0, d.code)


def has_errors(diags: Iterable[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diags)
