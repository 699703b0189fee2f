"""Kinds of layout of the Gulf's invoices as Odoo prints them with its GCC template (l10n_gcc_invoice,
with Saudi Arabia's title; replayed once as a probe through Chromium, in English alone and with
its Arabic, and not kept), laid out here in HTML with other names and values and printed by
Chromium: the company's block at the top left under its tagline, the customer's block lower at
the right (an address with no postcode, ending with its country, and its VAT number), 'Tax
Invoice INV/2026/00012' with the Arabic title after it, each label's Arabic over its English,
the amounts with the currency's Arabic sign after them ('1,234.50 ر.س', three decimals for the
dinars), dates as Odoo's English writes them, month first ('03/19/2026'), and the totals
'Untaxed Amount', 'VAT 15%', 'Total'. The text layer gives the Arabic as Chromium draws it, right to left: each
word's letters reversed, in their presentation forms."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from robot_lib.invoices.parse import currencies_in
from tests.invoice_corpus import read_page
from tests.invoice_html import print_pdf

_CUSTOMER = ["Emirates Retail Group PJSC", "Sheikh Zayed Road", "Dubai", "United Arab Emirates"]
_PERSON = ["Khalid Al-Harbi", "Al Malqa District", "Riyadh 13521", "Saudi Arabia"]
_CSS = (
    "body{font-family:'Open Sans',sans-serif;font-size:13px;margin:0 16px}"
    ".row{display:flex}.half{width:50%}table{width:100%;border-collapse:collapse}"
    "th,td{padding:4px}.r{text-align:right}h2{font-size:26px;font-weight:500}"
)


def _page(
    seller: list[str],
    sign: str,
    amounts: tuple[str, str, str],
    rate: str = "VAT 15%",
    tagline: str = "",
    title: str = "Tax Invoice INV/2026/00012 فاتورة ضريبية",
    customer: list[str] = _CUSTOMER,
    doctype: str = "",
) -> str:
    """The GCC template's page, in English with its Arabic, as Odoo lays it out."""
    net, tax, gross = amounts
    block = "<br/>".join(escape(x) for x in seller)
    to = "<br/>".join(escape(x) for x in customer)
    rows = [("Untaxed Amount / بدون ضريبة", net)] + ([(rate, tax)] if tax else [])
    totals = "".join(
        f"<tr><td>{label}</td><td class=r>{v}&nbsp;{sign}</td></tr>" for label, v in rows
    )
    totals += (
        f"<tr><td><b>Total / الإجمالي</b></td><td class=r><b>{gross}&nbsp;{sign}</b></td></tr>"
    )
    taxes = rate.removeprefix("VAT ") if tax else ""
    return (
        f"{doctype}<html><head><meta charset=utf-8><style>{_CSS}</style></head><body>"
        f"<div class=r style='margin-top:20px'>{tagline}</div><hr/><div>{block}</div>"
        f"<div class=row style='margin-top:16px'><div class=half></div><div class=half>{to}"
        "<br/>VAT: 312178871406603</div></div>"
        f"<h2 style='margin-top:40px'>{title}</h2>"
        "<div class=row><div style='width:130px'><b>تاريخ فاتورة العميل</b><br/><b>Invoice Date:</b>"
        "<br/>03/19/2026</div><div style='width:130px'><b>تاريخ الاستحقاق</b><br/><b>Due Date:</b>"
        "<br/>04/18/2026</div></div>"
        "<table style='margin-top:16px'><tr><th style='text-align:left'>الوصف<br/>Description</th>"
        "<th class=r>الكمية<br/>Quantity</th><th class=r>سعر الوحدة<br/>Unit Price</th>"
        "<th style='text-align:left'>الضرائب<br/>Taxes</th><th class=r>المبلغ<br/>Amount</th></tr>"
        f"<tr><td>خدمات استشارية<br/>Consulting Services</td><td class=r>1.00 Units</td>"
        f"<td class=r>{net}</td><td>{taxes}</td><td class=r>{net}&nbsp;{sign}</td></tr></table>"
        f"<div style='width:38%;margin-left:62%'><table>{totals}</table></div>"
        "<p>Payment Communication: INV/2026/00012</p></body></html>"
    )


def _read(chromium: Any, path: Path, html: str) -> tuple[dict[str, str | None], str, list[str]]:
    print_pdf(chromium, [(path, html)])
    return read_page(path)


def test_the_arab_currencies_signs_as_written_and_as_drawn() -> None:
    # the riyal's, the dirham's and the dinars' signs after their amounts, in the order they
    # are written ('ر.س') or reversed, right to left as drawn and in their presentation
    # forms ('ﺱ.ﺭ'): no currency had been read, and the dinars' three decimals ('9,534.880')
    # had made ten-thousands
    for text, code in (
        ("1,150.00 ر.س", "SAR"),
        ("1,150.00 ﺱ.ﺭ", "SAR"),
        ("4,110.74 إ.د", "AED"),
        ("16,359.536 ك.د", "KWD"),
        ("953.488 .ب.د", "BHD"),
        ("6,151.475 .ع.ر", "OMR"),
    ):
        assert currencies_in(text) == [code], text
    assert currencies_in("ﺔﻴﺒﻳﺮﺿ ةرﻮﺗﺎﻓ") == []  # (an Arabic title: no sign)


