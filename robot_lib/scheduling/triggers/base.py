"""What every event trigger shares: its thread, the one-run-at-a-time rule, pauses."""

from __future__ import annotations

import threading
import time
from typing import Any

from loguru import logger

from robot_lib.runtime.schema import FINAL
from robot_lib.scheduling.schedules import Schedule


class EventTrigger:
    """One event schedule. :meth:`poke` says something may have arrived; the thread then asks
    :meth:`check` and, when there is work, starts one run and waits for its end (retries
    included). What arrived meanwhile gives one follow-up run after it, never two at once.
    Without a poke, :meth:`check` still runs every :attr:`interval` seconds."""

    interval = 30.0

    def __init__(self, service: Any, schedule: Schedule, kw: dict[str, Any]) -> None:
        self.service = service
        self.schedule = schedule
        self.kw = kw
        self.fingerprint = str(kw["fingerprint"])
        self.last_run: str | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._loop, name=f"trigger-{schedule.id}", daemon=True
        )

    # what a kind of trigger provides
    def setup(self) -> None:
        """Start watching (called once, before the thread)."""

    def teardown(self) -> None:
        """Stop watching."""

    def check(self, run_id: str) -> str | None:
        """Take what arrived for a run with id *run_id*: a note of it, or None (nothing)."""
        raise NotImplementedError

    def after(self, run_id: str, status: str) -> None:
        """The run ended *status* (``interrupted``: the scheduler stopped under it)."""

    # the shared part
    def start(self) -> None:
        self.setup()
        self._thread.start()
        self.poke()  # what waited while the scheduler was down

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        try:
            self.teardown()
        except Exception as exc:
            logger.warning(f"{self.schedule.id}: stopping the watch: {exc}")

    def poke(self) -> None:
        self._wake.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set() or self.service._stop.is_set()

    def _loop(self) -> None:
        from robot_lib.runtime.process import new_run_id

        sid = self.schedule.id
        while not self.stopping:
            self._wake.wait(self.interval)
            self._wake.clear()
            while not self.stopping and sid not in self.service._paused:
                run_id = new_run_id()
                try:
                    note = self.check(run_id)
                except Exception as exc:  # a mailbox down, a folder gone: said, tried later
                    logger.error(f"{sid}: {exc}")
                    break
                if note is None:
                    break
                logger.info(f"{sid}: {note}: run {run_id}")
                kw = {**self.kw, "trigger": self.schedule.kind, "wait": True}
                started = self.service.run_fire(kw, attempt=1, run_id=run_id)
                status = self._wait_for_end(started) if started else "skipped"
                self.last_run = started
                try:
                    self.after(run_id, status)
                except Exception as exc:
                    logger.error(f"{sid}: after run {run_id}: {exc}")

    def _wait_for_end(self, run_id: str) -> str:
        """The run's final status (its retries included: a retry is a later attempt of the
        same run)."""
        while True:
            run = self.service.store.get_run(run_id)
            if run is not None and run.status in FINAL:
                return str(run.status)
            if self.stopping:
                return "interrupted"
            time.sleep(0.2)
