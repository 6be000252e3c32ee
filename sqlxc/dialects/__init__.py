"""Dialect registry. A new dialect adds one module, one template folder and one line here."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from sqlxc.errors import UsageError

if TYPE_CHECKING:
    from sqlxc.dialects.base import Dialect, ServerInfo

# canonical name -> module
_REGISTRY = {
    "postgres": "sqlxc.dialects.postgres",
    "mysql": "sqlxc.dialects.mysql",
}
ALIASES = {
    "postgres": "postgres", "postgresql": "postgres", "pg": "postgres",
    "mysql": "mysql", "mariadb": "mysql",
}
NAMES = tuple(_REGISTRY)


def canonical_dialect(name: str) -> str:
    try:
        return ALIASES[name.lower()]
    except KeyError:
        raise UsageError(
            f"unknown dialect {name!r}", hint="use one of: " + ", ".join(sorted(ALIASES))
        ) from None


def get(name: str, server: "ServerInfo | None" = None) -> "Dialect":
    """The dialect for ``name`` (any alias); ``mariadb`` implies a MariaDB server."""
    canonical = canonical_dialect(name)
    if server is None and name.lower() == "mariadb":
        from sqlxc.dialects.base import ServerInfo

        server = ServerInfo(flavor="mariadb")
    module = importlib.import_module(_REGISTRY[canonical])
    return module.DIALECT_CLASS(server)
