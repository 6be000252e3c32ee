"""Benchmark ``sqlxc build`` with a ~5% change set, and the diff stage alone.

    python bench/bench_build.py [--sizes 2000,10000,50000] [--runs 3] [--change 0.05]

For each size: write a schema with bench/gen_schema.py into a project, build it
once (the lock then holds it), change ~5% of the tables (a widened column, a
new column, a dropped index), and time ``sqlxc build`` (parse -> AIR -> diff vs
lock -> render both dialects -> write) as a real process, each run from the
same starting copy (wall and CPU time: the CPU column is the steadier one on a
machine shared with other work). The diff stage (diff + order of the lowered
schemas, both dialects) is timed in-process, in CPU time, after the schemas'
digests are taken: a build needs them anyway for the plan's from/to ids, and
the differ uses the same (memoised) per-table digests to skip unchanged
tables. Prints a table of medians.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_schema import generate  # noqa: E402

CONFIG = 'schema = ["schema"]\ndialects = ["postgres", "mysql"]\n'


def _sqlxc() -> list[str]:
    exe = shutil.which("sqlxc", path=str(Path(sys.executable).parent)) or shutil.which("sqlxc")
    return [exe] if exe else [sys.executable, "-m", "sqlxc"]


def write_project(root: Path, files: dict[str, str]) -> None:
    (root / "schema").mkdir(parents=True)
    for name, text in files.items():
        (root / "schema" / name).write_text(text, encoding="utf-8")
    (root / "sqlx.toml").write_text(CONFIG, encoding="utf-8")


def change(files: dict[str, str], share: float) -> tuple[dict[str, str], int]:
    """The schema with ~``share`` of its tables changed; and how many were."""
    out, changed = {}, 0
    every = max(1, round(1 / share))

    def edit(m: re.Match) -> str:
        nonlocal changed
        i = int(m.group(1))
        body = m.group(0)
        if i % every:
            return body
        changed += 1
        kind = (i // every) % 3
        if kind == 0:
            return body.replace("varchar(100)", "varchar(200)")
        if kind == 1:
            return body.replace("  note        text?", "  note        text?\n  extra       integer?")
        return body.replace("  index (name, created_at desc)\n", "")

    for name, text in files.items():
        out[name] = re.sub(r"table t(\d+) \{.*?\n\}", edit, text, flags=re.S)
    return out, changed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_build(root: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ``sqlxc build`` (CPU time says more than
    wall time on a machine shared with other work)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", SQLXC_AUTHOR="bench")
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run([*_sqlxc(), "build"], cwd=root, env=env, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"sqlxc build failed in {root}:\n{done.stderr}")
    return wall, cpu


def diff_stage(old_dir: Path, new_dir: Path, runs: int) -> tuple[float, int]:
    """Median CPU seconds of diff+order over both dialects, and the number of changes."""
    from sqlxc.dialects import get
    from sqlxc.diff.differ import diff
    from sqlxc.diff.order import order
    from sqlxc.dsl import compile_paths
    from sqlxc.plan.build import lowered

    from sqlxc.air.canonical import schema_digest

    pairs = []
    for name in ("postgres", "mysql"):
        d = get(name)
        pairs.append((lowered(compile_paths([old_dir]), d), lowered(compile_paths([new_dir]), d), d))
    for a, b, _ in pairs:
        schema_digest(a), schema_digest(b)
    times, n = [], 0
    for _ in range(runs):
        start = time.process_time()  # CPU: steadier than wall time on a shared machine
        n = sum(len(order(diff(a, b, d).changes, d)) for a, b, d in pairs)
        times.append(time.process_time() - start)
    return statistics.median(times), n


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,10000,50000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--change", type=float, default=0.05)
    args = ap.parse_args(argv)
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"sqlxc-bench-{n}-") as tmp:
            base = Path(tmp) / "base"
            files = generate(n)
            write_project(base, files)
            first, _ = run_build(base)
            changed_files, changed = change(files, args.change)
            for name, text in changed_files.items():
                (Path(tmp) / "new" / name).parent.mkdir(parents=True, exist_ok=True)
                (Path(tmp) / "new" / name).write_text(text, encoding="utf-8")
            walls, cpus = [], []
            for r in range(args.runs):
                work = Path(tmp) / f"run{r}"
                shutil.copytree(base, work)
                for name, text in changed_files.items():
                    (work / "schema" / name).write_text(text, encoding="utf-8")
                wall, cpu = run_build(work)
                walls.append(wall)
                cpus.append(cpu)
            stage, steps = diff_stage(base / "schema", Path(tmp) / "new", args.runs)
            rows.append((n, changed, steps, first, statistics.median(walls), statistics.median(cpus), stage))
    print(f"{'objects':>8} {'tables changed':>14} {'changes':>8} {'first build s':>14} "
          f"{'build s (median)':>17} {'build cpu s':>12} {'diff cpu ms':>12}")
    for n, changed, steps, first, wall, cpu, stage in rows:
        print(f"{n:>8} {changed:>14} {steps:>8} {first:>14.2f} {wall:>17.2f} {cpu:>12.2f} {stage * 1000:>12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
