"""The Jinja environment every dialect renders DDL with.

StrictUndefined (a missing variable is an error, never an empty string);
identifiers reach templates only through ``q`` and values only through ``lit``,
both supplied by the dialect. One template per change kind,
``templates/<dialect>/<change.kind>.sql.j2``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable


@lru_cache(maxsize=None)
def _env(dialect: str):
    import jinja2

    from sqlxc.resources import templates_dir

    root = templates_dir(dialect)

    def load(name: str):
        try:
            return root.joinpath(name).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None  # jinja2 turns this into TemplateNotFound

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        extensions=["jinja2.ext.do"],
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_keep_blank_lines,
        bytecode_cache=_bytecode_cache(dialect),
    )


# Marks a blank line that belongs to a value (a function body, a string literal), so
# that render() keeps it while it drops the blank lines control blocks leave.
_KEEP = "\ue000"


def _keep_blank_lines(value: Any) -> Any:
    """Every ``{{ … }}`` output passes here: its inner blank lines are the server's
    text (a function body's empty lines, a comment's paragraph break) and must survive."""
    if not isinstance(value, str) or "\n" not in value:
        return value
    lines = value.split("\n")
    for i in range(1, len(lines) - 1):
        if not lines[i].strip():
            lines[i] = _KEEP + lines[i]
    return "\n".join(lines)


def _bytecode_cache(dialect: str):
    """Compiled templates on disk (jinja checks each entry against the template's
    source checksum and the Python version), so a build does not recompile them."""
    import jinja2

    from sqlxc.dsl.exprcache import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    # compiled code also depends on the environment's options: this file's text keys the folder;
    # jinja keys entries by template name only, and dialects share names
    import hashlib
    from pathlib import Path

    folder = folder / f"jinja-{hashlib.blake2b(Path(__file__).read_bytes(), digest_size=6).hexdigest()}-{dialect}"
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def environment(dialect: str, filters: dict[str, Callable[..., str]], globals_: dict[str, Any]):
    """A per-dialect environment with the dialect's ``q``/``lit`` filters and helpers."""
    env = _env(dialect)
    env.filters.update(filters)
    env.globals.update(globals_)
    return env


def render(env, template: str, **context: Any) -> str:
    """Render one template; collapse the blank lines that control blocks leave
    (not those a value brought: see _keep_blank_lines)."""
    text = env.get_template(template).render(**context)
    lines: list[str] = []
    for line in text.split("\n"):  # not splitlines(): a value's \r or \u2028 is its own text
        if not line.strip() and _KEEP not in line:
            continue
        if line.strip() == ";" and lines:  # a separator a control block put on its own line
            lines[-1] += ";"
        else:
            lines.append(line)
    return "\n".join(lines).strip().rstrip(";").replace(_KEEP, "")
