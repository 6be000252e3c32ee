"""Policy: each built-in step and schema rule triggers on the case it is for
and not on its neighbour; configured rules; approvals meet obligations."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sqlxc.air.model import ForeignKey, Index, IndexKey, Schema, Table, Tags
from sqlxc.diff import changes as ch
from sqlxc.errors import ConfigError
from sqlxc.policy import check_schema, evaluate_plan
from sqlxc.sign import approve_plan, sign_plan, verify_plan
from sqlxc.sign import errors as E
from tests.governance.helpers import PII, USERS, col, plan_from_changes, schema

NOW = datetime(2026, 6, 1, tzinfo=UTC)
ORDERS = Table(name="orders", columns=(col("id", "bigint"), col("user_id", "bigint")))


def decide(changes, *, before=None, after=None, config=None, dialect="postgres"):
    p = plan_from_changes(changes, before=before, after=after, dialect=dialect)
    return [(d.effect, d.rule, tuple((o.kind, o.rule, o.role) for o in d.obligations)) for d in evaluate_plan(p, config)]


def test_plain_step_is_allowed():
    assert decide([ch.AddColumn("users", col("bio", "text", nullable=True))]) == [
        ("allow", "GOV000", ())]


def test_gov101_step_on_pii_column_needs_privacy_officer():
    assert decide([ch.AlterColumn("users", USERS.columns[1], USERS.columns[1].model_copy(update={"default": "''"}),
                                  frozenset({"default"}))]) == [
        ("obligations", "GOV101", (("approval", "GOV101", "privacy.officer"),))]


def test_gov101_read_from_the_plans_schemas():
    """A step whose own fragment carries no tags still sees the column's tags in the plan's schemas."""
    mail = USERS.columns[1].model_copy(update={"name": "mail"})
    renamed = USERS.model_copy(update={"columns": (USERS.columns[0], mail, USERS.columns[2])})
    assert decide([ch.RenameColumn("users", "email", "mail", mail)], before=schema(USERS),
                  after=schema(renamed))[0][1] == "GOV101"
    index = Index(name="users_email_idx", keys=(IndexKey(column="email"),))
    assert decide([ch.DropIndex("users", index)], before=schema(USERS))[0][0] == "allow"  # an index is not the column


def test_gov101_high_sensitivity_without_pii():
    secret = col("salary", "numeric", 12, 2, tags=Tags(sensitivity="restricted"))
    assert decide([ch.AddColumn("users", secret)])[0][1] == "GOV101"
    medium = col("team", "text", tags=Tags(sensitivity="medium"), nullable=True)
    assert decide([ch.AddColumn("users", medium)]) == [("allow", "GOV000", ())]


def test_gov101_removing_the_pii_tag_is_guarded():
    change = ch.SetTags("column", "users.email", PII, Tags())
    assert decide([change])[0][1] == "GOV101"


def test_gov102_irreversible_step_needs_steward_approval():
    assert decide([ch.DropColumn("users", col("nickname", "text", nullable=True))]) == [
        ("obligations", "GOV102", (("approval", "GOV102", "data.steward"),))]


def test_drop_pii_column_needs_both_approvals():
    assert decide([ch.DropColumn("users", USERS.columns[1])]) == [
        ("obligations", "GOV101", (("approval", "GOV101", "privacy.officer"), ("approval", "GOV102", "data.steward")))]


def test_gov103_cascading_foreign_key_needs_confirmation():
    fk = ForeignKey(name="orders_user_id_fkey", columns=("user_id",), ref_table="users", ref_columns=("id",))
    assert decide([ch.AddForeignKey("orders", fk)]) == [("allow", "GOV000", ())]
    cascade = fk.model_copy(update={"on_delete": "cascade"})
    assert decide([ch.AddForeignKey("orders", cascade)]) == [
        ("obligations", "GOV103", (("approval", "GOV103", "data.steward"),))]


def test_gov104_column_shrink_needs_force():
    old = col("nickname", "varchar", 100)
    assert decide([ch.AlterColumn("users", old, col("nickname", "varchar", 50), frozenset({"type"}), lossy=True)])[0][2] == (
        ("approval", "GOV102", "data.steward"), ("force", "GOV104", None))
    widen = ch.AlterColumn("users", old, col("nickname", "varchar", 200), frozenset({"type"}))
    assert decide([widen]) == [("allow", "GOV000", ())]


def test_gov106_new_pii_column_without_sensitivity_is_denied():
    untagged = col("phone", "text", tags=Tags(pii=True), nullable=True)
    assert decide([ch.AddColumn("users", untagged)]) == [
        ("deny", "GOV106", ())]


def test_disabled_rule_and_guard_roles_from_config():
    cfg = {"policy": {"disable": ["GOV102"], "guards": {"pii": "dpo"}}}
    assert decide([ch.DropColumn("users", col("nickname", "text", nullable=True))], config=cfg) == [("allow", "GOV000", ())]
    assert decide([ch.DropColumn("users", USERS.columns[1])], config=cfg) == [
        ("obligations", "GOV101", (("approval", "GOV101", "dpo"),))]


def test_configured_step_rules():
    cfg = {"policy": {"rules": [
        {"id": "ORG001", "kind": "drop_table", "object": "billing_*", "effect": "deny", "reason": "billing tables stay"},
        {"id": "ORG002", "kind": "drop_table", "effect": "approve", "role": "dba", "reason": "DBA signs off drops"},
        {"id": "ORG003", "object": "tmp_*", "effect": "allow", "waive": ["GOV102"], "reason": "scratch tables"},
    ]}}
    billing = Table(name="billing_runs", columns=(col("id", "bigint"),))
    tmp = Table(name="tmp_import", columns=(col("id", "bigint"),))
    assert decide([ch.DropTable(billing)], config=cfg) == [("deny", "ORG001", ())]
    assert decide([ch.DropTable(tmp)], config=cfg) == [
        ("obligations", "ORG002", (("approval", "ORG002", "dba"),))]
    assert decide([ch.DropColumn("tmp_import", col("x", "text", nullable=True))], config=cfg) == [
        ("allow", "ORG003", ())]


@pytest.mark.parametrize("rule, message", [
    ({"id": "GOV900", "effect": "deny", "reason": "x"}, "policy rule id 'GOV900' is reserved"),
    ({"id": "ORG1", "effect": "deny"}, "policy rule ORG1 needs a reason"),
    ({"id": "ORG1", "effect": "block", "reason": "x"}, "policy rule ORG1: effect must be one of deny, approve, force, allow"),
    ({"id": "ORG1", "effect": "approve", "reason": "x"}, "effect 'approve' needs the role"),
    ({"id": "ORG1", "effect": "allow", "reason": "x"}, "effect 'allow' needs the built-in rules it waives"),
    ({"id": "ORG1", "effect": "deny", "reason": "x", "colour": "red"}, "policy rule ORG1: unknown key 'colour'"),
    ({"id": "ORG1", "effect": "deny", "reason": "x", "risk": "scary"}, "risk must be one of safe, risky, experimental"),
])
def test_configured_rule_errors(rule, message):
    with pytest.raises(ConfigError, match=message):
        evaluate_plan(plan_from_changes([]), {"policy": {"rules": [rule]}})


# --- schema rules -------------------------------------------------------------------------


def diags(s: Schema, config=None):
    return [(d.code, d.object, d.severity) for d in check_schema(s, config)]


def test_governed_schema_is_clean():
    assert diags(schema(USERS, ORDERS, dialect=None)) == []


def test_schema_rules_trigger():
    bare = Table(name="people", columns=(col("id", "bigint"), col("email", "text", tags=Tags(pii=True))))
    found = diags(Schema(tables=(bare,)))
    assert sorted(found) == sorted([("GOV001", "people.email", "error"), ("GOV002", "people", "error"),
                                    ("GOV003", "people", "error"), ("GOV005", "people", "warning")])


def test_gov004_low_sensitivity_pii():
    t = USERS.model_copy(update={"columns": (col("email", "text", tags=Tags(pii=True, sensitivity="low")),)})
    assert diags(Schema(tables=(t,))) == [("GOV004", "users.email", "warning")]


def test_schema_rule_messages_and_hints():
    bare = Table(name="people", columns=(col("email", "text", tags=Tags(pii=True, sensitivity="high")),),
                 tags=Tags(retention="1y", owner="x"))
    [d] = check_schema(Schema(tables=(bare,)))
    assert (d.code, d.message, d.hint) == ("GOV002", "table people: table holding @pii data has no @residency",
                                          'add @residency("eu") (where the data may be stored) to the table')


def test_configured_schema_rule_and_severity_override():
    cfg = {"policy": {"severity": {"GOV005": "error"}, "rules": [
        {"id": "ORG100", "on": "table", "pii": True, "require": ["tag:cost_center"], "severity": "warning",
         "reason": "PII tables name their cost center"}]}}
    t = USERS.model_copy(update={"tags": Tags(residency="eu", retention="1y")})
    assert diags(Schema(tables=(t,)), cfg) == [("GOV005", "users", "error"), ("ORG100", "users", "warning")]
    tagged = t.model_copy(update={"tags": t.tags.model_copy(update={"owner": "a", "extra": (("cost_center", "42"),)})})
    assert diags(Schema(tables=(tagged,)), cfg) == []


# --- approvals meet obligations -------------------------------------------------------------


def test_drop_pii_column_refused_until_approved(keys, config):
    before, after = schema(USERS), schema(USERS.model_copy(update={"columns": USERS.columns[::2]}))
    p = sign_plan(plan_from_changes([ch.DropColumn("users", USERS.columns[1])], before=before, after=after),
                  keys.steward, config, now=NOW)
    with pytest.raises(E.ApprovalRequiredError) as err:
        verify_plan(p, config, now=NOW)
    assert err.value.message == (
        "approvals missing: s0001 drop_column users.<pii:82244417> needs approval by privacy.officer "
        "(GOV101: touches @pii data or data of sensitivity high or above); s0001 drop_column users.<pii:82244417> "
        "needs approval by data.steward (GOV102: not reversible: its rollback restores structure, not data)")
    assert "email" not in err.value.message + (err.value.hint or "")
    # the steward's approval meets GOV102 only
    half = approve_plan(p, keys.steward, config, now=NOW)
    with pytest.raises(E.ApprovalRequiredError, match="needs approval by privacy.officer"):
        verify_plan(half, config, now=NOW)
    # a privacy officer outranks a data steward: one approval meets both
    done = approve_plan(p, keys.officer, config, now=NOW)
    assert verify_plan(done, config, now=NOW).approvals == ("officer (privacy.officer)",)


def test_approval_claiming_a_lower_role_does_not_meet_a_higher_need(keys, config):
    p = sign_plan(plan_from_changes([ch.DropColumn("users", USERS.columns[1])]), keys.steward, config, now=NOW)
    p = approve_plan(p, keys.officer, config, role="data.steward", now=NOW)
    with pytest.raises(E.ApprovalRequiredError, match="needs approval by privacy.officer"):
        verify_plan(p, config, now=NOW)


def test_forged_approval_is_tampering(keys, config):
    p = sign_plan(plan_from_changes([ch.DropColumn("users", USERS.columns[1])]), keys.steward, config, now=NOW)
    p = approve_plan(p, keys.outsider, config, key_id="officer", now=NOW)
    with pytest.raises(E.BadSignatureError, match="approval by key 'officer' does not verify"):
        verify_plan(p, config, now=NOW)


def test_untrusted_approval_does_not_count(keys, config):
    p = sign_plan(plan_from_changes([ch.DropColumn("users", col("n", "text"))]), keys.steward, config, now=NOW)
    p = approve_plan(p, keys.outsider, config, now=NOW)
    with pytest.raises(E.ApprovalRequiredError, match="approval by key 'outsider': the key is not trusted"):
        verify_plan(p, config, now=NOW)


def test_four_eyes(keys, config):
    cfg = dict(config, policy={"four_eyes": True})
    p = sign_plan(plan_from_changes([ch.DropColumn("users", col("n", "text"))]), keys.steward, cfg, now=NOW)
    own = approve_plan(p, keys.steward, cfg, now=NOW)
    with pytest.raises(E.ApprovalRequiredError, match="four_eyes needs someone other than the plan's signer"):
        verify_plan(own, cfg, now=NOW)
    verify_plan(approve_plan(p, keys.officer, cfg, now=NOW), cfg, now=NOW)


def test_shrink_needs_force(keys, config):
    change = ch.AlterColumn("users", col("n", "varchar", 100), col("n", "varchar", 10), frozenset({"type"}), lossy=True)
    p = approve_plan(sign_plan(plan_from_changes([change]), keys.steward, config, now=NOW), keys.steward, config, now=NOW)
    with pytest.raises(E.ForceRequiredError, match=r"needs --force: s0001 alter_column users.n \(GOV104"):
        verify_plan(p, config, now=NOW)
    verify_plan(p, config, now=NOW, force=True)


def test_denied_step_is_refused(keys, config):
    p = sign_plan(plan_from_changes([ch.AddColumn("users", col("phone", "text", tags=Tags(pii=True), nullable=True))]),
                  keys.steward, config, now=NOW)
    with pytest.raises(E.PolicyDeniedError, match=r"policy denies s0001 add_column users.<pii:[0-9a-f]{8}>: GOV106"):
        verify_plan(p, config, now=NOW)


def test_policy_can_be_skipped_for_signature_only_checks(keys, config):
    p = sign_plan(plan_from_changes([ch.DropColumn("users", USERS.columns[1])]), keys.steward, config, now=NOW)
    assert verify_plan(p, config, now=NOW, policy=None).decisions == ()


def test_role_hierarchy_errors():
    from sqlxc.sign.trust import trust_from_config

    with pytest.raises(ConfigError, match='\\[roles\\] has a cycle through "a"'):
        trust_from_config({"roles": {"a": ["b"], "b": ["a"]}})
    t = trust_from_config({"roles": {"dba": ["privacy.officer"]}})
    assert t.outranks("dba", "data.steward") and not t.outranks("data.steward", "dba")


def test_policy_imports_without_pydantic():
    """`sqlxc check` calls check_schema and must start fast: no pydantic, no cryptography."""
    import subprocess
    import sys

    code = "import sys, sqlxc.policy; print(sorted(m for m in ('pydantic', 'cryptography') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_removing_pii_from_an_untagged_column_is_not_denied():
    """The builder's policyTags of a set_tags step hold the old tags when all are removed."""
    from sqlxc.plan.model import MigrationStep
    from tests.governance.helpers import plan

    step = MigrationStep(id="s0001", op="alter", entity="tags", kind="set_tags", object="users.phone", ddl="", rollback="",
                         policy_tags={"pii": "true"}, air_diff={"from": {"pii": True}, "to": {}})
    [d] = evaluate_plan(plan([step]))
    assert (d.effect, d.rule) == ("obligations", "GOV101")
