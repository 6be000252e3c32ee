"""``sqlxc migrate <sub>``: each subcommand lives in its own module with
``register(subparsers)`` and its own ``run``."""
from __future__ import annotations

import importlib

# subcommand modules under sqlxc.cli; each registers one or more subcommands
SUBMODULES = ("migrate_diff", "migrate_apply", "migrate_verify")


def register(sub) -> None:
    parser = sub.add_parser("migrate", help="diff, apply, roll back, list, verify and recover migration plans")
    msub = parser.add_subparsers(dest="migrate_command", metavar="SUBCOMMAND", parser_class=type(parser))
    for name in SUBMODULES:
        try:
            mod = importlib.import_module(f"sqlxc.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"sqlxc.cli.{name}":
                raise
            continue
        mod.register(msub)
    parser.set_defaults(run=None)
