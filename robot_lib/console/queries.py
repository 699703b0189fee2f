"""What the console's pages show, read from the run history (one place to tune queries)."""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from robot_lib.credentials import mask
from robot_lib.runtime.records import Run, now
from robot_lib.runtime.schema import ACTIVE, bot_settings, runs
from robot_lib.runtime.store import Store

FAILED = ("failed", "timed_out", "interrupted")
PAGE_SIZE = 50


def waiting_reviews(store: Store, bot: str | None = None) -> int:
    """Items in review not done since (by a later run or a person)."""
    return sum(store.reviews_waiting([bot] if bot else None).values())


def log_tail(run: Run, size: int = 2000) -> str:
    """The last *size* bytes of the run's log, masked ("" when there is none)."""
    if not run.run_dir:
        return ""
    path = Path(run.run_dir) / "run.log"
    try:
        with path.open("rb") as f:
            f.seek(max(0, path.stat().st_size - size))
            return mask(f.read().decode("utf-8", "replace"))
    except OSError:
        return ""


def step_of(tail: str) -> str:
    """The current step: the message of the log's last line."""
    lines = tail.strip().splitlines()
    return lines[-1].split(" | ")[-1] if lines else ""


def last_log_line(run: Run) -> str:
    """The run's latest log line (its current step), masked."""
    return step_of(log_tail(run))


def overview(store: Store) -> dict[str, Any]:
    from robot_lib.runtime.registry import discover
    from robot_lib.scheduling.schedules import load_schedules, next_fire_times
    from robot_lib.scheduling.state import paused_schedules

    with store.engine.connect() as c:
        active = [
            Run.from_row(r)
            for r in c.execute(
                runs.select().where(runs.c.status.in_(ACTIVE)).order_by(runs.c.created_at.desc())
            )
        ]
        since = now() - dt.timedelta(days=30)
        rates = {
            r.bot: (int(r.ok or 0), int(r.n))
            for r in c.execute(
                sa.select(
                    runs.c.bot,
                    sa.func.count().label("n"),
                    sa.func.sum(sa.case((runs.c.status == "succeeded", 1), else_=0)).label("ok"),
                )
                .where(runs.c.created_at >= since, runs.c.status.notin_(("skipped", "missed")))
                .group_by(runs.c.bot)
            )
        }
    schedules, _ = load_schedules()
    paused = paused_schedules(store)
    found = discover()
    waiting = store.reviews_waiting()
    bots = []
    for name, spec in found.bots.items():
        last = store.last_run(name)
        fires = [
            f
            for s in schedules
            if s.bot == name and s.enabled and s.id not in paused
            for f in next_fire_times(s, 1, now())
        ]
        ok, n = rates.get(name, (0, 0))
        bots.append(
            {
                "name": name,
                "description": spec.description,
                "last": last,
                "rate": None if not n else round(100 * ok / n),
                "runs_30d": n,
                "next_fire": min(fires) if fires else None,
                "failing": last is not None and last.status in (*FAILED, "partial"),
                "review": waiting.get(name, 0),
            }
        )
    bots.sort(key=lambda b: (not b["failing"], b["name"]))
    return {
        "active": [{"run": r, "step": last_log_line(r)} for r in active],
        "bots": bots,
        "review_waiting": sum(b["review"] for b in bots),
        "failing": [b for b in bots if b["failing"]],
        "broken": found.broken,
    }


def list_runs(
    store: Store,
    bot: str | None = None,
    status: str | None = None,
    trigger: str | None = None,
    day_from: dt.date | None = None,
    day_to: dt.date | None = None,
    page: int = 1,
) -> tuple[list[Run], int]:
    """One page of runs, newest first, and the number of matching runs."""
    conds = []
    if bot:
        conds.append(runs.c.bot == bot)
    if status:
        conds.append(runs.c.status == status)
    if trigger:
        conds.append(runs.c.trigger == trigger)
    if day_from:
        conds.append(runs.c.created_at >= _start_of(day_from))
    if day_to:
        conds.append(runs.c.created_at < _start_of(day_to + dt.timedelta(days=1)))
    with store.engine.connect() as c:
        total = c.execute(sa.select(sa.func.count()).select_from(runs).where(*conds)).scalar()
        rows = c.execute(
            runs.select()
            .where(*conds)
            .order_by(runs.c.created_at.desc())
            .limit(PAGE_SIZE)
            .offset((max(1, page) - 1) * PAGE_SIZE)
        )
        return [Run.from_row(r) for r in rows], int(total or 0)


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


