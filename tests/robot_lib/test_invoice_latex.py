"""Invoices typeset with LaTeX and printed by pdfTeX, kept as PDFs in
``tests/data/latex_invoices`` (``tests/invoice_latex``)."""

from __future__ import annotations

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import kept_cases
from tests.invoice_latex import FIXTURES, source


def test_accents_set_apart_join_their_letters() -> None:
    # LaTeX's default fonts set 'ü' as 'u' and '¨' ('Bitte u¨berweisen Sie … bis zum 3.
    # November 2026'): the words are read whole, so the due date in that sentence is found
    from robot_lib.invoices.lines import _compose
    from robot_lib.pdf import open_pdf

    assert [_compose(t) for t in ("u¨ber", "Osts¨achsische", "Peter´s", "ˇcesky")] == [
        "über",
        "Ostsächsische",
        "Peter´s",  # an apostrophe after a consonant stays
        "česky",
    ]
    pdf = FIXTURES / "brief-de-DE-1.pdf"
    with open_pdf(pdf) as doc:
        assert "u¨berweisen" in doc.text()  # the page really prints it apart
    truth = next(t for p, t in kept_cases(FIXTURES) if p == pdf)
    assert extract_invoice(pdf, use_xml=False).value("due_date") == truth["due_date"]


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    # the sources are written again (no TeX needed for that): their values are the kept ones
    for pdf, truth in kept_cases(FIXTURES):
        style, lang, country, seed = pdf.stem.split("-")
        tex, made = source(f"{lang}-{country}", style, int(seed))
        assert made == truth, pdf.name
        assert truth["invoice_number"] in tex
