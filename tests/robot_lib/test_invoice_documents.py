"""Documents that are not an invoice to book, though they look like one: a pro-forma, a
quote, an order confirmation, a delivery note, a payment reminder."""

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
