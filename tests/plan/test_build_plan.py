"""build_plan and render_sql on hand-built AIR with the real PostgreSQL dialect:
exact steps, exact review text, determinism, refusals."""
from __future__ import annotations

import pytest

from sqlxc.air.model import Column, Opaque, PrimaryKey, Schema, Table, Tags, Type
from sqlxc.dialects import get
from sqlxc.plan.build import RefusedError, build_plan, render_sql
from sqlxc.plan.model import dumps_plan

INT = Type(name="integer")
OLD = Schema(dialect="postgres", tables=(
    Table(name="users", columns=(Column(name="id", type=INT), Column(name="email", type=Type(name="text"))),
          primary_key=PrimaryKey(name="users_pkey", columns=("id",))),
))
NEW = Schema(dialect="postgres", tables=(
    Table(name="users", columns=(Column(name="id", type=INT), Column(name="email", type=Type(name="text")),
                                 Column(name="age", type=INT, nullable=True, comment="years",
                                        tags=Tags(pii=True, sensitivity="low"))),
          primary_key=PrimaryKey(name="users_pkey", columns=("id",))),
))


@pytest.fixture(scope="module")
def pg():
    return get("postgres")


def test_steps(pg):
    plan = build_plan(OLD, NEW, pg)
    assert [(s.id, s.kind, s.object, s.ddl) for s in plan.steps] == [
        ("s0001", "add_column", "users.age", "ALTER TABLE users ADD COLUMN age integer"),
        ("s0002", "set_comment", "users.age", "COMMENT ON COLUMN users.age IS 'years'"),
        ("s0003", "set_tags", "users.age", plan.steps[2].ddl),
    ]
    add = plan.steps[0]
    assert add.rollback == "ALTER TABLE users DROP COLUMN age"
    assert add.policy_tags == {}  # payloads carry no tags; SetTags does
    assert plan.steps[2].policy_tags == {"pii": "true", "sensitivity": "low"}
    assert add.air_diff == {"to": {"name": "age", "nullable": True, "type": {"name": "integer"}},
                            "of": {"table": "users"}}
    assert plan.id.startswith("mig:") and plan.dialect == "postgres"


def test_review_text(pg):
    plan = build_plan(OLD, NEW, pg)
    up = render_sql(plan, "up", header=False)
    assert up.splitlines()[:3] == ["", "-- s0001 add column users.age", "ALTER TABLE users ADD COLUMN age integer;"]
    down = render_sql(plan, "down", header=False)
    assert down.splitlines()[-2:] == ["-- s0001 add column users.age", "ALTER TABLE users DROP COLUMN age;"]
    head = render_sql(plan, "up").splitlines()[:2]
    assert head[0].startswith(f"-- sqlxc plan {plan.id} (postgres")
    assert head[1] == f"-- up: from {plan.from_} to {plan.to}"


def test_no_change_is_an_empty_plan(pg):
    plan = build_plan(OLD, OLD, pg)
    assert plan.steps == () and plan.from_ == plan.to
    assert render_sql(plan, "up", header=False) == ""


def test_byte_identical(pg):
    a = dumps_plan(build_plan(OLD, NEW, pg, created_at="2024-01-01T00:00:00Z"))
    b = dumps_plan(build_plan(OLD, NEW, pg, created_at="2024-01-01T00:00:00Z"))
    assert a == b
    assert dumps_plan(build_plan(OLD, NEW, pg)) != a  # createdAt is part of the plan


def test_refusal_names_the_object(pg):
    f = Opaque(kind="function", name="f()", fingerprint="a")
    with pytest.raises(RefusedError) as err:
        build_plan(OLD.model_copy(update={"opaque": (f,)}), OLD.model_copy(update={"opaque": (f.model_copy(update={"fingerprint": "b"}),)}), pg)
    (d,) = err.value.diagnostics
    assert (d.code, d.object) == ("D101", "function f()")


def test_dialect_mismatch(pg):
    from sqlxc.errors import SqlxcError

    with pytest.raises(SqlxcError, match="cannot plan a mysql schema for postgres"):
        build_plan(Schema(dialect="mysql"), NEW, pg)
