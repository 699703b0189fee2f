"""Totals printed per tax rate with no total of the net ('Nettobetrag 7 %', 'Nettobetrag
19 %', then each rate's tax), and a zero rate under a bare 'Net'."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import draw, plain_page

CASES = {
    "nets, then taxes": [
        ("Nettobetrag 7 %", "100,00 €"),
        ("Nettobetrag 19 %", "200,00 €"),
        ("MwSt 7 %", "7,00 €"),
        ("MwSt 19 %", "38,00 €"),
        ("Rechnungsbetrag", "345,00 €"),
    ],
    "net and tax per rate": [
        ("Netto 7 %", "100,00 €"),
        ("MwSt 7 %", "7,00 €"),
        ("Netto 19 %", "200,00 €"),
        ("MwSt 19 %", "38,00 €"),
        ("Gesamtbetrag", "345,00 €"),
    ],
    "a subtotal per rate": [
        ("Subtotal (5%)", "£100.00"),
        ("Subtotal (20%)", "£200.00"),
        ("VAT 5%", "£5.00"),
        ("VAT 20%", "£40.00"),
        ("Total", "£345.00"),
    ],
}


@pytest.mark.parametrize("kind", list(CASES))
def test_a_net_per_rate_and_no_net_total(tmp_path: Path, kind: str) -> None:
    items = plain_page(
        ["Nordlicht Software GmbH", "USt-IdNr. DE 287 554 120"],
        "Rechnung",
        ["Rechnung Nr. BW-2291", "Rechnungsdatum: 14.10.2026"],
        CASES[kind],
    )
    ex = extract_invoice(draw(tmp_path / "rates.pdf", items), use_xml=False)
    got = (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total"))
    assert got == ("300.00", "45.00", "345.00") and ex.status == "accepted", ex.reasons


def test_a_zero_rate_under_a_bare_net_and_never_net_30(tmp_path: Path) -> None:
    # 'Net £300.00', 'VAT @ 0%', 'Total'; the payment terms 'Net 30' are no net total
    items = plain_page(
        ["Thames Print Ltd", "VAT Reg. No. GB 294 7731 08"],
        "INVOICE",
        ["Invoice No: INV-1", "Invoice date: 14/10/2026", "Terms: Net 30"],
        [("Net", "£300.00"), ("VAT @ 0%", "£0.00"), ("Total", "£300.00")],
    )
    ex = extract_invoice(draw(tmp_path / "zero.pdf", items), use_xml=False)
    got = (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total"))
    assert got == ("300.00", "0.00", "300.00") and ex.status == "accepted", ex.reasons