def test_a_kuwaiti_invoice_in_dinars_to_three_decimals(chromium: Any, tmp_path: Path) -> None:
    # 'Co. K.S.C.C.' (a Kuwaiti closed joint-stock company) is one legal form with its 'Co.';
    # no VAT in Kuwait: the 'Taxes' column stays empty, and the totals' labels under it are no
    # item's tax cells (the page had waited on 'a tax column, but no tax total')
    seller = [
        "Al Kout Medical Supplies Co. K.S.C.C.",
        "Block 3, Sharq",
        "Kuwait City 15000",
        "Kuwait",
    ]
    amounts = ("9,534.880", "", "9,534.880")
    got, status, reasons = _read(chromium, tmp_path / "k.pdf", _page(seller, "ك.د", amounts))
    assert got["seller"] == seller[0], reasons
    assert (got["currency"], got["net_total"], got["gross_total"]) == (
        "KWD",
        "9534.880",
        "9534.880",
    )
    assert got["invoice_number"] == "INV/2026/00012", reasons  # ('Tax Invoice' before it)
    assert status == "accepted", reasons


def test_the_gulf_s_legal_forms(chromium: Any, tmp_path: Path) -> None:
    # Oman's 'SAOC', Bahrain's 'B.S.C.', a Saudi establishment's 'Est.' end a company's name
    # (under the company's tagline, which had been taken for the seller)
    for seller in (
        "Muscat Marine Services SAOC",
        "Bahrain Fintech Hub B.S.C.",
        "Eastern Province Logistics Est.",
    ):
        address = [seller, "Way 3017", "Muscat 131", "Oman"]
        amounts = ("1,000.00", "150.00", "1,150.00")
        page = _page(address, "ر.س", amounts, tagline="Quality you can trust", customer=_PERSON)
        got, status, reasons = _read(chromium, tmp_path / "f.pdf", page)
        assert (got["seller"], status) == (seller, "accepted"), reasons


def test_the_customer_s_block_without_a_postcode(chromium: Any, tmp_path: Path) -> None:
    # a sender with no legal form over the customer's company: the customer's block, at the
    # right with no heading, ends with its country and no postcode (the Gulf's addresses),
    # its VAT number under it, and is the envelope window's (the customer had been accepted
    # as the seller); the sender's own block, ending with its country, is its letterhead's
    # (the largest text, the title's Arabic 'مبسطة' as the text layer gives it, had been)
    seller = [
        "Desert Rose Interiors",
        "Office 1204, Al Moosa Tower",
        "Dubai",
        "United Arab Emirates",
    ]
    title = "Simplified Tax Invoice INV/2026/00012 فاتورة ضريبية مبسطة"
    page = _page(seller, "ر.س", ("1,000.00", "150.00", "1,150.00"), title=title)
    got, _status, reasons = _read(chromium, tmp_path / "c.pdf", page)
    assert got["seller"] == seller[0], reasons
    assert (got["currency"], got["tax_total"]) == ("SAR", "150.00"), reasons


def test_gulf_dates_whose_order_nothing_proves(chromium: Any, tmp_path: Path) -> None:
    # Odoo's English writes the month first ('03/07/2026'), the region the day first: with no
    # date on the page past the twelfth, the order is a guess and the page waits (read as
    # the region writes it, 13 of the probe's 56 pages had been accepted with a date swapped)
    seller = ["Najd Digital Solutions LLC", "Prince Sultan Street", "Jeddah 23442", "Saudi Arabia"]
    page = _page(seller, "ر.س", ("1,000.00", "150.00", "1,150.00"))
    got, status, reasons = _read(
        chromium, tmp_path / "p.pdf", page.replace("03/19", "03/07").replace("04/18", "04/06")
    )
    assert status == "review", reasons
    assert any("could be swapped" in r for r in reasons), reasons
    # ... so does a due date whose order is a guess when the issue date reads the same both
    # ways ('11/11/2026', '12/11/2026': the due date had been accepted, perhaps swapped)
    both = page.replace("03/19", "11/11").replace("04/18", "12/11")
    got, status, reasons = _read(chromium, tmp_path / "b.pdf", both)
    assert status == "review" and any(r.startswith("due_date") for r in reasons), reasons
    # ... a day past the twelfth proves it
    got, status, reasons = _read(chromium, tmp_path / "d.pdf", page)
    assert (got["issue_date"], got["due_date"], status) == ("2026-03-19", "2026-04-18", "accepted")


def test_a_tagline_over_a_letterhead_with_no_legal_form(chromium: Any, tmp_path: Path) -> None:
    # Odoo's report header at the top right ('Quality you can trust', or in Arabic), in the
    # body's type, over the company's block (its name, its address ending with its country):
    # the topmost line had been taken for the seller, the name under it heading its address
    seller = ["Doha Bright Events", "Al Sadd Street", "Doha", "Qatar"]
    for tagline in ("Quality you can trust", "شريككم الموثوق"):
        amounts = ("1,000.00", "50.00", "1,050.00")  # (Qatar's VAT to come: 5 %)
        # (in standards mode, as Odoo's reports are: the tables in the body's type)
        page = _page(
            seller,
            "ر.ق",
            amounts,
            rate="VAT 5%",
            tagline=tagline,
            customer=_PERSON,
            doctype="<!DOCTYPE html>",
        )
        got, status, reasons = _read(chromium, tmp_path / "t.pdf", page)
        assert (got["seller"], status) == (seller[0], "accepted"), reasons
