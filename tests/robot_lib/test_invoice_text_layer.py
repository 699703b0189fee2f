"""Text layers as PDF producers write them, under an invoice that reads right without them:
words drawn twice a hair apart to look bold ('RReecchhnnuunngg'), soft hyphens and zero-width
spaces that a browser leaves inside words it may break, a narrow no-break space between
thousands, a ligature written as one character ('ﬁ', U+FB01); a page turned by its /Rotate entry;
an OCR program's layer over a scan (a sign glued to an amount's first figures a wide gap before
the rest, each word's size guessed from its box); and a scan's page whose resolution was lost,
four times the paper's size."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import misread
from tests.invoice_languages import Text, register_inter

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
    from reportlab.pdfgen.canvas import Canvas

    register_inter()
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


def test_a_page_four_times_the_paper_s_size_waits(tmp_path: Path) -> None:
    # an OCR program's page made from an image with no resolution (read at 70 dots per inch, not
    # 300): every distance four times what the rules were made for; on such pages from QuestPDF's
    # example the column under 'From' was missed and the customer's company under 'For' accepted
    # as the seller
    import pypdf

    plain = _draw(tmp_path / "plain.pdf", list(PAGE), set())
    writer = pypdf.PdfWriter()
    writer.add_page(pypdf.PdfReader(plain).pages[0])
    writer.pages[0].scale_by(300 / 70)
    writer.write(tmp_path / "large.pdf")
    ex = extract_invoice(tmp_path / "large.pdf", use_xml=False)
    assert ex.status == "review"
    assert any("wider than any paper" in r for r in ex.reasons), ex.reasons


def _scanned(amounts_apart: bool) -> list[Text]:
    """A sole trader's invoice as an OCR layer reads its scan: the name a point smaller than the
    street under it (each word's size guessed from its box), and, when *amounts_apart*, each
    amount's first figures glued to the euro sign a wide thousands gap before the rest ('€7' and
    '991.50', 9 pt apart in 10-pt type, read from '€ 7 991.50')."""

    def amount(right: float, y: float, head: str, rest: str) -> list[Text]:
        if not amounts_apart:
            return [(-right, y, f"{head} {rest}", 10)]
        return [(-(right - 40), y, head, 10), (right - 30.5, y, rest, 10)]

    page: list[Text] = [(60, 60, "Camille Moreau", 10), (420, 60, "FACTURE", 14)]
    page += [(60, 84, "8 impasse des Tilleuls", 11), (420, 84, "Réf.: F-2026-0271", 8)]
    page += [(60, 98, "35000 Rennes", 10), (420, 108, "Date: 04/09/2026", 8)]
    page += [(60, 118, "Entrepreneur individuel", 7), (60, 126, "SIRET 901 876 543 00015", 7)]
    page += [(60, 150, "Mairie de Quimper", 10), (60, 164, "44 place Saint-Corentin", 10)]
    page += [(60, 178, "29000 Quimper", 10), (60, 230, "Désignation", 8), (-530, 230, "Total", 8)]
    page += [(60, 250, "Journée de formation", 8), *amount(530, 250, "€7", "351.50")]
    page += [(60, 266, "Maintenance annuelle", 8), (-530, 266, "€ 640.00", 8)]
    page += [(330, 300, "TOTAL HT", 10), *amount(530, 300, "€7", "991.50")]
    page += [(330, 316, "TVA", 10), (-530, 316, "€0.00", 10)]
    page += [(330, 332, "TOTAL TTC", 10), *amount(530, 332, "€7", "991.50")]
    page += [(60, 360, "TVA non applicable, art. 293 B du CGI.", 9)]
    page += [(60, 380, "Échéance: 19/10/2026", 9)]
    return page + [
        (60, 800, "Camille Moreau - Entrepreneur individuel - SIRET 901 876 543 00015", 7)
    ]


@pytest.mark.parametrize("apart", [False, True], ids=["amounts-whole", "amounts-apart"])
def test_a_scan_s_ocr_layer(tmp_path: Path, apart: bool) -> None:
    # '€7' and '991.50' a wide gap apart had been read as 991.50 wherever printed, the item's
    # '€7  351.50' as 351.50 too: the lines made the net and the page was accepted with a gross
    # of 991.50; and the street under the name, read a point larger, was taken for the seller
    ex = extract_invoice(_draw(tmp_path / "scan.pdf", _scanned(apart), set()), use_xml=False)
    got = {f: ex.value(f) for f in ("seller", "net_total", "tax_total", "gross_total")}
    assert got == {
        "seller": "Camille Moreau",
        "net_total": "7991.50",
        "tax_total": "0.00",
        "gross_total": "7991.50",
    }, ex.reasons
    assert ex.status == "accepted", ex.reasons


def test_a_price_s_trailing_sign_does_not_join_the_quantity_to_the_next_amount() -> None:
    # '180,00 € | 3 | 540,00 €', the columns right-aligned a wide gap apart: the sign before the
    # quantity is the price's, so '3' and '540,00' stay two columns (not 3 540,00); the sign
    # glued to the figures ('€7' and '991.50') starts one amount
    from robot_lib.invoices.lines import make_line
    from robot_lib.pdf import Word

    def row(*texts: str) -> str:
        ws, x = [], 100.0
        for t in texts:
            ws.append(Word(t, x, x + 5.5 * len(t), 0, 10, 0, 10))
            x += 5.5 * len(t) + 9.5
        return make_line(ws, 0).text

    assert row("180,00", "€", "3", "540,00", "€") == "180,00 € 3  540,00 €"
    assert row("TOTAL", "€7", "991.50") == "TOTAL €7 991.50"
