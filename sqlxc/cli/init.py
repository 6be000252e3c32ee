"""``sqlxc init [DIR]``: a new sqlxc project in seconds.

Writes ``sqlx.toml`` (or a ``[tool.sqlxc]`` table in an existing
``pyproject.toml``, edited in place), ``schema/app.sqlx``, ``.gitignore``
entries, a ``.pre-commit-config.yaml`` (or prints the snippet when one exists),
and a development signing key outside the repository whose public key the
config trusts. Every conflict is found before anything is written: init never
overwrites a file and never leaves half a project behind.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlxc.errors import SqlxcError, UsageError

DIALECTS = {"postgres": "postgres", "postgresql": "postgres", "pg": "postgres",
            "mysql": "mysql", "mariadb": "mysql"}

CONFIG = """\
# sqlxc project configuration; see docs/configuration.md.
schema = ["schema"]          # .sqlx files or directories
dialects = [{dialects}]      # one migration plan per dialect
migrations = "migrations"    # where sqlxc build writes plans

[migration]
transactional = true

# Keys whose signatures sqlxc trusts, with the roles they hold.
# {key_id} is a development key made by `sqlxc init`; its private half is in
# {key_path} (outside the repository). Replace it with your team's keys
# before anything reaches production.
[[trust.keys]]
id = "{key_id}"
public_key = "{public_key}"
roles = ["data.steward", "privacy.officer"]
"""

STARTER_SCHEMA = """\
// Your schema. Edit it, then run `sqlxc check` and `sqlxc build`.
// Language reference: docs/language.md

@owner("app") @residency("eu") @retention("730d")
table users {
  id          bigint        @pk @auto
  email       varchar(320)  @unique @pii @sensitivity(high)
  created_at  timestamptz   = now()
}
"""

PRE_COMMIT = """\
# sqlxc's hooks: formatting, validation and stale-plan checks before each commit.
# Install once with `pre-commit install`. These run the sqlxc installed in your
# environment (language: system); to let pre-commit install sqlxc itself, use
# the hooks of sqlxc's repository instead (docs/pre-commit.md).
repos:
  - repo: local
    hooks:
      - id: sqlxc-fmt
        name: sqlxc fmt
        entry: sqlxc fmt
        language: system
        files: '\\.sqlx$|sqlx\\.toml$|sqlx\\.lock$'
        pass_filenames: false
      - id: sqlxc-check
        name: sqlxc check
        entry: sqlxc check
        language: system
        files: '\\.sqlx$|sqlx\\.toml$|sqlx\\.lock$'
        pass_filenames: false
      - id: sqlxc-build-check
        name: sqlxc build --check
        entry: sqlxc build --check
        language: system
        files: '\\.sqlx$|sqlx\\.toml$|sqlx\\.lock$'
        pass_filenames: false
