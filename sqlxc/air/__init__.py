"""AIR: the neutral schema model. Imports nothing else of sqlxc.

The model classes are loaded on first use (PEP 562), so that importing
``sqlxc.air.types`` (``sqlxc check`` does) does not import pydantic.
"""
from __future__ import annotations

_MODEL_NAMES = (
    "EMPTY_TAGS", "Check", "Column", "Enum", "ForeignKey", "Generated", "Identity", "Index", "IndexKey",
    "MySQLTableOptions", "Node", "Opaque", "PrimaryKey", "Schema", "Sequence", "Table", "Tags", "Type",
    "Unique", "View",
)

__all__ = list(_MODEL_NAMES)


def __getattr__(name: str):
    if name in _MODEL_NAMES:
        from sqlxc.air import model

        return getattr(model, name)
    raise AttributeError(f"module 'sqlxc.air' has no attribute {name!r}")
