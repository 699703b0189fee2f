"""Retention: old runs go, with their folders, attempts, items and alerts.

``bots prune --older-than 90d`` and, daily, the scheduler when ``BOTS_RETENTION`` is set.
Never removed: a run still going, and a run whose review task is still open (a person has
not dealt with it yet). Run folders are removed only inside ``$BOTS_HOME/runs``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from robot_lib import config
from robot_lib.runtime.records import now
from robot_lib.runtime.schema import (
    FINAL,
    attempts,
    items,
    notifications,
    reviews,
    runs,
    trigger_files,
)
from robot_lib.runtime.store import Store


def prune(store: Store, older_than: float, dry_run: bool = False) -> dict[str, Any]:
    """Remove finished runs created more than *older_than* seconds ago; returns what was
    (or, with *dry_run*, would be) removed."""
    cutoff = now() - dt.timedelta(seconds=older_than)
    in_review = (
        sa.select(reviews.c.id)
        .where(reviews.c.run_id == runs.c.id, reviews.c.resolved_at.is_(None))
        .exists()
    )
    with store.engine.connect() as c:
        old = c.execute(
            sa.select(runs.c.id, runs.c.run_dir).where(
                runs.c.created_at < cutoff, runs.c.status.in_(FINAL), ~in_review
            )
        ).fetchall()
        kept = c.execute(
            sa.select(sa.func.count()).where(
                runs.c.created_at < cutoff, runs.c.status.in_(FINAL), in_review
            )
        ).scalar()
    root = config.runs_dir().resolve()
    folders = []
    for r in old:
        if r.run_dir:
            folder = Path(r.run_dir).resolve()
            if folder.parent == root and folder.is_dir():
                folders.append(folder)
    out = {
        "cutoff": cutoff,
        "runs": len(old),
        "folders": len(folders),
        "kept_with_review": int(kept or 0),
        "dry_run": dry_run,
    }
    if dry_run or not old:
        return out
    ids = [r.id for r in old]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        with store.tx() as c:
            c.execute(items.delete().where(items.c.run_id.in_(chunk)))
            c.execute(reviews.delete().where(reviews.c.run_id.in_(chunk)))
            c.execute(trigger_files.delete().where(trigger_files.c.run_id.in_(chunk)))
            c.execute(attempts.delete().where(attempts.c.run_id.in_(chunk)))
            c.execute(notifications.delete().where(notifications.c.run_id.in_(chunk)))
            c.execute(runs.delete().where(runs.c.id.in_(chunk)))
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def retention() -> float | None:
    """``BOTS_RETENTION`` (e.g. ``90d``) in seconds, or None when unset."""
    import os

    value = os.environ.get("BOTS_RETENTION")
    return config.parse_duration(value) if value else None
