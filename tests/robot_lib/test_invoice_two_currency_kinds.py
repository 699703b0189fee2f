"""Kinds of layout of invoices that print their totals in two currencies (a Bulgarian invoice in
euros with every total also in leva, the changeover's dual display; replayed once as a probe
through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _invoice(sums: list[Text]) -> list[Text]:
    items: list[Text] = [(60, 50, "Балкан Софт ЕООД", 15), (60, 64, "ул. Витоша 15, 1000 София", 7)]
    items += [(60, 76, "ЕИК 204512345 · ДДС № BG204512345", 7), (60, 110, "ФАКТУРА", 13)]
    cust = ["Родопи Трейд ЕООД", "ул. Славянска 4", "4000 Пловдив"]
    items += [(60, 130 + 12 * i, t, 9) for i, t in enumerate(cust)]
    head = [("Фактура №", "0000004812"), ("Дата на издаване", "12.06.2026")]
    items += rows_at((360, -540), 130, 12, head)
    table = [("Наименование", "Кол.", "Стойност EUR")]
    table += [
        ("Поддръжка на софтуер, месечна", "1", "850,00"),
        ("Консултантски услуги", "6", "270,00"),
    ]
    items += rows_at((60, -440, -540), 210, 14, table)
    items += [(60, 480, "Фиксиран обменен курс: 1 EUR = 1,95583 лв.", 7)]
    items += [(60, 492, "IBAN BG80 BNBG 9661 1020 3456 78", 7)]
    return items + sums


def test_totals_also_printed_in_leva_under_their_own_head_are_not_the_invoices(
    tmp_path: Path,
) -> None:
    # 'EUR | лв.' over the totals' two columns: the leva's, the rightmost, had been read and
    # accepted as the invoice's euros
    sums = [("", "EUR", "лв."), ("Данъчна основа", "1 120,00", "2 190,53")]
    sums += [("ДДС 20 %", "224,00", "438,11"), ("Сума за плащане", "1 344,00", "2 628,64")]
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _invoice(rows_at((300, -460, -540), 270, 14, sums)))
    )
    assert (got["currency"], *totals_read(got)) == ("EUR", "1120.00", "224.00", "1344.00"), reasons
    assert status == "accepted", reasons


def test_an_amount_in_leva_in_brackets_after_the_euros_is_no_total(tmp_path: Path) -> None:
    # '1 344,00 € (2 628,64 лв.)': the leva in brackets had been read as the total, and the
    # signs of both currencies on every total line left the currency in doubt
    sums = [("Данъчна основа", "1 120,00 € (2 190,53 лв.)"), ("ДДС 20 %", "224,00 € (438,11 лв.)")]
    sums += [("Сума за плащане", "1 344,00 € (2 628,64 лв.)")]
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _invoice(rows_at((300, -540), 270, 14, sums)))
    )
    assert (got["currency"], *totals_read(got)) == ("EUR", "1120.00", "224.00", "1344.00"), reasons
    assert status == "accepted", reasons


def test_a_unit_price_and_a_total_headed_with_the_euro_sign_are_one_currency(
    tmp_path: Path,
) -> None:
    # (a guard) 'Pos. | Leistung | Menge | EP € | GP €': two heads that carry the euro's sign
    # beside their words are no second currency's column; the totals under 'GP €' are the
    # invoice's (a German craftsman's table, read as converted amounts and left unread)
    items: list[Text] = [
        (60, 50, "Trockenbau Schulze GmbH", 15),
        (60, 64, "Hafenstraße 3 · 39106 Magdeburg", 7),
    ]
    items += [(60, 110, "Rechnung", 13)]
    items += rows_at(
        (380, -540), 130, 12, [("Rechnungs-Nr.", "2026-0412"), ("Datum", "18.05.2026")]
    )
    table = [
        ("Pos.", "Leistung", "Menge", "EP €", "GP €"),
        ("1", "Abhangdecke montiert", "46,00 m²", "42,00", "1.932,00"),
    ]
    table += [("2", "Revisionsklappen", "4 Stk", "85,00", "340,00")]
    items += rows_at((60, 90, -380, -460, -540), 210, 14, table)
    sums = [
        ("Nettobetrag", "2.272,00 €"),
        ("Umsatzsteuer 19 %", "431,68 €"),
        ("Rechnungsbetrag", "2.703,68 €"),
    ]
    items += rows_at((330, -540), 270, 14, sums)
    items += [(60, 480, "USt-IdNr. DE425048791 · IBAN DE44 8105 3272 0641 0020 05", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("2272.00", "431.68", "2703.68"), reasons
    assert status == "accepted", reasons
