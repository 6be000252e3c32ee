"""``sqlxc migrate recover`` and ``cleanup``: finishing what a killed run left.

A run with no ``closed`` journal row was killed or lost its connection. Rolling
it back undoes, last first, every unit it finished and the unit it was in when
it stopped (when that unit took effect), then records ``failed`` in the ledger.
Resuming runs the remaining units with the plan stored in the run's journal row.
"""
from __future__ import annotations

from sqlxc.apply import journal as J
from sqlxc.apply import ledger, pgtrash, trash
from sqlxc.apply.engine import (
    ApplyRefused,
    Options,
    Outcome,
    Runner,
    _CompensationFailed,
    applied_by_default,
    compensate,
    drop_invalid_index,
)
from sqlxc.apply.session import StepFailed, open_session
from sqlxc.apply.tables import RECOVERY, exists
from sqlxc.apply.units import Unit, plan_units
from sqlxc.connection import DbUrl
from sqlxc.errors import DatabaseError
from sqlxc.plan.model import MigrationPlan


def recover(url: DbUrl, *, resume: bool = False, opts: Options | None = None) -> list[Outcome]:
    """Roll back (default) or resume every interrupted run; [] when there is none."""
    opts = opts or Options()
    session = open_session(url)
    try:
        session.acquire_lock(opts.lock_wait)
        runs = J.open_runs(session) if exists(session, RECOVERY) else []
        outcomes = []
        for run in runs:
            plan = MigrationPlan.model_validate(run.info["plan"])
            runner = Runner(plan, url, opts, action=run.info.get("action", "apply"), label=run.plan_id)
            runner.session = session
            runner.units = plan_units(plan.steps, url.dialect)
            journal = J.Journal(session, run.plan_id, run.run_id)
            if resume:
                outcomes.append(_resume(runner, run, journal))
            else:
                outcomes.append(_roll_back(runner, run, journal))
        return outcomes
    finally:
        session.close()


def _interrupted(runner: Runner, run: J.OpenRun) -> tuple[list, Unit | None]:
    units = {u.number: u for u in runner.units}
    done = [(units[n], run.details.get(n)) for n, s in sorted(run.states.items()) if s == "done"]
    started = [units[n] for n, s in run.states.items() if s == "started"]
    return done, (started[0] if started else None)


def _roll_back(runner: Runner, run: J.OpenRun, journal: J.Journal) -> Outcome:
    session = runner.session
    done, current = _interrupted(runner, run)
    if current is not None:
        _undo_interrupted(runner, current, run.details.get(current.number))
    try:
        compensate(session, done, journal)
    except _CompensationFailed as exc:
        raise DatabaseError(
            f"recovering {run.plan_id}: undoing {runner._step_label(exc.step)} failed: {runner.redact(exc.message)}",
            hint="fix the database by hand (the journal in sqlx_migration_recovery lists each step), "
                 "then run recover again") from None
    runner.emitter.emit("ddl.migration.rollback", **runner._fields(compensated=True, recovered=True,
                                                                   units=[u.number for u, _ in done]))
    row = ledger.append(session, plan_id=run.plan_id, action=runner.action, from_version=runner.plan.from_,
                        to_version=runner.plan.to, applied_by=opts_user(runner.opts), rollback_plan=None,
                        status="failed", error="interrupted; rolled back by `sqlxc migrate recover`")
    journal.close("recovered")
    return runner._outcome("recovered", row, note=f"rolled back {len(done)} completed unit(s) of {run.plan_id}")


def _undo_interrupted(runner: Runner, unit: Unit, detail: dict | None) -> None:
    """Undo the unit a kill stopped in, if it took effect. A transactional unit
    never did (the server rolled it back); a MySQL statement is atomic, so its
    rollback either applies or finds nothing to undo."""
    session = runner.session
    if unit.transactional:
        return
    step = unit.steps[0]
    if session.dialect == "postgres":
        drop_invalid_index(session, step)
    if detail:
        if trash.forward_done(session, detail):
            trash.compensate(session, step, detail)
        return
    if step.rollback.strip():
        try:
            session.execute(step.rollback)
        except StepFailed:
            pass  # the statement had not taken effect: nothing to undo


def _resume(runner: Runner, run: J.OpenRun, journal: J.Journal) -> Outcome:
    done, current = _interrupted(runner, run)
    if current is not None and not current.transactional and current.steps[0].kind in trash.DESTRUCTIVE_KINDS:
        detail = run.details.get(current.number)
        if detail and trash.forward_done(runner.session, detail):
            done.append((current, detail))  # the kill came after the statement: count it done
    runner.session.set_timeouts(runner.opts.timeout)
    return runner.run_units(journal, {u.number: d for u, d in done})


def opts_user(opts: Options) -> str:
    return opts.applied_by or applied_by_default()


def cleanup(url: DbUrl) -> list[str]:
    """Drop the sqlx_trash_* tables of finished runs; refuse while a run is open."""
    session = open_session(url)
    try:
        session.acquire_lock(30)
        if exists(session, RECOVERY) and J.open_runs(session):
            raise ApplyRefused("an interrupted run may still need its trash tables",
                               hint=f"run `sqlxc migrate recover --url {url.redacted()}` first")
        return (pgtrash if session.dialect == "postgres" else trash).purge(session)
    finally:
        session.close()
