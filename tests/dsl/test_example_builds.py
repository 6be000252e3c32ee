"""The example schema builds on both servers: migrate diff from an empty
database to schema/ prints DDL that the server runs, leaving every table and view."""
from pathlib import Path

import pytest

from sqlxc.cli.main import main
from sqlxc.dsl import compile_paths
from tests.dbs import run_sql

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.db
@pytest.mark.parametrize("fixture", ["pg_url", "mysql_url"])
def test_example_schema_builds(request, capsys, fixture):
    from sqlxc.introspect import introspect

    url = request.getfixturevalue(fixture)
    assert main(["migrate", "diff", "--from", url, "--to", str(ROOT / "schema"), "--format", "sql"]) == 0
    script = capsys.readouterr().out
    assert "CREATE TABLE" in script
    run_sql(url, script)
    live = introspect(url)
    compiled = compile_paths([ROOT / "schema"])
    assert sorted(t.name for t in live.tables if not t.name.startswith("sqlx_")) == sorted(
        t.name for t in compiled.tables)
    assert sorted(v.name for v in live.views) == sorted(v.name for v in compiled.views)
