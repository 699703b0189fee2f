"""Run history, work items and locks on SQLAlchemy Core: SQLite by default, PostgreSQL by
URL (the tables are in ``schema``)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from robot_lib import config
from robot_lib.credentials import mask, mask_data
from robot_lib.files import pid_alive
from robot_lib.runtime.records import HOST, Run, _aware, now
from robot_lib.runtime.review_tasks import track
from robot_lib.runtime.schema import (
    FINAL,
    attempts,
    ensure_schema,
    items,
    locks,
    reviews,
    runs,
)

__all__ = ["HOST", "Run", "Store", "now", "pid_alive"]


class Store:
    """The run history. One per process; cheap to create (the engine is cached per URL)."""

    _engines: dict[str, Engine] = {}

    def __init__(self, url: str | None = None) -> None:
        self.url = url or config.database_url()
        self.engine = self._engine(self.url)

    @classmethod
    def _engine(cls, url: str) -> Engine:
        if url in cls._engines:
            return cls._engines[url]
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(url, connect_args={"timeout": 30})

            @sa.event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
        ensure_schema(engine, url)
        cls._engines[url] = engine
        return engine

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # ------------------------------------------------------------ runs
    def create_run(
        self,
        run_id: str,
        bot: str,
        params: dict[str, Any],
        trigger: str = "cli",
        schedule_id: str | None = None,
        status: str = "queued",
        run_dir: Path | None = None,
        error: str | None = None,
        queue_options: dict[str, Any] | None = None,
        notify: str | None = None,
    ) -> None:
        """Record a new run (*notify*: its alert rule as JSON, see ``alerts``). A run for the workers (*queue_options* given) belongs to the queue
        until a worker claims it: it has no host or pid of its own, so the end of the process
        that queued it never makes it look dead."""
        queued = queue_options is not None
        with self.tx() as c:
            c.execute(
                runs.insert().values(
                    id=run_id,
                    bot=bot,
                    status=status,
                    trigger=trigger,
                    schedule_id=schedule_id,
                    params=json.dumps(mask_data(params), default=str),
                    created_at=now(),
                    attempts=0,
                    host=None if queued else HOST,
                    pid=None if queued else os.getpid(),
                    queue_options=json.dumps(queue_options) if queued else None,
                    notify=notify,
                    items_done=0,
                    items_failed=0,
                    items_review=0,
                    items_skipped=0,
                    run_dir=str(run_dir) if run_dir else None,
                    error=mask(error) if error else None,
                    finished_at=now() if status in FINAL else None,
                )
            )

    def update_run(self, run_id: str, **values: Any) -> None:
        if "error" in values and values["error"]:
            values["error"] = mask(values["error"])
        with self.tx() as c:
            c.execute(runs.update().where(runs.c.id == run_id).values(**values))

    def get_run(self, run_id: str) -> Run | None:
        with self.engine.connect() as c:
            row = c.execute(runs.select().where(runs.c.id == run_id)).first()
            if row is None:  # allow a unique prefix
                rows = c.execute(
                    runs.select().where(runs.c.id.like(run_id + "%")).limit(2)
                ).fetchall()
                row = rows[0] if len(rows) == 1 else None
        return Run.from_row(row) if row else None

    def list_runs(
        self, bot: str | None = None, status: str | None = None, limit: int = 20
    ) -> list[Run]:
        q = runs.select().order_by(runs.c.created_at.desc()).limit(limit)
        if bot:
            q = q.where(runs.c.bot == bot)
        if status:
            q = q.where(runs.c.status == status)
        with self.engine.connect() as c:
            return [Run.from_row(r) for r in c.execute(q)]

    def last_run(self, bot: str) -> Run | None:
        found = self.list_runs(bot=bot, limit=1)
        return found[0] if found else None

    def claim_run(self, run_id: str, worker: str, stale_after: float) -> str:
        """Claim a queued run for *worker* before running it. Returns ``claimed``, ``taken
        over`` (its claimer stopped beating for *stale_after* s, or died on this host),
        ``busy`` (alive elsewhere), ``finished`` or ``missing``."""
        run = self.get_run(run_id)
        if run is None:
            return "missing"
        if run.status in FINAL:
            return "finished"
        values = {"claimed_by": worker, "heartbeat_at": now(), "host": HOST, "pid": os.getpid()}
        with self.tx() as c:
            res = c.execute(
                runs.update()
                .where(runs.c.id == run_id, runs.c.status == "queued", runs.c.claimed_by.is_(None))
                .values(**values)
            )
        if res.rowcount == 1:
            return "claimed"
        beat = _aware(run.heartbeat_at) if hasattr(run, "heartbeat_at") else None
        dead_here = run.host == HOST and not pid_alive(run.pid)
        stale = beat is None or (now() - beat).total_seconds() > stale_after
        if not (dead_here or stale):
            return "busy"
        with self.tx() as c:
            res = c.execute(
                runs.update()
                .where(
                    runs.c.id == run_id,
                    runs.c.claimed_by == run.claimed_by,
                    runs.c.status.notin_(FINAL),
                )
                .values(**values)
            )
        return "taken over" if res.rowcount == 1 else "busy"

    def requeue_stale(self, stale_after: float) -> list[Run]:
        """Claimed runs whose heartbeat is older than *stale_after* seconds (their worker
        died): each is handed back to the queue (unclaimed, ``queued``) exactly once, however
        many workers look at the same moment, and returned so the caller sends it again."""
        cutoff = now() - dt.timedelta(seconds=stale_after)
        with self.engine.connect() as c:
            rows = c.execute(
                runs.select().where(
                    runs.c.status.in_(("running", "queued")),
                    runs.c.claimed_by.isnot(None),
                    runs.c.queue_options.isnot(None),
                    runs.c.heartbeat_at < cutoff,
                )
            ).fetchall()
        back = []
        for row in rows:
            run = Run.from_row(row)
            with self.tx() as c:
                res = c.execute(
                    runs.update()
                    .where(
                        runs.c.id == run.id,
                        runs.c.claimed_by == run.claimed_by,
                        runs.c.heartbeat_at < cutoff,
                        runs.c.status.notin_(FINAL),
                    )
                    .values(claimed_by=None, status="queued", host=None, pid=None)
                )
            if res.rowcount == 1:
                back.append(run)
        return back

    def close_open_items(self, run_id: str) -> int:
        """Items of *run_id* still ``running`` when its run ends (their attempt was killed
        and no later attempt took them up) become ``failed``; returns how many."""
        with self.tx() as c:
            res = c.execute(
                items.update()
                .where(items.c.run_id == run_id, items.c.status == "running")
                .values(
                    status="failed",
                    message="interrupted: the attempt ended while this item was in progress",
                    updated_at=now(),
                )
            )
        return int(res.rowcount or 0)

    def beat(self, run_id: str) -> None:
        """The heartbeat of a running run (so other machines can tell it is alive)."""
        self.update_run(run_id, heartbeat_at=now())

    def mark_interrupted(self) -> list[str]:
        """Runs left ``running``/``queued`` on this host by a process that is gone. Runs of
        the workers are not judged here: a queued one has no process (it waits in the queue)
        and a claimed one is taken over by its heartbeat (:meth:`requeue_stale`)."""
        with self.engine.connect() as c:
            rows = c.execute(
                sa.select(runs.c.id, runs.c.pid).where(
                    runs.c.status.in_(("running", "queued")),
                    runs.c.host == HOST,
                    runs.c.pid.isnot(None),
                    runs.c.claimed_by.is_(None),
                )
            ).fetchall()
        dead = [r.id for r in rows if not pid_alive(r.pid)]
        for run_id in dead:
            with self.tx() as c:
                c.execute(
                    runs.update()
                    .where(runs.c.id == run_id, runs.c.status.in_(("running", "queued")))
                    .values(
                        status="interrupted",
                        finished_at=now(),
                        error="the process running this run died (found at next start)",
                    )
                )
                c.execute(
                    attempts.update()
                    .where(attempts.c.run_id == run_id, attempts.c.status == "running")
                    .values(status="interrupted", finished_at=now())
                )
            self.close_open_items(run_id)  # the item in flight when it died: not `running`
            self.refresh_counts(run_id)
            self.release_locks_of(run_id)
        return dead

    # ------------------------------------------------------------ attempts
    def start_attempt(self, run_id: str, number: int, pid: int | None = None) -> None:
        with self.tx() as c:
            c.execute(
                attempts.insert().values(
                    run_id=run_id, number=number, status="running", started_at=now(), pid=pid
                )
            )
            c.execute(runs.update().where(runs.c.id == run_id).values(attempts=number))

    def set_attempt_pid(self, run_id: str, number: int, pid: int) -> None:
        """Only the pid: the attempt may already have recorded its outcome (a pre-started
        child runs the moment its record exists), which must not be overwritten."""
        with self.tx() as c:
            c.execute(
                attempts.update()
                .where(attempts.c.run_id == run_id, attempts.c.number == number)
                .values(pid=pid)
            )

    def finish_attempt(self, run_id: str, number: int, status: str, **values: Any) -> None:
        for k in ("error", "traceback"):
            if values.get(k):
                values[k] = mask(values[k])
        with self.tx() as c:
            c.execute(
                attempts.update()
                .where(attempts.c.run_id == run_id, attempts.c.number == number)
                .values(status=status, finished_at=now(), **values)
            )

    def get_attempts(self, run_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            rows = c.execute(
                attempts.select().where(attempts.c.run_id == run_id).order_by(attempts.c.number)
            )
            return [dict(r._mapping) for r in rows]

    # ------------------------------------------------------------ items
    def is_done(self, bot: str, key: str) -> bool:
        with self.engine.connect() as c:
            row = c.execute(
                sa.select(items.c.id)
                .where(items.c.bot == bot, items.c.key == key, items.c.status == "done")
                .limit(1)
            ).first()
        return row is not None

    def tried_before(self, bot: str, key: str) -> bool:
        """An unfinished or failed earlier item of *bot* with *key* exists."""
        with self.engine.connect() as c:
            row = c.execute(
                sa.select(items.c.id)
                .where(
                    items.c.bot == bot,
                    items.c.key == key,
                    items.c.status.in_(("running", "failed")),
                )
                .limit(1)
            ).first()
        return row is not None

    def last_done_data(self, bot: str, key: str) -> dict[str, Any] | None:
        """The output data of the latest done item of *bot* with *key*."""
        with self.engine.connect() as c:
            row = c.execute(
                sa.select(items.c.data)
                .where(items.c.bot == bot, items.c.key == key, items.c.status == "done")
                .order_by(items.c.id.desc())
                .limit(1)
            ).first()
        if row is None or not row.data:
            return None
        return dict(json.loads(row.data))

    def done_keys(
        self, bot: str, run_id: str | None = None, before_attempt: int | None = None
    ) -> set[str]:
        """Keys of *bot* done so far (only by *run_id* in attempts before *before_attempt*,
        when given)."""
        q = sa.select(items.c.key).where(items.c.bot == bot, items.c.status == "done")
        if run_id is not None:
            q = q.where(items.c.run_id == run_id)
        if before_attempt is not None:
            q = q.where(items.c.attempt < before_attempt)
        with self.engine.connect() as c:
            return {r.key for r in c.execute(q)}

    def start_item(
        self,
        run_id: str,
        bot: str,
        key: str,
        attempt: int,
        title: str | None = None,
        source: str | None = None,
    ) -> int:
        """The row of an item starting now. An item this run already tried (it failed, or its
        attempt was killed) gets its row back with the new attempt number: one row per item
        and run (the history is in the run's events), never one left ``running`` beside a
        later ``done``."""
        with self.tx() as c:
            open_row = c.execute(
                sa.select(items.c.id).where(
                    items.c.run_id == run_id,
                    items.c.key == mask(key),
                    items.c.status.in_(("running", "failed")),
                )
            ).first()
            if open_row is not None:
                c.execute(
                    items.update()
                    .where(items.c.id == open_row.id)
                    .values(
                        status="running",
                        message=None,
                        attempt=attempt,
                        updated_at=now(),
                        **({"title": mask(title)} if title else {}),
                    )
                )
                return int(open_row.id)
            res = c.execute(
                items.insert().values(
                    run_id=run_id,
                    bot=bot,
                    key=mask(key),
                    title=mask(title) if title else None,
                    source=source,
                    status="running",
                    attempt=attempt,
                    created_at=now(),
                    updated_at=now(),
                )
            )
            pk = res.inserted_primary_key
            assert pk is not None
            return int(pk[0])

    def finish_item(
        self, item_id: int, status: str, message: str | None, data: dict[str, Any] | None
    ) -> None:
        at = now()
        with self.tx() as c:
            c.execute(
                items.update()
                .where(items.c.id == item_id)
                .values(
                    status=status,
                    message=mask(message) if message else None,
                    data=json.dumps(mask_data(data), default=str) if data else None,
                    updated_at=at,
                )
            )
            if status in ("review", "done"):
                row = c.execute(
                    sa.select(items.c.run_id, items.c.bot, items.c.key, items.c.title).where(
                        items.c.id == item_id
                    )
                ).one()
                track(c, row, item_id, status, mask(message) if message else None, at)

    def list_items(
        self, bot: str, status: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """A bot's items across its runs, newest first."""
        q = items.select().where(items.c.bot == bot).order_by(items.c.id.desc()).limit(limit)
        if status:
            q = q.where(items.c.status == status)
        with self.engine.connect() as c:
            return [
                {**r._mapping, "data": json.loads(r.data) if r.data else {}} for r in c.execute(q)
            ]

    def reviews_waiting(self, bots: Any = None) -> dict[str, int]:
        """Per bot, review tasks still open (not done since by a later run or a person)."""
        q = (
            sa.select(reviews.c.bot, sa.func.count())
            .where(reviews.c.resolved_at.is_(None))
            .group_by(reviews.c.bot)
        )
        if bots:
            q = q.where(reviews.c.bot.in_(list(bots)))
        with self.engine.connect() as c:
            return {bot: int(n) for bot, n in c.execute(q)}

    def get_items(self, run_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            rows = c.execute(items.select().where(items.c.run_id == run_id).order_by(items.c.id))
            out = []
            for r in rows:
                d = dict(r._mapping)
                d["data"] = json.loads(d["data"]) if d["data"] else {}
                out.append(d)
            return out

    def item_counts(self, run_id: str) -> dict[str, int]:
        """Counts per status, one per key: a key done in any attempt counts as done,
        otherwise its latest status counts."""
        with self.engine.connect() as c:
            rows = c.execute(
                sa.select(items.c.key, items.c.status)
                .where(items.c.run_id == run_id)
                .order_by(items.c.id)
            ).fetchall()
        final: dict[str, str] = {}
        for key, status in rows:
            if final.get(key) != "done":
                final[key] = status
        counts: dict[str, int] = {}
        for status in final.values():
            counts[status] = counts.get(status, 0) + 1
        return counts

    def refresh_counts(self, run_id: str) -> dict[str, int]:
        counts = self.item_counts(run_id)
        self.update_run(
            run_id,
            items_done=counts.get("done", 0),
            items_failed=counts.get("failed", 0),
            items_review=counts.get("review", 0),
            items_skipped=counts.get("skipped", 0),
        )
        return counts

    # ------------------------------------------------------------ locks
    def acquire_lock(
        self, name: str, owner: str, pid: int | None = None, stale_after: float | None = None
    ) -> dict[str, Any] | None:
        """Take lock *name*; returns None on success, else the holder (host, pid, since).

        A lock held on this host by a dead process is taken over, and so is one whose
        heartbeat (:meth:`refresh_lock`) is older than *stale_after* seconds.
        """
        pid = pid or os.getpid()
        for _ in range(3):
            try:
                with self.tx() as c:
                    c.execute(
                        locks.insert().values(
                            name=name,
                            owner=owner,
                            host=HOST,
                            pid=pid,
                            acquired_at=now(),
                            heartbeat_at=now(),
                        )
                    )
                return None
            except sa.exc.IntegrityError:
                holder = self.lock_holder(name)
                if holder is None:
                    continue
                stale = holder["host"] == HOST and not pid_alive(holder["pid"])
                beat = holder.get("heartbeat_at") or holder["acquired_at"]
                if stale_after is not None and beat is not None:
                    age = (now() - beat).total_seconds()
                    stale = stale or age > stale_after
                if not stale:
                    return holder
                with self.tx() as c:
                    c.execute(
                        locks.delete().where(locks.c.name == name, locks.c.owner == holder["owner"])
                    )
        return self.lock_holder(name)

    def lock_holder(self, name: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            row = c.execute(locks.select().where(locks.c.name == name)).first()
        if row is None:
            return None
        d = dict(row._mapping)
        d["acquired_at"] = _aware(d["acquired_at"])
        d["heartbeat_at"] = _aware(d.get("heartbeat_at"))
        return d

    def refresh_lock(self, name: str, owner: str) -> None:
        """The heartbeat of a long-held lock."""
        with self.tx() as c:
            c.execute(
                locks.update()
                .where(locks.c.name == name, locks.c.owner == owner)
                .values(heartbeat_at=now())
            )

    def release_lock(self, name: str, owner: str) -> None:
        with self.tx() as c:
            c.execute(locks.delete().where(locks.c.name == name, locks.c.owner == owner))

    def release_locks_of(self, owner: str) -> None:
        with self.tx() as c:
            c.execute(locks.delete().where(locks.c.owner == owner))
