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


def test_printer_output_for_facets(snapshot):
    from sqlxc.dsl.printer import to_sqlx

    path = Path(__file__).parent / "golden" / "facets.sqlx"
    assert to_sqlx(compile_text(path.read_text(encoding="utf-8"))) == snapshot


def test_printer_writes_every_fact_of_a_dialect_schema():
    """An introspected-style schema (every name filled in, server options) prints
    to .sqlx that compiles back to the same facts."""
    from sqlxc.air import model as M
    from sqlxc.dsl.printer import to_sqlx

    table = M.Table(
        name="accounts",
        columns=(
            M.Column(name="id", type=M.Type(name="bigint"), identity=M.Identity(always=True, start=10, increment=5,
                                                                            minvalue=1, maxvalue=10**12, cache=3,
                                                                            cycle=True)),
            M.Column(name="select", type=M.Type(name="numeric", args=(12, 2), unsigned=True, zerofill=True),
                     default="0", comment="a \"keyword\"\nname"),
            M.Column(name="tags", type=M.Type(name="text", array=2), nullable=True, collation="C"),
            M.Column(name="span", type=M.Type(name="interval", args=(3,), fields="day to second"), nullable=True),
            M.Column(name="kind", type=M.Type(name="enum", values=("a", "it's")), charset="latin1",
                     invisible=True),
            M.Column(name="total", type=M.Type(name="integer"), generated=M.Generated(expr="1 + 2", stored=False)),
            M.Column(name="parent", type=M.Type(name="bigint"), nullable=True),
            M.Column(name="ts", type=M.Type(name="timestamp", args=(3,)), on_update="CURRENT_TIMESTAMP(3)",
                     tags=M.Tags(pii=True, sensitivity="high", residency="eu", retention="30d", owner="x",
                                 extra=(("a", "1"), ("b", "two words")))),
        ),
        primary_key=M.PrimaryKey(name="accounts_pkey", columns=("id",), include=("ts",), comment="pk"),
        uniques=(M.Unique(name="accounts_kind_key", columns=("kind", "select"), nulls_not_distinct=True,
                          deferrable=True, initially_deferred=True),),
        indexes=(M.Index(name="accounts_idx", keys=(
            M.IndexKey(column="select", desc=True, nulls_first=False),
            M.IndexKey(expr="LOWER(kind)", opclass="text_pattern_ops", collation="C", nulls_first=True),
            M.IndexKey(column="kind", length=10)), unique=True, method="gin", where="id > 0", include=("ts",),
            params=(("fillfactor", "70"),), invisible=True, comment="ix"),),
        foreign_keys=(M.ForeignKey(name="accounts_fk", columns=("parent",), ref_table="accounts",
                                   ref_columns=("id",), on_delete="set null", on_delete_columns=("parent",),
                                   on_update="cascade", match="full", deferrable=True, not_valid=True,
                                   comment="fk"),),
        checks=(M.Check(name="accounts_check", expr="id > 0", no_inherit=True, not_valid=True, comment="c"),),
        comment="t",
        mysql=M.MySQLTableOptions(engine="InnoDB", charset="utf8mb4", collation="utf8mb4_bin",
                                  row_format="DYNAMIC", create_options=(("stats_persistent", "0"),)),
    )
    schema = M.Schema(dialect="postgres", tables=(table,),
                      views=(M.View(name="v", definition="SELECT 1 AS one", columns=("one",), check_option="local",
                                    security_barrier=True, security_invoker=True, algorithm="merge",
                                    comment="v"),),
                      enums=(M.Enum(name="mood", values=("happy", "so so"), comment="e"),),
                      sequences=(M.Sequence(name="s", type="integer", start=1, increment=2, minvalue=1, maxvalue=9,
                                            cache=2, cycle=True, owned_by=("accounts", "total"), comment="s"),))
    back = compile_text(to_sqlx(schema))
    assert back == schema.model_copy(update={"dialect": None})
