"""Reading and writing plan files for the governance commands."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from sqlxc.errors import UsageError
from sqlxc.plan.model import MigrationPlan, dumps_plan, loads_plan


def read_plan(path: str | Path) -> MigrationPlan:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read plan {p}: {exc.strerror}", hint="pass the plan.json written by `sqlxc build`") from None
    try:
        return loads_plan(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ())) or "(top level)"
        raise UsageError(f"{p}: not a valid sqlxc plan: {where}: {first.get('msg')}") from None


def write_plan(path: str | Path, plan: MigrationPlan) -> None:
    """Replace the plan file atomically (a crash never leaves half a plan)."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=p.name + ".", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(dumps_plan(plan))
        os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
