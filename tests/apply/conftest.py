"""Fixtures for applier tests: a trusted signing key and its sqlx.toml, plans
written by hand (steps with literal DDL, as the applier sees any plan), and
the CLI run in-process."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from sqlxc.plan.model import MigrationPlan, MigrationStep, dumps_plan, with_id


@dataclass
class Signer:
    key: object
    config: dict
    config_path: Path

    def sign(self, plan: MigrationPlan) -> MigrationPlan:
        from sqlxc.sign import sign_plan

        return sign_plan(with_id(plan), self.key, self.config)


@pytest.fixture(scope="session")
def signer(tmp_path_factory) -> Signer:
    from sqlxc.sign import generate_key, load_key

    folder = tmp_path_factory.mktemp("keys")
    new = generate_key("deployer", folder / "deployer.key")
    config = {"trust": {"keys": [{"id": "deployer", "public_key": new.public_key, "roles": ["data.steward"]}]}}
    path = folder / "sqlx.toml"
    path.write_text(new.trust_entry().replace("[[trust.keys]]", "[[trust.keys]]") + "\n[migration]\nddlTimeoutSec = 30\n")
    return Signer(load_key(str(new.path)), config, path)


def step(n: int, kind: str, obj: str, ddl: str, rollback: str, *, op: str = "create",
         entity: str = "table", transactional: bool = True) -> MigrationStep:
    return MigrationStep(id=f"s{n:04d}", op=op, entity=entity, kind=kind, object=obj, ddl=ddl,
                         rollback=rollback, transactional=transactional)


def plan(dialect: str, steps, *, from_: str, to: str, server: str | None = None) -> MigrationPlan:
    return MigrationPlan.model_validate({"from": from_, "to": to, "dialect": dialect, "server": server,
                                         "steps": [s.model_dump(by_alias=True) for s in steps]})


def write_plan(path: Path, p: MigrationPlan) -> Path:
    path.write_text(dumps_plan(p))
    return path


def rows_of(url: str, sql: str) -> list[tuple]:
    from sqlxc.connection import connect, parse_url

    conn = connect(parse_url(url))
    try:
        cur = conn.cursor()
        cur.execute(sql)
        return [tuple(r) for r in cur.fetchall()]
    finally:
        conn.close()


def tables_of(url: str) -> list[str]:
    from sqlxc.connection import parse_url

    if parse_url(url).dialect == "postgres":
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
    else:
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1"
    return [r[0] for r in rows_of(url, sql)]


@pytest.fixture
def cli(capsys):
    """Run ``sqlxc`` in-process: returns (exit code, stdout, stderr)."""
    from sqlxc.cli.main import main

    def run(*argv: str):
        code = main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def events(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
