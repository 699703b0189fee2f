"""Documents that are not an invoice to book, though they look like one: a pro-forma, a
quote, an order confirmation, a delivery note, a payment reminder, a credit note."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import Text, draw


def page(title: str, reference: str = "") -> list[Text]:
    items: list[Text] = [
        (50, 50, "Nordlicht Software GmbH", 12),
        (50, 64, "Hafenweg 4, 20457 Hamburg · USt-IdNr. DE 811 234 567", 9),
        (50, 120, title, 18),
        (50, 150, "Rechnungsnummer: RE-2026-311", 10),
        (50, 164, "Rechnungsdatum: 03.11.2026", 10),
        (50, 240, "Nettobetrag", 10),
        (-520, 240, "1.000,00 €", 10),
        (50, 254, "USt. 19 %", 10),
        (-520, 254, "190,00 €", 10),
        (50, 268, "Gesamtbetrag", 10),
        (-520, 268, "1.190,00 €", 10),
    ]
    if reference:
        items.append((50, 178, reference, 10))
    return items


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("PROFORMA-RECHNUNG", "a pro-forma invoice"),
        ("Pro Forma Invoice", "a pro-forma invoice"),
        ("Angebot", "a quote"),
        ("Auftragsbestätigung", "an order confirmation"),
        ("Lieferschein", "a delivery note"),
        ("Zahlungserinnerung", "a payment reminder"),
        ("CREDIT NOTE", "a credit note"),
        ("Avoir", "a credit note"),
    ],
)
def test_another_documents_title_sends_it_to_review(tmp_path: Path, title: str, kind: str) -> None:
    draw(tmp_path / "doc.pdf", page(title))
    ex = extract_invoice(tmp_path / "doc.pdf", use_xml=False)
    assert ex.status == "review"
    assert f"the document is titled '{title}': {kind}, not an invoice" in ex.reasons


def test_an_invoice_that_names_its_delivery_note_is_an_invoice(tmp_path: Path) -> None:
    # 'Lieferschein-Nr. 4711' in the header, in the body's type: a reference, not the title
    draw(tmp_path / "inv.pdf", page("Rechnung", reference="Lieferschein-Nr. 4711"))
    ex = extract_invoice(tmp_path / "inv.pdf", use_xml=False)
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize("printed", ["# 27", "#27", "No. 27"])
def test_a_number_under_the_title_with_a_hash_or_a_number_word(
    tmp_path: Path, printed: str
) -> None:
    # an online generator's page: 'INVOICE' at the top right and '# 27' right under it, the
    # labels of the dates right-aligned in a column left of their values
    items: list[Text] = [
        (50, 50, "Sunrise Catering LLC", 12),
        (-540, 50, "INVOICE", 24),
        (-540, 78, printed, 11),
        (50, 110, "Bill To:", 9),
        (50, 124, "Northwind Traders", 10),
        (-440, 110, "Date:", 10),
        (-540, 110, "Nov 3, 2026", 10),
        (-440, 124, "Due Date:", 10),
        (-540, 124, "Dec 3, 2026", 10),
        (-440, 270, "Subtotal:", 10),
        (-540, 270, "$1,400.00", 10),
        (-440, 284, "Tax (8.75%):", 10),
        (-540, 284, "$122.50", 10),
        (-440, 298, "Total:", 10),
        (-540, 298, "$1,522.50", 10),
    ]
    draw(tmp_path / "generator.pdf", items)
    ex = extract_invoice(tmp_path / "generator.pdf", use_xml=False)
    assert ex.value("invoice_number") == "27" and ex.status == "accepted", ex.reasons


def _pages(path: Path, numbers: list[str]) -> Path:
    """One page per invoice number, each number with its own totals (net 100, 250, …); a
    number printed twice prints the same totals twice (a copy)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    h = A4[1]
    for number in numbers:
        net = 100 + 150 * numbers.index(number)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, h - 50, "Orbit Labs GmbH")
        c.setFont("Helvetica", 10)
        c.drawString(50, h - 66, "Kantstrasse 5, 10623 Berlin, USt-IdNr. DE 287 554 120")
        c.drawString(50, h - 130, f"Invoice no. {number}")
        c.drawString(50, h - 144, "Invoice date: 14.10.2026")
        for i, (label, v) in enumerate(
            (("Net", net), ("VAT 19%", net * 0.19), ("Total", net * 1.19))
        ):
            c.drawString(240, h - 300 - 14 * i, label)
            c.drawRightString(520, h - 300 - 14 * i, f"{v:.2f} EUR")
        c.showPage()
    c.save()
    return path


def test_two_invoices_in_one_file_wait_to_be_split(tmp_path: Path) -> None:
    # a merged batch: page 1 is INV-1001, page 2 INV-1002; the totals read are the second's,
    # the number the first's. Never accepted: to review, naming both
    ex = extract_invoice(_pages(tmp_path / "two.pdf", ["INV-1001", "INV-1002"]), use_xml=False)
    assert ex.status == "review"
    assert "the file holds more than one invoice (INV-1001, INV-1002): split it" in ex.reasons


def test_a_second_copy_of_the_same_invoice_is_one_invoice(tmp_path: Path) -> None:
    # the same number on both pages (an original and its copy) is one invoice
    ex = extract_invoice(_pages(tmp_path / "copy.pdf", ["INV-1001", "INV-1001"]), use_xml=False)
    assert not any("more than one invoice" in r for r in ex.reasons)
