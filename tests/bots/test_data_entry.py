"""The data entry bot: 50 rows into the shuffled portal form, in real Chromium."""

from __future__ import annotations

import hashlib
import signal
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from demo.sample_customers import HEADERS, customer_rows, write_customers
from robot_lib import excel
from tests.bots.conftest import run_bot
from tests.conftest import BIN

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _entered(portal: Any, emails: list[str]) -> Counter[str]:
    wanted = {e.lower() for e in emails}
    return Counter(c["email"] for c in portal.api("customers") if c["email"] in wanted)


def test_twenty_rows_each_valid_row_exactly_once(bots_env: Any, tmp_path: Path) -> None:
    wb = write_customers(tmp_path / "customers.xlsx", rows=20, seed=101, tag="a")
    before = hashlib.sha256(wb.read_bytes()).hexdigest()
    rows = customer_rows(20, 101, "a")
    run = run_bot("data_entry", {"workbook": str(wb)})
    assert run.status == "succeeded", run.output  # done + review only (5 rows for a person)
    assert (run.items_done, run.items_review) == (15, 5)
    result = excel.read_records(wb.with_name("customers.result.xlsx"), required=["Email"])
    status = Counter(r["Status"] for r in result)
    assert status == {"done": 15, "invalid": 3, "duplicate": 1, "rejected": 1}
    valid = [r["Email"] for r, res in zip(rows, result, strict=True) if res["Status"] == "done"]
    assert set(_entered(bots_env, valid).values()) == {1} and len(_entered(bots_env, valid)) == 15
    assert all(str(r["Confirmation"]).startswith("CN-") for r in result if r["Status"] == "done")
    rejected = next(r for r in result if r["Status"] == "rejected")
    assert (
        "already has a different record" in rejected["Message"]
        or "already exists" in rejected["Message"]
    )
    invalid = [r["Message"] for r in result if r["Status"] == "invalid"]
    assert any("not a valid email" in m for m in invalid) and any(
        "Last Name is empty" in m for m in invalid
    )
    assert hashlib.sha256(wb.read_bytes()).hexdigest() == before  # the input is untouched
    assert [c for c in excel.read_records(wb.with_name("customers.result.xlsx"))[0]][:7] == HEADERS

    again = run_bot("data_entry", {"workbook": str(wb)})
    assert again.items_skipped == 15 and again.items_done == 0
    assert set(_entered(bots_env, valid).values()) == {1}


def test_with_errors_and_latency_still_exactly_once(bots_env: Any, tmp_path: Path) -> None:
    wb = write_customers(tmp_path / "c.xlsx", rows=12, seed=202, tag="b")
    bots_env.admin("settings", error_rate=0.2, latency_ms=30)
    run = run_bot("data_entry", {"workbook": str(wb)}, retries=4)
    bots_env.admin("settings", error_rate=0.0, latency_ms=0)
    valid = [
        r["Email"]
        for r in excel.read_records(wb.with_name("c.result.xlsx"))
        if r["Status"] == "done"
    ]
    assert len(valid) == 7, run.output  # 12 rows: 3 invalid, 1 duplicate, 1 rejected
    entered = _entered(bots_env, valid)
    assert len(entered) == 7 and set(entered.values()) == {1}


def test_session_expiry_mid_batch(bots_env: Any, tmp_path: Path) -> None:
    wb = excel.write_records(tmp_path / "s.xlsx", customer_rows(8, 303, "c")[:8], columns=HEADERS)
    bots_env.admin("settings", session_ttl=1.5, latency_ms=100)
    run = run_bot("data_entry", {"workbook": str(wb)})
    bots_env.admin("settings", session_ttl=600.0, latency_ms=0)
    assert run.status == "succeeded", run.output
    assert run.output.count("logged in as") >= 2
    assert len(_entered(bots_env, [r["Email"] for r in customer_rows(8, 303, "c")])) == 8


def test_simulate_and_native_save_the_same_record(bots_env: Any, tmp_path: Path) -> None:
    base = customer_rows(2, 404, "d")[0]
    saved = []
    for method in ("native", "simulate"):
        row = {**base, "Email": f"{method}.{base['Email']}"}
        wb = excel.write_records(tmp_path / f"{method}.xlsx", [row], columns=HEADERS)
        run = run_bot("data_entry", {"workbook": str(wb), "method": method})
        assert run.status == "succeeded", run.output
        rec = next(c for c in bots_env.api("customers") if c["email"] == row["Email"].lower())
        saved.append(
            {k: v for k, v in rec.items() if k not in ("id", "confirmation", "email", "created_at")}
        )
    assert saved[0] == saved[1]
    assert (
        saved[0]["first_name"] == base["First Name"] and saved[0]["phone"] == base["Phone Number"]
    )


def test_missing_column_is_a_clear_business_error(bots_env: Any, tmp_path: Path) -> None:
    wb = excel.write_records(tmp_path / "m.xlsx", [{"Email": "x@y.zz", "First Name": "A"}])
    run = run_bot("data_entry", {"workbook": str(wb)})
    assert run.status == "failed" and "Last Name" in (run.error or "")
    assert not wb.with_name("m.result.xlsx").exists()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stopped_mid_batch_the_results_workbook_says_what_was_saved(
    bots_env: Any, tmp_path: Path, sig: signal.Signals
) -> None:
    """Ctrl-C or SIGTERM to `bots run`: the bot is asked to stop, writes the results
    workbook for the rows it saved, and the run ends `cancelled`."""
    rows = customer_rows(9, 505 + int(sig), "e")
    wb = excel.write_records(tmp_path / "stop.xlsx", rows, columns=HEADERS)
    bots_env.admin("settings", latency_ms=400)
    proc = subprocess.Popen(
        [str(BIN / "bots"), "run", "data_entry", "-p", f"workbook={wb}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    out: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            out.append(line)
            if sum(": saved," in ln for ln in out) >= 2:
                break
        proc.send_signal(sig)
        rest, _ = proc.communicate(timeout=120)
    finally:
        bots_env.admin("settings", latency_ms=0)
        if proc.poll() is None:
            proc.kill()
    text = "".join(out) + rest
    assert proc.returncode == 130, text
    assert "cancelled" in text and "results written to" in text
    result = excel.read_records(wb.with_name("stop.result.xlsx"))
    done = [r["Email"] for r in result if r["Status"] == "done"]
    assert 2 <= len(done) < 9, text
    entered = _entered(bots_env, [r["Email"] for r in rows])
    assert sorted(entered) == sorted(e.lower() for e in done)  # the workbook tells the truth
    assert all(str(r["Confirmation"]).startswith("CN-") for r in result if r["Status"] == "done")
    from robot_lib.runtime.store import Store

    run = Store().list_runs(bot="data_entry", limit=1)[0]
    assert run.status == "cancelled" and run.items_done == len(done)
    assert not [i for i in Store().get_items(run.id) if i["status"] == "running"]
