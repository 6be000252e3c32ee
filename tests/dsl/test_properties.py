"""Property tests on generated schemas: fmt is idempotent and keeps the AIR;
the printer round-trips; mutated and random input never raises a traceback.

Example counts are modest by default; set SQLXC_HYPOTHESIS_EXAMPLES for more.
"""
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sqlxc.dsl import Source, check_sources, compile_text
from sqlxc.dsl.fmt import format_text
from sqlxc.dsl.printer import to_sqlx
from sqlxc.errors import CompileError

EXAMPLES = int(os.environ.get("SQLXC_HYPOTHESIS_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
ROOT = Path(__file__).resolve().parents[2]

NAMES = st.sampled_from(["a", "b", "c", "d", "e", "f", "total", "name", "select", "my col", "x`y", 'q"r'])
TYPES = st.sampled_from(["int", "integer", "bigint", "text", "varchar(20)", "decimal(10,2)", "boolean",
                         "timestamptz", "date", "float(10)", "int unsigned", "char(2)", "text[]", "json"])
DEFAULTS = {"int": ["0", "-1", "(1 + 2)"], "integer": ["7"], "bigint": ["(10)"], "text": ["'x'", "'it''s'"],
            "varchar(20)": ["'abc'"], "decimal(10,2)": ["0", "1.50"], "boolean": ["true", "false"],
            "timestamptz": ["now()", "current_timestamp"], "date": ["current_date"]}
DECORATORS = st.sampled_from(["", "@pii", "@pii @sensitivity(high)", '@comment("c\\n\\"x\\"")', "@unique",
                              '@tag(k="v")', "@renamed_from(old)", '@collate("C")'])
COMMENTS = st.sampled_from(["", "  // note", "  -- other", "  // é ✓"])


def _q(name: str) -> str:
    from sqlxc.dsl.printer import ident

    return ident(name)


@st.composite
def tables(draw, index: int):
    cols = draw(st.lists(NAMES, min_size=1, max_size=5, unique=True))
    lines = [f"table t{index} {{" + draw(COMMENTS)]
    for k, name in enumerate(cols):
        typ = draw(TYPES)
        nullable = draw(st.booleans())
        parts = [_q(name), typ + ("?" if nullable else "")]
        if k == 0 and not nullable:
            parts.append("@pk")
        if typ in DEFAULTS and draw(st.booleans()):
            parts.append("= " + draw(st.sampled_from(DEFAULTS[typ])))
        dec = draw(DECORATORS)
        if dec:
            parts.append(dec)
        if typ in ("int", "integer") and draw(st.booleans()):
            parts.append(f"check ({_sql_name(name)} > 0)")
        lines.append(" " * draw(st.integers(1, 6)) + "   ".join(parts) + draw(COMMENTS))
    if len(cols) > 1 and draw(st.booleans()):
        lines.append(f"  index ({_q(cols[1])} desc)" + draw(COMMENTS))
    if draw(st.booleans()):
        lines.append("  mysql { engine = \"InnoDB\" }")
    lines.append("}" + draw(COMMENTS))
    return "\n".join(lines)


def _sql_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'  # quoted: "select" is a name here, not SQL


@st.composite
def schemas(draw):
    n = draw(st.integers(1, 4))
    parts = [draw(tables(i)) for i in range(n)]
    if draw(st.booleans()):
        parts.insert(0, "// header\n\nenum mood { happy, sad }")
    if draw(st.booleans()):
        parts.append('view v = """SELECT 1 AS one"""')
    sep = draw(st.sampled_from(["\n", "\n\n", "\n\n\n// between\n"]))
    return sep.join(parts) + "\n"


@SETTINGS
@given(schemas())
def test_fmt_is_idempotent_and_keeps_meaning(text):
    before = compile_text(text)
    once = format_text(text)
    assert format_text(once) == once
    assert compile_text(once) == before
    for marker in ("// note", "-- other", "// between", "// header", "// é ✓"):
        assert text.count(marker) == once.count(marker)


@SETTINGS
@given(schemas())
def test_printer_round_trips(text):
    schema = compile_text(text)
    assert compile_text(to_sqlx(schema)) == schema


def _never_raises(text: str) -> None:
    check_sources([Source("fuzz.sqlx", text)])
    try:
        format_text(text, "fuzz.sqlx")
    except CompileError:
        pass


SEED = (ROOT / "tests" / "dsl" / "golden" / "facets.sqlx").read_text(encoding="utf-8")


@SETTINGS
@given(st.data())
def test_mutated_input_never_raises(data):
    text = SEED
    for _ in range(data.draw(st.integers(1, 6))):
        pos = data.draw(st.integers(0, len(text)))
        op = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        chunk = data.draw(st.sampled_from(['"', "'", "(", ")", "{", "}", "@", "-", "`", '"""', "\n", "x",
                                           "\0", "é", "table", ",", "?", "->", "[]", "//"]))
        if op == "delete":
            text = text[:pos] + text[pos + data.draw(st.integers(1, 20)):]
        elif op == "insert":
            text = text[:pos] + chunk + text[pos:]
        else:
            text = text[:pos] + chunk + text[pos + len(chunk):]
    _never_raises(text)


@SETTINGS
@given(st.text(max_size=300))
def test_random_text_never_raises(text):
    _never_raises(text)


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(tmp_path_factory, data):
    from sqlxc.dsl import check_paths

    path = tmp_path_factory.mktemp("fuzz") / "f.sqlx"
    path.write_bytes(data)
    diags = check_paths([path])
    assert all(d.location is not None for d in diags)


@SETTINGS
@given(st.data())
def test_fmt_keeps_comments_placed_anywhere(data):
    """A comment put at any whitespace of a real schema survives fmt, once, and
    fmt stays idempotent and meaning-preserving."""
    import re

    text = data.draw(st.sampled_from([SEED] + [p.read_text(encoding="utf-8")
                                               for p in sorted((ROOT / "schema").glob("*.sqlx"))]))
    spots = [m.start() for m in re.finditer(r"\s", text)]
    chosen = data.draw(st.lists(st.sampled_from(spots), min_size=1, max_size=4, unique=True))
    for i, pos in enumerate(sorted(chosen, reverse=True)):
        text = text[:pos] + f" // note{i}\n" + text[pos:]
    try:
        before = compile_text(text)
    except CompileError:
        return  # the comment landed inside a string or a view body and changed it
    once = format_text(text)
    assert format_text(once) == once
    assert compile_text(once) == before
    for i in range(len(chosen)):
        assert once.count(f"// note{i}") == text.count(f"// note{i}")
