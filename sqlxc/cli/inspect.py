"""``sqlxc inspect --url URL [-o FILE]``: an existing database as ``.sqlx``
(introspection, then the canonical printer), to start managing it with sqlxc."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("inspect", help="write .sqlx for an existing database")
    p.add_argument("--url", required=True, help="database URL (postgresql://… or mysql://…)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(run=run)


def run(args) -> int:
    from pathlib import Path

    from sqlxc.connection import parse_url
    from sqlxc.dsl.printer import raw_dialect, to_sqlx
    from sqlxc.errors import UsageError
    from sqlxc.introspect import introspect

    url = parse_url(args.url)
    schema = introspect(url)
    text = to_sqlx(schema)
    for o in schema.opaque:
        if raw_dialect(o, schema) is None:
            sys.stderr.write(f"sqlxc: warning: {o.kind} {o.name} is not modelled by .sqlx; left out\n")
    if not args.output:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror}") from None
    sys.stderr.write(f"sqlxc: wrote {len(schema.tables)} table(s), {len(schema.views)} view(s) to {args.output}\n")
    return 0