def run_files(run: Run) -> dict[str, list[str]]:
    """Screenshots and other files of a run's folder, as paths relative to it."""
    out: dict[str, list[str]] = {"screenshots": [], "files": []}
    if not run.run_dir:
        return out
    root = Path(run.run_dir)
    if not root.is_dir():
        return out
    for p in sorted(root.rglob("*")):
        if not p.is_file() or p.is_symlink() or p.name.startswith("."):
            continue
        rel = p.relative_to(root).as_posix()
        if rel.startswith("screenshots/") and p.suffix == ".png":
            out["screenshots"].append(rel)
        elif rel not in ("run.log", "events.jsonl", "report.html") and p.suffix != ".html":
            out["files"].append(rel)
    return out


def manual_minutes(store: Store) -> dict[str, float]:
    """Per bot, the minutes a person needs per item: the console's setting, else the
    bot's ``@bot(manual_minutes=...)``."""
    from robot_lib.runtime.registry import discover

    out = {n: s.manual_minutes for n, s in discover().bots.items() if s.manual_minutes}
    with store.engine.connect() as c:
        for r in c.execute(sa.select(bot_settings)):
            if r.manual_minutes is not None:
                out[r.bot] = float(r.manual_minutes)
    return out


def set_manual_minutes(store: Store, bot: str, minutes: float | None, by: str) -> None:
    with store.tx() as c:
        c.execute(bot_settings.delete().where(bot_settings.c.bot == bot))
        c.execute(
            bot_settings.insert().values(
                bot=bot, manual_minutes=minutes, changed_by=by, changed_at=now()
            )
        )


def value(store: Store, by: str = "week", weeks: int = 12) -> dict[str, Any]:
    """What automation saves, per bot and period: runs, items, straight-through, review and
    failure rates, median run time, hours saved = done x manual minutes - reviews x review
    minutes (``BOTS_REVIEW_MINUTES``, default 3)."""
    import os

    review_minutes = float(os.environ.get("BOTS_REVIEW_MINUTES", "3"))
    minutes_of = manual_minutes(store)
    since = now() - dt.timedelta(weeks=weeks)
    with store.engine.connect() as c:
        rows = c.execute(
            sa.select(
                runs.c.bot,
                runs.c.created_at,
                runs.c.started_at,
                runs.c.finished_at,
                runs.c.items_done,
                runs.c.items_failed,
                runs.c.items_review,
            ).where(runs.c.created_at >= since, runs.c.status.notin_(("skipped", "missed")))
        ).fetchall()
    periods: dict[tuple[str, str], dict[str, Any]] = {}
    utc = dt.UTC
    for bot_name, created, started, finished, done, failed, review in rows:
        local = (created if created.tzinfo else created.replace(tzinfo=utc)).astimezone()
        if by == "month":
            key = f"{local.year:04d}-{local.month:02d}"
        else:
            key = (local.date() - dt.timedelta(days=local.weekday())).isoformat()
        done, failed, review = done or 0, failed or 0, review or 0
        took = (finished - started).total_seconds() if started and finished else None
        saved = (done * minutes_of.get(bot_name, 0.0) - review * review_minutes) / 60
        for bot in (bot_name, "all bots"):
            p = periods.get((bot, key))
            if p is None:
                p = periods[(bot, key)] = {
                    "runs": 0,
                    "done": 0,
                    "failed": 0,
                    "review": 0,
                    "durations": [],
                    "saved": 0.0,
                }
            p["runs"] += 1
            p["done"] += done
            p["failed"] += failed
            p["review"] += review
            if took is not None:
                p["durations"].append(took)
            p["saved"] += saved
    table = []
    for (bot, key), p in sorted(periods.items(), key=lambda kv: (kv[0][0] != "all bots", kv[0])):
        handled = p["done"] + p["failed"] + p["review"]
        table.append(
            {
                "bot": bot,
                "period": key,
                "runs": p["runs"],
                "handled": handled,
                "straight_through": None if not handled else round(100 * p["done"] / handled, 1),
                "review_rate": None if not handled else round(100 * p["review"] / handled, 1),
                "failure_rate": None if not handled else round(100 * p["failed"] / handled, 1),
                "median_s": round(statistics.median(p["durations"]), 1) if p["durations"] else None,
                "hours_saved": round(p["saved"], 1),
            }
        )
    return {"by": by, "rows": table, "review_minutes": review_minutes}
