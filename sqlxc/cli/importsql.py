"""``sqlxc import FILE.sql --dialect postgres|mysql [-o OUT]``: a DDL dump -> .sqlx.

When a server of that dialect is reachable (``--dev-url``, else the dev server
``migrate diff`` uses) the dump is loaded into a scratch database there and
introspected, so the .sqlx says exactly what the server stores; otherwise, or
with ``--offline``, sqlglot translates it into neutral .sqlx. Either way the
statements .sqlx cannot express are reported with their line numbers (stderr).
Exit 0 when something was imported (even with warnings), 1 when nothing usable
was found, 2 on usage errors.
"""
from __future__ import annotations

import sys
from pathlib import Path

from sqlxc.errors import SqlxcError, UsageError

DIALECT_CHOICES = ("postgres", "postgresql", "pg", "mysql", "mariadb")


def register(sub) -> None:
    p = sub.add_parser(
        "import", help="turn a SQL DDL dump (pg_dump --schema-only, mysqldump --no-data) into .sqlx",
        description="Read a DDL script and write the same schema as .sqlx. Statements that .sqlx "
                    "cannot express are reported on stderr with their line numbers and left out.")
    p.add_argument("file", metavar="FILE.sql", help="the DDL script to import ('-' reads stdin)")
    p.add_argument("--dialect", required=True, choices=DIALECT_CHOICES,
                   help="the SQL dialect the dump is written in")
    p.add_argument("-o", "--output", metavar="OUT", help="write the .sqlx here instead of stdout")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    p.add_argument("--format", choices=("text", "json", "github"), default="text",
                   help="how warnings are printed")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--dev-url", metavar="URL",
                     help="server to load the dump into (a scratch database is created and dropped); "
                          "default: $SQLXC_DEV_PG_URL / $SQLXC_DEV_MYSQL_URL, else the local server")
    how.add_argument("--offline", action="store_true",
                     help="translate with sqlglot only, into neutral .sqlx, without any server")
    p.set_defaults(run=run)


def _read(path: str) -> tuple[str, str]:
    if path == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        try:
            data, name = Path(path).read_bytes(), path
        except FileNotFoundError:
            raise UsageError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise UsageError(f"{path}: is a directory, not a SQL file") from None
        except OSError as exc:
            raise UsageError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig"), name
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise SqlxcError(f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x})",
                         hint="convert the dump to UTF-8, e.g. with iconv") from None


def _through_server(text: str, result, args):
    """The server's reading of the dump, or None (with a note) when none is reachable."""
    from sqlxc.importer import DIALECTS, dev_url, load_via_server

    dialect = DIALECTS[args.dialect]
    url = dev_url(dialect, args.dev_url)
    loaded = load_via_server(text, dialect, url)
    if loaded is None:
        if args.dev_url:
            raise UsageError(f"cannot reach the server at {url.split('@')[-1]}",
                             hint="check --dev-url, or pass --offline")
        sys.stderr.write(f"sqlxc: note: no {dialect} server reachable; translated with sqlglot "
                         "(pass --dev-url to use a server)\n")
        return None
    return loaded[0]


def _unsaid(schema) -> list:
    from sqlxc.dsl.printer import raw_dialect
    from sqlxc.errors import Diagnostic

    return [Diagnostic(code="I101", message=f"{o.kind} {o.name} not translated: .sqlx cannot say it",
                       severity="warning", object=f"{o.kind} {o.name}", hint="manage it outside sqlxc")
            for o in schema.opaque if raw_dialect(o, schema) is None]


def run(args) -> int:
    from sqlxc.cli.output import print_diagnostics
    from sqlxc.importer import import_sql

    out = Path(args.output) if args.output else None
    if out is not None and out.exists() and not args.force:
        raise SqlxcError(f"{out} already exists; not overwriting it", hint="pass --force to replace it")
    text, name = _read(args.file)
    result = import_sql(text, args.dialect, name)
    # stdout carries the .sqlx unless -o is given: then machine formats may use it
    stream = sys.stderr if (args.format == "text" or out is None) else None
    schema = None
    # the server reads what sqlglot cannot parse (MariaDB's COMPRESSED, REF_SYSTEM_ID…)
    if not args.offline and (result.usable or any(w.code == "I100" for w in result.warnings)):
        schema = _through_server(text, result, args)
        if schema is not None and not (schema.tables or schema.views or schema.sequences):
            schema = None  # nothing importable: sqlglot's warnings say why
    # read by a server, the dump keeps what sqlglot could not translate (functions,
    # triggers… as raw objects): only what .sqlx cannot say at all is left out
    warnings = result.warnings if schema is None else _unsaid(schema)
    print_diagnostics(warnings, args.format, stream)
    if schema is None and not result.usable:
        raise SqlxcError(f"{name}: no table, view, enum or sequence could be imported",
                         hint="is this a schema dump (pg_dump --schema-only, mysqldump --no-data)?")
    schema = schema or result.schema
    from sqlxc.dsl.printer import to_sqlx

    sqlx = to_sqlx(schema)
    if out is None:
        sys.stdout.write(sqlx)
    else:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(sqlx, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {out}: {exc.strerror}") from None
        skipped = len(warnings)
        sys.stderr.write(f"wrote {out}" + (f" ({skipped} statement(s) not translated, see above)\n"
                                          if skipped else "\n"))
    return 0
