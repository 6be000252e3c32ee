"""``sqlxc drift --url URL [--plan P]``: does the live schema still match what
sqlxc expects? Compared with the lock's snapshot (built in a scratch database
of the same server first, so the server's own spellings are not drift) or with
a plan's ``from`` snapshot. Exit 0 when they match, 1 with one line per
difference when they do not."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("drift", help="compare a live database with the lock's snapshot or a plan's `from`")
    p.add_argument("--url", required=True, help="database URL (postgresql://… or mysql://…)")
    p.add_argument("--plan", help="compare with this plan's `from` snapshot instead of the lock")
    p.add_argument("--lock", help="sqlx.lock to read (default: the one sqlx.toml names)")
    p.add_argument("--config", help="sqlx.toml (default: the nearest one)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def _expected(args):
    from pathlib import Path

    from sqlxc.air.model import Schema
    from sqlxc.errors import UsageError

    if args.plan:
        from sqlxc.sign.files import read_plan

        plan = read_plan(args.plan)
        if plan.from_schema is None:
            raise UsageError(f"{args.plan} carries no `from` snapshot to compare with",
                             hint="compare with the lock instead (leave out --plan)")
        return Schema.model_validate(plan.from_schema), f"{args.plan} (from {plan.from_})"
    from sqlxc import lock as L
    from sqlxc.config import load

    path = Path(args.lock) if args.lock else load(args.config).lock
    lock = L.read(path)
    if lock.schema is None:
        raise UsageError(f"{path} holds no snapshot yet", hint="run `sqlxc build` first, or pass --plan")
    return Schema.model_validate(lock.schema), f"{path} ({lock.digest})"


def run(args) -> int:
    from sqlxc.apply.drift import describe, same
    from sqlxc.connection import parse_url
    from sqlxc.devdb import normalize
    from sqlxc.introspect import introspect
    from sqlxc.policy.redact import Redactor

    url = parse_url(args.url)
    expected, label = _expected(args)
    live = introspect(url)
    if expected.dialect is None or not same(expected, live):
        expected = normalize(expected, url)
    redact = Redactor(expected)
    lines = [redact(line) for line in describe(expected, live)]
    if args.format == "json":
        sys.stdout.write(json.dumps({"expected": label, "database": url.redacted(), "drift": lines}, indent=2) + "\n")
    elif lines:
        sys.stdout.write(f"--- expected: {label}\n+++ database: {url.redacted()}\n")
        sys.stdout.write("".join(line + "\n" for line in lines))
    else:
        sys.stderr.write(f"sqlxc: no drift: {url.redacted()} matches {label}\n")
    return 1 if lines else 0
