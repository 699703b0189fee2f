"""Kinds of layout of Wave's invoice (the accounting app North American small firms and
freelancers send from; its invoice as Wave prints it, replayed once as a probe through
Chromium, not kept): 'INVOICE' large at the top right, the firm's name in bold under it over
its street, town and country, flush right, often a sole trader's with no legal form; 'BILL TO'
over the customer at the left; 'Invoice Number:', 'Invoice Date:', 'Payment Due:', 'Amount Due
(CAD):' at the right; 'Subtotal:', 'HST 13%:', 'Total:', 'Amount Due (CAD):' at the foot."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices.envelope import address_end
from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


@pytest.mark.parametrize(
    "town", ["Toronto, Ontario M5H 2M5", "Halifax, NS B3J1A1", "Saskatoon SK  S7H 0V1"]
)
def test_canada_s_postcode_ends_an_address(town: str) -> None:
    assert address_end(town)


def test_a_canadian_postcode_s_letters_in_a_word_end_nothing() -> None:
    assert not address_end("Order M5H 2M5X")


def _page(seller: str, address: list[str], cur: str, tax: str) -> list[Text]:
    lines = [seller, *address, "", "Phone: 416-555-0142"]
    items: list[Text] = [(-568, 66, "INVOICE", 26)]
    items += [(-568, 86 + 11 * i, text, 10) for i, text in enumerate(lines) if text]
    return items + [
        (43, 182, "BILL TO", 9),
        (-470, 182, "Invoice Number:", 10),
        (-560, 182, "INV-0128", 10),
        (43, 194, "Summit Realty Group", 10),
        (43, 205, "Jordan Blake", 10),
        (-470, 202, "Invoice Date:", 10),
        (-560, 202, "July 4, 2026", 10),
        (43, 216, "900 Elm St", 10),
        (-470, 219, "Payment Due:", 10),
        (-560, 219, "August 3, 2026", 10),
        (43, 227, "Manchester, NH 03101", 10),
        (-470, 236, f"Amount Due ({cur}):", 10),
        (-560, 236, "$1,130.00", 10),
        (50, 290, "Items", 10),
        (330, 290, "Quantity", 10),
        (-470, 290, "Price", 10),
        (-560, 290, "Amount", 10),
        (50, 310, "Website maintenance", 10),
        (350, 310, "4", 10),
        (-470, 310, "$250.00", 10),
        (-560, 310, "$1,000.00", 10),
        (-470, 340, "Subtotal:", 10),
        (-560, 340, "$1,000.00", 10),
        (-470, 355, tax, 10),
        (-560, 355, "$130.00", 10),
        (-470, 370, "Total:", 10),
        (-560, 370, "$1,130.00", 10),
        (-470, 385, f"Amount Due ({cur}):", 10),
        (-560, 385, "$1,130.00", 10),
    ]


@pytest.mark.parametrize(
    ("seller", "address", "cur"),
    [
        ("Maple & Birch Design Studio", ["88 Queen St W, Suite 400", "Toronto, Ontario M5H 2M5", "Canada"], "CAD"),
        ("Bluebird Landscaping", ["1450 Peachtree Rd NE", "Atlanta, Georgia 30309", "United States"], "USD"),
    ],
)  # fmt: skip
def test_a_name_with_no_legal_form_over_its_own_address_at_the_right(
    tmp_path: Path, seller: str, address: list[str], cur: str
) -> None:
    # the firm's name, the largest text but the title, heads its own postal address flush
    # right, the customer's block under 'BILL TO': the name had nothing else to back it and the
    # page waited (8 of the probe's 48: a Canadian postcode ended no address, and a block set
    # flush right was no column under its name)
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _page(seller, address, cur, "HST 13%:"))
    )
    assert (got["seller"], got["currency"], got["gross_total"]) == (seller, cur, "1130.00"), reasons
    assert status == "accepted", reasons
