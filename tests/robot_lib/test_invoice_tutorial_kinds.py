"""Kinds of layout the invoices of two much-copied tutorials print, each replayed once as a
probe and not kept, drawn here with other names and values. The Node tutorial's PDFKit page
('Invoice Number:', 'Invoice Date:', 'Balance Due:' beside the customer, 'Item | Description |
Unit Cost | Quantity | Line Total', then 'Subtotal', 'Paid To Date' and 'Balance Due'): a
payment printed positive between the subtotal and what is left, a footer that thanks the
customer for shopping 'with us'. The React-PDF tutorial's page (a title in large spaced
capitals, 'Invoice No:' and 'Date:' at the right, 'Bill To:', 'Item Description | Qty | @ |
Amount', 'TOTAL'): a kind of invoice as the title ('Medical Invoice'), no seller at all (the
tutorial prints a logo), and a unit price printed as JavaScript prints a number ('451.5').
The Python tutorial's borb page: the sender's street, town, phone, e-mail and web address in a
column beside 'Date', 'Invoice #' and 'Due Date', and no name (a logo above them)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_ROWS = [("KB-7", "Mechanical keyboard", "$89.50", "2", "$179.00")]
_ROWS += [("MS-2", "Wireless mouse", "$24.25", "3", "$72.75")]
_ROWS += [("HUB", "USB-C hub", "$41.60", "1", "$41.60")]


def _page(
    totals: list[tuple[str, str]], footer: str, balance: str, shop: str = "Larkspur Outfitters LLC"
) -> list[Text]:
    """The tutorial's page: the shop's name in 20 pt with its address at the right, 'Invoice'
    in 20 pt, the grid of three labels beside the customer's block, the item rows, the totals
    under them in the table's columns, a centred footer."""
    page: list[Text] = [(50, 57, shop, 20), (-545, 65, "77 Quarry Road", 10)]
    page += [(-545, 80, "Bozeman, MT, 59715", 10), (50, 160, "Invoice", 20)]
    grid = [("Invoice Number:", "58211"), ("Invoice Date:", "2026/10/7")]
    grid += [("Balance Due:", balance)]
    buyer = ["Dana Whitfield", "19 Sycamore Lane", "Helena, MT, US"]
    for i, ((label, value), b) in enumerate(zip(grid, buyer, strict=True)):
        y = 200 + 15 * i
        page += [(50, y, label, 10), (150, y, value, 10), (300, y, b, 10)]
    heads = ["Item", "Description", "Unit Cost", "Quantity", "Line Total"]
    page += [(50, 330, heads[0], 10), (150, 330, heads[1], 10), (-370, 330, heads[2], 10)]
    page += [(-460, 330, heads[3], 10), (-545, 330, heads[4], 10)]
    for k, (item, desc, cost, qty, line) in enumerate(_ROWS):
        y = 360 + 30 * k
        page += [(50, y, item, 10), (150, y, desc, 10), (-370, y, cost, 10)]
        page += [(-460, y, qty, 10), (-545, y, line, 10)]
    y = 360 + 30 * len(_ROWS)
    for label, amount in totals:
        page += [(-370, y, label, 10), (-545, y, amount, 10)]
        y += 20
    return page + [(200, 780, footer, 10)]


_PAID = [("Subtotal", "$293.35"), ("Paid To Date", "$150.00"), ("Balance Due", "$143.35")]
_THANKS = "Thank you for shopping with us!"


def test_a_payment_printed_positive_leaves_the_subtotal_as_the_bill(tmp_path: Path) -> None:
    # 'Subtotal $293.35', 'Paid To Date $150.00', 'Balance Due $143.35': the balance is what is
    # left, the subtotal (no tax printed) what was billed (the balance had been read as the
    # gross, the rows adding up to another amount, and the page waited)
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", _page(_PAID, _THANKS, "$143.35")))
    assert totals_read(got) == ("293.35", None, "293.35"), reasons
    assert (got["invoice_number"], got["issue_date"]) == ("58211", "2026-10-07"), reasons
    assert status == "accepted", reasons


def test_thanks_for_shopping_with_us_names_no_seller(tmp_path: Path) -> None:
    # 'us!' had been taken as the shop the sentence names, and the page accepted with it; the
    # name at the top, with no legal form and nothing else to back it, waits for a person
    lines = _page(_PAID, _THANKS, "$143.35", shop="Larkspur Outfitters")
    got, status, reasons = read_page(draw(tmp_path / "b.pdf", lines))
    assert got["seller"] == "Larkspur Outfitters", reasons
    assert status == "review", reasons


def test_a_payment_that_does_not_make_the_difference_leaves_the_page_waiting(
    tmp_path: Path,
) -> None:
    # the paid amount is not what lies between the subtotal and the balance: nothing says
    # which of the two was billed
    totals = [("Subtotal", "$293.35"), ("Paid To Date", "$120.00"), ("Balance Due", "$143.35")]
    _got, status, reasons = read_page(draw(tmp_path / "c.pdf", _page(totals, _THANKS, "$143.35")))
    assert status == "review", reasons


