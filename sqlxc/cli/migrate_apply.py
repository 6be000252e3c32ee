"""``sqlxc migrate apply | rollback | list | recover | cleanup``: the live-database
subcommands. Exit 0 when the database ends where asked (also when the plan was
already applied), 1 when validation refused or a step failed, 2 for usage or
configuration errors."""
from __future__ import annotations

import json
import os
import sys


def _common(p, *, telemetry: bool = True) -> None:
    p.add_argument("--url", required=True, help="database URL (postgresql://… or mysql://…)")
    p.add_argument("--config", help="sqlx.toml (trust, policy, [migration] ddlTimeoutSec; default: the nearest one)")
    p.add_argument("--lock-wait", type=int, default=120, metavar="SEC",
                   help="how long to wait for another deploy's advisory lock (default 120)")
    if telemetry:
        p.add_argument("--telemetry", metavar="SINK",
                       help="where JSON-line events go: stderr, stdout, a file, or none (default: $SQLXC_TELEMETRY or none)")
        p.add_argument("--metrics-file", metavar="PATH",
                       help="write Prometheus metrics in textfile format here (default: $SQLXC_METRICS_FILE)")
        p.add_argument("--tenant", help="tenant recorded in the ledger and in events")
        p.add_argument("--timeout", type=int, metavar="SEC",
                       help="lock_timeout and statement timeout for DDL (default: ddlTimeoutSec from sqlx.toml, else 120)")


