"""Invoices made in a spreadsheet template and printed by LibreOffice Calc, kept as PDFs in
``tests/data/sheet_invoices`` (``tests/invoice_sheets``)."""

from __future__ import annotations

import json
from decimal import Decimal

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import kept_cases
from tests.invoice_sheets import FIXTURES, workbook


def test_a_catch_all_line_after_the_tax_and_a_sentence_beside_the_subtotal() -> None:
    # 'Make all checks payable to …   SUBTOTAL $2,635.40' on one printed line: the sentence's
    # 'payable' does not read through the subtotal's cell; 'OTHER $12.50' between the tax and
    # the total is a charge, and the subtotal stays the net
    pdf = FIXTURES / "service-en-US-1.pdf"
    truth = json.loads(pdf.with_suffix(".truth.json").read_text())["fields"]
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("net_total") == truth["net_total"]
    assert ex.fields["net_total"].source == "layout"
    charges = (
        Decimal(truth["gross_total"]) - Decimal(truth["net_total"]) - Decimal(truth["tax_total"])
    )
    assert charges > 0 and ex.charges() == f"{charges:.2f}"


def test_a_deposit_and_the_legal_mentions_leave_the_gross_alone() -> None:
    # 'Acompte versé' and 'Net à payer' under 'Total TTC', and 'Indemnité forfaitaire pour
    # frais de recouvrement : 40 €' in the legal mentions
    pdf = FIXTURES / "facture-fr-FR-1.pdf"
    truth = json.loads(pdf.with_suffix(".truth.json").read_text())["fields"]
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("gross_total") == truth["gross_total"]
    assert ex.value("due_date") == truth["due_date"] and ex.status == "accepted"


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    # the workbooks are made again (no LibreOffice needed for that) and reopened: their
    # values are the kept ones, so `python -m tests.invoice_sheets` would make the same set
    import io

    from openpyxl import load_workbook

    for pdf, truth in kept_cases(FIXTURES):
        style, lang, country, seed = pdf.stem.split("-")
        code = f"{lang}-{country}"
        wb, made = workbook(code, style, int(seed))
        assert made == truth, pdf.name
        buf = io.BytesIO()
        wb.save(buf)
        texts = [c.value for row in load_workbook(buf).active.iter_rows() for c in row]
        assert truth["invoice_number"] in [str(t) for t in texts if t is not None], pdf.name
