"""Apply throughput and introspection time on the real servers (issue 4, "Speed").

    python bench/bench_apply.py [--steps 1000] [--objects 2000] [--runs 3] [--dialects postgres,mysql]

For each server: a plan of ``--steps`` DDL steps (create a table, then an index
on it, alternately) applied by the applier into a fresh database, reported as
DDL ops/minute — once through the whole apply (lock, ledger, journal, and on
PostgreSQL the dry run on a schema-only copy) and once for the DDL alone; and
introspection of a database of ``--objects`` objects (tables, primary keys,
indexes, foreign keys: a quarter each). Medians over ``--runs`` runs.
Targets: >= 10 000 ops/min on PostgreSQL, >= 2 000 on MariaDB, introspection < 1 s.

Servers: SQLXC_TEST_PG_URL / SQLXC_TEST_MYSQL_URL (defaults: the local servers).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlxc.apply.engine import Options, apply_plan
from sqlxc.connection import connect, parse_url
from sqlxc.devdb import scratch_database
from sqlxc.introspect import introspect
from sqlxc.plan.model import MigrationPlan, MigrationStep, with_id

URLS = {
    "postgres": os.environ.get("SQLXC_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
    "mysql": os.environ.get("SQLXC_TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/"),
}
TARGET_OPS = {"postgres": 10_000, "mysql": 2_000}


def bench_plan(dialect: str, steps: int) -> MigrationPlan:
    drop_index = " ON b{i}" if dialect == "mysql" else ""
    out = []
    for n in range(steps):
        i = n // 2
        if n % 2 == 0:
            ddl, back, kind, obj = f"CREATE TABLE b{i} (id int PRIMARY KEY, v int)", f"DROP TABLE b{i}", "create_table", f"b{i}"
        else:
            ddl, back = f"CREATE INDEX b{i}_v ON b{i} (v)", f"DROP INDEX b{i}_v{drop_index.format(i=i)}"
            kind, obj = "create_index", f"b{i}.b{i}_v"
        out.append(MigrationStep(id=f"s{n + 1:04d}", op="create", entity="table", kind=kind, object=obj,
                                 ddl=ddl, rollback=back))
    return with_id(MigrationPlan.model_validate(
        {"from": "0" * 16, "to": "1" * 16, "dialect": dialect, "steps": [s.model_dump(by_alias=True) for s in out]}))


def time_apply(dialect: str, plan: MigrationPlan) -> float:
    with scratch_database(parse_url(URLS[dialect])) as url:
        began = time.perf_counter()
        apply_plan(plan, url, Options(verify=False, timeout=None))
        return time.perf_counter() - began


def time_ddl_only(dialect: str, plan: MigrationPlan) -> float:
    with scratch_database(parse_url(URLS[dialect])) as url:
        conn = connect(url)
        try:
            cur = conn.cursor()
            began = time.perf_counter()
            for step in plan.steps:
                cur.execute(step.ddl)
            return time.perf_counter() - began
        finally:
            conn.close()


def objects_script(dialect: str, objects: int) -> list[str]:
    tables = max(1, objects // 4)  # each: the table, its primary key, an index, a foreign key
    out = ["CREATE TABLE o0 (id int PRIMARY KEY, parent int, v int)"]
    for i in range(1, tables):
        out.append(f"CREATE TABLE o{i} (id int PRIMARY KEY, parent int REFERENCES o{i - 1} (id), v int)"
                   if dialect == "postgres" else
                   f"CREATE TABLE o{i} (id int PRIMARY KEY, parent int, v int, FOREIGN KEY (parent) REFERENCES o{i - 1} (id))")
    out += [f"CREATE INDEX o{i}_v ON o{i} (v)" for i in range(tables)]
    return out


def time_introspect(dialect: str, objects: int, runs: int) -> list[float]:
    with scratch_database(parse_url(URLS[dialect])) as url:
        conn = connect(url)
        try:
            cur = conn.cursor()
            for sql in objects_script(dialect, objects):
                cur.execute(sql)
        finally:
            conn.close()
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            introspect(url)
            times.append(time.perf_counter() - began)
        return times


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--objects", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dialects", default="postgres,mysql")
    args = ap.parse_args(argv)
    rows = []
    missed = False
    for dialect in args.dialects.split(","):
        plan = bench_plan(dialect, args.steps)
        full = statistics.median(time_apply(dialect, plan) for _ in range(args.runs))
        ddl = statistics.median(time_ddl_only(dialect, plan) for _ in range(args.runs))
        intro = statistics.median(time_introspect(dialect, args.objects, args.runs))
        ops = args.steps / full * 60
        missed |= ops < TARGET_OPS[dialect] or intro >= 1.0
        rows.append((dialect, f"{full:.2f}", f"{ops:,.0f}", f"{args.steps / ddl * 60:,.0f}",
                     f"{TARGET_OPS[dialect]:,}", f"{intro * 1000:.0f}"))
    header = ("server", "apply s", "ops/min (apply)", "ops/min (DDL only)", "target ops/min",
              f"introspect {args.objects} objects ms")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(f"{args.steps} DDL steps, medians of {args.runs} runs")
    for r in [header, *rows]:
        print("  ".join(str(c).rjust(w) for c, w in zip(r, widths)))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
