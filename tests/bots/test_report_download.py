"""The report download bot against the portal with slow reports, random 500s, session
expiry and hostile file names."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest

from bots.report_download import period_dates, verify
from demo.portal import reports as report_files
from tests.bots.conftest import run_bot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HEADER = report_files.HEADERS["invoice_register"]
# two reports in two formats: four downloads, enough for an error, a retry and an expiry
TWO_REPORTS = {
    "period": "last-month",
    "formats": "xlsx,csv",
    "reports": "invoice_register,ar_aging",
}


@pytest.mark.parametrize(
    ("period", "today", "want"),
    [
        ("yesterday", "2026-03-01", ("2026-02-28", "2026-02-28")),
        ("last-week", "2026-11-26", ("2026-11-16", "2026-11-22")),
        ("last-month", "2026-01-15", ("2025-12-01", "2025-12-31")),
        ("month-to-date", "2026-11-26", ("2026-11-01", "2026-11-26")),
    ],
)
def test_periods(period: str, today: str, want: tuple[str, str]) -> None:
    got = period_dates(period, dt.date.fromisoformat(today))
    assert (got[0].isoformat(), got[1].isoformat()) == want


def test_verify_rejects_wrong_files(tmp_path: Path) -> None:
    from robot_lib import excel

    good = excel.write_records(tmp_path / "g.xlsx", [dict.fromkeys(HEADER, 1)], columns=HEADER)
    assert verify(good, "xlsx", HEADER, "Invoice register") is None
    wrong = excel.write_records(tmp_path / "w.xlsx", [{"Other": 1}])
    assert "expected" in (verify(wrong, "xlsx", HEADER, "x") or "")
    broken = tmp_path / "b.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert "cannot be read as xlsx" in (verify(broken, "xlsx", HEADER, "x") or "")
    csv_bad = tmp_path / "c.csv"
    csv_bad.write_text(",".join(HEADER) + "\n1,2\n")
    assert "wrong number of columns" in (verify(csv_bad, "csv", HEADER, "x") or "")
    html = tmp_path / "p.pdf"
    html.write_text("<html>error</html>")
    assert "cannot be read as pdf" in (verify(html, "pdf", HEADER, "x") or "")


def _files(home: Path) -> list[Path]:
    return sorted(p for p in (home / "reports").rglob("*") if p.is_file())


def test_every_report_once_despite_slow_jobs_errors_and_expiry(bots_env: Any, home: Path) -> None:
    bots_env.admin("settings", report_delay=1.0, error_rate=0.2, hostile_filenames=True)
    stop = threading.Event()

    def expire_midway() -> None:
        if not stop.wait(4):
            bots_env.admin("expire-sessions")

    t = threading.Thread(target=expire_midway)
    t.start()
    try:
        run = run_bot("report_download", TWO_REPORTS, retries=4)
    finally:
        stop.set()
        t.join()
        bots_env.admin("settings", report_delay=0.5, error_rate=0.0, hostile_filenames=False)
    assert run.status == "succeeded", run.output
    start, end = period_dates("last-month", dt.date.today())
    day = home / "reports" / dt.date.today().isoformat()
    expected = {
        f"{r}_{start}_{end}.{f}" for r in ("invoice_register", "ar_aging") for f in ("xlsx", "csv")
    }
    assert expected <= {p.name for p in day.iterdir()}
    for name in expected:
        fmt = name.rsplit(".", 1)[1]
        report = name.split("_20")[0]
        header = {"invoice_register": HEADER}.get(report)
        if header:
            assert verify(day / name, fmt, header, "Invoice register") is None
    assert not list(day.glob(".partial-*"))
    assert not [p for p in home.rglob("*") if "etc" in p.parts]  # the hostile name went nowhere
    from robot_lib.runtime.store import Store

    items = Store().get_items(run.id)
    done = [i for i in items if i["status"] == "done"]
    assert sorted(i["key"] for i in done) == sorted({i["key"] for i in done})  # each once
    assert len(done) == 4
    assert all("etc" in i["data"]["suggested_name"] for i in done)

    again = run_bot("report_download", TWO_REPORTS)
    assert again.items_skipped == 4 and again.items_done == 0
    forced = run_bot(
        "report_download",
        {"period": "last-month", "formats": "pdf", "reports": "ar_aging", "force": "true"},
    )
    assert forced.items_done == 1
    assert (day / f"ar_aging_{start}_{end}.pdf").read_bytes().startswith(b"%PDF")
    assert (day / f"summary_{start}_{end}.xlsx").exists()
