"""The only place that knows argv and exit codes.

Each command is a module of ``sqlxc.cli`` with ``register(subparsers)`` and
``run(args) -> int``. Command modules import heavy libraries inside ``run`` so
that ``sqlxc check`` starts fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    _add_insecure(parser)
    return parser


def _add_insecure(parser: argparse.ArgumentParser) -> None:
    """Give every (sub)command that connects to a database ``--insecure``."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                _add_insecure(command)
    if any(o in parser._option_string_actions for o in CONNECTS):
        parser.add_argument("--insecure", action="store_true",
                            help="connect to a remote database without verified TLS (default: "
                                 "sslmode=verify-full / a checked certificate; local hosts need no TLS)")


# Options that name a database: a command that has one takes --insecure.
CONNECTS = ("--url", "--dev-url", "--from")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        with _insecure(getattr(args, "insecure", False)):
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


@contextmanager
def _insecure(on: bool) -> Iterator[None]:
    """--insecure as SQLXC_INSECURE=1, which every connection (and a child
    process) reads; restored after, as main() may run in-process."""
    if not on:
        yield
        return
    import os

    before = os.environ.get("SQLXC_INSECURE")
    os.environ["SQLXC_INSECURE"] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SQLXC_INSECURE", None)
        else:
            os.environ["SQLXC_INSECURE"] = before


if __name__ == "__main__":
    raise SystemExit(main())
