"""Valid inputs -> their AIR (syrupy snapshots in __snapshots__/)."""
import json
from pathlib import Path

import pytest

from sqlxc.air.canonical import canonical_json, loads_schema, to_data
from sqlxc.dsl import compile_paths, compile_text

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.sqlx"))


def _pretty(schema) -> str:
    return json.dumps(to_data(schema), indent=2, sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_air(path, snapshot):
    schema = compile_text(path.read_text(encoding="utf-8"), path.name)
    assert _pretty(schema) == snapshot


def test_example_schema_air(snapshot):
    schema = compile_paths([ROOT / "schema"])
    assert len(schema.tables) >= 12
    assert _pretty(schema) == snapshot


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_canonical_json_round_trips(path):
    schema = compile_text(path.read_text(encoding="utf-8"), path.name)
    assert loads_schema(canonical_json(schema)) == schema


def test_compile_is_deterministic_across_file_order(tmp_path):
    (tmp_path / "b.sqlx").write_text("table b {\n  id int @pk\n  a_id int -> a.id\n}\n")
    (tmp_path / "a.sqlx").write_text("table a {\n  id int @pk\n}\n")
    one = compile_paths([tmp_path])
    two = compile_paths([tmp_path / "b.sqlx", tmp_path / "a.sqlx"])
    assert canonical_json(one) == canonical_json(two)
    assert [t.name for t in one.tables] == ["a", "b"]
