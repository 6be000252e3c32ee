"""The rollback plan of a plan: its steps reversed, forward and rollback DDL
swapped, ``from``/``to`` and their snapshots exchanged. Stored in the ledger row
so ``migrate rollback`` runs exactly what undoes what was applied."""
from __future__ import annotations

from sqlxc.plan.model import MigrationPlan, with_id

_OPPOSITE_OP = {"create": "drop", "drop": "create", "alter": "alter", "rename": "rename"}
# What "drop_x" undoes: things added to a table are "add_x", the rest "create_x".
_ADDED = {"column", "primary_key", "unique", "foreign_key", "check", "enum_value"}


def inverse_kind(kind: str) -> str:
    """``create_table`` <-> ``drop_table``, ``add_column`` <-> ``drop_column``; other kinds stay."""
    verb, _, rest = kind.partition("_")
    if verb in ("create", "add"):
        return "drop_" + rest
    if verb == "drop":
        return ("add_" if rest in _ADDED else "create_") + rest
    return kind


def rollback_plan(plan: MigrationPlan) -> MigrationPlan:
    steps = []
    for i, step in enumerate(reversed(plan.steps), 1):
        diff = step.air_diff
        steps.append(step.model_copy(update={
            "id": f"s{i:04d}",
            "op": _OPPOSITE_OP[step.op],
            "kind": inverse_kind(step.kind),
            "ddl": step.rollback,
            "rollback": step.ddl,
            "air_diff": {"from": diff.get("to"), "to": diff.get("from")} if diff else None,
        }))
    inverted = plan.model_copy(update={
        "id": "",
        "from_": plan.to,
        "to": plan.from_,
        "steps": tuple(steps),
        "from_schema": plan.to_schema,
        "to_schema": plan.from_schema,
        "signatures": (),
        "approvals": (),
        "verified": None,
    })
    return with_id(inverted)
