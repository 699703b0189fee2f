"""The kept sets of generated invoices whose producers `make test` does not install
(LibreOffice Calc and Writer, pdfTeX, pdfmake and jsPDF in Node, TCPDF and dompdf in PHP,
wkhtmltopdf): every page reads right and goes straight through, and every page whose total is
one unit off goes to review."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.model import FIELDS
from tests.invoice_corpus import kept_cases, same
from tests.invoice_jspdf import FIXTURES as JSPDF
from tests.invoice_jspdf import LOCALES as JSPDF_LOCALES
from tests.invoice_latex import FIXTURES as LATEX
from tests.invoice_latex import LOCALES as LATEX_LOCALES
from tests.invoice_pdfmake import FIXTURES as PDFMAKE
from tests.invoice_pdfmake import LOCALES as PDFMAKE_LOCALES
from tests.invoice_php import FIXTURES as PHP
from tests.invoice_php import LOCALES as PHP_LOCALES
from tests.invoice_sheets import FIXTURES as SHEETS
from tests.invoice_sheets import LOCALES as SHEET_LOCALES
from tests.invoice_wkhtml import FIXTURES as WKHTML
from tests.invoice_wkhtml import LOCALES as WKHTML_LOCALES
from tests.invoice_writer import FIXTURES as WRITER
from tests.invoice_writer import LOCALES as WRITER_LOCALES

# folder -> how many styles x locales it holds (three seeds each, one page one unit off each)
KEPT = {
    "sheets": (SHEETS, sum(len(v) for v in SHEET_LOCALES.values())),
    "latex": (LATEX, sum(len(v) for v in LATEX_LOCALES.values())),
    "pdfmake": (PDFMAKE, len(PDFMAKE_LOCALES)),
    "php": (PHP, sum(len(v) for v in PHP_LOCALES.values())),
    "writer": (WRITER, sum(len(v) for v in WRITER_LOCALES.values())),
    "jspdf": (JSPDF, sum(len(v) for v in JSPDF_LOCALES.values())),
    "wkhtml": (WKHTML, sum(len(v) for v in WKHTML_LOCALES.values())),
}


@pytest.mark.parametrize("kept", KEPT)
def test_every_kept_invoice_reads_right_and_goes_straight_through(kept: str) -> None:
    folder, kinds = KEPT[kept]
    cases = kept_cases(folder)
    assert len(cases) == 3 * kinds
    for pdf, truth in cases:
        ex = extract_invoice(pdf, use_xml=False)
        wrong = {f: ex.value(f) for f in FIELDS if not same(f, ex.value(f), truth.get(f))}
        net = ex.fields.get("net_total")
        if truth["net_total"] is None and net is not None and net.source == "derived":
            # 'Subtotal', a discount, the tax: no net printed, derived from them
            want = Decimal(truth["gross_total"]) - Decimal(truth["tax_total"] or 0)
            assert Decimal(wrong.pop("net_total")) == want, pdf.name
        assert not wrong, (pdf.name, wrong)
        assert ex.status == "accepted", (pdf.name, ex.reasons)


@pytest.mark.parametrize("kept", KEPT)
def test_a_total_one_off_goes_to_review(kept: str) -> None:
    folder, kinds = KEPT[kept]
    cases = kept_cases(folder, off=True)
    assert len(cases) == kinds
    for pdf, truth in cases:
        ex = extract_invoice(pdf, use_xml=False)
        assert ex.status == "review", pdf.name
        assert ex.value("gross_total") in (None, truth["gross_total"]), pdf.name


def test_the_kept_folders_hold_only_what_their_values_name() -> None:
    for folder, _kinds in KEPT.values():
        pdfs = {p.name for p in Path(folder).glob("*.pdf")}
        named = {p.name for p, _t in kept_cases(folder) + kept_cases(folder, off=True)}
        assert pdfs == named, folder
