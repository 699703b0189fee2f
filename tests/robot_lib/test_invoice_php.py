"""Invoices PHP applications print, an ERP's model drawn with TCPDF and an invoicing app's
HTML rendered by dompdf, kept as PDFs in ``tests/data/php_invoices`` (``tests/invoice_php``)."""

from __future__ import annotations

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import kept_cases
from tests.invoice_php import FIXTURES, spec


def test_the_title_and_reference_beside_the_company_name() -> None:
    # 'Atelier Numérique Rhône      Facture FA2607-0311' on one line: the title starts its
    # cell at the top right, in the page's second largest type, so its reference is the number
    for pdf, truth in kept_cases(FIXTURES):
        if pdf.name.startswith("erp-"):
            ex = extract_invoice(pdf, use_xml=False)
            assert ex.value("invoice_number") == truth["invoice_number"], pdf.name
            assert ex.fields["invoice_number"].confidence >= 0.7, pdf.name


def test_a_partly_paid_invoice_keeps_its_total_as_the_gross() -> None:
    # 'Amount Due: £862.95' in the header and 'Paid', 'Balance' under the total: the gross is
    # the total, never the balance
    for name in ("web-en-GB-1.pdf", "web-de-DE-1.pdf"):
        truth = next(t for p, t in kept_cases(FIXTURES) if p.name == name)
        ex = extract_invoice(FIXTURES / name, use_xml=False)
        assert ex.value("gross_total") == truth["gross_total"] and ex.status == "accepted"


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    for pdf, truth in kept_cases(FIXTURES):
        style, lang, country, seed = pdf.stem.split("-")
        body, made = spec(style, f"{lang}-{country}", int(seed))
        assert made == truth, pdf.name
        assert truth["invoice_number"] in str(body)
