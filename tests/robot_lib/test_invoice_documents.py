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
