"""Triggers beyond the clock (issue 18), with the real scheduler process and console server:

- file arrival -> the bot's first log line, p50 / p95, for a watched folder (inotify) and a
  polled one (network shares), settle 1 s; goal p50 <= settle + 1 s. Baseline in the same
  run: ``bots run`` started by hand -> the bot's first log line (what starting costs);
- HTTP trigger: ``POST /api/bots/NAME/runs`` -> the run recorded (the 201), p50 / p95;
  baseline: a GET of the console's static CSS through the same server;
- the scheduler's CPU while idle (20 s) with 50 file triggers watching, inotify and polled;
  baseline: the scheduler with no schedule.

    .venv/bin/python benchmarks/triggers.py [--arrivals 20]
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402
    cpu_seconds,
    line,
    median,
    p95,
    signed_in,
    start_console,
    start_scheduler,
)

BIN = Path(sys.executable).parent
BOT = """
from pathlib import Path
from robot_lib import RunContext, bot

@bot(description="notes the time it starts, takes the files")
def arrivals(ctx: RunContext, *, inbox: Path, marks: Path) -> None:
    import time
    (marks / ctx.run_id).write_text(repr(time.time()))
    ctx.log.info("arrivals started")
    for p in inbox.glob("*.txt"):
        p.rename(p.with_suffix(".taken"))

@bot(description="does nothing")
def idle(ctx: RunContext) -> None:
    ctx.log.info("idle")
"""


def _env(tmp: Path) -> dict[str, str]:
    (tmp / "bots").mkdir(parents=True, exist_ok=True)
    (tmp / "bots" / "bench_bots.py").write_text(BOT)
    (tmp / "schedules").mkdir(exist_ok=True)
    return {
        **os.environ,
        "BOTS_HOME": str(tmp / "var"),
        "BOTS_PATH": str(tmp / "bots"),
        "BOTS_SCHEDULES": str(tmp / "schedules"),
        "LOGURU_LEVEL": "WARNING",
    }


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)


def arrival(n: int, how: str) -> list[float]:
    """Drop one file at a time; the time from its arrival to the bot's first line."""
    tmp = Path(tempfile.mkdtemp(prefix=f"bots-trig-{how}-"))
    env = _env(tmp)
    inbox, marks = tmp / "inbox", tmp / "marks"
    inbox.mkdir()
    marks.mkdir()
    when = {
        "cli": 'at = "2000-01-01T00:00"\nenabled = false',
        "watched": f'on_file = {{ path = "{inbox}", pattern = "*.txt", settle = "1s" }}',
        "polled": f'on_file = {{ path = "{inbox}", pattern = "*.txt", settle = "1s", poll = true }}',
    }[how]
    (tmp / "schedules" / "s.toml").write_text(
        f'[[schedule]]\nid = "s"\nbot = "arrivals"\n{when}\n'
        f'params = {{ inbox = "{inbox}", marks = "{marks}" }}\n'
    )
    proc = start_scheduler(env)
    out = []
    try:
        time.sleep(3)
        for k in range(n):
            before = set(marks.iterdir())
            t0 = time.time()
            if how == "cli":  # no trigger: the cost of starting a run at all
                subprocess.Popen(
                    [
                        str(BIN / "bots"),
                        "run",
                        "arrivals",
                        "-p",
                        f"inbox={inbox}",
                        "-p",
                        f"marks={marks}",
                    ],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            else:
                (inbox / f"f{k}.txt").write_text("x")
            while len(set(marks.iterdir())) == len(before):
                time.sleep(0.01)
            (new,) = set(marks.iterdir()) - before
            out.append(float(new.read_text()) - t0)
            time.sleep(1.5)
    finally:
        _stop(proc)
    return out


def http(n: int) -> tuple[list[float], list[float]]:
    tmp = Path(tempfile.mkdtemp(prefix="bots-trig-http-"))
    os.environ.update(_env(tmp))
    from robot_lib.console.tokens import create
    from robot_lib.runtime.store import Store

    store = Store()
    url, server = start_console(store)
    _, token = create(store, "bench", "operator", ["idle"], "bench")
    import httpx

    api = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    base = signed_in(url)
    css, post = [], []
    for _ in range(n):
        t0 = time.perf_counter()
        assert base.get("/static/console.css").status_code == 200
        css.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        r = api.post("/api/bots/idle/runs", json={})
        post.append(time.perf_counter() - t0)
        assert r.status_code == 201, r.text
        rid = r.json()["run_id"]
        while api.get(f"/api/runs/{rid}").json()["status"] not in ("succeeded", "failed"):
            time.sleep(0.05)  # one run at a time: the next one is not refused as busy
    server.should_exit = True
    return css, post


def idle_cpu(triggers: int, poll: bool) -> float:
    tmp = Path(tempfile.mkdtemp(prefix="bots-trig-idle-"))
    env = _env(tmp)
    text = ""
    for i in range(triggers):
        folder = tmp / "drop" / f"f{i}"
        text += (
            f'[[schedule]]\nid = "w{i}"\nbot = "idle"\n'
            f'on_file = {{ path = "{folder}", settle = "5s", poll = {str(poll).lower()} }}\n\n'
        )
    (tmp / "schedules" / "s.toml").write_text(text)
    proc = start_scheduler(env)
    try:
        time.sleep(3)

        c0, t0 = cpu_seconds(proc.pid), time.monotonic()
        time.sleep(20)
        return (cpu_seconds(proc.pid) - c0) / (time.monotonic() - t0) * 100
    finally:
        _stop(proc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--arrivals", type=int, default=20)
    args = ap.parse_args()
    for how in ("cli", "watched", "polled"):
        xs = arrival(args.arrivals, how)
        name = {
            "cli": "baseline: `bots run` started -> bot's first line",
            "watched": "file arrival (inotify, settle 1 s) -> bot's first line",
            "polled": "file arrival (polled, settle 1 s) -> bot's first line",
        }[how]
        line(name, f"p50 {median(xs) * 1000:.0f} ms", f"p95 {p95(xs) * 1000:.0f} ms")
    css, post = http(args.arrivals)
    line("baseline: GET /static/console.css", f"p50 {median(css) * 1000:.0f} ms")
    line(
        "POST /api/bots/NAME/runs -> run recorded",
        f"p50 {median(post) * 1000:.0f} ms",
        f"p95 {p95(post) * 1000:.0f} ms",
    )
    line("baseline: scheduler CPU idle, no schedule", f"{idle_cpu(0, False):.2f} %")
    line("scheduler CPU idle, 50 file triggers (inotify)", f"{idle_cpu(50, False):.2f} %")
    line("scheduler CPU idle, 50 file triggers (polled)", f"{idle_cpu(50, True):.2f} %")


if __name__ == "__main__":
    main()
