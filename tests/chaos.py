"""Chaos scenarios for the real bots against the real demo portal in real Chromium: the
tests run them small (``tests/bots/test_chaos.py``), ``benchmarks/chaos.py`` at full size
for the figures in ``benchmarks/RESULTS.md``.

Each scenario returns a :class:`Outcome`: items lost (neither done nor reported as not
done), items entered twice, console lines per failed item, and the seconds from the first
failure to the attempt stopping. The caller provides the environment: ``BOTS_HOME``,
``BOTS_PATH`` (the real ``bots/``), and ``PORTAL_*`` of *portal*.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import signal
import subprocess
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from demo.sample_customers import HEADERS, customer_rows
from demo.sample_invoices import generate_invoices


@dataclass
class Outcome:
    scenario: str
    items: int
    status: str = ""
    lost: int = 0
    twice: int = 0
    failed_items: int = 0
    console_lines: int = 0
    stop_seconds: float | None = None  # first item failure -> the attempt stopped
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    output: str = ""
    run_dir: str = ""  # the last run's folder (its run.log has every try)

    @property
    def lines_per_failed_item(self) -> float:
        """Console lines a failure costs, per failed item: warnings, errors and any line that
        is not a log line of its own (a traceback, a call log), the runner's retry notice
        aside."""
        if not self.failed_items:
            return 0.0
        noisy = [
            ln
            for ln in self.output.splitlines()
            if ln.strip()
            and not RETRY_LINE.search(ln)
            and (not LOG_LINE.match(ln) or LOG_LINE.match(ln).group(1) in ("WARNING", "ERROR"))  # type: ignore[union-attr]
        ]
        return len(noisy) / self.failed_items

    def row(self) -> str:
        stop = f"{self.stop_seconds:.1f}" if self.stop_seconds is not None else "-"
        return (
            f"| {self.scenario} | {self.items} | {self.status} | {self.lost} | {self.twice} | "
            f"{self.failed_items} | {self.lines_per_failed_item:.2f} | {stop} | "
            f"{self.seconds:.0f} |"
        )


LOG_LINE = re.compile(r"^\d\d:\d\d:\d\d (\w+)\s")  # the console's "HH:MM:SS LEVEL ..." lines
RETRY_LINE = re.compile(r"^attempt \d+ \w+; attempt \d+ in ")

HEADER = (
    "| scenario | items | final status | lost | entered twice | failed items | "
    "console lines per failed item | first failure -> attempt stopped (s) | total (s) |\n"
    "|---|---|---|---|---|---|---|---|---|"
)


def _run(bot: str, params: dict[str, str], retries: int, delay: float) -> tuple[Any, str]:
    from robot_lib.runtime.runner import Runner, RunOptions
    from robot_lib.runtime.store import Store

    lines: list[str] = []
    run = Runner(Store(), on_line=lines.append).run(
        bot, params, RunOptions(retries=retries, retry_delay=[delay])
    )
    return run, "".join(lines)


def _stop_seconds(run_id: str) -> float | None:
    """From the first failed item to the end of the attempt it failed in."""
    from robot_lib.runtime.store import Store

    store = Store()
    failed = [i for i in store.get_items(run_id) if i["status"] == "failed"]
    if not failed:
        return None
    first = min(failed, key=lambda i: i["updated_at"])
    attempt = next(a for a in store.get_attempts(run_id) if a["number"] == first["attempt"])
    end: dt.datetime | None = attempt["finished_at"]
    if end is None:
        return None
    return max(0.0, (end - first["updated_at"]).total_seconds())


def _failed_item_events(output: str) -> int:
    """Failed items as the console reported them (one line each)."""
    return output.count(": failed: ")


# ------------------------------------------------------------------ data entry
def _entered(portal: Any, emails: list[str]) -> Counter[str]:
    wanted = {e.lower() for e in emails}
    return Counter(c["email"] for c in portal.api("customers") if c["email"] in wanted)


def data_entry(
    portal: Any,
    work: Path,
    name: str,
    rows: int,
    seed: int,
    retries: int = 2,
    delay: float = 1.0,
    during: Any = None,
) -> Outcome:
    """*rows* valid customers typed into the portal; *during(portal)* runs in a thread
    while the bot works (to take the portal down and up again)."""
    from robot_lib import excel

    data = customer_rows(min(rows, 9), seed, f"x{seed}")  # under 10 rows: all valid
    while len(data) < rows:  # more: batches of 9 valid rows each
        data += customer_rows(9, seed + len(data), f"x{seed}-{len(data)}")
    data = data[:rows]
    wb = excel.write_records(work / f"{name}.xlsx", data, columns=HEADERS)
    t0 = time.monotonic()
    helper = threading.Thread(target=during, args=(portal,), daemon=True) if during else None
    if helper:
        helper.start()
    run, out = _run("data_entry", {"workbook": str(wb)}, retries, delay)
    if helper:
        helper.join(timeout=120)
    o = Outcome(name, len(data), run.status, seconds=time.monotonic() - t0, output=out)
    o.run_dir = run.run_dir or ""
    results = excel.read_records(wb.with_name(f"{name}.result.xlsx"))
    entered = _entered(portal, [r["Email"] for r in data])
    for row, res in zip(data, results, strict=True):
        email = row["Email"].lower()
        if res["Status"] == "done" and entered[email] != 1:
            o.lost += 1  # the workbook says done, the portal disagrees
        elif res["Status"] not in ("done", "failed", "not attempted", "invalid", "rejected"):
            o.lost += 1
        elif res["Status"] != "done" and entered[email]:
            o.notes.append(f"{email}: entered but reported {res['Status']}")
            o.lost += 1
    o.twice = sum(1 for n in entered.values() if n > 1)
    o.failed_items = _failed_item_events(out)
    o.console_lines = len(out.splitlines()) if o.failed_items else 0
    o.stop_seconds = _stop_seconds(run.id)
    return o


def down_after(saved: int, emails_of: Any, seconds: float) -> Any:
    """A *during* helper: once *saved* customers of this batch are in, the portal answers
    503 for *seconds*, then comes back."""

    def during(portal: Any) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if sum(_entered(portal, emails_of()).values()) >= saved:
                break
            time.sleep(0.1)
        portal.admin("settings", down=True)
        time.sleep(seconds)
        portal.admin("settings", down=False)

    return during


# ------------------------------------------------------------------ invoices
def _inbox(home: Path, work: Path, count: int, seed: int) -> dict[str, dict[str, Any]]:
    import json

    sample = work / f"sample-{seed}"
    per_vendor = -(-count // 7)  # the generator makes this many for each of its 7 vendors
    generate_invoices(sample, count=per_vendor, seed=seed, bad=False, tag=f"-C{seed}")
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True, exist_ok=True)
    truths = {}
    # a mix of vendors: the first invoice of each, then the second of each, ...
    for pdf in sorted(sample.glob("*.pdf"), key=lambda p: (p.stem.rsplit("_", 1)[-1], p.name))[
        :count
    ]:
        (inbox / pdf.name).write_bytes(pdf.read_bytes())
        os.utime(inbox / pdf.name, (pdf.stat().st_mtime, pdf.stat().st_mtime))
        truth = sample / f"{pdf.stem}.truth.json"
        truths[pdf.name] = json.loads(truth.read_text())["fields"]
    return truths


def _invoice_outcome(
    o: Outcome, portal: Any, home: Path, truths: dict[str, dict[str, Any]]
) -> Outcome:
    from robot_lib import excel

    inbox = home / "inbox" / "invoices"
    ledger_path = home / "output" / "invoices.xlsx"
    ledger = excel.read_records(ledger_path, sheet="Invoices") if ledger_path.exists() else []
    in_ledger = Counter(r["Source File"] for r in ledger if r["Source File"] in truths)
    numbers = {t["invoice_number"]: name for name, t in truths.items()}
    in_portal = Counter(
        numbers[i["invoice_number"]]
        for i in portal.api("invoices")
        if i["invoice_number"] in numbers
    )
    still = {p.name for p in inbox.glob("*.pdf")} | {p.name for p in inbox.glob("review/*.pdf")}
    processed = {p.name for p in inbox.glob("processed/*/*.pdf")}
    for name in truths:
        done = in_ledger[name] == 1 and in_portal[name] == 1 and name in processed
        if not done and name not in still:
            o.lost += 1
            o.notes.append(f"{name}: ledger {in_ledger[name]}, portal {in_portal[name]}")
    o.twice = sum(1 for n in in_ledger.values() if n > 1) + sum(
        1 for n in in_portal.values() if n > 1
    )
    return o


def invoices(
    portal: Any, home: Path, work: Path, name: str, count: int, seed: int, retries: int = 2
) -> Outcome:
    truths = _inbox(home, work, count, seed)
    t0 = time.monotonic()
    run, out = _run("invoice_processing", {"settle": "0"}, retries, 1.0)
    o = Outcome(name, count, run.status, seconds=time.monotonic() - t0, output=out)
    o.failed_items = _failed_item_events(out)
    o.console_lines = len(out.splitlines()) if o.failed_items else 0
    o.stop_seconds = _stop_seconds(run.id)
    return _invoice_outcome(o, portal, home, truths)


def invoices_killed(
    portal: Any, home: Path, work: Path, count: int, kills: int, seed: int, bots: Path
) -> Outcome:
    """The invoice bot killed with -9 (its whole process group) at random moments *kills*
    times, then run to the end; every invoice must be entered exactly once."""
    truths = _inbox(home, work, count, seed)
    rng = random.Random(seed)
    t0 = time.monotonic()
    for _ in range(kills):
        proc = subprocess.Popen(
            [str(bots), "run", "invoice_processing", "-p", "settle=0"],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.5, 4.0))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        time.sleep(1.0)  # its attempt notices the parent is gone and takes its browser down
    run, out = _run("invoice_processing", {"settle": "0"}, 2, 1.0)
    o = Outcome(
        f"invoices, kill -9 x{kills}", count, run.status, seconds=time.monotonic() - t0, output=out
    )
    return _invoice_outcome(o, portal, home, truths)
