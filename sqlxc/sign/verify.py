"""Verifying a plan before any DDL: integrity, signature, trust, role, expiry,
the plan's place in the lock chain, then policy decisions and the approvals
they ask for. Each failed check raises its own ``VerificationError`` subclass
with a message that says which check failed and what to do.

Messages name steps by id, kind and a redacted object, never a @pii name.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlxc.plan.model import MigrationPlan, MigrationStep, Signature, plan_sha256
from sqlxc.sign import errors as E
from sqlxc.sign.signature import Purpose, valid
from sqlxc.sign.trust import Trust, TrustedKey, trust_from_config

_STEP_ID = re.compile(r"^s(\d+)$")


# --- integrity ----------------------------------------------------------------------------


def check_integrity(plan: MigrationPlan) -> str:
    """The plan's SHA-256, after checking step order and that the id matches the content."""
    numbers = [_STEP_ID.match(s.id) for s in plan.steps]
    if all(numbers):
        for position, (step, match) in enumerate(zip(plan.steps, numbers), 1):
            if int(match.group(1)) != position:
                raise E.StepOrderError(
                    f"plan {plan.id or '(no id)'}: step {step.id} stands at position {position}: "
                    "the steps were reordered or removed after the plan was built",
                    hint="rebuild the plan with `sqlxc build`; never edit a plan file by hand",
                )
    sha = plan_sha256(plan)
    if not plan.id:
        raise E.TamperedError("the plan has no id", hint="plans are written by `sqlxc build`")
    if plan.id != "mig:" + sha:
        raise E.TamperedError(
            f"plan {plan.id}: its content hashes to mig:{sha[:16]}…, not to its id: "
            "the plan was modified after it was built",
            hint="rebuild the plan with `sqlxc build`; never edit a plan file by hand",
        )
    return sha


# --- one signature -------------------------------------------------------------------------


