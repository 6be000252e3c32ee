"""Where a schema comes from: ``resolve(spec)`` for ``migrate diff --from/--to``.

Accepted forms:

* a database URL (``postgresql://…``, ``mysql://…``): introspected; the
  dialect and the server's flavor/version come with it;
* ``lock``: the snapshot in ``sqlx.lock``; ``vN``: the snapshot after plan N;
* a ``.sqlx`` file or a folder of them: compiled;
* ``git:<rev>[:path]``: the ``.sqlx`` files at that revision (path default:
  the configured schema folders), read with ``git show``;
* a ``.sql`` DDL file: loaded into a scratch database and introspected when a
  server is reachable (the server normalizes it, as the judge does), else
  imported with sqlglot.
"""
from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from sqlxc.air.model import Schema
from sqlxc.errors import SqlxcError, UsageError

_VERSION = re.compile(r"^v(\d+)$")


@dataclass(frozen=True)
class Resolved:
    schema: Schema
    label: str  # what it was, for messages (never a password)
    dialect: Optional[str] = None  # fixed by a URL or a .sql file
    server: object = None  # ServerInfo for URL sources


def resolve(spec: str, *, config=None, dialect: Optional[str] = None) -> Resolved:
    from sqlxc.connection import is_url

    if is_url(spec):
        return _from_url(spec)
    if spec == "lock":
        return Resolved(_lock_schema(config, None), "lock")
    m = _VERSION.match(spec)
    if m:
        return Resolved(_lock_schema(config, int(m.group(1))), spec)
    if spec.startswith("git:"):
        return Resolved(_from_git(spec[4:], config), spec)
    path = Path(spec)
    if path.suffix.lower() == ".sql":
        if dialect is None:
            raise UsageError(f"{spec}: a .sql file needs --dialect", hint="add --dialect postgres or --dialect mysql")
        return _from_sql(path, dialect)
    if path.is_dir() or path.suffix.lower() == ".sqlx":
        from sqlxc.dsl import compile_paths

        return Resolved(compile_paths([path]), spec)
    if not path.exists():
        raise UsageError(
            f"{spec}: not a database URL, lock, vN, git:REV[:PATH], .sqlx file/folder or .sql file",
            hint="e.g. --from lock --to schema/, or --from postgresql://host/db",
        )
    raise UsageError(f"{spec}: unknown schema source (expected .sqlx, .sql or a folder)")


# --- sources ------------------------------------------------------------------------------


def _from_url(spec: str) -> Resolved:
    from sqlxc.connection import connect, parse_url
    from sqlxc.introspect import introspect_connection, server_info

    url = parse_url(spec)
    conn = connect(url)
    try:
        server = server_info(conn, url.dialect)
        schema = introspect_connection(conn, url.dialect)
    finally:
        conn.close()
    return Resolved(schema, url.redacted(), url.dialect, server)


def _config(config):
    if config is not None:
        return config
    from sqlxc.config import load

    return load()


def _lock_schema(config, version: Optional[int]) -> Schema:
    from sqlxc import lock as lockfile

    cfg = _config(config)
    lock = lockfile.read(cfg.lock)
    data = lock.schema if version is None else lockfile.snapshot(lock, version)
    if version is None and lock.schema is None:
        raise SqlxcError(f"{cfg.lock}: no snapshot yet", hint="run `sqlxc build` first")
    return Schema() if data is None else Schema.model_validate(data)


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("git is not installed; git: sources need it") from None
    if done.returncode != 0:
        msg = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"git {' '.join(args)}: {msg[-1] if msg else 'failed'}")
    return done.stdout


def _from_git(rest: str, config) -> Schema:
    from sqlxc.dsl import compile_sources
    from sqlxc.dsl.source import Source

    rev, _, sub = rest.partition(":")
    if not rev:
        raise UsageError("git: needs a revision, e.g. git:HEAD~1 or git:main:schema")
    cfg = _config(config)
    top = Path(_git(["rev-parse", "--show-toplevel"], cfg.root).decode().strip())
    roots = [sub] if sub else [Path(os.path.relpath(p, top)).as_posix() for p in cfg.schema]
    listing = _git(["ls-tree", "-r", "--name-only", "-z", rev, "--", *roots], top).decode("utf-8", "replace")
    names = sorted(n for n in listing.split("\0") if n.endswith(".sqlx"))
    if not names:
        raise UsageError(f"git:{rest}: no .sqlx files at {rev} under {', '.join(roots)}")
    sources = []
    for name in names:
        data = _git(["show", f"{rev}:{name}"], top)
        try:
            sources.append(Source(f"{rev}:{name}", data.decode("utf-8")))
        except UnicodeDecodeError:
            raise SqlxcError(f"{rev}:{name}: not UTF-8 text") from None
    return compile_sources(sources)


def _read_sql(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise SqlxcError(f"{path}: not UTF-8 text", hint="convert it to UTF-8, e.g. with iconv") from None


def _from_sql(path: Path, dialect: str) -> Resolved:
    from sqlxc.dialects import canonical_dialect

    name = canonical_dialect(dialect)
    text = _read_sql(path)
    from sqlxc.sqlscript import dev_url, load_via_server

    loaded = load_via_server(text, name, dev_url(name), label=str(path),
                             hint="fix the script; it is loaded into a scratch database to read it")
    if loaded is not None:
        schema, server = loaded
        return Resolved(schema, str(path), name, server)
    from sqlxc.importer import import_sql

    result = import_sql(text, name, str(path))
    if not result.usable:
        raise SqlxcError(f"{path}: no table, view, enum or sequence could be read")
    return Resolved(result.schema, str(path), None)
