"""Form entry on the demo portal's shuffled customer form, no added latency:

- fill only: robot_lib.browser.fill_form native vs simulate on the 7-field form
  (issue 9 goal: simulate >= 3x faster);
- rows per second: a naive Playwright loop (new page + goto per row, fields found by a fresh
  label search, type() per field) vs robot_lib (one page, fill_form simulate) and vs the
  data_entry bot itself (issues 4 and 9 goal: >= 3x).

    .venv/bin/python benchmarks/form_entry.py [--rows 30]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import line, median  # noqa: E402

from demo.sample_customers import HEADERS  # noqa: E402


def _valid(r: dict[str, str]) -> bool:
    """Rows the portal accepts: the sample's invalid, duplicate and known rows left out."""
    return (
        all(r[k] for k in ("First Name", "Last Name", "Company Name"))
        and "seed" not in r["Email"]
        and r["Email"].endswith("@example.com")
        and r["Phone Number"].startswith("+")
    )


LABELS = HEADERS  # the workbook's columns are the form's labels


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=30)
    n = ap.parse_args().rows
    tmp = tempfile.mkdtemp()
    os.environ["BOTS_HOME"] = tmp
    from demo.portal.app import PortalServer, PortalSettings
    from demo.sample_customers import customer_rows
    from robot_lib import browser, excel
    from robot_lib.context import RunContext
    from robot_lib.runtime.store import Store

    with PortalServer(PortalSettings(db_path=Path(tmp) / "p.db")) as portal:
        os.environ.update(
            PORTAL_URL=portal.url, PORTAL_USERNAME="demo", PORTAL_PASSWORD="demo-password-123"
        )
        ctx = RunContext(run_id="bench", bot="bench", artifacts=Path(tmp) / "run")
        site = browser.open(ctx, "portal", "/customers/new")
        rows = [r for r in customer_rows(3 * n + 20, 5, "bench") if _valid(r)]

        rows = list({r["Email"]: r for r in rows}.values())

        # fill only, native vs simulate
        fills: dict[str, list[float]] = {"native": [], "simulate": []}
        for i in range(10):
            for method in fills:
                site.goto("/customers/new")
                r = browser.fill_form(site.page, {k: rows[i][k] for k in LABELS}, method=method)
                fills[method].append(r.seconds)

        # naive loop: new page per row, goto, fresh label search, type()
        context = site.page.context
        t0 = time.perf_counter()
        for r in rows[:n]:
            page = context.new_page()
            page.goto(portal.url + "/customers/new")
            for label in LABELS:
                at = f"//*[normalize-space(text())='{label}']"
                page.locator(
                    f"xpath={at}/descendant::input[1] | {at}/following::input[1]"
                ).first.type(r[label])
            page.get_by_role("button", name="Save customer").click()
            page.wait_for_load_state()
            if not page.locator("#confirmation-number").count():
                raise SystemExit(
                    "naive loop: " + " | ".join(page.locator(".error").all_inner_texts())
                )
            page.close()
        naive = time.perf_counter() - t0

        # robot_lib: one page, fill_form simulate, submit, read the confirmation
        t0 = time.perf_counter()
        for r in rows[n : 2 * n]:
            site.goto("/customers/new")
            browser.fill_form(site.page, {k: r[k] for k in LABELS}, method="simulate")
            browser.click(site.page, "Save customer", method="simulate")
            site.page.locator("#confirmation-number").wait_for()
        ours = time.perf_counter() - t0
        ctx.close(False)

        # the data_entry bot itself (checks, work items, lookups, results workbook)
        from bots.data_entry import data_entry

        wb = excel.write_records(Path(tmp) / "c.xlsx", rows[2 * n : 3 * n], columns=HEADERS)
        store = Store()
        store.create_run("bench-bot", "data_entry", {})
        bctx = RunContext(
            run_id="bench-bot", bot="data_entry", artifacts=Path(tmp) / "run2", store=store
        )
        t0 = time.perf_counter()
        data_entry(bctx, workbook=wb)
        bot_t = time.perf_counter() - t0
        bctx.close(False)
        done = bctx.counts.get("done", 0)
    nat, sim = median(fills["native"]), median(fills["simulate"])
    line("fill_form 7 fields, native (median of 10)", f"{nat * 1000:.0f} ms")
    line(
        "fill_form 7 fields, simulate (median of 10)",
        f"{sim * 1000:.0f} ms",
        f"{nat / sim:.1f}x faster; goal >= 3x",
    )
    line(f"naive loop: new page, goto, label search, type(), {n} rows", f"{n / naive:.2f} rows/s")
    line(
        "robot_lib: one page, fill_form simulate",
        f"{n / ours:.2f} rows/s",
        f"{naive / ours:.1f}x naive; goal >= 3x",
    )
    line(
        f"data_entry bot, {done} rows (incl. browser start and results)",
        f"{done / bot_t:.2f} rows/s",
        f"{(done / bot_t) / (n / naive):.1f}x naive",
    )


if __name__ == "__main__":
    main()
