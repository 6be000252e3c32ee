"""The wheel carries grammar/ and templates/: build it, install it into a fresh
directory and run `sqlxc build` from there on a copy of the example schema.
An editable install would hide a missing data file, so this uses the wheel only."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def test_wheel_ships_data_and_builds_the_example(tmp_path):
    dist = tmp_path / "dist"
    res = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                "-w", str(dist), str(REPO)])
    assert res.returncode == 0, res.stderr
    wheel = next(dist.glob("sqlxc-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "sqlxc/_grammar/sqlx.lark" in names
    assert any(n.startswith("sqlxc/_templates/postgres/") and n.endswith(".j2") for n in names)
    assert any(n.startswith("sqlxc/_templates/mysql/") and n.endswith(".j2") for n in names)

    site = tmp_path / "site"
    res = _run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)])
    assert res.returncode == 0, res.stderr

    project = tmp_path / "project"
    shutil.copytree(REPO / "schema", project / "schema")
    env = {**os.environ, "PYTHONPATH": str(site), "SOURCE_DATE_EPOCH": "0"}
    where = _run([sys.executable, "-c", "import sqlxc; print(sqlxc.__file__)"], cwd=project, env=env)
    assert where.stdout.startswith(str(site)), where.stdout + where.stderr

    res = _run([sys.executable, "-m", "sqlxc", "build"], cwd=project, env=env)
    assert res.returncode == 0, res.stdout + res.stderr
    assert (project / "sqlx.lock").is_file()
    plans = sorted(p.name for p in (project / "migrations").rglob("*.plan.json"))
    assert plans == ["mysql.plan.json", "postgres.plan.json"]
