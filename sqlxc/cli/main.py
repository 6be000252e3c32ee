"""The only place that knows argv and exit codes.

Each command is a module of ``sqlxc.cli`` with ``register(subparsers)`` and
``run(args) -> int``. Command modules import heavy libraries inside ``run`` so
that ``sqlxc check`` starts fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Optional, Sequence

from sqlxc import __version__
from sqlxc.errors import SqlxcError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

# command name -> module under sqlxc.cli (one module per command or group)
COMMANDS: dict[str, str] = {
    "check": "check",
    "fmt": "fmt",
    "compile": "compile",
    "build": "build",
    "migrate": "migrate",
    "inspect": "inspect",
    "drift": "drift",
    "keygen": "keygen",
    "approve": "approve",
    "explain": "explain",
    "init": "init",
    "import": "importsql",
}

BUG_HINT = "this is a bug in sqlxc; please report it with the command you ran and the traceback from SQLXC_DEBUG=1"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2, like ruff
        self.print_usage(sys.stderr)
        sys.stderr.write(f"sqlxc: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sqlxc", description="Declarative database schema compiler.")
    parser.add_argument("--version", action="version", version=f"sqlxc {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in COMMANDS.items():
        try:
            mod = importlib.import_module(f"sqlxc.cli.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"sqlxc.cli.{module}":
                raise
            continue  # command not built yet
        mod.register(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args) or 0)
    except SqlxcError as exc:
        from sqlxc.cli.output import print_error

        print_error(exc, getattr(args, "format", "text"))
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("sqlxc: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        import os

        if os.environ.get("SQLXC_DEBUG"):
            raise
        sys.stderr.write(f"sqlxc: internal error: {type(exc).__name__}: {exc}\n{BUG_HINT}\n")
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
