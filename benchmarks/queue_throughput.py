"""Scale-out figures (issues 8 and 21), with real redis-server and PostgreSQL started here:

- throughput of short runs with 1 vs 2 vs 4 workers (runs per second; 4 workers on 2 cores
  is the overload case: nothing may be lost);
- the added latency of the queue vs the local executor for one short run (median of 10);
- the kill test with default heartbeat settings: 30 runs queued by 30 separate `bots run
  --queue` processes, two workers, one worker's process group killed mid-run, a new worker
  10 s later; runs completed / queued, and the take-over time (kill -> the run's next
  attempt starts on another worker).

    .venv/bin/python benchmarks/queue_throughput.py [--runs 200] [--no-kill]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
from _common import line, median  # noqa: E402

BIN = Path(sys.executable).parent
BOTS = ["count_a", "count_b", "noop", "typed"]  # one run per bot at a time: use several bots


def start_workers(n: int, logs: Path) -> list[subprocess.Popen[bytes]]:
    """Workers logging to files (a pipe nobody reads would fill up and block them)."""
    procs = []
    for i in range(n):
        log = logs / f"worker-{n}-{i}.log"
        with log.open("wb") as out:
            p = subprocess.Popen(
                [str(BIN / "bots"), "worker", "--concurrency", "1"],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        while b"ready." not in log.read_bytes():
            assert p.poll() is None, log.read_text()
            time.sleep(0.1)
        procs.append(p)
    return procs


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        os.killpg(p.pid, signal.SIGTERM)
    for p in procs:
        p.wait(timeout=60)


def wait_final(ids: list[str]) -> None:
    """Poll the history with one query per round (not one per run)."""
    import sqlalchemy as sa

    from robot_lib.runtime.schema import FINAL, runs
    from robot_lib.runtime.store import Store

    store = Store()
    while True:
        with store.engine.connect() as c:
            open_runs = c.execute(
                sa.select(sa.func.count()).where(runs.c.id.in_(ids), runs.c.status.notin_(FINAL))
            ).scalar()
        if not open_runs:
            return
        time.sleep(0.2)


def kill_test(tmp: Path) -> tuple[int, int, float]:
    """(runs succeeded, runs queued, seconds from the kill to the take-over)."""
    from robot_lib.runtime.store import Store

    marks = tmp / "kill-marks"
    marks.mkdir()
    procs = start_workers(2, tmp)
    queued = [
        subprocess.run(
            [str(BIN / "bots"), "run", "long_items", "--queue", "-p", f"tag=k{i:02d}"]
            + ["-p", f"marks={marks}", "-p", "n=4", "-p", "delay=0.5"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(30)
    ]
    ids = [o.split("queued run ")[1].split()[0] for o in queued]
    store = Store()
    while True:
        busy = [r for r in store.list_runs(bot="long_items", limit=50) if r.items_done == 1]
        if busy and busy[0].status == "running" and busy[0].claimed_by:
            break
        time.sleep(0.05)
    victim = busy[0]
    worker = next(p for p in procs if f"-{p.pid}@" in (victim.claimed_by or ""))
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait()
    killed = time.time()
    procs.remove(worker)
    time.sleep(10)
    procs += start_workers(1, tmp)
    wait_final(ids)
    stop(procs)
    attempts = store.get_attempts(victim.id)
    resumed = attempts[-1]["started_at"].timestamp() - killed
    ok = sum(1 for i in ids if (r := store.get_run(i)) is not None and r.status == "succeeded")
    return ok, len(ids), resumed


def params(bot: str, tmp: Path) -> dict[str, str]:
    return (
        {"marks": str(tmp), "delay": "0"}
        if bot.startswith("count")
        else ({"out": str(tmp / "t.txt")} if bot == "typed" else {})
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--no-kill", action="store_true", help="skip the kill test (about 2 min)")
    args = ap.parse_args()
    n = args.runs
    from tests.servers import new_database, postgres, redis

    tmp = Path(tempfile.mkdtemp())
    with postgres() as pg, redis() as broker:
        os.environ.update(
            BOTS_HOME=str(tmp / "var"),
            BOTS_PATH=str(ROOT / "tests" / "fixtures" / "bots"),
            BOTS_EXECUTOR="celery",
            BOTS_BROKER_URL=broker,
            BOTS_DATABASE_URL=new_database(pg),
            BOTS_SCHEDULES=str(tmp),
        )
        from robot_lib.runtime.runner import Runner, RunOptions
        from robot_lib.runtime.store import Store
        from robot_lib.scheduling.executors import enqueue

        rates = {}
        for workers in (1, 2, 4):
            procs = start_workers(workers, tmp)
            print(f"{workers} worker(s) ready", flush=True)
            t0 = time.perf_counter()
            ids = [enqueue(BOTS[i % len(BOTS)], params(BOTS[i % len(BOTS)], tmp)) for i in range(n)]
            wait_final(ids)
            rates[workers] = n / (time.perf_counter() - t0)
            if workers == 1:
                queued = []
                for _ in range(10):
                    t = time.perf_counter()
                    wait_final([enqueue("noop", {})])
                    queued.append(time.perf_counter() - t)
            stop(procs)
        local = []
        runner = Runner(Store(), on_line=lambda _line: None)
        for _ in range(10):
            t = time.perf_counter()
            runner.run("noop", {}, RunOptions())
            local.append(time.perf_counter() - t)
        killed = None if args.no_kill else kill_test(tmp)
    line(f"{n} short runs, 1 worker", f"{rates[1]:.2f} runs/s")
    line(f"{n} short runs, 2 workers", f"{rates[2]:.2f} runs/s", f"{rates[2] / rates[1]:.2f}x")
    line(f"{n} short runs, 4 workers", f"{rates[4]:.2f} runs/s", f"{rates[4] / rates[1]:.2f}x")
    line("one noop run, local executor (median of 10)", f"{median(local) * 1000:.0f} ms")
    line(
        "one noop run, queued to an idle worker (median of 10)",
        f"{median(queued) * 1000:.0f} ms",
        f"+{(median(queued) - median(local)) * 1000:.0f} ms for the queue",
    )
    if killed is not None:
        ok, total, resumed = killed
        line("kill test: runs succeeded / queued (30 short-lived CLIs)", f"{ok}/{total}")
        line("kill test: take-over after SIGKILL (defaults: stale 60 s)", f"{resumed:.0f} s")


if __name__ == "__main__":
    main()