"""

GITIGNORE = ("# sqlxc: private keys never belong in the repository", "*.key", "*.pem", ".sqlxc-cache/")


def register(sub) -> None:
    p = sub.add_parser(
        "init", help="create a new sqlxc project (config, starter schema, signing key, hooks)",
        description="Create sqlx.toml (or [tool.sqlxc] in an existing pyproject.toml), schema/app.sqlx, "
                    ".gitignore entries, a .pre-commit-config.yaml and a development signing key kept "
                    "outside the repository. Nothing that exists is overwritten.")
    p.add_argument("dir", nargs="?", default=".", metavar="DIR", help="the project directory (default: .)")
    p.add_argument("--dialect", action="append", choices=sorted(DIALECTS), metavar="DIALECT",
                   help="a target dialect: postgres or mysql; repeat for both (default: postgres)")
    p.add_argument("--config", choices=("auto", "sqlx.toml", "pyproject"), default="auto",
                   help="where the configuration goes; auto = pyproject.toml when it exists")
    p.add_argument("--key-id", metavar="ID", help="id of the development signing key (default: <dir name>-dev)")
    p.add_argument("--key-file", metavar="PATH",
                   help="where to write the private key (default: ~/.config/sqlxc/keys/<ID>.key)")
    p.set_defaults(run=run)


@dataclass
class Project:
    """Everything init will create, decided before anything is written."""

    root: Path
    dialects: list[str]
    use_pyproject: bool
    key_id: str
    key_path: Path
    files: dict[Path, str] = field(default_factory=dict)  # new files only
    pre_commit_snippet: str | None = None  # printed when .pre-commit-config.yaml exists


def _key_id(root: Path, given: str | None) -> str:
    if given:
        return given
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", root.resolve().name).strip("-.") or "sqlxc"
    return f"{base[:56]}-dev"


def plan(args) -> Project:
    from sqlxc.sign.keys import default_key_dir

    root = Path(args.dir)
    if root.exists() and not root.is_dir():
        raise UsageError(f"{root} is not a directory")
    dialects = list(dict.fromkeys(DIALECTS[d] for d in (args.dialect or ["postgres"])))
    pyproject = root / "pyproject.toml"
    use_pyproject = args.config == "pyproject" or (args.config == "auto" and pyproject.exists())
    if args.config == "pyproject" and not pyproject.exists():
        raise UsageError(f"{pyproject} does not exist", hint="use --config sqlx.toml, or create pyproject.toml first")
    key_id = _key_id(root, args.key_id)
    key_path = Path(args.key_file) if args.key_file else default_key_dir() / f"{key_id}.key"
    project = Project(root, dialects, use_pyproject, key_id, key_path)

    conflicts = [p for p in (root / "sqlx.toml", root / "schema" / "app.sqlx", key_path) if p.exists()]
    if use_pyproject and "sqlxc" in _pyproject_tool(pyproject):
        conflicts.insert(0, pyproject)
    if conflicts:
        what = conflicts[0]
        extra = f" (and {len(conflicts) - 1} more)" if len(conflicts) > 1 else ""
        raise SqlxcError(f"{what} already exists{extra}; sqlxc init never overwrites anything",
                         hint="remove it, or pass another DIR" + (" or --key-id" if what == key_path else ""))

    project.files[root / "schema" / "app.sqlx"] = STARTER_SCHEMA
    snippet = PRE_COMMIT
    if (root / ".pre-commit-config.yaml").exists():
        project.pre_commit_snippet = snippet
    else:
        project.files[root / ".pre-commit-config.yaml"] = snippet
    return project


def _pyproject_tool(path: Path) -> dict:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}", hint="fix pyproject.toml, or use --config sqlx.toml") from None
    tool = data.get("tool", {})
    return tool if isinstance(tool, dict) else {}


def config_text(project: Project, public_key: str) -> str:
    dialects = ", ".join(f'"{d}"' for d in project.dialects)
    return CONFIG.format(dialects=dialects, key_id=project.key_id, public_key=public_key,
                         key_path=_display(project.key_path))


def _display(path: Path) -> str:
    # the config is committed: show the key's place, not the author's home directory
    try:
        return "~/" + path.resolve().relative_to(Path.home().resolve()).as_posix()
    except ValueError:
        return str(path)


def add_to_pyproject(text: str, config: str) -> str:
    """``pyproject.toml`` with ``[tool.sqlxc]`` added, everything else byte-identical."""
    import tomlkit

    doc = tomlkit.parse(text)
    if "tool" not in doc:
        doc.add(tomlkit.nl())
        doc["tool"] = tomlkit.table(is_super_table=True)
    doc["tool"]["sqlxc"] = tomlkit.parse(config)
    return tomlkit.dumps(doc)


def _gitignore(root: Path) -> tuple[Path, str]:
    path = root / ".gitignore"
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    have = {line.strip() for line in current.splitlines()}
    missing = [line for line in GITIGNORE if line not in have]
    if not missing:
        return path, current
    sep = "" if not current or current.endswith("\n") else "\n"
    return path, current + sep + ("\n" if current else "") + "\n".join(missing) + "\n"


def write(project: Project) -> list[str]:
    """Create the key, then the files; returns what was done, for the summary."""
    from sqlxc.sign.keys import generate_key

    new_key = generate_key(project.key_id, project.key_path)
    done = [f"signing key {new_key.path} (private, mode 0600; public key trusted in the config)"]
    config = config_text(project, new_key.public_key)
    root = project.root
    root.mkdir(parents=True, exist_ok=True)
    if project.use_pyproject:
        path = root / "pyproject.toml"
        path.write_text(add_to_pyproject(path.read_text(encoding="utf-8"), config), encoding="utf-8")
        done.append(f"{path} ([tool.sqlxc] added)")
    else:
        _create(root / "sqlx.toml", config)
        done.append(str(root / "sqlx.toml"))
    for path, text in project.files.items():
        _create(path, text)
        done.append(str(path))
    path, text = _gitignore(root)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
        done.append(f"{path} (ignores keys and the build cache)")
    return done


def _create(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8") as fh:  # "x": fail rather than overwrite
            fh.write(text)
    except FileExistsError:
        raise SqlxcError(f"{path} already exists; sqlxc init never overwrites anything") from None


def run(args) -> int:
    project = plan(args)
    try:
        done = write(project)
    except OSError as exc:
        raise UsageError(f"cannot write {exc.filename}: {exc.strerror}") from None
    out = sys.stdout
    out.write(f"Created a sqlxc project in {project.root}:\n")
    out.write("".join(f"  {line}\n" for line in done))
    if project.pre_commit_snippet:
        out.write("\n.pre-commit-config.yaml exists; add these hooks to it:\n\n")
        out.write(project.pre_commit_snippet)
    cd = "" if project.root == Path(".") else f"cd {project.root}\n  "
    out.write(
        "\nNext steps:\n"
        f"  {cd}export SQLXC_SIGNING_KEY={project.key_path}\n"
        "  sqlxc check          # validate schema/\n"
        "  sqlxc build          # write sqlx.lock and the first signed plan under migrations/\n"
        "  pre-commit install   # run sqlxc's hooks before each commit\n"
    )
    return 0
