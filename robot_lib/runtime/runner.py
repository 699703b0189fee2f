"""One run of a bot: attempts in child processes, hard timeouts, retries with backoff, records.

The parent process (``bots run``, the scheduler, a worker) never imports the bot's module or
its heavy dependencies; each attempt is ``python -m robot_lib.runtime.child`` in its own process
group, killed with its whole tree (a hung Chromium included) at the timeout.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from robot_lib import config
from robot_lib.runtime import scratch
from robot_lib.runtime.cancel import cancel_requested
from robot_lib.runtime.process import (
    AttemptProcess,
    hand_over,
    kill_tree,
    new_run_id,
    start_attempt,
    stop_tree,
)
from robot_lib.runtime.registry import BotSpec, get_spec
from robot_lib.runtime.schema import FINAL
from robot_lib.runtime.store import HOST, Run, Store

__all__ = ["BotBusy", "Runner", "RunOptions", "backoff_delay", "kill_tree", "new_run_id"]

LineSink = Callable[[str], None]


def backoff_delay(
    retry_delay: float | tuple[float, ...] | list[float], attempt: int, jitter: float = 0.2
) -> float:
    """Seconds to wait after failed *attempt* (1-based).

    A number is the base of exponential backoff (base, 2*base, 4*base, ...); a list gives
    each wait (the last one repeats). Jitter spreads the wait by +/- *jitter* (a fraction).
    """
    if isinstance(retry_delay, list | tuple):
        if not retry_delay:
            return 0.0
        base = float(retry_delay[min(attempt - 1, len(retry_delay) - 1)])
    else:
        base = float(retry_delay) * (2 ** (attempt - 1))
    return max(0.0, base * (1 + random.uniform(-jitter, jitter)))


class BotBusy(Exception):
    """Another run of the same bot holds its one-at-a-time lock."""

    def __init__(self, bot: str, holder: dict[str, Any]) -> None:
        self.holder = holder
        super().__init__(
            f"bot {bot} is already running (run {holder['owner']} on {holder['host']}, "
            f"pid {holder['pid']}, since {holder['acquired_at']:%Y-%m-%d %H:%M:%S} UTC)"
        )


@dataclass
class RunOptions:
    retries: int | None = None
    timeout: float | None = None
    trigger: str = "cli"
    schedule_id: str | None = None
    wait: bool = False  # wait for a running instance of the same bot instead of refusing
    wait_timeout: float | None = None
    run_id: str | None = None
    retry_delay: float | tuple[float, ...] | None = None  # overrides the bot's
    start_attempt: int = 1  # continue an existing run (the scheduler's persistent retries)
    prespawned: Any = None  # a child already started for the first attempt (see bots run)
    notify: str | None = None  # the alert rule (JSON) of a schedule; default: the bot's
    alert: bool = True  # send the run's alert at the end (the scheduler sends its own)
    queue_batch: int | None = None  # items the bot's ctx.work_items() takes (on_queue)
    review: dict[str, Any] | None = None  # a person's decision the run carries out
    only_keys: list[str] | None = None  # a retry of some items (bots retry RUN --failed)


class Runner:
    """Runs bots locally. ``Runner().run("name", {"k": "v"})`` returns the final :class:`Run`."""

    def __init__(self, store: Store | None = None, on_line: LineSink | None = None) -> None:
        self.store = store or Store()
        self.on_line = on_line or (lambda line: (sys.stdout.write(line), sys.stdout.flush()))
        self._proc: AttemptProcess | None = None
        self._cancel = threading.Event()
        self._cancel_status = "cancelled"
        self._cancel_by = "user"
        self._prespawned: Any = None
        self._first = 1
        self._queue_batch: int | None = None
        self._review: dict[str, Any] | None = None
        self._only: list[str] | None = None
        self._home: Path | None = None

    def prepare(self, name: str, raw_params: Mapping[str, Any]) -> BotSpec:
        """Find the bot and validate params before anything is recorded (ConfigError)."""
        spec = get_spec(name)
        spec.convert_params(raw_params)
        return spec

    def cancel(self, status: str = "cancelled") -> None:
        """Stop the running attempt (from another thread): the run ends *status*
        (``cancelled``, or ``interrupted`` when a scheduler shuts down)."""
        self._cancel_status = status
        self._cancel.set()
        if self._proc is not None:  # it writes what it did, then its tree is killed
            stop_tree(self._proc, config.stop_grace())

    def run(
        self,
        name: str,
        raw_params: Mapping[str, Any] | None = None,
        options: RunOptions | None = None,
    ) -> Run:
        opts = options or RunOptions()
        self._queue_batch = opts.queue_batch
        self._review = opts.review
        self._only = opts.only_keys
        raw = {k: str(v) if not isinstance(v, str) else v for k, v in (raw_params or {}).items()}
        self.store.mark_interrupted()
        # the home the run's attempts make their folders for (the process's may change before
        # the run ends: a test's, a thread's)
        self._home = config.bots_home()
        scratch.sweep(self._status, self._home)  # (what attempts killed with their runner left)
        spec = self.prepare(name, raw)
        run_id = opts.run_id or new_run_id()
        run_dir = config.runs_dir() / run_id
        run_dir.mkdir(parents=True, exist_ok=True)
        existing = self.store.get_run(run_id)
        if existing is not None and existing.status in FINAL:  # cancelled while it waited
            return existing
        if existing is None:
            self.store.create_run(
                run_id,
                spec.name,
                raw,
                opts.trigger,
                opts.schedule_id,
                run_dir=run_dir,
                notify=opts.notify,
            )
        else:  # a queued run taken by this worker: its folder is on this machine
            self.store.update_run(
                run_id, status="queued", pid=os.getpid(), host=HOST, run_dir=str(run_dir)
            )
        lock = f"bot:{spec.name}"
        stale = config.heartbeat_stale()
        # the run beats from now on, also while it waits for the bot's lock: a worker that
        # waits is alive, and its run must not be taken for dead and handed to another
        beating = threading.Event()
        threading.Thread(target=self._heartbeat, args=(run_id, lock, beating), daemon=True).start()
        try:
            holder = self.store.acquire_lock(lock, run_id, stale_after=stale)
            deadline = time.monotonic() + (opts.wait_timeout or 1e12)
            while holder is not None and opts.wait and time.monotonic() < deadline:
                if self._cancel.wait(0.5):
                    why = "cancelled by user while waiting for the bot's earlier run"
                    self.store.update_run(run_id, status="cancelled", finished_at=_now(), error=why)
                    raise KeyboardInterrupt
                holder = self.store.acquire_lock(lock, run_id, stale_after=stale)
            if holder is not None:
                if opts.prespawned is not None:
                    kill_tree(opts.prespawned)
                busy = BotBusy(spec.name, holder)
                self.store.update_run(
                    run_id, status="skipped", finished_at=_now(), error=f"skipped: {busy}"
                )
                raise busy
        except BaseException:
            beating.set()
            raise
        try:
            self._prespawned = opts.prespawned
            return self._attempts(spec, raw, run_id, run_dir, opts)
        finally:
            beating.set()
            if self._prespawned is not None:  # never used: do not leave it waiting
                kill_tree(self._prespawned)
                self._prespawned = None
            self.store.release_lock(lock, run_id)
            # (again at the end: a browser's processes still dying when an attempt ended may
            # have written into its folder after it was removed)
            scratch.sweep(self._status, self._home)
            self._write_report(run_id)
            if opts.alert:
                self.alert(run_id, spec)

    def alert(self, run_id: str, spec: BotSpec | None = None) -> None:
        """Tell the people the run's rule names (never changes the run's outcome)."""
        try:
            from robot_lib.runtime import alerts

            for sent in alerts.after_run(self.store, run_id, alerts.rule_of(spec)):
                what = "sent to" if sent["status"] == "sent" else "FAILED for"
                self.on_line(f"alert {what} {sent['target']}\n")
        except Exception as exc:
            self.on_line(f"(alert not sent: {exc})\n")

    def _attempts(
        self, spec: BotSpec, raw: dict[str, str], run_id: str, run_dir: Path, opts: RunOptions
    ) -> Run:
        retries = spec.retries if opts.retries is None else opts.retries
        timeout = spec.timeout if opts.timeout is None else opts.timeout
        earlier = self.store.get_attempts(run_id)
        for a in earlier:
            if a["status"] == "running":  # its process is gone (a worker died): close it
                self.store.finish_attempt(
                    run_id,
                    a["number"],
                    "interrupted",
                    error="the process running this attempt died",
                )
        first = max(opts.start_attempt, max((a["number"] for a in earlier), default=0) + 1)
        self._first = first
        if first == 1:
            self.store.update_run(run_id, status="running", started_at=_now(), pid=os.getpid())
        else:
            self.store.update_run(run_id, status="running", pid=os.getpid())
        status, error = "failed", None
        attempt = 0
        try:
            for attempt in range(first, first + retries + 1):
                status, kind, error = self._one_attempt(
                    spec, raw, run_id, run_dir, attempt, timeout
                )
                retry = kind == "application" and attempt < first + retries
                if not retry:
                    break
                delay = backoff_delay(
                    spec.retry_delay if opts.retry_delay is None else opts.retry_delay, attempt
                )
                self.store.finish_attempt(
                    run_id, attempt, self._attempt_status(run_id, attempt), retry_in=delay
                )
                # the attempt's error is on the line above (the bot's own, or the timeout's)
                self.on_line(f"attempt {attempt} {status}; attempt {attempt + 1} in {delay:.1f}s\n")
                if self._cancel.wait(delay):
                    raise KeyboardInterrupt
        except KeyboardInterrupt:
            if self._proc is not None:
                kill_tree(self._proc)
            why = (
                f"cancelled by {self._cancel_by}"
                if self._cancel_status == "cancelled"
                else "stopped by shutdown"
            )
            self.store.finish_attempt(run_id, attempt, self._cancel_status, error=why)
            self.store.update_run(run_id, status=self._cancel_status, finished_at=_now(), error=why)
            self.store.close_open_items(run_id)
            self.store.refresh_counts(run_id)
            raise
        self.store.update_run(run_id, status=status, finished_at=_now(), error=error)
        self.store.close_open_items(run_id)
        self.store.refresh_counts(run_id)
        run = self.store.get_run(run_id)
        assert run is not None
        return run

    def _heartbeat(self, run_id: str, lock: str, stop: threading.Event) -> None:
        """Show other machines this run (and its bot lock) is alive; every second, look for
        a cancel asked for from elsewhere (``bots cancel``, the console)."""
        interval = config.heartbeat_interval()
        last = time.monotonic()
        while not stop.wait(min(1.0, interval)):
            try:
                if not self._cancel.is_set():
                    by = cancel_requested(self.store, run_id)
                    if by:
                        self.on_line(f"cancel asked by {by}: stopping\n")
                        self._cancel_by = by
                        self.cancel()
                if time.monotonic() - last >= interval:
                    last = time.monotonic()
                    self.store.beat(run_id)
                    self.store.refresh_lock(lock, run_id)
            except Exception:  # a missed beat is not worth failing the run for
                pass

    def _credentials(self, spec: BotSpec) -> dict[str, Any]:
        """What the attempt's process receives: only the credentials its bot declares (the
        environment it inherits holds no secret). A vault that cannot be opened fails the
        attempt with its one clear message."""
        from robot_lib.errors import ConfigError
        from robot_lib.runtime.vault import credentials_for

        names = spec.all_credentials
        if not names:
            return {"values": {}, "vault": []}
        try:
            return credentials_for(names, self.store)
        except ConfigError as exc:
            return {"values": {}, "vault": [], "error": str(exc)}

    def _status(self, run_id: str) -> str | None:
        run = self.store.get_run(run_id)
        return None if run is None else run.status

    def _attempt_status(self, run_id: str, number: int) -> str:
        for a in self.store.get_attempts(run_id):
            if a["number"] == number:
                return str(a["status"])
        return "failed"

    def _one_attempt(
        self,
        spec: BotSpec,
        raw: dict[str, str],
        run_id: str,
        run_dir: Path,
        attempt: int,
        timeout: float | None,
    ) -> tuple[str, str | None, str | None]:
        """Run one attempt; returns (status, error kind, error)."""
        job = {
            "run_id": run_id,
            "attempt": attempt,
            "bot": spec.name,
            "file": spec.file,
            "params": raw,
            "run_dir": str(run_dir),
            "queue_batch": self._queue_batch,
        }
        handed = self._credentials(spec)
        if self._review is not None:  # on stdin too: corrections are never stored
            handed["review"] = self._review
        if self._only is not None:
            handed["only_keys"] = self._only
        self.store.start_attempt(run_id, attempt)
        proc = self._prespawned if attempt == self._first else None
        self._prespawned = None
        if proc is None:
            proc = start_attempt(job, self.store.url)
        hand_over(proc, handed)
        self._proc = proc
        if self._cancel.is_set():  # cancelled before the process was ours to stop
            kill_tree(proc)
        self.store.set_attempt_pid(run_id, attempt, proc.pid)
        reader = threading.Thread(target=self._pump, args=(proc,), daemon=True)
        reader.start()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            grace = config.stop_grace()
            stop_tree(proc, grace)  # the bot writes what it did (SIGTERM), then the tree dies
            try:
                proc.wait(timeout=grace + 10)
            except subprocess.TimeoutExpired:
                kill_tree(proc)
            reader.join(timeout=2)
            msg = f"attempt {attempt} timed out after {timeout:g}s; process tree stopped"
            self.store.finish_attempt(
                run_id, attempt, "timed_out", error_kind="application", error=msg
            )
            self.on_line(msg + "\n")
            return "timed_out", "application", msg
        finally:
            self._proc = None
            scratch.remove(run_id, attempt, self._home)  # its process has ended, however it ended
        reader.join(timeout=5)
        if self._cancel.is_set():
            raise KeyboardInterrupt
        rec = next((a for a in self.store.get_attempts(run_id) if a["number"] == attempt), None)
        if rec is None or rec["status"] == "running":
            msg = f"attempt {attempt}: the bot process exited with code {proc.returncode}"
            self.store.finish_attempt(
                run_id, attempt, "failed", error_kind="application", error=msg
            )
            self.on_line(msg + "\n")
            return "failed", "application", msg
        return str(rec["status"]), rec["error_kind"], rec["error"]

    def _pump(self, proc: AttemptProcess) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            self.on_line(line)

    def _write_report(self, run_id: str) -> None:
        try:
            from robot_lib.runtime.report import write_report

            write_report(self.store, run_id)
        except Exception as exc:  # a report must never change a run's outcome
            self.on_line(f"(report not written: {exc})\n")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
