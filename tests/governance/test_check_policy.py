"""Schema policy rules through `sqlxc check` and `sqlxc build`: each finding at
the table or column it is about; build refuses a schema with policy errors."""
from __future__ import annotations

import json

import pytest

from sqlxc.cli.main import main

UNTAGGED = """\
@owner("crm")
table users {
  id    bigint @pk
  email text @pii
  phone text @pii @sensitivity(low)
}
"""

TAGGED = """\
@owner("crm") @residency("eu") @retention("730d")
table users {
  id    bigint @pk
  email text @pii @sensitivity(high)
}
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schema").mkdir()
    return tmp_path


def write(project, text, toml=None):
    (project / "schema" / "app.sqlx").write_text(text)
    if toml is not None:
        (project / "sqlx.toml").write_text(toml)


def test_check_reports_each_rule_at_its_object(project, capsys):
    write(project, UNTAGGED)
    assert main(["check"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == """\
schema/app.sqlx:2:7: error GOV002: table users: table holding @pii data has no @residency
     2 | table users {
       |       ^^^^^
  hint: add @residency("eu") (where the data may be stored) to the table
schema/app.sqlx:2:7: error GOV003: table users: table holding @pii data has no @retention
     2 | table users {
       |       ^^^^^
  hint: add @retention("730d") (how long rows are kept) to the table
schema/app.sqlx:4:3: error GOV001: column users.email: @pii column has no @sensitivity
     4 |   email text @pii
       |   ^^^^^
  hint: add @sensitivity(low|medium|high|restricted)
schema/app.sqlx:5:3: warning GOV004: column users.phone: @pii column is marked @sensitivity(low)
     5 |   phone text @pii @sensitivity(low)
       |   ^^^^^
  hint: personal data is at least medium
sqlxc: 3 error(s), 1 warning(s)
"""


def test_check_clean_schema_passes(project, capsys):
    write(project, TAGGED)
    assert main(["check"]) == 0
    assert capsys.readouterr() == ("", "")


def test_check_json_carries_location_and_object(project, capsys):
    write(project, UNTAGGED)
    assert main(["check", "--format", "json"]) == 1
    found = [(d["code"], d["object"], d["line"], d["column"], d["severity"])
             for d in json.loads(capsys.readouterr().out)["diagnostics"]]
    assert found == [("GOV002", "users", 2, 7, "error"), ("GOV003", "users", 2, 7, "error"),
                     ("GOV001", "users.email", 4, 3, "error"), ("GOV004", "users.phone", 5, 3, "warning")]


def test_configured_rules_severity_and_disabled(project, capsys):
    toml = """\
schema = ["schema"]
[policy]
disable = ["GOV002", "GOV003"]
severity = { GOV001 = "warning" }
[[policy.rules]]
id = "ORG100"
on = "table"
pii = true
require = ["tag:cost_center"]
reason = "every PII table names its cost center"
"""
    write(project, UNTAGGED, toml)
    assert main(["check", "--format", "json"]) == 1
    found = [(d["code"], d["object"], d["line"], d["severity"])
             for d in json.loads(capsys.readouterr().out)["diagnostics"]]
    assert found == [("ORG100", "users", 2, "error"), ("GOV001", "users.email", 4, "warning"),
                     ("GOV004", "users.phone", 5, "warning")]


def test_check_bad_policy_config_exits_2(project, capsys):
    write(project, TAGGED, '[[policy.rules]]\nid = "ORG1"\non = "table"\nreason = "r"\n')
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "sqlx.toml: policy rule ORG1: require lists the tags a matching table must carry" in err
    assert "Traceback" not in err


def test_policy_runs_beside_syntax_errors_elsewhere(project, capsys):
    """One run shows everything to fix: a type error does not hide a tag finding."""
    write(project, UNTAGGED.replace("id    bigint", "id    bigintt"))
    assert main(["check", "--format", "json"]) == 1
    codes = [d["code"] for d in json.loads(capsys.readouterr().out)["diagnostics"]]
    assert "GOV001" in codes and len(codes) == 5


def test_build_refuses_policy_errors_and_writes_nothing(project, capsys):
    write(project, UNTAGGED, 'schema = ["schema"]\ndialects = ["postgres"]\n')
    assert main(["build", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "schema/app.sqlx:4:3: error GOV001: column users.email: @pii column has no @sensitivity" in err
    assert "warning GOV004" not in err  # warnings do not stop a build
    assert not (project / "sqlx.lock").exists() and not (project / "migrations").exists()
    write(project, TAGGED)
    assert main(["build", "--no-cache"]) == 0
    assert (project / "sqlx.lock").exists()


def test_build_says_when_an_asked_for_signature_could_not_be_made(project, capsys, monkeypatch):
    """No trusted keys configured, but SQLXC_SIGNING_KEY is set: the user asked for
    signing, so an unusable key is a note, not silence."""
    write(project, TAGGED, 'schema = ["schema"]\ndialects = ["postgres"]\n')
    monkeypatch.setenv("SQLXC_SIGNING_KEY", str(project / "missing.key"))
    assert main(["build", "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert f"not signed: SQLXC_SIGNING_KEY: no key file at {project / 'missing.key'}" in err
    monkeypatch.delenv("SQLXC_SIGNING_KEY")
    write(project, TAGGED.replace("@pk", "@pk @comment(\"id\")"))
    assert main(["build", "--no-cache"]) == 0
    assert "not signed" not in capsys.readouterr().err  # not asked for: no noise
