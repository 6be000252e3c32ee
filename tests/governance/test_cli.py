"""The governance commands end to end: keygen -> sign -> explain -> verify ->
approve -> verify, on a plan that drops a PII column."""
from __future__ import annotations

import json
import stat

import pytest

from sqlxc.cli.main import main
from sqlxc.diff import changes as ch
from sqlxc.plan.model import dumps_plan, loads_plan
from sqlxc.sign import sign_plan
from sqlxc.sign.keys import load_key
from tests.governance.helpers import USERS, plan_from_changes, schema


@pytest.fixture
def project(tmp_path, monkeypatch, capsys):
    """A project folder with two keys trusted in sqlx.toml (made with `sqlxc keygen`)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SQLXC_SIGNING_KEY", raising=False)
    entries = []
    for key_id, role in (("steward", "data.steward"), ("officer", "privacy.officer")):
        assert main(["keygen", "--id", key_id, "--role", role]) == 0
        entries.append(capsys.readouterr().out)
    (tmp_path / "sqlx.toml").write_text('[roles]\n"privacy.officer" = ["data.steward"]\n\n' + "\n".join(entries))
    return tmp_path


def key(project, name):
    return str(project / "home" / "sqlxc" / "keys" / f"{name}.key")


def write_plan(project, p):
    path = project / "plan.json"
    path.write_text(dumps_plan(p))
    return path


def drop_pii_plan():
    after = schema(USERS.model_copy(update={"columns": USERS.columns[::2]}))
    return plan_from_changes([ch.DropColumn("users", USERS.columns[1])], before=schema(USERS), after=after)


def test_keygen_output(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert main(["keygen", "--id", "alice"]) == 0
    out, err = capsys.readouterr()
    path = tmp_path / "sqlxc" / "keys" / "alice.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert out.startswith('[[trust.keys]]\nid = "alice"\npublic_key = "ed25519:') and out.endswith('roles = ["data.steward"]\n')
    assert err == (f"wrote private key {path} (mode 0600); keep it secret, never commit it\n"
                   f"sign with it: export SQLXC_SIGNING_KEY={path}\ntrust it: add these lines to sqlx.toml\n")
    assert "PRIVATE" not in out + err


def test_keygen_inside_repo_exits_2(tmp_path, monkeypatch, capsys):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["keygen", "--id", "a", "--out", "k/a.key"]) == 2
    assert "a private key must not be committed" in capsys.readouterr().err


def test_done_means(project, capsys, monkeypatch):
    """A reviewer sees the risk, rule and approval still needed; verify refuses
    until the privacy officer approves, then passes."""
    monkeypatch.setenv("SQLXC_SIGNING_KEY", key(project, "steward"))
    assert main(["approve", "--plan", str(write_plan(project, drop_pii_plan())), "--sign"]) == 0
    capsys.readouterr()

    assert main(["explain", "--plan", "plan.json"]) == 0
    md = capsys.readouterr().out
    assert "| risky | 1 |" in md
    assert "- data.steward: s0001 (GOV102)\n- privacy.officer: s0001 (GOV101)" in md
    assert "- **DS103** drops column users.email and its data; running clients that read it break" in md

    assert main(["migrate", "verify", "--plan", "plan.json"]) == 1
    out, err = capsys.readouterr()
    assert "signature: signed by trusted key 'steward' (data.steward)" in out
    assert "s0001 drop_column users.<pii:82244417>: needs approval by privacy.officer [missing] (GOV101" in out
    assert err.startswith("sqlxc: error: approvals missing: s0001 drop_column users.<pii:82244417> needs approval by privacy.officer")
    assert "email" not in out + err

    assert main(["approve", "--plan", "plan.json", "--key", key(project, "officer")]) == 0
    assert capsys.readouterr().err == f"approved {loads_plan((project / 'plan.json').read_text()).id} by key 'officer' as privacy.officer\n"
    assert main(["migrate", "verify", "--plan", "plan.json"]) == 0
    out, err = capsys.readouterr()
    assert "needs approval by privacy.officer [met]" in out and err.endswith("verified\n")
    assert main(["explain", "--plan", "plan.json", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["approvals_needed"] == []
    assert [a["status"] for a in report["approvals"]] == ["valid"]


def test_explain_markdown_exact(project, capsys):
    p = plan_from_changes([ch.AddColumn("users", USERS.columns[2].model_copy(update={"name": "bio"})),
                           ch.DropColumn("users", USERS.columns[2])])
    write_plan(project, p)
    assert main(["explain", "--plan", "plan.json"]) == 0
    assert capsys.readouterr().out == f"""# Migration plan `{p.id}`

