"""`bots --help` wall time vs `python -c pass`, and `bots run` of a no-op bot: handed to the
resident runner (robot_lib.launch), and without one (`BOTS_RESIDENT=0`: the first run, or
the first after the runner ended unused).

Goals (issue 2): `bots --help` under 0.25 s median; `bots run` of a no-op bot under 1.0 s
(issue 20 asks 0.3 s).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import line, median, timeit  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "BOTS_HOME": tmp,
            "BOTS_PATH": str(ROOT / "tests" / "fixtures" / "bots"),
            "BOTS_SCHEDULES": tmp,
        }

        def run(*args: str) -> None:
            subprocess.run(args, env=env, check=True, capture_output=True)

        base = median(timeit(lambda: run(sys.executable, "-c", "pass"), 10))
        helps = median(timeit(lambda: run(str(BIN / "bots"), "--help"), 10))
        env["BOTS_RESIDENT"] = "0"
        run(str(BIN / "bots"), "run", "noop")  # create the database once
        cold = timeit(lambda: run(str(BIN / "bots"), "run", "noop"), 5)
        cold_lib = timeit(lambda: run(str(BIN / "bots"), "run", "library_noop"), 5)
        env["BOTS_RESIDENT"] = "1"
        run(str(BIN / "bots"), "run", "noop")  # starts the resident runner once it has ended
        sockets = Path(tmp) / "resident"
        for _ in range(300):  # it imports the runtime, then listens
            if any(sockets.glob("*.sock")):
                break
            time.sleep(0.05)
        noop = timeit(lambda: run(str(BIN / "bots"), "run", "noop"), 10)
        lib = timeit(lambda: run(str(BIN / "bots"), "run", "library_noop"), 5)
        for sock in sockets.glob("*.sock"):
            sock.unlink()  # the runner ends within a second
        time.sleep(1.5)
    line("python -c pass (baseline), median of 10", f"{base * 1000:.0f} ms")
    line(
        "bots --help, median of 10",
        f"{helps * 1000:.0f} ms",
        f"{helps / base:.1f}x baseline; goal < 250 ms",
    )
    line(
        "bots run noop, resident runner (records, report), median of 10",
        f"{median(noop) * 1000:.0f} ms",
        f"{median(noop) / base:.1f}x baseline; goal <= 300 ms (issue 20)",
    )
    line(
        "bots run noop, no resident runner (BOTS_RESIDENT=0), median of 5",
        f"{median(cold) * 1000:.0f} ms",
        f"{median(cold) / base:.1f}x baseline; goal < 1000 ms (issue 2)",
    )
    line(
        "bots run library_noop (imports Playwright, pdfplumber, openpyxl), resident, median of 5",
        f"{median(lib) * 1000:.0f} ms",
    )
    line(
        "bots run library_noop, no resident runner, median of 5",
        f"{median(cold_lib) * 1000:.0f} ms",
    )


if __name__ == "__main__":
    main()
