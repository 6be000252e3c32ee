"""``sqlxc migrate verify --plan P``: every check the applier makes before any
DDL — hash, step order, signature, trust, role, expiry, place in the lock
chain — then the policy decision of each step. Exit 0 when the plan may be
applied, 1 when a check fails (the message says which)."""
from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("verify", help="check a plan's signature, trust, role, expiry, lock chain and policy")
    p.add_argument("--plan", required=True, help="the plan.json to verify")
    p.add_argument("--lock", help="sqlx.lock whose chain must hold the plan (default: the lock named by sqlx.toml, if it exists)")
    p.add_argument("--no-lock", action="store_true", help="skip the lock chain check")
    p.add_argument("--config", help="sqlx.toml to read trust and policy from (default: the nearest one)")
    p.add_argument("--force", action="store_true", help="count --force obligations (column shrink) as met, as apply --force would")
    p.add_argument("--audit-log", help="also verify this policy.event log (chain and signatures)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def _lock_path(args):
    from pathlib import Path

    from sqlxc.config import load

    if args.no_lock:
        return None
    if args.lock:
        return Path(args.lock)
    lock = load(args.config).lock
    return lock if lock.is_file() else None


def run(args) -> int:

    from pathlib import Path

    from sqlxc.policy.config import load_config
    from sqlxc.sign.errors import VerificationError
    from sqlxc.sign.files import read_plan
    from sqlxc.sign.trust import trust_from_config
    from sqlxc.sign.verify import describe_step, file_sha256, inspect_plan, raise_for

    config, _ = load_config(args.config)
    trust = trust_from_config(config)
    plan = read_plan(args.plan)
    lock = _lock_path(args)
    result = inspect_plan(plan, config, lock=lock, file_sha=file_sha256(Path(args.plan)), force=args.force)
    signer = trust.keys[result.signer]
    checks = [
        ("hash", f"content matches id {plan.id}"),
        ("signature", f"signed by trusted key {signer.id!r} ({', '.join(signer.roles)})"),
        ("chain", result.chain or "skipped (no sqlx.lock)"),
    ]
    audit = _audit(args.audit_log, config) if args.audit_log else None
    _print(args.format, plan, checks, result, audit, describe_step)
    raise_for(plan, result)
    if audit:
        raise VerificationError(f"audit log {args.audit_log}: " + "; ".join(audit))
    if args.format == "text":
        sys.stderr.write(f"plan {plan.id} verified\n")
    return 0


def _audit(path, config) -> list[str]:
    from sqlxc.policy.audit import verify_log

    return verify_log(path, config)


def _print(fmt, plan, checks, result, audit, describe_step) -> None:
    steps = {s.id: s for s in plan.steps}
    unmet = {(u.step.id, u.obligation.rule) for u in result.unmet}
    if fmt == "json":
        data = {
            "plan": plan.id,
            "checks": [{"check": c, "result": r} for c, r in checks],
            "approvals": list(result.approvals),
            "notes": list(result.notes),
            "decisions": [dict(d.as_json(), met=[(d.step, o.rule) not in unmet for o in d.obligations])
                          for d in result.decisions],
            "audit": audit,
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    out = [f"{c}: {r}" for c, r in checks]
    out.append("approvals: " + (", ".join(result.approvals) or "none"))
    out += [f"  note: {n}" for n in result.notes]
    for d in result.decisions:
        label = describe_step(plan, steps[d.step])
        if d.effect != "obligations":
            out.append(f"{label}: {d.effect} ({d.rule}: {d.reason})")
            continue
        for o in d.obligations:
            state = "missing" if (d.step, o.rule) in unmet else "met"
            what = f"approval by {o.role}" if o.kind == "approval" else "--force"
            out.append(f"{label}: needs {what} [{state}] ({o.rule}: {o.reason})")
    if audit is not None:
        out.append("audit log: " + ("ok" if not audit else f"{len(audit)} problem(s)"))
    sys.stdout.write("\n".join(out) + "\n")
