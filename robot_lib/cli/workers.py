"""``bots worker`` and ``bots run --queue``: runs on Celery workers (several machines)."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Annotated, Any

import typer

from robot_lib.cli.app import (
    app,
    fail,
    new_console,
    print_summary,
)

if TYPE_CHECKING:
    pass


def run_queued(
    name: str, params: dict[str, str], retries: int | None, timeout: str | None, follow: bool
) -> None:
    from robot_lib.config import parse_duration
    from robot_lib.errors import ConfigError
    from robot_lib.runtime.schema import FINAL
    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.executors import enqueue

    try:
        run_id = enqueue(name, params, retries=retries, timeout=parse_duration(timeout))
    except ConfigError as exc:
        fail(str(exc))
        return
    console = new_console()
    console.print(f"queued run {run_id}", highlight=False)
    if not follow:
        return
    store = Store()
    seen: tuple[Any, ...] = ()
    while True:
        run = store.get_run(run_id)
        assert run is not None
        state = (run.status, run.attempts, run.items_done, run.items_failed, run.items_review)
        if state != seen:
            seen = state
            console.print(
                f"{run.status}: attempt {run.attempts}, items {run.items_done} done, "
                f"{run.items_failed} failed, {run.items_review} review"
                + (f" (on {run.claimed_by})" if run.claimed_by else ""),
                highlight=False,
            )
        if run.status in FINAL:
            break
        time.sleep(0.5)
    print_summary(console, run)
    raise typer.Exit(0 if run.status == "succeeded" else 1)


@app.command()
def worker(
    queues: Annotated[str, typer.Option(help="queues to take runs from")] = "browser,default",
    concurrency: Annotated[int, typer.Option(help="runs at once on this machine")] = 2,
) -> None:
    """Start a Celery worker that executes queued runs (BOTS_EXECUTOR=celery setups)."""
    import socket

    from robot_lib.errors import ConfigError
    from robot_lib.scheduling.executors import check_celery_config

    try:
        check_celery_config()
    except ConfigError as exc:
        fail(str(exc))
    from robot_lib.scheduling.executors.celery_app import app as celery_app

    celery_app.worker_main(
        [
            "worker",
            "-Q",
            queues,
            "-c",
            str(concurrency),
            "--loglevel",
            "INFO",
            "-n",
            f"bots-{socket.gethostname()}-{os.getpid()}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
    )
