"""The Celery app: one task, ``execute_run``, that runs a queued run through the runner.

Delivery is at-least-once (``acks_late``, prefetch 1); the run is claimed in the database
before it starts, so a message for a run that is alive elsewhere or already finished is not
executed again, and work-item idempotency makes re-running a half-done run safe.

A worker that dies mid-run is found by its run's heartbeat: every worker sweeps the run
history (every third of ``BOTS_HEARTBEAT_STALE``) and sends again each claimed run silent
for longer than that, so a live worker continues it within about 1.3 x the stale limit
(default 60 s), whatever the bots' timeouts. The broker's visibility timeout (longer than
the longest bot, since a live run must never be redelivered) only covers messages lost
before any worker claimed them.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from typing import Any

from celery import Celery
from celery.signals import worker_ready
from loguru import logger

from robot_lib import config
from robot_lib.scheduling.executors import check_celery_config


def _visibility_timeout() -> int:
    """Longer than the longest bot timeout, so a slow run is never redelivered while alive."""
    env = os.environ.get("BOTS_VISIBILITY_TIMEOUT")
    if env:
        return int(float(env))
    try:
        from robot_lib.runtime.registry import discover

        longest = max((s.timeout or 3600 for s in discover().bots.values()), default=3600)
    except Exception:
        longest = 3600
    return int(longest * (1 + 3) + 600)  # the run with its retries, and a margin


def make_app() -> Celery:
    broker = os.environ.get("BOTS_BROKER_URL", "redis://127.0.0.1:6379/0")
    app = Celery("backoffice_bots", broker=broker)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue="default",
        broker_transport_options={"visibility_timeout": _visibility_timeout()},
        broker_connection_retry_on_startup=True,
        task_ignore_result=True,
        worker_hijack_root_logger=False,
        worker_max_tasks_per_child=200,
    )
    return app


app = make_app()


def _sweep_forever() -> None:
    from robot_lib.scheduling.executors import requeue_stale

    limit = config.heartbeat_stale()
    while True:
        try:
            for run_id in requeue_stale(limit):
                logger.warning(f"run {run_id}: its worker stopped beating; sent again")
        except Exception as exc:  # the database may be away for a moment: try again later
            logger.warning(f"sweeping for runs of dead workers failed: {exc}")
        time.sleep(max(0.5, limit / 3))


@worker_ready.connect  # type: ignore[untyped-decorator,misc]
def _start_sweeper(**_: Any) -> None:
    threading.Thread(target=_sweep_forever, name="bots-sweeper", daemon=True).start()


@app.task(name="backoffice_bots.execute_run", bind=True)  # type: ignore[untyped-decorator,misc]
def execute_run(
    self: Any,
    run_id: str,
    *,
    bot: str,
    params: dict[str, str],
    retries: int | None = None,
    timeout: float | None = None,
    trigger: str = "cli",
    schedule_id: str | None = None,
) -> str:
    """Claim the run in the database, then run it through the runner."""
    from robot_lib.runtime.runner import BotBusy, Runner, RunOptions
    from robot_lib.runtime.store import Store

    check_celery_config()
    store = Store()
    worker = f"{socket.gethostname()}:{os.getpid()}:{self.request.hostname}"
    claim = store.claim_run(run_id, worker, config.heartbeat_stale())
    if claim in ("finished", "missing", "busy"):
        logger.info(f"run {run_id}: {claim}; not executed here")
        return claim
    logger.info(f"run {run_id} ({bot}) {claim} by {worker}")
    from robot_lib.runtime.process import WARM

    if not WARM.enabled:  # the next run of this worker starts in a child already waiting
        WARM.enable(store.url)
    runner = Runner(store, on_line=lambda line: logger.opt(raw=True).info(f"[{run_id}] {line}"))
    try:
        run = runner.run(
            bot,
            params,
            RunOptions(
                retries=retries,
                timeout=timeout,
                trigger=trigger,
                schedule_id=schedule_id,
                run_id=run_id,
                wait=True,
            ),
        )
    except BotBusy as exc:  # only with a wait limit; kept for completeness
        return f"busy: {exc}"
    return run.status
