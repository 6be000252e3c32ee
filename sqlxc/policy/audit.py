"""Signed ``policy.event`` records (JSON lines) for every applied step.

Each record names the plan, the step, what happened and the policy decision;
object names and error texts are redacted (``sqlxc.policy.redact``) and no DDL
is recorded. Records chain: ``prev`` is the SHA-256 of the previous line, and
each record is signed with the signing key, so a compliance log can be checked
for edits, removals and insertions with ``verify_log``.
"""
from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlxc.errors import ConfigError
from sqlxc.plan.model import MigrationPlan, MigrationStep
from sqlxc.policy.redact import redact_text

DOMAIN = b"sqlxc-audit-v1\n"
EVENT = "policy.event"


def _canonical(record: dict[str, Any]) -> bytes:
    body = {k: v for k, v in record.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def event(
    plan: MigrationPlan,
    step: MigrationStep | None,
    *,
    status: str,
    decision: Any = None,
    error: str | None = None,
    key: Any = None,
    key_id: str | None = None,
    seq: int = 1,
    prev: str | None = None,
    at: datetime | None = None,
    tenant: str | None = None,
) -> dict[str, Any]:
    """One signed record (a dict; ``json.dumps`` it as one line)."""
    record: dict[str, Any] = {
        "event": EVENT,
        "seq": seq,
        "at": (at or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "plan": plan.id,
        "dialect": plan.dialect,
        "status": status,
        "prev": prev,
    }
    if tenant is not None:
        record["tenant"] = tenant
    if step is not None:
        record.update(step=step.id, kind=step.kind, entity=step.entity, object=redact_text(step.object, plan),
                      risk=step.risk.level)
    if decision is not None:
        record["decision"] = {"effect": decision.effect, "rule": decision.rule}
    if error is not None:
        record["error"] = redact_text(error, plan)
    if key is not None:
        record["key_id"] = key_id or "unknown"
        record["signature"] = base64.b64encode(key.sign(DOMAIN + _canonical(record))).decode()
    else:
        record["signature"] = None
    return record


def line_hash(line: str) -> str:
    return hashlib.sha256(line.rstrip("\n").encode()).hexdigest()


class AuditLog:
    """Appends chained, signed records to a JSON-lines file (or stream)."""

    def __init__(self, target: Path | str | TextIO, *, key: Any = None, key_id: str | None = None):
        self.key, self.key_id = key, key_id
        self.seq, self.prev = 0, None
        if isinstance(target, (str, Path)):
            self.path: Path | None = Path(target)
            self.stream: TextIO | None = None
            self._resume()
        else:
            self.path, self.stream = None, target

    def _resume(self) -> None:
        assert self.path is not None
        if not self.path.exists():
            return
        last = ""
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                last = line
        if last:
            self.seq = int(json.loads(last).get("seq", 0))
            self.prev = line_hash(last)

    def record(self, plan: MigrationPlan, step: MigrationStep | None, status: str, **fields: Any) -> dict[str, Any]:
        self.seq += 1
        rec = event(plan, step, status=status, key=self.key, key_id=self.key_id, seq=self.seq, prev=self.prev, **fields)
        line = json.dumps(rec, sort_keys=True, ensure_ascii=False)
        if self.path is not None:
            try:
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            except OSError as exc:
                raise ConfigError(f"cannot write the audit log {self.path}: {exc.strerror}",
                                  hint="fix [policy] audit_log in sqlx.toml or the file's permissions") from None
        else:
            assert self.stream is not None
            self.stream.write(line + "\n")
            self.stream.flush()
        self.prev = line_hash(line)
        return rec


def verify_log(path: Path | str, config: Any) -> list[str]:
    """Problems found in an audit log (empty: every record is signed by a
    trusted key and the chain is unbroken)."""
    from sqlxc.sign.keys import decode_public
    from sqlxc.sign.trust import trust_from_config

    trust = trust_from_config(config)
    problems: list[str] = []
    prev: str | None = None
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            problems.append(f"line {n}: not JSON")
            prev = line_hash(line)
            continue
        if rec.get("prev") != prev:
            problems.append(f"line {n}: chain broken (a record before it was removed, inserted or edited)")
        problems.extend(f"line {n}: {p}" for p in _check_record(rec, trust, decode_public))
        prev = line_hash(line)
    return problems


def _check_record(rec: dict[str, Any], trust: Any, decode_public: Any) -> list[str]:
    from cryptography.exceptions import InvalidSignature

    if not rec.get("signature"):
        return ["unsigned record"]
    key = trust.keys.get(rec.get("key_id"))
    if key is None:
        return [f"signed by untrusted key {rec.get('key_id')!r}"]
    try:
        decode_public(key.public_key, where="trust").verify(base64.b64decode(rec["signature"]), DOMAIN + _canonical(rec))
    except (InvalidSignature, ValueError):
        return ["signature does not verify (the record was edited)"]
    return []


def from_config(config: Any, *, base: Path | None = None, environ: dict | None = None) -> AuditLog | None:
    """The audit log ``[policy] audit_log`` names (relative to ``base``, the
    config's folder), signed with SQLXC_SIGNING_KEY when it is set; None when
    no log is configured. The applier records each applied step in it."""
    from sqlxc.policy.config import policy_settings
    from sqlxc.sign import key_id_for
    from sqlxc.sign.keys import key_from_env
    from sqlxc.sign.trust import trust_from_config

    path = policy_settings(config).audit_log
    if path is None:
        return None
    target = Path(path) if Path(path).is_absolute() or base is None else Path(base) / path
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the folder of the audit log {target}: {exc.strerror}") from None
    key = key_from_env(environ)
    key_id = key_id_for(key, trust_from_config(config)) if key is not None else None
    return AuditLog(target, key=key, key_id=key_id)


def record_run(
    config: Any, plan: MigrationPlan, status: str, *, failed_step: MigrationStep | None = None,
    error: str | None = None, tenant: str | None = None, base: Path | None = None,
) -> AuditLog | None:
    """The applier's hook: one record per applied step (``status`` "applied" or
    "rolled_back"), or one "failed" record for the step that failed. Does
    nothing when ``[policy] audit_log`` is not set."""
    from sqlxc.policy.engine import Policy

    log = from_config(config, base=base)
    if log is None:
        return None
    decisions = {d.step: d for d in Policy.from_config(config).evaluate_plan(plan)}
    if failed_step is not None:
        log.record(plan, failed_step, "failed", decision=decisions.get(failed_step.id), error=error, tenant=tenant)
        return log
    for step in plan.steps:
        log.record(plan, step, status, decision=decisions.get(step.id), tenant=tenant)
    return log
