"""Kinds of layout of Xero's standard invoice (after its published samples, replayed once as a
probe through Chromium with Harvest's invoice, not kept): 'TAX INVOICE' over three columns, the
customer's address at the left, 'Invoice Date', 'Invoice Number', 'Reference' and the ABN over
their values in the middle, the organisation's name and address at the right ('Demo Company
(AU)', '23 Main Street', 'Central City', 'MARINEVILLE NSW 2500', 'AUSTRALIA', Xero's own demo
organisation); 'Subtotal', 'TOTAL GST 10%', 'TOTAL AUD', and a payment advice at the foot that
prints the organisation's address again."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw

_ORG = ["Demo Company (AU)", "23 Main Street", "Central City", "MARINEVILLE NSW 2500", "AUSTRALIA"]


def _page() -> list[Text]:
    items: list[Text] = [(40, 60, "TAX INVOICE", 20)]
    customer = ["Harbour Cafe Ltd", "2 Quay St", "Auckland 1010"]
    middle = ["Invoice Date", "15 May 2026", "", "Invoice Number", "INV-0159", "", "ABN"]
    middle += ["12 345 678 901"]
    for col, x in ((customer, 40), (middle, 230), (_ORG, 400)):
        items += [(x, 96 + 10.5 * i, t, 9) for i, t in enumerate(col) if t]
    items += [(40, 230, "Description", 9), (300, 230, "Quantity", 9), (-470, 230, "GST", 9)]
    items += [(-552, 230, "Amount AUD", 9), (40, 246, "Support retainer", 9)]
    items += [(300, 246, "10.00", 9), (-470, 246, "10%", 9), (-552, 246, "2,400.00", 9)]
    items += [(400, 270, "Subtotal", 9), (-552, 270, "2,400.00", 9)]
    items += [(400, 284, "TOTAL GST 10%", 9), (-552, 284, "240.00", 9)]
    items += [(400, 298, "TOTAL AUD", 9), (-552, 298, "2,640.00", 9)]
    items += [(40, 330, "Due Date: 4 Jun 2026", 9), (40, 640, "PAYMENT ADVICE", 14)]
    items += [(40, 665 + 10.5 * i, ("To: " if i == 0 else "") + t, 9) for i, t in enumerate(_ORG)]
    for i, (label, value) in enumerate(
        [("Customer", "Harbour Cafe Ltd"), ("Invoice Number", "INV-0159"),
         ("Amount Due", "2,640.00"), ("Due Date", "4 Jun 2026")]
    ):  # fmt: skip
        items += [(330, 665 + 14 * i, label, 9), (430, 665 + 14 * i, value, 9)]
    return items


def test_a_line_under_a_street_or_a_town_is_no_name(tmp_path: Path) -> None:
    # the organisation's name in a row with 'Invoice Date' (read as a grid of heads), its
    # address printed again in the payment advice: 'Central City', the suburb under the street,
    # was taken for the largest name at the top, printed again further down, and 3 of the
    # probe's held-out pages were accepted with it as the seller; so was 'AUSTRALIA' once the
    # suburb was passed over
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page()))
    assert got["seller"] == "Demo Company (AU)", (status, reasons)


def _harvest(block: list[str]) -> list[Text]:
    """Harvest's invoice: 'INVOICE' in display type at the left, the agency's name and address
    set flush right beside it, its middle line on the title's line; 'Invoice ID', 'Issue
    Date', 'Due Date' and 'Subject' with their values under the title, 'Bill To' under them."""
    items: list[Text] = [(40, 60, "INVOICE", 22)]
    items += [(-555, 48 + 10.5 * i, t, 9) for i, t in enumerate(block)]
    header = [("Invoice ID", "1713"), ("Issue Date", "10/20/2026")]
    header += [("Due Date", "11/19/2026 (Net 30)"), ("Subject", "Website retainer")]
    for i, (label, value) in enumerate(header):
        items += [(40, 80 + 12 * i, label, 9), (95, 80 + 12 * i, value, 9)]
    items += [(40, 140 + 10.5 * i, t, 9) for i, t in enumerate(["Bill To", "Harbour Cafe Ltd"])]
    items += [(40, 200, "Item Type", 9), (120, 200, "Description", 9), (-470, 200, "Quantity", 9)]
    items += [(-552, 200, "Amount", 9), (40, 216, "Service", 9), (120, 216, "Development", 9)]
    items += [(-470, 216, "4.50", 9), (-552, 216, "$540.00", 9)]
    for i, (label, value) in enumerate(
        [("Subtotal", "$540.00"), ("Tax (8.25%)", "$44.55"), ("Amount Due", "$584.55")]
    ):  # fmt: skip
        items += [(400, 240 + 14 * i, label, 9), (-552, 240 + 14 * i, value, 9)]
    return items


def test_a_street_beside_the_title_is_no_number_of_it(tmp_path: Path) -> None:
    # the agency's block set flush right beside the title, its street ('410 Congress Ave') on
    # the title's line: its house number was read as the title's number beside 'Invoice ID
    # 1713', and all 20 of the probe's held-out Harvest pages waited on two numbers
    for block in (
        ["Northpoint Digital LLC", "410 Congress Ave", "Austin, TX 78701"],
        ["Field & Frame Studio Ltd", "12 Dean Street", "London W1D 3RS"],
    ):
        got, status, reasons = read_page(draw(tmp_path / "f.pdf", _harvest(block)))
        assert got["invoice_number"] == "1713", (status, reasons)
        assert not [r for r in reasons if "two invoice numbers" in r], reasons
        assert got["gross_total"] == "584.55"
