"""Policy and risk on plans made by the real front end and plan builder, so a
change in how steps carry tags (policyTags, airDiff, from/to schemas) shows
up here."""
from __future__ import annotations

from sqlxc.dialects import get
from sqlxc.dsl import compile_text
from sqlxc.plan.build import build_plan
from sqlxc.policy import evaluate_plan

BEFORE = """
@owner("app") @residency("eu") @retention("730d")
table users {
  id bigint @pk @auto
  email varchar(320) @unique @pii @sensitivity(high)
  nickname varchar(100)?
}
table orders {
  id bigint @pk @auto
  user_id bigint
}
"""
AFTER = """
@owner("app") @residency("eu") @retention("730d")
table users {
  id bigint @pk @auto
  nickname varchar(50)?
  phone text? @pii
}
table orders {
  id bigint @pk @auto
  user_id bigint -> users.id on delete cascade
  index (user_id)
}
"""


def test_decisions_on_a_built_mysql_plan():
    plan = build_plan(compile_text(BEFORE), compile_text(AFTER), get("mariadb"))
    got = {(s.kind, s.object): (d.effect, d.rule, tuple((o.rule, o.role) for o in d.obligations), s.risk.level)
           for s, d in zip(plan.steps, evaluate_plan(plan))}
    assert got[("drop_column", "users.email")] == (
        "obligations", "GOV101", (("GOV101", "privacy.officer"), ("GOV102", "data.steward")), "risky")
    assert got[("add_column", "users.phone")][:2] == ("deny", "GOV106")  # @pii without @sensitivity
    assert got[("alter_column", "users.nickname")] == (
        "obligations", "GOV102", (("GOV102", "data.steward"), ("GOV104", None)), "risky")
    fk = next(k for k in got if k[0] == "add_foreign_key")
    assert got[fk][:3] == ("obligations", "GOV103", (("GOV103", "data.steward"),))
    assert got[("set_tags", "users.email")][:3] == ("obligations", "GOV101", (("GOV101", "privacy.officer"),))
