"""Signing and verification: a good plan passes; every kind of tampering is
refused by its own check, with its own message."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sqlxc.plan.model import dumps_plan, loads_plan
from sqlxc.sign import approve_plan, sign_plan, verify_plan
from sqlxc.sign import errors as E
from tests.governance.helpers import plan, step

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def base_plan(n: int = 1):
    return plan([step(1, "add_column", "users.nickname", op="create", ddl="ALTER TABLE users ADD COLUMN nickname text"),
                 step(2, "create_index", "users.users_nick_idx", op="create", entity="index",
                      ddl="CREATE INDEX users_nick_idx ON users (nickname)")], to=str(n) * 16)


def signed(keys, config, p=None, **kw):
    return sign_plan(p or base_plan(), keys.steward, config, now=NOW, **kw)


def test_signed_plan_verifies(keys, config):
    result = verify_plan(signed(keys, config), config, now=NOW)
    assert result.signer == "steward"
    assert result.ok and result.unmet == ()


def test_signature_records_signer_role_and_time(keys, config):
    sig = signed(keys, config).signatures[0]
    assert (sig.key_id, sig.role, sig.signed_at, sig.expires_at) == ("steward", "data.steward", "2026-06-01T00:00:00Z", None)


def test_signing_is_deterministic_and_keeps_the_id(keys, config):
    p = base_plan()
    a, b = signed(keys, config, p), signed(keys, config, p)
    assert dumps_plan(a) == dumps_plan(b)
    assert a.id == p.id


def test_round_trip_through_the_file_format(keys, config):
    verify_plan(loads_plan(dumps_plan(signed(keys, config))), config, now=NOW)


def _edit(p, **changes):
    return p.model_copy(update=changes)


def test_one_byte_of_sql_changed(keys, config):
    p = signed(keys, config)
    s = p.steps[0]
    tampered = _edit(p, steps=(s.model_copy(update={"ddl": s.ddl.replace("text", "texT")}),) + p.steps[1:])
    with pytest.raises(E.TamperedError, match=r"its content hashes to mig:[0-9a-f]{16}…, not to its id: the plan was modified after it was built"):
        verify_plan(tampered, config, now=NOW)


def test_step_order_changed(keys, config):
    p = signed(keys, config)
    with pytest.raises(E.StepOrderError, match=r"step s0002 stands at position 1: the steps were reordered or removed"):
        verify_plan(_edit(p, steps=tuple(reversed(p.steps))), config, now=NOW)


def test_step_removed(keys, config):
    p = signed(keys, config)
    with pytest.raises(E.StepOrderError, match="step s0002 stands at position 1"):
        verify_plan(_edit(p, steps=p.steps[1:]), config, now=NOW)


def test_content_changed_and_id_recomputed(keys, config):
    from sqlxc.plan.model import with_id

    p = signed(keys, config)
    s = p.steps[0]
    forged = with_id(_edit(p, steps=(s.model_copy(update={"ddl": "DROP TABLE users"}),) + p.steps[1:]))
    with pytest.raises(E.WrongPlanError, match="signature by key 'steward' was made for another plan"):
        verify_plan(forged, config, now=NOW)


def test_signature_bytes_changed(keys, config):
    p = signed(keys, config)
    sig = p.signatures[0]
    flipped = ("A" if sig.value[0] != "A" else "B") + sig.value[1:]
    with pytest.raises(E.BadSignatureError, match="signature by key 'steward' does not verify"):
        verify_plan(_edit(p, signatures=(sig.model_copy(update={"value": flipped}),)), config, now=NOW)


def test_signature_field_changed(keys, config):
    """Extending the expiry by hand breaks the signature: every field is signed."""
    p = sign_plan(base_plan(), keys.steward, dict(config, trust=dict(config["trust"], signature_ttl="1d")), now=NOW)
    sig = p.signatures[0]
    assert sig.expires_at == "2026-06-02T00:00:00Z"
    longer = sig.model_copy(update={"expires_at": "2099-01-01T00:00:00Z"})
    with pytest.raises(E.BadSignatureError):
        verify_plan(_edit(p, signatures=(longer,)), config, now=NOW)


def test_signature_swapped_in_from_another_plan(keys, config):
    other = signed(keys, config, base_plan(2))
    with pytest.raises(E.WrongPlanError, match=r"signature by key 'steward' was made for another plan \(sha256 [0-9a-f]{16}…\), not this one"):
        verify_plan(_edit(base_plan(), signatures=other.signatures), config, now=NOW)


def test_signature_by_an_untrusted_key(keys, config):
    p = sign_plan(base_plan(), keys.outsider, config, now=NOW)
    with pytest.raises(E.UntrustedKeyError, match=r"signature by key 'outsider': the key is not trusted \(not in \[\[trust.keys\]\]"):
        verify_plan(p, config, now=NOW)


def test_trusted_key_id_with_another_key(keys, config):
    """An outsider who records a trusted key's id is caught by the signature check."""
    p = sign_plan(base_plan(), keys.outsider, config, key_id="steward", now=NOW)
    with pytest.raises(E.BadSignatureError, match="another key made it"):
        verify_plan(p, config, now=NOW)


