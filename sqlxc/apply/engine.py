"""Applying a plan: lock, validate, dry run, run the units, record the outcome.

``apply_plan`` and ``rollback_migration`` are the entry points; ``Runner`` holds
one run's state (session, journal, telemetry). A failure compensates the units
that already committed, in reverse order, so the database ends at ``from``.
"""
from __future__ import annotations

import getpass
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlxc.apply import journal as J
from sqlxc.apply import ledger, pgtrash, trash
from sqlxc.apply.session import Session, StepFailed, open_session
from sqlxc.apply.tables import LEDGER, RECOVERY, ensure_tables, exists
from sqlxc.apply.units import Unit, plan_units
from sqlxc.connection import DbUrl
from sqlxc.errors import DatabaseError, SqlxcError
from sqlxc.plan.model import MigrationPlan, MigrationStep
from sqlxc.telemetry.events import Emitter
from sqlxc.telemetry.metrics import Metrics

Progress = Callable[[int, int, MigrationStep], None]


class ApplyRefused(SqlxcError):
    """Validation refused the plan before any DDL ran."""

    def __init__(self, message: str, *, hint: str | None = None, error_class: str = "validation"):
        super().__init__(message, hint=hint)
        self.error_class = error_class


class ApplyFailed(DatabaseError):
    """A step failed while applying; ``restored`` says whether the database is back at ``from``."""

    def __init__(self, message: str, *, hint: str | None = None, restored: bool = True):
        super().__init__(message, hint=hint)
        self.restored = restored


@dataclass
class Options:
    allow_drift: bool = False
    force: bool = False
    dry_run: bool = False  # validate and dry-run only; change nothing
    timeout: int | None = 120  # ddlTimeoutSec: lock_timeout and statement timeout
    lock_wait: int = 120  # how long to wait for another deploy's advisory lock
    config: Any = None  # sqlx.toml (trust, policy) for signature verification
    verify: bool = True  # False only for plans already trusted (rollback plans from the chained ledger)
    tenant: str | None = None
    applied_by: str | None = None
    progress: Progress | None = None
    emitter: Emitter | None = None
    metrics: Metrics | None = None
    chain: tuple[str, ...] = ()  # plan ids of sqlx.lock's chain for this dialect (sqlx_migration_pending)


@dataclass
class Outcome:
    status: str  # applied | rolled_back | noop | dry-run | recovered
    plan_id: str
    from_version: str
    to_version: str
    steps: int = 0
    units: int = 0
    duration_ms: float = 0.0
    row: ledger.Row | None = None
    notes: list[str] = field(default_factory=list)


def applied_by_default() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


# --- entry points -------------------------------------------------------------------------


def apply_plan(plan: MigrationPlan, url: DbUrl, opts: Options | None = None) -> Outcome:
    """Apply ``plan`` to the database at ``url`` (see the module doc)."""
    return Runner(plan, url, opts or Options(), action="apply", label=plan.id).run()


def rollback_migration(plan_id: str, url: DbUrl, opts: Options | None = None) -> Outcome:
    """Run the rollback plan stored with the ledger row that applied ``plan_id``."""
    opts = opts or Options()
    session = open_session(url)
    try:
        rows = ledger.rows(session) if exists(session, LEDGER) else []
    finally:
        session.close()
    applied = [r for r in rows if r.plan_id == plan_id and r.action == "apply" and r.status == "applied"]
    if not applied:
        raise ApplyRefused(f"{plan_id} was never applied to {url.redacted()}",
                           hint="`sqlxc migrate list --url …` shows what was applied")
    if applied[-1].rollback_plan is None:
        raise ApplyRefused(f"the ledger row for {plan_id} holds no rollback plan")
    plan = MigrationPlan.model_validate(applied[-1].rollback_plan)
    problems = ledger.verify(rows)
    if problems:
        raise ApplyRefused(f"the ledger's chain is broken at row {problems[0].row_id} "
                           f"({problems[0].message}): its stored rollback plan cannot be trusted",
                           hint="`sqlxc migrate list --verify` shows every break", error_class="ledger")
    opts.verify = False  # the plan comes from the chained ledger row, not from a file
    return Runner(plan, url, opts, action="rollback", label=plan_id).run()


# --- one run ----------------------------------------------------------------------------


