"""Kinds of layout a web invoice generator prints (seen on Invoify's two PDF templates, filled
and printed once as a probe and not kept: its templates are not ours to copy), each drawn here
in HTML of our own with other names and values and printed by the shared Chromium: 'Invoice #'
in large type, its number under it, level with the seller's street at the page's right edge; a
discount and a tax printed as a rate alone ('Discount: - 10%', 'Tax: + 13%'), the total to be
worked down from the subtotal; an item's price in whole money with its currency's code after it
('95 NGN')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_html import print_pdf


def _page(
    chromium: Any, path: Path, rows: list[tuple[str, str, str, str]],
    sums: list[tuple[str, str]], street: str = "18 Harbour Road",
) -> Path:  # fmt: skip
    """'Invoice #' in 30-px type over the number at the left, the seller's name under them; the
    seller's street and town at the right edge, level with the heading; 'Bill to:' and the
    customer beside the dates; the items (description, quantity, rate, amount) in a grid of
    five; the sums' labels and values right-aligned under them."""
    items = "".join(
        f"<div style='grid-column:span 2'>{d}</div><div>{q}</div><div>{p}</div>"
        f"<div style='text-align:right'>{t}</div>"
        for d, q, p, t in rows
    )
    totals = "".join(
        f"<div style='display:flex;justify-content:flex-end;gap:12px'><b>{k}</b>"
        f"<span style='width:140px'>{v}</span></div>"
        for k, v in sums
    )
    html = (
        "<!doctype html><html><head><meta charset=utf-8></head>"
        "<body style='font-family:Arial,sans-serif;font-size:16px;margin:24px'>"
        "<div style='display:flex;justify-content:space-between'><div>"
        "<div style='font-size:30px;font-weight:600'>Invoice #</div><div>7315</div>"
        "<div style='font-size:20px;color:#2563eb'>Kestrel Analytics</div></div>"
        f"<div style='text-align:right;margin-top:16px'>{street}<br>Dublin, D02 X285</div></div>"
        "<div style='display:flex;justify-content:space-between;margin-top:24px'>"
        "<div><b>Bill to:</b><br><b>Greenleaf Foods Ltd</b><br>Unit 4, Park West</div>"
        "<div><b>Invoice date:</b> March 9, 2026<br><b>Due date:</b> March 24, 2026</div></div>"
        "<div style='display:grid;grid-template-columns:repeat(5,1fr);margin-top:12px'>"
        "<div style='grid-column:span 2'>ITEM</div><div>QTY</div><div>RATE</div>"
        f"<div style='text-align:right'>AMOUNT</div>{items}</div>"
        f"<div style='margin-top:8px'>{totals}</div>"
        "<p>If you have any questions concerning this invoice: accounts@kestrel-analytics.ie</p>"
        "</body></html>"
    )
    print_pdf(chromium, [(path, html)])
    return path


def test_the_number_under_its_heading_not_the_street_level_with_it(
    chromium: Any, tmp_path: Path
) -> None:
    # 'Invoice #' in large type, the seller's street at the right edge level with it: '18'
    # of '18 Harbour Road' had been read as the number and the page accepted with it
    rows = [("Data audit", "1", "1200 EUR", "1200.00 EUR")]
    sums = [("Subtotal:", "1,200.00 EUR"), ("Tax:", "+ 276 EUR"), ("Total:", "1,476.00 EUR")]
    got, status, reasons = read_page(_page(chromium, tmp_path / "a.pdf", rows, sums))
    assert got["invoice_number"] == "7315", reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("sums", "want"),
    [
        # a tax's rate alone over the total: the rate is its value, the amount under it the
        # total's (it had been read as the tax, 'larger than the net')
        ([("Subtotal:", "3,250.00 EUR"), ("Tax:", "+ 13%"), ("Total:", "3,672.50 EUR")],
         ("3250.00", None, "3672.50")),
        # a discount's amount, then the tax's rate
        ([("Subtotal:", "6,500.00 EUR"), ("Discount:", "- 50 EUR"), ("Tax:", "+ 7.5%"),
          ("Total:", "6,933.75 EUR")], ("6450.00", None, "6933.75")),
        # a discount's rate, then the tax's
        ([("Subtotal:", "1,500.00 EUR"), ("Discount:", "- 5%"), ("Tax:", "+ 13%"),
          ("Total:", "1,610.25 EUR")], ("1425.00", None, "1610.25")),
        # a discount's rate, then the tax's amount
        ([("Subtotal:", "7,390.00 EUR"), ("Discount:", "- 10%"), ("Tax:", "+ 1529.73 EUR"),
          ("Total:", "8,180.73 EUR")], ("6651.00", "1529.73", "8180.73")),
        # a discount's rate, then the tax's amount printed with its rate
        ([("Subtotal:", "7,500.00 EUR"), ("Discount:", "- 10%"), ("VAT (20%):", "1,350.00 EUR"),
          ("Total:", "8,100.00 EUR")], ("6750.00", "1350.00", "8100.00")),
        # the tax's rate, then shipping after it
        ([("Subtotal:", "3,250.00 EUR"), ("Tax:", "+ 13%"), ("Shipping:", "+ 15 EUR"),
          ("Total:", "3,687.50 EUR")], ("3250.00", None, "3687.50")),
    ],
)  # fmt: skip
def test_a_discount_and_a_tax_printed_as_rates_worked_down_from_the_subtotal(
    chromium: Any, tmp_path: Path, sums: list[tuple[str, str]], want: tuple[Any, ...]
) -> None:
    # each page had waited: no net and tax that make the gross
    sub = sums[0][1].split()[0].replace(",", "")
    rows = [("Dashboard build", "1", f"{sub} EUR", f"{sub} EUR")]
    got, status, reasons = read_page(_page(chromium, tmp_path / "a.pdf", rows, sums))
    assert totals_read(got) == want, reasons
    assert status == "accepted", reasons


def test_rates_that_do_not_make_the_total_leave_it_unchecked(chromium: Any, tmp_path: Path) -> None:
    # one cent more than the rates make: the page waits, its gross not cross-checked
    rows = [("Dashboard build", "1", "1500 EUR", "1500.00 EUR")]
    sums = [("Subtotal:", "1,500.00 EUR"), ("Discount:", "- 5%"), ("Tax:", "+ 13%")]
    sums.append(("Total:", "1,610.26 EUR"))
    got, status, reasons = read_page(_page(chromium, tmp_path / "a.pdf", rows, sums))
    assert status == "review", got
    assert any("cannot be cross-checked" in r for r in reasons), reasons


def test_an_item_s_whole_price_with_its_currency_s_code_after_it(
    chromium: Any, tmp_path: Path
) -> None:
    # '95 NGN' alone in its cell: the row had not been read, the other items summed short of
    # the subtotal and the page waited
    rows = [
        ("SEO audit", "1", "499.99 NGN", "499.99 NGN"),
        ("Consulting", "3", "95 NGN", "285.00 NGN"),
    ]
    sums = [("Subtotal:", "784.99 NGN"), ("Tax:", "+ 58.87 NGN"), ("Total:", "843.86 NGN")]
    got, status, reasons = read_page(_page(chromium, tmp_path / "a.pdf", rows, sums))
    assert totals_read(got) == ("784.99", "58.87", "843.86"), reasons
    assert status == "accepted", reasons
