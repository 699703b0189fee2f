"""Kinds of layout a subscription site's billing library prints (seen on Laravel Cashier's
invoice and receipt views for Stripe, filled and printed once as a probe and not kept: its
templates are not ours to copy), each drawn here in HTML of our own with other names and values
and printed by the shared Chromium: a coupon named by the amount it takes off between the
subtotal and the tax; the customer's block in a narrow column beside the item table, its VAT
number ending in the tax's word ('NO 987 654 321 MVA') over the total; a dated item table
whose heads end 'Tax | Amount'; the customer's balance applied before the total due (Cashier
for Mollie's receipt). And as a payments gem prints an invoice for a web app: the seller's
block beside the customer's with no heading, its e-mail given again at the foot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_html import print_pdf

_CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;font-size:12px}"
    "table.items th{text-align:left;border-bottom:1px solid #ddd;padding:8px}"
    "table.items td{text-align:left;padding:8px;vertical-align:top}"
)
_SELLER = ["Harrowgate Cloud Ltd", "21 Temple Row", "Birmingham B2 5LG", "billing@harrowgate.io"]


def _receipt(
    chromium: Any, path: Path, customer: list[str], heads: list[str], rows: list[list[str]],
    totals: list[tuple[str, str]],
) -> Path:  # fmt: skip
    """A receipt as such a library lays it out: the seller's name at the top right; under it,
    the title, the seller's lines and the customer's block in small type in a narrow left
    column; the date and number beside it, over the item table (*heads*, *rows*) and its
    *totals*, their labels across the table's first columns, right-aligned."""
    left = "<br>".join(_SELLER[1:])
    cells = "".join(f"<th>{h}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    span = len(heads) - 1
    body += "".join(
        f"<tr><td colspan={span} style='text-align:right'>{k}</td><td>{v}</td></tr>"
        for k, v in totals
    )
    html = (
        f"<!doctype html><html><head><meta charset=utf-8><style>{_CSS}</style></head><body>"
        "<table width=550 style='margin:30px auto'><tr><td width=160></td>"
        f"<td align=right><b>{_SELLER[0]}</b></td></tr><tr valign=top>"
        "<td style='font-size:9px'><span style='font-size:28px;color:#ccc'>Receipt</span><br><br>"
        f"<b>{_SELLER[0]}</b><br>{left}<br><br><br>Billed to:<br><br>"
        f"<b>{customer[0]}</b><br>{'<br>'.join(customer[1:])}</td>"
        "<td><p><b>Date:</b> Mar 9, 2026<br><b>Invoice Number:</b> 6F2C91AB-0007</p><br><br>"
        f"<table width=100% class=items><tr>{cells}</tr>{body}</table></td></tr></table>"
        "</body></html>"
    )
    print_pdf(chromium, [(path, html)])
    return path


@pytest.mark.parametrize(
    ("coupon", "off"),
    [
        ("SPRING10 ($10.00 Off)", "-$10.00"),
        ("Partner (€ 25,00 Off)", "-€ 25,00"),
        ("Loyalty (25,00 € Off)", "-25,00 €"),
    ],
)
def test_a_coupon_named_by_the_amount_it_takes_off(
    chromium: Any, tmp_path: Path, coupon: str, off: str
) -> None:
    # the coupon's name and '($10.00 Off)' between the subtotal and the tax, its amount
    # negative: the net is the subtotal less it (a percentage's '(20% Off)' was known; the
    # amount's read as no discount, and the page waited on a net 10.00 over the tax's base)
    euro = "€" in off
    money = (lambda v: f"€ {v}" if "€ " in off else f"{v} €") if euro else (lambda v: f"${v}")
    amount = (lambda v: money(v.replace(".", ","))) if euro else money
    rows = [["Team plan", "Mar 9, 2026 - Apr 8, 2026", "20%", amount("240.00")]]
    rows.append(["Priority support", "Mar 9, 2026 - Apr 8, 2026", "20%", amount("99.00")])
    sub, less = "339.00", ("329.00" if "$" in off else "314.00")
    tax = "65.80" if "$" in off else "62.80"
    gross = f"{sum(float(x) for x in (less, tax)):.2f}"
    totals = [("Subtotal", amount(sub)), (coupon, off), ("VAT (20%)", amount(tax))]
    totals.append(("<b>Total</b>", f"<b>{amount(gross)}</b>"))
    pdf = _receipt(
        chromium, tmp_path / "a.pdf", ["Okapi Creative Ltd", "7 Tib Street", "Manchester M4 1LX"],
        ["Description", "Date", "Tax", "Amount"], rows, totals,
    )  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == (less, tax, gross), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize("vat_id", ["NO 987 654 321 MVA", "CHE-116.281.710 MWST"])
def test_a_vat_number_ending_in_the_tax_s_word_is_no_tax_label(
    chromium: Any, tmp_path: Path, vat_id: str
) -> None:
    # the customer's VAT number last in its narrow column beside the items, the last item's
    # row under it: 'MVA' (Norway's VAT, after the number) had been read as the tax's label,
    # that item's amount as the tax. No tax is printed. (The page waits: the customer's lines
    # between the items leave its total nothing to be checked against.)
    customer = ["Fjordline Logistics AS", "Strandgata 14", "5013 Bergen", "Norway", vat_id]
    rows = [["Pro plan", "", "$49.00"], ["Additional storage 100 GB", "", "$8.00"]]
    rows.append(["Priority support", "", "$99.00"])
    pdf = _receipt(
        chromium, tmp_path / "a.pdf", customer, ["Description", "Date", "Amount"], rows,
        [("<b>Total</b>", "<b>$156.00</b>")],
    )  # fmt: skip
    got, _status, reasons = read_page(pdf)
    assert got["tax_total"] is None, reasons
    assert got["gross_total"] == "156.00", reasons


def test_an_amount_under_a_dated_item_table_s_tax_head_is_an_item_s(
    chromium: Any, tmp_path: Path
) -> None:
    # 'Description | Date | Tax | Amount' heads the items: 'Tax Amount' read as the tax
    # total's label had read the first item's amount under it as a tax (a candidate the
    # arithmetic had to out-vote)
    from robot_lib.invoices import layout
    from robot_lib.pdf import open_pdf

    rows = [["Business plan", "", "21%", "€ 199,00"], ["Priority support", "", "21%", "€ 99,00"]]
    totals = [("Subtotal", "€ 298,00"), ("BTW - NL (21%)", "€ 62,58"), ("Total", "€ 360,58")]
    pdf = _receipt(
        chromium, tmp_path / "a.pdf", ["Meridian Health Partners", "1200 Lakeshore Dr"],
        ["Description", "Date", "Tax", "Amount"], rows, totals,
    )  # fmt: skip
    doc = open_pdf(pdf)
    try:
        taxes = [
            c.amount for c in layout.total_candidates(layout.LayoutExtractor(doc))["tax_total"]
        ]
    finally:
        doc.close()
    assert all(str(t) == "62.58" for t in taxes), taxes
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("298.00", "62.58", "360.58"), reasons
    assert status == "accepted", reasons


def _blocks_page(
    chromium: Any, path: Path, seller: list[str], customer: list[str], money: str,
    totals: list[tuple[str, str]], foot: str = "",
) -> Path:  # fmt: skip
    """An invoice as a payments gem lays it out for a web app: the title, a table of the
    number, date and payment method, the seller's block (its name bold) beside the customer's,
    no heading over either, the items with the totals' labels in the unit price's column, and
    a sentence at the foot (*foot*, or one giving the seller's e-mail address again)."""
    mail = next(x for x in seller if "@" in x)
    details = [("Invoice Number", "48213"), ("Date", "March 09, 2026 14:32")]
    details.append(("Payment method", "Visa ending in 4242"))
    rows = [("Pro (Monthly)", "1", money.format("29.00"), money.format("29.00"))]
    rows.append(("Extra seat", "3", money.format("9.00"), money.format("27.00")))
    body = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows
    )
    body += "".join(f"<tr><td></td><td></td><td>{k}</td><td>{v}</td></tr>" for k, v in totals)
    html = (
        "<!doctype html><html><head><meta charset=utf-8><style>"
        "body{font-family:Helvetica,Arial,sans-serif;font-size:8pt;margin:36pt}"
        "td{padding:0 8pt 2pt 0;vertical-align:top}table.i{width:100%;margin-top:30pt}"
        "table.i td{padding:6pt;border-bottom:1px solid #ccc}</style></head><body>"
        "<div style='font-size:16pt;font-weight:bold'>Invoice</div><table style='margin-top:16pt'>"
        + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in details)
        + "</table><table style='width:100%;margin-top:16pt'><tr>"
        f"<td style='width:50%'><b>{seller[0]}</b><br>{'<br>'.join(seller[1:])}</td>"
        f"<td>{'<br>'.join(customer)}</td></tr></table>"
        "<table class=i><tr><td><b>Description</b></td><td><b>Quantity</b></td>"
        f"<td><b>Unit Price</b></td><td><b>Amount</b></td></tr>{body}</table>"
        f"<p style='margin-top:30pt'>{foot or _ASK.format(mail)}</p>"
        "</body></html>"
    )
    print_pdf(chromium, [(path, html)])
    return path


