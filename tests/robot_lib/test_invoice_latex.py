"""Invoices typeset with LaTeX and printed by pdfTeX, kept as PDFs in
``tests/data/latex_invoices`` (``tests/invoice_latex``)."""

from __future__ import annotations

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import kept_cases
from tests.invoice_latex import FIXTURES, source


def test_accents_set_apart_join_their_letters() -> None:
    # LaTeX's default fonts set 'ü' as 'u' and '¨' ('Bitte u¨berweisen Sie … bis zum 3.
    # November 2026'): the accent joins the letter it stands over, the words are read whole,
    # and the due date in that sentence is found
    import pdfplumber

    from robot_lib.pdf import open_pdf

    pdf = FIXTURES / "brief-de-DE-1.pdf"
    with pdfplumber.open(pdf) as raw:
        assert "u¨berweisen" in raw.pages[0].extract_text()  # the page really prints it apart
    with open_pdf(pdf) as doc:
        assert "überweisen" in doc.text() and "¨" not in doc.text()
    truth = next(t for p, t in kept_cases(FIXTURES) if p == pdf)
    assert extract_invoice(pdf, use_xml=False).value("due_date") == truth["due_date"]


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    # the sources are written again (no TeX needed for that): their values are the kept ones
    for pdf, truth in kept_cases(FIXTURES):
        style, lang, country, seed = pdf.stem.split("-")
        tex, made = source(f"{lang}-{country}", style, int(seed))
        assert made == truth, pdf.name
        assert truth["invoice_number"] in tex