postgres · from `aaaaaaaaaaaaaaaa` to `bbbbbbbbbbbbbbbb` · 2 steps

## Summary

| risk | steps |
|---|---:|
| safe | 1 |
| risky | 1 |
| experimental | 0 |

**Approvals still needed**

- data.steward: s0002 (GOV102)

**Signatures**

- none: the plan is unsigned

**Approvals**

- none

## Steps

### s0001 · add column · `users.bio` · safe

```sql
-- add_column users.bio
```

Rollback:

```sql
-- drop_column users.bio
```

Policy: allow (GOV000: no rule asks anything of this step)

### s0002 · drop column · `users.nickname` · risky

```sql
-- drop_column users.nickname
```

Rollback (restores structure, not data):

```sql
-- add_column users.nickname
```

- **DS103** drops column users.nickname and its data; running clients that read it break

Policy: allowed once met — approval by data.steward (GOV102: not reversible: its rollback restores structure, not data)
"""


def test_explain_is_deterministic_and_redacts_on_request(project, capsys):
    write_plan(project, drop_pii_plan())
    runs = []
    for _ in range(2):
        assert main(["explain", "--plan", "plan.json", "--redact"]) == 0
        runs.append(capsys.readouterr().out)
    assert runs[0] == runs[1] and "email" not in runs[0] and "<pii:82244417>" in runs[0]


@pytest.mark.parametrize("edit, code, message", [
    (lambda d: d["steps"][0].update(ddl=d["steps"][0]["ddl"] + " "), 1, "the plan was modified after it was built"),
    (lambda d: d.update(signatures=[]), 1, "is unsigned"),
    (lambda d: d["signatures"][0].update(keyId="nobody"), 1, "the key is not trusted"),
])
def test_verify_refusals_exit_1(project, capsys, monkeypatch, edit, code, message):
    p = sign_plan(plan_from_changes([ch.AddColumn("users", USERS.columns[2])]), load_key(key(project, "steward")),
                  str(project / "sqlx.toml"))
    data = json.loads(dumps_plan(p))
    edit(data)
    (project / "plan.json").write_text(json.dumps(data))
    assert main(["migrate", "verify", "--plan", "plan.json"]) == code
    assert message in capsys.readouterr().err


def test_verify_checks_the_lock_chain(project, capsys):
    from sqlxc.plan.model import plan_sha256

    p = sign_plan(plan_from_changes([ch.AddColumn("users", USERS.columns[2])]), load_key(key(project, "steward")), str(project / "sqlx.toml"))
    write_plan(project, p)
    (project / "sqlx.lock").write_text(json.dumps({"chain": [{"sequence": 1, "plans": {"postgres": {"id": p.id, "sha256": plan_sha256(p)}}}]}))
    assert main(["migrate", "verify", "--plan", "plan.json"]) == 0
    assert "chain: sequence 1 of 1" in capsys.readouterr().out
    (project / "sqlx.lock").write_text(json.dumps({"chain": []}))
    assert main(["migrate", "verify", "--plan", "plan.json"]) == 1
    assert "is not in the lock chain of sqlx.lock" in capsys.readouterr().err
    assert main(["migrate", "verify", "--plan", "plan.json", "--no-lock"]) == 0


def test_approve_errors(project, capsys):
    write_plan(project, drop_pii_plan())
    assert main(["approve", "--plan", "plan.json"]) == 2
    assert "no signing key" in capsys.readouterr().err
    assert main(["approve", "--plan", "plan.json", "--key", key(project, "steward"), "--role", "privacy.officer"]) == 1
    assert "claims role 'privacy.officer', which the key does not hold (it has: data.steward)" in capsys.readouterr().err
    assert main(["approve", "--plan", "missing.json", "--key", key(project, "steward")]) == 2
    assert "cannot read plan missing.json" in capsys.readouterr().err
    (project / "bad.json").write_text("{}")
    assert main(["approve", "--plan", "bad.json", "--key", key(project, "steward")]) == 2
    assert "bad.json: not a valid sqlxc plan: from: Field required" in capsys.readouterr().err


def test_bad_config_exits_2(project, capsys):
    write_plan(project, drop_pii_plan())
    (project / "sqlx.toml").write_text('[trust]\nkeys = [{id = "x", public_key = "rsa:abc"}]\n')
    assert main(["explain", "--plan", "plan.json"]) == 2
    assert "sqlx.toml: trust key 'x': public_key must look like 'ed25519:<base64>'" in capsys.readouterr().err


def test_explain_four_eyes(project, capsys, monkeypatch):
    with open(project / "sqlx.toml", "a") as fh:
        fh.write("\n[policy]\nfour_eyes = true\n")
    monkeypatch.setenv("SQLXC_SIGNING_KEY", key(project, "steward"))
    write_plan(project, plan_from_changes([ch.DropColumn("users", USERS.columns[2])]))
    assert main(["approve", "--plan", "plan.json", "--sign"]) == 0
    assert main(["approve", "--plan", "plan.json"]) == 0
    capsys.readouterr()
    assert main(["explain", "--plan", "plan.json", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["approvals"][0]["status"] == "does not count: four_eyes needs someone other than the plan's signer"
    assert report["summary"]["approvals_needed"] == [{"role": "data.steward", "steps": ["s0001"], "rules": ["GOV102"]}]


def test_verify_json_and_audit_log(project, capsys, monkeypatch):
    from sqlxc.policy.audit import AuditLog

    monkeypatch.setenv("SQLXC_SIGNING_KEY", key(project, "steward"))
    p = drop_pii_plan()
    write_plan(project, p)
    assert main(["approve", "--plan", "plan.json", "--sign"]) == 0
    assert main(["approve", "--plan", "plan.json", "--key", key(project, "officer")]) == 0
    log = AuditLog(project / "audit.jsonl", key=load_key(key(project, "steward")), key_id="steward")
    log.record(p, p.steps[0], "applied")
    capsys.readouterr()
    assert main(["migrate", "verify", "--plan", "plan.json", "--format", "json", "--audit-log", "audit.jsonl"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["check"] for c in data["checks"]] == ["hash", "signature", "chain"]
    assert data["approvals"] == ["officer (privacy.officer)"]
    assert data["decisions"] == [{"step": "s0001", "effect": "obligations", "rule": "GOV101",
                                  "reason": "touches @pii data or data of sensitivity high or above",
                                  "obligations": [
                                      {"kind": "approval", "rule": "GOV101", "role": "privacy.officer",
                                       "reason": "touches @pii data or data of sensitivity high or above"},
                                      {"kind": "approval", "rule": "GOV102", "role": "data.steward",
                                       "reason": "not reversible: its rollback restores structure, not data"}],
                                  "met": [True, True]}]
    assert data["audit"] == []
    lines = (project / "audit.jsonl").read_text().replace('"applied"', '"failed"')
    (project / "audit.jsonl").write_text(lines)
    assert main(["migrate", "verify", "--plan", "plan.json", "--audit-log", "audit.jsonl"]) == 1
    assert "audit log audit.jsonl: line 1: signature does not verify (the record was edited)" in capsys.readouterr().err


def test_explain_marks_steps_outside_a_transaction_only_where_ddl_is_transactional(project, capsys):
    from tests.governance.helpers import plan, step

    pg = plan([step(1, "create_table", "t", op="create", entity="table"),
               step(2, "create_index", "t.i", op="create", entity="index", transactional=False)])
    my = plan([step(1, "create_table", "t", op="create", entity="table", transactional=False)], dialect="mysql")
    for p, expected in ((pg, 1), (my, 0)):
        write_plan(project, p)
        assert main(["explain", "--plan", "plan.json"]) == 0
        assert capsys.readouterr().out.count("Runs outside a transaction.") == expected


def test_approve_several_plans_or_none(project, capsys):
    a, b = drop_pii_plan(), plan_from_changes([ch.DropColumn("users", USERS.columns[2])], dialect="mysql")
    write_plan(project, a)
    (project / "mysql.json").write_text(dumps_plan(b))
    (project / "broken.json").write_text(dumps_plan(b.model_copy(update={"to": "c" * 16})))
    before = (project / "plan.json").read_text()
    assert main(["approve", "--plan", "plan.json", "broken.json", "--key", key(project, "officer")]) == 1
    assert "the plan was modified after it was built" in capsys.readouterr().err
    assert (project / "plan.json").read_text() == before  # nothing written
    assert main(["approve", "--plan", "plan.json", "mysql.json", "--key", key(project, "steward")]) == 0
    err = capsys.readouterr().err
    assert err.count("approved mig:") == 2
    assert f"  still needed for {a.id[:20]}…: s0001 drop_column users.<pii:82244417>: approval by privacy.officer (GOV101)" in err
    assert [len(loads_plan((project / f).read_text()).approvals) for f in ("plan.json", "mysql.json")] == [1, 1]
