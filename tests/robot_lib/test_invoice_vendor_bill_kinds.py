"""Kinds of layout of software and hosting vendors' bills (replayed once as a probe through
Chromium: OVHcloud, JetBrains, Namecheap, Atlassian; not kept). Namecheap's 'Order Receipt': the
registrar's bill for an order, its only number 'Order #' and its only date 'Order Date' with
the time of day, no invoice number or date printed."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _receipt(title: str) -> list[Text]:
    items: list[Text] = [
        (-556, 48, "Namecheap, Inc.", 9),
        (-556, 59, "4600 East Washington Street", 9),
    ]
    items += [(-556, 70, "Suite 305", 9), (-556, 81, "Phoenix, AZ 85034", 9), (-556, 92, "USA", 9)]
    items += [(45, 125, title, 16), (48, 142, "Order #:", 9), (110, 142, "167072514", 9)]
    items += [(48, 154, "Order Date:", 9), (110, 154, "10/20/2026 06:35", 9)]
    items += [(48, 166, "User Name:", 9), (110, 166, "john34", 9), (45, 190, "Billed To:", 9)]
    client = ["John Carter", "1200 Pine St", "Seattle, WA 98101", "United States"]
    items += [(45, 201 + 11 * i, t, 9) for i, t in enumerate(client)]
    heads = [(48, "Type"), (200, "Description"), (-340, "Qty"), (350, "Duration")]
    items += [(x, 270, t, 9) for x, t in heads + [(-547, "Price")]]
    rows = [("Domain Renewal", "carterphoto.net", "2", "1 year", "$17.76")]
    rows += [("ICANN Fee", "carterphoto.net", "1", "", "$0.18")]
    for i, (kind, what, qty, span, price) in enumerate(rows):
        cells = [(48, kind), (200, what), (-340, qty), (350, span), (-547, price)]
        items += [(x, 285 + 14 * i, t, 9) for x, t in cells if t]
    items += [(430, 330, "Sub Total", 9), (-547, 330, "$17.94", 9), (430, 343, "Total", 9)]
    return items + [(-547, 343, "$17.94", 9), (45, 370, "Payment: Account Funds", 9)]


def test_an_order_receipt_s_number_and_date_are_its_own(tmp_path: Path) -> None:
    # 'Order Receipt', 'Order #: 167072514', 'Order Date: 10/20/2026 06:35': the page is the
    # order's bill, its order's number and date are its own (the 10 held-out Namecheap pages
    # waited for an issue date, those in DejaVu Serif for a number too)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _receipt("Order Receipt")))
    assert (got["invoice_number"], got["issue_date"]) == ("167072514", "2026-10-20"), reasons
    assert totals_read(got) == ("17.94", None, "17.94"), reasons
    assert status == "accepted", reasons


def test_an_order_confirmation_s_date_stays_a_guess(tmp_path: Path) -> None:
    # the same page titled otherwise: an order's date on a page that is no receipt of it is
    # not the bill's, and the page waits
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _receipt("Order Confirmation")))
    assert status == "review", got
