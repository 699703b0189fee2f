"""Kinds of layout of a law firm's bill as Clio prints it (replayed once as a probe through
Chromium with five other producers, not kept): the time entries, their sums at the right
('Time Entry Sub-Total', 'Sub-Total', 'Total', 'Amount Paid', 'Balance Due'), then under
'Outstanding Balance' the client's other bills still open, 'Invoice Number | Due On | Amount
Due | Payments Received | Balance Due', a row each, their sum and the 'Total Amount Outstanding'
of all of them with this one. And the two grids that share its heads but are this bill's: a
remittance stub under the totals, a header grid over the items."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw, rows_at

_ENTRIES = [
    ("04/07/2026", "AH", "Draft motion to compel", "$250.00", "3.5", "$875.00"),
    ("03/17/2026", "JC", "Review discovery responses", "$250.00", "3.5", "$875.00"),
    ("03/26/2026", "AH", "Attend status conference", "$325.00", "1.2", "$390.00"),
]
_HEADS = ["Invoice Number", "Due On", "Amount Due", "Payments Received", "Balance Due"]


def _bill(header: list[Text], under: list[Text]) -> list[Text]:
    """The bill, its *header* right of 'Bill To', its sums, and *under* them."""
    items: list[Text] = [(231, 56, "Harper & Cole LLP", 15), (238, 67, "1200 Market Street", 9)]
    items += [(251, 77, "Philadelphia, PA 19107", 9), (45, 127, "Bill To", 9)]
    client = ["Sofia Ramirez", "2210 E 6th St", "Austin, TX 78702"]
    items += [(45, 137.7 + 10.5 * i, t, 9) for i, t in enumerate(client)] + header
    items += [(45, 210, "Time Entries", 9)]
    heads = [(48, "Date"), (114, "EE"), (240, "Description"), (-444, "Rate"), (-485, "Hours")]
    items += [(x, 223, t, 9) for x, t in heads + [(-548, "Line Total")]]
    for i, (day, who, what, rate, hours, total) in enumerate(_ENTRIES):
        y = 238.9 + 15.7 * i
        cells = [(48, day), (114, who), (240, what), (-444, rate), (-485, hours), (-548, total)]
        items += [(x, y, t, 9) for x, t in cells]
    items += [(-485, 286, "Totals", 9), (-548, 286, "$2,140.00", 9)]
    sums = [("Time Entry Sub-Total:", "$2,140.00"), ("Sub-Total:", "$2,140.00")]
    sums += [("Total:", "$2,140.00"), ("Amount Paid:", "$0.00"), ("Balance Due:", "$2,140.00")]
    items += rows_at((415, -547), 318.4, 13.5, sums)
    return items + under


_NUMBERED = [(447, 128.7, "Invoice #", 9), (504, 128.7, "01888", 9)]
_DATED = [(447, 142.9, "Invoice Date:", 9), (504, 142.9, "04/12/2026", 9)]
_DUE = [(447, 156.4, "Due Date:", 9), (504, 156.4, "05/12/2026", 9)]


def _grid(y: float, row: list[str]) -> list[Text]:
    """The five heads at *y* and *row* under them."""
    xs = (48, 159, -320, -457, -548)
    return [(x, y, t, 9) for x, t in zip(xs, _HEADS, strict=True)] + [
        (x, y + 15.8, t, 9) for x, t in zip(xs, row, strict=True)
    ]


def test_the_client_s_other_open_bills_are_none_of_this_one_s_fields(tmp_path: Path) -> None:
    # '01886 | 03/15/2026 | $2,300.00 | $0.00 | $2,300.00' under the heads: another bill's
    # number, due date and amounts; 'Total Amount Outstanding $4,440.00' is both bills' (6 of
    # 10 held-out Clio pages waited on two numbers, two due dates and that total)
    listed = [(45, 401.7, "Outstanding Balance", 9)]
    listed += _grid(414.4, ["01886", "03/15/2026", "$2,300.00", "$0.00", "$2,300.00"])
    listed += [(367, 445.9, "Outstanding Balance", 9), (-548, 445.9, "$2,300.00", 9)]
    listed += [(388, 460.9, "Total Amount Outstanding", 9), (-547, 460.9, "$4,440.00", 9)]
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _bill(_NUMBERED + _DATED + _DUE, listed))
    )
    assert (got["invoice_number"], got["due_date"]) == ("01888", "2026-05-12"), reasons
    assert (got["gross_total"], got["tax_total"]) == ("2140.00", None), reasons
    assert status == "accepted", reasons


def test_a_remittance_stub_under_the_totals_is_this_bill_s(tmp_path: Path) -> None:
    # the same heads under the totals, the row repeating this bill's number: its due date,
    # printed only there, is this bill's
    stub = [(45, 401.7, "Please return this part with your payment", 9)]
    stub += _grid(414.4, ["01888", "05/12/2026", "$2,140.00", "$0.00", "$2,140.00"])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _bill(_NUMBERED + _DATED, stub)))
    assert (got["invoice_number"], got["due_date"]) == ("01888", "2026-05-12"), reasons


def test_a_header_grid_over_the_items_is_this_bill_s(tmp_path: Path) -> None:
    # the same heads over the items, no total above them: this bill's number and due date
    grid = _grid(170, ["01888", "05/12/2026", "$2,140.00", "$0.00", "$2,140.00"])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _bill(_DATED + grid, [])))
    assert (got["invoice_number"], got["due_date"]) == ("01888", "2026-05-12"), reasons
