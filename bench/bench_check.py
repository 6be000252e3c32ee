"""Benchmark ``sqlxc check``: wall time and peak memory, median of 5 runs.

    python bench/bench_check.py [--sizes 200,2000,10000,50000] [--runs 5]

For each size it writes a schema with bench/gen_schema.py, then times
``sqlxc check`` cold (empty caches: every file parsed, every expression
through sqlglot) once, and warm (the usual case: an edit-check loop, caches
filled) ``--runs`` times; plus ``sqlxc --version`` for the start-up floor.
Peak RSS comes from wait4(), so each row is one real process.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_schema import generate


def _sqlxc() -> list[str]:
    exe = shutil.which("sqlxc", path=str(Path(sys.executable).parent)) or shutil.which("sqlxc")
    return [exe] if exe else [sys.executable, "-m", "sqlxc"]


def run_once(argv: list[str], env: dict) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak RSS MiB, exit code) of one process. CPU time
    (user + system) is what the process itself cost, also on a busy machine."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def measure(argv: list[str], env: dict, runs: int) -> tuple[float, float, float, int]:
    results = [run_once(argv, env) for _ in range(runs)]
    return (*(statistics.median(r[i] for r in results) for i in range(3)), max(r[3] for r in results))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200,2000,10000,50000")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sqlxc = _sqlxc()
    work = Path(tempfile.mkdtemp(prefix="sqlxc-bench-"))
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have .pyc files; measure that
    rows = []
    try:
        env["SQLXC_CACHE_DIR"] = str(work / "cache-version")
        run_once(sqlxc + ["--version"], env)  # compile .pyc files once
        wall, cpu, rss, _ = measure(sqlxc + ["--version"], env, args.runs)
        rows.append(("sqlxc --version", "-", "-", "-", "-", f"{wall:.3f}", f"{cpu:.3f}", f"{rss:.1f}"))
        for n in (int(s) for s in args.sizes.split(",")):
            folder = work / f"schema-{n}"
            folder.mkdir()
            files = generate(n)
            for name, text in files.items():
                (folder / name).write_text(text, encoding="utf-8")
            size = sum(len(t.encode()) for t in files.values())
            env["SQLXC_CACHE_DIR"] = str(work / f"cache-{n}")
            cold, cold_cpu, cold_rss, rc = run_once(sqlxc + ["check", str(folder)], env)
            wall, cpu, rss, rc2 = measure(sqlxc + ["check", str(folder)], env, args.runs)
            rows.append((f"sqlxc check ({n} objects)", f"{size / 1024:.0f} KiB", f"{cold:.3f}",
                         f"{cold_cpu:.3f}", f"{cold_rss:.1f}", f"{wall:.3f}", f"{cpu:.3f}", f"{rss:.1f}"))
            if rc or rc2:
                print(f"warning: sqlxc check exited {rc or rc2} on {n} objects", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = ("command", "input", "cold wall s", "cold CPU s", "cold RSS MiB", "warm wall s (median)",
            "warm CPU s (median)", "warm RSS MiB")
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
