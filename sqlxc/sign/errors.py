"""One error class per verification check, so a caller (and a test) can tell
exactly which check refused a plan. ``check`` is a stable short name."""
from __future__ import annotations

from sqlxc.errors import SqlxcError


class VerificationError(SqlxcError):
    check = "verify"


class StepOrderError(VerificationError):
    check = "step-order"


class TamperedError(VerificationError):
    check = "hash"


class UnsignedError(VerificationError):
    check = "unsigned"


class WrongPlanError(VerificationError):
    check = "signature-plan"


class BadSignatureError(VerificationError):
    check = "signature"


class UntrustedKeyError(VerificationError):
    check = "trust"


class MissingRoleError(VerificationError):
    check = "role"


class ExpiredError(VerificationError):
    check = "expiry"


class ChainError(VerificationError):
    check = "chain"


class PolicyDeniedError(VerificationError):
    check = "policy"


class ApprovalRequiredError(VerificationError):
    check = "approvals"


class ForceRequiredError(VerificationError):
    check = "force"
