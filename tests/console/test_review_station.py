"""The validation station in real Chromium: an invoice from an unseen layout (its total's
label is in no vocabulary) waits for review; a clerk opens it, puts the total in by clicking
its word on the page, approves with Enter; the invoice is in the portal and the ledger once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from robot_lib import excel
from robot_lib.runtime.store import Store
from tests.bots.conftest import run_bot, tagged
from tests.conftest import ROOT, run_cli
from tests.console.conftest import ConsoleServer, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def draw(path: Path, texts: list[str]) -> None:
    """A page of *texts*, one per line, as a simple tool prints it."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for text in texts:
        c.drawString(60, y, text)
        y -= 18
    c.save()


def unseen_layout(path: Path, number: str) -> None:
    """An invoice whose number is announced in words no rule knows (its totals the rules
    read: net and VAT labelled, the amount due closing net + VAT = gross)."""
    draw(
        path,
        [
            "Nordvik Maskin AS",
            "Industrivegen 4, 7080 Heimdal, Norway",
            "VAT NO 987654321 MVA",
            "",
            "INVOICE",
            f"Our reference: {number}",
            "Invoice date: 12.10.2026",
            "Due date: 11.11.2026",
            "Currency: EUR",
            "",
            "Hydraulic pump service            1 x 1,000.00      1,000.00",
            "Spare seals                       4 x 50.00           200.00",
            "",
            "Net amount: 1,200.00",
            "VAT 25%: 300.00",
            "Kindly remit the sum of 1,500.00 EUR",
        ],
    )


