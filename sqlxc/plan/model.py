"""The plan artifact: MigrationPlan and MigrationStep as in spec section 4, plus
what sqlxc needs (dialect, per-step rollback, risk, per-step transactional,
signature and approvals).

JSON uses the spec's camelCase names (``createdAt``, ``airDiff``…). A plan's
identity is the SHA-256 of its canonical bytes *without* ``id``,
``signatures`` and ``approvals`` (DESIGN.md, Corrections), so approving a plan
never changes what was hashed, signed or chained in ``sqlx.lock``.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from sqlxc.air.canonical import PerObject

RiskLevel = Literal["safe", "risky", "experimental"]
PLAN_FORMAT = 1


class PlanNode(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", alias_generator=to_camel, populate_by_name=True
    )


class RiskReason(PlanNode):
    code: str  # stable rule code, e.g. "DS101"
    message: str


class Risk(PlanNode):
    level: RiskLevel = "safe"
    reasons: tuple[RiskReason, ...] = ()


class MigrationStep(PlanNode):
    id: str  # "s0001"… position in the plan, stable for a plan
    op: Literal["create", "alter", "drop", "rename"]
    entity: str  # table | column | index | primaryKey | unique | foreignKey | check | enum | view | sequence | comment | tags
    kind: str  # the change class, e.g. "add_column"
    object: str  # what it is about, e.g. "users.email"
    ddl: str  # forward SQL for this dialect ("" when the change is implied by another step)
    rollback: str  # SQL that undoes this step
    air_diff: Optional[dict[str, Any]] = None  # {"from": …, "to": …} AIR fragments
    policy_tags: dict[str, str] = {}
    reversible: bool = True  # False: rollback restores structure, not data
    transactional: bool = True  # False: must run outside a transaction block
    risk: Risk = Risk()
    strategy: Optional[str] = None  # online strategy (spec section 8), None = plain DDL


class Signature(PlanNode):
    key_id: str
    algorithm: Literal["ed25519"] = "ed25519"
    sha256: str  # hex digest of the canonical bytes that were signed
    value: str  # base64 signature over the sha256 digest
    signed_at: Optional[str] = None
    expires_at: Optional[str] = None
    role: Optional[str] = None  # the role the signer claims for this signature


class MigrationPlan(PlanNode):
    format: int = PLAN_FORMAT
    id: str = ""  # mig:<sha256 hex>, computed by plan_id()
    from_: str = Field(alias="from")  # snapshot id (schema digest) before
    to: str  # snapshot id after
    dialect: str
    server: Optional[str] = None  # flavor/version the plan assumed, e.g. "mariadb-10.11"
    steps: tuple[MigrationStep, ...] = ()
    transactional: bool = True
    created_at: Optional[str] = None
    author: Optional[str] = None
    verified: Optional[bool] = None
    sequence: Optional[int] = None  # position in the lock's chain
    from_schema: Optional[dict[str, Any]] = None  # lowered AIR before (for drift checks)
    to_schema: Optional[dict[str, Any]] = None  # lowered AIR after
    signatures: tuple[Signature, ...] = ()
    approvals: tuple[Signature, ...] = ()


_UNHASHED = {"id", "signatures", "approvals", "verified"}
# The lowered AIR snapshots: most of a plan's bytes, already JSON data (AIR's
# canonical form), and fields typed Any, which pydantic walks value by value.
_SNAPSHOTS = {"from_schema": "fromSchema", "to_schema": "toSchema"}
_SHA256 = PerObject()  # plan -> plan_sha256 (plans are frozen)


def _data(plan: MigrationPlan, exclude: set[str]) -> dict[str, Any]:
    """``plan.model_dump(mode="json", by_alias=True, exclude=exclude)``, with the
    snapshots put in as they are; the caller's encoder refuses anything that is
    not JSON data (TypeError), and then ``_dumped`` does it the slow way."""
    data = plan.model_dump(mode="json", by_alias=True, exclude=exclude | _SNAPSHOTS.keys())
    for name, alias in _SNAPSHOTS.items():
        data[alias] = getattr(plan, name)
    return data


def _dumped(plan: MigrationPlan, exclude: set[str]) -> dict[str, Any]:
    return plan.model_dump(mode="json", by_alias=True, exclude=exclude)


def _compact(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def canonical_bytes(plan: MigrationPlan) -> bytes:
    """The bytes that identify a plan: everything but id, signatures, approvals."""
    try:
        return _compact(_data(plan, _UNHASHED))
    except (TypeError, ValueError):
        return _compact(_dumped(plan, _UNHASHED))


def plan_sha256(plan: MigrationPlan) -> str:
    known = _SHA256.get(plan)
    if known is None:
        known = hashlib.sha256(canonical_bytes(plan)).hexdigest()
        _SHA256.put(plan, known)
    return known


def with_id(plan: MigrationPlan) -> MigrationPlan:
    sha = plan_sha256(plan)
    out = plan.model_copy(update={"id": "mig:" + sha})
    _SHA256.put(out, sha)  # the id is not hashed
    return out


def dumps_plan(plan: MigrationPlan) -> str:
    """The plan file's text: canonical, indented for review, newline-terminated."""
    from sqlxc.jsonfmt import dumps_pretty

    try:
        return dumps_pretty(_data(plan, set())) + "\n"
    except (TypeError, ValueError):
        return dumps_pretty(_dumped(plan, set())) + "\n"


def loads_plan(text: str) -> MigrationPlan:
    return MigrationPlan.model_validate_json(text)
