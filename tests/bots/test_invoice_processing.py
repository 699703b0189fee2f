"""The invoice bot end to end: inbox, extraction, portal, ledger, review, kill and restart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from demo.sample_invoices import generate_invoices
from robot_lib import excel
from tests.bots.conftest import run_bot, tagged
from tests.conftest import BIN

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _inbox(
    home: Path, tmp_path: Path, count: int = 1, bad: bool = True
) -> tuple[Path, dict[str, Any]]:
    sample = tmp_path / "sample"
    seed = zlib.crc32(tmp_path.name.encode()) % 1000  # per test, the same in every run
    generate_invoices(sample, count=count, seed=seed, bad=bad, tag=tagged(tmp_path))
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    truths = {}
    for pdf in sample.glob("*.pdf"):
        (inbox / pdf.name).write_bytes(pdf.read_bytes())
        os.utime(inbox / pdf.name, (pdf.stat().st_mtime, pdf.stat().st_mtime))
        t = sample / f"{pdf.stem}.truth.json"
        if t.exists():
            truths[pdf.name] = json.loads(t.read_text())["fields"]
    return inbox, truths


def _portal_count(portal: Any, truths: dict[str, Any]) -> Counter[str]:
    numbers = {t["invoice_number"] for t in truths.values()}
    return Counter(
        i["invoice_number"] for i in portal.api("invoices") if i["invoice_number"] in numbers
    )


def test_inbox_to_ledger_portal_and_review(bots_env: Any, home: Path, tmp_path: Path) -> None:
    inbox, truths = _inbox(home, tmp_path)
    run = run_bot("invoice_processing")
    assert run.status == "succeeded", run.output  # done + review only
    assert (run.items_done, run.items_review) == (7, 7)
    ledger = home / "output" / "invoices.xlsx"
    rows = excel.read_records(ledger, sheet="Invoices")
    assert sorted(r["Source File"] for r in rows) == sorted(truths)
    for r in rows:
        t = truths[r["Source File"]]
        assert (r["Vendor"], str(r["Invoice Number"]), f"{r['Gross']:.2f}") == (
            t["seller"],
            t["invoice_number"],
            t["gross_total"],
        )
        assert str(r["Portal Record"]).startswith("INV-") and len(r["SHA256"]) == 64
    lines = excel.read_records(ledger, sheet="Lines")
    assert len(lines) == sum(len(t["lines"]) for t in truths.values())
    assert set(_portal_count(bots_env, truths).values()) == {1}
    assert [p.name for p in inbox.glob("*.pdf")] == []  # nothing left behind, nothing deleted
    processed = sorted(p.name for p in (inbox / "processed").rglob("*.pdf"))
    review = sorted(p.name for p in (inbox / "review").glob("*.pdf"))
    assert processed == sorted(truths)
    assert review == sorted(
        [
            "bad_corrupt.pdf",
            "bad_duplicate.pdf",
            "bad_empty.pdf",
            "bad_encrypted.pdf",
            "bad_not_a_pdf.pdf",
            "bad_scan.pdf",
            "bad_totals.pdf",
        ]
    )
    reasons = {
        p.name: json.loads(p.read_text())["reasons"]
        for p in (inbox / "review").glob("*.reason.json")
    }
    assert "encrypted" in reasons["bad_encrypted.reason.json"][0]
    assert "duplicate" in reasons["bad_duplicate.reason.json"][0]
    assert any("but the gross total is" in r for r in reasons["bad_totals.reason.json"])
    assert all(
        p.parent.name == t["issue_date"][:7]
        for p in (inbox / "processed").rglob("*.pdf")
        for t in [truths[p.name]]
    )

    # the same files arriving again are skipped and filed, and nothing is entered twice
    for p in (inbox / "processed").rglob("*.pdf"):
        (inbox / p.name).write_bytes(p.read_bytes())
    again = run_bot("invoice_processing")
    assert again.items_done == 0 and again.items_skipped == 7, again.output
    assert len(excel.read_records(ledger, sheet="Invoices")) == 7
    assert set(_portal_count(bots_env, truths).values()) == {1}


def test_dry_run_records_nothing(bots_env: Any, home: Path, tmp_path: Path) -> None:
    inbox, truths = _inbox(home, tmp_path, bad=False)
    run = run_bot("invoice_processing", {"dry_run": "true"})
    assert run.status == "succeeded"
    assert sorted(p.name for p in inbox.glob("*.pdf")) == sorted(truths)
    assert not (home / "output" / "invoices.xlsx").exists()
    assert sum(_portal_count(bots_env, truths).values()) == 0
    some = next(iter(truths.values()))
    assert some["invoice_number"] in run.output


def test_killed_mid_run_then_restarted_records_each_invoice_once(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    from robot_lib.runtime.store import Store

    inbox, truths = _inbox(home, tmp_path, count=2, bad=False)
    bots_env.admin("settings", latency_ms=150)
    proc = subprocess.Popen(
        [str(BIN / "bots"), "run", "invoice_processing"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    store = Store()
    deadline = time.monotonic() + 120
    killed_at = None
    while time.monotonic() < deadline and proc.poll() is None:
        runs = store.list_runs(bot="invoice_processing", limit=1)
        if runs and runs[0].items_done >= 3:
            killed_at = runs[0].items_done
            os.killpg(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.05)
    proc.wait(timeout=30)
    bots_env.admin("settings", latency_ms=0)
    assert killed_at is not None and killed_at < len(truths)
    time.sleep(1.5)  # the bot process notices its parent died and takes its browser down
    again = run_bot("invoice_processing")
    assert again.status == "succeeded", again.output
    killed = store.list_runs(bot="invoice_processing", limit=2)[1]
    assert killed.status == "interrupted"
    assert not [i for i in store.get_items(killed.id) if i["status"] == "running"]
    ledger = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert Counter(r["Source File"] for r in ledger) == Counter(list(truths))
    counts = _portal_count(bots_env, truths)
    assert len(counts) == len(truths) and set(counts.values()) == {1}
    assert not list(inbox.glob("*.pdf"))


def test_mailbox_intake(
    bots_env: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from email.message import EmailMessage

    from tests.mailservers import dovecot

    sample = tmp_path / "sample"
    generate_invoices(sample, count=1, seed=77, bad=False, tag=tagged(tmp_path))
    pdfs = sorted(sample.glob("*.pdf"))[:2]
    with dovecot() as imap:
        for p in pdfs:
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = "vendor@example.com", imap.user, f"Invoice {p.stem}"
            m.set_content("Invoice attached.")
            m.add_attachment(p.read_bytes(), maintype="application", subtype="pdf", filename=p.name)
            imap.deliver(m)
        for k, v in {
            "MAIL_IMAP_SERVER": imap.host,
            "MAIL_IMAP_PORT": str(imap.port),
            "MAIL_ACCOUNT": imap.user,
            "MAIL_PASSWORD": imap.password,
            "MAIL_TLS_CA_FILE": imap.cafile,
        }.items():
            monkeypatch.setenv(k, v)
        run = run_bot("invoice_processing", {"mailbox": "imap"})
        assert run.status == "succeeded", run.output
        assert run.items_done == 2
        assert "2 PDF attachment(s) saved" in run.output
        assert imap.password not in run.output
    processed = sorted(p.name for p in (home / "inbox" / "invoices" / "processed").rglob("*.pdf"))
    assert processed == sorted(p.name for p in pdfs)


def test_two_identical_files_in_one_run(bots_env: Any, home: Path, tmp_path: Path) -> None:
    inbox, truths = _inbox(home, tmp_path, bad=False)
    first = sorted(truths)[0]
    (inbox / f"copy of {first}").write_bytes((inbox / first).read_bytes())
    run = run_bot("invoice_processing")
    assert run.status == "succeeded", run.output
    assert run.items_done == len(truths)  # counts are per key: the copy has its original's
    from robot_lib.runtime.store import Store

    statuses = [i["status"] for i in Store().get_items(run.id)]
    assert statuses.count("skipped") == 1 and statuses.count("done") == len(truths)
    ledger = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert len(ledger) == len(truths)
    assert set(_portal_count(bots_env, truths).values()) == {1}
    processed = sorted(p.name for p in (inbox / "processed").rglob("*.pdf"))
    assert f"copy of {first}" in processed and not list(inbox.glob("*.pdf"))


def _write_slowly(src: bytes, target: Path, how: str, pause: float) -> None:
    """Copy *src* into *target* in four pieces with pauses: through one open handle, or
    by a shell appending with ``>>`` (the file closed between pieces)."""
    pieces = [src[i : i + len(src) // 4 + 1] for i in range(0, len(src), len(src) // 4 + 1)]
    if how == "handle":
        with target.open("wb") as f:
            for piece in pieces:
                f.write(piece)
                f.flush()
                time.sleep(pause)
        return
    parts = []
    for n, piece in enumerate(pieces):
        part = target.parent.parent / f"piece-{n}"
        part.write_bytes(piece)
        parts.append(f"cat '{part}' >> '{target}'; sleep {pause}")
    subprocess.run(["sh", "-c", "; ".join(parts)], check=True)


@pytest.mark.parametrize("how", ["handle", "append"])
def test_a_pdf_still_being_written_is_processed_once_whole(
    bots_env: Any, home: Path, tmp_path: Path, how: str
) -> None:
    import hashlib
    import threading

    sample = tmp_path / "sample"
    generate_invoices(sample, count=1, seed=11, bad=False, tag=tagged(tmp_path))
    pdf = next(sample.glob("*.pdf"))
    data = pdf.read_bytes()
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    target = inbox / pdf.name
    writer = threading.Thread(target=_write_slowly, args=(data, target, how, 0.5))
    writer.start()
    time.sleep(0.1)  # the first piece is in the inbox when the bot looks
    first = run_bot("invoice_processing", {"portal": "false", "settle": "1.5"})
    writer.join()
    second = run_bot("invoice_processing", {"portal": "false", "settle": "1.5"})
    done = first.items_done + second.items_done
    assert done == 1, first.output + second.output
    assert first.items_review == second.items_review == 0
    rows = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert [r["SHA256"] for r in rows] == [hashlib.sha256(data).hexdigest()]
    moved = list((inbox / "processed").rglob("*.pdf"))
    assert len(moved) == 1 and moved[0].read_bytes() == data
    review = inbox / "review"
    assert not review.exists() or not list(review.iterdir())  # no "not a PDF" half


def test_a_shops_invoice_with_the_tax_in_its_prices_is_booked_with_a_net(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    # no net printed ('Gesamtsumme', 'enthaltene MwSt. 7 %', '… 19 %'): the portal and the
    # ledger, which need one, get the gross less the tax
    from decimal import Decimal

    from tests.robot_lib.test_invoice_shops import shop

    number = "SHOP" + tagged(tmp_path)
    pdf, gross, tax = shop(tmp_path, 5, number=number)
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    (inbox / "shop.pdf").write_bytes(pdf.read_bytes())
    run = run_bot("invoice_processing")
    assert (run.items_done, run.items_review) == (1, 0), run.output
    (entered,) = [i for i in bots_env.api("invoices") if i["invoice_number"] == number]
    assert (entered["net"], entered["gross"]) == (f"{gross - tax:.2f}", f"{gross:.2f}")
    (row,) = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert Decimal(str(row["Net"])).quantize(Decimal("0.01")) == gross - tax


def test_an_invoice_with_no_tax_is_booked_with_a_nil_tax(
    bots_env: Any, home: Path, tmp_path: Path
) -> None:
    # a small business exempt from VAT ('Gemäß § 19 UStG …') prints no tax: the portal and
    # the ledger, which need one, get a tax of nil and the gross as the net
    from tests.invoice_typeset import invoice, typeset

    source, truth = invoice("de-DE", "maker", 2)
    assert truth["tax_total"] is None
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    (inbox / "exempt.pdf").write_bytes(typeset(source, tmp_path / "exempt.pdf").read_bytes())
    run = run_bot("invoice_processing")
    assert (run.items_done, run.items_review) == (1, 0), run.output
    number = truth["invoice_number"]
    (entered,) = [i for i in bots_env.api("invoices") if i["invoice_number"] == number]
    assert (entered["net"], entered["tax"], entered["gross"]) == (
        truth["gross_total"],
        "0.00",
        truth["gross_total"],
    )
