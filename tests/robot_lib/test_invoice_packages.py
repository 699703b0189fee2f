"""Invoices printed by invoice packages other people wrote, kept as PDFs in
``tests/data/package_invoices`` (``tests/invoice_packages``): their own templates, read as a
new vendor's page is read. And the kinds of layout they showed, drawn on their own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from robot_lib.invoices.ids import read_id
from robot_lib.invoices.model import FIELDS
from robot_lib.invoices.parse import amounts_in, dates_in
from tests.invoice_corpus import kept_cases, read_page, same, totals_read
from tests.invoice_packages import FIXTURES, LOCALES, _microinvoice, _pdfinvoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_every_page_reads_right() -> None:
    # among them a VAT table whose tax head is printed over the rate's ('Taxa do
    # imImppoosstotos'): the amount under no head that closes each row is its tax
    assert len(CASES) == 3 * sum(len(v) for v in LOCALES.values())
    for pdf, truth in CASES:
        got, _status, _reasons = read_page(pdf)
        wrong = {f: got[f] for f in FIELDS if not same(f, got[f], truth.get(f))}
        # a page that prints no currency takes its seller's VAT number's (on purpose)
        if truth["currency"] is None and got["currency"] is not None:
            del wrong["currency"]
        assert not wrong, (pdf.name, wrong)


def test_a_page_goes_straight_through_when_a_currency_stands_on_it() -> None:
    waiting = 0
    for pdf, _truth in CASES:
        got, status, reasons = read_page(pdf)
        if got["currency"] is not None:
            assert status == "accepted", (pdf.name, reasons)
        else:  # PyInvoice prints none; '₹' in a font without it prints as '¹'
            assert status == "review" and "currency not found" in reasons, pdf.name
            waiting += 1
    assert 0 < waiting < len(CASES) // 4


def test_a_total_one_off_or_a_fee_left_out_goes_to_review() -> None:
    off = kept_cases(FIXTURES, off=True)
    assert len(off) == sum(len(v) for v in LOCALES.values())
    for pdf, truth in off:
        got, status, _reasons = read_page(pdf)
        assert status == "review", pdf.name
        assert got["gross_total"] in (None, truth["gross_total"]), pdf.name


def test_the_kept_folder_holds_what_its_values_name_and_the_node_pages_what_they_are_given() -> (
    None
):
    named = {p.name for p, _t in CASES + kept_cases(FIXTURES, off=True)}
    assert {p.name for p in FIXTURES.glob("*.pdf")} == named
    for pdf, truth in CASES + kept_cases(FIXTURES, off=True):
        style, code, seed = pdf.stem.split("-", 1)[0], *pdf.stem.split("-", 1)[1].rsplit("-", 1)
        off = Decimal(1) if seed == "off" else Decimal(0)
        make = {"microinvoice": _microinvoice, "pdfinvoice": _pdfinvoice}.get(style)
        if make is not None:  # the Python packages compute their values as they print
            assert make(code, 0 if off else int(seed), off)[1] == truth, pdf.name


def test_an_identifier_is_no_amount_and_an_explicit_number_no_date() -> None:
    # a Brazilian CNPJ under 'Vat in:' was read as a tax of 12,345,678.00
    assert amounts_in("Vat in: 12.345.678/0001-90") == []
    assert [v for v, _s, _e in amounts_in("Total: 12.345.678,00")] == [Decimal("12345678.00")]
    # '20260208' after 'Invoice num.:' is the 208th invoice of 2026, not 8 February
    assert read_id("20260208", dates_ok=True) == "20260208"
    assert read_id("20260208") is None


def test_portuguese_and_italian_short_months() -> None:
    assert dates_in("16 de set. de 2026")[0][0] == dt.date(2026, 9, 16)
    assert dates_in("3 de out. de 2026")[0][0] == dt.date(2026, 10, 3)
    assert dates_in("14 giu 2026")[0][0] == dt.date(2026, 6, 14)


def test_an_unproven_order_that_puts_the_due_date_first_is_read_the_other_way(
    tmp_path: Path,
) -> None:
    body = [
        "Brightline Studio SAS",
        "12 rue de la Paix, Paris",
        "Invoice Number: 2026-0042",
        "Date: 03/07/26",
        "Due Date: 02/08/26",
        "Design work 1 500.00 USD",
        "Total without VAT 500.00 USD",
        "VAT Paid 100.00 USD",
        "Total paid with VAT 600.00 USD",
    ]
    got, _status, _reasons = read_page(text_page(tmp_path / "order.pdf", body))
    assert (got["issue_date"], got["due_date"]) == ("2026-07-03", "2026-08-02")
    # read month first, the two come the right way round: that order stays
    body[3:5] = ["Date: 03/07/26", "Due Date: 08/02/26"]
    got, _status, _reasons = read_page(text_page(tmp_path / "kept.pdf", body))
    assert (got["issue_date"], got["due_date"]) == ("2026-03-07", "2026-08-02")


def test_a_fee_between_the_net_and_the_total_that_the_total_leaves_out(tmp_path: Path) -> None:
    body = [
        "Festrol Corp.",
        "Invoice No: 4711",
        "Invoice Date: 03/01/2026",
        "Subtotal $2,400.10",
        "Total Tax $0.00",
        "Total Fee $1.00",
        "Grand Total $2,400.10",
    ]
    got, status, _reasons = read_page(text_page(tmp_path / "fee.pdf", body))
    assert got["gross_total"] == "2400.10" and status == "review"
    body[5:6] = []  # no fee: the net, a zero tax and the total agree
    got, status, reasons = read_page(text_page(tmp_path / "nofee.pdf", body))
    assert got["net_total"] == "2400.10" and status == "accepted", reasons


def test_a_vat_tables_sum_never_outvotes_the_total_printed_under_it(tmp_path: Path) -> None:
    body = [
        "Brightwater Analytics Ltd",
        "Invoice num.: 20260208",
        "Date of exposure: Mar 4, 2026",
        "VAT rate | Tax | Without VAT | With VAT",
        "20.00% | £200.00 | £1,000.00 | £1,200.00",
        "Total with tax: £1,201.00",
    ]
    got, status, _reasons = read_page(text_page(tmp_path / "table.pdf", body))
    assert got["invoice_number"] == "20260208" and got["issue_date"] == "2026-03-04"
    assert status == "review" and got["gross_total"] in (None, "1201.00")
    body[-1] = "Total with tax: £1,200.00"
    got, status, reasons = read_page(text_page(tmp_path / "agree.pdf", body))
    assert totals_read(got) == ("1000.00", "200.00", "1200.00")
    assert status == "accepted", reasons
