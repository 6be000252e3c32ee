"""The policy engine: schema rules (tag enforcement) and step rules (allow,
deny, allow with obligations), built in and configured in ``sqlx.toml``.

* ``check_schema(schema, config) -> list[Diagnostic]`` — ``sqlxc check``.
* ``evaluate_plan(plan, config) -> list[Decision]`` — one decision per step.
* ``redact_text(text, schema_or_names)`` — ``sqlxc.policy.redact``.
* ``sqlxc.policy.audit`` — signed ``policy.event`` records.
"""
from __future__ import annotations

from sqlxc.policy.engine import Decision, Obligation, Policy, check_schema, evaluate_plan
from sqlxc.policy.redact import Redactor, pii_names, placeholder, redact_text

__all__ = [
    "Decision", "Obligation", "Policy", "Redactor", "check_schema", "evaluate_plan", "pii_names",
    "placeholder", "redact_text",
]
