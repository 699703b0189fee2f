"""Work handed on between bots: a producer's ``ctx.hand_over("data_entry", payload,
files=[...])`` puts an item in the consumer's queue (table ``work_queue``); the consumer
takes them with ``ctx.work_items()``; a schedule with ``on_queue`` starts it when items wait.

- A hand-over is idempotent: its key (by default the producer, its current item's key and
  the hand-over's number within that item) is unique per consumer, so a producer's retry does
  not hand the same thing over twice.
- Files are copied into ``$BOTS_HOME/queue/<consumer>/<key hash>/`` before the row exists:
  a consumer never sees an item whose files are missing.
- An item is taken by one run at a time. It leaves the queue when the consumer has done it or
  sent it to review; one its run failed, or a run that died, waits ``RETRY_AFTER`` and is
  taken again.
- Each consumer item keeps its lineage: ``BOT run RUN_ID item KEY`` (``items.source``),
  shown by ``bots items`` and the console's run page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from robot_lib import config
from robot_lib.credentials import mask, mask_data
from robot_lib.errors import ConfigError
from robot_lib.runtime.records import now
from robot_lib.runtime.schema import FINAL, runs, work_queue
from robot_lib.runtime.store import Store

RETRY_AFTER = 300.0  # seconds before an item whose run failed is taken again


def queue_dir(bot: str, key: str) -> Path:
    return config.bots_home() / "queue" / bot / hashlib.sha256(key.encode()).hexdigest()[:20]


def source_of(row: Any) -> str:
    item = f" item {row.source_item}" if row.source_item else ""
    return f"{row.source_bot} run {row.source_run}{item}"


class WorkQueue:
    """The queue as one run sees it (given to its RunContext as ``ctx.queue``)."""

    def __init__(self, store: Store, bot: str, run_id: str) -> None:
        self.store, self.bot, self.run_id = store, bot, run_id

    def hand_over(
        self,
        to: str,
        payload: dict[str, Any],
        files: Sequence[Path | str],
        key: str,
        title: str | None,
        source_item: str | None,
    ) -> int:
        """Put an item in *to*'s queue; returns its id (the earlier one when *key* was
        handed over before)."""
        try:
            doc = json.dumps(mask_data(payload))
        except TypeError as exc:
            raise ConfigError(
                f"hand_over payload must be JSON (texts, numbers, lists): {exc}"
            ) from None
        with self.store.engine.connect() as c:
            old = c.execute(
                sa.select(work_queue.c.id).where(work_queue.c.bot == to, work_queue.c.key == key)
            ).first()
        if old is not None:
            return int(old.id)
        folder = queue_dir(to, key)
        copied = []
        for f in files:
            src = Path(f)
            if not src.is_file():
                raise ConfigError(f"hand_over: {src} is not a file")
            folder.mkdir(parents=True, exist_ok=True)
            copied.append(str(Path(shutil.copy2(src, folder / src.name))))
        try:
            with self.store.tx() as c:
                res = c.execute(
                    work_queue.insert().values(
                        bot=to,
                        key=mask(key),
                        title=mask(title) if title else None,
                        payload=doc,
                        files=json.dumps(copied),
                        source_bot=self.bot,
                        source_run=self.run_id,
                        source_item=mask(source_item) if source_item else None,
                        created_at=now(),
                    )
                )
                pk = res.inserted_primary_key
        except sa.exc.IntegrityError:  # the same hand-over at the same moment: one row
            return self.hand_over(to, payload, (), key, title, source_item)
        assert pk is not None
        return int(pk[0])

    def take(self, limit: int) -> list[dict[str, Any]]:
        """The items this run holds (a trigger may have taken them for it), topped up to
        *limit* from the waiting ones, oldest first."""
        with self.store.tx() as c:
            mine = c.execute(
                sa.select(sa.func.count()).where(
                    work_queue.c.bot == self.bot,
                    work_queue.c.taken_by == self.run_id,
                    work_queue.c.done_at.is_(None),
                )
            ).scalar_one()
            if mine < limit:
                claim(c, self.bot, self.run_id, limit - int(mine))
            rows = c.execute(
                sa.select(work_queue)
                .where(
                    work_queue.c.bot == self.bot,
                    work_queue.c.taken_by == self.run_id,
                    work_queue.c.done_at.is_(None),
                )
                .order_by(work_queue.c.id)
            ).fetchall()
        return [
            {
                "id": r.id,
                "key": r.key,
                "title": r.title or r.key,
                "payload": json.loads(r.payload),
                "files": [Path(p) for p in json.loads(r.files)],
                "source": source_of(r),
            }
            for r in rows
        ]

    def finish(self, queue_id: int) -> None:
        """The consumer did it, or a person has it in review: it leaves the queue."""
        with self.store.tx() as c:
            c.execute(work_queue.update().where(work_queue.c.id == queue_id).values(done_at=now()))


def _claimable(bot: str) -> Any:
    """Waiting items of *bot*: never taken, or taken by a run that ended without doing them
    (or never started) at least RETRY_AFTER ago."""
    held = (
        sa.select(runs.c.id)
        .where(runs.c.id == work_queue.c.taken_by, runs.c.status.notin_(FINAL))
        .exists()
    )
    long_ago = now() - dt.timedelta(seconds=RETRY_AFTER)
    return sa.and_(
        work_queue.c.bot == bot,
        work_queue.c.done_at.is_(None),
        sa.or_(
            work_queue.c.taken_by.is_(None),
            sa.and_(~held, work_queue.c.taken_at < long_ago),
        ),
    )


def claim(c: Any, bot: str, run_id: str, limit: int) -> int:
    """Take up to *limit* waiting items of *bot* for *run_id*; returns how many."""
    ids = [
        r.id
        for r in c.execute(
            sa.select(work_queue.c.id).where(_claimable(bot)).order_by(work_queue.c.id).limit(limit)
        )
    ]
    if not ids:
        return 0
    return int(  # re-checked as it is written: two claimers never share an item
        c.execute(
            work_queue.update()
            .where(work_queue.c.id.in_(ids), _claimable(bot))
            .values(taken_by=run_id, taken_at=now())
        ).rowcount
    )


def waiting(store: Store, bot: str) -> int:
    with store.engine.connect() as c:
        return int(c.execute(sa.select(sa.func.count()).where(_claimable(bot))).scalar_one())
