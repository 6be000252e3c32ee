"""``sqlx.lock``: the last built neutral AIR, its digest, and the chain of plans.

Canonical JSON (sorted keys, two-space indent, newline-terminated), committed
with the code. Each chain entry records the sequence number, the snapshot
digests before and after, and per dialect the plan id, file and the SHA-256 of
the plan file's bytes, so editing a committed plan is detected. Earlier
snapshots are kept so that ``vN`` (the schema after plan N; ``v0`` is empty)
resolves. Two branches that both change the schema conflict here, on purpose.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from sqlxc.errors import SqlxcError

LOCK_FORMAT = 1


@dataclass(frozen=True)
class PlanEntry:
    dialect: str
    id: str
    file: str  # relative to the lock's folder, with forward slashes
    sha256: str


@dataclass(frozen=True)
class ChainEntry:
    sequence: int
    from_: str
    to: str
    plans: tuple[PlanEntry, ...]


@dataclass(frozen=True)
class Lock:
    digest: str = ""  # of the current neutral snapshot ("" before the first build)
    schema: Optional[dict[str, Any]] = None  # current neutral AIR data
    chain: tuple[ChainEntry, ...] = ()
    snapshots: dict[int, dict[str, Any]] = field(default_factory=dict)  # version -> AIR data (earlier ones)

    @property
    def version(self) -> int:
        return len(self.chain)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dumps(lock: Lock) -> str:
    data = {
        "format": LOCK_FORMAT,
        "digest": lock.digest,
        "schema": lock.schema,
        "chain": [
            {
                "sequence": e.sequence,
                "from": e.from_,
                "to": e.to,
                "plans": {p.dialect: {"id": p.id, "file": p.file, "sha256": p.sha256} for p in e.plans},
            }
            for e in lock.chain
        ],
        "snapshots": {str(k): v for k, v in sorted(lock.snapshots.items())},
    }
    from sqlxc.jsonfmt import dumps_pretty

    return dumps_pretty(data) + "\n"


def loads(text: str, where: str = "sqlx.lock") -> Lock:
    try:
        data = json.loads(text)
        if data.get("format") != LOCK_FORMAT:
            raise SqlxcError(f"{where}: lock format {data.get('format')!r} is not {LOCK_FORMAT}",
                             hint="rebuild with the sqlxc version that wrote it, or upgrade sqlxc")
        chain = tuple(
            ChainEntry(
                sequence=int(e["sequence"]),
                from_=str(e["from"]),
                to=str(e["to"]),
                plans=tuple(PlanEntry(d, p["id"], p["file"], p["sha256"]) for d, p in sorted(e["plans"].items())),
            )
            for e in data.get("chain", [])
        )
        snapshots = {int(k): v for k, v in data.get("snapshots", {}).items()}
        return Lock(digest=str(data.get("digest", "")), schema=data.get("schema"), chain=chain, snapshots=snapshots)
    except SqlxcError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SqlxcError(f"{where}: not a valid sqlx.lock ({type(exc).__name__}: {exc})",
                         hint="restore it from version control; it is written by `sqlxc build`") from None


def read(path: Path) -> Lock:
    """The lock at ``path``; an empty lock when the file does not exist yet."""
    if not path.exists():
        return Lock()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SqlxcError(f"cannot read {path}: {exc}") from None
    return loads(text, str(path))


def advance(lock: Lock, schema_data: dict[str, Any], digest: str, from_digest: str,
            plans: tuple[PlanEntry, ...]) -> Lock:
    """The lock after one more plan: the current snapshot moves into history."""
    snapshots = dict(lock.snapshots)
    if lock.schema is not None:
        snapshots[lock.version] = lock.schema
    entry = ChainEntry(sequence=lock.version + 1, from_=from_digest, to=digest, plans=plans)
    return Lock(digest=digest, schema=schema_data, chain=lock.chain + (entry,), snapshots=snapshots)


def snapshot(lock: Lock, version: int) -> Optional[dict[str, Any]]:
    """The neutral AIR after plan ``version`` (0 = before any plan: None = empty)."""
    if version < 0 or version > lock.version:
        raise SqlxcError(f"v{version} does not exist: the lock has v0..v{lock.version}")
    if version == lock.version:
        return lock.schema
    if version == 0:
        return None
    if version not in lock.snapshots:
        raise SqlxcError(f"the lock does not keep snapshot v{version}")
    return lock.snapshots[version]
