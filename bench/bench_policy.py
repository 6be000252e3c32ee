"""Policy evaluation latency (spec section 14: < 2 ms per DDL step).

Builds a plan of N steps over a schema of 200 tables (a tenth of them holding
@pii columns) and times, with medians over several runs: policy decisions per
step (the plan's context built once, as the applier does), risk assessment per
change, full verification (hash, signature, trust, policy, approvals) and the
schema rules. Prints a table; exit 1 if a per-step median misses 2 ms.

    python bench/bench_policy.py [--steps 2000] [--runs 7]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlxc.air.canonical import to_data
from sqlxc.air.model import Column, ForeignKey, Schema, Table, Tags, Type
from sqlxc.diff import changes as ch
from sqlxc.plan.model import MigrationPlan, MigrationStep, with_id
from sqlxc.plan.risk import assess
from sqlxc.policy import Policy, check_schema
from sqlxc.sign import approve_plan, sign_plan, verify_plan
from sqlxc.sign.keys import generate_key, load_key

TARGET_MS = 2.0


def schema(tables: int = 200) -> Schema:
    out = []
    for t in range(tables):
        pii = t % 10 == 0
        cols = [Column(name="id", type=Type(name="bigint"))]
        for c in range(10):
            tags = Tags(pii=True, sensitivity="high") if pii and c < 2 else Tags()
            cols.append(Column(name=f"c{c}", type=Type(name="varchar", args=(100,)), nullable=True, tags=tags))
        tags = Tags(residency="eu", retention="1y", owner="team") if pii else Tags()
        out.append(Table(name=f"t{t}", columns=tuple(cols), tags=tags))
    return Schema(dialect="postgres", tables=tuple(out))


def changes(s: Schema, n: int) -> list[ch.Change]:
    kinds = []
    for i in range(n):
        table = s.tables[i % len(s.tables)]
        column = table.columns[1 + i % 10]
        pick = i % 5
        if pick == 0:
            kinds.append(ch.AddColumn(table.name, Column(name=f"n{i}", type=Type(name="text"), nullable=True)))
        elif pick == 1:
            kinds.append(ch.DropColumn(table.name, column))
        elif pick == 2:
            kinds.append(ch.AlterColumn(table.name, column, column.model_copy(update={"type": Type(name="varchar", args=(50,))}),
                                        frozenset({"type"}), lossy=True))
        elif pick == 3:
            fk = ForeignKey(name=f"fk{i}", columns=("id",), ref_table="t0", ref_columns=("id",), on_delete="cascade")
            kinds.append(ch.AddForeignKey(table.name, fk))
        else:
            kinds.append(ch.RenameColumn(table.name, column.name, f"r{i}", column.model_copy(update={"name": f"r{i}"})))
    return kinds


def plan(s: Schema, cs: list[ch.Change]) -> MigrationPlan:
    steps = tuple(
        MigrationStep(id=f"s{i:04d}", op=c.op, entity=c.entity, kind=c.kind, object=c.key, ddl=f"-- {c.kind}",
                      rollback="-- undo", reversible=c.reversible, risk=assess(c, "postgres"))
        for i, c in enumerate(cs, 1)
    )
    data = to_data(s)
    return with_id(MigrationPlan(**{"from": "a" * 16}, to="b" * 16, dialect="postgres", steps=steps,
                                 from_schema=data, to_schema=data))


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    s = schema()
    cs = changes(s, args.steps)
    p = plan(s, cs)
    with tempfile.TemporaryDirectory() as tmp:
        steward = load_key(str(generate_key("steward", Path(tmp) / "s.key").path))
        officer = load_key(str(generate_key("officer", Path(tmp) / "o.key").path))
    config = {"trust": {"keys": [
        {"id": "steward", "public_key": steward.public_key, "roles": ["data.steward"]},
        {"id": "officer", "public_key": officer.public_key, "roles": ["privacy.officer"]}]}}
    signed = approve_plan(sign_plan(p, steward, config), officer, config)
    policy = Policy.from_config(config)
    n = len(p.steps)
    rows = [
        ("policy decisions", n, median_ms(lambda: policy.evaluate_plan(p), args.runs) / n, True),
        ("risk assessment", n, median_ms(lambda: [assess(c, "postgres") for c in cs], args.runs) / n, False),
        ("verify_plan (all checks)", n, median_ms(lambda: verify_plan(signed, config, force=True), args.runs) / n, True),
        ("schema rules (2200 columns)", 1, median_ms(lambda: check_schema(s, config), args.runs), False),
    ]
    print(f"{'what':<30} {'items':>6} {'median ms/item':>15}  target")
    failed = False
    for name, items, ms, per_step in rows:
        mark = ""
        if per_step:
            ok = ms < TARGET_MS
            failed |= not ok
            mark = f"< {TARGET_MS} ms/step {'ok' if ok else 'MISSED'}"
        print(f"{name:<30} {items:>6} {ms:>15.4f}  {mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
