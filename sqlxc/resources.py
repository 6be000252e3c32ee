"""Locate the data that ships inside the wheel: the grammar and the DDL templates.

In a wheel they are the data packages ``sqlxc._grammar`` and ``sqlxc._templates``
(see pyproject.toml); in a source checkout (editable install) they are the
top-level ``grammar/`` and ``templates/`` folders beside the package.
"""
from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]


def _data(package: str, folder: str) -> Traversable:
    try:
        return files(package)
    except ModuleNotFoundError:
        return _REPO / folder


def grammar_text() -> str:
    return _data("sqlxc._grammar", "grammar").joinpath("sqlx.lark").read_text(encoding="utf-8")


def templates_dir(dialect: str) -> Traversable:
    return _data("sqlxc._templates", "templates").joinpath(dialect)
