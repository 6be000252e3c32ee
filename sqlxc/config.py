"""Project configuration: ``sqlx.toml``, or ``[tool.sqlxc]`` in ``pyproject.toml``.

```toml
schema = ["schema"]              # .sqlx files or folders
dialects = ["postgres", "mysql"]  # one plan per dialect
migrations = "migrations"         # where plans are written
lock = "sqlx.lock"

[migration]                       # spec section 12 (camelCase or snake_case)
transactional = true
verifyPolicy = true
allowShadowTables = true
autoRollback = false
strategy = "plain"                # plain | online
ddlTimeoutSec = 120
aiAssist = false
```

Paths are relative to the config file's folder. Other sections (``[trust]``,
``[roles]``, ``[policy]``…) belong to their own modules, which read ``raw``.
A bad value is a ``ConfigError`` naming the key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional

from sqlxc.errors import ConfigError

CONFIG_FILE = "sqlx.toml"
DIALECT_NAMES = {"postgres": "postgres", "postgresql": "postgres", "pg": "postgres",
                 "mysql": "mysql", "mariadb": "mysql"}
STRATEGIES = ("plain", "online")


@dataclass(frozen=True)
class MigrationSettings:
    transactional: bool = True
    verify_policy: bool = True
    allow_shadow_tables: bool = True
    auto_rollback: bool = False
    strategy: str = "plain"
    ddl_timeout_sec: Optional[int] = None
    ai_assist: bool = False


# key in snake_case -> (expected type, type name for messages)
_MIGRATION_KEYS: dict[str, tuple[type, str]] = {
    "transactional": (bool, "true or false"),
    "verify_policy": (bool, "true or false"),
    "allow_shadow_tables": (bool, "true or false"),
    "auto_rollback": (bool, "true or false"),
    "strategy": (str, "a string"),
    "ddl_timeout_sec": (int, "a whole number of seconds"),
    "ai_assist": (bool, "true or false"),
}


@dataclass(frozen=True)
class Config:
    root: Path
    path: Optional[Path] = None
    schema: tuple[Path, ...] = ()
    dialects: tuple[str, ...] = ("postgres", "mysql")
    migrations: Path = Path("migrations")
    lock: Path = Path("sqlx.lock")
    migration: MigrationSettings = MigrationSettings()
    raw: Mapping[str, Any] = field(default_factory=dict)


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower()


def find(start: Optional[Path] = None) -> Optional[Path]:
    """``sqlx.toml`` in ``start`` or a parent, else a ``pyproject.toml`` with ``[tool.sqlxc]``."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.sqlxc" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def _read(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("sqlxc", {})
    return data


def load(path: Optional[Path | str] = None, *, start: Optional[Path] = None) -> Config:
    """The config at ``path``, or the nearest one above ``start``; defaults when there is none."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"no config file at {p}", hint="pass --config PATH to an sqlx.toml")
    else:
        p = find(start)
    if p is None:
        root = (start or Path.cwd()).resolve()
        return Config(root=root, schema=(root / "schema",), migrations=root / "migrations", lock=root / "sqlx.lock")
    return from_table(_read(p), p.resolve().parent, p)


def from_table(data: Mapping[str, Any], root: Path, path: Optional[Path] = None) -> Config:
    where = path.name if path else CONFIG_FILE
    schema = data.get("schema", ["schema"])
    if isinstance(schema, str):
        schema = [schema]
    if not isinstance(schema, list) or not schema or not all(isinstance(s, str) and s for s in schema):
        raise ConfigError(f"{where}: schema must be a path or a non-empty list of paths",
                          hint='e.g. schema = ["schema"]')
    dialects = data.get("dialects", ["postgres", "mysql"])
    if isinstance(dialects, str):
        dialects = [dialects]
    if not isinstance(dialects, list) or not dialects:
        raise ConfigError(f"{where}: dialects must be a non-empty list", hint='e.g. dialects = ["postgres", "mysql"]')
    names = []
    for d in dialects:
        if not isinstance(d, str) or d.lower() not in DIALECT_NAMES:
            raise ConfigError(f"{where}: dialects: unknown dialect {d!r}",
                              hint="use one of: " + ", ".join(sorted(DIALECT_NAMES)))
        if DIALECT_NAMES[d.lower()] not in names:
            names.append(DIALECT_NAMES[d.lower()])
    paths = {}
    for key, default in (("migrations", "migrations"), ("lock", "sqlx.lock")):
        value = data.get(key, default)
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: {key} must be a path", hint=f'e.g. {key} = "{default}"')
        paths[key] = root / value
    return Config(
        root=root,
        path=path,
        schema=tuple(root / s for s in schema),
        dialects=tuple(names),
        migrations=paths["migrations"],
        lock=paths["lock"],
        migration=_migration(data.get("migration", {}), where),
        raw=data,
    )


def _migration(table: Any, where: str) -> MigrationSettings:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: [migration] must be a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = _snake(key)
        if name not in _MIGRATION_KEYS:
            known = ", ".join(sorted(_MIGRATION_KEYS))
            raise ConfigError(f"{where}: unknown key migration.{key}", hint=f"known keys: {known}")
        typ, what = _MIGRATION_KEYS[name]
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            raise ConfigError(f"{where}: migration.{key} must be {what}, not {value!r}")
        values[name] = value
    if values.get("strategy", "plain") not in STRATEGIES:
        raise ConfigError(f"{where}: migration.strategy must be one of {', '.join(STRATEGIES)}")
    if values.get("ddl_timeout_sec", 1) <= 0:
        raise ConfigError(f"{where}: migration.ddlTimeoutSec must be positive")
    return MigrationSettings(**values)
