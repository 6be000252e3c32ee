"""A written type (``varchar(320)``, ``int unsigned``, ``enum('a','b')``,
``interval(day to second, 3)``, ``text[]``) -> canonical neutral type facts."""
from __future__ import annotations

from sqlxc.air.types import CANONICAL, canonical_name
from sqlxc.dsl import ast as A

NUMERIC = {"tinyint", "smallint", "mediumint", "integer", "bigint", "numeric", "real", "double",
           "serial", "smallserial", "bigserial"}
INTERVAL_FIELDS = {"year", "month", "day", "hour", "minute", "second", "year to month", "day to hour",
                   "day to minute", "day to second", "hour to minute", "hour to second", "minute to second"}
SERIAL_BASE = {"serial": "integer", "bigserial": "bigint", "smallserial": "smallint"}


class TypeProblem(Exception):
    def __init__(self, code: str, message: str, hint: str):
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


def resolve_type(t: A.TypeRef, enums: set[str]) -> dict:
    """Canonical facts for ``t``: name, args, unsigned, zerofill, values, fields, array.

    Raises TypeProblem (E201 unknown, E202 malformed)."""
    written = t.name
    name = canonical_name(written)
    if name is None:
        # inspect writes a quoted type name as the server prints it: "\"Money Amount\""
        if written in enums or _unquoted(written) in enums:
            if t.args:
                raise TypeProblem("E202", f"enum type {written} takes no arguments", "remove the parentheses")
            return _facts(written, t)
        raise TypeProblem("E201", f"unknown type {written!r}",
                          "use a builtin type (see docs/language.md, types), declare `enum "
                          f"{written} {{ … }}`, or a postgres domain or extension that brings it")
    if name in ("enum", "set"):
        return _inline_values(name, t)
    nums = [a for a, k in zip(t.args, t.arg_kinds) if k == "num"]
    words = [a for a, k in zip(t.args, t.arg_kinds) if k == "words"]
    if len(nums) + len(words) != len(t.args):
        raise TypeProblem("E202", f"{written} takes numbers, not strings", f"e.g. {written}(10)")
    fields = None
    if words:
        if name != "interval" or len(words) > 1 or t.arg_kinds[0] != "words":
            raise TypeProblem("E202", f"unexpected word in {written}(…)",
                              "only interval takes fields, first: interval(day to second, 3)")
        fields = words[0]
        if fields not in INTERVAL_FIELDS:
            raise TypeProblem("E202", f"unknown interval fields {fields!r}",
                              "e.g. year, day to second, hour to minute")
    args = []
    for n in nums:
        if not n.isdigit():
            raise TypeProblem("E202", f"{written} arguments must be whole numbers, not {n}", f"e.g. {written}(10)")
        args.append(int(n))
    if written.lower() == "float" and len(args) == 1:  # float(p): precision in bits
        name, args = ("real" if args[0] <= 24 else "double"), []
    lo, hi = CANONICAL[name]
    if not lo <= len(args) <= hi:
        want = f"{lo}" if lo == hi else (f"at most {hi}" if lo == 0 else f"{lo} to {hi}")
        raise TypeProblem("E202", f"{written} takes {want} argument{'s' if hi != 1 else ''}, not {len(args)}",
                          _example(name))
    if (t.unsigned or t.zerofill) and name not in NUMERIC:
        raise TypeProblem("E202", f"unsigned/zerofill apply to numeric types, not {written}",
                          "remove unsigned/zerofill")
    facts = _facts(name, t)
    facts["args"] = tuple(args)
    facts["fields"] = fields
    return facts


def _facts(name: str, t: A.TypeRef) -> dict:
    return {"name": name, "args": (), "unsigned": t.unsigned, "zerofill": t.zerofill,
            "values": (), "fields": None, "array": t.array}


def _inline_values(name: str, t: A.TypeRef) -> dict:
    if not t.args or any(k != "str" for k in t.arg_kinds):
        raise TypeProblem("E202", f"{name}(…) lists its values as strings", f"e.g. {name}('a', 'b')")
    if len(set(t.args)) != len(t.args):
        raise TypeProblem("E202", f"{name}(…) lists a value twice", "remove the duplicate")
    facts = _facts(name, t)
    facts["values"] = tuple(t.args)
    return facts


def _example(name: str) -> str | None:
    hi = CANONICAL[name][1]
    if hi == 0:
        return f"write {name} without arguments"
    return f"e.g. {name}({', '.join(['10', '2'][:hi])})"


def fk_comparable(t: dict) -> tuple:
    """What must match between a foreign key column and the column it references."""
    return (SERIAL_BASE.get(t["name"], t["name"]), t["unsigned"], t["array"])


# Types PostgreSQL compares with one another in one btree operator family, so a foreign
# key between two of them is valid there (an integer column referencing a bigint id, as
# schemas keep after their ids grew); MySQL wants the same size and sign.
_FK_FAMILY = {"smallint": "integer", "integer": "integer", "bigint": "integer", "varchar": "text", "text": "text"}


def fk_family(t: dict) -> tuple:
    """What a foreign key column and the column it references must share on every server."""
    name = SERIAL_BASE.get(t["name"], t["name"])
    return (_FK_FAMILY.get(name, name), t["unsigned"], t["array"])


def _unquoted(name: str) -> str:
    if len(name) >= 2 and name[0] == '"' and name[-1] == '"':
        return name[1:-1].replace('""', '"')
    return name