class Runner:
    def __init__(self, plan: MigrationPlan, url: DbUrl, opts: Options, *, action: str, label: str):
        from sqlxc.policy.redact import Redactor

        self.plan, self.url, self.opts, self.action, self.label = plan, url, opts, action, label
        self.redact = Redactor(plan)
        self.emitter = opts.emitter or Emitter(redact=self.redact)
        self.emitter.redact = self.redact
        self.metrics = opts.metrics or Metrics()
        self.session: Session | None = None
        self.units: list[Unit] = []
        self.restorable: dict[str, dict] | None = None  # rollback: what the plan put in the trash
        self.run_id = ""  # the journal's, which names PostgreSQL trash tables
        self._keys: dict[str, list[str]] | None = None
        self.started = time.monotonic()

    # events are named after the action: a rollback reports ddl.rollback.ok|error
    def _event(self, outcome: str) -> str:
        return f"ddl.rollback.{outcome}" if self.action == "rollback" else f"ddl.migration.{outcome}"

    def _fields(self, **extra: Any) -> dict[str, Any]:
        return {"plan_id": self.label, "action": self.action, "from": self.plan.from_, "to": self.plan.to,
                "steps": len(self.plan.steps), "database": self.url.redacted(), "tenant": self.opts.tenant,
                **extra}

    def _ms(self) -> float:
        return round((time.monotonic() - self.started) * 1000, 3)

    def run(self) -> Outcome:
        try:
            try:
                return self._run()
            except StepFailed as exc:  # our own bookkeeping refused (privileges, a full disk…)
                raise DatabaseError(f"{self.url.redacted()}: {self.redact(exc.message)}",
                                    hint="the applier needs CREATE/INSERT on the database and, on "
                                         "PostgreSQL, CREATE DATABASE for the dry run") from None
        except SqlxcError as exc:
            error_class = getattr(exc, "error_class", None) or getattr(exc, "check", None) or "database"
            if not isinstance(exc, ApplyFailed):  # a failed step already reported itself
                self.metrics.error(error_class)
                if isinstance(exc, ApplyRefused) or hasattr(exc, "check"):
                    self._denied(exc)
                self.emitter.emit(self._event("error"), **self._fields(
                    error_class=error_class, error=exc.message, duration_ms=self._ms()))
            raise
        finally:
            if self.session is not None:
                self.session.close()  # also releases the advisory lock
            self.metrics.write()

    def _denied(self, exc: SqlxcError) -> None:
        if getattr(exc, "check", None) == "policy":
            self.metrics.denied.labels("policy").inc()

    def _run(self) -> Outcome:
        self._check_dialect()
        if self.opts.verify:
            self._verify_signature()
        self.emitter.emit("ddl.plan.diff", **self._fields(
            step_list=[f"{s.id} {s.kind} {s.object}" for s in self.plan.steps]))
        self.session = open_session(self.url)
        self.session.acquire_lock(self.opts.lock_wait)
        self._check_flavor()
        noop = self._check_history()
        if noop is not None:
            return noop
        self._check_drift()
        self.units = plan_units(self.plan.steps, self.url.dialect)
        journal = J.Journal(self.session, self.label)
        self.run_id = journal.run_id
        if self.url.dialect == "postgres":
            self._dry_run()
        if self.opts.dry_run:
            return self._outcome("dry-run", None)
        ensure_tables(self.session)
        self.session.set_timeouts(self.opts.timeout)
        self.emitter.emit("ddl.migration.start", **self._fields(units=len(self.units)))
        journal.open({"plan": self.plan.model_dump(mode="json", by_alias=True), "action": self.action,
                      "label": self.label, "units": len(self.units)})
        return self.run_units(journal, {})

    # --- validation -----------------------------------------------------------------
    def _check_dialect(self) -> None:
        from sqlxc.dialects import canonical_dialect

        if canonical_dialect(self.plan.dialect) != self.url.dialect:
            raise ApplyRefused(
                f"plan {self.label} is for {self.plan.dialect}, but {self.url.redacted()} is a {self.url.dialect} server",
                hint="apply the plan built for this dialect (migrations/… one plan per dialect)",
                error_class="dialect")

    def _check_flavor(self) -> None:
        wanted = (self.plan.server or "").split("-", 1)[0]
        if wanted and wanted != self.session.flavor and not (wanted == "postgres" and self.session.flavor == "postgres"):
            raise ApplyRefused(
                f"plan {self.label} assumed a {self.plan.server} server, but {self.url.redacted()} is "
                f"{self.session.flavor}-{'.'.join(map(str, self.session.version))}",
                hint="build the plan for this server's flavor", error_class="dialect")

    def _verify_signature(self) -> None:
        from sqlxc.sign import verify_plan

        verify_plan(self.plan, self.opts.config, force=self.opts.force)

    def _check_history(self) -> Outcome | None:
        session = self.session
        if exists(session, RECOVERY):
            runs = J.open_runs(session)
            if runs:
                run = runs[0]
                raise ApplyRefused(
                    f"a previous run of {run.plan_id} on {self.url.redacted()} was interrupted "
                    f"(run {run.run_id[:12]}, {_progress_text(run)})",
                    hint=f"run `sqlxc migrate recover --url {self.url.redacted()}` to roll it back "
                         "(or `--resume` to finish it), then apply again",
                    error_class="interrupted")
        rows = ledger.rows(session) if exists(session, LEDGER) else []
        head = ledger.head(rows)
        last = ledger.last_effective(rows)
        if last is not None and last.plan_id == self.label and head == self.plan.to and \
                last.action == self.action:
            return self._outcome("noop", last, note=f"{self.label} is already {last.status} (ledger row {last.id})")
        if head is not None and head != self.plan.from_:
            raise ApplyRefused(
                f"the database is at version {head} (ledger row {last.id}, {last.plan_id}), "
                f"but plan {self.label} starts from {self.plan.from_}",
                hint="apply the plans in order (`sqlxc migrate list --url …` shows the history)",
                error_class="version")
        return None

    def _check_drift(self) -> None:
        if self.plan.from_schema is None:
            return  # a plan without a snapshot (hand-written) cannot be compared
        from sqlxc.air.model import Schema
        from sqlxc.apply.drift import describe, same
        from sqlxc.introspect import introspect_connection

        expected = Schema.model_validate(self.plan.from_schema)
        try:
            actual = introspect_connection(self.session.conn, self.url.dialect)
        except ModuleNotFoundError:
            if self.opts.allow_drift:
                return
            raise ApplyRefused(f"cannot check {self.url.redacted()} for drift: no introspection for "
                               f"{self.url.dialect} in this build", hint="pass --allow-drift to apply anyway",
                               error_class="drift") from None
        if same(expected, actual):
            return
        expected = _server_normalized(expected, self.url)
        if same(expected, actual):
            return
        lines = [self.redact(line) for line in describe(expected, actual)]
        if not lines:
            return  # only column order differs: not counted (a PostgreSQL rollback re-adds a column last)
        if self.opts.allow_drift:
            self.emitter.emit("ddl.plan.diff", **self._fields(drift=lines))
            return
        raise ApplyRefused(
            f"the live schema of {self.url.redacted()} differs from the plan's `from` snapshot "
            f"({len(lines)} difference(s)):\n  " + "\n  ".join(lines[:40]),
            hint="find out who changed the database; --allow-drift applies anyway", error_class="drift")

    def _dry_run(self) -> None:
        from sqlxc.apply.dryrun import DryRunFailed, dry_run

        try:
            dry_run(self.session, self.units, self._pg_step)
        except DryRunFailed as exc:
            raise ApplyRefused(
                f"dry run on a schema-only copy failed at {self._step_label(exc.step)}: {self.redact(exc.message)}",
                hint="nothing was changed; fix the plan or the database and try again",
                error_class="dry_run") from None

    # --- running -------------------------------------------------------------------
    def _step_label(self, step: MigrationStep) -> str:
        return f"step {step.id} ({step.kind} {self.redact(step.object)})"

    def run_units(self, journal: J.Journal, done_before: dict[int, dict | None]) -> Outcome:
        """Run every unit not in ``done_before`` (unit -> trash detail), then finish.
        On a failure compensate every committed unit and raise ApplyFailed."""
        done: list[tuple[Unit, dict | None]] = [(u, done_before[u.number]) for u in self.units
                                                    if u.number in done_before]
        todo = [u for u in self.units if u.number not in done_before]
        self.run_id = journal.run_id
        total = sum(len(u.steps) for u in self.units)
        counter = sum(len(u.steps) for u, _ in done)
        for unit in todo:
            detail = self._prepare(unit, journal)
            journal.record(unit.number, "started", detail)
            finishing = unit is self.units[-1] and unit.transactional
            try:
                counter, detail = self._unit(unit, detail, counter, total, journal if finishing else None)
            except _UnitFailed as failure:
                self._fail(unit, failure, done, journal)
            if not finishing:
                journal.record(unit.number, "done", detail)
            done.append((unit, detail))
        if not (self.units and self.units[-1].transactional):
            with self.session.transaction():
                row = self._finish(journal)
        else:
            row = self._row
        self.emitter.emit(self._event("ok"), **self._fields(duration_ms=self._ms(), ledger_id=row.id))
        self._audit("rolled_back" if self.action == "rollback" else "applied")
        self.metrics.step(self.label, "total", self._ms())
        self.metrics.pending.set(ledger.pending(ledger.rows(self.session), self.opts.chain))
        return self._outcome("rolled_back" if self.action == "rollback" else "applied", row)

    def _prepare(self, unit: Unit, journal: J.Journal) -> dict | None:
        if self.url.dialect != "mysql":
            return None
        step = unit.steps[0]
        detail = trash.prepare(self.session, step, journal.run_id, unit.number)
        if detail is None and self.action == "rollback":
            detail = trash.restore_detail(self.session, step, self._restorable())
        return detail

    def _unit(self, unit: Unit, detail: dict | None, counter: int, total: int,
              finish: J.Journal | None) -> tuple[int, dict | None]:
        """Run one unit; return the step counter and the unit's journal detail
        (on PostgreSQL, what each step put in or took from the trash)."""
        session = self.session
        kept: dict[str, dict] = {}
        if unit.transactional:
            session.begin()
        for step in unit.steps:
            counter += 1
            if self.opts.progress:
                self.opts.progress(counter, total, step)
            began = time.monotonic()
            try:
                if detail:
                    trash.run_forward(session, step, detail)
                elif self.url.dialect == "postgres" and unit.transactional:
                    found = self._pg_step(session, unit, step)
                    if found:
                        kept[step.id] = found
                else:
                    session.execute(step.ddl)
            except StepFailed as exc:
                if unit.transactional:
                    session.rollback()
                raise _UnitFailed(step, exc) from None
            self.metrics.step(self.label, step.id, (time.monotonic() - began) * 1000)
        detail = {"steps": kept} if kept else detail
        if finish is not None:
            self._row = self._finish(finish, last_unit=unit.number, detail=detail)
        if unit.transactional:
            session.commit()
        return counter, detail

    def _pg_step(self, session: Session, unit: Unit, step: MigrationStep) -> dict | None:
        """Run a PostgreSQL step through the trash when it drops data (or, in a
        rollback, recreates what the plan dropped); return what it kept or restored."""
        found = pgtrash.prepare(session, step, self.run_id, unit.number, self._planned_keys())
        if found is None and self.action == "rollback":
            found = pgtrash.restore_detail(session, step, self._restorable())
        if found is None:
            session.execute(step.ddl)
        else:
            pgtrash.run_forward(session, step, found)
        return found

    def _planned_keys(self) -> dict[str, list[str]]:
        """Table -> primary key columns in the plan's snapshots (``to`` over ``from``)."""
        if self._keys is not None:
            return self._keys
        keys: dict[str, list[str]] = {}
        for snapshot in (self.plan.from_schema, self.plan.to_schema):
            for table in (snapshot or {}).get("tables", ()):
                columns = (table.get("primary_key") or {}).get("columns")
                if columns:
                    keys[table["name"]] = list(columns)
        self._keys = keys
        return keys

    def _restorable(self) -> dict[str, dict]:
        if self.restorable is None:
            self.restorable = trash.applied_trash(self.session, self.label) if exists(self.session, RECOVERY) else {}
        return self.restorable

    def _finish(self, journal: J.Journal, last_unit: int | None = None, detail: dict | None = None) -> ledger.Row:
        """The ledger row and the journal's close, in the caller's transaction."""
        if last_unit is not None:
            journal.record(last_unit, "done", detail)
        if self.action == "apply":
            from sqlxc.apply.invert import rollback_plan

            stored = rollback_plan(self.plan).model_dump(mode="json", by_alias=True)
            status = "applied"
        else:
            stored, status = None, "rolled_back"
        row = ledger.append(self.session, plan_id=self.label, action=self.action, from_version=self.plan.from_,
                            to_version=self.plan.to, applied_by=self.opts.applied_by or applied_by_default(),
                            rollback_plan=stored, status=status, tenant=self.opts.tenant)
        journal.close(status)
        return row

    def _fail(self, unit: Unit, failure: _UnitFailed, done: list, journal: J.Journal) -> None:
        step, message = failure.step, self.redact(failure.error.message)
        if self.url.dialect == "postgres" and not unit.transactional:
            drop_invalid_index(self.session, step)
        self.metrics.error("step_failed")
        self._audit("failed", failed_step=step, error=message)
        self.emitter.emit(self._event("error"), **self._fields(
            error_class="step_failed", step=step.id, kind=step.kind, object=step.object,
            error=message, sqlstate=failure.error.sqlstate, duration_ms=self._ms()))
        what = f"{self._step_label(step)} failed: {message}"
        try:
            compensate(self.session, done, journal)
        except _CompensationFailed as exc:
            self.emitter.emit("ddl.migration.rollback", **self._fields(
                compensated=False, error=self.redact(exc.message)))
            raise ApplyFailed(
                f"{what}; undoing the steps before it failed too, at {self._step_label(exc.step)}: "
                f"{self.redact(exc.message)}", restored=False,
                hint=f"the run is left open: `sqlxc migrate recover --url {self.url.redacted()}`") from None
        if done:
            self.emitter.emit("ddl.migration.rollback", **self._fields(
                compensated=True, units=[u.number for u, _ in done]))
        ledger.append(self.session, plan_id=self.label, action=self.action, from_version=self.plan.from_,
                      to_version=self.plan.to, applied_by=self.opts.applied_by or applied_by_default(),
                      rollback_plan=None, status="failed", error=what, tenant=self.opts.tenant)
        journal.close("failed")
        undone = f"; {len(done)} completed unit(s) were undone" if done else ""
        raise ApplyFailed(f"{what}. Nothing of {self.label} remains applied{undone}: the database is at "
                          f"{self.plan.from_}", hint="fix the cause (the data or the plan), then apply again")

    def _audit(self, status: str, **fields: Any) -> None:
        """Signed policy.event records ([policy] audit_log; sqlxc.policy.audit)."""
        from sqlxc.policy.audit import record_run

        record_run(self.opts.config, self.plan, status, tenant=self.opts.tenant, **fields)

    def _outcome(self, status: str, row: ledger.Row | None, note: str | None = None) -> Outcome:
        out = Outcome(status, self.label, self.plan.from_, self.plan.to, steps=len(self.plan.steps),
                      units=len(self.units), duration_ms=self._ms(), row=row)
        if note:
            out.notes.append(note)
        return out


