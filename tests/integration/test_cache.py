"""The build cache and depfiles (sqlxc.cache)."""
from __future__ import annotations

import json
import os

import pytest

from sqlxc import cache
from sqlxc.errors import UsageError


@pytest.fixture
def project(tmp_path):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "app.sqlx").write_text("table t { id int @pk }\n")
    (tmp_path / "sqlx.toml").write_text("[sqlxc]\n")
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "0001.json").write_text("{}\n")
    return tmp_path


INPUTS = ["schema/app.sqlx", "sqlx.toml", "sqlx.lock"]
OUTPUTS = ["migrations/0001.json"]


def test_miss_then_hit(project):
    assert cache.lookup(INPUTS, root=project) is None
    assert cache.store(INPUTS, OUTPUTS, {"plans": 1}, root=project) is True
    assert cache.lookup(INPUTS, root=project) == {"plans": 1}


def test_edited_input_misses(project):
    cache.store(INPUTS, OUTPUTS, {"plans": 1}, root=project)
    (project / "schema" / "app.sqlx").write_text("table t { id bigint @pk }\n")
    assert cache.lookup(INPUTS, root=project) is None


def test_input_appearing_misses(project):
    # sqlx.lock did not exist when stored: its creation is a change
    cache.store(INPUTS, OUTPUTS, {}, root=project)
    (project / "sqlx.lock").write_text("{}")
    assert cache.lookup(INPUTS, root=project) is None


def test_input_order_does_not_matter(project):
    cache.store(INPUTS, OUTPUTS, {"n": 2}, root=project)
    assert cache.lookup(list(reversed(INPUTS)), root=project) == {"n": 2}


def test_absolute_and_relative_inputs_agree(project):
    cache.store(INPUTS, OUTPUTS, {"n": 3}, root=project)
    assert cache.lookup([project / p for p in INPUTS], root=project) == {"n": 3}


def test_extra_settings_are_part_of_the_key(project):
    cache.store(INPUTS, OUTPUTS, {"d": "pg"}, extra={"dialects": "postgres"}, root=project)
    assert cache.lookup(INPUTS, extra={"dialects": "postgres,mysql"}, root=project) is None
    assert cache.lookup(INPUTS, extra={"dialects": "postgres"}, root=project) == {"d": "pg"}


def test_deleted_output_misses(project):
    cache.store(INPUTS, OUTPUTS, {}, root=project)
    (project / "migrations" / "0001.json").unlink()
    assert cache.lookup(INPUTS, root=project) is None


def test_edited_output_misses(project):
    cache.store(INPUTS, OUTPUTS, {}, root=project)
    (project / "migrations" / "0001.json").write_text('{"tampered": true}\n')
    assert cache.lookup(INPUTS, root=project) is None


def test_version_is_part_of_the_key(project, monkeypatch):
    cache.store(INPUTS, OUTPUTS, {}, root=project)
    monkeypatch.setattr(cache, "__version__", "99.0")
    assert cache.lookup(INPUTS, root=project) is None


def test_corrupt_entry_is_a_miss(project):
    cache.store(INPUTS, OUTPUTS, {}, root=project)
    [entry] = (project / ".sqlxc-cache" / "build").glob("*.json")
    entry.write_text("{not json")
    assert cache.lookup(INPUTS, root=project) is None
    entry.write_text(json.dumps({"outputs": "wrong shape"}))
    assert cache.lookup(INPUTS, root=project) is None


def test_unwritable_cache_does_not_fail(project):
    (project / ".sqlxc-cache").write_text("a file where the folder should be")
    assert cache.store(INPUTS, OUTPUTS, {}, root=project) is False
    assert cache.lookup(INPUTS, root=project) is None


def test_prunes_old_entries(project):
    for i in range(cache.KEEP + 5):
        (project / "schema" / "app.sqlx").write_text(f"table t{i} {{ id int @pk }}\n")
        cache.store(INPUTS, OUTPUTS, {"i": i}, root=project)
        entry = max((project / ".sqlxc-cache" / "build").glob("*.json"), key=os.path.getmtime)
        os.utime(entry, (1_000_000 + i, 1_000_000 + i))  # deterministic ages
    assert len(list((project / ".sqlxc-cache" / "build").glob("*.json"))) == cache.KEEP
    # the newest survives
    assert cache.lookup(INPUTS, root=project) == {"i": cache.KEEP + 4}


def test_clear(project):
    cache.store(INPUTS, OUTPUTS, {}, root=project)
    assert cache.clear(root=project) == 1
    assert cache.lookup(INPUTS, root=project) is None
    assert cache.clear(root=project) == 0


def test_depfile_text_exact():
    text = cache.depfile_text("sqlx.lock", ["schema/b.sqlx", "schema/a b.sqlx", "sqlx.toml",
                                           "schema/b.sqlx", "schema/c$#.sqlx"])
    assert text == (
        "sqlx.lock: \\\n"
        " schema/a\\ b.sqlx \\\n"
        " schema/b.sqlx \\\n"
        " schema/c$$\\#.sqlx \\\n"
        " sqlx.toml\n"
        "\nschema/a\\ b.sqlx:\n"
        "\nschema/b.sqlx:\n"
        "\nschema/c$$\\#.sqlx:\n"
        "\nsqlx.toml:\n"
    )


def test_write_depfile_is_read_by_make(tmp_path):
    import shutil
    import subprocess

    if not shutil.which("make"):
        pytest.skip("make is not installed")
    (tmp_path / "in put.sqlx").write_text("x")
    cache.write_depfile(tmp_path / "deps" / "out.d", "out", ["in put.sqlx"])
    (tmp_path / "Makefile").write_text("out:\n\ttouch out\n-include deps/out.d\n")
    subprocess.run(["make", "-s"], cwd=tmp_path, check=True)
    assert (tmp_path / "out").exists()
    # up to date now; touching the dependency makes it stale again
    q = subprocess.run(["make", "-q"], cwd=tmp_path, check=False)
    assert q.returncode == 0
    os.utime(tmp_path / "in put.sqlx", (os.path.getmtime(tmp_path / "out") + 10,) * 2)
    assert subprocess.run(["make", "-q"], cwd=tmp_path, check=False).returncode == 1
    # a deleted input does not break make (the empty rules)
    (tmp_path / "in put.sqlx").unlink()
    subprocess.run(["make", "-s"], cwd=tmp_path, check=True)


def test_write_depfile_unwritable(tmp_path):
    (tmp_path / "f").write_text("")
    with pytest.raises(UsageError) as err:
        cache.write_depfile(tmp_path / "f" / "out.d", "out", ["a"])
    assert err.value.message.startswith(f"cannot write the depfile {tmp_path / 'f' / 'out.d'}: ")


def test_project_inputs(tmp_path):
    from sqlxc import config as project_config

    (tmp_path / "sqlx.toml").write_text('schema = ["schema", "extra.sqlx"]\n')
    (tmp_path / "schema" / "sub").mkdir(parents=True)
    for name in ("schema/b.sqlx", "schema/sub/a.sqlx", "extra.sqlx", "schema/notes.md"):
        (tmp_path / name).write_text("")
    cfg = project_config.load(tmp_path / "sqlx.toml")
    root = tmp_path.resolve()
    assert cache.project_inputs(cfg) == sorted([root / "schema" / "b.sqlx", root / "schema" / "sub" / "a.sqlx",
                                                root / "extra.sqlx", root / "sqlx.toml", root / "sqlx.lock"])
