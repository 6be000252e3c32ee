"""Write an N-object .sqlx schema for benchmarks: ``python bench/gen_schema.py N [OUT_DIR]``.

Objects are tables, columns, indexes, foreign keys and views, in the mix a
real application has (a table of ~6 columns, an index, an FK to an earlier
table, a view every 10 tables). Output is split into files of 200 tables, so
large schemas look like real ones (and stay under the per-file size limit).
"""
from __future__ import annotations

import sys
from pathlib import Path

TABLES_PER_FILE = 200


def table(i: int) -> tuple[str, int]:
    """The text of table i and how many objects it holds."""
    lines = [f"table t{i} {{",
             "  id          bigint        @pk @auto",
             "  name        varchar(100)",
             "  amount      numeric(12,2) = 0  check (amount >= 0)",
             "  created_at  timestamptz   = now()",
             "  note        text?"]
    objects = 1 + 5 + 1  # table, columns, check
    if i > 0:
        lines.append(f"  parent_id   bigint?       -> t{i // 2}.id on delete cascade")
        objects += 2
    lines.append("  index (name, created_at desc)")
    objects += 1
    lines.append("}")
    return "\n".join(lines) + "\n", objects


def view(i: int) -> str:
    return (f'view v{i} = """\n  SELECT a.id, a.name, b.amount FROM t{i} a JOIN t{i // 2} b ON b.id = a.id\n"""\n')


def generate(n: int) -> dict[str, str]:
    """file name -> text, holding about n objects."""
    files: dict[str, list[str]] = {}
    count, i = 0, 0
    while count < n:
        text, objects = table(i)
        chunk = files.setdefault(f"part{i // TABLES_PER_FILE:04d}.sqlx", [])
        chunk.append(text)
        count += objects
        if i % 10 == 9 and count < n:
            chunk.append(view(i))
            count += 1
        i += 1
    return {name: "\n".join(parts) for name, parts in files.items()}


def main(argv: list[str]) -> int:
    if not argv or not argv[0].isdigit():
        sys.stderr.write("usage: python bench/gen_schema.py N [OUT_DIR]\n")
        return 2
    n = int(argv[0])
    out = Path(argv[1] if len(argv) > 1 else f"bench/out/schema-{n}")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.sqlx"):
        old.unlink()
    for name, text in generate(n).items():
        (out / name).write_text(text, encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
