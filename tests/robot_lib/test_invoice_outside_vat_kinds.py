"""Kinds of layout of invoices that bill amounts outside the VAT after their total with it (a
shop's checkout donation, a gift voucher sold, a gestoría's public fees paid for its client beside
the income tax withheld; replayed once as probes through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _page(
    seller: str,
    meta: list[tuple[str, str]],
    table: list[tuple[str, ...]],
    sums: list[tuple[str, str]],
) -> list[Text]:
    items: list[Text] = [(60, 50, seller, 15), (60, 64, "14 Orchard Way · Reading RG1 2AB", 7)]
    items += [(60, 110, "INVOICE", 13)]
    items += [
        (60, 130 + 12 * i, t, 9)
        for i, t in enumerate(["Ms P. Hughes", "7 Mill Lane", "Bath BA2 4JH"])
    ]
    items += rows_at((380, -540), 130, 12, meta)
    items += rows_at((60, -440, -540), 210, 14, table)
    items += rows_at((300, -540), 214 + 14 * len(table), 14, sums)
    return items


@pytest.mark.parametrize(
    "label", ["Donation to the Woodland Trust", "Book of postage stamps (no VAT)"]
)
def test_a_donation_after_the_order_total_is_in_the_total_paid(tmp_path: Path, label: str) -> None:
    # 'Order total', then 'Donation to the Woodland Trust', then 'Total paid': the order's
    # total had been accepted as the invoice's, the donation left out; likewise any amount
    # said to carry no VAT
    meta = [("Invoice No.", "INV448120"), ("Date", "12 June 2026")]
    table = [
        ("Item", "Qty", "Amount"),
        ("Terracotta pot 30 cm", "3", "£37.50"),
        ("Hand trowel", "1", "£14.00"),
    ]
    sums = [("Subtotal", "£51.50"), ("VAT 20%", "£10.30"), ("Order total", "£61.80")]
    sums += [(label, "£2.00"), ("Total paid", "£63.80")]
    items = _page("Green Leaf Garden Supplies Ltd", meta, table, sums)
    items += [(60, 480, "VAT No. GB284123456 · Registered in England No. 4471234", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("51.50", "10.30", "63.80"), reasons
    assert status == "accepted", reasons


def test_a_gift_voucher_sold_after_the_total_with_its_tax_is_in_the_total(tmp_path: Path) -> None:
    # 'Summe Waren (inkl. USt.)', 'darin enthaltene USt. 19 %', 'Gutschein (keine USt.)',
    # 'Gesamtbetrag': the goods' total had been accepted as the invoice's
    meta = [("Rechnung Nr.", "202644812"), ("Datum", "12.06.2026")]
    table = [
        ("Artikel", "Menge", "Betrag"),
        ("Laufschuh Trail Pro", "1", "129,95"),
        ("Trinkflasche 0,75 l", "1", "14,95"),
    ]
    table += [("Geschenkgutschein Nr. 563674", "1", "50,00")]
    sums = [("Summe Waren (inkl. USt.)", "144,90 €"), ("darin enthaltene USt. 19 %", "23,14 €")]
    sums += [("Gutschein (keine USt.)", "50,00 €"), ("Gesamtbetrag", "194,90 €")]
    items = _page("Sport Kramer e.K.", meta, table, sums)
    items += [(60, 480, "USt-IdNr. DE447719766", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["tax_total"], got["gross_total"]) == ("23.14", "194.90"), reasons
    assert status == "accepted", reasons


def test_public_fees_paid_for_the_client_beside_the_income_tax_withheld(tmp_path: Path) -> None:
    # 'Base imponible', 'IVA 21%', 'Retención IRPF 15%', 'Suplidos: Tasa Registro Mercantil',
    # 'Total a pagar': net + tax + suplidos - retención; the page had waited, its total not made
    meta = [("Factura nº", "2026/448"), ("Fecha", "12/06/2026"), ("Vencimiento", "27/06/2026")]
    table = [("Concepto", "", "Importe"), ("Honorarios asesoría fiscal, trimestre", "", "180,00 €")]
    table += [("Presentación modelo 303", "", "45,00 €")]
    sums = [
        ("Base imponible", "225,00 €"),
        ("IVA 21%", "47,25 €"),
        ("Retención IRPF 15%", "-33,75 €"),
    ]
    sums += [("Suplidos: Tasa Registro Mercantil", "24,04 €"), ("Total a pagar", "262,54 €")]
    items = _page("Gestoría Martínez Asesores, S.L.", meta, table, sums)
    items += [(60, 480, "CIF B87654321 · IBAN ES91 2100 0418 4502 0005 1332", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("225.00", "47.25", "296.29"), reasons
    assert status == "accepted", reasons
