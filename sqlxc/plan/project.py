"""``sqlxc build`` as a function: compile the project's schema, diff it against
``sqlx.lock``, write one plan per dialect under ``migrations/`` and advance the lock.

Nothing changed -> nothing written. ``check`` writes nothing and lists what is
stale (schema newer than the lock, a plan file missing or edited, a plan
unsigned while signing is configured). Outputs are byte-identical for the same
inputs: ``createdAt`` only from ``SOURCE_DATE_EPOCH``, ``author`` only from
``SQLXC_AUTHOR`` or git's ``user.email``.
"""
from __future__ import annotations

import gc
import json
import os
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from sqlxc import lock as lockfile
from sqlxc.air.canonical import canonical, schema_digest, to_data
from sqlxc.air.model import Schema
from sqlxc.config import Config
from sqlxc.plan.model import MigrationPlan, dumps_plan, loads_plan, plan_sha256


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # --check findings
    messages: list[str] = field(default_factory=list)  # notes for stderr (signing…)
    plans: list[MigrationPlan] = field(default_factory=list)
    sequence: Optional[int] = None


def created_at() -> Optional[str]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):
        from sqlxc.errors import UsageError

        raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds") from None


def author(root: Path) -> Optional[str]:
    if os.environ.get("SQLXC_AUTHOR"):
        return os.environ["SQLXC_AUTHOR"]
    try:
        done = subprocess.run(["git", "config", "user.email"], cwd=root, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return done.stdout.strip() or None


def compile_project(config: Config) -> Schema:
    """The project's schema; schema policy errors (an untagged @pii column…)
    refuse it like any other compile error, so no plan is built from it."""
    from sqlxc.dsl import compile_paths
    from sqlxc.policy.engine import Policy

    return canonical(compile_paths(list(config.schema), Policy.from_config(config.raw)))


def _lock_schema(lock: lockfile.Lock) -> Schema:
    return Schema.model_validate(lock.schema) if lock.schema is not None else Schema()


def _plan_dir(config: Config, sequence: int, digest: str) -> Path:
    return config.migrations / f"{sequence:04d}_{digest[:8]}"


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


@contextmanager
def _no_cycle_collection():
    """A build allocates millions of small objects (AST, AIR, JSON data) that
    live until it ends, and hardly any reference cycles. The cyclic collector
    would walk them all again at every threshold: a fifth of a 10,000-object
    build, growing faster than the schema. What cycles there are go at the
    next collection once it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check(config: Config) -> BuildResult:
    """What is stale, without writing anything."""
    with _no_cycle_collection():
        return _check(config)


def _check(config: Config) -> BuildResult:
    result = BuildResult()
    lock = lockfile.read(config.lock)
    schema = compile_project(config)
    digest = schema_digest(schema)
    if digest != lock.digest:
        result.stale.append(f"{_rel(config.lock, config.root)}: the schema changed since the last build "
                            f"(schema {digest}, lock {lock.digest or 'empty'}); run `sqlxc build`")
    signing = _signing_configured(config)
    for entry in lock.chain:
        for p in entry.plans:
            result.stale.extend(_check_plan_file(config, entry, p, signing))
    return result


def _signing_configured(config: Config) -> bool:
    trust = config.raw.get("trust") if isinstance(config.raw, dict) else None
    return bool(isinstance(trust, dict) and trust.get("keys"))


def _check_plan_file(config: Config, entry: lockfile.ChainEntry, p: lockfile.PlanEntry, signing: bool) -> list[str]:
    path = config.root / p.file
    if not path.is_file():
        return [f"{p.file}: missing (plan {entry.sequence} for {p.dialect}); restore it from version control"]
    try:
        plan = loads_plan(path.read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - any unreadable plan is stale
        return [f"{p.file}: not a valid plan file; restore it or rebuild"]
    out = []
    if plan_sha256(plan) != p.sha256 or plan.id != p.id:
        out.append(f"{p.file}: edited after it was built (sha256 differs from sqlx.lock)")
    if signing and not plan.signatures:
        out.append(f"{p.file}: unsigned; sign it with `sqlxc build` and SQLXC_SIGNING_KEY set")
    return out


def build(config: Config, *, sign: bool = True) -> BuildResult:
    with _no_cycle_collection():
        return _build(config, sign=sign)


def _build(config: Config, *, sign: bool) -> BuildResult:
    from sqlxc.dialects import get
    from sqlxc.plan.build import build_plan, render_sql

    result = BuildResult()
    lock = lockfile.read(config.lock)
    schema = compile_project(config)
    digest = schema_digest(schema)
    if digest == lock.digest:
        return result
    old = None
    sequence = lock.version + 1
    folder = _plan_dir(config, sequence, digest)
    entries, when, who = [], created_at(), author(config.root)
    for name in config.dialects:
        start = _previous_lowered(config, lock, name)
        if start is None:
            old = old or _lock_schema(lock)
            start = old
        plan = build_plan(start, schema, get(name), created_at=when, author=who, sequence=sequence)
        sha = plan_sha256(plan)  # signing leaves it as it is (signatures are not hashed)
        if sign:
            plan = _sign(plan, config, result)
        files = {
            folder / f"{name}.plan.json": dumps_plan(plan),
            folder / f"{name}.up.sql": render_sql(plan, "up"),
            folder / f"{name}.down.sql": render_sql(plan, "down"),
        }
        for path, text in files.items():
            _write(path, text)
            result.written.append(path)
        entries.append(lockfile.PlanEntry(name, plan.id, _rel(folder / f"{name}.plan.json", config.root), sha))
        result.plans.append(plan)
    new_lock = lockfile.advance(lock, to_data(schema), digest, lock.digest, tuple(entries))
    _write(config.lock, lockfile.dumps(new_lock))
    result.written.append(config.lock)
    result.sequence = sequence
    return result


def _previous_lowered(config: Config, lock: lockfile.Lock, dialect: str) -> Optional[Schema]:
    """The last plan's ``to`` snapshot for ``dialect``: the lock's schema already
    lowered, so only the new schema needs lowering. None when it cannot be trusted."""
    if not lock.chain:
        return None
    entry = next((p for p in lock.chain[-1].plans if p.dialect == dialect), None)
    path = config.root / entry.file if entry else None
    if path is None or not path.is_file():
        return None
    try:
        # only its id, ``to`` and snapshot are needed: validating the whole plan
        # would build its other snapshot and every step for nothing
        plan = json.loads(path.read_text(encoding="utf-8"))
        if plan.get("id") != entry.id or not plan.get("toSchema"):
            return None
        schema = Schema.model_validate(plan["toSchema"])
    except Exception:  # noqa: BLE001 - an unreadable plan only costs the shortcut
        return None
    return schema if schema_digest(schema) == plan.get("to") else None


def _sign(plan: MigrationPlan, config: Config, result: BuildResult) -> MigrationPlan:
    if not os.environ.get("SQLXC_SIGNING_KEY") and not _signing_configured(config):
        return plan  # no key and no note to give: sqlxc.sign and its crypto stay unloaded
    try:
        from sqlxc.sign import sign_plan_if_configured
    except ImportError:
        return plan
    signed, message = sign_plan_if_configured(plan, config)
    # Unsigned is worth a note once signing is asked for: trusted keys in
    # sqlx.toml, or a SQLXC_SIGNING_KEY that could not be used.
    if message and (_signing_configured(config) or os.environ.get("SQLXC_SIGNING_KEY")):
        result.messages.append(message)
    return signed


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    tmp.replace(path)
