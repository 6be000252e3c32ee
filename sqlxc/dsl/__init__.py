"""The compiler front end: .sqlx text -> AST -> checks -> neutral AIR.

``check_paths`` never imports pydantic; ``compile_*`` do (AIR is pydantic).
"""
from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlxc.dsl.source import Source, load_sources
from sqlxc.errors import CompileError, Diagnostic

if TYPE_CHECKING:
    from sqlxc.air.model import Schema

__all__ = [
    "Source",
    "check_paths",
    "check_sources",
    "compile_paths",
    "compile_sources",
    "compile_text",
    "load_sources",
]


@contextmanager
def _no_gc() -> Iterator[None]:
    """The front end builds many small objects and no garbage cycles; Python's
    cycle collector would rescan them all again and again (50 000 objects: 3x
    the time), so it pauses while a schema is compiled."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def check_sources(sources: list[Source], policy=None):
    """(analysis or None, every diagnostic with its source line). ``policy``
    (anything with ``check_schema``, e.g. ``sqlxc.policy.Policy``) adds its
    schema findings (tags are read even where other things are wrong, so one
    run shows everything to fix)."""
    with _no_gc():
        return _check_sources(sources, policy)


def _check_sources(sources: list[Source], policy=None):
    from sqlxc.dsl.analyze import analyze
    from sqlxc.dsl.astcache import parse_cached
    from sqlxc.dsl.diagnostics import with_sources

    diags: list[Diagnostic] = []
    files = []
    texts = {}
    for src in sources:
        if src.problem is not None:
            diags.append(src.problem)
            continue
        texts[src.name] = src.text
        f, problems = parse_cached(src.text, src.name)
        diags.extend(problems)
        if f is not None:
            files.append(f)
    an = analyze(files) if files else None
    if an is not None:
        diags.extend(an.diags)
        if policy is not None:
            from sqlxc.dsl.tagview import apply_policy

            diags.extend(apply_policy(policy, an))
    return an, with_sources(diags, texts)


def check_paths(paths: Iterable[os.PathLike | str], policy=None) -> list[Diagnostic]:
    return check_sources(load_sources(paths), policy)[1]


def compile_sources(sources: list[Source], policy=None) -> Schema:
    from sqlxc.dsl.build import build
    from sqlxc.dsl.diagnostics import has_errors

    with _no_gc():
        an, diags = _check_sources(sources, policy)
        errors = [d for d in diags if d.severity == "error"]
        if has_errors(diags) or an is None:
            n = len(errors)
            raise CompileError(f"{n} error{'s' if n != 1 else ''} in the schema", diagnostics=tuple(errors))
        return build(an)


def compile_paths(paths: Iterable[os.PathLike | str], policy=None) -> Schema:
    return compile_sources(load_sources(paths), policy)


def compile_text(text: str, filename: str = "<string>") -> Schema:
    return compile_sources([Source(filename, text)])
