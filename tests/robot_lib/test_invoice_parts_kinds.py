"""Kinds of layout of two producers (replayed once as probes through Chromium, not kept): a
law firm's bill as Clio prints it, its time entries and its expenses each in a table with its
own 'Totals' row, then 'Time Entry Sub-Total', 'Expense Sub-Total', 'Sub-Total', 'Total', the
amount paid and the balance, maybe other open invoices listed under it, and no tax; and a Czech
VAT invoice as POHODA prints it, its VAT recapitulation ('Základ v Kč | Sazba | DPH v Kč |
Celkem s DPH v Kč', a row per rate) at the left, level with the totals' block at the right."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _law_firm(expense: str, other_open: bool = False) -> list[Text]:
    items: list[Text] = [(230, 50, "Harper & Cole LLP", 14), (220, 66, "1200 Market Street", 9)]
    items += [(220, 77, "Philadelphia, PA 19107", 9), (40, 110, "Bill To", 9)]
    items += [(40, 121, "Greenline Logistics, Inc.", 9), (40, 132, "900 Commerce Dr", 9)]
    items += [(40, 143, "Elk Grove Village, IL 60007", 9)]
    for i, (label, value) in enumerate(
        [("Invoice #", "01505"), ("Invoice Date:", "06/01/2026"), ("Due Date:", "07/01/2026")]
    ):
        items += [(400, 110 + 11 * i, label, 9), (480, 110 + 11 * i, value, 9)]
    items += [(40, 180, "Time Entries", 10)]
    heads = [(40, "Date"), (100, "EE"), (130, "Description"), (-430, "Rate"), (-480, "Hours")]
    items += [(x, 195, t, 9) for x, t in heads] + [(-555, 195, "Line Total", 9)]
    rows = [("05/11/2026", "Draft motion to compel", "$250.00", "2.0", "$500.00")]
    rows += [("05/21/2026", "Attend status conference", "$425.00", "0.5", "$212.50")]
    for i, (d, what, rate, hours, total) in enumerate(rows):
        y = 208 + 12 * i
        items += [(40, y, d, 9), (100, y, "MD", 9), (130, y, what, 9), (-430, y, rate, 9)]
        items += [(-480, y, hours, 9), (-555, y, total, 9)]
    items += [(-480, 234, "Totals", 9), (-555, 234, "$712.50", 9), (40, 255, "Expenses", 10)]
    heads = [(40, "Date"), (100, "EE"), (130, "Description"), (-430, "Cost"), (-480, "Quantity")]
    items += [(x, 270, t, 9) for x, t in heads] + [(-555, 270, "Line Total", 9)]
    items += [(40, 283, "05/04/2026", 9), (100, 283, "JC", 9), (130, 283, "Court filing fee", 9)]
    items += [(-430, 283, f"${expense}", 9), (-480, 283, "1.0", 9), (-555, 283, f"${expense}", 9)]
    items += [(-480, 296, "Totals", 9), (-555, 296, f"${expense}", 9)]
    total = f"{712.50 + float(expense):,.2f}"
    sums = [("Time Entry Sub-Total:", "$712.50"), ("Expense Sub-Total:", f"${expense}")]
    sums += [("Sub-Total:", f"${total}"), ("Total:", f"${total}"), ("Amount Paid:", "$0.00")]
    sums += [("Balance Due:", f"${total}")]
    for i, (label, value) in enumerate(sums):
        items += [(380, 320 + 12 * i, label, 9), (-555, 320 + 12 * i, value, 9)]
    if other_open:  # an earlier bill still open, and what the client owes in all
        heads = [(40, "Invoice Number"), (130, "Due On"), (-380, "Amount Due")]
        items += [(x, 410, t, 9) for x, t in heads] + [(-555, 410, "Balance Due", 9)]
        items += [(40, 423, "01498", 9), (130, 423, "05/30/2026", 9), (-380, 423, "$2,300.00", 9)]
        items += [(-555, 423, "$2,300.00", 9), (380, 436, "Outstanding Balance", 9)]
        items += [(-555, 436, "$2,300.00", 9), (380, 449, "Total Amount Outstanding", 9)]
        items += [(-555, 449, f"${float(total.replace(',', '')) + 2300:,.2f}", 9)]
    return items + [(40, 480, "Please make all amounts payable to: Harper & Cole LLP", 8)]


def test_subtotals_of_a_bill_s_parts_are_not_its_net_and_tax(tmp_path: Path) -> None:
    # 'Time Entry Sub-Total' and 'Expense Sub-Total' over their sum 'Sub-Total': the sum is the
    # net; the parts were read as a net and a tax that made the total (4 held-out Clio pages
    # were accepted with the time entries as the net and the expenses as the tax)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _law_firm("402.00")))
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == ("1114.50", None, "1114.50")
    assert (got["invoice_number"], got["seller"]) == ("01505", "Harper & Cole LLP")
    assert status == "accepted", reasons


def test_a_bill_with_earlier_open_bills_listed_under_it_reads_its_own(tmp_path: Path) -> None:
    # an earlier bill still open listed under the totals ('Invoice Number | Due On | Amount
    # Due | Balance Due'), then 'Total Amount Outstanding': the list is the other bill's, its
    # number and what the client owes in all none of this one's (they waited for a person
    # until the list was known: test_invoice_other_bills_kinds.py)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _law_firm("55.00", True)))
    assert (got["invoice_number"], got["gross_total"], got["tax_total"]) == (
        "01505",
        "767.50",
        None,
    )
    assert status == "accepted", reasons


def _czech(
    rates: list[tuple[str, str, str, str]], net: str, tax: str, gross: str, tax_at: float = 17
) -> list[Text]:
    items: list[Text] = [(40, 50, "FAKTURA - DAŇOVÝ DOKLAD", 14), (-555, 50, "č. 26010639", 12)]
    items += [(40, 75, "Dodavatel:", 8), (300, 75, "Odběratel:", 8)]
    seller = ["Kavárna U Mostu a.s.", "Karlova 8", "110 00 Praha 1", "IČ: 28123456 DIČ: CZ28123456"]
    buyer = ["Pekárna Svoboda s.r.o.", "Nádražní 3", "602 00 Brno", "IČ: 25512345 DIČ: CZ25512345"]
    items += [
        (x, 87 + 11 * i, t, 9) for x, b in ((40, seller), (300, buyer)) for i, t in enumerate(b)
    ]
    grid = [("Datum vystavení:", "21.8.2026"), ("Datum splatnosti:", "4.9.2026")]
    grid += [("Datum zdanitelného plnění:", "21.8.2026"), ("Variabilní symbol:", "26010639")]
    for i, (label, value) in enumerate(grid):
        items += [(300, 145 + 11 * i, label, 9), (-555, 145 + 11 * i, value, 9)]
    heads = [(40, "Označení dodávky"), (-230, "Počet m.j."), (-290, "Cena za m.j.")]
    heads += [(-330, "DPH %"), (-390, "Bez DPH"), (-450, "DPH"), (-555, "Celkem")]
    items += [(x, 205, t, 9) for x, t in heads]
    for i, (base, rate, vat, total) in enumerate(rates):
        y = 218 + 12 * i
        items += [(40, y, f"Položka {i + 1}", 9), (-230, y, "1", 9), (-290, y, base, 9)]
        items += [(-330, y, rate.split()[0], 9), (-390, y, base, 9), (-450, y, vat, 9)]
        items += [(-555, y, total, 9)]
    # the recapitulation at the left in smaller type, the totals' block at the right; each
    # block's lines at its own pitch, so the last rate's row and the total share a line
    y = 235 + 12 * len(rates)
    items += [(40, y, "Rekapitulace DPH v Kč:", 7), (374, y + 2, "Celkem bez DPH:", 9)]
    items += [(-553, y + 2, f"{net} Kč", 9), (-117, y + 10, "Základ v Kč", 7)]
    items += [(124, y + 10, "Sazba", 7), (155, y + 10, "DPH v Kč", 7)]
    items += [(191, y + 10, "Celkem s DPH v Kč", 7), (374, y + tax_at, "DPH celkem:", 9)]
    items += [(-553, y + tax_at, f"{tax} Kč", 9), (374, y + 34.5, "Celkem k úhradě:", 12)]
    items += [(-553, y + 34.5, f"{gross} Kč", 12)]
    for i, (base, rate, vat, total) in enumerate(rates):
        yy = y + 22 + 14 * i
        items += [
            (-117, yy, base, 9),
            (-144, yy, rate, 9),
            (-185, yy, vat, 9),
            (-252, yy, total, 9),
        ]
    return items


def test_a_rate_s_row_beside_the_total_s_label_is_no_sum_row(tmp_path: Path) -> None:
    # the last row of the recapitulation (0 %) shares its line with 'Celkem k úhradě' at the
    # right: the total's word stands beside the table, not at the head of the row, so the row
    # is one rate's and the table's sums are its rows' (3 of 10 held-out POHODA pages waited
    # with the 0 % row's 917,00 as the net and the gross)
    page = _czech(_RATES, "41 087,00", "8 435,70", "49 522,70")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert totals_read(got) == ("41087.00", "8435.70", "49522.70"), reasons
    assert (got["invoice_number"], got["currency"]) == ("26010639", "CZK")
    assert status == "accepted", reasons


_RATES = [("40 170,00", "21 %", "8 435,70", "48 605,70"), ("917,00", "0 %", "0,00", "917,00")]


def test_a_column_s_head_reads_no_amount_of_the_block_beside_it(tmp_path: Path) -> None:
    # the same page in a wider font (DejaVu Serif): 'DPH celkem: 8 435,70 Kč' of the totals'
    # block stands less than a line under the recapitulation's head 'Celkem s DPH v Kč', which
    # read the tax as a label's value wrapped beside it, the gross (2 of 12 POHODA pages in
    # that font waited): another label's words stand between, so the amount is not its
    page = _czech(_RATES, "41 087,00", "8 435,70", "49 522,70", tax_at=16)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert totals_read(got) == ("41087.00", "8435.70", "49522.70"), reasons
    assert status == "accepted", reasons


def _polish(name_wrapped: bool, title: str = "Faktura VAT nr 35/11/2026") -> list[Text]:
    items: list[Text] = [(400, 50, "Data wystawienia: 03.11.2026", 9)]
    items += [(180, 90, title, 15), (40, 120, "Sprzedawca", 9)]
    items += [(300, 120, "Nabywca", 9), (40, 132, "Biuro Rachunkowe Lis", 9)]
    items += [(300, 132, "Apteka Pod Lipami", 9), (40, 143, "ul. Piotrkowska 100, 90-004 Łódź", 9)]
    items += [(300, 143, "ul. Lipowa 2, 20-020 Lublin", 9), (40, 154, "NIP: 727-765-43-21", 9)]
    items += [(300, 154, "NIP: 946-111-22-33", 9)]
    # the heads of the amounts' columns wrapped over two lines, those of the other cells set
    # in the middle of the row, between them
    upper = [(279, "Cena"), (330, "Wartość"), (391, "Stawka"), (449, "Kwota"), (510, "Wartość")]
    lower = [(-304, "netto"), (-370, "netto"), (-427, "VAT"), (-480, "VAT"), (-550, "brutto")]
    middle = [(45, "Lp."), (198, "Ilość"), (227, "Jm.")]
    if name_wrapped:  # 'Nazwa towaru lub' over 'usługi', the first word over it only
        upper, lower = [(65, "Nazwa towaru lub"), *upper], [(65, "usługi"), *lower]
    else:
        middle += [(65, "Nazwa towaru lub usługi")]
    items += [(x, 185, t, 9) for x, t in upper] + [(x, 190.3, t, 9) for x, t in middle]
    items += [(x, 195.6, t, 9) for x, t in lower]
    rows = [("1", "Prowadzenie księgowości", "40", "szt.", "80,00", "3 200,00", "256,00")]
    rows += [("2", "Usługa remontowa łazienki", "8", "godz.", "1 200,00", "9 600,00", "768,00")]
    gross = {"3 200,00": "3 456,00", "9 600,00": "10 368,00"}
    for i, (n, name, q, unit, price, net, vat) in enumerate(rows):
        y = 212 + 14 * i
        items += [(45, y, n, 9), (65, y, name, 9), (-222, y, q, 9), (227, y, unit, 9)]
        items += [(-304, y, price, 9), (-370, y, net, 9), (-427, y, "8%", 9), (-480, y, vat, 9)]
        items += [(-550, y, gross[net], 9)]
    items += [(270, 245, "Razem:", 9), (-370, 245, "12 800,00", 9), (-480, 245, "1 024,00", 9)]
    items += [(-550, 245, "13 824,00", 9), (270, 258, "W tym:", 9), (-370, 270, "12 800,00", 9)]
    items += [(-427, 270, "8%", 9), (-480, 270, "1 024,00", 9), (-550, 270, "13 824,00", 9)]
    items += [(40, 300, "Sposób płatności: Przelew", 9), (40, 312, "Termin płatności: 7 dni", 9)]
    return items + [(40, 330, "Do zapłaty: 13 824,00 PLN", 12)]


@pytest.mark.parametrize("name_wrapped", [False, True])
def test_heads_wrapped_around_the_row_s_other_heads_are_read_whole(
    tmp_path: Path, name_wrapped: bool
) -> None:
    # 'Cena' over 'netto', 'Kwota' over 'VAT', … with 'Lp. | Nazwa | Ilość | Jm.' set level
    # between their two lines (a wider font wraps Fakturownia's heads so): the heads are read
    # whole, and the 'Razem' row under them gives the net and the tax (2 of 12 Fakturownia pages
    # in DejaVu Serif waited with no tax read)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _polish(name_wrapped)))
    assert totals_read(got) == ("12800.00", "1024.00", "13824.00"), reasons
    assert (got["invoice_number"], got["currency"]) == ("35/11/2026", "PLN")
    assert status == "accepted", reasons


def test_the_title_s_vat_is_no_series_of_the_number(tmp_path: Path) -> None:
    # Subiekt GT titles 'Faktura VAT 87/2026' with no 'nr': 'VAT' is the title's word, not a
    # series before the number (5 of 10 held-out pages were accepted with 'VAT 87/2026')
    page = _polish(False, "Faktura VAT 35/11/2026")
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert got["invoice_number"] == "35/11/2026", reasons
    assert status == "accepted", reasons