def test_key_without_the_role(keys, config):
    p = sign_plan(base_plan(), keys.reader, config, now=NOW)
    with pytest.raises(E.MissingRoleError, match=r"signature by key 'reader': executing DDL needs role 'data.steward' or higher; the key has: analyst"):
        verify_plan(p, config, now=NOW)


def test_higher_role_may_sign(keys, config):
    p = sign_plan(base_plan(), keys.officer, config, now=NOW)
    assert verify_plan(p, config, now=NOW).signer == "officer"


def test_expired_signature(keys, config):
    cfg = dict(config, trust=dict(config["trust"], signature_ttl="2h"))
    p = sign_plan(base_plan(), keys.steward, cfg, now=NOW)
    verify_plan(p, cfg, now=NOW + timedelta(hours=1))
    with pytest.raises(E.ExpiredError, match="signature by key 'steward' expired at 2026-06-01T02:00:00Z"):
        verify_plan(p, cfg, now=NOW + timedelta(hours=2))


def test_expired_key(keys, config):
    entries = [dict(k, expires="2026-05-01T00:00:00Z") if k["id"] == "steward" else k for k in config["trust"]["keys"]]
    cfg = dict(config, trust={"keys": entries})
    with pytest.raises(E.ExpiredError, match="the key's trust expired at 2026-05-01"):
        verify_plan(signed(keys, config), cfg, now=NOW)


def test_unsigned(config):
    with pytest.raises(E.UnsignedError, match=r"plan mig:[0-9a-f]+ is unsigned"):
        verify_plan(base_plan(), config, now=NOW)


def test_approval_moved_into_signatures_does_not_verify(keys, config):
    approved = approve_plan(base_plan(), keys.steward, config, now=NOW)
    with pytest.raises(E.BadSignatureError):
        verify_plan(_edit(approved, signatures=approved.approvals, approvals=()), config, now=NOW)


def test_approving_keeps_the_plan_id(keys, config):
    p = signed(keys, config)
    assert approve_plan(p, keys.officer, config, now=NOW).id == p.id


def test_tampered_plan_is_not_approved(keys, config):
    p = base_plan()
    with pytest.raises(E.TamperedError):
        approve_plan(_edit(p, to="c" * 16), keys.officer, config, now=NOW)


# --- lock chain -----------------------------------------------------------------------


def lock_for(*plans, sha=None):
    from sqlxc.plan.model import plan_sha256

    return {"format": 1, "chain": [
        {"sequence": n, "from": p.from_, "to": p.to, "plans": {p.dialect: {"id": p.id, "sha256": sha or plan_sha256(p)}}}
        for n, p in enumerate(plans, 1)
    ]}


def test_plan_in_the_chain(keys, config):
    p = signed(keys, config)
    assert verify_plan(p, config, now=NOW, lock=lock_for(base_plan(5), p)).chain == "sequence 2 of 2"