_ASK = "For questions, contact us anytime at <b>{}</b>."
_TOTALS_20 = [("Subtotal", "56.00"), ("VAT - (20%)", "11.20"), ("Total", "67.20")]


@pytest.mark.parametrize(
    ("customer", "money", "totals"),
    [
        # the customer's VAT number, of a country that does not bill in the page's pounds
        (["Lukas Steiner", "l.steiner@example.at", "UID: ATU68234571"], "£{}", _TOTALS_20),
        # no tax number on either side; the customer's own e-mail spells its name
        (["Harriet Vance", "harriet@vance-studio.com", "Vance Studio", "44 Orchard Rd, Portland"],
         "${}",
         [("Subtotal", "56.00"), ("Total", "56.00")]),
    ],
)  # fmt: skip
def test_the_block_whose_e_mail_the_foot_gives_again_is_the_sender_s(
    chromium: Any, tmp_path: Path, customer: list[str], money: str,
    totals: list[tuple[str, str]],
) -> None:  # fmt: skip
    # two blocks side by side at the top, no heading over either: the seller's e-mail address,
    # printed again in the sentence at the foot, says which is the sender's (the page had
    # waited, proposing the customer where its block carried a tax number)
    seller = ["Quillstack Ltd", "3 Little Portland Street", "London W1W 7JB"]
    seller.append("hello@quillstack.co.uk")
    totals = [(k, money.format(v)) for k, v in totals]
    pdf = _blocks_page(chromium, tmp_path / "a.pdf", seller, customer, money, totals)
    got, status, reasons = read_page(pdf)
    assert got["seller"] == "Quillstack Ltd", reasons
    assert status == "accepted", reasons


