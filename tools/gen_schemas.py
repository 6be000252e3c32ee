"""Generate docs/schemas/*.json: JSON Schemas of sqlxc's artifacts, from the
pydantic models that read and write them.

    python tools/gen_schemas.py           # rewrite docs/schemas/
    python tools/gen_schemas.py --check   # exit 1 when a schema file is stale (CI)

docs/formats.md describes the artifacts; tests/docs/test_schemas.py fails when
a checked-in schema differs from what the models say.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "schemas"

# file stem -> (model "module:Class", JSON mode, title). "serialization" is the
# shape sqlxc writes (aliases such as createdAt), the one readers see.
ARTIFACTS: dict[str, tuple[str, str]] = {
    "plan": ("sqlxc.plan.model:MigrationPlan", "A migration plan (one JSON file per dialect under migrations/)"),
    "air": ("sqlxc.air.model:Schema", "AIR: the dialect-neutral schema (sqlxc compile --emit air, sqlx.lock)"),
    "ledger": ("sqlxc.apply.ledger:Row", "One row of the sqlx_migration_ledger table"),
}
ARTIFACTS["lock"] = ("local:LockFile", "The lockfile sqlx.lock")


def _lock_models():
    """sqlx.lock is written by ``sqlxc.lock.dumps`` from plain dataclasses; this
    pydantic model states the file's shape for the JSON Schema, and
    tests/docs/test_schemas.py validates real lockfiles against it (extra keys
    forbidden), so it cannot drift from what ``dumps`` writes."""
    from typing import Literal

    from pydantic import BaseModel, ConfigDict, Field

    from sqlxc.air.model import Schema

    class _Strict(BaseModel):
        model_config = ConfigDict(extra="forbid")

    class LockPlanRef(_Strict):
        id: str = Field(description="the plan id, mig:<sha256>")
        file: str = Field(description="the plan file, relative to sqlx.lock, forward slashes")
        sha256: str = Field(description="SHA-256 of the plan file's bytes: an edited plan is detected")

    class LockChainEntry(_Strict):
        sequence: int = Field(description="1, 2, …: the plan's place in the linear history")
        from_: str = Field(alias="from", description="snapshot id before")
        to: str = Field(description="snapshot id after")
        plans: dict[str, LockPlanRef] = Field(description="dialect -> the plan written for it")

    class LockFile(_Strict):
        format: Literal[1]
        digest: str = Field(description="snapshot id of the current schema (empty before the first build)")
        schema_: Schema | None = Field(alias="schema", description="the current neutral AIR")
        chain: list[LockChainEntry]
        snapshots: dict[str, Schema] = Field(description="earlier snapshots by version (v1…), for vN")

    return LockFile


def _load(spec: str):
    module, _, name = spec.partition(":")
    if module == "local":  # a model defined in this file
        return _lock_models()
    return getattr(importlib.import_module(module), name)


def available() -> dict[str, tuple[str, str]]:
    return dict(ARTIFACTS)


def render(stem: str, spec: str, title: str) -> str:
    from pydantic import TypeAdapter

    # TypeAdapter reads pydantic models and plain dataclasses (the ledger row) alike
    schema = TypeAdapter(_load(spec)).json_schema(by_alias=True, mode="serialization")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": f"sqlxc/{stem}.schema.json", **schema, "title": title}
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def outputs() -> dict[Path, str]:
    return {OUT / f"{stem}.schema.json": render(stem, spec, title)
            for stem, (spec, title) in sorted(available().items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when docs/schemas is stale")
    args = ap.parse_args(argv)
    wanted = outputs()
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    extra = [p for p in OUT.glob("*.schema.json") if p not in wanted] if OUT.exists() else []
    if args.check:
        for p in stale + extra:
            sys.stderr.write(f"{p.relative_to(ROOT)} is stale: run python tools/gen_schemas.py\n")
        return 1 if stale or extra else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for p in stale:
        p.write_text(wanted[p], encoding="utf-8")
    for p in extra:
        p.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
