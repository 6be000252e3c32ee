"""sqlxc check / fmt / compile: exit codes, output formats, bad input."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sqlxc.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
GOOD = "table t {\n  id int @pk\n}\n"
BAD = "table t {\n  id int @pk\n  b foo\n}\n"


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_check_example_schema_is_clean(capsys):
    assert main(["check", str(ROOT / "schema")]) == 0
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_check_reports_errors_text(tmp_path, capsys):
    p = _write(tmp_path, "bad.sqlx", BAD)
    assert main(["check", str(p)]) == 1
    err = capsys.readouterr().err
    assert err == (f"{p.as_posix()}:3:5: error E201: unknown type 'foo'\n"
                   "     3 |   b foo\n"
                   "       |     ^^^\n"
                   "  hint: use a builtin type (see docs/language.md, types), declare `enum foo { … }`, or a postgres domain or extension that brings it\n"
                   "sqlxc: 1 error(s), 0 warning(s)\n")


def test_check_json(tmp_path, capsys):
    p = _write(tmp_path, "bad.sqlx", BAD)
    assert main(["check", "--format", "json", str(p)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data == {"diagnostics": [{
        "code": "E201", "severity": "error", "message": "unknown type 'foo'", "file": p.as_posix(),
        "line": 3, "column": 5,
        "hint": "use a builtin type (see docs/language.md, types), declare `enum foo { … }`, or a postgres domain or extension that brings it"}]}


def test_check_github(tmp_path, capsys):
    p = _write(tmp_path, "bad.sqlx", BAD)
    assert main(["check", "--format", "github", str(p)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"::error file={p.as_posix()},line=3,col=5,title=E201::unknown type 'foo'")


def test_warnings_do_not_fail(tmp_path, capsys):
    p = _write(tmp_path, "w.sqlx", "table t {\n  a int\n}\n")
    assert main(["check", str(p)]) == 0
    assert "warning W301: table 't' has no primary key" in capsys.readouterr().err


def test_check_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "xml"])
    assert exc.value.code == 2


@pytest.mark.parametrize("content,code", [
    (b"\x00\x01\x02binary", "E005"),
    (b"table t { a int }\xff", "E002"),
    (b"table t { a text = 'open", "E103"),
    (b"table t {", "E104"),
    (b"table t { a int check " + b"(" * 50000 + b")" * 50000 + b" }", "E106"),
    (b"table t { a int check " + b"(" * 300 + b"1" + b")" * 300 + b" }", "E218"),
])
def test_bad_input_is_located_never_a_traceback(tmp_path, capsys, content, code):
    p = tmp_path / "x.sqlx"
    p.write_bytes(content)
    assert main(["check", str(p)]) == 1
    err = capsys.readouterr().err
    assert f"{p.as_posix()}:1:" in err and code in err and "Traceback" not in err


def test_huge_file_is_refused(tmp_path, capsys):
    p = tmp_path / "big.sqlx"
    p.write_bytes(b"// x\n" * (2 * 1024 * 1024 + 1))
    assert main(["check", str(p)]) == 1
    assert "error E003: file is 10 MiB; the limit is 8 MiB" in capsys.readouterr().err


def test_empty_directory(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 1
    assert "error E004: no .sqlx files in this directory" in capsys.readouterr().err


def test_compile_emits_canonical_air(tmp_path, capsys):
    p = _write(tmp_path, "g.sqlx", GOOD)
    assert main(["compile", str(p), "--emit", "air"]) == 0
    assert capsys.readouterr().out == '{"tables":[{"columns":[{"name":"id","type":{"name":"integer"}}],' \
                                      '"name":"t","primary_key":{"columns":["id"]}}]}\n'


def test_compile_bad_input_exits_1(tmp_path, capsys):
    p = _write(tmp_path, "b.sqlx", BAD)
    assert main(["compile", str(p)]) == 1
    assert "E201" in capsys.readouterr().err


def test_fmt_check_and_rewrite(tmp_path, capsys):
    p = _write(tmp_path, "f.sqlx", "table t {  // keep me\n id   int @pk\n  name text?\n}\n")
    assert main(["fmt", "--check", str(p)]) == 1
    assert capsys.readouterr().out == f"would reformat {p.as_posix()}\n"
    assert main(["fmt", str(p)]) == 0
    assert p.read_text() == "table t {  // keep me\n  id    int  @pk\n  name  text?\n}\n"
    assert main(["fmt", "--check", str(p)]) == 0


def test_fmt_syntax_error_exits_1(tmp_path, capsys):
    p = _write(tmp_path, "f.sqlx", "table t {")
    assert main(["fmt", str(p)]) == 1
    assert "E104" in capsys.readouterr().err
    assert p.read_text() == "table t {"


def test_example_schema_is_formatted():
    assert main(["fmt", "--check", str(ROOT / "schema")]) == 0


def test_check_on_a_warm_cache_imports_neither_pydantic_nor_sqlglot(tmp_path):
    env = dict(os.environ, SQLXC_CACHE_DIR=str(tmp_path / "cache"))
    probe = (f"import sys; from sqlxc.cli.main import main; rc = main(['check', {str(ROOT / 'schema')!r}]); "
             "print(rc, 'pydantic' in sys.modules, 'sqlglot' in sys.modules)")
    run = [sys.executable, "-c", probe]
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=False)
    second = subprocess.run(run, env=env, capture_output=True, text=True, check=False)
    assert first.stdout.split() == ["0", "False", "True"]
    assert second.stdout.split() == ["0", "False", "False"]


def test_ast_cache_hit_and_corrupt_entry(tmp_path, monkeypatch):
    from sqlxc.air.canonical import canonical_json
    from sqlxc.dsl import compile_text

    monkeypatch.setenv("SQLXC_CACHE_DIR", str(tmp_path))
    text = (ROOT / "tests" / "dsl" / "golden" / "facets.sqlx").read_text(encoding="utf-8")
    cold = canonical_json(compile_text(text, "f.sqlx"))
    entries = list((tmp_path / "ast").glob("*.pickle"))
    assert len(entries) == 1
    assert canonical_json(compile_text(text, "f.sqlx")) == cold  # from the cache
    entries[0].write_bytes(b"not a pickle")
    assert canonical_json(compile_text(text, "f.sqlx")) == cold  # a corrupt entry is a miss


def test_a_file_named_twice_is_read_once(capsys):
    accounts = ROOT / "schema" / "accounts.sqlx"
    assert main(["check", str(ROOT / "schema"), str(accounts), str(accounts)]) == 0