class _UnitFailed(Exception):
    def __init__(self, step: MigrationStep, error: StepFailed):
        self.step, self.error = step, error


class _CompensationFailed(Exception):
    def __init__(self, step: MigrationStep, message: str):
        self.step, self.message = step, message


def compensate(session: Session, done: list[tuple[Unit, dict | None]], journal: J.Journal) -> None:
    """Undo committed units, last first, each in one transaction where it was one."""
    for unit, detail in reversed(done):
        if unit.transactional:
            session.begin()
        for step in reversed(unit.steps):
            kept = trash.step_detail(detail, step)
            try:
                if kept:
                    (pgtrash if session.dialect == "postgres" else trash).compensate(session, step, kept)
                elif step.rollback.strip():
                    session.execute(step.rollback)
            except StepFailed as exc:
                if unit.transactional:
                    session.rollback()
                raise _CompensationFailed(step, exc.message) from None
        if unit.transactional:
            session.commit()
        journal.record(unit.number, "compensated")


def drop_invalid_index(session: Session, step: MigrationStep) -> None:
    """A failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind: drop it."""
    if step.kind != "create_index":
        return
    name = step.object.split(".", 1)[-1]
    invalid = session.query(
        "SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE c.relname = %s AND NOT i.indisvalid AND pg_table_is_visible(c.oid)", (name,))
    if invalid:
        session.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {session.quote(name)}")


def _server_normalized(expected, url: DbUrl):
    """The plan's snapshot as this server stores it (devdb), so a difference in
    spelling the server invents is not drift; unchanged when that is not possible."""
    from sqlxc.devdb import normalize

    try:
        return normalize(expected, url)
    except (SqlxcError, ImportError, NotImplementedError):
        return expected


def _progress_text(run: J.OpenRun) -> str:
    done = sorted(u for u, s in run.states.items() if s == "done")
    started = sorted(u for u, s in run.states.items() if s == "started")
    total = run.info.get("units", "?")
    where = f"stopped in unit {started[-1]}/{total}" if started else f"{len(done)}/{total} units done"
    return where
