"""Invoices drawn in the browser with jsPDF, kept as PDFs in ``tests/data/jspdf_invoices``
(``tests/invoice_jspdf``): French amounts written two bytes a character, a label over its
amount as the largest bold text near the top, a bare German 'Steuer', an item named 'Premium
support'."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.parse import parse_amount
from robot_lib.pdf import Word
from tests.invoice_corpus import kept_cases
from tests.invoice_jspdf import FIXTURES, spec
from tests.invoice_typeset import typeset
from tests.invoice_typeset.markup import page, t


def _truth(name: str) -> dict[str, str]:
    return next(t for p, t in kept_cases(FIXTURES) if p.name == name)


def test_french_amounts_written_two_bytes_a_character_are_read() -> None:
    # jsPDF writes '7 345,20 €' (a narrow no-break space its font lacks) as two-byte text:
    # pdfplumber reads '(cid:0)7 /(cid:0)3(cid:0)4…'; the empty glyphs go, ' /' groups thousands
    cases = [(p, t) for p, t in kept_cases(FIXTURES) if p.name.startswith("saas-fr-FR")]
    assert any(Decimal(t["gross_total"]) >= 1000 for _p, t in cases)
    for pdf, truth in cases:
        ex = extract_invoice(pdf, use_xml=False)
        for field in ("net_total", "tax_total", "gross_total"):
            assert ex.value(field) == truth[field], (pdf.name, field)
        assert ex.status == "accepted", (pdf.name, ex.reasons)


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("1 /234,56 €", "1234.56"),
        ("1/000,00 €", "1000.00"),
        ("12 /345 /678,90", "12345678.90"),
        ("1/234.56", None),  # a slash before a decimal point is no thousands separator
        ("31/12/2026", None),
    ],
)
def test_a_slash_for_a_narrow_space_groups_thousands_only_before_a_decimal_comma(
    printed: str, value: str | None
) -> None:
    got = parse_amount(printed)
    assert (None if got is None else f"{got:.2f}") == value


def test_every_other_empty_glyph_is_dropped_and_a_lone_one_stays_a_hyphen() -> None:
    from robot_lib.invoices.words import clean_text

    def word(text: str) -> str:
        return clean_text(Word(text, 0, 10, 0, 10, 0, 10)).text

    assert word("(cid:0)T(cid:0)o(cid:0)t(cid:0)a(cid:0)l") == "Total"
    assert word("/(cid:0)3(cid:0)4(cid:0)5(cid:0),(cid:0)2(cid:0)0(cid:0)") == "/345,20"
    assert word("87B37C9\x000152") == "87B37C9-0152"


def test_a_label_over_its_amount_is_never_the_seller() -> None:
    # 'Offener Betrag:' in a shaded box, printed again under the total, is bold and sits near
    # the top; the sole trader's name in 15-point bold whose band carries its VAT ID is the seller
    for pdf, truth in kept_cases(FIXTURES):
        if pdf.name.startswith("gen-de-DE"):
            ex = extract_invoice(pdf, use_xml=False)
            assert ex.value("seller") == truth["seller"], pdf.name
            assert ex.status == "accepted", (pdf.name, ex.reasons)


def test_a_bare_german_steuer_is_the_tax_and_premium_support_an_item(tmp_path: Path) -> None:
    lines = [
        "Nordwind Medien",
        "Rechnung Nr. 2026-117",
        "Rechnungsdatum: 03.03.2026",
        "Artikel Menge Preis Betrag",
        "Premium support 2 150,00 € 300,00 €",
        "Logo-Entwurf 1 420,00 € 420,00 €",
        "Zwischensumme: 720,00 €",
        "Steuer (19%): 136,80 €",
        "Versand: 12,50 €",
        "Gesamt: 869,30 €",
        "Steuer-Nr.: 218/5731/0449",
    ]
    source = page("a4", "Inter", 10, "de", "2cm") + "".join(f"#{t(x)}\n\n" for x in lines)
    ex = extract_invoice(typeset(source, tmp_path / "steuer.pdf"), use_xml=False)
    assert (ex.value("net_total"), ex.value("tax_total")) == ("720.00", "136.80")
    assert ex.value("gross_total") == "869.30"
    assert [i.line_total for i in ex.lines] == ["300.00", "420.00"]


def test_the_kept_pdfs_are_what_the_generator_makes() -> None:
    for pdf, truth in kept_cases(FIXTURES):
        style, lang, country, seed = pdf.stem.split("-")
        body, made = spec(style, f"{lang}-{country}", int(seed))
        assert made == truth, pdf.name
        assert truth["invoice_number"] in str(body["ops"])
