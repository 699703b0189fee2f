"""Pages that print a tax's column or a tax's line only to say there is none (seen on CiviCRM's
contribution invoice, filled and printed once as a probe and not kept): each item's tax cell
reads 'No VAT', and the totals print 'TOTAL NO VAT' with an empty amount, the label wrapped
in its narrow cell or on one line. No tax total is to be read there, nor the amount under the
label taken for one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_typeset import text_page


def _untaxed_page(path: Path, currency: str, rows: list[str], totals: list[str]) -> Path:
    """A US charity's invoice: its name and address over the title, the customer's block, the
    number and dates, an item table with a tax column, then the totals' grid, each line as
    printed (an empty cell where the page prints no amount)."""
    lines = ["^Maple Hollow Animal Rescue", "415 Orchard Lane, Burlington VT 05401"]
    lines += ["Phone (802) 555-0147 · maplehollowrescue.org", "", "^INVOICE", ""]
    lines += ["Bill To: | Invoice Number: | MHR-20417", "Ms. Priya Raman | Invoice Date: | "]
    lines[-1] += "June 14, 2026"
    lines += ["78 Birch Street | Due Date: | July 14, 2026", "Essex Junction VT 05452 | |", ""]
    lines += [f"Description | Quantity | Unit Price | VAT | Amount {currency}", *rows, ""]
    return text_page(path, [*lines, *totals, ""])


def test_a_tax_line_that_says_none_wrapped_in_its_cell(tmp_path: Path) -> None:
    # 'TOTAL NO' over 'VAT' in the totals' narrow label column, no amount beside it: the
    # amount under it, the bill's total, had been read as the tax (net 65 + tax 65 ≠ 65)
    rows = ["Adoption fee - Cat | 1 | $ 40.00 | No VAT | $ 40.00"]
    rows += ["Donation - Shelter fund | 1 | $ 25.00 | No VAT | $ 25.00"]
    totals = ["Sub Total | $ 65.00", "TOTAL NO | ", "VAT | ", "TOTAL USD | $ 65.00"]
    got, status, reasons = read_page(_untaxed_page(tmp_path / "a.pdf", "USD", rows, totals))
    assert totals_read(got) == ("65.00", None, "65.00"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("tax_word", "none_line"),
    [("No VAT", "TOTAL NO VAT | "), ("No tax", "Tax | none"), ("No VAT", "")],
)
def test_item_rows_that_say_they_bear_no_tax(tmp_path: Path, tax_word: str, none_line: str) -> None:
    # every row's tax cell says it bears none: the tax column asks for no tax total (the page
    # had waited: 'the item table has a tax column, but no tax total was read')
    rows = [f"Membership - Family | 2 | $ 47.50 | {tax_word} | $ 95.00"]
    rows += [f"Event ticket - Spring fair | 3 | $ 12.00 | {tax_word} | $ 36.00"]
    totals = ["Sub Total | $ 131.00", *([none_line] if none_line else []), "TOTAL USD | $ 131.00"]
    got, status, reasons = read_page(_untaxed_page(tmp_path / "a.pdf", "USD", rows, totals))
    assert totals_read(got) == ("131.00", None, "131.00"), reasons
    assert status == "accepted", reasons


def test_one_row_taxed_another_not(tmp_path: Path) -> None:
    # one row bears 20 %, the other none: the tax column still asks for the tax total, which
    # the rate's line prints; 'TOTAL NO VAT' beside an empty cell is no second tax
    rows = ["Membership - Joint | 1 | £ 80.00 | 20% | £ 80.00"]
    rows += ["Donation - General | 1 | £ 30.00 | No VAT | £ 30.00"]
    totals = ["Sub Total | £ 110.00", "TOTAL VAT 20% | £ 16.00", "TOTAL NO VAT | "]
    totals += ["TOTAL GBP | £ 126.00"]
    got, status, reasons = read_page(_untaxed_page(tmp_path / "a.pdf", "GBP", rows, totals))
    assert totals_read(got) == ("110.00", "16.00", "126.00"), reasons
    assert status == "accepted", reasons


def test_a_row_that_says_no_tax_among_taxed_rows_still_asks_for_the_tax(tmp_path: Path) -> None:
    # the tax column with one row at 20 % and the page printing no tax total: still waits
    rows = ["Membership - Joint | 1 | £ 80.00 | 20% | £ 80.00"]
    rows += ["Donation - General | 1 | £ 30.00 | No VAT | £ 30.00"]
    totals = ["Sub Total | £ 110.00", "TOTAL GBP | £ 126.00"]
    got, status, reasons = read_page(_untaxed_page(tmp_path / "a.pdf", "GBP", rows, totals))
    assert status == "review", reasons
