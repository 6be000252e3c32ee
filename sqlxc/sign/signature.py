"""Signature blocks: what exactly is signed, making one, checking one.

The signed message binds the plan's SHA-256 (of ``canonical_bytes``, so
approvals never change it) to every field of the block — key id, role,
signed_at, expires_at — and to its purpose (``plan`` for ``signatures``,
``approval`` for ``approvals``), so no field can be edited and no signature
moved from one list to the other without the check failing.
"""
from __future__ import annotations

import base64
import binascii
import json
import os
from datetime import UTC, datetime
from typing import Literal

from sqlxc.plan.model import MigrationPlan, Signature, plan_sha256
from sqlxc.sign.keys import SigningKey
from sqlxc.sign.trust import format_time

Purpose = Literal["plan", "approval"]
DOMAIN = b"sqlxc-signature-v1\n"


def message(sig: Signature, purpose: Purpose) -> bytes:
    fields = {
        "purpose": purpose,
        "sha256": sig.sha256,
        "key_id": sig.key_id,
        "algorithm": sig.algorithm,
        "role": sig.role,
        "signed_at": sig.signed_at,
        "expires_at": sig.expires_at,
    }
    return DOMAIN + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def make(
    plan: MigrationPlan,
    key: SigningKey,
    key_id: str,
    purpose: Purpose,
    *,
    role: str | None,
    signed_at: datetime,
    expires_at: datetime | None = None,
) -> Signature:
    unsigned = Signature(
        key_id=key_id,
        sha256=plan_sha256(plan),
        value="",
        signed_at=format_time(signed_at),
        expires_at=format_time(expires_at) if expires_at else None,
        role=role,
    )
    value = base64.b64encode(key.sign(message(unsigned, purpose))).decode()
    return unsigned.model_copy(update={"value": value})


def valid(sig: Signature, purpose: Purpose, public_key: str) -> bool:
    """Does ``sig`` verify under ``public_key`` (``ed25519:…``)?"""
    from cryptography.exceptions import InvalidSignature

    from sqlxc.sign.keys import decode_public

    try:
        raw = base64.b64decode(sig.value, validate=True)
        decode_public(public_key, where="trust").verify(raw, message(sig, purpose))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def signing_time(plan: MigrationPlan, now: datetime | None = None) -> datetime:
    """When a build signs: SOURCE_DATE_EPOCH, else the plan's createdAt, else the
    clock — so a reproducible build writes a byte-identical signed plan
    (Ed25519 signatures are deterministic)."""
    if now is not None:
        return now
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    if plan.created_at:
        try:
            parsed = datetime.fromisoformat(plan.created_at)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.now(UTC)
