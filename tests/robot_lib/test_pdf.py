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
