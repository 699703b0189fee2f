"""Invoices printed by three more invoice packages from npm, kept as PDFs in
``tests/data/npm_invoices`` (``tests/invoice_npm``): their own templates, read as a new
vendor's page is read. And the kinds of layout they showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.blocks import company
from robot_lib.invoices.model import FIELDS
from robot_lib.invoices.totals import amounts_right
from tests.invoice_corpus import AS_OF, kept_cases, same
from tests.invoice_npm import FIXTURES, LOCALES, _invoiceit, _jspdftemplate, _storify
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)
OFF = kept_cases(FIXTURES, off=True)


def _read(pdf: Path) -> tuple[dict[str, str | None], str, list[str]]:
    ex = extract_invoice(pdf, use_xml=False, today=AS_OF)
    return {f: ex.value(f) for f in FIELDS}, ex.status, ex.reasons


def test_every_page_reads_right_and_only_the_receipt_without_a_number_waits() -> None:
    assert len(CASES) == 3 * sum(len(v) for v in LOCALES.values())
    for pdf, truth in CASES:
        got, status, reasons = _read(pdf)
        wrong = {f: got[f] for f in FIELDS if not same(f, got[f], truth.get(f))}
        assert not wrong, (pdf.name, wrong)
        if pdf.name.startswith("storify"):  # Storify's receipt prints no invoice number
            assert status == "review" and "invoice_number not found" in reasons, pdf.name
        else:
            assert status == "accepted", (pdf.name, reasons)


def test_a_total_one_off_goes_to_review() -> None:
    assert len(OFF) == sum(len(v) for k, v in LOCALES.items() if k != "storify")
    for pdf, truth in OFF:
        got, status, _reasons = _read(pdf)
        assert status == "review", pdf.name
        assert got["gross_total"] in (None, truth["gross_total"]), pdf.name


def test_the_kept_folder_holds_what_its_values_name_and_each_page_what_it_was_given() -> None:
    assert {p.name for p in FIXTURES.glob("*.pdf")} == {p.name for p, _t in CASES + OFF}
    for pdf, truth in CASES + OFF:
        style, code, seed = pdf.stem.split("-")
        off = Decimal(1) if seed == "off" else Decimal(0)
        n = 0 if off else int(seed)
        made: tuple[dict[str, Any], dict[str, Any]]
        if style == "storify":
            made = _storify(n)
        else:
            made = (_invoiceit if style == "invoiceit" else _jspdftemplate)(code, n, off)
        assert made[1] == truth, pdf.name


def test_a_total_including_or_excluding_the_tax_in_short(tmp_path: Path) -> None:
    # 'exc.' and 'inc.' for excluding and including: the net's and the gross's labels, and
    # 'Total inc.' no company (it was taken for the seller, whose name has no legal form)
    assert company("Total inc. VAT") is None and company("Amount inc. GST") is None
    assert company("Kestrel Labs Inc.") == "Kestrel Labs Inc."
    body = [
        "^Invoice",
        "Ref. : 2026/0311",
        "Invoice date : 14/09/2026",
        "Wrenfield Studio",
        "9 Orchard Lane",
        "OX1 2JD Oxford",
        "Email: accounts@wrenfield.example",
        "Amounts expressed in Euros",
        "Description | VAT | U.P | Qt | Total exc. VAT",
        "Brand guidelines | 20.00% | 1210.40 | 1 | 1210.40",
        "Icon set | 20.00% | 95.50 | 3 | 286.50",
        "",
        "Total exc. VAT | 1496.90",
        "Total VAT | 299.38",
        "Total inc. VAT | 1796.28",
        "",
        "Wrenfield Studio - Registered in England and Wales no. 11223344",
    ]
    got, status, reasons = _read(text_page(tmp_path / "inc.pdf", body))
    assert got["seller"] == "Wrenfield Studio"
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "1496.90",
        "299.38",
        "1796.28",
    )
    # 'Amounts expressed in Euros': the currency a sentence names is sure
    assert got["currency"] == "EUR" and status == "accepted", reasons
    body[7] = "Montants exprimés en euros"
    got, status, reasons = _read(text_page(tmp_path / "fr.pdf", body))
    assert got["currency"] == "EUR" and status == "accepted", reasons


def test_a_brands_title_line_over_the_company_is_no_part_of_its_name(tmp_path: Path) -> None:
    # in the same type as the company's name right under it, as a list's lines
    body = [
        "Paperloop Invoice",
        "Quillstack, Inc",
        "118 Harrison Ave, Boston MA 02111",
        "Invoice Date: June 3, 2026",
        "Invoice number: PL-20817",
        "Bill to: Dana Whitfield",
        "Item | Amount (in U.S. dollars)",
        "Annual Team plan | $ 240.00",
        "Total | $ 240.00",
        "",
        "Questions? billing@quillstack.example",
    ]
    got, _status, _reasons = _read(text_page(tmp_path / "title.pdf", body, "tight_lines"))
    assert got["seller"] == "Quillstack, Inc"  # not 'Paperloop Invoice Quillstack, Inc'


def test_a_receipt_whose_balance_is_nothing_after_the_payment(tmp_path: Path) -> None:
    # a minus between the symbol and a whole amount is read ('$ -49')
    assert amounts_right("$ -49") == [(Decimal(-49), 0.8)]
    body = [
        "^Paperloop Invoice",
        "Quillstack, Inc",
        "118 Harrison Ave, Boston MA 02111",
        "Invoice Date: June 3, 2026",
        "Invoice number: PL-20817",
        "Bill to: Dana Whitfield",
        "Item | Amount (in U.S. dollars)",
        "Monthly Team plan | $ 29",
        "Payments/credits | $ -29",
        "Invoice balance | $ 0",
    ]
    got, status, _reasons = _read(text_page(tmp_path / "paid.pdf", body))
    # the balance left after paying is not what was billed: the payment is
    assert got["gross_total"] == "29.00" and status == "review"


def test_the_tax_printed_as_its_rate_alone_checks_the_net_and_the_gross(tmp_path: Path) -> None:
    body = [
        "Vetrerie Lombarde S.r.l.",
        "Via Manzoni 8, 20121 Milano",
        "Spett.le:",
        "Ristorante Da Gino",
        "Fattura n. 2026-088",
        "Data fattura: 21/10/2026",
        "N. | Descrizione | Prezzo | Q.tà | Importo",
        "1 | Calici da vino | 4,50 | 120 | 540,00",
        "2 | Caraffe | 12,00 | 10 | 120,00",
        "",
        "Totale: | 805,20 | EUR",
        "IVA: | 22 | %",
        "Imponibile: | 660,00 | EUR",
    ]
    got, status, reasons = _read(text_page(tmp_path / "rate.pdf", body))
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == ("660.00", None, "805.20")
    assert status == "accepted", reasons
    body[10] = "Totale: | 806,20 | EUR"  # one euro off: the rate no longer makes the gross
    got, status, _reasons = _read(text_page(tmp_path / "off.pdf", body))
    assert status == "review"
