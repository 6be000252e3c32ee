"""``sqlxc build`` / ``--check``, sqlx.lock, sqlx.toml, and ``migrate diff`` between
file sources: exact files, exit codes and messages."""
from __future__ import annotations

import json
import shutil

import pytest

from sqlxc.cli.main import main

SCHEMA = "table users {\n  id bigint @pk @auto\n  email varchar(100)\n}\n"
CONFIG = 'schema = ["schema"]\ndialects = ["postgres", "mysql"]\n'


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "app.sqlx").write_text(SCHEMA)
    (tmp_path / "sqlx.toml").write_text(CONFIG)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setenv("SQLXC_AUTHOR", "dev@example.com")
    monkeypatch.delenv("SQLXC_SIGNING_KEY", raising=False)
    return tmp_path


def files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "schema" not in p.parts
                  and not any(part.startswith(".") for part in p.relative_to(root).parts)
                  and p.name != "sqlx.toml")


def test_first_build_writes_plans_and_lock(project, capsys):
    assert main(["build"]) == 0
    lock = json.loads((project / "sqlx.lock").read_text())
    folder = f"migrations/0001_{lock['digest'][:8]}"
    assert files(project) == [f"{folder}/{d}.{k}" for d in ("mysql", "postgres")
                              for k in ("down.sql", "plan.json", "up.sql")] + ["sqlx.lock"]
    assert [e["sequence"] for e in lock["chain"]] == [1]
    assert sorted(lock["chain"][0]["plans"]) == ["mysql", "postgres"]
    plan = json.loads((project / folder / "postgres.plan.json").read_text())
    assert (plan["createdAt"], plan["author"], plan["sequence"]) == ("2023-11-14T22:13:20Z", "dev@example.com", 1)
    assert "CREATE TABLE users (" in (project / folder / "postgres.up.sql").read_text()
    assert (project / folder / "postgres.down.sql").read_text().rstrip().endswith("DROP TABLE users;")


def test_nothing_changed_writes_nothing(project, capsys):
    main(["build"])
    before = {p: (project / p).read_bytes() for p in files(project)}
    capsys.readouterr()
    assert main(["build"]) == 0
    assert "nothing to build" in capsys.readouterr().err
    assert {p: (project / p).read_bytes() for p in files(project)} == before
    assert main(["build", "--check"]) == 0


def test_check_lists_what_is_stale(project, capsys):
    assert main(["build", "--check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("stale: sqlx.lock: the schema changed since the last build")
    assert not (project / "migrations").exists() and not (project / "sqlx.lock").exists()


def test_check_detects_an_edited_plan(project, capsys):
    main(["build"])
    plan_file = next(project.glob("migrations/*/postgres.plan.json"))
    data = json.loads(plan_file.read_text())
    data["steps"][0]["ddl"] = "DROP TABLE everything"
    plan_file.write_text(json.dumps(data))
    capsys.readouterr()
    assert main(["build", "--check", "--format", "json"]) == 1
    (item,) = json.loads(capsys.readouterr().out)["stale"]
    assert item.endswith("postgres.plan.json: edited after it was built (sha256 differs from sqlx.lock)")


def test_second_build_holds_only_the_change(project):
    main(["build"])
    (project / "schema" / "app.sqlx").write_text(SCHEMA.replace("varchar(100)", "varchar(200)"))
    assert main(["build"]) == 0
    (second,) = project.glob("migrations/0002_*")
    up = (second / "postgres.up.sql").read_text()
    assert up.split("\n", 2)[2] == (
        "\n-- s0001 alter column users.email\n"
        "ALTER TABLE users ALTER COLUMN email TYPE character varying(200) USING email::character varying(200);\n")
    lock = json.loads((project / "sqlx.lock").read_text())
    assert [e["sequence"] for e in lock["chain"]] == [1, 2]
    assert lock["chain"][1]["from"] == lock["chain"][0]["to"]
    assert sorted(lock["snapshots"]) == ["1"]


def test_rebuild_in_two_copies_is_byte_identical(project, tmp_path_factory, monkeypatch):
    other = tmp_path_factory.mktemp("copy")
    shutil.copytree(project / "schema", other / "schema")
    shutil.copy(project / "sqlx.toml", other / "sqlx.toml")
    main(["build"])
    monkeypatch.chdir(other)
    main(["build"])
    assert files(project) == files(other)
    for p in files(project):
        assert (project / p).read_bytes() == (other / p).read_bytes(), p


def test_migrate_diff_between_versions_and_files(project, capsys):
    main(["build"])
    (project / "schema" / "app.sqlx").write_text(SCHEMA.replace("  email", "  name text?\n  email"))
    capsys.readouterr()
    assert main(["migrate", "diff", "--from", "lock", "--to", "schema", "--dialect", "mysql"]) == 0
    out = capsys.readouterr().out
    assert out.split("\n", 2)[2] == ("\n-- s0001 add column users.name\n"
                                     "ALTER TABLE `users` ADD COLUMN `name` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL AFTER `id`;\n")
    assert main(["migrate", "diff", "--from", "v1", "--to", "lock", "--dialect", "pg", "--exit-code"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["migrate", "diff", "--from", "v0", "--to", "v1", "--dialect", "pg", "--exit-code"]) == 1
    assert "CREATE TABLE users" in capsys.readouterr().out


@pytest.mark.parametrize("config,message", [
    ('dialects = ["oracle"]\n', "sqlx.toml: dialects: unknown dialect 'oracle'"),
    ('[migration]\nfoo = 1\n', "sqlx.toml: unknown key migration.foo"),
    ('[migration]\nddlTimeoutSec = "x"\n', "sqlx.toml: migration.ddlTimeoutSec must be a whole number of seconds, not 'x'"),
    ('schema = []\n', "sqlx.toml: schema must be a path or a non-empty list of paths"),
    ('schema = [\n', "invalid TOML"),
])
def test_bad_config_names_the_key(project, capsys, config, message):
    (project / "sqlx.toml").write_text(config)
    assert main(["build"]) == 2
    assert message in capsys.readouterr().err


def test_migration_keys_both_spellings(project):
    from sqlxc.config import load

    (project / "sqlx.toml").write_text('[migration]\nverifyPolicy = false\nddl_timeout_sec = 30\nstrategy = "online"\n')
    m = load().migration
    assert (m.verify_policy, m.ddl_timeout_sec, m.strategy, m.transactional) == (False, 30, "online", True)


def test_migrate_diff_needs_a_dialect_for_files(project, capsys):
    (project / "sqlx.toml").write_text('dialects = ["postgres", "mysql"]\n')
    assert main(["migrate", "diff", "--from", "schema", "--to", "schema"]) == 2
    assert "which dialect?" in capsys.readouterr().err


def test_unknown_source(project, capsys):
    assert main(["migrate", "diff", "--from", "nope", "--to", "schema", "--dialect", "pg"]) == 2
    assert "nope: not a database URL, lock, vN" in capsys.readouterr().err


def test_missing_version(project, capsys):
    main(["build"])
    capsys.readouterr()
    assert main(["migrate", "diff", "--from", "v7", "--to", "lock", "--dialect", "pg"]) == 1
    assert "v7 does not exist: the lock has v0..v1" in capsys.readouterr().err
