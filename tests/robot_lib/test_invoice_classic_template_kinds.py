"""Kinds of layout of the much-copied 'editable invoice' web template and a point-of-sale app's
invoice built on it (seen on the CSS-Tricks template and Open Source POS's invoice view, filled
and printed once as a probe and not kept), each drawn here in HTML of our own with other names
and values and printed by the shared Chromium: the title in a dark band, letter-spaced wider
than its type ('I N V O I C E'); the customer's name in large bold type over a 'c/o' or 'Attn:'
line, under the sender's plain block; the sender's name under its logo at the right and its
address, phone and e-mail at the left under the customer's block, with a bare '$'."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_html import print_pdf

_CSS = (
    "body{font:14px/1.4 Georgia,serif}#wrap{width:700px;margin:0 auto}"
    "table{border-collapse:collapse}td,th{border:1px solid #000;padding:5px}"
    "#band{margin:20px 0;background:#222;color:#fff;text-align:center;"
    "font:bold 15px Helvetica,sans-serif;letter-spacing:20px;padding:8px 0}"
    ".meta{float:right;width:300px}.meta td{text-align:right}"
    "#items{clear:both;width:100%;margin-top:30px}.blank{border:0}"
)


def _print(chromium: Any, path: Path, top: str, meta: list[tuple[str, str]], rows: str) -> Path:
    """The band, *top* (the parties' blocks), the meta table at the right, the items' rows."""
    cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in meta)
    html = (
        f"<!doctype html><html><head><meta charset=utf-8><style>{_CSS}</style></head><body>"
        f"<div id=wrap><div id=band>INVOICE</div>{top}<table class=meta>{cells}</table>"
        "<table id=items><tr><th>Item</th><th>Description</th><th>Unit Cost</th>"
        f"<th>Quantity</th><th>Price</th></tr>{rows}</table></div></body></html>"
    )
    print_pdf(chromium, [(path, html)])
    return path


def _totals(sums: list[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td colspan=2 class=blank></td><td colspan=2>{k}</td><td>{v}</td></tr>"
        for k, v in sums
    )


_ROW = "<tr><td>Boiler service</td><td>Annual check</td><td>$180.00</td><td>1</td><td>$180.00</td></tr>"


@pytest.mark.parametrize("care_of", ["c/o Steve Widget", "Attn: Accounts Payable"])
def test_the_block_over_a_care_of_line_is_the_addressee_s(
    chromium: Any, tmp_path: Path, care_of: str
) -> None:
    # 'Widget Corp.' in large bold type over 'c/o Steve Widget', under the sender's plain block
    # (its name, street, town and phone): the customer's name had been taken for the sender's
    # letterhead and the page accepted with it
    top = (
        "<div style='float:left;width:250px;height:120px'>Maple Street Plumbing LLC<br>"
        "412 Maple Street<br>Appleton, WI 54911<br>Phone: (920) 555-0178</div>"
        "<div style='clear:both'></div><div style='float:left;font-size:20px;font-weight:bold'>"
        f"Widget Corp.<br>{care_of}</div>"
    )
    meta = [("Invoice #", "000123"), ("Date", "March 9, 2026"), ("Amount Due", "$194.85")]
    rows = _ROW + _totals([("Subtotal", "$180.00"), ("Sales Tax (8.25%)", "$14.85")])
    rows += _totals([("Total", "$194.85"), ("Balance Due", "$194.85")])
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", top, meta, rows))
    assert got["seller"] == "Maple Street Plumbing LLC", reasons
    assert status == "accepted", reasons


def _pos_top(customer: str, town: str, phone: str) -> str:
    """The POS page's top: the *customer*'s block first with no heading, the shop's name under
    its logo at the right, its address, phone and e-mail at the left under the customer's."""
    return (
        f"<div style='overflow:hidden'><div style='float:left;width:300px'>{customer}<br>"
        "210 Elm St<br>Portland OR 97205</div><div style='float:right;"
        "text-align:right'><div style='width:120px;height:50px;background:#ccc'></div>"
        "<b>Northside Bike Repair</b></div></div><div style='float:left;width:300px;"
        f"margin-top:10px'>77 King St W<br>{town}<br>{phone}<br>info@northsidebikerepair.com</div>"
    )


@pytest.mark.parametrize(
    ("town", "phone", "tax", "currency"),
    [
        ("Hamilton, ON L8P 1A1", "(905) 555-0142", "13% HST", "CAD"),
        ("Coogee NSW 2034", "02 9555 0188", "10% GST", "AUD"),
    ],
)
def test_a_bare_dollar_of_the_country_the_sender_s_block_over_its_e_mail_names(
    chromium: Any, tmp_path: Path, town: str, phone: str, tax: str, currency: str
) -> None:
    # the customer's block first with no heading, the sender's name under its logo at the
    # right, its address, phone and e-mail at the left under the customer's: the '$' had been
    # read as the US dollar and accepted so (and the title, letter-spaced wider than its type,
    # had been taken for a name)
    top = _pos_top("Maria Lopez<br>Lakeside Community Centre", town, phone)
    meta = [("Invoice #", "508"), ("Date", "21/05/2026 12:46:51"), ("Invoice Total", "$226.00")]
    rows = _ROW.replace("180.00", "200.00") + _totals([("Sub Total", "$200.00")])
    rows += _totals([(tax, "$26.00" if currency == "CAD" else "$20.00")])
    rows += _totals([("Total", "$226.00" if currency == "CAD" else "$220.00")])
    if currency == "AUD":
        meta[2] = ("Invoice Total", "$220.00")
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", top, meta, rows))
    assert got["seller"] == "Northside Bike Repair", reasons
    assert got["currency"] == currency, reasons
    assert got["issue_date"] == "2026-05-21", reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize("customer", ["Steve Widget<br>Widget Corp.", "Harbour Freight Pty Ltd"])
def test_a_customer_s_company_first_and_the_shop_s_name_only_in_its_e_mail(
    chromium: Any, tmp_path: Path, customer: str
) -> None:
    # the same page with the customer's company, its name with a legal form, at the top (a
    # block of name and address only): the shop's name, alone under its logo, has no legal
    # form; its e-mail address under the customer's block spells it. The customer's company
    # had been taken for the letterhead and the page accepted with it
    top = _pos_top(customer, "Hamilton, ON L8P 1A1", "(905) 555-0142")
    meta = [("Invoice #", "508"), ("Date", "21/05/2026 12:46:51"), ("Invoice Total", "$226.00")]
    rows = _ROW.replace("180.00", "200.00") + _totals([("Sub Total", "$200.00")])
    rows += _totals([("13% HST", "$26.00"), ("Total", "$226.00")])
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", top, meta, rows))
    assert got["seller"] == "Northside Bike Repair", reasons
    assert got["currency"] == "CAD", reasons
    assert got["gross_total"] == "226.00", reasons
    assert status == "accepted", reasons
