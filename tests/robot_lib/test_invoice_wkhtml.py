"""Invoices open-source ERPs print through wkhtmltopdf, kept as PDFs in
``tests/data/wkhtml_invoices`` (``tests/invoice_wkhtml``): a company named small in the header
and backed by the page's web address beats the customer's larger name; the number alone under
'SALES INVOICE'."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import kept_cases
from tests.invoice_languages import draw, plain_page
from tests.invoice_wkhtml import FIXTURES, page


def test_the_company_the_page_backs_beats_a_larger_name_nothing_backs() -> None:
    # 'Nordwerk Systeme GmbH' small in the header, 'nordwerk.example' in the footer; the
    # customer 'Fahrradhaus Brandt KG' larger at the right
    for pdf, truth in kept_cases(FIXTURES):
        if pdf.name.startswith("odoo-de-DE"):
            ex = extract_invoice(pdf, use_xml=False)
            assert ex.value("seller") == truth["seller"], pdf.name
            assert "web or e-mail address" in ex.fields["seller"].note


def test_the_number_alone_under_the_title() -> None:
    for pdf, truth in kept_cases(FIXTURES):
        if pdf.name.startswith("erpnext"):
            ex = extract_invoice(pdf, use_xml=False)
            assert ex.value("invoice_number") == truth["invoice_number"], pdf.name
            assert ex.status == "accepted", (pdf.name, ex.reasons)


def test_a_date_under_the_title_is_no_number(tmp_path: Path) -> None:
    items = plain_page(
        ["Harbour Lights Ltd", "VAT Reg. No. GB 294 7731 08"],
        "INVOICE",
        ["14/10/2026", "Invoice No: INV-118"],
        [("Subtotal", "£100.00"), ("VAT 20%", "£20.00"), ("Total", "£120.00")],
    )
    ex = extract_invoice(draw(tmp_path / "t.pdf", items), use_xml=False)
    assert ex.value("invoice_number") == "INV-118"


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    for pdf, truth in kept_cases(FIXTURES):
        style, lang, country, seed = pdf.stem.split("-")
        doc, made = page(style, f"{lang}-{country}", int(seed))
        assert made == truth, pdf.name
        assert truth["invoice_number"] in doc
