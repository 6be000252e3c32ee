"""Who is trusted to do what: ``[[trust.keys]]`` bound to roles, and the role
hierarchy of ``[roles]`` (``"privacy.officer" = ["data.steward"]`` means a
privacy officer may do whatever a data steward may)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlxc.errors import ConfigError
from sqlxc.policy.config import section

# Built in so that the roles the issue names work without configuration;
# [roles] adds to it.
DEFAULT_HIERARCHY: dict[str, tuple[str, ...]] = {"privacy.officer": ("data.steward",)}
DDL_ROLE = "data.steward"


@dataclass(frozen=True)
class TrustedKey:
    id: str
    public_key: str
    roles: tuple[str, ...]
    expires: datetime | None = None


@dataclass(frozen=True)
class Trust:
    keys: Mapping[str, TrustedKey] = field(default_factory=dict)
    # role -> every role it outranks or equals (transitive closure)
    covers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    require_role: str = DDL_ROLE
    signature_ttl: timedelta | None = None

    def outranks(self, role: str, needed: str) -> bool:
        """``role`` >= ``needed`` in the hierarchy."""
        return needed in self.covers.get(role, frozenset({role}))

    def key_has(self, key: TrustedKey, needed: str) -> bool:
        return any(self.outranks(r, needed) for r in key.roles)

    def key_for_public(self, public_key: str) -> TrustedKey | None:
        for key in self.keys.values():
            if key.public_key == public_key:
                return key
        return None


def trust_from_config(config: Any) -> Trust:
    """The Trust for a config (any form ``sqlxc.policy.config.raw_table`` accepts) or a Trust."""
    if isinstance(config, Trust):
        return config
    covers = _hierarchy(section(config, "roles"))
    table = section(config, "trust")
    known = {"keys", "require_role", "signature_ttl"}
    for key in table:
        if key not in known:
            raise ConfigError(f"sqlx.toml: unknown key trust.{key}", hint="known: " + ", ".join(sorted(known)))
    keys = _keys(table.get("keys", []))
    require = table.get("require_role", DDL_ROLE)
    if not isinstance(require, str):
        raise ConfigError("sqlx.toml: trust.require_role must be a role name")
    ttl = table.get("signature_ttl")
    return Trust(
        keys=keys,
        covers=covers,
        require_role=require,
        signature_ttl=parse_duration(ttl, "trust.signature_ttl") if ttl is not None else None,
    )


def _hierarchy(table: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    edges: dict[str, set[str]] = {r: set(lower) for r, lower in DEFAULT_HIERARCHY.items()}
    for role, lower in table.items():
        if not isinstance(lower, list) or not all(isinstance(x, str) for x in lower):
            raise ConfigError(f'sqlx.toml: roles."{role}" must be a list of role names it outranks')
        edges.setdefault(role, set()).update(lower)
    covers: dict[str, frozenset[str]] = {}
    for role in edges:
        seen: set[str] = set()
        stack = [role]
        while stack:
            current = stack.pop()
            for lower in edges.get(current, ()):
                if lower == role:
                    raise ConfigError(
                        f'sqlx.toml: [roles] has a cycle through "{role}"',
                        hint="a role cannot outrank itself; remove one of the edges",
                    )
                if lower not in seen:
                    seen.add(lower)
                    stack.append(lower)
        covers[role] = frozenset(seen | {role})
    return covers


def _keys(entries: Any) -> dict[str, TrustedKey]:
    from sqlxc.sign.keys import decode_public

    if not isinstance(entries, list):
        raise ConfigError("sqlx.toml: trust.keys must be an array of tables ([[trust.keys]])")
    keys: dict[str, TrustedKey] = {}
    for n, entry in enumerate(entries, 1):
        where = f"sqlx.toml: trust.keys[{n}]"
        if not isinstance(entry, Mapping):
            raise ConfigError(f"{where} must be a table")
        unknown = set(entry) - {"id", "public_key", "roles", "expires"}
        if unknown:
            raise ConfigError(f"{where}: unknown key {min(unknown)}", hint="known: id, public_key, roles, expires")
        key_id, public, roles = entry.get("id"), entry.get("public_key"), entry.get("roles", [])
        if not isinstance(key_id, str) or not key_id:
            raise ConfigError(f"{where}: id is missing")
        where = f"sqlx.toml: trust key {key_id!r}"
        if key_id in keys:
            raise ConfigError(f"{where} is listed twice")
        decode_public(public, where=where)
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            raise ConfigError(f"{where}: roles must be a list of role names")
        expires = entry.get("expires")
        keys[key_id] = TrustedKey(key_id, public, tuple(roles), parse_time(expires, f"{where}: expires") if expires else None)
    return keys


# --- time -----------------------------------------------------------------------------

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: Any, where: str) -> timedelta:
    match = _DURATION.match(str(text))
    if not match:
        raise ConfigError(f"{where}: {text!r} is not a duration", hint="write e.g. 30d, 12h, 2w")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def parse_time(value: Any, where: str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not an ISO 8601 time", hint="e.g. 2027-01-31T00:00:00Z") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
