"""Web console speed on a large history (issue 14): 100,000 runs and 1,000,000 items of the
three real bots, on SQLite and (when a server is given or can be started) PostgreSQL.

Per page: p50 and p95 of 30 requests, signed in, through a real uvicorn server; the
baseline in the same process is the console's static CSS file (the server's floor).

    .venv/bin/python benchmarks/console_speed.py [--runs 100000] [--items 1000000] [--no-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import line, signed_in, start_console  # noqa: E402

BOTS = ["invoice_processing", "data_entry", "report_download"]
STATUSES = ["succeeded"] * 85 + ["partial"] * 8 + ["failed"] * 5 + ["cancelled"] * 2


def fill(url: str, n_runs: int, n_items: int) -> None:
    import sqlalchemy as sa

    from robot_lib.runtime.schema import items, reviews, runs
    from robot_lib.runtime.store import Store

    store = Store(url)
    rng = random.Random(1)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=120)
    per_run = max(1, n_items // n_runs)
    batch_runs, batch_items, batch_reviews = [], [], []
    item_id = 0
    with store.engine.begin() as c:
        for i in range(n_runs):
            bot = BOTS[i % 3]
            status = rng.choice(STATUSES)
            created = start + dt.timedelta(seconds=i * 100)
            rid = f"{created:%Y%m%d-%H%M%S}-{i:06x}"
            done = per_run if status == "succeeded" else per_run // 2
            review = per_run - done if status != "failed" else 0
            failed = per_run - done - review
            batch_runs.append(
                dict(
                    id=rid,
                    bot=bot,
                    status=status,
                    trigger="schedule",
                    params="{}",
                    created_at=created,
                    started_at=created,
                    finished_at=created + dt.timedelta(seconds=rng.uniform(5, 90)),
                    attempts=1,
                    items_total=per_run,
                    items_done=done,
                    items_failed=failed,
                    items_review=review,
                    items_skipped=0,
                    run_dir=None,
                )
            )
            for k in range(per_run):
                item_id += 1
                st = "done" if k < done else ("review" if k < done + review else "failed")
                batch_items.append(
                    dict(
                        run_id=rid,
                        bot=bot,
                        key=f"{bot}-{item_id}",
                        title=f"file-{item_id}.pdf",
                        status=st,
                        attempt=1,
                        created_at=created,
                        updated_at=created,
                    )
                )
                if st == "review":  # the open task the store keeps beside the item
                    batch_reviews.append(
                        dict(
                            bot=bot,
                            key=f"{bot}-{item_id}",
                            run_id=rid,
                            item_id=item_id,
                            title=f"file-{item_id}.pdf",
                            reason="totals do not add up",
                            opened_at=created,
                        )
                    )
            if len(batch_items) >= 50_000 or i == n_runs - 1:
                c.execute(runs.insert(), batch_runs)
                c.execute(items.insert(), batch_items)
                if batch_reviews:
                    c.execute(reviews.insert(), batch_reviews)
                batch_runs, batch_items, batch_reviews = [], [], []
        c.execute(sa.text("ANALYZE"))


def measure(url: str) -> dict[str, tuple[float, float]]:
    from robot_lib.runtime.store import Store

    store = Store(url)
    base, server = start_console(store)
    c = signed_in(base)
    some_run = store.list_runs(limit=1)[0].id
    pages = {
        "baseline: /static/console.css": "/static/console.css",
        "Overview /": "/",
        "Runs /runs": "/runs",
        "Runs filtered (bot, status)": "/runs?bot=data_entry&status=partial",
        "Runs page 500": "/runs?page=500",
        "Run /runs/ID": f"/runs/{some_run}",
        "live /api/runs/ID/live": f"/api/runs/{some_run}/live",
        "Value (12 weeks)": "/value",
    }
    out = {}
    for name, path in pages.items():
        times = []
        for _ in range(30):
            t0 = time.perf_counter()
            r = c.get(path)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (path, r.status_code)
        times.sort()
        out[name] = (times[len(times) // 2], times[int(len(times) * 0.95) - 1])
    server.should_exit = True
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=100_000)
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bots-console-bench-"))
    os.environ.update(
        BOTS_HOME=str(base / "var"),
        BOTS_PATH=str(ROOT / "bots"),
        BOTS_SCHEDULES=str(ROOT / "schedules"),
        LOGURU_LEVEL="WARNING",
    )
    targets = {"SQLite": f"sqlite:///{base / 'bots.db'}"}
    pg_ctx = None
    if not args.no_postgres:
        try:
            from tests.servers import new_database, postgres

            pg_ctx = postgres()
            server_url = pg_ctx.__enter__()
            targets["PostgreSQL"] = new_database(server_url)
        except Exception as exc:  # no server here: say so, measure SQLite
            print(f"(PostgreSQL skipped: {exc})")
    try:
        for name, url in targets.items():
            t0 = time.perf_counter()
            fill(url, args.runs, args.items)
            print(
                f"== {name}: {args.runs:,} runs, {args.items:,} items (filled in {time.perf_counter() - t0:.0f} s)"
            )
            for page, (p50, p95) in measure(url).items():
                line(f"{name} {page}", f"p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    finally:
        if pg_ctx is not None:
            pg_ctx.__exit__(None, None, None)


if __name__ == "__main__":
    main()
