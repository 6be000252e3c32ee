"""Signing and verifying plans (Ed25519 over the SHA-256 of a plan's canonical bytes).

Entry points other stages use:

* ``sign_plan_if_configured(plan, config) -> (plan, message | None)`` — ``sqlxc build``.
* ``verify_plan(plan, config_or_trust, *, now=None, lock=None, force=False)`` — the
  applier, before any DDL; raises a ``VerificationError`` subclass naming the check.
* ``approve_plan(plan, key, config, *, role=None)`` — ``sqlxc approve``.
* ``generate_key(key_id, out=None, force=False)`` — ``sqlxc keygen`` and ``sqlxc init``.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlxc.errors import SqlxcError
from sqlxc.plan.model import MigrationPlan, Signature
from sqlxc.sign.errors import VerificationError
from sqlxc.sign.keys import (
    ENV_KEY,
    ENV_KEY_ID,
    SigningKey,
    fingerprint,
    generate_key,
    key_from_env,
    load_key,
)
from sqlxc.sign.signature import make, signing_time
from sqlxc.sign.trust import Trust, trust_from_config
from sqlxc.sign.verify import Verification, check_integrity, verify_plan

__all__ = [
    "ENV_KEY", "SigningKey", "Trust", "Verification", "VerificationError", "approve_plan", "check_integrity",
    "generate_key", "key_from_env", "key_id_for", "load_key", "sign_plan", "sign_plan_if_configured",
    "trust_from_config", "verify_plan",
]


def key_id_for(key: SigningKey, trust: Trust, explicit: str | None = None) -> str:
    """The id a signature records: explicit, else the trusted entry with this
    public key, else the key file's name, else a fingerprint."""
    import os

    if explicit or os.environ.get(ENV_KEY_ID):
        return explicit or os.environ[ENV_KEY_ID]
    entry = trust.key_for_public(key.public_key)
    if entry is not None:
        return entry.id
    return key.stem or fingerprint(key.public_key)


def _signing_role(trust: Trust, key_id: str, wanted: str | None) -> str | None:
    if wanted is not None:
        return wanted
    entry = trust.keys.get(key_id)
    if entry is not None and trust.key_has(entry, trust.require_role):
        return trust.require_role
    return None


def sign_plan(
    plan: MigrationPlan, key: SigningKey, config: Any = None, *, key_id: str | None = None,
    now: datetime | None = None,
) -> MigrationPlan:
    """The plan with its signature block (replacing an earlier one by the same key)."""
    trust = trust_from_config(config)
    check_integrity(plan)
    kid = key_id_for(key, trust, key_id)
    at = signing_time(plan, now)
    expires = at + trust.signature_ttl if trust.signature_ttl else None
    sig = make(plan, key, kid, "plan", role=_signing_role(trust, kid, None), signed_at=at, expires_at=expires)
    others = tuple(s for s in plan.signatures if s.key_id != kid)
    return plan.model_copy(update={"signatures": others + (sig,)})


def sign_plan_if_configured(plan: MigrationPlan, config: Any = None) -> tuple[MigrationPlan, str | None]:
    """Sign with SQLXC_SIGNING_KEY when it is set. The message (None when all
    is well) says why the plan stayed unsigned or why it will not verify."""
    try:
        key = key_from_env()
    except SqlxcError as exc:  # an unreadable key: the build goes on, unsigned, and says why
        return plan, f"plan {plan.id} not signed: {exc.message}"
    if key is None:
        return plan, f"plan {plan.id} not signed: {ENV_KEY} is not set (point it at a key from `sqlxc keygen`)"
    trust = trust_from_config(config)
    signed = sign_plan(plan, key, trust)
    kid = signed.signatures[-1].key_id
    entry = trust.keys.get(kid)
    if entry is None:
        return signed, f"plan {plan.id} signed with key {kid!r}, which sqlx.toml does not trust: it will not verify"
    if not trust.key_has(entry, trust.require_role):
        return signed, f"plan {plan.id} signed with key {kid!r}, which lacks role {trust.require_role!r}: it will not verify"
    return signed, None


def approve_plan(
    plan: MigrationPlan, key: SigningKey, config: Any = None, *, role: str | None = None,
    key_id: str | None = None, now: datetime | None = None, expires_at: datetime | None = None,
) -> MigrationPlan:
    """The plan with an approval by ``key`` (as ``role``, default: the key's
    roles). Approvals are outside the hashed bytes, so the plan id stays."""
    trust = trust_from_config(config)
    check_integrity(plan)
    kid = key_id_for(key, trust, key_id)
    at = now or datetime.now(UTC)
    if expires_at is None and trust.signature_ttl:
        expires_at = at + trust.signature_ttl
    sig: Signature = make(plan, key, kid, "approval", role=role, signed_at=at, expires_at=expires_at)
    others = tuple(a for a in plan.approvals if (a.key_id, a.role) != (kid, role))
    return plan.model_copy(update={"approvals": others + (sig,)})
