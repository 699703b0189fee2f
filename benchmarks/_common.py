"""Small helpers for the benchmarks: timing, medians, a results line format."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def timeit(fn: Callable[[], Any], repeat: int = 5) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]


def line(name: str, value: str, note: str = "") -> None:
    print(f"{name:<58} {value:>18}  {note}")


BENCH_USER = ("bench", "bench-password-1")


def start_console(store: Any, role: str = "viewer") -> tuple[str, Any]:
    """The web console over *store* on a free port (uvicorn in a thread), with a user
    ``BENCH_USER`` of *role*; returns (its URL, the server: set ``should_exit`` to stop)."""
    import socket
    import threading

    import uvicorn

    from robot_lib.console.app import create_app
    from robot_lib.console.auth import add_user

    add_user(store, *BENCH_USER, role)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def signed_in(url: str) -> Any:
    """An httpx client of *url* signed in as ``BENCH_USER``."""
    import re

    import httpx

    c = httpx.Client(base_url=url, timeout=60)
    tok = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text)
    assert tok is not None
    c.post("/login", data={"csrf": tok.group(1), "name": BENCH_USER[0], "password": BENCH_USER[1]})
    return c


def start_scheduler(env: dict[str, str]) -> Any:
    """``bots scheduler start`` with *env*, returned once it says it started (its further
    output is drained in a thread)."""
    import subprocess
    import sys
    import threading
    from pathlib import Path

    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "bots"), "scheduler", "start"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    for out in proc.stdout:
        if "scheduler started" in out:
            break
    threading.Thread(target=lambda: [None for _ in proc.stdout or []], daemon=True).start()
    return proc


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process *pid* so far."""
    import os
    from pathlib import Path

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