def _react_page(shop: list[str], title: str, rows: list[tuple[str, str, str, str]]) -> list[Text]:
    """The React-PDF tutorial's page, a shop's name and lines centred over its title when a
    copy prints them."""
    page: list[Text] = [(-297, 40 + 16 * i, t, 16 if i == 0 else 10) for i, t in enumerate(shop)]
    page += [(-297, 110, title, 25), (-535, 160, "Invoice No:   2026-0412", 11)]
    page += [(-535, 176, "Date:   2026-04-12", 11), (60, 230, "Bill To:", 11)]
    buyer = ["Harlow Dental Clinic", "8 Mill Road, Ely", "+44 1353 200 114"]
    page += [(60, 246 + 16 * i, t, 11) for i, t in enumerate(buyer)]
    page += [(60, 320, "Item Description", 11), (-385, 320, "Qty", 11), (-456, 320, "@", 11)]
    page += [(-527, 320, "Amount", 11)]
    for k, (desc, qty, rate, amount) in enumerate(rows):
        y = 344 + 24 * k
        page += [(68, y, desc, 11), (-385, y, qty, 11), (-456, y, rate, 11), (-527, y, amount, 11)]
    total = sum(Decimal(r[3]) for r in rows)
    y = 344 + 24 * len(rows)
    return page + [(-456, y, "TOTAL", 12), (-527, y, f"{total:.2f}", 12)]


_SHOP = ["Meridian Chemists", "4 Station Parade, Leeds LS1 5PL", "VAT Reg. No. GB 284 5523 16"]
_REACT_ROWS = [("Amoxicillin 500mg capsules", "2", "12.75", "25.50")]
_REACT_ROWS += [("Saline nasal spray", "1", "451.5", "451.50")]
_ROWS_R = [("Teeth whitening kit", "3", "18.40", "55.20")]


def test_a_kind_of_invoice_in_large_type_is_no_seller(tmp_path: Path) -> None:
    # 'MEDICAL INVOICE' in 25 pt under the shop's name had been taken as the seller
    lines = _react_page(_SHOP, "MEDICAL INVOICE", _REACT_ROWS[:1])
    got, status, reasons = read_page(draw(tmp_path / "d.pdf", lines))
    assert got["seller"] == "Meridian Chemists", reasons
    assert (got["gross_total"], got["currency"]) == ("25.50", "GBP"), reasons
    assert status == "accepted", reasons


def test_a_page_with_no_seller_names_none_from_its_item_rows(tmp_path: Path) -> None:
    # the tutorial's own page prints a logo and no name: the first item's text had been read
    # as the seller's name
    got, status, reasons = read_page(draw(tmp_path / "e.pdf", _react_page([], "INVOICE", _ROWS_R)))
    assert got["seller"] is None, reasons
    assert status == "review", reasons


def test_a_unit_price_printed_as_a_bare_number_keeps_its_row(tmp_path: Path) -> None:
    # '1 | 451.5 | 451.50': the row had been dropped (one amount only), the rows making less
    # than the total, and the page waited
    lines = _react_page(_SHOP, "INVOICE", _REACT_ROWS)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", lines))
    assert got["gross_total"] == "477.00", reasons
    assert status == "accepted", reasons


def _borb_page(sender: list[str]) -> list[Text]:
    """The borb tutorial's page: the sender's column beside the grid of dates and number,
    'BILL TO' and 'SHIP TO' side by side, the items under white heads on a dark band, the
    amounts as Python prints them after '$ ' ('$ 60', '$ 63.6')."""
    grid = [("Date", "14/9/2026"), ("Invoice #", "5521"), ("Due Date", "14/10/2026")]
    page: list[Text] = []
    for i, line in enumerate(sender):
        y = 86 + 18 * i
        page.append((60, y, line, 12))
        if i < len(grid):
            page += [(-310, y, grid[i][0], 12), (330, y, grid[i][1], 12)]
    page += [(60, 221, "BILL TO", 12), (300, 221, "SHIP TO", 12)]
    for i, line in enumerate(["Nora Quinn", "Quinn Bakery", "8 Oak Lane", "Salem, OR 97301"]):
        page += [(60, 240 + 18 * i, line, 12), (300, 240 + 18 * i, line, 12)]
    heads = [(60, "DESCRIPTION"), (200, "QTY"), (300, "UNIT PRICE"), (420, "AMOUNT")]
    page += [(x, 340, h, 12) for x, h in heads]
    page += [(60, 360, "Labor", 12), (200, 360, "1", 12), (300, 360, "$ 60", 12)]
    page += [(420, 360, "$ 60", 12)]
    totals = [
        ("Subtotal", "$ 60"),
        ("Discounts", "$ 0.00"),
        ("Taxes", "$ 3.6"),
        ("Total", "$ 63.6"),
    ]
    for k, (label, amount) in enumerate(totals):
        page += [(-410, 400 + 18 * k, label, 12), (-530, 400 + 18 * k, amount, 12)]
    return page


def test_a_page_that_prints_no_sellers_name_names_none(tmp_path: Path) -> None:
    # the tutorial's column holds a street, a town, a phone and the addresses: its street over
    # 'Salem, OR 97301', its e-mail address ('ar@ridgeway.co', then backed by the web address
    # 'ridgeway.co' under it and accepted) and the items' heads had each been taken as the name
    sender = ["77 Ridge Avenue", "Eugene, OR 97401", "(541) 555-0182", "ar@ridgeway.co"]
    got, status, reasons = read_page(draw(tmp_path / "g.pdf", _borb_page([*sender, "ridgeway.co"])))
    assert got["seller"] is None, reasons
    assert (got["invoice_number"], got["gross_total"]) == ("5521", "63.60"), reasons
    assert status == "review", reasons