def test_a_clerk_fills_a_field_by_clicking_its_word_and_approves(
    console: ConsoleServer,
    page: Any,
    portal_env: Any,
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BOTS_PATH", str(ROOT / "bots"))
    number = "NV" + tagged(tmp_path)
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    unseen_layout(inbox / "nordvik.pdf", number)
    run = run_bot("invoice_processing")
    assert run.items_review == 1, run.output
    sign_in(page, console, "olga")
    page.goto(console.url + "/reviews")
    assert "invoice_number not found" in page.inner_text("table")
    page.screenshot(path=str(console.shots / "reviews.png"), full_page=True)
    with page.expect_navigation():
        page.click("a:has-text('nordvik.pdf')")
    page.wait_for_selector(".page .word")
    assert "invoice_number not found" in page.inner_text(".reason")
    assert page.locator(".page .source").count() >= 5  # the fields found are outlined
    page.click("input[data-field=invoice_number]")
    page.click(f".page .word[data-text='{number}']")
    assert page.input_value("input[data-field=invoice_number]") == number
    assert "✓ net 1200.00 + tax 300.00 = 1500.00 = gross" in page.inner_text("#checks")
    page.screenshot(path=str(console.shots / "review-station.png"), full_page=True)
    with page.expect_navigation(timeout=60000):
        page.press("input[data-field=invoice_number]", "Enter")
    assert page.url.endswith("/reviews"), (
        page.inner_text("main") if page.locator("main").count() else page.content()[:3000]
    )
    found = [i for i in portal_env.api("invoices") if i["invoice_number"] == number]
    assert len(found) == 1
    rows = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert [(str(r["Invoice Number"]), f"{r['Gross']:.2f}") for r in rows] == [(number, "1500.00")]
    code, out = run_cli("review", "list", "--json")
    assert json.loads(out) == []
    last = Store().list_runs(bot="invoice_processing", limit=1)[0]
    assert last.trigger == "review" and last.items_done == 1
    audit = json.loads(run_cli("audit", "--json")[1])
    assert audit[0]["user"] == "olga" and audit[0]["action"] == "approve review"
    assert "corrected: invoice_number" in audit[0]["detail"]
    # taught once: the vendor's next invoice goes straight through
    unseen_layout(inbox / "nordvik-2.pdf", number + "-2")
    again = run_bot("invoice_processing")
    assert (again.items_done, again.items_review) == (1, 0), again.output
    rows = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert [str(r["Invoice Number"]) for r in rows] == [number, number + "-2"]
    code, out = run_cli("vendors", "--json", "--export", str(tmp_path / "learned"))
    (profile,) = json.loads(out.split("\n1 profile(s)")[0])
    taught = profile["doc"]["fields"]["invoice_number"]
    assert (taught["anchor"], taught["direction"]) == ("Our reference:", "right")
    from robot_lib.invoices.templates import load_templates

    (tpl,) = load_templates(tmp_path / "learned")
    assert tpl.vendor == "Nordvik Maskin AS" and "invoice_number" in tpl.fields


def test_a_document_that_cannot_be_read_still_gets_its_review_page(
    console: ConsoleServer, portal_env: Any, home: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from demo.sample_invoices import generate_invoices

    monkeypatch.setenv("BOTS_PATH", str(ROOT / "bots"))
    sample, inbox = tmp_path / "sample", home / "inbox" / "invoices"
    generate_invoices(sample, count=1, seed=4, bad=True, tag=tagged(tmp_path))
    inbox.mkdir(parents=True)
    for name in ("bad_corrupt.pdf", "bad_encrypted.pdf"):
        (inbox / name).write_bytes((sample / name).read_bytes())
    assert run_bot("invoice_processing", {"portal": "false"}).items_review == 2
    clerk = console.client("olga")
    for task in json.loads(run_cli("review", "list", "--json")[1]):
        page = clerk.get(f"/reviews/{task['id']}")
        assert page.status_code == 200 and "The document cannot be shown" in page.text
        assert clerk.get(f"/reviews/{task['id']}/page/0.png").status_code == 404


def test_a_clerk_adds_the_charges_the_page_prints_after_the_tax(
    console: ConsoleServer,
    page: Any,
    portal_env: Any,
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a cost between the tax and the total under a label no vocabulary knows: net + tax does
    # not make the total, so the invoice waits; the clerk puts the cost in Charges
    monkeypatch.setenv("BOTS_PATH", str(ROOT / "bots"))
    number = "CC" + tagged(tmp_path)
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    draw(
        inbox / "customs.pdf",
        [
            "Nordvik Maskin AS",
            "Industrivegen 4, 7080 Heimdal, Norway",
            "VAT NO 987654321 MVA",
            "INVOICE",
            f"Invoice number: {number}",
            "Invoice date: 12.10.2026",
            "Due date: 11.11.2026",
            "Currency: EUR",
            "Net amount: 1,200.00",
            "VAT 25%: 300.00",
            "Customs clearance: 25.00",
            "Total due: 1,525.00",
        ],
    )
    run = run_bot("invoice_processing")
    assert run.items_review == 1, run.output
    sign_in(page, console, "olga")
    (task,) = json.loads(run_cli("review", "list", "--json")[1])
    assert "but the gross total is 1525.00" in task["reason"]
    page.goto(f"{console.url}/reviews/{task['id']}")
    page.wait_for_selector(".page .word")
    assert "✗ net 1200.00 + tax 300.00 = 1500.00, but gross is 1525.00" in page.inner_text(
        "#checks"
    )
    # a first try that leaves the total out of step: refused, and the form keeps what was typed
    page.fill("input[data-field=charges]", "20.00")
    with page.expect_navigation(timeout=60000):
        page.press("input[data-field=charges]", "Enter")
    assert "but the gross total is 1525.00" in page.inner_text("main")
    assert page.input_value("input[data-field=charges]") == "20.00"
    assert page.input_value("input[data-field=net_total]") == "1200.00"
    page.fill("input[data-field=charges]", "25.00")
    page.dispatch_event("input[data-field=charges]", "input")
    checks = page.inner_text("#checks")
    assert "✓ net 1200.00 + tax 300.00 + charges 25.00 = 1525.00 = gross" in checks, checks
    page.screenshot(path=str(console.shots / "review-charges.png"), full_page=True)
    with page.expect_navigation(timeout=60000):
        page.press("input[data-field=charges]", "Enter")
    assert page.url.endswith("/reviews"), page.inner_text("main")
    (entered,) = [i for i in portal_env.api("invoices") if i["invoice_number"] == number]
    assert entered["charges"] == "25.00" and entered["gross"] == "1525.00", entered
    rows = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    assert [(str(r["Invoice Number"]), r["Charges"]) for r in rows] == [(number, 25)]


def test_income_tax_withheld_is_shown_recorded_and_approved(
    console: ConsoleServer,
    page: Any,
    portal_env: Any,
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a Spanish freelancer's invoice with IRPF withheld goes straight through: the ledger has
    # the gross with VAT, the amount withheld and what is paid. An Italian one whose amount
    # payable is a unit off waits; the clerk sees the withholding explained, and approving
    # the totals records what is paid from them
    from decimal import Decimal

    from tests.invoice_typeset import invoice, typeset

    monkeypatch.setenv("BOTS_PATH", str(ROOT / "bots"))
    inbox = home / "inbox" / "invoices"
    inbox.mkdir(parents=True)
    source, truth = invoice("es-ES", "withholding", 0)
    (inbox / "irpf.pdf").write_bytes(typeset(source, tmp_path / "irpf.pdf").read_bytes())
    source, italian = invoice("it-IT", "withholding", 0, off=Decimal(1))
    (inbox / "ritenuta.pdf").write_bytes(typeset(source, tmp_path / "rit.pdf").read_bytes())
    run = run_bot("invoice_processing", {"portal": "false"})
    assert (run.items_done, run.items_review) == (1, 1), run.output
    (row,) = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    gross = Decimal(truth["gross_total"])
    assert Decimal(str(row["Gross"])).quantize(Decimal("0.01")) == gross
    withheld = Decimal(str(row["Withheld"])).quantize(Decimal("0.01"))
    assert (
        withheld > 0 and Decimal(str(row["Payable"])).quantize(Decimal("0.01")) == gross - withheld
    )
    (task,) = json.loads(run_cli("review", "list", "--json")[1])
    assert "but the amount payable is" in task["reason"]
    sign_in(page, console, "olga")
    page.goto(f"{console.url}/reviews/{task['id']}")
    page.wait_for_selector(".page .word")
    assert "Income tax withheld by the customer: 108.00" in page.inner_text("main")
    page.screenshot(path=str(console.shots / "review-withheld.png"), full_page=True)
    code, out = run_cli("review", "approve", str(task["id"]))
    assert code == 0, out
    rows = excel.read_records(home / "output" / "invoices.xlsx", sheet="Invoices")
    (it,) = [r for r in rows if r["Source File"] == "ritenuta.pdf"]
    paid = Decimal(italian["gross_total"]) - Decimal("108.00")
    assert Decimal(str(it["Payable"])).quantize(Decimal("0.01")) == paid
