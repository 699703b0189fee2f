"""A run as the history records it (:class:`Run`), and the facts a record is made of: this
host, the time now (UTC), whether a process is alive."""

from __future__ import annotations

import datetime as dt
import json
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HOST = socket.gethostname()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


@dataclass
class Run:
    id: str
    bot: str
    status: str
    trigger: str
    schedule_id: str | None
    params: dict[str, Any]
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    attempts: int
    host: str | None
    pid: int | None
    error: str | None
    items_total: int | None
    items_done: int
    items_failed: int
    items_review: int
    items_skipped: int
    run_dir: str | None
    claimed_by: str | None = None
    heartbeat_at: dt.datetime | None = None
    queue_options: str | None = None
    notify: str | None = None  # JSON alert rule: {"on": [...], "email": [...], "webhook": [...]}
    cancel_requested_at: dt.datetime | None = None
    cancel_requested_by: str | None = None

    @property
    def duration(self) -> float | None:
        if self.started_at is None:
            return None
        end = self.finished_at or now()
        return (end - self.started_at).total_seconds()

    @classmethod
    def from_row(cls, row: Any) -> Run:
        d = dict(row._mapping)
        d["params"] = json.loads(d["params"] or "{}")
        for k in ("created_at", "started_at", "finished_at", "heartbeat_at", "cancel_requested_at"):
            d[k] = _aware(d[k])
        return cls(**d)


def run_doc(run: Run) -> dict[str, Any]:
    """A run as the JSON of ``bots runs --json``, ``bots show --json`` and the HTTP API."""
    return {
        "id": run.id,
        "bot": run.bot,
        "status": run.status,
        "trigger": run.trigger,
        "schedule": run.schedule_id,
        "params": run.params,
        "created_at": run.created_at,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "duration_s": None if run.duration is None else round(run.duration, 3),
        "attempts": run.attempts,
        "host": run.host,
        "error": run.error,
        "items": {
            "total": run.items_total,
            "done": run.items_done,
            "failed": run.items_failed,
            "review": run.items_review,
            "skipped": run.items_skipped,
        },
        "folder": run.run_dir,
        "report": str(Path(run.run_dir) / "report.html") if run.run_dir else None,
    }


def item_doc(item: dict[str, Any]) -> dict[str, Any]:
    """An item as the JSON of ``bots items --json`` and the HTTP API."""
    return {
        "id": item["id"],
        "run": item["run_id"],
        "bot": item["bot"],
        "key": item["key"],
        "title": item.get("title") or item["key"],
        "source": item.get("source"),  # handed over by: BOT run RUN_ID item KEY
        "status": item["status"],
        "message": item["message"],
        "attempt": item["attempt"],
        "data": item["data"],
        "created_at": item["created_at"],
        "updated_at": item["updated_at"],
    }
