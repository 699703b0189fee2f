"""The RPA-Challenge-style form (demo/form_challenge.py: 7 fields reshuffled and rebuilt as
new nodes every round, labels without for=), 10 rows, time as the page reports it (first
submit to last), all three in the same browser and run (issue 20):

- naive Playwright: per field a label -> XPath locator and ``.fill()``, then a Submit click;
- robot_lib: ``fill_form(row, method="simulate", submit="Submit")``, one page round trip a row;
- the floor: one hand-written script a row that knows the page (sets each input by its
  label's text, clicks Submit).

Goals: robot_lib <= 0.25x naive, within 4x of the floor, every value right (70/70).

    .venv/bin/python benchmarks/form_challenge.py [--rounds 10] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import line, median  # noqa: E402

FLOOR = """(row) => {
  for (const d of document.querySelectorAll('#fields .field')) {
    const input = d.querySelector('input');
    input.value = row[d.querySelector('label').textContent];
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }
  document.getElementById('submit').click();
}"""


def naive(page: Any, row: dict[str, str]) -> None:
    for label, value in row.items():
        page.locator(f"xpath=//label[normalize-space()='{label}']/following::input[1]").fill(value)
    page.get_by_role("button", name="Submit").click()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    os.environ.setdefault("BOTS_HOME", tempfile.mkdtemp())
    from loguru import logger

    logger.remove()  # the figures, not each row's debug line
    from demo.form_challenge import LABELS, page_html, rows
    from robot_lib import browser
    from robot_lib.context import RunContext

    people = rows(args.rounds)
    from robot_lib.browser.session import page as run_page

    ctx = RunContext(run_id="bench", bot="bench", artifacts=Path(tempfile.mkdtemp()))
    page = run_page(ctx)

    def ours(p: Any, row: dict[str, str]) -> None:
        browser.fill_form(p, row, method="simulate", submit="Submit")

    ways: dict[str, Callable[[Any, dict[str, str]], None]] = {
        "naive Playwright (label XPath, fill, click)": naive,
        "robot_lib fill_form simulate + submit": ours,
        "floor: one hand-written script a row": lambda p, row: p.evaluate(FLOOR, row),
    }
    times: dict[str, list[float]] = {k: [] for k in ways}
    right: dict[str, int] = dict.fromkeys(ways, 0)
    for _ in range(args.repeat):
        for name, fill in ways.items():
            page.set_content(page_html(rounds=args.rounds))
            for row in people:
                fill(page, row)
            page.wait_for_function("window.challenge.finished !== null")
            got = page.evaluate("window.challenge")
            times[name].append(got["finished"] - got["started"])
            right[name] = sum(
                got["submitted"][i][k] == people[i][k] for i in range(args.rounds) for k in LABELS
            )
    cells = args.rounds * len(LABELS)
    base = median(times[next(iter(ways))])
    floor = median(times[list(ways)[-1]])
    for name in ways:
        t = median(times[name])
        note = f"{t / base:.2f}x naive, {t / floor:.1f}x floor, {right[name]}/{cells} right"
        label = f"{name}, {args.rounds} rows (page-timed, median of {args.repeat})"
        line(label, f"{t:.0f} ms", note)
    print("goals: robot_lib <= 0.25x naive and within 4x of the floor, every value right")
    ctx.close(False)


if __name__ == "__main__":
    main()
