"""Scheduler figures (issue 7):

- dispatch latency over 100 fires: scheduled time -> run record `running`, and -> the bot's
  first log line (one schedule every second, each fire a runner child process; ~100 s);
- scheduler memory (RSS) with 500 schedules loaded, and its CPU while idle (20 s).

    .venv/bin/python benchmarks/scheduler_latency.py [--fires 100]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import cpu_seconds, line, median, p95, start_scheduler  # noqa: E402

BIN = Path(sys.executable).parent


def _bots(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    body = "from robot_lib import RunContext, bot\n\n"
    for i in range(n):
        body += f"\n@bot(name='tick{i}')\ndef tick{i}(ctx: RunContext) -> None:\n    ctx.log.info('tick')\n"
    (folder / "ticks.py").write_text(body)


def latency(fires: int) -> None:
    import datetime as dt

    from apscheduler.events import EVENT_JOB_SUBMITTED

    from robot_lib.runtime.store import Store
    from robot_lib.scheduling.service import SchedulerService

    tmp = Path(tempfile.mkdtemp())
    os.environ.update(
        BOTS_HOME=str(tmp / "var"),
        BOTS_PATH=str(tmp / "bots"),
        BOTS_SCHEDULES=str(tmp / "schedules"),
    )
    _bots(tmp / "bots", 1)
    (tmp / "schedules").mkdir()
    (tmp / "schedules" / "s.toml").write_text(
        '[[schedule]]\nid = "t0"\nbot = "tick0"\nevery = "1s"\n'
    )
    from loguru import logger

    logger.remove()
    service = SchedulerService(Store())
    submitted: list[tuple[str, dt.datetime]] = []
    service.start()
    service.sched.add_listener(
        lambda e: submitted.extend((e.job_id, t) for t in e.scheduled_run_times),
        EVENT_JOB_SUBMITTED,
    )
    while len(submitted) < fires:
        time.sleep(0.2)
    time.sleep(4)
    service.stop()
    store = Store()
    to_running, to_line = [], []
    by_schedule: dict[str, list[dt.datetime]] = {}
    for sid, t in submitted[:fires]:
        by_schedule.setdefault(sid, []).append(t)
    for sid, times in by_schedule.items():
        runs = sorted(
            (r for r in store.list_runs(limit=1000) if r.schedule_id == sid),
            key=lambda r: r.created_at,
        )
        for t, run in zip(times, runs, strict=False):
            if run.started_at is None:
                continue
            to_running.append((run.started_at - t).total_seconds())
            events = Path(run.run_dir or "") / "events.jsonl"
            first = next(
                (
                    json.loads(x)
                    for x in events.read_text().splitlines()
                    if json.loads(x)["message"] == "tick"
                ),
                None,
            )
            if first:
                to_line.append((dt.datetime.fromisoformat(first["time"]) - t).total_seconds())
    line(
        f"scheduled -> run record running ({len(to_running)} fires)",
        f"{median(to_running) * 1000:.0f} ms",
        f"p95 {p95(to_running) * 1000:.0f} ms",
    )
    line(
        f"scheduled -> the bot's first log line ({len(to_line)} fires)",
        f"{median(to_line) * 1000:.0f} ms",
        f"p95 {p95(to_line) * 1000:.0f} ms",
    )


def memory() -> None:
    tmp = Path(tempfile.mkdtemp())
    _bots(tmp / "bots", 1)
    (tmp / "schedules").mkdir()
    (tmp / "schedules" / "many.toml").write_text(
        "".join(
            f'[[schedule]]\nid = "s{i}"\nbot = "tick0"\ncron = "{i % 60} {i % 24} * * *"\n\n'
            for i in range(500)
        )
    )
    env = {
        **os.environ,
        "BOTS_HOME": str(tmp / "var"),
        "BOTS_PATH": str(tmp / "bots"),
        "BOTS_SCHEDULES": str(tmp / "schedules"),
    }
    proc = start_scheduler(env)
    time.sleep(2)

    def cpu() -> float:
        return cpu_seconds(proc.pid)

    rss = next(
        int(x.split()[1])
        for x in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
        if x.startswith("VmRSS")
    )
    c0, t0 = cpu(), time.monotonic()
    time.sleep(20)
    idle = (cpu() - c0) / (time.monotonic() - t0) * 100
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    line("scheduler RSS with 500 schedules", f"{rss / 1024:.0f} MiB")
    line("scheduler CPU while idle (20 s, 500 schedules)", f"{idle:.2f} %")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fires", type=int, default=100)
    args = ap.parse_args()
    memory()
    latency(args.fires)


if __name__ == "__main__":
    main()
