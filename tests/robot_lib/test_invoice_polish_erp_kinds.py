"""Kinds of layout of Polish VAT invoices as two desktop ERPs print them (replayed once as a
probe through Chromium with two other producers, not kept).

Subiekt GT: the items under 'Wartość netto | Wartość VAT | Wartość brutto', then two blocks
side by side: at the left the terms and 'Razem do zapłaty', 'Zapłacono', 'Pozostało do
zapłaty', each with its amount; at the right the VAT table ('Według stawki VAT | wartość netto
| kwota VAT | wartość brutto', a row per rate, 'Razem:'), the two at their own pitch, so that
the left block's lines fall between the table's rows or share their printed line.

Comarch ERP Optima: 'FAKTURA VAT FA/81/2026' in capitals, 'Termin:' under 'Płatność:
przelew', the items priced before and after a discount, and the VAT table ('Stawka VAT |
Netto | VAT | Brutto') right of the terms, its heads on the line of 'Płatność: przelew'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_ITEMS = [
    ("Mąka pszenna 1kg", "12,50", "89,00", "23%", "1 112,50", "255,88", "1 368,38"),
    ("Cukier biały 1kg", "1", "250,00", "8%", "250,00", "20,00", "270,00"),
    ("Kabel YDY 3x2,5", "1", "89,00", "5%", "89,00", "4,45", "93,45"),
]


def _subiekt(rows_at: list[float], left_at: list[float], paid: str, left: str) -> list[Text]:
    """A Subiekt GT page: the VAT table's three rate rows and its sum at *rows_at*, the left
    block's 'Razem do zapłaty', 'Zapłacono' and 'Pozostało do zapłaty' at *left_at*."""
    items: list[Text] = [(40, 48, "ELMAX Sp. z o.o.", 13), (379, 44, "Miejsce wystawienia:", 9)]
    items += [(509, 44, "Poznań", 9), (379, 56, "Data wystawienia:", 9), (509, 56, "2026-05-27", 9)]
    items += [(49, 103, "Sprzedawca:", 7), (315, 103, "Nabywca:", 7)]
    seller = ["ELMAX Sp. z o.o.", "ul. Przemysłowa 8", "61-001 Poznań", "NIP: 778-234-55-66"]
    buyer = ["Sklep Ogólnospożywczy Ania", "ul. Szkolna 3", "32-050 Skawina", "NIP: 944-556-77-88"]
    items += [(49, 113 + 10.5 * i, t, 9) for i, t in enumerate(seller)]
    items += [(315, 113 + 10.5 * i, t, 9) for i, t in enumerate(buyer)]
    items += [(49, 155, "Bank: mBank S.A.", 9), (216, 207, "Faktura VAT 45/2026", 14)]
    heads = [(43, "Lp."), (64, "Nazwa"), (-183, "Ilość"), (188, "J.m."), (-268, "Cena netto")]
    heads += [(-332, "Stawka VAT"), (-406, "Wartość netto"), (-474, "Wartość VAT")]
    heads += [(-553, "Wartość brutto")]
    items += [(x, 233, t, 9) for x, t in heads]
    for i, (name, qty, price, rate, net, tax, gross) in enumerate(_ITEMS):
        y = 249 + 15.7 * i
        cells = [(43, str(i + 1)), (64, name), (-183, qty), (188, "szt."), (-268, price)]
        cells += [(-332, rate), (-406, net), (-474, tax), (-553, gross)]
        items += [(x, y, t, 9) for x, t in cells]
    items += [(40, 324, "Forma płatności: przelew 7 dni", 9), (40, 334, "Termin płatności:", 9)]
    items += [(110, 334, "2026-06-03", 9)]
    vat = ["Według stawki VAT", "wartość netto", "kwota VAT", "wartość brutto"]
    items += [(x, 328, t, 9) for x, t in zip((290, -435, -485, -553), vat, strict=True)]
    sums = [(r[3], r[4], r[5], r[6]) for r in _ITEMS] + [("", "1 451,50", "280,33", "1 731,83")]
    for y, (rate, net, tax, gross) in zip(rows_at, sums, strict=True):
        items += [(-371, y, rate, 9)] if rate else [(290, y, "Razem:", 9)]
        items += [(-435, y, net, 9), (-485, y, tax, 9), (-553, y, gross, 9)]
    block = [("Razem do zapłaty:", "1 731,83 PLN"), ("Zapłacono:", f"{paid} PLN")]
    block += [("Pozostało do zapłaty:", f"{left} PLN")]
    for y, (label, amount) in zip(left_at, block, strict=True):
        items += [(43, y, label, 9), (-209, y, amount, 9)]
    return items


def test_the_vat_table_s_rows_read_past_the_lines_of_the_block_beside_it(tmp_path: Path) -> None:
    # 'Razem do zapłaty: 1 731,83 PLN' between the 8 % and the 5 % row, 'Zapłacono' between
    # the 5 % row and the sum: the table went on to its sum (5 held-out pages were read with
    # the first rate's row as the net and tax, and waited)
    page = _subiekt([331.9, 345.0, 358.0, 372.4], [340.0, 352.0, 370.2], "865,92", "865,91")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert totals_read(got) == ("1451.50", "280.33", "1731.83"), reasons
    assert status == "accepted", reasons


