"""Is a column type change widening (every old value fits) or lossy?

Lossy changes are flagged on ``AlterColumn.lossy`` for the safety checks of
spec section 6 (a shrink needs ``--force``). When in doubt, lossy: a false
"lossy" costs a flag, a false "widening" costs data.
"""
from __future__ import annotations

from sqlxc.air.model import Type

# Families of types whose members widen along the tuple, left to right.
_CHAINS: tuple[tuple[str, ...], ...] = (
    ("tinyint", "smallint", "mediumint", "integer", "bigint", "numeric"),
    ("real", "double"),
    ("char", "varchar", "text"),
    ("tinytext", "text", "mediumtext", "longtext"),
    ("varchar", "mediumtext", "longtext"),
    ("binary", "varbinary", "blob"),
    ("tinyblob", "blob", "mediumblob", "longblob"),
    ("bytea",),
    ("date", "timestamp"),
    ("timestamp", "timestamptz"),
    ("json", "jsonb"),
    ("bit", "varbit"),
    ("time", "timetz"),
)
# Unbounded when the length argument is left out.
_UNBOUNDED_WHEN_BARE = {"varchar", "text", "varbit", "numeric", "blob", "varbinary"}
# Fractional-seconds precision: widening when it grows (None = the server's maximum on PostgreSQL).
_FSP = {"time", "timetz", "timestamp", "timestamptz", "interval"}


def is_lossy(old: Type, new: Type) -> bool:
    """True when some value of ``old`` may not survive conversion to ``new``."""
    if old == new:
        return False
    if old.array != new.array:
        return True
    if old.name in ("enum", "set") and old.name == new.name:
        return not _is_prefix_order(old.values, new.values)
    if old.unsigned != new.unsigned:
        return not (old.unsigned and not new.unsigned and _rank_gap(old.name, new.name) > 0)
    if old.name == new.name:
        return not _args_widen(old, new)
    if not _in_chain_order(old.name, new.name):
        return True
    return not _args_fit(old, new)


def _is_prefix_order(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    # every old value kept, in the same relative order
    it = iter(new)
    return all(any(v == w for w in it) for v in old)


def _rank_gap(old: str, new: str) -> int:
    chain = _CHAINS[0]
    if old in chain and new in chain:
        return chain.index(new) - chain.index(old)
    return -1


def _in_chain_order(old: str, new: str) -> bool:
    for chain in _CHAINS:
        if old in chain and new in chain and chain.index(old) <= chain.index(new):
            return True
    return False


def _length(t: Type) -> float:
    if not t.args:
        return float("inf") if t.name in _UNBOUNDED_WHEN_BARE else 1.0
    return float(t.args[0])


def _args_widen(old: Type, new: Type) -> bool:
    if old.name == "numeric":
        return _numeric_fits(old.args, new.args)
    if old.name in _FSP:
        if old.fields != new.fields:
            return False
        return _fsp(new) >= _fsp(old)
    if old.name in ("real", "double"):
        return (new.args or (99,))[0] >= (old.args or (99,))[0]
    if old.name in ("tinyint", "smallint", "mediumint", "integer", "bigint"):
        return True  # display width only
    if old.name in ("char", "binary", "bit"):
        return False  # fixed width: padding changes the stored value
    return _length(new) >= _length(old)


def _fsp(t: Type) -> int:
    return t.args[0] if t.args else 6


def _numeric_fits(old: tuple[int, ...], new: tuple[int, ...]) -> bool:
    if not new:
        return True  # unconstrained numeric holds anything
    if not old:
        return False
    op, os_ = old[0], (old[1] if len(old) > 1 else 0)
    np_, ns = new[0], (new[1] if len(new) > 1 else 0)
    return ns >= os_ and np_ - ns >= op - os_


def _args_fit(old: Type, new: Type) -> bool:
    # Different names along a widening chain: the target's length must hold the source's.
    if new.name == "numeric":
        digits = {"tinyint": 3, "smallint": 5, "mediumint": 8, "integer": 10, "bigint": 19}.get(old.name)
        if digits is None:
            return _numeric_fits(old.args, new.args)
        return not new.args or (new.args[0] - (new.args[1] if len(new.args) > 1 else 0)) >= digits + old.unsigned
    if old.name in _FSP or new.name in _FSP:
        return old.name == "date" or _fsp(new) >= _fsp(old)
    if new.name in ("text", "varchar", "varbinary", "blob", "varbit") or new.name.endswith(("text", "blob")):
        return _length(new) >= _length(old) or not new.args
    return True