def test_a_customer_s_tax_number_against_the_sender_s_e_mail_leaves_it_to_a_person(
    chromium: Any, tmp_path: Path
) -> None:
    # the customer's Austrian VAT number on a page in euros (its block alone carries one) says
    # the customer's block is the sender's; the seller's e-mail printed again at the foot says
    # the other: a person says which (the page had been accepted with the customer as seller)
    seller = ["Kanbanflow GmbH", "Rosenthaler Str. 40", "10178 Berlin, Germany"]
    seller.append("billing@kanbanflow.de")
    customer = ["Lukas Steiner", "l.steiner@example.at", "UID: ATU68234571"]
    totals = [("Subtotal", "€56.00"), ("VAT - DE (19%)", "€10.64"), ("Total", "€66.64")]
    pdf = _blocks_page(chromium, tmp_path / "a.pdf", seller, customer, "€{}", totals)
    got, status, reasons = read_page(pdf)
    assert status == "review", got
    assert any("no heading says which is the sender's" in r for r in reasons), reasons


@pytest.mark.parametrize("credit", ["Balance applied", "Applied balance", "Credit applied"])
def test_a_balance_applied_before_the_total_due_is_no_part_of_the_bill(
    chromium: Any, tmp_path: Path, credit: str
) -> None:
    # the customer's credit taken off under the tax ('Balance applied -10,00 €'), the total due
    # after it: the bill is the subtotal and the tax (Cashier for Mollie's receipt); the total
    # due had been read as the gross, 10,00 short of the net and the tax
    rows = [["Team membership", "", "19%", "79,00 €"], ["Extra user", "", "19%", "15,00 €"]]
    totals = [("Subtotal", "94,00 €"), ("19% VAT", "17,86 €"), (credit, "-10,00 €")]
    totals.append(("<b>Total due</b>", "<b>101,86 €</b>"))
    pdf = _receipt(
        chromium, tmp_path / "a.pdf", ["Lena Vogt", "Schillerstraße 12", "04109 Leipzig"],
        ["Description", "Date", "Tax", "Amount"], rows, totals,
    )  # fmt: skip
    got, _status, reasons = read_page(pdf)
    assert totals_read(got) == ("94.00", "17.86", "111.86"), reasons


