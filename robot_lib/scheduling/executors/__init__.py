"""Where runs execute: ``local`` (default: a child process of this machine) or ``celery``
(queued to Redis, executed by ``bots worker`` processes on any number of machines, with the
run history on PostgreSQL).

Configuration: ``BOTS_EXECUTOR=celery``, ``BOTS_BROKER_URL=redis://host:6379/0``,
``BOTS_DATABASE_URL=postgresql+psycopg://...`` (SQLite is refused: workers on other machines
must share the history).
"""

from __future__ import annotations

import os
from typing import Any

from robot_lib import config
from robot_lib.errors import ConfigError


def executor_name() -> str:
    name = os.environ.get("BOTS_EXECUTOR", "local").strip().lower()
    if name not in ("local", "celery"):
        raise ConfigError(f"BOTS_EXECUTOR={name!r}: use local or celery")
    return name


def check_celery_config() -> tuple[str, str]:
    """The broker and database URLs for the celery executor; ConfigError saying what to fix."""
    broker = os.environ.get("BOTS_BROKER_URL")
    if not broker:
        raise ConfigError("BOTS_EXECUTOR=celery needs BOTS_BROKER_URL (e.g. redis://host:6379/0)")
    db = config.database_url()
    if db.startswith("sqlite"):
        raise ConfigError(
            "BOTS_EXECUTOR=celery needs a shared run history: set BOTS_DATABASE_URL to "
            "PostgreSQL (postgresql+psycopg://user:password@host/db); SQLite on one machine "
            "cannot be seen by workers on others"
        )
    return broker, db


def queue_for(tags: tuple[str, ...]) -> str:
    """Bots tagged ``browser`` go to the ``browser`` queue, the rest to ``default``."""
    return "browser" if "browser" in tags else "default"


def enqueue(
    bot: str,
    params: dict[str, Any],
    *,
    retries: int | None = None,
    timeout: float | None = None,
    trigger: str = "cli",
    schedule_id: str | None = None,
    queue: str | None = None,
    notify: str | None = None,
    run_id: str | None = None,
) -> str:
    """Record a queued run and send it to the workers; returns the run id (*run_id* when
    given). *notify* is the alert rule (JSON) the worker that finishes the run follows."""
    from robot_lib.runtime.process import new_run_id
    from robot_lib.runtime.registry import get_spec
    from robot_lib.runtime.store import Store

    check_celery_config()
    spec = get_spec(bot)
    raw = {k: str(v) for k, v in params.items()}
    spec.convert_params(raw)
    run_id = run_id or new_run_id()
    q = queue or queue_for(spec.tags)
    options = {"retries": retries, "timeout": timeout, "queue": q}
    Store().create_run(
        run_id, spec.name, raw, trigger, schedule_id, queue_options=options, notify=notify
    )
    _send(run_id, spec.name, raw, options, trigger, schedule_id, task_id=run_id)
    return run_id


def _send(
    run_id: str,
    bot: str,
    params: dict[str, str],
    options: dict[str, Any],
    trigger: str,
    schedule_id: str | None,
    task_id: str,
) -> None:
    from robot_lib.scheduling.executors.celery_app import execute_run

    execute_run.apply_async(
        args=[run_id],
        kwargs={
            "bot": bot,
            "params": params,
            "retries": options.get("retries"),
            "timeout": options.get("timeout"),
            "trigger": trigger,
            "schedule_id": schedule_id,
        },
        queue=options.get("queue") or "default",
        task_id=task_id,
    )


def requeue_stale(stale_after: float) -> list[str]:
    """Send again every claimed run whose worker stopped beating for *stale_after* seconds
    (the worker died); a live worker claims it and continues it, skipping the items already
    done. Runs in every worker (a thread) so take-over does not wait for the broker's
    visibility timeout, which must outlast the longest bot. Returns the run ids sent."""
    import json

    from robot_lib.credentials import MASK
    from robot_lib.runtime.store import Store, now

    store = Store()
    sent = []
    for run in store.requeue_stale(stale_after):
        options = json.loads(run.queue_options or "{}")
        params = {k: str(v) for k, v in run.params.items()}
        if any(MASK in v for v in params.values()):
            store.update_run(
                run.id,
                status="failed",
                finished_at=now(),
                error=(
                    "its worker died and it cannot be resumed: a parameter held a secret value "
                    "(masked in the history); start the run again"
                ),
            )
            continue
        task_id = f"{run.id}:requeued:{now().timestamp():.0f}"
        _send(run.id, run.bot, params, options, run.trigger, run.schedule_id, task_id=task_id)
        sent.append(run.id)
    return sent
