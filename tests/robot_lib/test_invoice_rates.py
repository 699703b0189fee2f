"""Totals printed per tax rate with no total of the net ('Nettobetrag 7 %', 'Nettobetrag
19 %', then each rate's tax), a zero rate under a bare 'Net', a second VAT line (Spain's
equivalence surcharge) and charges outside the VAT between the tax and the total."""

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


SECOND_TAXES = {
    # Spain's equivalence surcharge for retailers: a second VAT line the total includes
    "recargo de equivalencia": [
        ("Base imponible", "1.000,00 €"),
        ("IVA 21%", "210,00 €"),
        ("Recargo de equivalencia 5,2%", "52,00 €"),
        ("Total factura", "1.262,00 €"),
    ],
    "cuota R.E.": [
        ("Base imponible", "1.000,00 €"),
        ("Cuota IVA (21%)", "210,00 €"),
        ("Cuota R.E. (5,2%)", "52,00 €"),
        ("Total", "1.262,00 €"),
    ],
}


@pytest.mark.parametrize("kind", list(SECOND_TAXES))
def test_a_second_vat_line_adds_to_the_tax(tmp_path: Path, kind: str) -> None:
    items = plain_page(
        ["Distribuciones Levante S.L.", "CIF B12345678 · Calle Mayor 3, 46001 Valencia"],
        "FACTURA",
        ["Factura n.º 2026/118", "Fecha: 14/10/2026"],
        SECOND_TAXES[kind],
    )
    ex = extract_invoice(draw(tmp_path / "re.pdf", items), use_xml=False)
    got = (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total"))
    assert got == ("1000.00", "262.00", "1262.00") and ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    "charge", ["Kurtaxe (nicht steuerbar)", "Leergut (umsatzsteuerfrei)", "Ortstaxe steuerfrei"]
)
def test_a_charge_outside_the_vat_between_the_tax_and_the_total(
    tmp_path: Path, charge: str
) -> None:
    items = plain_page(
        ["Hotel Seeblick GmbH", "USt-IdNr. DE 287 554 120"],
        "Rechnung",
        ["Rechnung Nr. 7781", "Rechnungsdatum: 14.10.2026"],
        [
            ("Übernachtung netto", "280,37 €"),
            ("MwSt. 7 %", "19,63 €"),
            (charge, "12,00 €"),
            ("Gesamtbetrag", "312,00 €"),
        ],
    )
    ex = extract_invoice(draw(tmp_path / "free.pdf", items), use_xml=False)
    got = (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total"))
    assert got == ("280.37", "19.63", "312.00") and ex.status == "accepted", ex.reasons
    # the same page whose total is one euro more than the lines make goes to review
    items[-1] = (items[-1][0], items[-1][1], "313,00 €", items[-1][3])
    assert extract_invoice(draw(tmp_path / "off.pdf", items), use_xml=False).status == "review"
