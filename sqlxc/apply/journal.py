"""The recovery journal ``sqlx_migration_recovery``: what a run is doing, written
before and after every unit, in autocommit (so it survives a kill and a failed
transaction). A run opens with a ``run`` row holding the plan and closes with a
``closed`` row; a run without its ``closed`` row was killed, and the next apply
refuses until ``sqlxc migrate recover``. ``progress`` rows leave room for online
copies that resume (DESIGN "Later")."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlxc.apply.tables import RECOVERY


@dataclass
class OpenRun:
    run_id: str
    plan_id: str
    info: dict[str, Any]  # the run row: plan JSON, action, units
    states: dict[int, str] = field(default_factory=dict)  # unit -> last state
    details: dict[int, dict] = field(default_factory=dict)  # unit -> last detail (trash names…)


class Journal:
    def __init__(self, session, plan_id: str, run_id: str | None = None):
        self.session = session
        self.plan_id = plan_id
        self.run_id = run_id or uuid.uuid4().hex

    def record(self, unit: int, state: str, detail: dict | None = None) -> None:
        text = None if detail is None else json.dumps(detail, sort_keys=True)
        self.session.query(
            f"INSERT INTO {RECOVERY} (run_id, plan_id, unit, state, detail) VALUES (%s, %s, %s, %s, %s)",
            (self.run_id, self.plan_id, unit, state, text),
        )

    def open(self, info: dict) -> None:
        self.record(0, "run", info)

    def close(self, outcome: str) -> None:
        self.record(0, "closed", {"outcome": outcome})


def open_runs(session) -> list[OpenRun]:
    """Runs that started and never closed: killed, or lost their connection."""
    found = session.query(
        f"SELECT run_id, plan_id, unit, state, detail FROM {RECOVERY} "
        f"WHERE run_id IN (SELECT run_id FROM {RECOVERY} WHERE state = 'run') "
        f"AND run_id NOT IN (SELECT run_id FROM {RECOVERY} WHERE state = 'closed') ORDER BY id"
    )
    runs: dict[str, OpenRun] = {}
    for run_id, plan_id, unit, state, detail in found:
        data = json.loads(detail) if detail else {}
        if state == "run":
            runs[run_id] = OpenRun(run_id, plan_id, data)
            continue
        run = runs.get(run_id)
        if run is None or state == "progress":
            continue
        run.states[unit] = state
        if data:
            run.details[unit] = data
    return list(runs.values())
