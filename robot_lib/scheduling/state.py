"""What operators change about schedules without editing the files (paused or not), and
how refused starts are kept from cluttering the history.

The pause is kept in the run history (table ``schedule_state``), so it survives scheduler
restarts and holds for every machine; the running scheduler applies it within a second.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa

from robot_lib.runtime.records import now
from robot_lib.runtime.schema import runs, schedule_state
from robot_lib.runtime.store import Store

LOCK = "scheduler"  # the lock row of the one scheduler of a database
JOB_TABLE = "scheduler_jobs"  # APScheduler's job store


def set_paused(store: Store, schedule_id: str, paused: bool, by: str) -> None:
    with store.tx() as c:
        updated = c.execute(
            schedule_state.update()
            .where(schedule_state.c.schedule_id == schedule_id)
            .values(paused=paused, changed_by=by, changed_at=now())
        ).rowcount
        if not updated:
            c.execute(
                schedule_state.insert().values(
                    schedule_id=schedule_id, paused=paused, changed_by=by, changed_at=now()
                )
            )


def paused_schedules(store: Store) -> dict[str, dict[str, object]]:
    """Paused schedule ids with who paused them and when."""
    with store.engine.connect() as c:
        rows = c.execute(sa.select(schedule_state).where(schedule_state.c.paused.is_(True)))
        return {r.schedule_id: {"by": r.changed_by, "at": r.changed_at} for r in rows.fetchall()}


def refused_once_a_day(store: Store, run_id: str, schedule_id: str) -> None:
    """A refused start (the bot still running) is recorded once per schedule and day:
    a later one today is counted on that record instead of adding a row per fire."""
    midnight = dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    with store.tx() as c:
        first = c.execute(
            sa.select(runs.c.id, runs.c.error)
            .where(
                runs.c.schedule_id == schedule_id,
                runs.c.status == "skipped",
                runs.c.created_at >= midnight.astimezone(dt.UTC),
                runs.c.id != run_id,
            )
            .order_by(runs.c.created_at)
            .limit(1)
        ).first()
        if first is None:
            return
        m = re.search(r"(\d+) fires refused today", first.error or "")
        n = int(m.group(1)) + 1 if m else 2
        base = re.sub(r" \[\d+ fires refused today.*\]$", "", first.error or "skipped")
        note = f"{base} [{n} fires refused today, last at {dt.datetime.now():%H:%M:%S}]"
        c.execute(runs.update().where(runs.c.id == first.id).values(error=note))
        c.execute(runs.delete().where(runs.c.id == run_id))


def status(store: Store | None = None) -> dict[str, Any]:
    """The lock holder and the jobs in the store, read without starting a scheduler."""
    import pickle

    import sqlalchemy as sa

    store = store or Store()
    holder = store.lock_holder(LOCK)
    jobs = []
    if sa.inspect(store.engine).has_table(JOB_TABLE):
        with store.engine.connect() as c:
            for row in c.execute(
                sa.text(
                    f"SELECT id, next_run_time, job_state FROM {JOB_TABLE} ORDER BY next_run_time"
                )
            ):
                state = pickle.loads(row.job_state)
                nrt = (
                    dt.datetime.fromtimestamp(row.next_run_time, dt.UTC)
                    if row.next_run_time
                    else None
                )
                jobs.append({"id": row.id, "next_run": nrt, "bot": state["kwargs"].get("bot")})
    return {"holder": holder, "jobs": jobs}