def test_the_customer_s_e_mail_as_where_the_invoice_went_backs_nothing(
    chromium: Any, tmp_path: Path
) -> None:
    # the foot gives the customer's e-mail as the invoice's destination ('sent to …'), not the
    # seller's: the page leaves it to a person which block is the sender's (the rule's first
    # version took the customer's block for it)
    seller = ["Quillstack Ltd", "3 Little Portland Street", "London W1W 7JB"]
    seller.append("hello@quillstack.co.uk")
    customer = ["Harriet Vance", "harriet@vance-studio.com", "Vance Studio", "44 Orchard Rd"]
    totals = [("Subtotal", "$56.00"), ("Total", "$56.00")]
    foot = "This invoice was sent to harriet@vance-studio.com."
    pdf = _blocks_page(chromium, tmp_path / "a.pdf", seller, customer, "${}", totals, foot)
    got, status, reasons = read_page(pdf)
    assert status == "review", got
    assert any("no heading says which is the sender's" in r for r in reasons), reasons


def test_the_block_under_your_details_is_the_customer_s(chromium: Any, tmp_path: Path) -> None:
    # Cashier for Mollie's receipt: 'Your receipt' over its date and '# number', the items and
    # the totals, then 'Your details' over the customer's block (a company with its legal
    # form), and only the app's name at the foot: the customer's company had been taken for
    # the seller at the foot of the page, and once the date under the two-word title was read
    # the page was accepted with it. It waits on its seller; its date is the title's
    rows = "".join(
        f"<tr><td>{d}</td><td>21%</td><td align=right>{a}</td></tr>"
        for d, a in [("Pro plan", "€ 29,00"), ("Extra user", "€ 10,00")]
    )
    rows += "".join(
        f"<tr><td></td><td>{k}</td><td align=right>{v}</td></tr>"
        for k, v in [("Subtotal", "€ 39,00"), ("21% VAT", "€ 8,19"), ("Total due", "€ 47,19")]
    )
    html = (
        f"<!doctype html><html><head><meta charset=utf-8><style>{_CSS}</style></head><body>"
        "<table width=520 style='margin:40px auto'><tr><td style='font-size:40px'>Your receipt"
        "</td></tr><tr><td>Mar 9, 2026<br># 2026-0003-0121</td></tr><tr><td>"
        f"<table width=100% class=items>{rows}</table></td></tr>"
        "<tr><td style='font-size:26px;padding-top:260px'>Your details</td></tr>"
        "<tr><td style='font-size:16px'>Pieter Jansen<br>Jansen Advies B.V.<br>Lange Voorhout 9<br>2514 EA Den Haag<br>"
        "Nederland</td></tr><tr><td style='padding-top:40px'><a>Rekenwerk</a></td></tr>"
        "</table></body></html>"
    )
    pdf = tmp_path / "a.pdf"
    print_pdf(chromium, [(pdf, html)])
    got, status, reasons = read_page(pdf)
    assert got["issue_date"] == "2026-03-09" and totals_read(got)[2] == "47.19", reasons
    assert status == "review", got
    assert any(r.startswith("seller") for r in reasons), reasons
    assert not any(r.startswith("issue_date") for r in reasons), reasons
