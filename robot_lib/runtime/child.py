"""The child process of one attempt: ``python -m robot_lib.runtime.child`` (started by the runner).

Reads its job from the ``BOTS_JOB`` environment variable (JSON), or, started warm ahead of
need (``BOTS_WARM=1``), from the first line of stdin once its imports are done; imports only
the bot's own module, runs it, and records the attempt's outcome in the run history. Dies with its parent.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any


def _watch_parent(parent: int) -> None:
    # every 0.1 s: an attempt whose runner was killed must stop before it does much more
    # (with 0.5 s a short item could still finish and be recorded by an orphan)
    while True:
        time.sleep(0.1)
        if os.getppid() != parent:
            try:
                os.killpg(0, signal.SIGKILL)
            finally:
                os._exit(137)


def main() -> int:
    # asked to stop (Ctrl-C, a timeout, a cancel, a scheduler shutting down): stop like
    # Ctrl-C, so the bot's `finally` blocks write what was done before the tree is killed
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()

    from robot_lib.context import RunContext, format_exception
    from robot_lib.credentials import Secrets, is_secret_name, mask, register_secret
    from robot_lib.errors import ConfigError, bot_frame, kind_of, summary
    from robot_lib.runtime.logs import setup_run_logging
    from robot_lib.runtime.memory import BotMemory
    from robot_lib.runtime.registry import get_spec, import_bot_file
    from robot_lib.runtime.store import Store
    from robot_lib.runtime.work_queue import WorkQueue

    store = Store()  # before the job: a warm child has its database connection ready
    if os.environ.get("BOTS_WARM") == "1":  # started ahead: the job comes as stdin's first line
        line = sys.stdin.readline()
        if not line:
            return 0  # the parent stopped before it needed us
        job: dict[str, Any] = json.loads(line)
    else:
        job = json.loads(os.environ["BOTS_JOB"])
    run_id, attempt, bot_name = job["run_id"], int(job["attempt"]), job["bot"]
    from robot_lib.runtime import scratch

    scratch.enter(run_id, attempt)  # the browser's profile and every temporary file: ours
    handed: dict[str, Any] = json.loads(sys.stdin.read() or "{}")  # runner.hand_over
    run_dir = Path(job["run_dir"])
    if os.environ.get("BOTS_WAIT_FOR_ATTEMPT") == "1":
        # started before the parent wrote the run: wait for our attempt's record (if the
        # parent goes away instead, the watchdog ends this process)
        while not any(a["number"] == attempt for a in store.get_attempts(run_id)):
            time.sleep(0.01)
    log = setup_run_logging(run_dir, run_id, bot_name, attempt)
    ctx: RunContext | None = None
    status, values = "failed", {}
    bot_file = str(job["file"])
    try:
        import_bot_file(Path(job["file"]))
        spec = get_spec(bot_name)
        params = spec.convert_params(job["params"])
        if handed.get("error"):
            raise ConfigError(handed["error"])
        for name, value in handed.get("values", {}).items():
            if name in handed.get("vault", ()) or is_secret_name(name):
                register_secret(value)
        ctx = RunContext(
            run_id=run_id,
            bot=bot_name,
            attempt=attempt,
            params=params,
            artifacts=run_dir,
            log=log,
            secrets=Secrets(
                bot_name,
                declared=spec.all_credentials,
                handed=handed.get("values", {}),
                bot_file=spec.file,
            ),
            store=store,
            queue=WorkQueue(store, bot_name, run_id),
            memory=BotMemory(store, bot_name),
            queue_batch=int(job.get("queue_batch") or 50),
            breaker=spec.breaker,
        )
        log.info(f"attempt {attempt} started (pid {os.getpid()})")
        if handed.get("only_keys") is not None:  # bots retry RUN --failed
            ctx.only_keys = set(handed["only_keys"])
        if handed.get("review"):  # a person's decision on an item in review
            from robot_lib.runtime.review_tasks import perform

            perform(ctx, spec, params, handed["review"])
        else:
            spec.func(ctx, **params)
        failed = ctx.counts.get("failed", 0)
        review = ctx.counts.get("review", 0)
        done = sum(ctx.counts.get(s, 0) for s in ("done", "skipped", "done_before"))
        if failed and not done and not review:  # nothing got through: the run failed
            status = "failed"
            values = {
                "error_kind": "application" if ctx.retryable_failures else "business",
                "error": f"all {failed} item(s) failed",
            }
        elif failed:
            status = "partial"
            values = {
                "error_kind": "application" if ctx.retryable_failures else "business",
                "error": f"{failed} item(s) failed" + (f", {review} in review" if review else ""),
            }
        else:  # done and review only: a review is the bot doing its job (a person goes on)
            status = "succeeded"
        log.info(f"attempt {attempt} finished: {status}")
    except BaseException as exc:  # noqa: BLE001 - the attempt's outcome is recorded whatever it is
        kind = kind_of(exc)
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            kind = "application"
        status = "failed"
        where = bot_frame(exc, bot_file) if kind == "application" else None
        short = summary(exc) + (f" (at {where})" if where else "")
        values = {
            "error_kind": kind,
            "error_type": type(exc).__name__,
            "error": mask(short),
            "traceback": format_exception(exc),
        }
        # one line on the console (the bot's file:line for a crash in its own code); the
        # traceback is in run.log, the run record and the report
        log.opt(exception=exc).error(f"attempt {attempt} failed ({kind} error): {short}")
        if ctx is not None:
            ctx._evidence("failure")
    finally:
        if ctx is not None:
            ctx.close(status != "succeeded")
            store.refresh_counts(run_id)
    store.finish_attempt(run_id, attempt, status, **values)
    sys.stdout.flush()
    return 0 if status == "succeeded" else 1


if __name__ == "__main__":
    sys.exit(main())
