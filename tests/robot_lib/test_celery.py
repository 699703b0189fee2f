"""Scale-out through Celery with real servers: redis-server and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from robot_lib.runtime.schema import FINAL
from robot_lib.runtime.store import Store
from tests.conftest import BIN, FIXTURES, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    from tests.servers import redis

    with redis() as url:
        yield url


@pytest.fixture
def cluster(
    redis_url: str, postgres_url: str, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    import redis

    from tests.servers import new_database

    redis.Redis.from_url(redis_url).flushall()
    env = {
        "BOTS_EXECUTOR": "celery",
        "BOTS_BROKER_URL": redis_url,
        "BOTS_DATABASE_URL": new_database(postgres_url),
        "BOTS_PATH": str(FIXTURES / "bots"),
        "BOTS_VISIBILITY_TIMEOUT": "8",
        "BOTS_HEARTBEAT": "1",
        "BOTS_HEARTBEAT_STALE": "4",
    }
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    (tmp_path / "marks").mkdir()
    return env


class Worker:
    def __init__(self, queues: str = "default,browser", concurrency: int = 1) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [str(BIN / "bots"), "worker", "--queues", queues, "--concurrency", str(concurrency)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + 60
        while not any("ready." in ln for ln in self.lines):
            assert self.proc.poll() is None and time.monotonic() < deadline, "".join(self.lines)
            time.sleep(0.1)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for ln in self.proc.stdout:
            self.lines.append(ln)

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill9()


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for w in started:
        w.stop()


def _wait_final(ids: list[str], timeout: float) -> dict[str, Any]:
    store = Store()
    deadline = time.monotonic() + timeout
    while True:
        runs = {i: store.get_run(i) for i in ids}
        if all(r is not None and r.status in FINAL for r in runs.values()):
            return runs
        assert time.monotonic() < deadline, Counter(r.status for r in runs.values() if r)
        time.sleep(0.3)


def test_celery_executor_refuses_sqlite(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOTS_EXECUTOR", "celery")
    monkeypatch.setenv("BOTS_BROKER_URL", "redis://127.0.0.1:1/0")
    code, out = run_cli("worker")
    assert code == 2 and "BOTS_DATABASE_URL" in out and "SQLite" in out


def test_two_workers_twenty_runs_each_exactly_once(
    cluster: dict[str, str], tmp_path: Path, workers: list[Worker]
) -> None:
    from robot_lib.scheduling.executors import enqueue

    workers += [Worker(), Worker()]
    marks = tmp_path / "marks"
    ids = [enqueue("count_a" if i % 2 else "count_b", {"marks": str(marks)}) for i in range(20)]
    runs = _wait_final(ids, 240)
    assert Counter(r.status for r in runs.values()) == {"succeeded": 20}
    executed = Counter(p.name.rsplit("-", 1)[0] for p in marks.iterdir())
    assert set(executed) == set(ids) and set(executed.values()) == {1}
    claimers = {r.claimed_by.split(":")[1] for r in runs.values() if r.claimed_by}
    assert len(claimers) == 2  # both workers took runs
    for bot in ("count_a", "count_b"):  # one run per bot at a time, across both workers
        spans = sorted((r.started_at, r.finished_at) for r in runs.values() if r.bot == bot)
        assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False))


def test_a_worker_killed_mid_run_the_run_completes_elsewhere_once(
    cluster: dict[str, str], tmp_path: Path, workers: list[Worker]
) -> None:
    from robot_lib.scheduling.executors import enqueue

    marks = tmp_path / "marks"
    first = Worker()
    workers.append(first)
    run_id = enqueue("marked_items", {"n": "16", "delay": "0.3", "marks": str(marks)})
    store = Store()
    deadline = time.monotonic() + 60
    while (store.get_run(run_id).items_done or 0) < 3:  # type: ignore[union-attr]
        assert time.monotonic() < deadline
        time.sleep(0.1)
    first.kill9()
    workers.append(Worker())
    run = _wait_final([run_id], 120)[run_id]
    assert run.status == "succeeded"
    done = Counter(p.name.split("-")[0] for p in marks.iterdir())
    assert len(done) == 16 and set(done.values()) == {1}  # no item done twice
    attempts = store.get_attempts(run_id)
    assert attempts[0]["status"] == "interrupted" and attempts[-1]["status"] == "succeeded"
    # the killed worker's attempt left its temporary folder: the run's end removed it
    from robot_lib.runtime import scratch

    deadline = time.monotonic() + 30  # (the run is recorded final just before it sweeps)
    while scratch.folders() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert scratch.folders() == []


def test_twelve_runs_queued_by_short_lived_processes_survive_a_killed_worker(
    cluster: dict[str, str], tmp_path: Path, workers: list[Worker], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As people use it: 12 `bots run --queue` processes that exit at once, two workers, one
    worker's whole process group killed mid-item, a new worker 5 s later. A 2 h bot is in
    the registry, so the broker would redeliver the lost message only after hours: the run
    must be taken over through its heartbeat instead."""
    monkeypatch.delenv("BOTS_VISIBILITY_TIMEOUT")
    marks = tmp_path / "marks"
    workers += [Worker(), Worker()]
    started = [
        subprocess.Popen(
            [str(BIN / "bots"), "run", "long_items", "--queue", "-p", f"tag=t{i:02d}"]
            + ["-p", f"marks={marks}", "-p", "delay=0.5"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for i in range(12)
    ]
    outs = [p.communicate(timeout=120)[0] for p in started]
    assert all(p.returncode == 0 for p in started), outs
    ids = [o.split("queued run ")[1].split()[0] for o in outs]
    store = Store()
    deadline = time.monotonic() + 120
    # a run in the middle of its items: one of its three done, two left (a second of work),
    # so that it cannot finish between this look and the kill (with two done, a loaded machine
    # let it finish first: its attempt succeeded, nothing was interrupted)
    while True:
        runs_now = store.list_runs(bot="long_items", limit=50)
        busy = [r for r in runs_now if r.status == "running" and r.claimed_by and r.items_done == 1]
        if busy:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim_run = busy[0]
    victim = next(w for w in workers if f"-{w.proc.pid}@" in (victim_run.claimed_by or ""))
    victim.kill9()
    killed_at = time.monotonic()
    time.sleep(5)
    workers.append(Worker())
    runs = _wait_final(ids, 300)
    assert Counter(r.status for r in runs.values()) == {"succeeded": 12}, {
        i: (r.status, r.error) for i, r in runs.items() if r.status != "succeeded"
    }
    done = Counter(p.name.split("-")[0] for p in marks.iterdir())
    assert len(done) == 36 and set(done.values()) == {1}  # 12 runs x 3 items, each once
    resumed = store.get_attempts(victim_run.id)
    assert [a["status"] for a in resumed][0] == "interrupted"
    taken_over = resumed[-1]["started_at"]
    print(f"take-over after the kill: {taken_over}, kill at monotonic {killed_at:.1f}")
    # every run has its report: the runner writes it after the run's final status, its last
    # step, so the last run to finish is given a moment (a loaded machine once looked between)
    reports = [Path(runs[run_id].run_dir) / "report.html" for run_id in ids]
    deadline = time.monotonic() + 30
    while not all(p.is_file() for p in reports) and time.monotonic() < deadline:
        time.sleep(0.1)
    for run_id, report in zip(ids, reports, strict=True):  # one row per item, none running
        rows = store.get_items(run_id)
        assert sorted(r["status"] for r in rows) == ["done"] * 3, rows
        assert report.is_file(), report


def test_scheduler_enqueues_to_workers_on_two_queues(
    cluster: dict[str, str], tmp_path: Path, workers: list[Worker]
) -> None:
    schedules = tmp_path / "schedules"
    schedules.mkdir(exist_ok=True)
    (schedules / "s.toml").write_text(
        '[[schedule]]\nid = "plain"\nbot = "noop"\nevery = "1s"\n\n'
        '[[schedule]]\nid = "web"\nbot = "browser_noop"\nevery = "1s"\n'
    )
    default_w = Worker(queues="default")
    browser_w = Worker(queues="browser")
    workers += [default_w, browser_w]
    sched = subprocess.Popen(
        [str(BIN / "bots"), "scheduler", "start"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        store = Store()

        def done(sid: str) -> list[Any]:
            return [
                r
                for r in store.list_runs(limit=200)
                if r.schedule_id == sid and r.status == "succeeded"
            ]

        deadline = time.monotonic() + 60
        while len(done("plain")) < 3 or len(done("web")) < 3:
            assert time.monotonic() < deadline
            time.sleep(0.3)
    finally:
        sched.send_signal(signal.SIGTERM)
        sched.wait(timeout=30)
    plain_workers = {r.claimed_by.split(":")[2] for r in done("plain")}
    web_workers = {r.claimed_by.split(":")[2] for r in done("web")}
    # each queue was served by its own worker only
    assert len(plain_workers) == 1 and len(web_workers) == 1 and plain_workers != web_workers


def test_cancel_reaches_a_run_on_a_worker_and_a_queued_one(
    cluster: dict[str, str], tmp_path: Path, workers: list[Worker]
) -> None:
    """`bots cancel` from another process: the worker's runner sees the request within a
    second and stops the attempt (`cancelled`); a run still queued is cancelled at once and
    never executed."""
    from robot_lib.scheduling.executors import enqueue

    marks = tmp_path / "marks"
    workers.append(Worker())
    # long enough (600 items, two minutes) that the cancel reaches it even on a loaded machine
    running = enqueue("marked_items", {"n": "600", "delay": "0.2", "marks": str(marks)})
    waiting = enqueue("marked_items", {"n": "2", "delay": "0.1", "marks": str(marks)})
    store = Store()
    deadline = time.monotonic() + 60
    while (store.get_run(running).items_done or 0) < 2:  # type: ignore[union-attr]
        assert time.monotonic() < deadline
        time.sleep(0.1)
    code, out = run_cli("cancel", waiting)
    assert code == 0 and "cancelled (it had not started)" in out, out
    code, out = run_cli("cancel", running)
    assert code == 0 and "cancelled" in out, out
    runs = _wait_final([running, waiting], 60)
    assert runs[running].status == "cancelled" and runs[running].items_done < 600
    assert runs[waiting].status == "cancelled" and runs[waiting].attempts == 0
