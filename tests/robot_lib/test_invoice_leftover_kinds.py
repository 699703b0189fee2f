"""Kinds of layout left waiting two sessions ago, replayed once as probes through Chromium (not
kept): a German workshop's VAT on the exchanged parts' value added to the VAT, and a Ukrainian
invoice whose date stands on the line under its number and whose currency only the column
heads name."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import assert_small_firm, read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_workshops_tax_on_the_exchanged_parts_is_part_of_the_tax(tmp_path: Path) -> None:
    # 'zzgl. 19 % MwSt. 412,91 €', 'Altteilsteuer 19 % auf 310,00 € 58,90 €', 'Rechnungsbetrag
    # 2.645,03 €': the second tax had been no part of the tax, and the page waited
    items: list[Text] = [(60, 50, "Kfz-Meisterbetrieb Schulte e.K.", 14)]
    items += [(60, 64, "Industriestraße 7 · 84030 Landshut · USt-IdNr. DE812345678", 8)]
    cust = ["Herrn Markus Huber", "Bahnhofstraße 3", "84028 Landshut"]
    items += [(60, 110 + 12 * i, t, 9) for i, t in enumerate(cust)]
    head = [("Rechnungs-Nr.", "W-12357"), ("Datum", "24.10.2026"), ("Fällig am", "07.11.2026")]
    items += rows_at((380, -540), 110, 12, head)
    table = [("Position", "Menge", "Betrag"), ("Austauschgetriebe", "1", "1.168,79")]
    table += [("Anlasser AT", "1", "314,93"), ("Arbeitslohn", "7 Std.", "689,50")]
    items += rows_at((60, 300, -540), 180, 14, table)
    sums = [("Summe netto", "2.173,22 €"), ("zzgl. 19 % MwSt.", "412,91 €")]
    sums += [("Altteilsteuer 19 % auf 310,00 €", "58,90 €"), ("Rechnungsbetrag", "2.645,03 €")]
    items += rows_at((300, -540), 250, 14, sums)
    items += [(60, 330, "IBAN DE12 7435 0000 0020 1234 56", 8)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("2173.22", "471.81", "2645.03"), reasons
    assert status == "accepted", reasons


def test_a_date_under_the_number_and_the_currency_in_the_column_heads(tmp_path: Path) -> None:
    # 'Рахунок-фактура № 314' over 'від 1 квітня 2026 р.', 'Ціна, грн' and 'Сума, грн' over the
    # amounts, no currency beside the totals: the date and the currency had not been read
    items: list[Text] = [(60, 50, "ТОВ «Дніпро Постач»", 14)]
    items += [(60, 64, "вул. Хрещатик, 22, 01001 Київ · ЄДРПОУ 12345678", 8)]
    cust = ["Покупець: ТОВ «Альфа»", "вул. Січових Стрільців, 5", "04053 Київ"]
    items += [(60, 100 + 12 * i, t, 9) for i, t in enumerate(cust)]
    items += [(60, 160, "Рахунок-фактура № 314", 13), (60, 175, "від 1 квітня 2026 р.", 10)]
    items += [(60, 190, "Сплатити до 11.04.2026", 9)]
    table = [("Найменування", "Кількість", "Ціна, грн", "Сума, грн")]
    table += [("Картридж HP 85A", "4", "1 350,00", "5 400,00")]
    items += rows_at((60, 250, -450, -540), 220, 14, table)
    sums = [("Разом без ПДВ", "5 400,00"), ("ПДВ 20%", "1 080,00"), ("Всього з ПДВ", "6 480,00")]
    items += rows_at((300, -540), 270, 14, sums)
    want = ("314", "2026-04-01", "2026-04-11", "UAH", "5400.00", "1080.00", "6480.00")
    assert_small_firm(draw(tmp_path / "f.pdf", items), "ТОВ «Дніпро Постач»", want)
