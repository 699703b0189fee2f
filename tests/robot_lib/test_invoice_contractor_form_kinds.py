"""Kinds of layout a web form for contractors' VAT invoices prints (seen on EasyInvoicePDF, the
React-PDF invoice Polish contractors fill in, in Polish or English, printed once as a probe and
not kept), each drawn here with other names and values: the number in the title ('Faktura nr:
4/10-2026', 'Invoice No. of: 4/10-2026'); an item table of ten narrow bordered columns whose
heads wrap, a word hyphenated at its wrap ('Kwota net-' over 'to'); under the last row the
table's own sum ('SUMA: 7 272.00'), then the tax table's heads on the line of 'Payment method',
its rows, and 'To pay', 'Paid: 0.00', 'Left to pay'."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

# the item table's columns: (the middle of each column, its right edge), 535 pt wide from x 30
_COLS = [(38, 44), (142, 237), (255, 269), (290, 306), (324, 339), (367, 392), (405, 413)]
_COLS += [(442, 467), (490, 510), (538, 563)]
# the tax table's four columns, right half of the page
_TAX_COLS = [(331, 362), (398, 429), (465, 496), (532, 563)]

_PL = {
    "title": "Faktura nr",
    "issued": "Data wystawienia",
    "sold": "Data sprzedaży / wykonania usługi",
    "parties": ("Sprzedawca", "Nabywca"),
    "vat_no": "NIP:",
    "account": "Nr konta",
    "heads": (
        ["lp.", "Nazwa towaru/usługi", "Typ", "Ilość", "Jm", "Cena netto", "VAT", "Kwota net-"]
        + ["Kwota", "Kwota"],
        {2: "GTU", 7: "to", 8: "VAT", 9: "brutto"},
    ),
    "sum": "SUMA",
    "method": ("Sposób wpłaty", "przelew"),
    "due": "Termin zapłaty",
    "tax_heads": ["Stawka VAT", "Netto", "VAT", "Brutto"],
    "all": "Razem",
    "to_pay": ("Razem do zapłaty", "Wpłacono", "Pozostało do zapłaty"),
}
_EN = {
    "title": "Invoice No. of",
    "issued": "Date of issue",
    "sold": "Date of sales/of executing the service",
    "parties": ("Seller", "Buyer"),
    "vat_no": "VAT no::",
    "account": "Account Number",
    "heads": (
        ["No", "Name of goods/service", "Type", "Amount", "Unit", "Net price", "VAT"]
        + ["Net Amount", "VAT", "Pre-tax"],
        {2: "of GTU", 8: "Amount", 9: "amount"},
    ),
    "sum": "SUM",
    "method": ("Payment method", "wire transfer"),
    "due": "Payment date",
    "tax_heads": ["VAT rate", "Net", "VAT", "Pre-tax"],
    "all": "Total",
    "to_pay": ("To pay", "Paid", "Left to pay"),
}
# an item: its name, quantity, unit, net price, rate, net, tax and gross as printed
_Item = tuple[str, str, str, str, str, str, str, str]


def _page(
    words: dict[str, Any],
    number: str,
    items: list[_Item],
    sums: tuple[str, str, str],
    paid: bool = False,
) -> list[Text]:
    """The form's page in the language of *words*: the title with *number*, the dates at the
    right, the seller and the buyer side by side, the item table with its sum row, the payment
    method and date beside the tax table (one row per item, then the sum), and what is to pay
    (nothing left when *paid*)."""
    net, tax, gross = sums
    seller, buyer = words["parties"]
    page: list[Text] = [(-565, 33, f"{words['issued']}: 2026-10-05", 7)]
    page += [
        (30, 36, f"{words['title']}: {number}", 16),
        (-565, 44, f"{words['sold']}: 2026-10-31", 7),
    ]
    page += [(30, 74, seller, 12), (335, 74, buyer, 12)]
    page += [(30, 94, "Jakub Wiśniewski Web Services", 10), (335, 94, "Fjordline Media AS", 10)]
    page += [
        (30, 107, "ul. Lipowa 7/3, 20-020 Lublin", 8),
        (335, 107, "Havnegata 4, 7010 Trondheim", 8),
    ]
    page += [
        (30, 119, f"{words['vat_no']} PL9462718304", 7),
        (335, 119, f"{words['vat_no']} NO918273645", 7),
    ]
    page += [
        (30, 130, "e-mail: jakub@wisniewski.dev", 7),
        (335, 130, "e-mail: faktura@fjordline.no", 7),
    ]
    page += [(30, 151, f"{words['account']} - PL12 1160 2202 0000 0004 1234 5678", 8)]
    page += [(30, 162, "SWIFT/BIC: BIGBPLPW", 7)]
    heads, wrapped = words["heads"]
    page += [(mid - 2.2 * len(h), 189, h, 8) for (mid, _r), h in zip(_COLS, heads, strict=True)]
    page += [(_COLS[i][0] - 2.2 * len(h), 200, h, 8) for i, h in wrapped.items()]
    y = 214
    for k, (name, qty, unit, price, rate, line_net, line_tax, line_gross) in enumerate(items):
        page += [(32, y, f"{k + 1}.", 8), (48, y, name, 8), (-_COLS[3][1], y, qty, 8)]
        page += [(_COLS[4][0] - 6, y, unit, 8), (-_COLS[5][1], y, price, 8), (398, y, rate, 8)]
        page += [(-_COLS[7][1], y, line_net, 8), (-_COLS[8][1], y, line_tax, 8)]
        page += [(-_COLS[9][1], y, line_gross, 8)]
        y += 15
    page += [(-560, y + 1, f"{words['sum']}: {gross}", 8)]
    y += 20
    method, how = words["method"]
    page += [(30, y, f"{method}: {how}", 7)]
    page += [
        (mid - 2.2 * len(h), y, h, 8)
        for (mid, _r), h in zip(_TAX_COLS, words["tax_heads"], strict=True)
    ]
    page += [(40, y + 11, f"{words['due']}: 2026-10-19", 7)]
    y += 16
    for _name, _q, _u, _p, rate, line_net, line_tax, line_gross in items:
        row = [rate, line_net, line_tax, line_gross]
        page += [(-r, y, v, 8) for (_m, r), v in zip(_TAX_COLS, row, strict=True)]
        y += 15
    row = [words["all"], net, tax, gross]
    page += [(-r, y, v, 8) for (_m, r), v in zip(_TAX_COLS, row, strict=True)]
    to_pay, paid_word, left = words["to_pay"]
    done, still = (gross, "0.00") if paid else ("0.00", gross)
    page += [
        (30, y + 15, f"{to_pay}: {gross} EUR", 11),
        (30, y + 33, f"{paid_word}: {done} EUR", 7),
    ]
    return page + [(30, y + 44, f"{left}: {still} EUR", 7)]


_TAXED: list[_Item] = [
    (
        "Website maintenance — October",
        "1.00",
        "usł.",
        "2 400.00",
        "23%",
        "2 400.00",
        "552.00",
        "2 952.00",
    ),
    ("Logo redesign", "1.00", "usł.", "4 000.00", "8%", "4 000.00", "320.00", "4 320.00"),
]


# one service, reverse charge (no tax: its rate 'NP')
_ONE = ("Backend development", "1.00", "service", "3 150.00", "NP", "3 150.00", "0.00", "3 150.00")


def test_a_net_column_s_head_hyphenated_at_its_wrap(tmp_path: Path) -> None:
    # 'Kwota net-' over 'to' ('Kwota netto', the line's net) between 'Cena netto | VAT' and
    # 'Kwota VAT | Kwota brutto': each row's net is its line total (the gross column had been
    # read, and the rows of the tax table under the sum as more items: the page waited with
    # the lines adding up to twice the gross)
    page = _page(_PL, "4/10-2026", _TAXED, ("6 400.00", "872.00", "7 272.00"))
    got, status, reasons = read_page(draw(tmp_path / "pl.pdf", page))
    assert got["invoice_number"] == "4/10-2026", reasons
    assert totals_read(got) == ("6400.00", "872.00", "7272.00"), reasons
    assert got["seller"] == "Jakub Wiśniewski Web Services", reasons
    assert status == "accepted", reasons


def test_the_items_end_at_their_sum_row_before_the_tax_table(tmp_path: Path) -> None:
    # one item, reverse charge: the sum row 'SUM: 3 150.00' is the items' sum, yet no more
    # items follow it: the tax table's heads stand on the next line ('Payment method: wire
    # transfer | VAT rate | Net | VAT | Pre-tax'), 'Payment date: …' over its row
    page = _page(_EN, "4/10-2026", [_ONE], ("3 150.00", "0.00", "3 150.00"))
    got, status, reasons = read_page(draw(tmp_path / "en.pdf", page))
    assert totals_read(got) == ("3150.00", "0.00", "3150.00"), reasons
    assert status == "accepted", reasons


def test_the_number_after_invoice_no_of(tmp_path: Path) -> None:
    # 'Invoice No. of: 4/10-2026' in the title, the form's English for 'Faktura nr' (no
    # number had been read: the page waited)
    items = [(*_TAXED[0][:4], "0%", "2 400.00", "0.00", "2 400.00")]
    page = _page(_EN, "4/10-2026", items, ("2 400.00", "0.00", "2 400.00"))
    got, status, reasons = read_page(draw(tmp_path / "no.pdf", page))
    assert got["invoice_number"] == "4/10-2026", reasons
    assert status == "accepted", reasons


def test_a_tax_the_items_rates_do_not_make_waits(tmp_path: Path) -> None:
    # the tax and the gross one unit more than the rows' rates make (23 % of 2 400.00 and 8 % of
    # 4 000.00: 872.00), printed so in the sum rows: the totals add up, the items make the net,
    # and the page had been accepted once the net column was read
    taxed = [(*_TAXED[0][:6], "553.00", "2 953.00"), _TAXED[1]]
    page = _page(_PL, "4/10-2026", taxed, ("6 400.00", "873.00", "7 273.00"))
    got, status, reasons = read_page(draw(tmp_path / "pl.pdf", page))
    assert totals_read(got) == ("6400.00", "873.00", "7273.00"), reasons
    assert status == "review", reasons
    assert any("872.00" in r for r in reasons), reasons


def test_a_payment_date_on_a_page_that_asks_for_the_whole_total(tmp_path: Path) -> None:
    # 'Payment date: 2026-10-19' beside 'Payment method: wire transfer', 'Paid: 0.00 EUR' and
    # 'Left to pay: 3 150.00 EUR' under the total: the day it is due (the form's English for
    # 'Termin zapłaty'; no due date had been read)
    page = _page(_EN, "4/10-2026", [_ONE], ("3 150.00", "0.00", "3 150.00"))
    got, status, reasons = read_page(draw(tmp_path / "due.pdf", page))
    assert (got["issue_date"], got["due_date"]) == ("2026-10-05", "2026-10-19"), reasons
    assert status == "accepted", reasons


def test_a_payment_date_on_a_paid_page_is_no_due_date(tmp_path: Path) -> None:
    # the same page paid: 'Paid: 3 150.00 EUR', 'Left to pay: 0.00 EUR': its payment date is
    # the day it was paid, as on a receipt, not a deadline
    page = _page(_EN, "4/10-2026", [_ONE], ("3 150.00", "0.00", "3 150.00"), paid=True)
    got, status, reasons = read_page(draw(tmp_path / "paid.pdf", page))
    assert got["due_date"] is None, reasons
    assert got["gross_total"] == "3150.00", reasons
