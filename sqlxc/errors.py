"""Diagnostics and the errors every stage raises. Imports nothing heavy.

A ``Diagnostic`` names where (file:line:col, or an object) and what to do. Stages
raise ``SqlxcError`` (or return diagnostics); only ``sqlxc.cli`` turns them into
text, JSON or GitHub annotations and exit codes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Location:
    file: str
    line: int  # 1-based
    column: int  # 1-based
    end_column: Optional[int] = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Diagnostic:
    code: str  # stable, e.g. "E201"; documented in docs/diagnostics.md
    message: str
    location: Optional[Location] = None
    hint: Optional[str] = None
    severity: Severity = "error"
    object: Optional[str] = None  # the schema object, when there is no source location
    source_line: Optional[str] = None  # the author's own line, for the caret display


class SqlxcError(Exception):
    """An error a user can fix (exit 1 for findings, 2 for usage/config)."""

    exit_code = 1

    def __init__(self, message: str, *, diagnostics: tuple[Diagnostic, ...] = (), hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.diagnostics = tuple(diagnostics)
        self.hint = hint


class UsageError(SqlxcError):
    exit_code = 2


class ConfigError(SqlxcError):
    exit_code = 2


class CompileError(SqlxcError):
    """Invalid .sqlx input; carries every diagnostic found, not just the first."""


class UnsupportedError(SqlxcError):
    """A dialect cannot express something the schema asks for (named object)."""


class DatabaseError(SqlxcError):
    """A live database refused or could not be reached; the message never holds a password."""
