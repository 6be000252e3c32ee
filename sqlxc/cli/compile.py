"""``sqlxc compile PATH --emit air``: the canonical AIR JSON of a schema."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("compile", help="compile .sqlx files and print the result (canonical AIR JSON)",
                       description="Compile a schema and print its canonical AIR JSON on stdout.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    p.add_argument("--emit", choices=("air",), default="air", help="what to print (default: air)")
    p.add_argument("--format", choices=("text", "json", "github"), default="text",
                   help="how to print errors (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    import sys

    from sqlxc.air.canonical import canonical_json
    from sqlxc.dsl import compile_paths

    schema = compile_paths(args.paths)
    sys.stdout.write(canonical_json(schema) + "\n")
    return 0
