"""Kinds of layout of the customer invoice Dynamics 365 Finance prints for its demo company
(replayed once as a probe through Chromium with SAP's billing document and Oracle's receivables
invoice, not kept): the company's name and address at the top left over its country, 'Invoice'
at the right over a grid of labels ('Invoice', 'Date', 'Customer account', 'Due date'), 'Bill
to' and 'Deliver to' side by side, 'Sales subtotal amount', 'Sales tax', 'Invoice amount',
and the currency's code alone under the amount."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(country: str) -> list[Text]:
    seller = ["Contoso Entertainment System USA", "123 Coffee Street, Suite 300"]
    seller += ["Redmond, WA 98052", country]
    items: list[Text] = [(40, 50 + 11 * i, t, 9) for i, t in enumerate(seller)]
    items += [(-555, 60, "Invoice", 20)]
    grid = [("Invoice", "CIV-000958"), ("Date", "2/2/2026"), ("Customer account", "US-016")]
    grid += [("Terms of payment", "Net14"), ("Due date", "2/16/2026")]
    for i, (label, value) in enumerate(grid):
        items += [(400, 80 + 11 * i, label, 9), (-555, 80 + 11 * i, value, 9)]
    customer = ["Peachtree Foods Corp.", "90 Peachtree St NE", "Atlanta, GA 30303"]
    items += [(40, 160, "Bill to", 9), (220, 160, "Deliver to", 9)]
    items += [(x, 171 + 11 * i, t, 9) for x in (40, 220) for i, t in enumerate(customer)]
    items += [(40, 230, "Description", 9), (-470, 230, "Quantity", 9), (-555, 230, "Amount", 9)]
    items += [(40, 245, "Projector television", 9), (-470, 245, "12.00", 9)]
    items += [(-555, 245, "13,440.00", 9), (40, 258, "Mid-range speaker", 9)]
    items += [(-470, 258, "12.00", 9), (-555, 258, "1,800.00", 9)]
    for i, (label, value) in enumerate(
        [("Sales subtotal amount", "15,240.00"), ("Sales tax", "1,295.40"), ("Invoice amount", "16,535.40")]
    ):  # fmt: skip
        items += [(380, 285 + 12 * i, label, 9), (-555, 285 + 12 * i, value, 9)]
    return items + [(-555, 321, "USD", 9)]


def test_the_only_currency_that_of_the_seller_s_country(tmp_path: Path) -> None:
    # 'USD' printed once, alone under the invoice amount, no '$': the seller's own block is in
    # the United States, so the code is the page's currency (the probe's 4 US pages waited)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page("USA")))
    assert got["currency"] == "USD", (status, reasons)
    assert status == "accepted", reasons


def test_the_only_currency_of_another_country_still_waits(tmp_path: Path) -> None:
    # the same page from a seller in Canada: 'USD' printed once is not its own country's money
    page = [
        t if t[2] != "Redmond, WA 98052" else (40, 72, "Toronto, ON M5V 2T6", 9)
        for t in _page("Canada")
    ]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert got["currency"] == "USD"
    assert status != "accepted", reasons
