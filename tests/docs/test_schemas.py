"""docs/schemas/*.json are generated from the pydantic models and must be current."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _gen():
    spec = importlib.util.spec_from_file_location("gen_schemas", ROOT / "tools" / "gen_schemas.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_schemas_are_current():
    gen = _gen()
    for path, text in gen.outputs().items():
        assert path.exists(), f"{path.name} missing: run python tools/gen_schemas.py"
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run python tools/gen_schemas.py"
    assert sorted(p.name for p in (ROOT / "docs" / "schemas").glob("*.schema.json")) == sorted(
        p.name for p in gen.outputs())


def test_plan_schema_uses_the_names_written_to_disk():
    plan = json.loads((ROOT / "docs" / "schemas" / "plan.schema.json").read_text())
    assert plan["title"].startswith("A migration plan")
    assert {"from", "to", "dialect", "steps", "createdAt", "signatures"} <= set(plan["properties"])
    assert plan["required"] == ["from", "to", "dialect"]
    step = plan["$defs"]["MigrationStep"]
    assert {"airDiff", "policyTags", "rollback", "transactional", "risk"} <= set(step["properties"])


def test_every_artifact_is_documented_in_formats_md():
    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    for path in _gen().outputs():
        assert f"schemas/{path.name}" in text, f"docs/formats.md does not link {path.name}"


def test_check_mode(tmp_path, monkeypatch):
    gen = _gen()
    monkeypatch.setattr(gen, "OUT", tmp_path)
    monkeypatch.setattr(gen, "ROOT", tmp_path.parent)
    assert gen.main(["--check"]) == 1
    (tmp_path / "old.schema.json").write_text("{}")
    assert gen.main([]) == 0
    assert not (tmp_path / "old.schema.json").exists()
    assert gen.main(["--check"]) == 0


def test_lock_model_matches_what_sqlxc_lock_writes():
    """The lock's JSON Schema comes from a model in tools/gen_schemas.py; a real
    lockfile with history must validate against it, extra keys forbidden."""
    from sqlxc import lock as L
    from sqlxc.air.canonical import to_data
    from sqlxc.dsl import compile_text

    gen = _gen()
    LockFile = gen._lock_models()
    v1 = to_data(compile_text("table t {\n  id bigint @pk\n}\n", "a.sqlx"))
    v2 = to_data(compile_text("table t {\n  id bigint @pk\n  n text?\n}\n", "a.sqlx"))
    lock = L.advance(L.Lock(), v1, "d1", "", (L.PlanEntry("postgres", "mig:1", "migrations/1.json", "ab"),))
    lock = L.advance(lock, v2, "d2", "d1", (L.PlanEntry("postgres", "mig:2", "migrations/2.json", "cd"),
                                            L.PlanEntry("mysql", "mig:3", "migrations/3.json", "ef")))
    parsed = LockFile.model_validate_json(L.dumps(lock))
    assert parsed.digest == "d2" and [e.sequence for e in parsed.chain] == [1, 2]
    assert set(parsed.snapshots) == {"1"}
    assert LockFile.model_validate_json(L.dumps(L.Lock())).schema_ is None
