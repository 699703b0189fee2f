"""Kinds of layout a PDF library's example invoice prints (seen on QuestPDF's example invoice,
the document .NET developers copy from its getting-started guide, replayed once as a probe and
not kept), drawn here with other names and values: 'Invoice #5172' in 20 pt, 'Issue date:' and
'Due date:' in .NET's short date, 'From' and 'For' over the two parties, and the amounts as a
program prints a decimal it was given, the dollar glued after: '12.5$', '19$', '146.5$'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw

_ROWS = [("Router configuration", "12.5$", "3", "37.5$"), ("Patch cable", "4.75$", "4", "19$")]
_ROWS += [("Site visit", "45$", "2", "90$")]


def _page(rows: list[tuple[str, str, str, str]], total: str) -> list[Text]:
    """The example's page: the title and dates, the placeholder's place empty, 'From' and 'For'
    over the parties side by side, '# | Product | Unit price | Quantity | Total' and its rows,
    'Grand total: …' at the right."""
    page: list[Text] = [(50, 60, "Invoice #5172", 20), (50, 84, "Issue date: 3/9/2026", 12)]
    page += [(50, 100, "Due date: 3/23/2026", 12), (50, 150, "From", 12), (322, 150, "For", 12)]
    seller = ["Ridgeline Network Services", "410 Alder Street", "Eugene, OR"]
    buyer = ["Willow Creek Veterinary", "12 Meadow Lane", "Salem, OR"]
    for i, (a, b) in enumerate(zip(seller, buyer, strict=True)):
        page += [(50, 172 + 17 * i, a, 12), (322, 172 + 17 * i, b, 12)]
    page += [(55, 262, "#", 12), (80, 262, "Product", 12), (-380, 262, "Unit price", 12)]
    page += [(-462, 262, "Quantity", 12), (-540, 262, "Total", 12)]
    for k, (name, price, qty, line) in enumerate(rows):
        y = 286 + 24 * k
        page += [(55, y, str(k + 1), 12), (80, y, name, 12), (-380, y, price, 12)]
        page += [(-462, y, qty, 12), (-540, y, line, 12)]
    return page + [(-540, 296 + 24 * len(rows), f"Grand total: {total}$", 12)]


def test_line_totals_with_one_decimal_or_none_and_the_sign_after(tmp_path: Path) -> None:
    # '37.5$', '19$', '90$' under 'Total': each a row's amount (they had been read as no
    # amount, the lines adding up to none of the totals, and the page waited)
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", _page(_ROWS, "146.5")))
    assert (got["invoice_number"], got["gross_total"]) == ("5172", "146.50"), reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-03-09", "2026-03-23"), reasons
    assert got["seller"] == "Ridgeline Network Services", reasons
    assert status == "accepted", reasons


def test_lines_that_miss_the_total_still_wait(tmp_path: Path) -> None:
    # the same rows under a grand total they do not make: nothing backs it
    got, status, reasons = read_page(draw(tmp_path / "b.pdf", _page(_ROWS, "156.5")))
    assert got["gross_total"] == "156.50", reasons
    assert status == "review", reasons
