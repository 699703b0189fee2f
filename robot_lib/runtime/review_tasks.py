"""Review tasks: one row per (bot, key) a person must look at, kept beside the items (the
store calls :func:`track` in the transaction that finishes an item)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from robot_lib.runtime.schema import reviews


def track(c: Connection, row: Any, item_id: int, status: str, reason: str | None, at: Any) -> None:
    """Keep the review task of an item's key: opened (or reopened) when it goes to review,
    resolved when any later run does it."""
    where = (reviews.c.bot == row.bot, reviews.c.key == row.key)
    if status == "done":
        c.execute(
            reviews.update()
            .where(*where, reviews.c.resolved_at.is_(None))
            .values(resolved_at=at, resolution="done", resolved_by=f"run {row.run_id}")
        )
        return
    task = dict(
        run_id=row.run_id,
        item_id=item_id,
        title=row.title,
        reason=reason,
        opened_at=at,
        resolved_at=None,
        resolution=None,
        resolved_by=None,
        note=None,
    )
    if not c.execute(reviews.update().where(*where).values(**task)).rowcount:
        c.execute(reviews.insert().values(bot=row.bot, key=row.key, **task))
