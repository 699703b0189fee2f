"""Kinds of layout of German-speaking web shops' invoices (Zalando's, Galaxus', MediaMarkt's and
Otto's, replayed once as probes through Chromium, not kept): a product whose name begins with a
word that is a tax's in another language ('Vero Moda', Finnish 'vero'), and the goods' value
and the shipping over the total with the tax it includes under that."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _shop(rows: list[list[str]], sums: list[tuple[str, str]]) -> list[Text]:
    items: list[Text] = [(50, 50, "modehaus", 20)]
    items += [
        (-545, 40 + 10 * i, t, 7)
        for i, t in enumerate(["Modehaus SE", "Valeska-Gert-Straße 5", "10243 Berlin"])
    ]
    items += [
        (50, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Lena Hoffmann", "Schillerstraße 14", "70173 Stuttgart"])
    ]
    items += [(50, 180, "Rechnung", 15)]
    items += rows_at(
        (50, 150), 200, 12, [("Rechnungsnummer:", "5502918374"), ("Rechnungsdatum:", "14.07.2026")]
    )
    heads = ["Artikel", "Anzahl", "MwSt.", "Einzelpreis", "Gesamtpreis"]
    items += rows_at((50, -330, -390, -470, -545), 250, 14, [heads, *rows])
    items += rows_at((330, -545), 320, 13, sums)
    foot = "Modehaus SE · Sitz Berlin · Amtsgericht Charlottenburg HRB 158855 B · USt-IdNr. DE 260543043"
    items += [(50, 805, foot, 7)]
    return items


def test_a_product_named_with_a_tax_word(tmp_path: Path) -> None:
    # 'Vero Moda Strickjacke | 1 | 19 % | 39,99 € | 39,99 €': Finnish 'vero' (tax) opens the
    # product's name; its row had been read as a tax line, and with the other item's total as
    # a net they had made the gross (the page waited on a net and a tax both wrong)
    rows = [["Vero Moda Strickjacke", "1", "19 %", "39,99 €", "39,99 €"]]
    rows += [["Pier One Hemd", "2", "19 %", "29,99 €", "59,98 €"]]
    sums = [("Versandkosten", "0,00 €"), ("Gesamtsumme (inkl. MwSt.)", "99,97 €")]
    sums += [("enthaltene MwSt. 19 %", "15,96 €")]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _shop(rows, sums)))
    assert totals_read(got) == (None, "15.96", "99.97"), reasons
    assert status == "accepted", reasons


def test_the_goods_value_and_shipping_over_a_total_that_includes_the_tax(tmp_path: Path) -> None:
    # 'Warenwert 119,99 €', 'Versandkosten 0,00 €', 'Rechnungsbetrag 119,99 €', 'darin enthaltene
    # MwSt. 19 % 19,16 €': the goods' value holds the tax; it had been read as the net, and
    # the page accepted with no tax, 'the line totals add up to the gross'
    rows = [["Akkuschrauber GSR 12V", "1", "19 %", "119,99 €", "119,99 €"]]
    sums = [("Warenwert", "119,99 €"), ("Versandkosten", "0,00 €"), ("Rechnungsbetrag", "119,99 €")]
    sums += [("darin enthaltene MwSt. 19 %", "19,16 €")]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _shop(rows, sums)))
    assert totals_read(got) == (None, "19.16", "119.99"), reasons
    assert status == "accepted", reasons
