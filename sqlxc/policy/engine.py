"""Evaluating policy: step decisions for a plan, diagnostics for a schema.

A step's decision is ``deny`` (the first matching deny rule), ``allow`` (no
rule asks anything), or ``obligations`` (allow once every obligation is met:
approvals by a role, or ``--force`` at apply). Each decision and obligation
names its rule id and reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlxc.errors import Diagnostic
from sqlxc.policy.config import PolicySettings, policy_settings
from sqlxc.policy.facts import PlanContext, StepFacts
from sqlxc.policy.rules import (
    SchemaRule,
    StepRule,
    builtin_schema_rules,
    builtin_step_rules,
    configured_rules,
)

if TYPE_CHECKING:  # plans are pydantic; `sqlxc check` must not import it
    from sqlxc.plan.model import MigrationPlan, MigrationStep

ALLOW_RULE = "GOV000"


@dataclass(frozen=True)
class Obligation:
    kind: Literal["approval", "force"]
    rule: str
    reason: str
    role: str | None = None


@dataclass(frozen=True)
class Decision:
    step: str
    effect: Literal["allow", "deny", "obligations"]
    rule: str
    reason: str
    obligations: tuple[Obligation, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "effect": self.effect,
            "rule": self.rule,
            "reason": self.reason,
            "obligations": [
                {"kind": o.kind, "rule": o.rule, "role": o.role, "reason": o.reason} for o in self.obligations
            ],
        }


class Policy:
    """Compiled rules for one configuration; evaluate many steps with it."""

    def __init__(self, settings: PolicySettings):
        self.settings = settings
        configured_steps, configured_schema = configured_rules(settings)
        self.step_rules: list[StepRule] = builtin_step_rules(settings) + configured_steps
        self.schema_rules: list[SchemaRule] = [
            r for r in builtin_schema_rules() if r.id not in settings.disabled
        ] + configured_schema

    @classmethod
    def from_config(cls, config: Any) -> Policy:
        return config if isinstance(config, Policy) else cls(policy_settings(config))

    # --- steps --------------------------------------------------------------------
    def decide(self, facts: StepFacts) -> Decision:
        matched = [r for r in self.step_rules if r.matches(facts)]
        for rule in matched:
            if rule.effect == "deny":
                return Decision(facts.step, "deny", rule.id, rule.reason)
        waived = frozenset().union(*(r.waive for r in matched if r.effect == "allow"))
        obligations = tuple(
            Obligation("approval" if r.effect == "approve" else "force", r.id, r.reason, r.role)
            for r in matched
            if r.effect in ("approve", "force") and not (r.builtin and r.id in waived)
        )
        if obligations:
            return Decision(facts.step, "obligations", obligations[0].rule, obligations[0].reason, obligations)
        waiver = next((r for r in matched if r.effect == "allow"), None)
        if waiver:
            return Decision(facts.step, "allow", waiver.id, waiver.reason)
        return Decision(facts.step, "allow", ALLOW_RULE, "no rule asks anything of this step")

    def evaluate_plan(self, plan: MigrationPlan) -> list[Decision]:
        ctx = PlanContext(plan)
        return [self.decide(ctx.facts(step)) for step in plan.steps]

    def evaluate_step(self, plan: MigrationPlan, step: MigrationStep) -> Decision:
        return self.decide(PlanContext(plan).facts(step))

    # --- schema -----------------------------------------------------------------------
    def check_schema(self, schema: Any) -> list[Diagnostic]:
        out: list[Diagnostic] = []
        for table in schema.tables:
            for rule in self.schema_rules:
                targets = [None] if rule.on == "table" else list(table.columns)
                for column in targets:
                    if not rule.applies(table, column):
                        continue
                    missing = rule.missing(table, column)
                    if missing:
                        out.append(self._diagnostic(rule, table, column))
        return sorted(out, key=lambda d: (d.object or "", d.code))

    def _diagnostic(self, rule: SchemaRule, table: Any, column: Any) -> Diagnostic:
        name = f"{table.name}.{column.name}" if column is not None else table.name
        severity = self.settings.severity.get(rule.id, rule.severity)
        return Diagnostic(
            code=rule.id,
            message=f"{rule.on} {name}: {rule.reason}",
            hint=rule.hint or None,
            severity=severity,  # type: ignore[arg-type]
            object=name,
        )


def evaluate_plan(plan: MigrationPlan, config: Any = None) -> list[Decision]:
    """One decision per step, in plan order."""
    return Policy.from_config(config).evaluate_plan(plan)


def check_schema(schema: Any, config: Any = None) -> list[Diagnostic]:
    """Schema rule violations; each diagnostic's ``object`` is ``table`` or
    ``table.column`` (the front end maps it to a location)."""
    return Policy.from_config(config).check_schema(schema)
