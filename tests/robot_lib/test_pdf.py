"""robot_lib.pdf on real invoices and on broken files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from robot_lib import pdf
from robot_lib.errors import CorruptPdf, EmptyPdf, EncryptedPdf, NotAPdf, PdfTooLarge, ScannedPdf
from tests.conftest import INVOICES

DEV = INVOICES / "dev"
HETZNER = DEV / "hetzner_r0005532486.pdf"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from demo.sample_invoices import generate_invoices

    folder = tmp_path_factory.mktemp("pdfs")
    generate_invoices(folder, count=1, seed=5)
    return folder


def test_text_words_and_lines_of_a_real_invoice() -> None:
    with pdf.open_pdf(HETZNER) as doc:
        assert doc.page_count == 1
        text = doc.text()
        assert "Rechnungsnummer: R0005532486" in text
        words = doc.words()
        w = next(w for w in words if w.text == "R0005532486")
        assert 0 < w.x0 < w.x1 and 0 < w.top < w.bottom and w.page == 0 and w.size > 0
        assert doc.words() is not words or doc.words() == words  # cached, same content
        assert any(" ".join(x.text for x in ln).startswith("Netto") for ln in doc.lines())


def test_find_value_right_and_below() -> None:
    with pdf.open_pdf(HETZNER) as doc:
        assert doc.find_value("Rechnungsnummer:") == "R0005532486"
        assert doc.find_value("Rechnungsdatum:") == "19.01.2016"
        assert doc.find_value("No such label") is None


def test_find_value_below(sample: Path) -> None:
    with pdf.open_pdf(sample / "vandijk_0001.pdf") as doc:
        truth = json.loads((sample / "vandijk_0001.truth.json").read_text())["fields"]
        assert doc.find_value("Factuurnummer", direction="below") == truth["invoice_number"]


def test_attachments_give_the_embedded_xml() -> None:
    with pdf.open_pdf(DEV / "ferd22_elektron.pdf") as doc:
        atts = doc.attachments()
    xml = [a for a in atts if a.name.endswith(".xml")]
    assert xml and b"CrossIndustryInvoice" in xml[0].data


def test_tables(sample: Path) -> None:
    with pdf.open_pdf(sample / "northwind_0001.pdf") as doc:
        tables = doc.tables()
    assert isinstance(tables, list)
    assert all(t.page == 0 for t in tables)


def test_render_png(tmp_path: Path) -> None:
    with pdf.open_pdf(HETZNER) as doc:
        out = doc.render(0, dpi=40, path=tmp_path / "p1.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_files_raise_distinct_errors_naming_the_file(tmp_path: Path, sample: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    text = tmp_path / "letter.pdf"
    text.write_text("Dear customer")
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(HETZNER.read_bytes()[:300] + b"\x00" * 200)
    for path, err in (
        (empty, EmptyPdf),
        (text, NotAPdf),
        (corrupt, CorruptPdf),
        (sample / "bad_encrypted.pdf", EncryptedPdf),
        (sample / "bad_scan.pdf", ScannedPdf),
    ):
        with pytest.raises(err) as info:
            pdf.open_pdf(path)
        assert str(path) in str(info.value)


def test_a_page_the_parser_cannot_read_is_a_corrupt_pdf_naming_the_file(tmp_path: Path) -> None:
    # a byte of the page's content stream damaged ('{' in its ASCII85 data): pdfium still opens
    # the file, pdfminer fails on the page; that had escaped as pdfminer's own error, so an
    # invoice bot stopped on the file instead of setting it aside with a reason
    from reportlab.pdfgen.canvas import Canvas

    from robot_lib.invoices import extract_invoice

    good = tmp_path / "good.pdf"
    canvas = Canvas(str(good))
    canvas.drawString(72, 720, "Invoice No. 4711  Total 119.00 EUR")
    canvas.save()
    data = good.read_bytes()
    start = data.index(b"stream", data.index(b"ASCII85Decode")) + len(b"stream\n") + 5
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(data[:start] + b"{" + data[start + 1 :])
    with pdf.open_pdf(damaged, require_text=False) as doc, pytest.raises(CorruptPdf) as info:
        doc.words()
    assert str(damaged) in str(info.value) and "cannot be parsed" in str(info.value)
    with pytest.raises(CorruptPdf):
        extract_invoice(damaged, use_xml=False)


def test_an_embedded_file_a_damaged_pdf_cannot_give_is_skipped(tmp_path: Path) -> None:
    # the last hundredth of an e-invoice cut off: pdfium still counts its embedded XML but
    # cannot give it, and that error had stopped the reading; the page is read without it
    from robot_lib.invoices import extract_invoice

    data = (DEV / "ferd22_miete.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: int(len(data) * 0.99)])
    with pdf.open_pdf(cut) as doc:
        assert doc.attachments() == []
    assert extract_invoice(cut, use_xml=True).value("gross_total") is not None


def test_encrypted_pdf_opens_with_its_password(sample: Path) -> None:
    with pdf.open_pdf(sample / "bad_encrypted.pdf", password="secret") as doc:
        assert "INVOICE" in doc.text()
    with pytest.raises(EncryptedPdf, match="wrong password"):
        pdf.open_pdf(sample / "bad_encrypted.pdf", password="nope")


def test_page_limit() -> None:
    with pytest.raises(PdfTooLarge, match="limit 2"):
        pdf.open_pdf(DEV / "ferd22_miete.pdf", max_pages=2)


@pytest.mark.parametrize("angle", [90, -90])
def test_a_line_set_sideways_reads_in_order_and_stays_out_of_the_lines(
    tmp_path: Path, angle: int
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "turned.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 760, "Invoice 2026-17")
    c.saveState()
    c.translate(570, 200 if angle == 90 else 700)
    c.rotate(angle)
    c.setFont("Helvetica", 6)
    c.drawString(0, 0, "ACME SAS - capital 10 000 EUR - RCS Paris 123")
    c.restoreState()
    c.save()
    with pdf.open_pdf(path) as doc:
        turned = doc.turned_lines()
        assert [" ".join(w.text for w in ws) for ws in turned] == [
            "ACME SAS - capital 10 000 EUR - RCS Paris 123"
        ]
        assert all(not w.upright for w in turned[0])
        assert [[w.text for w in ln] for ln in doc.lines()] == [["Invoice", "2026-17"]]


def test_text_drawn_twice_to_look_bold_reads_once(tmp_path: Path) -> None:
    from tests.invoice_languages import draw

    path = tmp_path / "bold.pdf"
    twice = [  # the title and the total drawn twice, a hair apart
        (60 + dx, y, text, 12)
        for dx in (0.0, 0.4)
        for y, text in ((82, "Rechnung Nr. 2026-4411"), (142, "Gesamtbetrag 2.201,50 EUR"))
    ]
    draw(path, [*twice, (60, 112, "Rechnungsdatum 12.11.2026", 12)])
    with pdf.open_pdf(path) as doc:
        assert [w.text for w in doc.words()] == [
            "Rechnung", "Nr.", "2026-4411", "Rechnungsdatum", "12.11.2026",
            "Gesamtbetrag", "2.201,50", "EUR",
        ]  # fmt: skip
        assert doc.text().splitlines() == [
            "Rechnung Nr. 2026-4411",
            "Rechnungsdatum 12.11.2026",
            "Gesamtbetrag 2.201,50 EUR",
        ]


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_turned_by_its_rotate_entry_reads_as_it_was_written(
    tmp_path: Path, turn: int
) -> None:
    import pypdf

    from tests.invoice_languages import draw

    plain = draw(
        tmp_path / "plain.pdf",
        [(60, 82, "Rechnung Nr. 2026-4411", 12), (60, 142, "Gesamtbetrag 2.201,50 EUR", 12)],
    )
    writer = pypdf.PdfWriter()
    for pg in pypdf.PdfReader(plain).pages:
        writer.add_page(pg.rotate(turn))  # shown turned on screen, written upright
    turned = tmp_path / "turned.pdf"
    writer.write(turned)
    with pdf.open_pdf(plain) as a, pdf.open_pdf(turned) as b:
        assert b.raw.pages[0].rotation == turn
        assert [(w.text, round(w.x0), round(w.top)) for w in b.words()] == [
            (w.text, round(w.x0), round(w.top)) for w in a.words()
        ]
        assert b.text() == a.text() == "Rechnung Nr. 2026-4411\nGesamtbetrag 2.201,50 EUR"
        assert (round(b.page_width()), round(b.page_height())) == (595, 842)
        # drawn upright too, so that the words' boxes lie over the picture of the page
        from PIL import Image, ImageOps

        ink = [
            ImageOps.invert(
                Image.open(d.render(0, dpi=50, path=tmp_path / f"{n}.png")).convert("L")
            )
            for n, d in (("a", a), ("b", b))
        ]
        assert ink[1].size == ink[0].size
        assert all(abs(u - v) <= 2 for u, v in zip(ink[1].getbbox(), ink[0].getbbox(), strict=True))


def test_letters_read_from_the_layout_are_pdfplumbers_letters(tmp_path: Path) -> None:
    # Document.chars reads pdfminer's layout itself rather than pdfplumber's page.chars (a
    # third of a page's parse); words and text are made of these letters, so they must be
    # pdfplumber's to the last key: on pages with text turned both ways, a form XObject, a
    # MediaBox that does not start at 0, a /Rotate entry, and on real invoices
    import pypdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    drawn = tmp_path / "drawn.pdf"
    c = Canvas(str(drawn), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, 760, "Rechnung Nr. 2026-4411 vom 12.11.2026")
    for angle in (90, -90):
        c.saveState()
        c.translate(560 if angle == 90 else 30, 300)
        c.rotate(angle)
        c.drawString(0, 0, "Muster GmbH - HRB 4711 Kiel")
        c.restoreState()
    c.beginForm("footer")
    c.setFont("Times-Roman", 8)
    c.drawString(60, 40, "IBAN DE02 1203 0000 0000 2020 51")
    c.endForm()
    c.doForm("footer")
    c.showPage()
    c.setFont("Courier", 10)
    c.drawString(60, 700, "Gesamtbetrag 2.201,50 EUR")
    c.showPage()
    c.save()
    writer = pypdf.PdfWriter()
    for n, pg in enumerate(pypdf.PdfReader(drawn).pages):
        if n == 1:
            pg.mediabox = pypdf.generic.RectangleObject([20, 30, 615, 872])
        writer.add_page(pg.rotate(90) if n == 1 else pg)
    shifted = tmp_path / "shifted.pdf"
    writer.write(shifted)
    files = [drawn, shifted, HETZNER, *sorted(INVOICES.glob("*/*.pdf"))[::9]]
    compared = 0
    for path in files:
        with pdf.open_pdf(path, require_text=False) as doc:
            for i, page in enumerate(doc.raw.pages):
                ours, theirs = doc.chars(i), page.chars
                assert len(ours) == len(theirs), (path.name, i)
                for a, b in zip(ours, theirs, strict=True):
                    assert a == {k: b[k] for k in a}, (path.name, i)
                compared += len(ours)
    assert compared > 10_000
    with pdf.open_pdf(drawn) as doc:
        assert {w.text for w in doc.words(0) if not w.upright} >= {"Muster", "GmbH", "Kiel"}
        assert "IBAN DE02 1203 0000 0000 2020 51" in doc.text(0)
    with pdf.open_pdf(shifted) as doc:
        assert doc.text(1) == "Gesamtbetrag 2.201,50 EUR"
