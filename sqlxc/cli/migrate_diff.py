"""``sqlxc migrate diff --from A --to B``: the plan between two schema sources.

Only SQL (or the plan JSON) goes to stdout; notes and errors go to stderr.
Nothing to do: nothing printed, exit 0. A difference: the script, exit 0
(``--exit-code``: exit 1, as ``git diff``). An object sqlxc cannot model that
differs or must be rebuilt: named on stderr, exit 1, no plan.
"""
from __future__ import annotations

import sys

from sqlxc.errors import UsageError

DIALECT_CHOICES = ("postgresql", "postgres", "pg", "mysql", "mariadb")


def register(sub) -> None:
    p = sub.add_parser(
        "diff", help="print the migration between two schemas (databases, .sqlx, lock, vN, git:REV, .sql)",
        description="Print the DDL that takes schema FROM to schema TO. Sources: a database URL "
                    "(postgresql://…, mysql://…), 'lock', 'vN', a .sqlx file or folder, git:REV[:PATH], "
                    "or a .sql DDL file.")
    p.add_argument("--from", dest="source", required=True, metavar="FROM", help="the schema to migrate from")
    p.add_argument("--to", dest="target", required=True, metavar="TO", help="the schema to migrate to")
    p.add_argument("--dialect", choices=DIALECT_CHOICES,
                   help="the SQL dialect (implied by a database URL; needed for .sqlx/.sql sources)")
    p.add_argument("--format", choices=("sql", "json"), default="sql", help="the SQL script or the plan JSON")
    p.add_argument("--exit-code", action="store_true", help="exit 1 when there is a difference")
    p.add_argument("--config", metavar="PATH", help="sqlx.toml to use (default: the nearest one)")
    p.set_defaults(run=run)


def _dialect_name(args, a, b, config) -> str:
    from sqlxc.dialects import canonical_dialect

    fixed = {r.dialect for r in (a, b) if r.dialect}
    if len(fixed) > 1:
        raise UsageError(f"--from is {a.dialect} but --to is {b.dialect}",
                         hint="compare two databases of the same kind")
    if args.dialect:
        wanted = canonical_dialect(args.dialect)
        if fixed and wanted not in fixed:
            raise UsageError(f"--dialect {args.dialect} does not match the {fixed.pop()} database URL")
        return wanted
    if fixed:
        return fixed.pop()
    configured = getattr(config, "dialects", ()) if config is not None else ()
    if len(configured) == 1:
        return configured[0]
    raise UsageError("which dialect? neither source is a database URL",
                     hint="pass --dialect postgres or --dialect mysql")


def _note_opaque(a, b) -> None:
    # replayed objects (ddl known) are migrated like any other: no note
    seen = sorted({(o.kind, o.name) for r in (a, b) for o in r.schema.opaque if o.ddl is None})
    for kind, name in seen:
        sys.stderr.write(f"sqlxc: note: {kind} {name} is not modeled by sqlxc; it is left as it is\n")


def _load_config(path):
    from sqlxc.config import load

    try:
        return load(path)
    except Exception:  # noqa: BLE001 - a broken config only matters to sources that need it
        if path:
            raise
        return None


def run(args) -> int:
    from sqlxc.dialects import get
    from sqlxc.plan.build import build_plan, render_sql
    from sqlxc.plan.model import dumps_plan
    from sqlxc.sources import resolve

    config = _load_config(args.config)
    hint = args.dialect or _url_dialect(args.source, args.target) or _guess(config)
    a = resolve(args.source, config=config, dialect=hint)
    b = resolve(args.target, config=config, dialect=hint)
    name = _dialect_name(args, a, b, config)
    server = a.server or b.server
    if server is None and args.dialect == "mariadb":
        from sqlxc.dialects.base import ServerInfo

        server = ServerInfo(flavor="mariadb")
    dialect = get(name, server)
    _note_opaque(a, b)
    plan = build_plan(a.schema, b.schema, dialect)
    changed = any(s.ddl for s in plan.steps)
    if args.format == "json":
        if plan.steps:
            sys.stdout.write(dumps_plan(plan))
    elif changed:
        sys.stdout.write(render_sql(plan, "up"))
    return 1 if (args.exit_code and plan.steps) else 0


def _guess(config):
    dialects = getattr(config, "dialects", ()) if config is not None else ()
    return dialects[0] if len(dialects) == 1 else None


def _url_dialect(*specs: str):
    from sqlxc.connection import is_url, parse_url

    for spec in specs:
        if is_url(spec):
            return parse_url(spec).dialect
    return None
