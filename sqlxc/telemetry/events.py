"""Events as JSON lines: ``ddl.plan.diff``, ``ddl.migration.start|ok|error|rollback``,
``ddl.rollback.ok|error``. A sink is ``stderr``, ``stdout``, a file path (appended
to) or ``none``; every event is written and flushed at once, so a failing step or
a killed process never loses the events before it."""
from __future__ import annotations

import json
import os
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any, TextIO

from sqlxc.errors import ConfigError

EVENTS = (
    "ddl.plan.diff",
    "ddl.migration.start",
    "ddl.migration.ok",
    "ddl.migration.error",
    "ddl.migration.rollback",
    "ddl.rollback.ok",
    "ddl.rollback.error",
)
ENV_SINK = "SQLXC_TELEMETRY"


class Emitter:
    """Writes events for one run; every event carries the run's trace id."""

    def __init__(self, sink: str | None = None, *, redact: Callable[[str], str] = lambda s: s,
                 base: dict[str, Any] | None = None):
        self.sink = sink if sink is not None else os.environ.get(ENV_SINK, "none")
        self.trace_id = "mig-" + uuid.uuid4().hex[:16]
        self.redact = redact
        self.base = dict(base or {})
        self.emitted: list[dict[str, Any]] = []  # kept for callers and tests

    def emit(self, event: str, **fields: Any) -> dict[str, Any]:
        if event not in EVENTS:
            raise ValueError(f"unknown telemetry event {event!r}")
        record = {"ts": round(time.time(), 3), "event": event, "trace_id": self.trace_id, **self.base}
        record.update({k: self._clean(v) for k, v in fields.items() if v is not None})
        self.emitted.append(record)
        self._write(json.dumps(record, sort_keys=True, ensure_ascii=False, default=str))
        return record

    def _clean(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, dict):
            return {k: self._clean(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self._clean(v) for v in value]
        return value

    def _write(self, line: str) -> None:
        if self.sink in ("none", ""):
            return
        if self.sink in ("stderr", "stdout"):
            stream: TextIO = sys.stderr if self.sink == "stderr" else sys.stdout
            stream.write(line + "\n")
            stream.flush()
            return
        try:
            with open(self.sink, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError as exc:
            raise ConfigError(f"cannot write telemetry to {self.sink}: {exc.strerror}",
                              hint=f"set --telemetry or {ENV_SINK} to stderr, a writable file or none") from None
