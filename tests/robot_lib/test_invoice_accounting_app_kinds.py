"""Kinds of layout a small firm's desktop accounting app prints (seen on Frappe Books' three
print templates, filled and printed by Chromium once as a probe and not kept: the templates
are not ours to copy), each drawn here on its own with other names and values: the invoice's
number set as the page's title with no word naming it, a header of two columns (the sender's
name over the date, the title over the number, flush right), the totals as a row of heads over
their amounts."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_ITEMS: list[Text] = [
    (40, 300, "Item", 11),
    (-330, 300, "Quantity", 11),
    (-450, 300, "Rate", 11),
    (-560, 300, "Amount", 11),
    (40, 325, "Walnut desk organiser", 11),
    (-330, 325, "2", 11),
    (-450, 325, "£ 45.00", 11),
    (-560, 325, "£ 90.00", 11),
    (40, 345, "Brass desk lamp", 11),
    (-330, 345, "1", 11),
    (-450, 345, "£ 120.00", 11),
    (-560, 345, "£ 120.00", 11),
]
_TOTALS = [("Subtotal", "£ 210.00"), ("VAT", "£ 42.00"), ("Grand Total", "£ 252.00")]


def _stacked_totals(top: float) -> list[Text]:
    return [
        t
        for i, (label, amount) in enumerate(_TOTALS)
        for t in ((330, top + 22 * i, label, 11), (-560, top + 22 * i, amount, 11))
    ]


def test_the_number_set_as_the_page_s_title_with_its_date_under_it(tmp_path: Path) -> None:
    # no word names the document or its number: 'SNV-2207' in the page's largest type at the
    # top left, its date alone under it, the customer at the right (its address's lines
    # interleaving with the date's); the sender's name, e-mail and address in the header
    page: list[Text] = [
        (40, 40, "Ashdown Joinery", 15),
        (230, 40, "orders@ashdownjoinery.example", 10),
        (420, 40, "7 Mill Lane, Lewes,", 10),
        (230, 53, "01273 555 018", 10),
        (420, 53, "East Sussex, BN7 2AA", 10),
        (40, 110, "SNV-2207", 18),
        (40, 136, "03/11/2026", 12),
        (-560, 110, "Marlow & Finch", 13),
        (-560, 130, "22 Quay Street, Bristol,", 9),
        (-560, 142, "BS1 4QA", 9),
        *_ITEMS,
        *_stacked_totals(380),
    ]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert (got["invoice_number"], got["issue_date"]) == ("SNV-2207", "2026-11-03"), reasons
    assert totals_read(got) == ("210.00", "42.00", "252.00"), reasons
    assert status == "accepted", reasons
    # a number in small type, or no date under it: no number is read
    for i, (size, day) in enumerate([(11, "03/11/2026"), (18, "Marlow & Finch")]):
        changed = [(40, 110, "SNV-2207", size) if t[2] == "SNV-2207" else t for t in page]
        changed = [(40, 136, day, 12) if t[2] == "03/11/2026" else t for t in changed]
        got, _status, reasons = read_page(draw(tmp_path / f"b{i}.pdf", changed))
        assert got["invoice_number"] is None, (size, day, got)


def test_the_sender_s_name_over_the_date_the_title_over_the_number(tmp_path: Path) -> None:
    # a header of two columns: 'Ashdown Joinery' over '03/11/2026' at the left, 'Sales
    # Invoice' over 'SNV-2207' flush right; 'To' and 'From' head the two parties' blocks
    page: list[Text] = [
        (48, 50, "Ashdown Joinery", 15),
        (48, 68, "03/11/2026", 11),
        (-547, 50, "Sales Invoice", 15),
        (-547, 68, "SNV-2207", 11),
        (48, 120, "TO", 9),
        (48, 140, "Marlow & Finch", 12),
        (48, 156, "22 Quay Street, Bristol, BS1 4QA", 11),
        (300, 120, "FROM", 9),
        (300, 140, "Ashdown Joinery", 12),
        (300, 156, "7 Mill Lane, Lewes, BN7 2AA", 11),
        *_ITEMS,
        *_stacked_totals(380),
    ]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert (got["invoice_number"], got["issue_date"]) == ("SNV-2207", "2026-11-03"), reasons
    assert got["seller"] == "Ashdown Joinery", reasons
    assert status == "accepted", reasons


def test_a_row_of_totals_heads_with_the_sign_of_the_grand_total_on_its_own_line(
    tmp_path: Path,
) -> None:
    # the totals as a row of heads over their amounts, the grand total's in larger type (its
    # '₹' a line of its own to the text layer): that row of heads is no name, and the seller
    # is the letterhead's, its GSTIN under it ('Subtotal' had been taken for the seller)
    page: list[Text] = [
        (48, 40, "Konkan Spices", 15),
        (48, 56, "Plot 9, MIDC, Ratnagiri, Maharashtra, India, 415639", 10),
        (48, 68, "GSTIN: 27AAKCK4321M1Z8", 10),
        (48, 110, "Invoice", 16),
        (200, 110, "SNV-2207", 13),
        (200, 126, "Nov 3, 2026", 13),
        (48, 156, "Customer", 16),
        (200, 156, "Malabar Foods", 13),
        (200, 172, "12 Marine Drive, Kochi, Kerala, India, 682031", 13),
        (200, 188, "GSTIN: 32AABCM9876K1Z3", 13),
        (40, 250, "Item", 12),
        (-330, 250, "Quantity", 12),
        (-450, 250, "Rate", 12),
        (-560, 250, "Amount", 12),
        (40, 275, "Cardamom, 1 kg", 12),
        (-330, 275, "4", 12),
        (-450, 275, "₹ 2,100.00", 12),
        (-560, 275, "₹ 8,400.00", 12),
        (-270, 380, "Subtotal", 16),
        (-350, 380, "CGST", 16),
        (-435, 380, "SGST", 16),
        (-560, 380, "Grand Total", 16),
        (-493, 400, "₹", 18),
        (-270, 404, "₹ 8,400.00", 14),
        (-350, 404, "₹ 210.00", 14),
        (-435, 404, "₹ 210.00", 14),
        (-560, 404, "8,820.00", 18),
    ]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert got["seller"] == "Konkan Spices", reasons
    assert totals_read(got) == ("8400.00", "420.00", "8820.00"), reasons
    assert status == "accepted", reasons
