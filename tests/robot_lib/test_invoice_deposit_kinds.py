"""Kinds of layout of invoices for goods with deposits (a German drinks wholesaler's empties taken
back in its item table, a Dutch one's deposit outside the VAT; replayed once as probes through
Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _head(seller: str, title: str, meta: list[tuple[str, str]]) -> list[Text]:
    items: list[Text] = [(60, 50, seller, 15), (60, 64, "Gewerbestraße 14 · 26506 Norden", 7)]
    items += [(60, 110, title, 13)]
    cust = ["Gaststätte Zum Anker", "Hafenstraße 2", "26382 Wilhelmshaven"]
    items += [(60, 130 + 12 * i, t, 9) for i, t in enumerate(cust)]
    return items + rows_at((380, -540), 130, 12, meta)


def test_empties_taken_back_in_a_row_of_one_amount_are_taken_off_the_items(tmp_path: Path) -> None:
    # 'Leergut-Rücknahme | | | -18,60' among rows of 'Artikel | Menge | Preis | Betrag': the row
    # had been left out of the items, whose sum then missed the net and the page waited
    items = _head(
        "Getränke Janssen GmbH", "Rechnung", [("Rechnung Nr.", "448120"), ("Datum", "12.06.2026")]
    )
    table = [("Artikel", "Menge", "Preis", "Betrag")]
    table += [
        ("Jever Pilsener 20x0,5 l", "6", "14,90", "89,40"),
        ("Pfand Kasten", "6", "3,10", "18,60"),
    ]
    table += [
        ("Coca-Cola 12x1,0 l PET", "4", "11,40", "45,60"),
        ("Pfand Kasten", "4", "3,30", "13,20"),
    ]
    table += [("Leergut-Rücknahme", "", "", "-18,60")]
    items += rows_at((60, -400, -470, -540), 210, 14, table)
    sums = [("Netto", "148,20"), ("19 % MwSt.", "28,16"), ("Brutto", "176,36")]
    items += rows_at((380, -540), 300, 14, sums)
    items += [(60, 480, "USt-IdNr. DE765892317 · IBAN DE23 2836 1592 0123 4567 00", 7)]
    pdf = draw(tmp_path / "f.pdf", items)
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("148.20", "28.16", "176.36"), reasons
    assert status == "accepted", reasons
    from robot_lib.invoices import extract_invoice

    rows = extract_invoice(pdf, use_xml=False).lines
    assert [(x.description, x.line_total) for x in rows][-1] == ("Leergut-Rücknahme", "-18.60")


def test_a_deposit_said_to_carry_no_vat_is_no_tax(tmp_path: Path) -> None:
    # 'Statiegeld kratten (geen btw) € 42,90' between the VAT and the total: read as the VAT,
    # the invoice had been accepted with a wrong tax
    items = _head(
        "Dranken Groothandel Bakker B.V.",
        "Factuur",
        [("Factuurnummer", "F2026-44812"), ("Factuurdatum", "12-06-2026")],
    )
    table = [("Artikel", "Aantal", "Prijs", "Bedrag")]
    table += [
        ("Heineken krat 24x0,3 l", "6", "14,50", "87,00"),
        ("Spa Rood 24x0,25 l", "5", "11,80", "59,00"),
    ]
    items += rows_at((60, -400, -470, -540), 210, 14, table)
    sums = [("Subtotaal excl. btw", "€ 146,00"), ("Btw 9% over € 59,00", "€ 5,31")]
    sums += [("Btw 21% over € 87,00", "€ 18,27"), ("Statiegeld kratten (geen btw)", "€ 42,90")]
    sums += [("Totaal", "€ 212,48")]
    items += rows_at((330, -540), 270, 14, sums)
    items += [(60, 480, "btw NL812345678B01 · IBAN NL20 RABO 0123 4567 89", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("146.00", "23.58", "212.48"), reasons
    assert status == "accepted", reasons
