"""Kinds of layout WeasyPrint's own invoice sample prints (the page Python developers start
their invoices from; filled and printed once by WeasyPrint as a probe, not kept), each drawn
here with other names and values: the sender's address at the left and the customer's at the
right, side by side with no heading, the sender's where an envelope's window would show the
recipient's; the page's own e-mail and web address in its foot; and at the foot a band of heads
over tall cells in large type, each value centred in its cell and wrapped over lines ('DUE BY |
ACCOUNT NUMBER | TOTAL DUE' over 'February 23,' / '£29,371.50' / '2026')."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(contact: str) -> list[Text]:
    """The sample's page: its title, the two blocks, the number and date at the top right,
    the items, the band of heads and tall cells, the thanks and the *contact* in the foot."""
    page: list[Text] = [(86, 120, "Invoice", 40), (-509, 95, "Invoice number: 2026-014", 11)]
    page += [(-509, 112, "Date: March 9, 2026", 11)]
    sender = ["Mira Kovač", "Ilica 48", "10000 Zagreb", "Croatia"]
    customer = ["Adriatic Yachting d.o.o.", "Obala 12", "21000 Split"]
    page += [(86, 178 + 17.6 * i, t, 11) for i, t in enumerate(sender)]
    page += [(-509, 178 + 17.6 * i, t, 11) for i, t in enumerate(customer)]
    page += [(86, 290, "DESCRIPTION", 10), (230, 290, "PRICE", 10), (330, 290, "QUANTITY", 10)]
    page += [(-509, 290, "SUBTOTAL", 10), (86, 334, "Brand identity", 11), (230, 334, "€45.00", 11)]
    page += [(330, 334, "40", 11), (-509, 334, "€1,800.00", 11), (86, 372, "Photography", 11)]
    page += [(230, 372, "€650.00", 11), (330, 372, "2", 11), (-509, 372, "€1,300.00", 11)]
    page += [
        (86, 605, "DUE BY", 10),
        (273, 605, "ACCOUNT NUMBER", 10),
        (-510, 605, "TOTAL DUE", 10),
    ]
    page += [(86, 660, "April 8,", 20), (219, 660, "HR12 1001 0051 8630", 20)]
    page += [(-509, 676, "€3,100.00", 20), (86, 692, "2026", 20), (281, 692, "0016 0", 20)]
    return page + [(86, 808, "♥ Thank you!", 11), (-509, 808, contact, 9)]


def test_a_band_of_tall_cells_under_a_row_of_heads(tmp_path: Path) -> None:
    # the due date wrapped in its cell ('April 8,' over '2026'), the total centred between its
    # lines, 20 pt, two lines and more under the 10-pt heads; 'ACCOUNT NUMBER' before 'TOTAL
    # DUE' makes no identifier of the total's label. And the sender at the left, where a
    # window shows the recipient, its name spelled by the page's own e-mail address
    page = _page("hello@mirakovac.design | mirakovac.design")
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert (got["invoice_number"], got["issue_date"]) == ("2026-014", "2026-03-09"), reasons
    assert got["due_date"] == "2026-04-08", reasons
    assert got["gross_total"] == "3100.00", reasons
    assert got["seller"] == "Mira Kovač", reasons
    assert status == "accepted", reasons


def test_the_left_block_with_nothing_to_back_it_waits(tmp_path: Path) -> None:
    # the same page with no address of the sender's in its foot: which block is the sender's,
    # a person says (a company's name in the window's place beside it is no proof)
    got, status, reasons = read_page(draw(tmp_path / "b.pdf", _page("")))
    assert got["gross_total"] == "3100.00", reasons
    assert status == "review", reasons
