"""How soon an item's end shows on the console's Run page (issue 14: within 1 s).

A run of 20 slow items is started from the console; real Chromium keeps its Run page open.
The time each item's end is written to the run history (polled every 10 ms here) is
compared with the time the page's "done" counter shows it (a MutationObserver in the page).
Baseline in the same process: the live endpoint's own answer time.

    .venv/bin/python benchmarks/console_live.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH_USER, line, signed_in, start_console  # noqa: E402


def main() -> None:
    base = Path(tempfile.mkdtemp(prefix="bots-live-"))
    os.environ.update(
        BOTS_HOME=str(base / "var"),
        BOTS_PATH=str(ROOT / "tests" / "fixtures" / "bots"),
        BOTS_SCHEDULES=str(base / "schedules"),
        LOGURU_LEVEL="WARNING",
    )

    from robot_lib.browser.launch import shared_browser
    from robot_lib.runtime.store import Store

    store = Store()
    url, server = start_console(store, "operator")
    page = shared_browser().new_context().new_page()
    page.goto(url + "/login")
    page.fill("input[name=name]", BENCH_USER[0])
    page.fill("input[name=password]", BENCH_USER[1])
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.goto(url + "/bots/slow_items")
    page.fill("input[name=n]", "20")
    page.fill("input[name=delay]", "0.7")
    with page.expect_navigation():
        page.click("button:has-text('Run slow_items now')")
    run_id = page.url.rsplit("/", 1)[1]
    page.evaluate(
        """() => { const el = document.querySelector('[data-field=done]');
        new MutationObserver(() => {
          const seen = JSON.parse(sessionStorage.getItem('seen') || '{}');
          seen[el.textContent] = Date.now();
          sessionStorage.setItem('seen', JSON.stringify(seen));
        }).observe(el, {childList: true, characterData: true, subtree: true}); }"""
    )
    written: dict[int, float] = {}
    last = -1
    while True:
        run = store.get_run(run_id)
        assert run is not None
        if run.items_done != last:
            last = run.items_done
            written[last] = time.time() * 1000
        if run.status not in ("queued", "running", "retrying"):
            break
        time.sleep(0.01)
    time.sleep(1.5)
    stored = page.evaluate("JSON.parse(sessionStorage.getItem('seen') || '{}')")
    seen = {int(k): v for k, v in stored.items() if k.isdigit()}
    delays = [seen[n] - written[n] for n in written if n in seen and n > 0]
    c = signed_in(url)
    answers = []
    for _ in range(30):
        t0 = time.perf_counter()
        c.get(f"/api/runs/{run_id}/live")
        answers.append((time.perf_counter() - t0) * 1000)
    line("baseline: the live endpoint's answer, median", f"{statistics.median(answers):.0f} ms")
    line(
        f"item end -> shown on the Run page ({len(delays)} items)",
        f"median {statistics.median(delays):.0f} ms, max {max(delays):.0f} ms",
    )
    server.should_exit = True


if __name__ == "__main__":
    main()