def test_a_label_level_with_a_rate_row_reads_none_of_its_amounts(tmp_path: Path) -> None:
    # 'Razem do zapłaty: 1 731,83 PLN' on the printed line of '8% 250,00 20,00 270,00': the
    # label's amount is the total, the row's are the table's (2 held-out pages were read with
    # the row's as net, tax and gross and waited); nor is that 'Razem' the items' sum row
    page = _subiekt([343.9, 359.7, 376.2, 391.9], [359.3, 372.4, 385.9], "0,00", "1 731,83")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert totals_read(got) == ("1451.50", "280.33", "1731.83"), reasons
    assert status == "accepted", reasons


_OPTIMA = [
    ("Toner HP 85A", "3", "14,90", "14,16", "8%", "42,48"),
    ("Papier A4 80g (ryza)", "12,50", "999,00", "949,05", "23%", "11 863,13"),
    ("Serwis drukarki", "1", "150,00", "142,50", "23%", "142,50"),
]


def _optima(title: str) -> list[Text]:
    items: list[Text] = [(-556, 44, "Kraków, 2026-02-08", 9), (40, 110, title, 15)]
    items += [(40, 127, "Data wystawienia:", 9), (121, 127, "2026-02-08", 9)]
    items += [(40, 139, "Data sprzedaży:", 9), (121, 139, "2026-02-08", 9)]
    items += [(40, 168, "SPRZEDAWCA", 9), (309, 168, "NABYWCA", 9)]
    seller = ["PHU Zieliński Jan Zieliński", "ul. Kwiatowa 12", "30-001 Kraków", "NIP: 6761012233"]
    buyer = ["Sklep Ogólnospożywczy Ania", "ul. Szkolna 3", "32-050 Skawina", "NIP: 9445567788"]
    items += [(40, 180 + 10.5 * i, t, 9) for i, t in enumerate(seller)]
    items += [(309, 180 + 10.5 * i, t, 9) for i, t in enumerate(buyer)]
    heads = [(43, "Lp"), (64, "Nazwa"), (-234, "Ilość"), (239, "jm"), (-301, "Cena")]
    heads += [(-341, "Rabat"), (-438, "Cena po rabacie"), (-468, "VAT"), (-553, "Wartość netto")]
    items += [(x, 242, t, 9) for x, t in heads]
    for i, (name, qty, price, after, rate, net) in enumerate(_OPTIMA):
        y = 258 + 15.7 * i
        cells = [(43, str(i + 1)), (64, name), (-234, qty), (239, "szt."), (-301, price)]
        cells += [(-341, "5.00%"), (-438, after), (-468, rate), (-553, net)]
        items += [(x, y, t, 9) for x, t in cells]
    items += [
        (40, 332, "Płatność: przelew", 9),
        (40, 342, "Termin:", 9),
        (72, 342, "2026-02-22", 9),
    ]
    items += [(40, 353, "Nr rachunku: PL61 1090 1014 0000 0712 1981 2874", 9)]
    heads = [(372, "Stawka VAT"), (-467, "Netto"), (-507, "VAT"), (-553, "Brutto")]
    items += [(x, 335, t, 9) for x, t in heads]
    rows = [("23%", "12 005,63", "2 761,29", "14 766,92"), ("8%", "42,48", "3,40", "45,88")]
    for i, (rate, net, tax, gross) in enumerate(rows):
        y = 350.7 + 15.7 * i
        items += [(-422, y, rate, 9), (-467, y, net, 9), (-507, y, tax, 9), (-553, y, gross, 9)]
    items += [(372, 382, "Razem", 9), (-467, 382, "12 048,11", 9), (-507, 382, "2 764,69", 9)]
    items += [(-553, 382, "14 812,80", 9), (40, 416, "Do zapłaty: 14 812,80 PLN", 12)]
    return items + [(40, 819, "Wydruk z programu Comarch ERP Optima", 7)]


def test_the_number_after_the_capital_title_and_its_tax_s_word(tmp_path: Path) -> None:
    # 'FAKTURA VAT FA/81/2026': the number after the title's 'VAT' (10 of 20 held-out Optima
    # pages waited with no number); its due date under the bare 'Termin:'
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _optima("FAKTURA VAT FA/81/2026")))
    assert (got["invoice_number"], got["due_date"]) == ("FA/81/2026", "2026-02-22"), reasons
    assert status == "accepted", reasons


def test_the_items_end_at_the_heads_of_the_vat_table_under_them(tmp_path: Path) -> None:
    # 'Płatność: przelew' beside 'Stawka VAT | Netto | VAT | Brutto': the VAT table's rows
    # under them are no items (read as items, they added up to more than the net, and 10
    # held-out pages waited)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _optima("FAKTURA VAT FA/81/2026")))
    assert totals_read(got) == ("12048.11", "2764.69", "14812.80"), reasons
    assert not [r for r in reasons if "line totals" in r], reasons
    assert status == "accepted", reasons
