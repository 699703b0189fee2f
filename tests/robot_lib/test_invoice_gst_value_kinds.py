"""Kinds of layout of India's e-invoice as ERPNext's India Compliance app prints it (its
'e-Invoice' print format, replayed once as a probe through Chromium, not kept: 41 of 48 fields
right, 1 of 8 pages accepted): each party's block opens with its GSTIN alone on a line, read as
the seller's name; and the totals as a table of columns, 'Taxable Value | CGST | SGST | Round
Off | Total Value' over one row, where the tax is the sum of its taxes' columns and the total
is rounded to the rupee in a column of its own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw
from tests.invoice_pages.india import inr


def _page(
    gstin: str, rows: list[tuple[str, int, str, int]], split: bool, off: Decimal = Decimal(0)
) -> tuple[list[Text], tuple[str, str, str]]:
    """The e-invoice of *rows* (item, quantity, unit price, GST rate) from a seller whose
    block opens with *gstin*; its tax *split* into central and state GST or integrated; its
    total rounded to the rupee in a 'Round Off' column (printed *off* more than it is); and its
    net, tax and gross as printed."""
    items: list[Text] = [
        (-553, 60, "e-Invoice", 17),
        (-553, 82, "GST-07859", 11),
        (43, 110, "1. Transaction Details", 9),
        (43, 130, "IRN", 9),
        (150, 130, "83cbf93eebd53049bffc5cebbac6b1c049f013a7bfb95ef7696a2d05b98fa7e1", 9),
        (43, 146, "Ack. No", 9),
        (150, 146, "112643322382039", 9),
        (43, 162, "Ack. Date", 9),
        (150, 162, "19/06/2026 08:36:56", 9),
        (43, 178, "Document Type", 9),
        (150, 178, "INV", 9),
        (43, 194, "Document No", 9),
        (150, 194, "GST-07859", 9),
        (43, 220, "2. Party Details", 9),
        (43, 240, "Seller Details", 8),
        (340, 240, "Buyer Details", 8),
        (43, 258, gstin, 9),
        (340, 258, "27AAACR5055K1Z7", 9),
        (43, 274, "Rann Ceramics & Co.", 9),
        (340, 274, "Reliance Retail Limited", 9),
        (43, 290, "Survey No. 112, Lakhdhirpur Road", 9),
        (340, 290, "Dhobi Talao", 9),
        (43, 306, "Gujarat - 363642", 9),
        (340, 306, "Maharashtra - 400002", 9),
        (43, 340, "3. Item Details", 9),
        (49, 365, "Sr.", 9),
        (77, 365, "Product Description", 9),
        (196, 365, "HSN", 9),
        (-260, 365, "Qty", 9),
        (272, 365, "UOM", 9),
        (-358, 365, "Rate", 9),
        (-435, 365, "Taxable", 9),
        (-475, 365, "Tax", 9),
        (-547, 365, "Total", 9),
        (194, 379, "Code", 9),
        (-435, 379, "Amount", 9),
        (-475, 379, "Rate", 9),
    ]
    net = tax = Decimal(0)
    y = 403
    for k, (name, qty, price, rate) in enumerate(rows):
        amount = qty * Decimal(price)
        vat = (amount * rate / 100).quantize(Decimal("0.01"))
        net, tax = net + amount, tax + vat
        items += [
            (-62, y, str(k + 1), 9),
            (74, y, name, 9),
            (184, y, "69072100", 9),
            (-260, y, f"{qty}.0", 9),
            (272, y, "BOX", 9),
            (-358, y, inr(Decimal(price)), 9),
            (-435, y, inr(amount), 9),
            (-475, y, f"{rate}%", 9),
            (-547, y, inr(amount + vat), 9),
        ]
        y += 24
    gross = (net + tax).quantize(Decimal(1))
    shown = gross - net - tax + off
    half = (tax / 2).quantize(Decimal("0.01"))
    cols = [("Taxable Value", net)]
    cols += [("CGST", half), ("SGST", tax - half)] if split else [("IGST", tax)]
    cols += [("Round Off", shown), ("Total Value", gross)]
    items.append((43, y + 30, "4. Value Details", 9))
    step = 504 / len(cols)
    for k, (head, value) in enumerate(cols):
        right = 43 + step * (k + 1)
        items += [(-right, y + 60, head, 9), (-right, y + 84, inr(value), 9)]
    return items, (f"{net:.2f}", f"{tax:.2f}", f"{gross:.2f}")


ROWS = [("Vitrified floor tiles", 47, "1375.42", 18), ("Cotton bedsheet, double", 3, "377.25", 5)]


@pytest.mark.parametrize("gstin", ["24AAJFR3344D1ZB", "33AACCK7788Q1ZV"])
def test_a_gstin_alone_first_in_the_seller_s_block_is_no_name(tmp_path: Path, gstin: str) -> None:
    # the seller's GSTIN over its name, under 'Seller Details', had been read as the name when
    # fewer than half of its letters are figures (one page of the probe's 40 held out was
    # accepted so)
    items, totals = _page(gstin, ROWS, split=False)
    draw(tmp_path / "g.pdf", items)
    got, status, reasons = read_page(tmp_path / "g.pdf")
    assert got["seller"] == "Rann Ceramics & Co.", reasons
    assert totals_read(got) == totals, reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    "rows", [ROWS, ROWS[:1], [*ROWS, ("Installation and commissioning", 1, "48250.00", 18)]]
)
def test_the_tax_of_a_table_is_the_sum_of_its_taxes_columns(
    tmp_path: Path, rows: list[tuple[str, int, str, int]]
) -> None:
    # 'Taxable Value | CGST | SGST | Round Off | Total Value': the central GST alone had been
    # read as the tax, and the rounding in its column left out of the sum
    items, totals = _page("24AAJFR3344D1ZB", rows, split=True)
    draw(tmp_path / "s.pdf", items)
    got, status, reasons = read_page(tmp_path / "s.pdf")
    assert totals_read(got) == totals, reasons
    assert status == "accepted", reasons


def test_a_rounding_that_does_not_make_the_total_waits(tmp_path: Path) -> None:
    # the 'Round Off' printed a rupee more than the net and the taxes leave to the total
    items, totals = _page("24AAJFR3344D1ZB", ROWS, split=True, off=Decimal(1))
    draw(tmp_path / "r.pdf", items)
    got, status, reasons = read_page(tmp_path / "r.pdf")
    assert status == "review", reasons