def test_plan_not_in_the_chain(keys, config):
    with pytest.raises(E.ChainError, match=r"plan mig:[0-9a-f]+ is not in the lock chain of sqlx.lock"):
        verify_plan(signed(keys, config), config, now=NOW, lock=lock_for(base_plan(5)))


def test_chain_records_another_hash(keys, config):
    p = signed(keys, config)
    with pytest.raises(E.ChainError, match=r"sqlx.lock records sha256 0000000000000000… for plan"):
        verify_plan(p, config, now=NOW, lock=lock_for(p, sha="0" * 64))


def test_chain_sequence_mismatch(keys, config):
    from sqlxc.plan.model import with_id

    p = sign_plan(with_id(base_plan().model_copy(update={"sequence": 7})), keys.steward, config, now=NOW)
    with pytest.raises(E.ChainError, match="says it is number 7 of the chain, sqlx.lock says 1"):
        verify_plan(p, config, now=NOW, lock=lock_for(p))


def test_lock_read_from_a_file(tmp_path, keys, config):
    import json

    p = signed(keys, config)
    (tmp_path / "sqlx.lock").write_text(json.dumps(lock_for(p)))
    assert verify_plan(p, config, now=NOW, lock=tmp_path / "sqlx.lock").chain == "sequence 1 of 1"


def test_chain_hash_of_the_plan_file_survives_approvals(keys, config):
    """sqlx.lock may record the SHA-256 of the plan file as built; approving
    (which rewrites the file) must not break the chain."""
    import hashlib

    p = signed(keys, config)
    file_sha = hashlib.sha256(dumps_plan(p).encode()).hexdigest()
    approved = approve_plan(p, keys.officer, config, now=NOW)
    assert verify_plan(approved, config, now=NOW, lock=lock_for(p, sha=file_sha)).chain == "sequence 1 of 1"


# --- the build's signing hook ------------------------------------------------------------


def test_build_hook_without_a_key(config, monkeypatch):
    from sqlxc.sign import sign_plan_if_configured

    monkeypatch.delenv("SQLXC_SIGNING_KEY", raising=False)
    p = base_plan()
    assert sign_plan_if_configured(p, config) == (
        p, f"plan {p.id} not signed: SQLXC_SIGNING_KEY is not set (point it at a key from `sqlxc keygen`)")


def test_build_hook_signs_reproducibly(keys, config, monkeypatch):
    from sqlxc.sign import sign_plan_if_configured

    monkeypatch.setenv("SQLXC_SIGNING_KEY", str(keys.paths["steward"]))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    signed_a, message = sign_plan_if_configured(base_plan(), config)
    signed_b, _ = sign_plan_if_configured(base_plan(), config)
    assert message is None and dumps_plan(signed_a) == dumps_plan(signed_b)
    assert signed_a.signatures[0].signed_at == "2026-05-28T20:26:40Z"
    verify_plan(signed_a, config, now=NOW)


def test_build_hook_says_when_the_signature_will_not_verify(keys, config, monkeypatch):
    from sqlxc.sign import sign_plan_if_configured

    p = base_plan()
    monkeypatch.setenv("SQLXC_SIGNING_KEY", str(keys.paths["outsider"]))
    signed_p, message = sign_plan_if_configured(p, config)
    assert len(signed_p.signatures) == 1
    assert message == f"plan {p.id} signed with key 'outsider', which sqlx.toml does not trust: it will not verify"
    monkeypatch.setenv("SQLXC_SIGNING_KEY", str(keys.paths["reader"]))
    assert sign_plan_if_configured(p, config)[1] == (
        f"plan {p.id} signed with key 'reader', which lacks role 'data.steward': it will not verify")


def test_build_hook_with_an_unreadable_key(config, monkeypatch):
    from sqlxc.sign import sign_plan_if_configured

    monkeypatch.setenv("SQLXC_SIGNING_KEY", "-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----")
    p = base_plan()
    signed_p, message = sign_plan_if_configured(p, config)
    assert signed_p.signatures == ()
    assert message == (f"plan {p.id} not signed: SQLXC_SIGNING_KEY (inline): "
                       "not a readable unencrypted PEM private key")
