"""The scheduler service: APScheduler 3 fed from ``schedules/*.toml``, without its traps.

- Jobs live in a persistent SQLAlchemy job store in the run-history database and reference
  :func:`fire` by import path with plain keyword arguments: no pickled closures.
- The schedule files are the source of truth: on start, on SIGHUP/``bots scheduler reload``
  and when a file changes, the job store is reconciled with them (added, changed, removed).
- Exactly one scheduler per database: a lock row with a heartbeat; a second ``start``
  refuses, naming host, pid and since when; a stale lock (dead pid, or no heartbeat for a
  minute) is taken over.
- Every job has an explicit ``misfire_grace_time``, ``coalesce=True`` and
  ``max_instances=1``. After downtime each schedule runs at most once (if within grace); the
  fires it skipped are recorded as ``missed`` runs (APScheduler drops them silently).
- Each fire runs the bot in a child process (a warm one, started ahead) with its timeout: a
  hung bot cannot block the scheduler; a fire while the bot still runs is recorded ``skipped``.
- Retries are one-off jobs in the store (``retry:<run id>``), so a retry waiting for its
  backoff holds no thread and survives a restart.
- SIGTERM/SIGINT: stop firing, give running bots a grace period, then stop them (interrupted).
- A run's final outcome alerts as its schedule says (``notify_on``, see ``runtime.alerts``),
  a missed fire alerts as a failure, and each ``[[digest]]`` is mailed or posted daily.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import threading
import time
from pathlib import Path
from typing import Any

from loguru import logger

from robot_lib import config
from robot_lib.runtime.process import WARM
from robot_lib.runtime.store import Store, now
from robot_lib.scheduling.schedules import Schedule, load_digests, load_schedules
from robot_lib.scheduling.state import JOB_TABLE, LOCK

HEARTBEAT = 10.0
STALE_AFTER = 60.0
_service: SchedulerService | None = None


class SchedulerBusy(Exception):
    """Another scheduler holds the lock for this database."""


def _job_kwargs(s: Schedule) -> dict[str, Any]:
    from robot_lib.runtime.registry import get_spec

    spec = get_spec(s.bot)
    return {
        "schedule_id": s.id,
        "bot": s.bot,
        "params": dict(s.params),
        "retries": s.retries,
        "timeout": s.timeout,
        "notify_email": s.notify_email,
        "notify_webhook": s.notify_webhook,
        "notify": s.alert_rule(spec.notify_on, spec.notify),
        "fingerprint": s.fingerprint(),
    }


def fire(**kw: Any) -> None:
    """The job function (referenced by import path): run one scheduled fire."""
    if _service is None:
        raise RuntimeError("robot_lib.scheduling.service.fire called outside a scheduler")
    _service.run_fire(kw, attempt=1, run_id=None)


def digest_job(**kw: Any) -> None:
    """The job of a ``[[digest]]``: send the summary to its addresses."""
    from robot_lib.runtime.alerts import send_digest

    store = _service.store if _service is not None else Store()
    send_digest(store, kw["to"], float(kw["hours"]), kw.get("bots") or None)


def retention_job(older_than: float) -> None:
    """The daily job of ``BOTS_RETENTION``."""
    from robot_lib.runtime.retention import prune

    store = _service.store if _service is not None else Store()
    out = prune(store, float(older_than))
    logger.info(f"retention: removed {out['runs']} run(s), {out['folders']} folder(s)")


def retry(**kw: Any) -> None:
    """The one-off job that continues a scheduled run with its next attempt."""
    if _service is None:
        raise RuntimeError("robot_lib.scheduling.service.retry called outside a scheduler")
    _service.run_fire(kw, attempt=int(kw.pop("attempt")), run_id=str(kw.pop("run_id")))


def lock_owner() -> str:
    return f"scheduler@{socket.gethostname()}:{os.getpid()}"


class SchedulerService:
    """One long-running scheduler (``bots scheduler start``)."""

    def __init__(
        self,
        store: Store | None = None,
        directory: Path | None = None,
        workers: int | None = None,
        shutdown_grace: float | None = None,
    ) -> None:
        self.store = store or Store()
        self.directory = directory or config.schedules_dir()
        self.workers = workers or int(os.environ.get("BOTS_SCHEDULER_WORKERS", "20"))
        self.grace = (
            shutdown_grace
            if shutdown_grace is not None
            else float(os.environ.get("BOTS_SHUTDOWN_GRACE", "30"))
        )
        self.owner = lock_owner()
        self.sched: Any = None
        self.runners: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._reload = threading.Event()
        self._mtimes: dict[str, float] = {}
        # job arguments by id: a one-off job leaves the store before its 'missed' event comes
        self._known: dict[str, dict[str, Any]] = {}
        self._paused: set[str] = set()
        self.events: dict[str, Any] = {}  # schedule id -> its EventTrigger (on_file ...)
        self.watchers: Any = None  # the file triggers' shared observers

    # ------------------------------------------------------------ lifecycle
    def acquire(self) -> None:
        holder = self.store.acquire_lock(LOCK, self.owner, stale_after=STALE_AFTER)
        if holder is not None:
            since = holder["acquired_at"].astimezone().strftime("%Y-%m-%d %H:%M:%S")
            raise SchedulerBusy(
                f"another scheduler is running on this database: lock held by "
                f"{holder['host']} pid {holder['pid']} since {since}"
            )

    def start(self) -> None:
        """Take the lock, reconcile, record missed fires, start firing (non-blocking)."""
        global _service
        from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
        from apscheduler.schedulers.background import BackgroundScheduler

        from robot_lib.scheduling.executors import check_celery_config, executor_name

        if executor_name() == "celery":
            check_celery_config()  # fail at start, not at the first fire
        else:  # a warm child waits for each fire: no interpreter start, no imports then
            WARM.enable(self.store.url)
        self.acquire()
        self.store.mark_interrupted()
        _service = self
        self.sched = BackgroundScheduler(
            jobstores={
                "default": SQLAlchemyJobStore(engine=self.store.engine, tablename=JOB_TABLE)
            },
            executors={"default": ThreadPoolExecutor(self.workers)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 600},
        )
        self.sched.add_listener(self._on_missed, EVENT_JOB_MISSED)
        self.sched.add_listener(self._on_busy, EVENT_JOB_MAX_INSTANCES)
        self.sched.start(paused=True)
        self.reconcile()
        self._apply_pauses()  # before the first fire: a paused schedule never fires
        self._record_downtime_misses()
        self.sched.resume()
        threading.Thread(target=self._housekeeping, daemon=True).start()
        logger.info(f"scheduler started ({self.owner}); {len(self.jobs())} job(s)")

    def jobs(self) -> list[Any]:
        return list(self.sched.get_jobs()) if self.sched else []

    def serve_forever(self) -> None:
        """Block until SIGTERM/SIGINT; SIGHUP reloads the schedule files."""
        signal.signal(signal.SIGTERM, lambda *_: self._stop.set())
        signal.signal(signal.SIGINT, lambda *_: self._stop.set())
        signal.signal(signal.SIGHUP, lambda *_: self._reload.set())
        while not self._stop.wait(0.5):
            pass
        self.stop()

    def stop(self) -> None:
        """Stop firing; give running bots the grace period, then stop them (interrupted)."""
        global _service
        logger.info(
            f"scheduler stopping: {len(self.runners)} run(s) still going, {self.grace:g}s grace"
        )
        self._stop.set()
        for trigger in self.events.values():
            trigger.stop()
        if self.watchers is not None:
            self.watchers.stop()
        if self.sched is not None:
            self.sched.pause()
        deadline = time.monotonic() + self.grace
        while self.runners and time.monotonic() < deadline:
            time.sleep(0.2)
        with self._lock:
            for runner in list(self.runners.values()):
                runner.cancel(status="interrupted")
        t0 = time.monotonic()
        while self.runners and time.monotonic() - t0 < 15:
            time.sleep(0.1)
        if self.sched is not None:
            self.sched.shutdown(wait=False)
        self.store.release_lock(LOCK, self.owner)
        _service = None
        WARM.stop()
        logger.info("scheduler stopped")

    # ------------------------------------------------------------ reconcile
    def reconcile(self) -> dict[str, list[str]]:
        """Make the job store match the schedule files; returns what changed."""
        schedules, problems = load_schedules(self.directory, validate_bots=True)
        for p in problems:
            logger.error(f"schedule ignored: {p}")
        wanted = {s.id: s for s in schedules if s.enabled}
        digests, digest_problems = load_digests(self.directory)
        for p in digest_problems:
            logger.error(f"digest ignored: {p}")
        wanted_digests = {f"digest:{d.id}": d for d in digests if d.enabled}
        existing = {j.id: j for j in self.sched.get_jobs() if not j.id.startswith("retry:")}
        changes: dict[str, list[str]] = {"added": [], "changed": [], "removed": []}
        for sid, job in existing.items():
            if sid not in wanted and sid not in wanted_digests:
                job.remove()
                changes["removed"].append(sid)
        for jid, d in wanted_digests.items():
            dkw = {
                "to": list(d.to),
                "hours": d.hours,
                "bots": list(d.bots),
                "fingerprint": d.fingerprint(),
            }
            old = existing.get(jid)
            if old is not None and old.kwargs.get("fingerprint") == dkw["fingerprint"]:
                continue
            self.sched.add_job(
                "robot_lib.scheduling.service:digest_job",
                trigger=d.trigger(),
                id=jid,
                name=f"digest {d.id}",
                kwargs=dkw,
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=3600,
            )
            changes["changed" if old is not None else "added"].append(jid)
        from robot_lib.scheduling.triggers import reconcile_events

        reconcile_events(self, wanted, existing, changes)
        for sid, s in wanted.items():
            if s.event:
                continue
            kw = _job_kwargs(s)
            self._known[sid] = kw
            job = existing.get(sid)
            if job is not None and job.kwargs.get("fingerprint") == kw["fingerprint"]:
                continue
            if job is None and s.at is not None and self._one_off_done(s):
                continue  # a one-off that already fired (or was missed) is not re-added
            trigger = s.trigger()
            if s.jitter:
                trigger.jitter = int(s.jitter)
            self.sched.add_job(
                "robot_lib.scheduling.service:fire",
                trigger=trigger,
                id=sid,
                name=f"{s.bot} ({sid})",
                kwargs=kw,
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=int(max(1, s.misfire_grace)),
            )
            changes["changed" if job is not None else "added"].append(sid)
        self._mtimes = self._scan()
        self._paused -= set(changes["added"]) | set(changes["changed"])  # re-added: running
        self._add_retention_job()
        if any(changes.values()):
            logger.info(f"schedules reconciled: {json.dumps(changes)}")
        return changes

    def _add_retention_job(self) -> None:
        """``BOTS_RETENTION`` set: prune old runs daily at 03:30 (local time)."""
        from robot_lib.runtime.retention import retention

        keep = retention()
        jid = "housekeeping:retention"
        if keep is None:
            if self.sched.get_job(jid) is not None:
                self.sched.remove_job(jid)
            return
        self.sched.add_job(
            "robot_lib.scheduling.service:retention_job",
            trigger="cron",
            hour=3,
            minute=30,
            id=jid,
            name="prune old runs (BOTS_RETENTION)",
            kwargs={"older_than": keep},
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=6 * 3600,
        )

    def _one_off_done(self, s: Schedule) -> bool:
        import sqlalchemy as sa

        from robot_lib.runtime.schema import runs

        assert s.at is not None
        at = s.trigger().run_date  # the at time, made aware in the schedule's zone
        with self.store.engine.connect() as c:
            row = c.execute(
                sa.select(runs.c.id)
                .where(
                    runs.c.schedule_id == s.id,
                    runs.c.created_at >= at.astimezone(dt.UTC) - dt.timedelta(seconds=2),
                )
                .limit(1)
            ).first()
        return row is not None

    def _scan(self) -> dict[str, float]:
        if not self.directory.is_dir():
            return {}
        return {str(p): p.stat().st_mtime for p in self.directory.glob("*.toml")}

    def _apply_pauses(self) -> None:
        """Pause or resume jobs as operators asked (``bots schedule pause``, the console).
        Every second: only the schedules whose state changed are looked up (loading all the
        jobs each time cost 5 % of a core with 500 schedules)."""
        from robot_lib.scheduling.state import paused_schedules

        wanted = set(paused_schedules(self.store))
        for sid in wanted ^ self._paused:
            pause = sid in wanted
            job = None if sid.startswith(("retry:", "digest:", "housekeeping:")) else sid
            if job is not None and (found := self.sched.get_job(job) if self.sched else None):
                found.pause() if pause else found.resume()
            elif sid in self.events:
                if not pause:
                    self.events[sid].poke()  # what arrived while it was paused
            else:
                continue  # not a schedule of these files (yet)
            (self._paused.add if pause else self._paused.discard)(sid)
            logger.info(f"{sid}: {'paused' if pause else 'resumed'}")

    def _housekeeping(self) -> None:
        while not self._stop.wait(1.0):
            try:
                if self._reload.is_set() or self._scan() != self._mtimes:
                    self._reload.clear()
                    self.reconcile()
                self._apply_pauses()
                self.store.refresh_lock(LOCK, self.owner)
            except Exception as exc:  # keep the service alive; say what went wrong
                logger.exception(f"housekeeping failed: {exc}")

    # ------------------------------------------------------------ misses
    def _record_downtime_misses(self) -> None:
        """Fires skipped while the scheduler was down: APScheduler coalesces them into the
        last one (run if within grace, else reported missed) and forgets the rest."""
        current = dt.datetime.now(dt.UTC)
        for job in self.sched.get_jobs():
            if job.id.startswith(("retry:", "digest:")) or job.next_run_time is None:
                continue
            times: list[dt.datetime] = []
            t = job.next_run_time
            while t is not None and t <= current and len(times) < 1000:
                times.append(t)
                t = job.trigger.get_next_fire_time(
                    t, t.astimezone(dt.UTC) + dt.timedelta(seconds=1)
                )
            for n, missed in enumerate(times[:-1], 1):  # one alert per schedule, not per fire
                self._record_missed(
                    job.kwargs, missed, "the scheduler was not running", alert=n == len(times) - 1
                )

    def _record_fire(self, kw: dict[str, Any], status: str, error: str, alert: bool = True) -> None:
        """A fire that did not run (missed, skipped) is still a row in the run history."""
        from robot_lib.runtime.process import new_run_id

        run_id = new_run_id()
        self.store.create_run(
            run_id,
            kw["bot"],
            kw["params"],
            trigger="schedule",
            schedule_id=kw["schedule_id"],
            status=status,
            error=error,
            notify=kw.get("notify"),
        )
        logger.warning(f"{kw['schedule_id']}: {error}")
        if status == "skipped":
            self._once_a_day(run_id, kw["schedule_id"])
        if status == "missed" and alert:  # nobody ran it: the people waiting for it are told
            self.alert(run_id)

    def _once_a_day(self, run_id: str, schedule_id: str) -> None:
        from robot_lib.scheduling.state import refused_once_a_day

        refused_once_a_day(self.store, run_id, schedule_id)

    def _record_missed(
        self, kw: dict[str, Any], at: dt.datetime, why: str, alert: bool = True
    ) -> None:
        self._record_fire(
            kw, "missed", f"fire at {at.astimezone():%Y-%m-%d %H:%M:%S %Z} missed: {why}", alert
        )

    def _on_missed(self, event: Any) -> None:
        kw = self._known.get(event.job_id)
        if kw is not None:
            self._record_missed(kw, event.scheduled_run_time, "later than its misfire grace")

    def _on_busy(self, event: Any) -> None:
        kw = self._known.get(event.job_id)
        if kw is not None:
            self._record_fire(
                kw, "skipped", "skipped (still running): the previous fire has not finished"
            )

    # ------------------------------------------------------------ running
    def run_fire(self, kw: dict[str, Any], attempt: int, run_id: str | None) -> str | None:
        """Run one fire of a schedule (the clock, or an event trigger: ``kw["trigger"]``);
        returns the run's id (None: nothing was started)."""
        from robot_lib.errors import ConfigError
        from robot_lib.runtime.registry import get_spec
        from robot_lib.runtime.runner import BotBusy, Runner, RunOptions, backoff_delay, new_run_id

        if self._stop.is_set():
            return None
        sid = kw["schedule_id"]
        trigger = kw.get("trigger", "schedule")
        if attempt == 1 and sid in self._paused:  # paused between the fire and now
            return None
        from robot_lib.scheduling.executors import enqueue, executor_name

        if executor_name() == "celery":  # the workers run it (and retry it)
            try:
                queued = enqueue(
                    kw["bot"],
                    kw["params"],
                    retries=kw.get("retries"),
                    timeout=kw.get("timeout"),
                    trigger=trigger,
                    schedule_id=sid,
                    notify=kw.get("notify"),
                    run_id=run_id,
                )
                logger.info(f"{sid}: queued run {queued}")
                return queued
            except ConfigError as exc:
                logger.error(f"{sid}: cannot queue: {exc}")
            return None
        run_id = run_id or new_run_id()

        def line(text: str) -> None:
            logger.opt(raw=True).info(f"[{sid}] {text}")

        runner = Runner(self.store, on_line=line)
        with self._lock:
            self.runners[run_id] = runner
        try:
            spec = get_spec(kw["bot"])
            retries = spec.retries if kw.get("retries") is None else int(kw["retries"])
            result = runner.run(
                kw["bot"],
                kw["params"],
                RunOptions(
                    retries=0,
                    timeout=kw.get("timeout"),
                    trigger=trigger,
                    schedule_id=sid,
                    wait=bool(kw.get("wait")),  # an event waits for the bot's earlier run
                    queue_batch=kw.get("batch"),
                    run_id=run_id,
                    start_attempt=attempt,
                    notify=kw.get("notify"),
                    alert=False,  # sent below, once no retry follows
                ),
            )
        except BotBusy as exc:
            logger.warning(f"{sid}: skipped (still running): {exc}")
            self._once_a_day(run_id, sid)
            return run_id
        except ConfigError as exc:
            logger.error(f"{sid}: {exc}")
            self.store.create_run(
                run_id,
                kw["bot"],
                kw["params"],
                trigger=trigger,
                schedule_id=sid,
                status="failed",
                error=str(exc),
                notify=kw.get("notify"),
            )
            self.alert(run_id)
            return run_id
        except KeyboardInterrupt:  # stopped while it waited for the bot's earlier run
            return run_id
        finally:
            with self._lock:
                self.runners.pop(run_id, None)
        if result.status in ("succeeded", "partial", "interrupted", "cancelled"):
            self.alert(run_id)
            return run_id
        last = self.store.get_attempts(run_id)[-1]
        if last["error_kind"] == "application" and attempt <= retries and not self._stop.is_set():
            delay = backoff_delay(spec.retry_delay, attempt)
            when = now() + dt.timedelta(seconds=delay)
            self.store.update_run(
                run_id,
                status="retrying",
                finished_at=None,
                error=f"attempt {attempt} failed: {last['error']}; "
                f"attempt {attempt + 1} at {when.astimezone():%H:%M:%S}",
            )
            self.store.finish_attempt(run_id, attempt, last["status"], retry_in=delay)
            self.sched.add_job(
                "robot_lib.scheduling.service:retry",
                trigger="date",
                run_date=when,
                id=f"retry:{run_id}",
                kwargs={**kw, "attempt": attempt + 1, "run_id": run_id},
                misfire_grace_time=None,
                replace_existing=True,
            )
            logger.info(f"{sid}: attempt {attempt} failed; retry in {delay:.1f}s")
            return run_id
        self.alert(run_id)
        return run_id

    def alert(self, run_id: str) -> None:
        """The run's alert as its rule says (a failing channel is logged, never raised)."""
        from robot_lib.runtime.alerts import after_run

        try:
            after_run(self.store, run_id)
        except Exception as exc:
            logger.error(f"run {run_id}: alert not sent: {exc}")
