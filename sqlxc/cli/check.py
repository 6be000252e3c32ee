"""``sqlxc check [PATH…]``: parse and validate .sqlx sources and apply the schema
policy rules (built in, and ``[policy]`` in ``sqlx.toml``); report every finding."""
from __future__ import annotations

from sqlxc.cli.output import FORMATS

DEFAULT_PATH = "schema/"


def register(sub) -> None:
    p = sub.add_parser("check", help="parse and validate .sqlx files and their policy tags; exit 1 when there are errors",
                       description="Parse and validate a schema (a directory of .sqlx files, or files) and apply "
                                   "the schema policy rules to its tags. Exit 0 when clean (warnings allowed), "
                                   "1 on errors, 2 on usage or configuration errors.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help=f"files or directories (default: the config's schema, else {DEFAULT_PATH})")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("--config", metavar="PATH", help="sqlx.toml to use (default: the nearest one)")
    p.set_defaults(run=run)


def _default_paths(config) -> list[str]:
    import os

    if config.path is None:
        return [DEFAULT_PATH]
    out = []
    for p in config.schema:
        try:
            out.append(os.path.relpath(p))
        except ValueError:  # another drive (Windows)
            out.append(str(p))
    return out


def run(args) -> int:
    from sqlxc.cli.output import print_diagnostics
    from sqlxc.config import load
    from sqlxc.dsl import check_paths
    from sqlxc.policy.engine import Policy

    config = load(args.config)
    policy = Policy.from_config(config.raw)
    diags = check_paths(args.paths or _default_paths(config), policy)
    print_diagnostics(diags, args.format)
    errors = sum(d.severity == "error" for d in diags)
    if args.format == "text":
        import sys

        warnings = len(diags) - errors
        if errors or warnings:
            sys.stderr.write(f"sqlxc: {errors} error(s), {warnings} warning(s)\n")
    return 1 if errors else 0
