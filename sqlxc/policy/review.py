"""The reviewer's view of a plan (``sqlxc explain``): a summary — counts by
risk, approvals still needed, obligations, denials, who signed — then each step
with its SQL, rollback, risk reasons and policy decision.

Deterministic: the same plan and config give the same report (expiry is not
judged against the clock here; ``migrate verify`` does that).
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlxc.plan.model import MigrationPlan
from sqlxc.policy.engine import Policy
from sqlxc.policy.facts import RISK_ORDER

_NO_CLOCK = datetime.min.replace(tzinfo=UTC)


def _integrity(plan: MigrationPlan) -> tuple[str, str | None]:
    from sqlxc.sign.errors import VerificationError
    from sqlxc.sign.verify import check_integrity

    try:
        return "ok", check_integrity(plan)
    except VerificationError as exc:
        return exc.message, None


def _signers(sigs: Any, purpose: str, sha: str | None, trust: Any) -> list[dict[str, Any]]:
    from sqlxc.sign.errors import VerificationError
    from sqlxc.sign.verify import check_signature

    out = []
    for sig in sigs:
        status = "not checked (plan integrity failed)"
        if sha is not None:
            try:
                check_signature(sig, purpose, sha, trust, _NO_CLOCK, trust.require_role if purpose == "plan" else None)
                status = "valid"
            except VerificationError as exc:
                status = exc.message
        out.append({"key": sig.key_id, "role": sig.role, "signed_at": sig.signed_at,
                    "expires_at": sig.expires_at, "status": status})
    return out


def review(plan: MigrationPlan, config: Any = None) -> dict[str, Any]:
    """The report as JSON-ready data (the markdown form is rendered from it)."""
    from sqlxc.sign.trust import trust_from_config
    from sqlxc.sign.verify import _holds

    trust = trust_from_config(config)
    policy = Policy.from_config(config)
    integrity, sha = _integrity(plan)
    decisions = policy.evaluate_plan(plan)
    signatures = _signers(plan.signatures, "plan", sha, trust)
    approvals = _signers(plan.approvals, "approval", sha, trust)
    counted = [(a, s) for a, s in zip(plan.approvals, approvals) if s["status"] == "valid"]
    if policy.settings.four_eyes:  # the plan's own signers do not approve it
        signers = {x["key"] for x in signatures if x["status"] == "valid"}
        for a, s in counted:
            if a.key_id in signers:
                s["status"] = "does not count: four_eyes needs someone other than the plan's signer"
        counted = [(a, s) for a, s in counted if a.key_id not in signers]

    needed: dict[str, dict[str, Any]] = {}
    force: list[dict[str, str]] = []
    for step, d in zip(plan.steps, decisions):
        for ob in d.obligations:
            if ob.kind == "force":
                force.append({"step": step.id, "rule": ob.rule, "reason": ob.reason})
                continue
            met = any(_holds(trust, trust.keys[a.key_id], a, ob.role) for a, _ in counted)
            if not met:
                entry = needed.setdefault(ob.role, {"role": ob.role, "steps": [], "rules": []})
                entry["steps"].append(step.id)
                if ob.rule not in entry["rules"]:
                    entry["rules"].append(ob.rule)
    counts = {level: 0 for level in RISK_ORDER}
    for step in plan.steps:
        counts[step.risk.level] += 1
    return {
        "plan": plan.id,
        "dialect": plan.dialect,
        "server": plan.server,
        "from": plan.from_,
        "to": plan.to,
        "sequence": plan.sequence,
        "integrity": integrity,
        "summary": {
            "steps": len(plan.steps),
            "risk": counts,
            "approvals_needed": [needed[r] for r in sorted(needed)],
            "force_needed": force,
            "denied": [{"step": d.step, "rule": d.rule, "reason": d.reason} for d in decisions if d.effect == "deny"],
        },
        "signatures": signatures,
        "approvals": approvals,
        "steps": [
            {
                "id": step.id, "op": step.op, "entity": step.entity, "kind": step.kind, "object": step.object,
                "sql": step.ddl, "rollback": step.rollback, "reversible": step.reversible,
                "transactional": step.transactional,
                "risk": {"level": step.risk.level,
                         "reasons": [{"code": r.code, "message": r.message} for r in step.risk.reasons]},
                "decision": d.as_json(),
            }
            for step, d in zip(plan.steps, decisions)
        ],
    }


# --- markdown ------------------------------------------------------------------------------


def _fence(sql: str) -> list[str]:
    text = sql.strip() or "-- (nothing: done by another step)"
    return ["```sql", text if text.endswith(";") or text.startswith("--") else text + ";", "```"]


def _summary(r: dict[str, Any]) -> list[str]:
    s = r["summary"]
    out = ["## Summary", "", "| risk | steps |", "|---|---:|"]
    out += [f"| {level} | {n} |" for level, n in s["risk"].items()]
    out.append("")
    if r["integrity"] != "ok":
        out += [f"**Integrity: FAILED** — {r['integrity']}", ""]
    if s["denied"]:
        out += ["**Denied by policy**", ""] + [f"- {d['step']}: {d['rule']} — {d['reason']}" for d in s["denied"]] + [""]
    out += ["**Approvals still needed**", ""]
    if s["approvals_needed"]:
        out += [f"- {a['role']}: {', '.join(a['steps'])} ({', '.join(a['rules'])})" for a in s["approvals_needed"]]
    else:
        out.append("- none")
    out.append("")
    if s["force_needed"]:
        out += ["**Needs `--force` at apply**", ""]
        out += [f"- {f['step']}: {f['rule']} — {f['reason']}" for f in s["force_needed"]] + [""]
    out += ["**Signatures**", ""]
    out += [f"- {x['key']} ({x['role'] or 'no role claimed'}), signed {x['signed_at']}: {x['status']}" for x in r["signatures"]] or ["- none: the plan is unsigned"]
    out += ["", "**Approvals**", ""]
    out += [f"- {x['key']} as {x['role'] or 'all its roles'}, signed {x['signed_at']}"
            + (f", expires {x['expires_at']}" if x["expires_at"] else "") + f": {x['status']}" for x in r["approvals"]] or ["- none"]
    return out + [""]


def _step(step: dict[str, Any], transactional_ddl: bool) -> list[str]:
    risk = step["risk"]
    out = [f"### {step['id']} · {step['kind'].replace('_', ' ')} · `{step['object']}` · {risk['level']}", ""]
    out += _fence(step["sql"]) + ["", "Rollback" + ("" if step["reversible"] else " (restores structure, not data)") + ":", ""]
    out += _fence(step["rollback"]) + [""]
    if not step["transactional"] and transactional_ddl:
        out += ["Runs outside a transaction.", ""]
    if risk["reasons"]:
        out += [f"- **{x['code']}** {x['message']}" for x in risk["reasons"]] + [""]
    d = step["decision"]
    line = f"Policy: {d['effect']} ({d['rule']}: {d['reason']})"
    if d["obligations"]:
        line = "Policy: allowed once met — " + "; ".join(
            (f"approval by {o['role']}" if o["kind"] == "approval" else "--force at apply") + f" ({o['rule']}: {o['reason']})"
            for o in d["obligations"])
    return out + [line, ""]


def to_markdown(r: dict[str, Any]) -> str:
    head = [f"# Migration plan `{r['plan']}`", "",
            f"{r['dialect']}{' (' + r['server'] + ')' if r['server'] else ''} · from `{r['from']}` to `{r['to']}` · "
            f"{r['summary']['steps']} step{'s' if r['summary']['steps'] != 1 else ''}"
            + (f" · chain sequence {r['sequence']}" if r["sequence"] is not None else ""), ""]
    body = _summary(r) + ["## Steps", ""]
    # Only worth saying where the engine has transactional DDL (on MySQL no step has it).
    transactional_ddl = any(step["transactional"] for step in r["steps"])
    for step in r["steps"]:
        body += _step(step, transactional_ddl)
    return "\n".join(head + body).rstrip("\n") + "\n"
