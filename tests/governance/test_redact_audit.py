"""Redaction placeholders and signed, chained policy.event logs."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sqlxc.air.model import Schema
from sqlxc.diff import changes as ch
from sqlxc.policy import redact_text
from sqlxc.policy.audit import AuditLog, from_config, verify_log
from sqlxc.policy.redact import placeholder
from tests.governance.helpers import USERS, plan_from_changes, schema


def test_placeholder_is_stable_and_short():
    assert placeholder("email") == placeholder("EMAIL") == "<pii:82244417>"
    assert placeholder("phone") != placeholder("email")


def test_redacts_whole_names_only():
    text = 'ALTER TABLE users DROP COLUMN "email"; -- email_hash, user_email, Email stays? no: Email'
    assert redact_text(text, ["email"]) == (
        'ALTER TABLE users DROP COLUMN "<pii:82244417>"; -- email_hash, user_email, <pii:82244417> stays? no: <pii:82244417>')


def test_longest_name_first():
    assert redact_text("email, email_hash", ["email", "email_hash"]) == f"<pii:82244417>, {placeholder('email_hash')}"


def test_names_from_schema_and_plan():
    s = Schema(tables=(USERS,))
    assert redact_text("users.email users.nickname", s) == "users.<pii:82244417> users.nickname"
    p = plan_from_changes([ch.DropColumn("users", USERS.columns[1])])
    assert redact_text("users.email", p) == "users.<pii:82244417>"
    assert redact_text("nothing here", []) == "nothing here"


def _plan():
    return plan_from_changes([ch.DropColumn("users", USERS.columns[1]), ch.DropColumn("users", USERS.columns[2])],
                             before=schema(USERS))


def test_audit_log_records_are_signed_chained_and_redacted(tmp_path, keys, config):
    p = _plan()
    log = AuditLog(tmp_path / "audit.jsonl", key=keys.steward, key_id="steward")
    for s in p.steps:
        log.record(p, s, "applied")
    log.record(p, None, "failed", error='ERROR: column "email" of relation "users" does not exist')
    text = (tmp_path / "audit.jsonl").read_text()
    assert "email" not in text
    records = [json.loads(line) for line in text.splitlines()]
    assert [(r["seq"], r["event"], r.get("step"), r["status"]) for r in records] == [
        (1, "policy.event", "s0001", "applied"), (2, "policy.event", "s0002", "applied"), (3, "policy.event", None, "failed")]
    assert records[0]["object"] == "users.<pii:82244417>" and records[0]["prev"] is None
    assert verify_log(tmp_path / "audit.jsonl", config) == []
    # a second writer continues the chain
    AuditLog(tmp_path / "audit.jsonl", key=keys.steward, key_id="steward").record(p, p.steps[0], "rolled_back")
    assert verify_log(tmp_path / "audit.jsonl", config) == []


def test_audit_log_tampering_is_found(tmp_path, keys, config):
    p = _plan()
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path, key=keys.steward, key_id="steward")
    for s in p.steps:
        log.record(p, s, "applied")
    lines = path.read_text().splitlines()
    path.write_text(lines[0].replace('"applied"', '"failed"') + "\n" + lines[1] + "\n")
    assert verify_log(path, config) == ["line 1: signature does not verify (the record was edited)",
                                        "line 2: chain broken (a record before it was removed, inserted or edited)"]
    path.write_text(lines[1] + "\n")
    assert verify_log(path, config) == ["line 1: chain broken (a record before it was removed, inserted or edited)"]


def test_unsigned_and_untrusted_records(tmp_path, keys, config):
    p = _plan()
    AuditLog(tmp_path / "a.jsonl").record(p, p.steps[0], "applied")
    assert verify_log(tmp_path / "a.jsonl", config) == ["line 1: unsigned record"]
    AuditLog(tmp_path / "b.jsonl", key=keys.outsider, key_id="outsider").record(p, p.steps[0], "applied")
    assert verify_log(tmp_path / "b.jsonl", config) == ["line 1: signed by untrusted key 'outsider'"]


def test_audit_log_from_config(tmp_path, keys, config):
    cfg = dict(config, policy={"audit_log": "audit/events.jsonl"})
    log = from_config(cfg, base=tmp_path, environ={"SQLXC_SIGNING_KEY": str(keys.paths["steward"])})
    p = _plan()
    log.record(p, p.steps[0], "applied")
    assert json.loads((tmp_path / "audit" / "events.jsonl").read_text())["key_id"] == "steward"
    assert verify_log(tmp_path / "audit" / "events.jsonl", cfg) == []
    assert from_config(config, base=tmp_path) is None


IDENT = st.from_regex(r"[a-z][a-z0-9_]{2,12}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(names=st.lists(IDENT, min_size=1, max_size=4, unique=True),
       pieces=st.lists(st.sampled_from(['"', "`", ".", " ", ", ", "(", ")", "=", "'", "\n", "ALTER TABLE t DROP ", "x"]),
                       max_size=12))
def test_no_pii_name_survives_as_a_word(names, pieces):
    import re

    text = "".join(p + names[i % len(names)].upper() if i % 3 == 0 else p + names[i % len(names)]
                   for i, p in enumerate(pieces))
    out = re.sub(r"<pii:[0-9a-f]{8}>", "", redact_text(text, names))  # a column may be named "pii"
    for name in names:
        assert not re.search(rf"(?<![A-Za-z0-9_$]){re.escape(name)}(?![A-Za-z0-9_$])", out, re.IGNORECASE)


def test_a_column_named_pii():
    assert redact_text("DROP COLUMN pii, abc", ["pii", "abc"]) == f"DROP COLUMN {placeholder('pii')}, {placeholder('abc')}"
