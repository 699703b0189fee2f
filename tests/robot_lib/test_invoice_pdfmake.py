"""Invoices web apps print with pdfmake, kept as PDFs in ``tests/data/pdfmake_invoices``
(``tests/invoice_pdfmake``)."""

from __future__ import annotations

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import kept_cases
from tests.invoice_pdfmake import FIXTURES, definition


def test_a_discount_over_two_tax_lines_and_a_legal_form_with_its_dot() -> None:
    # 'Sub Total ₹7,140.59', 'Discount (10%) -₹714.06', 'CGST @ 9%', 'SGST @ 9%', 'Total': the
    # tax is the two lines together, the net the subtotal less the discount
    pdf = FIXTURES / "app-en-IN-1.pdf"
    truth = next(t for p, t in kept_cases(FIXTURES) if p == pdf)
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("tax_total") == truth["tax_total"]
    assert ex.fields["net_total"].source == "derived" and ex.status == "accepted"
    # 'Pixel Norte Tecnologia Ltda.' keeps the dot of its legal form
    assert extract_invoice(FIXTURES / "app-pt-BR-0.pdf", use_xml=False).value("seller") == (
        "Pixel Norte Tecnologia Ltda."
    )


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    for pdf, truth in kept_cases(FIXTURES):
        _app, lang, country, seed = pdf.stem.split("-")
        doc, made = definition(f"{lang}-{country}", int(seed))
        assert made == truth, pdf.name
        assert doc["content"] and truth["invoice_number"] in str(doc)
