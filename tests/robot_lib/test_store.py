"""The run history's rules for runs of the workers (SQLite here; PostgreSQL in the Celery
and PostgreSQL tests): a queued run belongs to the queue, a silent claimed run is handed back
once, an item keeps one row across attempts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from robot_lib.runtime.schema import runs
from robot_lib.runtime.store import Store

OPTIONS = {"retries": None, "timeout": None, "queue": "default"}


def _age_heartbeat(store: Store, run_id: str, seconds: float) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds)
    with store.tx() as c:
        c.execute(runs.update().where(runs.c.id == run_id).values(heartbeat_at=old))


def test_a_queued_run_outlives_the_process_that_queued_it(home: Path) -> None:
    store = Store()
    store.create_run("r-queued", "noop", {}, queue_options=OPTIONS)
    store.create_run("r-local", "noop", {})
    store.update_run("r-local", pid=2**22 + 12345)  # a local run whose process is gone
    assert store.mark_interrupted() == ["r-local"]
    queued = store.get_run("r-queued")
    assert queued is not None and queued.status == "queued" and queued.pid is None


def test_a_silent_claimed_run_is_handed_back_to_the_queue_once(home: Path) -> None:
    store = Store()
    store.create_run("r1", "noop", {"n": "3"}, queue_options=OPTIONS)
    assert store.claim_run("r1", "worker-a", stale_after=60) == "claimed"
    store.update_run("r1", status="running")
    assert store.requeue_stale(stale_after=60) == []  # it beats: alive
    _age_heartbeat(store, "r1", 120)
    back = store.requeue_stale(stale_after=60)
    assert [r.id for r in back] == ["r1"] and back[0].params == {"n": "3"}
    assert store.requeue_stale(stale_after=60) == []  # handed back once
    run = store.get_run("r1")
    assert run is not None and (run.status, run.claimed_by) == ("queued", None)
    assert store.claim_run("r1", "worker-b", stale_after=60) == "claimed"
    assert store.mark_interrupted() == []


def test_an_item_keeps_one_row_across_attempts_and_none_stays_running(home: Path) -> None:
    store = Store()
    store.create_run("r2", "noop", {})
    first = store.start_item("r2", "noop", "k1", attempt=1)  # the attempt is killed here
    again = store.start_item("r2", "noop", "k1", attempt=2)
    assert again == first
    store.finish_item(again, "done", None, None)
    store.start_item("r2", "noop", "k2", attempt=2)  # killed, and never taken up again
    assert store.close_open_items("r2") == 1
    rows = {r["key"]: (r["status"], r["attempt"]) for r in store.get_items("r2")}
    assert rows == {"k1": ("done", 2), "k2": ("failed", 2)}


def test_a_key_in_review_is_one_open_task_until_a_later_run_does_it(home: Path) -> None:
    store = Store()
    for run_id in ("r3", "r4", "r5"):
        store.create_run(run_id, "noop", {})
    first = store.start_item("r3", "noop", "k1", attempt=1, title="a.pdf")
    store.finish_item(first, "review", "totals do not add up", None)
    other = store.start_item("r3", "noop", "k2", attempt=1)
    store.finish_item(other, "review", "no seller", None)
    again = store.start_item("r4", "noop", "k1", attempt=1, title="a.pdf")
    store.finish_item(again, "review", "still wrong", None)  # the same task, not a second one
    assert store.reviews_waiting() == {"noop": 2}
    done = store.start_item("r5", "noop", "k1", attempt=1)
    store.finish_item(done, "done", None, None)
    assert store.reviews_waiting() == {"noop": 1}
    assert store.reviews_waiting(["other_bot"]) == {}


def test_a_bot_taught_twice_about_one_key_keeps_one_row(home: Path) -> None:
    from robot_lib.runtime.memory import BotMemory

    memory = BotMemory(Store(), "invoice_processing")
    assert memory.put("vendor", "acme", {"fields": {"a": 1}}, "ada") is True
    assert memory.put("vendor", "acme", {"fields": {"a": 2}}, "olga") is False  # updated
    (entry,) = memory.entries("vendor")
    assert (entry["doc"], entry["times"], entry["updated_by"]) == ({"fields": {"a": 2}}, 2, "olga")
    assert BotMemory(Store(), "other_bot").all("vendor") == {}