def _time(value: str | None, what: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise E.TamperedError(f"{what} has an unreadable time {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check_signature(
    sig: Signature, purpose: Purpose, sha: str, trust: Trust, now: datetime, needed: str | None
) -> TrustedKey:
    """The trusted key behind ``sig``; raises on the first check it fails."""
    what = f"{'signature' if purpose == 'plan' else 'approval'} by key {sig.key_id!r}"
    if sig.sha256 != sha:
        raise E.WrongPlanError(
            f"{what} was made for another plan (sha256 {sig.sha256[:16]}…), not this one ({sha[:16]}…)",
            hint="signatures cannot be copied between plans; sign this plan with `sqlxc build` or `sqlxc approve`",
        )
    key = trust.keys.get(sig.key_id)
    if key is None:
        raise E.UntrustedKeyError(
            f"{what}: the key is not trusted (not in [[trust.keys]] of sqlx.toml)",
            hint="add its public key with the roles it may use, or sign with a trusted key",
        )
    if sig.algorithm != "ed25519" or not valid(sig, purpose, key.public_key):
        raise E.BadSignatureError(
            f"{what} does not verify: the signature or one of its fields was altered, or another key made it",
            hint="re-sign the plan; if nobody edited it, investigate who did",
        )
    signed_at = _time(sig.signed_at, what)
    expires = _time(sig.expires_at, what)
    if expires is not None and now >= expires:
        raise E.ExpiredError(f"{what} expired at {sig.expires_at}", hint="sign the plan again")
    if key.expires is not None and (now >= key.expires or (signed_at and signed_at >= key.expires)):
        raise E.ExpiredError(
            f"{what}: the key's trust expired at {key.expires.isoformat()}",
            hint="rotate the key: `sqlxc keygen`, trust the new public key, sign again",
        )
    if sig.role is not None and not trust.key_has(key, sig.role):
        raise E.MissingRoleError(
            f"{what} claims role {sig.role!r}, which the key does not hold (it has: {_roles(key)})",
            hint="grant the role in [[trust.keys]] or sign with a key that holds it",
        )
    if needed is not None and not _holds(trust, key, sig, needed):
        raise E.MissingRoleError(
            f"{what}: executing DDL needs role {needed!r} or higher; the key has: {_roles(key)}",
            hint=f"sign with a key that holds {needed!r}, or grant it in sqlx.toml",
        )
    return key


def _roles(key: TrustedKey) -> str:
    return ", ".join(key.roles) or "no roles"


def _holds(trust: Trust, key: TrustedKey, sig: Signature, needed: str) -> bool:
    if sig.role is not None:
        return trust.outranks(sig.role, needed)
    return trust.key_has(key, needed)


def verify_signatures(plan: MigrationPlan, trust: Trust, now: datetime, sha: str) -> TrustedKey:
    """The key whose signature authorizes this plan to run DDL."""
    if not plan.signatures:
        raise E.UnsignedError(
            f"plan {plan.id} is unsigned",
            hint="set SQLXC_SIGNING_KEY to a trusted key and run `sqlxc build`, or sign it with `sqlxc approve --sign`",
        )
    first_error: E.VerificationError | None = None
    accepted: TrustedKey | None = None
    for sig in plan.signatures:
        try:
            key = check_signature(sig, "plan", sha, trust, now, trust.require_role)
        except (E.WrongPlanError, E.BadSignatureError, E.TamperedError):
            raise  # tampering is never outvoted by another, valid signature
        except E.VerificationError as exc:
            first_error = first_error or exc
            continue
        accepted = accepted or key
    if accepted is None:
        assert first_error is not None
        raise first_error
    return accepted


# --- lock chain ------------------------------------------------------------------------------


def _entries(lock: Mapping[str, Any]) -> list[tuple[int | None, Mapping[str, Any]]]:
    """(sequence, entry naming one plan) for every plan in the chain, whatever the nesting
    (one entry per dialect, or per build with a plan per dialect)."""
    out: list[tuple[int | None, Mapping[str, Any]]] = []

    def walk(node: Any, sequence: int | None) -> None:
        if isinstance(node, Mapping):
            sequence = node.get("sequence", sequence)
            if any(isinstance(node.get(k), str) and str(node.get(k)).startswith("mig:") for k in ("id", "plan", "plan_id", "planId")):
                out.append((sequence, node))
            for value in node.values():
                walk(value, sequence)
        elif isinstance(node, list):
            for value in node:
                walk(value, sequence)

    walk(lock.get("chain", []), None)
    return out


def _entry_id(entry: Mapping[str, Any]) -> str:
    for k in ("id", "plan", "plan_id", "planId"):
        if isinstance(entry.get(k), str) and entry[k].startswith("mig:"):
            return entry[k]
    return ""


def load_lock(lock: Any) -> Mapping[str, Any]:
    if isinstance(lock, Mapping):
        return lock
    if isinstance(lock, (str, Path)):
        try:
            return json.loads(Path(lock).read_text(encoding="utf-8"))
        except OSError as exc:
            raise E.ChainError(f"cannot read {lock}: {exc.strerror}") from None
        except json.JSONDecodeError as exc:
            raise E.ChainError(f"{lock} is not valid JSON: {exc}") from None
    data = getattr(lock, "model_dump", None)
    return data(mode="json", by_alias=True) if data else dict(vars(lock))


def _chain_hashes(plan: MigrationPlan, sha: str, file_sha: str | None) -> set[str]:
    """What a lock may record for this plan: its canonical SHA-256 (DESIGN), or
    the SHA-256 of its file as `sqlxc build` wrote it — before approvals (and
    signatures) were added, which never change the plan's content."""
    from sqlxc.plan.model import dumps_plan

    def file_hash(p: MigrationPlan) -> str:
        return hashlib.sha256(dumps_plan(p).encode()).hexdigest()

    found = {sha, file_hash(plan), file_hash(plan.model_copy(update={"approvals": ()})),
             file_hash(plan.model_copy(update={"approvals": (), "signatures": ()}))}
    return found | ({file_sha} if file_sha else set())


def check_chain(plan: MigrationPlan, lock: Any, sha: str, file_sha: str | None = None) -> str:
    """Where the plan sits in ``sqlx.lock``'s chain, e.g. ``sequence 3 of 4``."""
    entries = _entries(load_lock(lock))
    mine = [(seq, e) for seq, e in entries if _entry_id(e) == plan.id]
    if not mine:
        raise E.ChainError(
            f"plan {plan.id} is not in the lock chain of sqlx.lock",
            hint="only plans written by `sqlxc build` into this repository's chain may be applied",
        )
    sequence, entry = mine[0]
    recorded = entry.get("sha256")
    if recorded and recorded not in _chain_hashes(plan, sha, file_sha):
        raise E.ChainError(
            f"sqlx.lock records sha256 {str(recorded)[:16]}… for plan {plan.id}, the plan hashes to {sha[:16]}…",
            hint="the plan or the lock was edited; rebuild with `sqlxc build`",
        )
    if plan.sequence is not None and sequence is not None and plan.sequence != sequence:
        raise E.ChainError(f"plan {plan.id} says it is number {plan.sequence} of the chain, sqlx.lock says {sequence}")
    total = max((s for s, _ in entries if s is not None), default=None)
    return f"sequence {sequence} of {total}" if sequence is not None else "in the chain"


# --- approvals and policy ----------------------------------------------------------------------


@dataclass(frozen=True)
class Unmet:
    step: MigrationStep
    obligation: Any  # sqlxc.policy.Obligation


@dataclass(frozen=True)
class Verification:
    plan_id: str
    sha256: str
    signer: str
    chain: str | None = None
    decisions: tuple = ()
    approvals: tuple[str, ...] = ()  # "key (role)" of every approval that counts
    unmet: tuple[Unmet, ...] = ()
    notes: tuple[str, ...] = ()  # approvals that do not count, and why
    denied: tuple = field(default=())

    @property
    def ok(self) -> bool:
        return not self.unmet and not self.denied


def valid_approvals(
    plan: MigrationPlan, trust: Trust, now: datetime, sha: str
) -> tuple[list[tuple[Signature, TrustedKey]], list[str]]:
    """Approvals that count, and notes on those that do not. A forged or copied
    approval raises: it is tampering, not a missing approval."""
    good: list[tuple[Signature, TrustedKey]] = []
    notes: list[str] = []
    for sig in plan.approvals:
        try:
            key = check_signature(sig, "approval", sha, trust, now, None)
        except (E.WrongPlanError, E.BadSignatureError, E.TamperedError):
            raise
        except E.VerificationError as exc:
            notes.append(exc.message)
            continue
        good.append((sig, key))
    return good, notes


def evaluate(
    plan: MigrationPlan,
    config: Any,
    trust: Trust,
    signer: TrustedKey | None,
    *,
    now: datetime,
    sha: str,
    force: bool = False,
) -> tuple[list, list[Unmet], list[str], list[str]]:
    """(decisions, unmet obligations, approvals that count, notes)."""
    from sqlxc.policy.engine import Policy

    policy = Policy.from_config(config)
    decisions = policy.evaluate_plan(plan)
    approvals, notes = valid_approvals(plan, trust, now, sha)
    if policy.settings.four_eyes and signer is not None:
        own = [(s, k) for s, k in approvals if k.id == signer.id]
        notes += [f"approval by key {k.id!r} does not count: four_eyes needs someone other than the plan's signer" for _, k in own]
        approvals = [(s, k) for s, k in approvals if k.id != signer.id]
    unmet: list[Unmet] = []
    for step, decision in zip(plan.steps, decisions):
        for ob in decision.obligations:
            if ob.kind == "force":
                if not force:
                    unmet.append(Unmet(step, ob))
            elif not any(_holds(trust, k, s, ob.role) for s, k in approvals):
                unmet.append(Unmet(step, ob))
    labels = [f"{k.id} ({s.role or ', '.join(k.roles)})" for s, k in approvals]
    return decisions, unmet, labels, notes


def describe_step(plan: MigrationPlan, step: MigrationStep) -> str:
    from sqlxc.policy.redact import redact_text

    return f"{step.id} {step.kind} {redact_text(step.object, plan)}"


def inspect_plan(
    plan: MigrationPlan,
    trust: Any,
    *,
    now: datetime | None = None,
    lock: Any = None,
    file_sha: str | None = None,
    force: bool = False,
    policy: Any = "same",
) -> Verification:
    """Integrity, signature, trust, role, expiry and chain (raising the first
    failure), then the policy decisions and what they still need — reported in
    the result, not raised (``raise_for`` does that)."""
    now = now or datetime.now(UTC)
    trust_obj = trust_from_config(trust)
    sha = check_integrity(plan)
    signer = verify_signatures(plan, trust_obj, now, sha)
    chain = check_chain(plan, lock, sha, file_sha) if lock is not None else None
    if policy is None:
        return Verification(plan.id, sha, signer.id, chain)
    config = (None if isinstance(trust, Trust) else trust) if policy == "same" else policy
    decisions, unmet, approvals, notes = evaluate(plan, config, trust_obj, signer, now=now, sha=sha, force=force)
    denied = tuple(d for d in decisions if d.effect == "deny")
    return Verification(plan.id, sha, signer.id, chain, tuple(decisions), tuple(approvals), tuple(unmet),
                        tuple(notes), denied)


def verify_plan(
    plan: MigrationPlan,
    trust: Any,
    *,
    now: datetime | None = None,
    lock: Any = None,
    force: bool = False,
    policy: Any = "same",
) -> Verification:
    """Everything the applier checks before any DDL; raises the first failure.

    ``trust`` is a Trust or a config (sqlx.toml table, object or path); the
    policy comes from the same config unless ``policy`` is given (None skips
    policy and approvals). ``force`` stands for ``--force`` at apply."""
    result = inspect_plan(plan, trust, now=now, lock=lock, force=force, policy=policy)
    raise_for(plan, result)
    return result


def raise_for(plan: MigrationPlan, result: Verification) -> None:
    """Raise for denied steps, missing approvals or a missing --force."""
    steps = {s.id: s for s in plan.steps}
    if result.denied:
        lines = [f"{describe_step(plan, steps[d.step])}: {d.rule}: {d.reason}" for d in result.denied]
        raise E.PolicyDeniedError("policy denies " + "; ".join(lines), hint="change the schema so that the rule is met")
    approvals = [u for u in result.unmet if u.obligation.kind == "approval"]
    if approvals:
        lines = [f"{describe_step(plan, u.step)} needs approval by {u.obligation.role} ({u.obligation.rule}: {u.obligation.reason})"
                 for u in approvals]
        roles = sorted({u.obligation.role for u in approvals})
        notes = ("; " + "; ".join(result.notes)) if result.notes else ""
        raise E.ApprovalRequiredError(
            "approvals missing: " + "; ".join(lines) + notes,
            hint="run `sqlxc approve --plan PLAN --key KEY` with a key holding " + " and ".join(roles),
        )
    forced = [u for u in result.unmet if u.obligation.kind == "force"]
    if forced:
        lines = [f"{describe_step(plan, u.step)} ({u.obligation.rule}: {u.obligation.reason})" for u in forced]
        raise E.ForceRequiredError("needs --force: " + "; ".join(lines), hint="re-run with --force once you accept the loss")


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
