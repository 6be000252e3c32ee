"""``sqlxc build [--check] [--format text|json|github]``: schema/ -> migrations/ + sqlx.lock.

Exit 0: built, or nothing to do. Exit 1: ``--check`` found something stale
(listed), or the schema does not compile. Exit 2: bad configuration.
"""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("build", help="compile the schema and write migration plans for what changed",
                       description="Compile schema/, diff it against sqlx.lock, write one plan per dialect "
                                   "under migrations/ (plan JSON plus up/down SQL for review) and update "
                                   "sqlx.lock. Nothing changed: nothing is written.")
    p.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 listing what is stale (for CI)")
    p.add_argument("--format", choices=("text", "json", "github"), default="text", help="how results are printed")
    p.add_argument("--config", metavar="PATH", help="sqlx.toml to use (default: the nearest one)")
    p.add_argument("--depfile", metavar="FILE",
                   help="also write a Make-style dependency file: the lock depends on every input of the build")
    p.add_argument("--no-cache", action="store_true",
                   help="neither use nor update the build cache in .sqlxc-cache/ (keyed by the inputs' hashes)")
    p.set_defaults(run=run)


def _rel(path, root) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def run(args) -> int:
    from sqlxc import cache
    from sqlxc.config import load

    config = load(args.config)
    inputs = cache.project_inputs(config)
    mode = {"mode": "check" if args.check else "build"}
    # A hit: these exact inputs already built (or checked) clean, outputs untouched since.
    hit = not args.no_cache and cache.lookup(inputs, mode, root=config.root) is not None
    code = _cached(args) if hit else _run(args, config)
    if code == 0 and not hit and not args.no_cache:
        cache.store(inputs, _outputs(config), {}, mode, root=config.root)
    if args.depfile:
        _depfile(args.depfile, config, inputs)
    return code


def _outputs(config) -> list:
    from sqlxc import lock as lockfile

    lock = lockfile.read(config.lock)
    return [config.root / p.file for entry in lock.chain for p in entry.plans]


def _depfile(path: str, config, inputs) -> None:
    import os

    from sqlxc.cache import write_depfile

    def rel(p):
        try:
            return os.path.relpath(p)
        except ValueError:  # another drive (Windows)
            return str(p)

    write_depfile(path, rel(config.lock), [rel(p) for p in inputs])


def _cached(args) -> int:
    """What an up-to-date run prints, without compiling anything."""
    if args.format == "json":
        data = {"stale": []} if args.check else {"sequence": None, "written": [], "plans": []}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    elif args.format == "text":
        sys.stderr.write("sqlxc: build is up to date\n" if args.check
                         else "sqlxc: nothing to build: the schema matches sqlx.lock\n")
    return 0


def _run(args, config) -> int:
    from sqlxc.plan import project

    if args.check:
        result = project.check(config)
        _report_check(result, args.format)
        return 1 if result.stale else 0
    result = project.build(config)
    for message in result.messages:
        sys.stderr.write(f"sqlxc: note: {message}\n")
    written = [_rel(p, config.root) for p in result.written]
    if args.format == "json":
        sys.stdout.write(json.dumps({"sequence": result.sequence, "written": written,
                                     "plans": [p.id for p in result.plans]}, indent=2) + "\n")
    elif not written:
        sys.stderr.write("sqlxc: nothing to build: the schema matches sqlx.lock\n")
    else:
        for plan in result.plans:
            n = sum(1 for s in plan.steps if s.ddl)
            sys.stderr.write(f"sqlxc: plan {result.sequence:04d} for {plan.dialect}: {n} step(s), {plan.id}\n")
        for path in written:
            sys.stderr.write(f"  wrote {path}\n")
    return 0


def _report_check(result, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps({"stale": result.stale}, indent=2) + "\n")
        return
    for item in result.stale:
        if fmt == "github":
            sys.stdout.write(_annotation(item) + "\n")
        else:
            sys.stderr.write(f"stale: {item}\n")
    if fmt == "text" and not result.stale:
        sys.stderr.write("sqlxc: build is up to date\n")


def _annotation(item: str) -> str:
    """A GitHub annotation for one stale item; items start with the file they are
    about ("sqlx.lock: …"), which becomes the annotation's file."""
    def esc(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    path, sep, rest = item.partition(": ")
    where = f"file={esc(path, True)}," if sep and " " not in path else ""
    return f"::error {where}title=sqlxc build --check::{esc(rest if where else item)}"
