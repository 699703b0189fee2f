"""Cancelling a run from another process (``bots cancel``, the console): a flag in the run
history that the run's runner checks every second, wherever it runs."""

from __future__ import annotations

import sqlalchemy as sa

from robot_lib.runtime.records import now
from robot_lib.runtime.schema import FINAL, runs
from robot_lib.runtime.store import Store


def request_cancel(store: Store, run_id: str, by: str) -> str:
    """Ask for *run_id* to stop: a queued (or retry-waiting) run is cancelled here; a
    running one is stopped by its runner, which checks this flag every second, wherever
    it runs. Returns ``cancelled``, ``requested`` or ``finished``."""
    with store.tx() as c:
        res = c.execute(
            runs.update()
            .where(runs.c.id == run_id, runs.c.status.in_(("queued", "retrying")))
            .where(runs.c.claimed_by.is_(None) | (runs.c.status == "retrying"))
            .values(
                status="cancelled",
                finished_at=now(),
                error=f"cancelled by {by} before it ran",
                cancel_requested_at=now(),
                cancel_requested_by=by,
            )
        )
        if res.rowcount:
            return "cancelled"
        res = c.execute(
            runs.update()
            .where(runs.c.id == run_id, runs.c.status.notin_(FINAL))
            .values(cancel_requested_at=now(), cancel_requested_by=by)
        )
    return "requested" if res.rowcount else "finished"


def cancel_requested(store: Store, run_id: str) -> str | None:
    """Who asked for *run_id* to stop (None: nobody)."""
    with store.engine.connect() as c:
        return c.execute(
            sa.select(runs.c.cancel_requested_by).where(
                runs.c.id == run_id, runs.c.cancel_requested_at.isnot(None)
            )
        ).scalar()
