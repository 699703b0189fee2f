"""Text layers as PDF producers write them, under an invoice that reads right without them:
words drawn twice a hair apart to look bold ('RReecchhnnuunngg'), soft hyphens and zero-width
spaces that a browser leaves inside words it may break, a narrow no-break space between
thousands, a ligature written as one character ('ﬁ', U+FB01)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import misread
from tests.invoice_languages import Text, _font

PAGE: list[Text] = [
    (60, 60, "Brenner Werkzeug GmbH", 14),
    (60, 76, "Industriestraße 8, 73728 Esslingen", 9),
    (60, 88, "USt-IdNr. DE811234567", 9),
    (60, 140, "Müller Maschinenbau AG", 10),
    (60, 152, "Lindenstraße 4, 70173 Stuttgart", 10),
    (60, 200, "Rechnung", 16),
    (60, 225, "Rechnungsnummer: 2026-4411", 10),
    (60, 238, "Rechnungsdatum: 12.11.2026", 10),
    (60, 251, "Zahlungsfrist: 26.11.2026", 10),
    (60, 300, "Wartung Kompressor", 10),
    (-520, 300, "1.850,00 €", 10),
    (60, 350, "Nettobetrag", 10),
    (-520, 350, "1.850,00 €", 10),
    (60, 364, "USt. 19 %", 10),
    (-520, 364, "351,50 €", 10),
    (60, 378, "Gesamtbetrag", 10),
    (-520, 378, "2.201,50 €", 10),
]
TRUTH = {
    "invoice_number": "2026-4411",
    "issue_date": "2026-11-12",
    "due_date": "2026-11-26",
    "seller": "Brenner Werkzeug GmbH",
    "currency": "EUR",
    "net_total": "1850.00",
    "tax_total": "351.50",
    "gross_total": "2201.50",
}


def _draw(path: Path, items: list[Text], twice: set[str]) -> Path:
    """Each text once, those in *twice* a second time 0.4 pt to the right (fake bold)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "Inter" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Inter", _font()))
    c = Canvas(str(path), pagesize=A4)
    for x, y, text, size in items:
        c.setFont("Inter", size)
        for dx in (0.0, 0.4) if text in twice else (0.0,):
            if x < 0:
                c.drawRightString(-x + dx, A4[1] - y, text)
            else:
                c.drawString(x + dx, A4[1] - y, text)
    c.save()
    return path


def _swap(old: str, new: str) -> list[Text]:
    return [(x, y, t.replace(old, new), s) for x, y, t, s in PAGE]


@pytest.mark.parametrize(
    ("items", "twice"),
    [
        (PAGE, {"Brenner Werkzeug GmbH", "Rechnung", "Rechnungsnummer: 2026-4411", "2.201,50 €"}),
        (_swap("Rechnungsnummer", "Rechnungs\u00adnummer"), set()),  # soft hyphen
        (_swap("Gesamtbetrag", "Gesamt\u200bbetrag"), set()),  # zero-width space
        (_swap("1.850,00", "1\u202f850,00"), set()),  # narrow no-break space
        (list(PAGE), set()),
    ],
    ids=["drawn-twice", "soft-hyphen", "zero-width-space", "narrow-nbsp", "plain"],
)
def test_a_text_layers_quirks_read_like_the_plain_page(
    tmp_path: Path, items: list[Text], twice: set[str]
) -> None:
    ex = extract_invoice(_draw(tmp_path / "quirk.pdf", items, twice), use_xml=False)
    assert misread(ex, TRUTH) == {}
    assert ex.status == "accepted", ex.reasons


def test_a_ligature_character_is_its_letters() -> None:
    # 'ﬁ' written as one character (some fonts' ToUnicode maps the glyph to U+FB01; reportlab's
    # and pdfTeX's usually to 'fi', so this is checked on the line builder's word cleaning)
    from robot_lib.invoices.words import clean_text
    from robot_lib.pdf import Word

    word = Word("Zahlungs\ufb01xum:", 0, 50, 0, 10, 0, 10)
    assert clean_text(word).text == "Zahlungsfixum:"
    assert clean_text(replace(word, text="Pro\ufb01\u00ad")).text == "Profi"


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_turned_by_its_rotate_entry_reads_like_the_plain_page(
    tmp_path: Path, turn: int
) -> None:
    import pypdf

    plain = _draw(tmp_path / "plain.pdf", list(PAGE), set())
    writer = pypdf.PdfWriter()
    writer.add_page(pypdf.PdfReader(plain).pages[0].rotate(turn))
    writer.write(tmp_path / "turned.pdf")
    ex = extract_invoice(tmp_path / "turned.pdf", use_xml=False)
    assert misread(ex, TRUTH) == {}
    assert ex.status == "accepted", ex.reasons
    # the values' boxes where they stand on the upright page
    upright = extract_invoice(plain, use_xml=False).boxes
    assert {k: [round(v, 1) for v in b] for k, b in ex.boxes.items()} == {
        k: [round(v, 1) for v in b] for k, b in upright.items()
    }
