"""The PostgreSQL dry run: every step runs on a schema-only scratch copy of the
live database (pg_dump --schema-only into a new database on the same server),
never on the live tables, which a rolled-back transaction would still lock and
rewrite (DESIGN, Corrections). Transactional steps run the way the real run
runs them, through the trash, so its extra statements are tried too."""
from __future__ import annotations

import os
import shutil
import subprocess
import uuid

from sqlxc.apply.session import StepFailed, open_session
from sqlxc.connection import DbUrl
from sqlxc.errors import DatabaseError


class DryRunFailed(Exception):
    def __init__(self, step, message: str):
        super().__init__(message)
        self.step = step
        self.message = message


def _dump_schema(url: DbUrl) -> str:
    exe = shutil.which("pg_dump")
    if exe is None:
        raise DatabaseError("the dry run needs pg_dump, which is not on PATH",
                            hint="install the PostgreSQL client tools (postgresql-client)")
    env = dict(os.environ)
    args = [exe, "--schema-only", "--no-owner", "--no-privileges", "--no-comments"]
    host = url.param("host") or url.host
    for flag, value in (("-h", host), ("-p", url.port), ("-U", url.user)):
        if value:
            args += [flag, str(value)]
    if url.password:
        env["PGPASSWORD"] = url.password  # never on the command line, where ps shows it
    args.append(url.database or "postgres")
    done = subprocess.run(args, check=False, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise DatabaseError(f"pg_dump of {url.redacted()} failed: {done.stderr.strip()[:400]}")
    # Comments matter for sqlx tags but not for whether DDL runs; the dump's
    # search_path reset makes every name in it fully qualified. Recent pg_dump
    # releases wrap the script in psql meta-commands (\\restrict): not SQL, dropped.
    return "\n".join(line for line in done.stdout.splitlines() if not line.startswith("\\"))


def dry_run(session, units, run_step) -> None:
    """Run every unit on a scratch copy; raise DryRunFailed naming the first failing step.
    ``run_step(scratch, unit, step)`` runs a transactional step as the real run would."""
    dump = _dump_schema(session.url)
    search_path = session.query("SHOW search_path")[0][0]
    name = "sqlx_dryrun_" + uuid.uuid4().hex[:16]
    session.execute(f'CREATE DATABASE "{name}"')
    try:
        scratch = open_session(session.url.with_database(name))
        try:
            scratch.execute(dump)
            scratch.execute(f"SET search_path TO {search_path}")  # the dump cleared it
            for unit in units:
                _run(scratch, unit, run_step)
        finally:
            scratch.close()
    finally:
        session.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(scratch, unit, run_step) -> None:
    if unit.transactional:
        scratch.begin()
    for step in unit.steps:
        try:
            if unit.transactional:
                run_step(scratch, unit, step)
            else:
                scratch.execute(step.ddl)
        except StepFailed as exc:
            if unit.transactional:
                scratch.rollback()
            raise DryRunFailed(step, exc.message) from None
    if unit.transactional:
        scratch.commit()
