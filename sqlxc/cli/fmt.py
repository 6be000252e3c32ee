"""``sqlxc fmt [--check] [PATH…]``: rewrite .sqlx files in canonical layout."""
from __future__ import annotations

import sys

DEFAULT_PATH = "schema/"


def register(sub) -> None:
    p = sub.add_parser("fmt", help="format .sqlx files (keeps comments; --check lists files that would change)",
                       description="Rewrite .sqlx files in canonical layout. With --check, change nothing, "
                                   "list the files that would change and exit 1 if there are any.")
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"files or directories (default: {DEFAULT_PATH})")
    p.add_argument("--check", action="store_true", help="only report files that are not formatted")
    p.add_argument("--format", choices=("text", "json", "github"), default="text",
                   help="how to print errors (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    from pathlib import Path

    from sqlxc.cli.output import print_diagnostics
    from sqlxc.dsl import load_sources
    from sqlxc.dsl.fmt import format_text
    from sqlxc.errors import CompileError

    problems, changed = [], []
    for src in load_sources(args.paths or [DEFAULT_PATH]):
        if src.problem is not None:
            problems.append(src.problem)
            continue
        try:
            new = format_text(src.text, src.name)
        except CompileError as exc:
            problems.extend(exc.diagnostics)
            continue
        if new == src.text:
            continue
        changed.append(src.name)
        if not args.check:
            Path(src.name).write_text(new, encoding="utf-8", newline="\n")
    print_diagnostics(problems, args.format)
    verb = "would reformat" if args.check else "reformatted"
    for name in changed:
        sys.stdout.write(f"{verb} {name}\n")
    if problems:
        return 1
    return 1 if (args.check and changed) else 0
