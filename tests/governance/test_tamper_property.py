"""Property: changing any one byte of a signed plan file either breaks the
file, leaves the plan's meaning unchanged (whitespace), or is refused by
verification. SQLXC_GOVERNANCE_EXAMPLES raises the example count."""
from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from sqlxc.diff import changes as ch
from sqlxc.plan.model import dumps_plan, loads_plan
from sqlxc.sign import approve_plan, sign_plan, verify_plan
from sqlxc.sign.errors import VerificationError
from tests.governance.helpers import USERS, plan_from_changes, schema

NOW = datetime(2026, 6, 1, tzinfo=UTC)
EXAMPLES = int(os.environ.get("SQLXC_GOVERNANCE_EXAMPLES", "100"))


@pytest.fixture(scope="module")
def signed_text(tmp_path_factory):
    from sqlxc.sign.keys import generate_key, load_key

    folder = tmp_path_factory.mktemp("k")
    steward = load_key(str(generate_key("steward", folder / "s.key").path))
    officer = load_key(str(generate_key("officer", folder / "o.key").path))
    config = {"trust": {"keys": [
        {"id": "steward", "public_key": steward.public_key, "roles": ["data.steward"]},
        {"id": "officer", "public_key": officer.public_key, "roles": ["privacy.officer"]}]}}
    p = plan_from_changes([ch.DropColumn("users", USERS.columns[1]), ch.AddColumn("users", USERS.columns[2])],
                          before=schema(USERS))
    p = approve_plan(sign_plan(p, steward, config, now=NOW), officer, config, now=NOW)
    verify_plan(p, config, now=NOW)
    return dumps_plan(p).encode(), config


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_one_byte_change_is_harmless_or_refused(signed_text, data):
    text, config = signed_text
    original = loads_plan(text.decode())
    pos = data.draw(st.integers(0, len(text) - 1), label="position")
    byte = data.draw(st.integers(32, 126).filter(lambda b: b != text[pos]), label="byte")
    mutated = text[:pos] + bytes([byte]) + text[pos + 1:]
    try:
        plan = loads_plan(mutated.decode())
    except (ValidationError, ValueError):
        return  # the file no longer parses: refused before verification
    if plan == original:
        return  # e.g. whitespace between tokens
    with pytest.raises(VerificationError):
        verify_plan(plan, config, now=NOW)
