"""Kinds of layout of final invoices after payments on account in the Nordics (a Swedish
'Slutfaktura', a Finnish 'Loppulasku'; replayed once as probes through Chromium, not kept): a
table of net, tax and gross whose row of payments on account, below zero, leaves what is to be
paid; the invoice's total is the row above it."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _page(title: str, head: list[tuple[str, str]], table: list[list[str]]) -> list[Text]:
    items: list[Text] = [(60, 50, "Bygg & Renovering i Malmö AB", 16)]
    items += [
        (-540, 40 + 10 * i, t, 7)
        for i, t in enumerate(["Industrigatan 4", "211 20 Malmö", "Org.nr 556677-8899"])
    ]
    items += [
        (60, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Brf Solgläntan", "Solgatan 12", "214 45 Malmö"])
    ]
    items += [(60, 180, title, 14)]
    items += rows_at((60, 170), 205, 12, head)
    items += rows_at(
        (60, -540),
        260,
        14,
        [("Beskrivning", "Belopp"), ("Renovering av tak enligt avtal", "185 000,00 kr")],
    )
    return items + rows_at((200, -380, -460, -540), 310, 14, table)


def test_a_row_of_payments_on_account_in_a_table_of_net_tax_and_gross(tmp_path: Path) -> None:
    # 'Avgår a conto-fakturerat | -92 000,00 | -23 000,00 | -115 000,00' between 'Entreprenad
    # totalt' and 'Att betala': the rest to pay had been accepted as the invoice's net, tax and
    # gross
    head = [
        ("Fakturanummer", "4471"),
        ("Fakturadatum", "2026-05-18"),
        ("Förfallodatum", "2026-06-17"),
    ]
    table = [
        ["", "Netto", "Moms", "Totalt"],
        ["Entreprenad totalt", "185 000,00", "46 250,00", "231 250,00"],
    ]
    table += [["Avgår a conto-fakturerat", "-92 000,00", "-23 000,00", "-115 000,00"]]
    table += [["Att betala", "93 000,00", "23 250,00", "116 250,00 kr"]]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page("Slutfaktura", head, table)))
    assert totals_read(got) == ("185000.00", "46250.00", "231250.00"), reasons
    assert status == "accepted", reasons


def test_a_gross_column_headed_as_the_amount_with_the_tax(tmp_path: Path) -> None:
    # 'Veroton | ALV | Verollinen' (Finnish: without tax, the tax, with tax) over the row
    # 'Urakka yhteensä' and the advance invoices' row: the gross column had not been read
    head = [("Laskun numero", "52210"), ("Laskun päivä", "18.05.2026"), ("Eräpäivä", "01.06.2026")]
    table = [
        ["", "Veroton", "ALV", "Verollinen"],
        ["Urakka yhteensä", "185 000,00", "47 175,00", "232 175,00"],
    ]
    table += [["Vähennetään ennakkolaskut", "-92 000,00", "-23 460,00", "-115 460,00"]]
    table += [["Maksettavaa", "93 000,00", "23 715,00", "116 715,00 EUR"]]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page("Loppulasku", head, table)))
    assert totals_read(got) == ("185000.00", "47175.00", "232175.00"), reasons
    assert status == "accepted", reasons
