"""What ``sqlxc build`` remembers to stay fast must never change an output:
digests and plan hashes remembered per (frozen) object equal fresh ones,
``canonical`` keeps objects already in order, the differ's sharing of unchanged
tables gives the same changes, and the indented JSON printer prints the bytes
``json.dumps`` prints."""
from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from sqlxc.air.canonical import (
    canonical,
    canonical_json,
    digest,
    digest_text,
    schema_digest,
    unhinted_digest,
)
from sqlxc.air.model import Column, Index, IndexKey, PrimaryKey, Schema, Table, Type
from sqlxc.diff.differ import diff
from sqlxc.jsonfmt import dumps_pretty
from sqlxc.plan.model import MigrationPlan, canonical_bytes, dumps_plan, plan_sha256, with_id

INT = Type(name="integer")


class PG:
    name = "postgres"


def table(name, *cols, **kw):
    return Table(name=name, columns=tuple(Column(name=c, type=INT) for c in cols),
                 primary_key=PrimaryKey(name=f"{name}_pkey", columns=(cols[0],)), **kw)


def fresh(node):
    """An equal object that nothing was ever remembered about."""
    return type(node).model_validate(node.model_dump())


# --- digests ---------------------------------------------------------------------------------


def test_remembered_digests_equal_fresh_ones():
    s = Schema(dialect="postgres", tables=(table("a", "id", "x"), table("b", "id")))
    first = schema_digest(s)
    assert schema_digest(s) == first == schema_digest(fresh(s))
    assert [digest(t) for t in s.tables] == [digest_text(canonical_json(fresh(t), hints=False)) for t in s.tables]


def test_a_rename_hint_is_left_out_of_the_digest_and_marks_the_table():
    plain, hinted = table("t", "id"), table("t", "id", renamed_from="s")
    assert digest(hinted) == digest(plain)
    assert unhinted_digest(plain) == digest(plain)
    assert unhinted_digest(hinted) is None
    col_hint = Table(name="t", columns=(Column(name="id", type=INT, renamed_from="old_id"),),
                     primary_key=PrimaryKey(name="t_pkey", columns=("id",)))
    assert unhinted_digest(col_hint) is None
    assert digest(col_hint) == digest(plain)


# --- canonical order -------------------------------------------------------------------------


def test_canonical_keeps_a_schema_already_in_order():
    s = Schema(dialect="postgres", tables=(table("a", "id"), table("b", "id")))
    assert canonical(s) is s


def test_canonical_orders_and_keeps_tables_already_in_order():
    ordered = table("a", "id")
    unordered = table("b", "id", indexes=(Index(name="z", keys=(IndexKey(column="id"),)),
                                          Index(name="y", keys=(IndexKey(column="id"),))))
    s = Schema(dialect="postgres", tables=(unordered, ordered))
    c = canonical(s)
    assert [t.name for t in c.tables] == ["a", "b"]
    assert c.tables[0] is ordered
    assert [i.name for i in c.tables[1].indexes] == ["y", "z"]
    assert canonical(c) is c
    assert schema_digest(s) == schema_digest(c)


# --- the differ's sharing of unchanged tables ------------------------------------------------


def _kinds(old, new):
    return [(c.kind, c.key) for c in diff(old, new, PG()).changes]


def test_unchanged_tables_are_skipped_and_changed_ones_diffed():
    old = Schema(dialect="postgres", tables=(table("a", "id"), table("b", "id")))
    new = Schema(dialect="postgres", tables=(fresh(table("a", "id")), table("b", "id", "x")))
    assert _kinds(old, new) == [("add_column", "b.x")]


def test_a_table_with_a_rename_hint_is_never_taken_for_the_old_one_of_its_name():
    # t's digest equals the old t's, but its hint says it is the old s renamed
    old = Schema(dialect="postgres", tables=(table("s", "id"), table("t", "id")))
    new = Schema(dialect="postgres", tables=(table("t", "id", renamed_from="s"),))
    assert sorted(_kinds(old, new)) == [("add_primary_key", "t.t_pkey"), ("drop_primary_key", "s.s_pkey"),
                                        ("drop_table", "t"), ("rename_table", "t")]


# --- plans -----------------------------------------------------------------------------------


def _plan(**kw) -> MigrationPlan:
    return MigrationPlan(**{"from": "0" * 16}, to="1" * 16, dialect="postgres", **kw)


def test_plan_hash_is_remembered_per_object_never_across_copies():
    p = with_id(_plan(to_schema={"tables": [{"name": "a"}]}))
    assert p.id == "mig:" + plan_sha256(p)
    changed = p.model_copy(update={"to_schema": {"tables": [{"name": "b"}]}})
    assert plan_sha256(changed) != plan_sha256(p)
    assert plan_sha256(changed) == plan_sha256(fresh(changed))


def test_snapshots_that_are_not_plain_json_data_print_as_pydantic_prints_them():
    p = _plan(from_schema={"tables": ({"name": "a", "values": ("x", "y")},)}, to_schema={"tables": []})
    data = p.model_dump(mode="json", by_alias=True)
    assert dumps_plan(p) == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    hashed = {k: v for k, v in data.items() if k not in ("id", "signatures", "approvals", "verified")}
    assert canonical_bytes(p) == json.dumps(hashed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# --- indented JSON ---------------------------------------------------------------------------

_scalars = st.none() | st.booleans() | st.integers() | st.text()
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(_json)
def test_dumps_pretty_prints_what_json_dumps_prints(data):
    assert dumps_pretty(data) == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)


def test_dumps_pretty_falls_back_for_what_is_not_plain_json():
    for data in ({1: "a", 2: "b"}, {"a": 1.5}, [float("nan")]):
        assert dumps_pretty(data) == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False)
