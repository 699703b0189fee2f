"""Kinds of layout of item tables whose narrow cells wrap: an item's name over two lines, its
second a word totals are labelled with ('Delivery' over 'Charges', 'Service' over 'Fee'), and
each amount under its currency's sign. Seen on ERPNext's Saudi 'KSA VAT Invoice' (replayed
once as a probe through Chromium, not kept: 10 of its 40 held-out pages waited on their items,
cut at 'Delivery Charges'); laid out here as an HTML table with other names and values, its
cells set at the top, in the middle (a browser's default) or at the bottom of their rows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import AS_OF, totals_read
from tests.invoice_html import print_pdf

_ITEMS = [("Laptop Stand", 2, "102.65"), ("", 12, "1953.27"), ("Cleaning Service", 2, "1677.09")]


def _page(valign: str, sign_over: bool, name: str) -> tuple[str, list[str]]:
    """The invoice with *name* as its second item's, its table's cells set at *valign*, each
    amount under 'EUR' with *sign_over*; and the items' amounts."""
    rows, amounts = "", []
    for desc, qty, price in _ITEMS:
        amount = Decimal(price) * qty
        amounts.append(f"{amount:.2f}")
        cells = [f"{Decimal(price):,.2f}", f"{amount:,.2f}"]
        cells = [f"EUR<br/>{c}" if sign_over else c for c in cells]
        rows += f"<tr><td class=d>{desc or name}</td><td>{qty}</td><td>{cells[0]}</td>"
        rows += f"<td>{cells[1]}</td></tr>"
    net = sum((Decimal(a) for a in amounts), Decimal(0))
    tax = (net * Decimal("0.19")).quantize(Decimal("0.01"))
    html = (
        "<!DOCTYPE html><html><head><meta charset=utf-8><style>body{font-family:'DejaVu Sans';"
        f"font-size:13px;margin:30px}}td,th{{padding:4px;vertical-align:{valign};"
        "text-align:right}.d{width:60px;text-align:left}</style></head><body>"
        "<h2>Northwind Services GmbH</h2><p>Hafenstraße 3, 20457 Hamburg<br/>"
        "USt-IdNr. DE 281 442 901</p><p style='margin-top:30px'>Contoso Retail Ltd<br/>"
        "12 Market Street<br/>Leeds LS1 6DT</p><h3>Invoice</h3><p>Invoice No: 2026-0931<br/>"
        "Invoice date: 14 October 2026</p><table><tr><th class=d>Description</th><th>Qty</th>"
        f"<th>Unit price</th><th>Amount</th></tr>{rows}</table>"
        "<table style='margin-left:auto'>"
        f"<tr><td>Subtotal</td><td>{net:,.2f}</td></tr><tr><td>VAT 19%</td><td>{tax:,.2f}</td>"
        f"</tr><tr><td>Total EUR</td><td>{net + tax:,.2f}</td></tr></table></body></html>"
    )
    return html, amounts


@pytest.mark.parametrize(
    ("valign", "sign_over", "name"),
    [
        # the name's second line beside the row's amounts (cells at the bottom), or under
        # them (at the top): the table had ended at 'Charges', its next row lost
        ("bottom", False, "Delivery Charges"),
        ("top", False, "Delivery Charges"),
        # ... each amount under its sign too; in the middle of the row, the figures fall on
        # the name's second line
        ("bottom", True, "Delivery Charges"),
        ("middle", True, "Delivery Charges"),
        ("top", True, "Delivery Charges"),
        # a name of one line over the row's figures, its signs beside it ('Service Fee  12
        # EUR  EUR' over '1,953.27  23,439.24'): the row had been read without its amounts
        ("top", True, "Service Fee"),
    ],
)
def test_an_item_named_with_a_total_s_word_in_wrapped_cells(
    chromium: Any, tmp_path: Path, valign: str, sign_over: bool, name: str
) -> None:
    html, amounts = _page(valign, sign_over, name)
    pdf = tmp_path / "i.pdf"
    print_pdf(chromium, [(pdf, html)])
    ex = extract_invoice(pdf, use_xml=False, today=AS_OF)
    got = {f: ex.value(f) for f in ("net_total", "tax_total", "gross_total")}
    assert totals_read(got) == ("26998.72", "5129.76", "32128.48"), ex.reasons
    assert [li.line_total for li in ex.lines] == amounts, ex.reasons
    assert ex.status == "accepted", ex.reasons