def register(sub) -> None:
    p = sub.add_parser("apply", help="apply a signed plan to a live database")
    p.add_argument("--plan", required=True, help="the plan.json to apply")
    p.add_argument("--dry-run", action="store_true", help="validate and dry-run only; change nothing")
    p.add_argument("--allow-drift", action="store_true", help="apply even if the live schema differs from the plan's `from`")
    p.add_argument("--force", action="store_true", help="accept steps that need --force (e.g. a column shrink)")
    _common(p)
    p.set_defaults(run=run_apply)

    p = sub.add_parser("rollback", help="run the stored rollback of an applied migration")
    p.add_argument("--id", required=True, metavar="mig:…", help="the plan id to roll back")
    p.add_argument("--allow-drift", action="store_true", help="roll back even if the live schema differs from the plan's `to`")
    _common(p)
    p.set_defaults(run=run_rollback)

    p = sub.add_parser("list", help="show the ledger of a database")
    p.add_argument("--url", required=True, help="database URL")
    p.add_argument("--verify", action="store_true", help="check the ledger's hash chain (exit 1 when broken)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run_list)

    p = sub.add_parser("recover", help="roll back (or --resume) a run that was killed mid-plan")
    p.add_argument("--resume", action="store_true", help="finish the interrupted run instead of rolling it back")
    _common(p)
    p.set_defaults(run=run_recover)

    p = sub.add_parser("cleanup", help="purge the sqlx_trash_* tables that keep data dropped by applied plans")
    p.add_argument("--url", required=True, help="database URL")
    p.set_defaults(run=run_cleanup)


# --- shared ----------------------------------------------------------------------


def _quiet() -> bool:
    return bool(os.environ.get("CI")) or not sys.stderr.isatty()


def _progress(i: int, n: int, step, redact) -> None:
    first = step.ddl.strip().splitlines()[0] if step.ddl.strip() else ""
    sys.stderr.write(f"[{i}/{n}] {step.id} {step.kind} {redact(step.object)}: {redact(first)[:120]}\n")
    sys.stderr.flush()


def _options(args, plan=None):
    from sqlxc.apply.engine import Options
    from sqlxc.config import load
    from sqlxc.policy.redact import Redactor
    from sqlxc.telemetry.events import Emitter
    from sqlxc.telemetry.metrics import Metrics

    config = load(args.config)
    timeout = args.timeout if args.timeout is not None else (config.migration.ddl_timeout_sec or 120)
    redact = Redactor(plan) if plan is not None else (lambda s: s)
    progress = None if _quiet() else (lambda i, n, step: _progress(i, n, step, redact))
    return Options(
        allow_drift=getattr(args, "allow_drift", False), force=getattr(args, "force", False),
        dry_run=getattr(args, "dry_run", False), timeout=timeout or None, lock_wait=args.lock_wait,
        config=config.raw, tenant=args.tenant, progress=progress,
        emitter=Emitter(args.telemetry, base={"tenant": args.tenant} if args.tenant else None),
        metrics=Metrics(args.metrics_file), chain=_chain(config, getattr(args, "url", None)),
    )


def _chain(config, url: str | None) -> tuple[str, ...]:
    """The lock's plan ids for the database's dialect, for sqlx_migration_pending."""
    from sqlxc import lock as lockfile
    from sqlxc.connection import parse_url

    if url is None or not config.lock.is_file():
        return ()
    try:
        dialect = parse_url(url).dialect
        return tuple(p.id for e in lockfile.read(config.lock).chain for p in e.plans if p.dialect == dialect)
    except Exception:  # noqa: BLE001 - an unreadable lock only costs the gauge; apply reports real problems
        return ()


def _url(text: str):
    from sqlxc.connection import parse_url

    return parse_url(text)


def _report(out) -> None:
    verbs = {"applied": "applied", "rolled_back": "rolled back", "noop": "nothing to do:",
             "dry-run": "dry run passed for", "recovered": "recovered"}
    line = f"sqlxc: {verbs.get(out.status, out.status)} {out.plan_id}"
    if out.status in ("applied", "rolled_back"):
        line += f" ({out.steps} step(s), {out.from_version} -> {out.to_version}, ledger row {out.row.id}, {out.duration_ms:.0f} ms)"
    sys.stderr.write(line + "\n")
    for note in out.notes:
        sys.stderr.write(f"  {note}\n")


# --- commands ----------------------------------------------------------------------


def run_apply(args) -> int:
    from sqlxc.apply.engine import apply_plan
    from sqlxc.sign.files import read_plan

    url = _url(args.url)
    plan = read_plan(args.plan)
    _report(apply_plan(plan, url, _options(args, plan)))
    return 0


def run_rollback(args) -> int:
    from sqlxc.apply.engine import rollback_migration

    url = _url(args.url)
    _report(rollback_migration(args.id, url, _options(args)))
    return 0


def run_recover(args) -> int:
    from sqlxc.apply.recovery import recover

    outcomes = recover(_url(args.url), resume=args.resume, opts=_options(args))
    if not outcomes:
        sys.stderr.write("sqlxc: no interrupted run to recover\n")
    for out in outcomes:
        _report(out)
    return 0


def run_cleanup(args) -> int:
    from sqlxc.apply.recovery import cleanup

    dropped = cleanup(_url(args.url))
    for name in dropped:
        sys.stdout.write(name + "\n")
    sys.stderr.write(f"sqlxc: dropped {len(dropped)} trash table(s)\n")
    return 0


def run_list(args) -> int:
    from sqlxc.apply import ledger
    from sqlxc.apply.session import open_session
    from sqlxc.apply.tables import LEDGER, exists

    session = open_session(_url(args.url))
    try:
        rows = ledger.rows(session) if exists(session, LEDGER) else []
    finally:
        session.close()
    problems = ledger.verify(rows) if args.verify else []
    if args.format == "json":
        data = {"rows": [_row_json(r) for r in rows]}
        if args.verify:
            data["verified"] = not problems
            data["problems"] = [{"row": p.row_id, "message": p.message} for p in problems]
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
    else:
        _print_rows(rows)
        for p in problems:
            sys.stderr.write(f"sqlxc: ledger row {p.row_id}: {p.message}\n")
        if args.verify and not problems:
            sys.stderr.write(f"sqlxc: ledger chain verified ({len(rows)} row(s))\n")
    return 1 if problems else 0


def _row_json(row) -> dict:
    data = {k: v for k, v in row.__dict__.items() if k != "rollback_plan"}
    data["has_rollback_plan"] = row.rollback_plan is not None
    return data


def _print_rows(rows) -> None:
    if not rows:
        sys.stderr.write("sqlxc: the ledger is empty\n")
        return
    header = ("ID", "APPLIED_AT", "ACTION", "STATUS", "PLAN", "FROM", "TO", "BY")
    table = [header] + [(str(r.id), r.applied_at, r.action, r.status, r.plan_id,
                         r.from_version, r.to_version, r.applied_by) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        sys.stdout.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")
