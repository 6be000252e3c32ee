"""The governance sections of ``sqlx.toml``: ``[roles]``, ``[trust]`` and ``[policy]``.

Read from the raw TOML table so this does not depend on how ``sqlxc.config``
models the rest. A "config" here may be the raw mapping itself, an object
carrying it (``.raw``/``.data``/``.toml``), a path to ``sqlx.toml`` or
``pyproject.toml`` (``[tool.sqlxc]``), or None (no governance configured).

Schema (every key optional)::

    [roles]                       # role -> roles it outranks (transitively)
    "privacy.officer" = ["data.steward"]

    [trust]
    require_role = "data.steward" # role needed to sign a plan that runs DDL
    signature_ttl = "30d"         # expiry written into new signatures (d/h/m/w)
    [[trust.keys]]
    id = "alice"
    public_key = "ed25519:…"
    roles = ["data.steward"]
    expires = "2027-01-01T00:00:00Z"   # optional: the key stops being trusted

    [policy]
    audit_log = "audit/policy-events.jsonl"  # where the applier appends signed policy.event records
    disable = ["GOV004"]          # built-in rules switched off
    four_eyes = false             # approvals must come from a key other than the plan's signer
    [policy.severity]             # schema rule severity overrides
    GOV005 = "error"
    [policy.guards]               # the role each built-in guard asks for
    pii = "privacy.officer"
    irreversible = "data.steward"
    cascade = "data.steward"
    [[policy.rules]]              # configured rules, see sqlxc.policy.rules
"""
from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlxc.errors import ConfigError

CONFIG_NAMES = ("sqlx.toml",)


def find_config(start: Path | None = None) -> Path | None:
    """``sqlx.toml`` in ``start`` or a parent, else a ``pyproject.toml`` with ``[tool.sqlxc]``."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.sqlxc" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def load_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if Path(path).name == "pyproject.toml":
        data = data.get("tool", {}).get("sqlxc", {})
    return data


def raw_table(config: Any) -> Mapping[str, Any]:
    """The raw sqlxc table for any of the accepted config forms (see module doc)."""
    if config is None:
        return {}
    if isinstance(config, (str, Path)):
        return load_file(Path(config))
    if isinstance(config, Mapping):
        tool = config.get("tool")
        if isinstance(tool, Mapping) and "sqlxc" in tool:
            return tool["sqlxc"]
        return config
    for attr in ("raw", "data", "toml", "table"):
        value = getattr(config, attr, None)
        if isinstance(value, Mapping):
            return raw_table(value)
    path = getattr(config, "path", None)
    if isinstance(path, (str, Path)) and Path(path).is_file():
        return load_file(Path(path))
    raise ConfigError(f"cannot read the governance settings from a {type(config).__name__}")


def section(config: Any, name: str) -> Mapping[str, Any]:
    value = raw_table(config).get(name, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"sqlx.toml: [{name}] must be a table")
    return value


# --- [policy] -------------------------------------------------------------------------

SEVERITIES = ("error", "warning")
GUARDS = {"pii": "privacy.officer", "irreversible": "data.steward", "cascade": "data.steward"}


@dataclass(frozen=True)
class PolicySettings:
    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, str] = field(default_factory=dict)
    four_eyes: bool = False
    guards: Mapping[str, str] = field(default_factory=lambda: dict(GUARDS))
    rules: tuple[Mapping[str, Any], ...] = ()  # raw configured rules, compiled by sqlxc.policy.rules
    audit_log: str | None = None


def policy_settings(config: Any) -> PolicySettings:
    table = section(config, "policy")
    known = {"audit_log", "disable", "severity", "four_eyes", "guards", "rules"}
    for key in table:
        if key not in known:
            raise ConfigError(f"sqlx.toml: unknown key policy.{key}", hint="known: " + ", ".join(sorted(known)))
    disabled = _str_list(table.get("disable", []), "policy.disable")
    severity = dict(table.get("severity", {}))
    for code, level in severity.items():
        if level not in SEVERITIES:
            raise ConfigError(f"sqlx.toml: policy.severity.{code} must be 'error' or 'warning', not {level!r}")
    four_eyes = table.get("four_eyes", False)
    if not isinstance(four_eyes, bool):
        raise ConfigError("sqlx.toml: policy.four_eyes must be true or false")
    guards = dict(GUARDS)
    for name, role in dict(table.get("guards", {})).items():
        if name not in GUARDS:
            raise ConfigError(f"sqlx.toml: unknown guard policy.guards.{name}", hint="known: " + ", ".join(GUARDS))
        if not isinstance(role, str) or not role:
            raise ConfigError(f"sqlx.toml: policy.guards.{name} must be a role name")
        guards[name] = role
    rules = table.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, Mapping) for r in rules):
        raise ConfigError("sqlx.toml: policy.rules must be an array of tables ([[policy.rules]])")
    audit_log = table.get("audit_log")
    if audit_log is not None and (not isinstance(audit_log, str) or not audit_log):
        raise ConfigError("sqlx.toml: policy.audit_log must be a file path")
    return PolicySettings(frozenset(disabled), severity, four_eyes, guards, tuple(rules), audit_log)


def _str_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"sqlx.toml: {where} must be a list of strings")
    return value


def load_config(path: str | Path | None = None) -> tuple[Mapping[str, Any], Path | None]:
    """The raw sqlxc table from ``path`` (``--config``) or the nearest
    ``sqlx.toml``, found the way ``sqlxc.config`` finds it; empty when there is none."""
    try:
        from sqlxc.config import load
    except ImportError:  # pragma: no cover - sqlxc.config is part of the package
        load = None
    if load is not None:
        cfg = load(path)
        return cfg.raw, cfg.path
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"no config file at {p}", hint="pass --config PATH to an sqlx.toml")
        return load_file(p), p
    found = find_config()
    return (load_file(found), found) if found else ({}, None)
