"""``sqlxc approve --plan P [P…] [--key KEY] [--role ROLE] [--expires 7d] [--sign]``:
add an approval (or, with ``--sign``, a plan signature) by a trusted key.

Every plan is checked before any is written, so a refusal leaves all files as they were."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("approve", help="approve a plan's guarded steps with a key holding the needed role")
    p.add_argument("--plan", required=True, nargs="+", metavar="PLAN",
                   help="the plan.json file(s) to approve (rewritten in place), e.g. one per dialect")
    p.add_argument("--key", help="private key path or inline key (default: $SQLXC_SIGNING_KEY)")
    p.add_argument("--key-id", help="key id to record (default: the trusted entry with this public key)")
    p.add_argument("--role", help="the role you approve as (default: every role the key holds)")
    p.add_argument("--expires", metavar="DURATION", help="the approval expires after e.g. 7d, 12h")
    p.add_argument("--sign", action="store_true", help="add a plan signature instead of an approval")
    p.add_argument("--config", help="sqlx.toml to read trust and policy from (default: the nearest one)")
    p.set_defaults(run=run)


def run(args) -> int:
    from datetime import UTC, datetime

    from sqlxc.errors import UsageError
    from sqlxc.policy.config import load_config
    from sqlxc.sign import key_from_env, load_key, trust_from_config
    from sqlxc.sign.files import read_plan, write_plan
    from sqlxc.sign.trust import parse_duration

    config, _ = load_config(args.config)
    trust = trust_from_config(config)
    key = load_key(args.key, origin="--key") if args.key else key_from_env()
    if key is None:
        raise UsageError("no signing key", hint="pass --key PATH or set SQLXC_SIGNING_KEY")
    now = datetime.now(UTC)
    expires = now + parse_duration(args.expires, "--expires") if args.expires else None
    done = [(path, _one(read_plan(path), key, trust, args, now, expires)) for path in args.plan]
    for path, (plan, message) in done:
        write_plan(path, plan)
        sys.stderr.write(message)
    for _, (plan, _) in done:
        if not args.sign:
            _still_needed(plan, config, trust, now)
    return 0


def _one(plan, key, trust, args, now, expires):
    """The signed or approved plan and what to say about it; raises before anything is written."""
    from sqlxc.errors import UsageError
    from sqlxc.sign import approve_plan, sign_plan
    from sqlxc.sign.verify import check_integrity, check_signature

    check_integrity(plan)
    if args.sign:
        plan = sign_plan(plan, key, trust, key_id=args.key_id, now=now)
        return plan, f"signed {plan.id} with key {plan.signatures[-1].key_id!r}\n"
    plan = approve_plan(plan, key, trust, role=args.role, key_id=args.key_id, now=now, expires_at=expires)
    approval = plan.approvals[-1]
    if approval.key_id not in trust.keys:
        raise UsageError(f"key {approval.key_id!r} is not trusted in sqlx.toml: its approval would not count",
                         hint="add it to [[trust.keys]] with its roles, or approve with a trusted key")
    # Refuse to write an approval that would not count (role not held, expired…).
    check_signature(approval, "approval", check_integrity(plan), trust, now, None)
    as_role = approval.role or ", ".join(trust.keys[approval.key_id].roles)
    return plan, f"approved {plan.id} by key {approval.key_id!r} as {as_role}\n"


def _still_needed(plan, config, trust, now) -> None:
    from sqlxc.sign.verify import check_integrity, describe_step, evaluate

    _, unmet, _, _ = evaluate(plan, config, trust, None, now=now, sha=check_integrity(plan), force=True)
    for u in unmet:
        sys.stderr.write(f"  still needed for {plan.id[:20]}…: {describe_step(plan, u.step)}: "
                         f"approval by {u.obligation.role} ({u.obligation.rule})\n")
