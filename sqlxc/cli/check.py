"""``sqlxc check [PATH…]``: parse and validate .sqlx sources, report every finding."""
from __future__ import annotations

from sqlxc.cli.output import FORMATS

DEFAULT_PATH = "schema/"


def register(sub) -> None:
    p = sub.add_parser("check", help="parse and validate .sqlx files; exit 1 when there are errors",
                       description="Parse and validate a schema (a directory of .sqlx files, or files). "
                                   "Exit 0 when clean (warnings allowed), 1 on errors, 2 on usage errors.")
    p.add_argument("paths", nargs="*", metavar="PATH", help=f"files or directories (default: {DEFAULT_PATH})")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    from sqlxc.cli.output import print_diagnostics
    from sqlxc.dsl import check_paths

    diags = check_paths(args.paths or [DEFAULT_PATH])
    print_diagnostics(diags, args.format)
    errors = sum(d.severity == "error" for d in diags)
    if args.format == "text":
        import sys

        warnings = len(diags) - errors
        if errors or warnings:
            sys.stderr.write(f"sqlxc: {errors} error(s), {warnings} warning(s)\n")
    return 1 if errors else 0
