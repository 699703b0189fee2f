"""Kinds of layout a self-hosted invoicing app's HTML templates print (seen on SolidInvoice's
five PDF templates, filled and printed once as a probe and not kept: its templates are not
ours to copy), each drawn here in HTML of our own with other names and values and printed by
the shared Chromium: the seller's name wrapped in its narrow 'From' column beside the
customer's and a column of dates at other heights; the bill's total left unprinted, only
what is left after a payment (also Invoice Ninja v4's 'Paid to Date', a discount over the tax:
its pdfmake designs printed once as a probe, not kept); a number letter-spaced after the title
and a middle dot; 'Total Due' at the end of a row of labels over a due date printed as a dash;
a minus before a dollar with its country's letters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices.parse import amounts_in
from tests.invoice_corpus import read_page, totals_read
from tests.invoice_html import print_pdf
from tests.invoice_typeset import text_page


def _small(text: str) -> str:
    return f'<div style="font-size:8pt;color:#64748b;text-transform:uppercase">{text}</div>'


def _block(head: str, lines: list[str], style: str) -> str:
    """A party's block in a table cell of *style*: its heading in small capitals, its name
    (the first of *lines*) in 14 pt, the rest in 9 pt."""
    rest = "".join(f"<div>{x}</div>" for x in lines[1:])
    return (
        f'<td style="{style}">{_small(head)}'
        f'<div style="font-size:14pt;font-weight:600;margin:6px 0">{lines[0]}</div>'
        f'<div style="font-size:9pt;line-height:1.6">{rest}</div></td>'
    )


def _metas(pairs: list[tuple[str, str]]) -> str:
    """Labels in small capitals over their values, one pair under another."""
    return "".join(
        f'<div style="margin-bottom:6px">{_small(k)}<div style="font-size:10pt">{v}</div></div>'
        for k, v in pairs
    )


def _page(
    head: str, parties: tuple[list[str], list[str]], meta: list[tuple[str, str]], rows: str,
    totals: list[tuple[str, str]],
) -> str:  # fmt: skip
    """A page as such an app lays it out: *head* (the masthead's HTML), the 'From' and 'To'
    blocks (a name in large type, then its lines) in two narrow columns beside a column of
    *meta* labels over values, the item rows' HTML, the totals' label and amount cells."""

    def block(title: str, lines: list[str]) -> str:
        return _block(title, lines, "width:34%;vertical-align:top;padding-right:16px")

    metas = _metas(meta)
    sums = "".join(
        f'<tr><td style="padding:6px 16px;text-align:right;width:120px">{k}</td>'
        f'<td style="padding:6px 8px;text-align:right">{v}</td></tr>'
        for k, v in totals
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:15mm">{head}
<table style="width:100%;margin:24px 0"><tr>{block("From", parties[0])}{block("To", parties[1])}
<td style="vertical-align:top">{metas}</td></tr></table>
<table style="width:100%;border-collapse:collapse"><tr><th style="text-align:left">Description</th>
<th style="text-align:right">Price</th><th style="text-align:right">Qty</th>
<th style="text-align:right">Total</th></tr>{rows}</table>
<table style="margin-left:auto;margin-top:16px;border-collapse:collapse">{sums}</table>
</body></html>"""


def _masthead(name: str, number: str) -> str:
    return (
        '<table style="width:100%;border:2px solid #1e293b"><tr>'
        f'<td style="padding:16px;font-size:16pt;font-weight:bold">{name}</td>'
        f'<td style="padding:16px;text-align:right">{_small("Invoice")}'
        f'<div style="font-size:22pt;font-weight:bold">#{number}</div></td></tr></table>'
    )


def _row(desc: str, price: str, qty: int, total: str) -> str:
    return (
        f"<tr><td>{desc}</td><td style='text-align:right'>{price}</td>"
        f"<td style='text-align:right'>{qty}</td><td style='text-align:right'>{total}</td></tr>"
    )


SELLER = ["Copperleaf Analytics Ltd", "VAT: GB 318 4402 71", "invoices@copperleaf.co.uk"]
SELLER += ["9 Quay Street, Bristol, BS1 4QA, United Kingdom"]
CUSTOMER = [
    "Ashgrove Veterinary Clinic",
    "11 Mill Lane, Bath, BA2 4JH",
    "accounts@ashgrovevets.co.uk",
]
DATES = [("Invoice Date", "March 9, 2026"), ("Due Date", "April 8, 2026"), ("Status", "Pending")]


def _print(chromium: Any, path: Path, html: str) -> Path:
    print_pdf(chromium, [(path, html)])
    return path


def test_a_name_wrapped_in_its_column_beside_a_column_of_dates(
    chromium: Any, tmp_path: Path
) -> None:
    # 'Copperleaf' over 'Analytics Ltd' in the 'From' column, 'Ashgrove Veterinary' over
    # 'Clinic' beside it, the dates' column at other heights between: 'Copperleaf' alone had
    # been taken for the seller and accepted (the line under it read only in that column)
    rows = _row("Data pipeline review", "£1,200.00", 1, "£1,200.00")
    totals = [("Sub-Total", "£1,200.00"), ("VAT (20%)", "£240.00"), ("Total", "£1,440.00")]
    html = _page(
        _masthead("Copperleaf Analytics", "2026-118"), (SELLER, CUSTOMER), DATES, rows, totals
    )
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert got["seller"] == "Copperleaf Analytics Ltd", reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("sums", "billed"),
    [
        # the tax, then a card payment whose label wraps around its amount
        (
            [("Sub-Total", "£2,450.00"), ("VAT (20%)", "£490.00"),
             ("Payment: Credit Card", "-£735.00"), ("Outstanding Balance", "£2,205.00")],
            ("2450.00", "490.00", "2940.00"),
        ),
        # no tax; two payments
        (
            [("Sub-Total", "£1,800.00"), ("Payment: Bank Transfer", "-£500.00"),
             ("Payment: Cash", "-£300.00"), ("Outstanding Balance", "£1,000.00")],
            ("1800.00", None, "1800.00"),
        ),
        # what was paid as 'Paid to Date' (Invoice Ninja's): no total printed between
        (
            [("Subtotal", "£1,200.00"), ("VAT 20%", "£240.00"), ("Paid to Date", "-£720.00"),
             ("Balance Due", "£720.00")],
            ("1200.00", "240.00", "1440.00"),
        ),
        # ... a discount between the subtotal and the tax coming off before it
        (
            [("Subtotal", "£2,000.00"), ("Discount", "-£200.00"), ("VAT 20%", "£360.00"),
             ("Paid to Date", "-£1,000.00"), ("Balance Due", "£1,160.00")],
            ("1800.00", "360.00", "2160.00"),
        ),
        # ... in German, French and Spanish ('Offener Betrag' had been no label of the
        # balance; 'payé', 'pagado' no payment's words)
        (
            [("Zwischensumme", "1.200,00 €"), ("MwSt. 19%", "228,00 €"),
             ("Bereits gezahlt", "-714,00 €"), ("Offener Betrag", "714,00 €")],
            ("1200.00", "228.00", "1428.00"),
        ),
        (
            [("Sous-total", "2 000,00 €"), ("TVA 20%", "400,00 €"),
             ("Payé à ce jour", "-1 200,00 €"), ("Montant dû", "1 200,00 €")],
            ("2000.00", "400.00", "2400.00"),
        ),
        (
            [("Subtotal", "1.000,00 €"), ("IVA 21%", "210,00 €"),
             ("Pagado a la fecha", "-605,00 €"), ("Balance pendiente", "605,00 €")],
            ("1000.00", "210.00", "1210.00"),
        ),
    ],
)  # fmt: skip
def test_the_bill_left_unprinted_before_a_payment(
    chromium: Any, tmp_path: Path, sums: list[tuple[str, str]], billed: tuple[str | None, ...]
) -> None:
    # the page prints the net, the tax, the payments and what is left: the bill's total is
    # theirs, net + tax, and the balance plus the payments (the balance had been read as the
    # gross, and the page waited on 'net + tax ≠ gross')
    net = sums[0][1]
    rows = _row("Quarterly analytics retainer", net, 1, net)
    html = _page(_masthead(SELLER[0], "2026-131"), (SELLER, CUSTOMER), DATES, rows, sums)
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert totals_read(got) == billed, reasons
    assert status == "accepted", reasons


def test_payments_that_do_not_make_up_the_balance_wait(chromium: Any, tmp_path: Path) -> None:
    # 2,450.00 + 490.00 - 600.00 is 2,340.00, not the 2,205.00 the balance says
    sums = [("Sub-Total", "£2,450.00"), ("VAT (20%)", "£490.00"), ("Payment: Card", "-£600.00")]
    sums += [("Outstanding Balance", "£2,205.00")]
    rows = _row("Quarterly analytics retainer", "£2,450.00", 1, "£2,450.00")
    html = _page(_masthead(SELLER[0], "2026-132"), (SELLER, CUSTOMER), DATES, rows, sums)
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert status == "review", (got, reasons)


def test_a_number_letter_spaced_after_the_title_and_a_middle_dot(
    chromium: Any, tmp_path: Path
) -> None:
    # 'INVOICE · #784' in spaced capitals over the amount due: the text layer gives '#' '7' '8'
    # '4' one by one, and the dot parts the title from the number's sign
    head = (
        '<div style="font-size:9pt;letter-spacing:4px;text-transform:uppercase">'
        "Invoice · #7840</div>"
        '<div style="font-size:30pt;font-weight:bold">£1,440.00</div>'
    )
    rows = _row("Data pipeline review", "£1,200.00", 1, "£1,200.00")
    totals = [("Sub-Total", "£1,200.00"), ("VAT (20%)", "£240.00"), ("Total", "£1,440.00")]
    html = _page(head, (SELLER, CUSTOMER), DATES, rows, totals)
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert got["invoice_number"] == "7840", reasons
    assert status == "accepted", reasons


def test_total_due_ending_a_row_of_labels_is_no_due_date(tmp_path: Path) -> None:
    # 'INVOICE DATE | DUE DATE | TOTAL DUE' over 'May 4, 2026 | — | $2,116.40': the page
    # prints no due date; 'DUE' of 'TOTAL DUE' had read the row's first cell below as one
    lines = [
        "^Pinecrest Bookkeeping LLC",
        "40 Harbor Road, Portland, ME 04101",
        "",
        "^INVOICE #3317",
    ]
    lines += ["", "INVOICE DATE | DUE DATE | TOTAL DUE", "May 4, 2026 | — | $2,116.40", ""]
    lines += ["Bill To: Oakridge Dental Group, 7 Elm Street, Bangor, ME 04401", ""]
    lines += ["Description | Qty | Total", "Monthly bookkeeping | 1 | $1,960.00", ""]
    lines += ["Sub-Total | $1,960.00", "Sales Tax (8%) | $156.40", "Total | $2,116.40"]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["due_date"] is None, reasons
    assert got["issue_date"] == "2026-05-04", reasons


@pytest.mark.parametrize(
    ("text", "amount"),
    [("-A$818.13", "-818.13"), ("-CA$ 5.00", "-5.00"), ("-NZ$1,204.50", "-1204.50")],
)
def test_a_minus_before_a_dollar_with_its_countrys_letters(text: str, amount: str) -> None:
    # ICU's English prints the Australian dollar 'A$', the Canadian 'CA$'
    assert [str(v) for v, _s, _e in amounts_in(f"Payment: Card {text}")] == [amount]


def test_a_dash_between_a_label_and_a_dollar_is_no_minus() -> None:
    assert [str(v) for v, _s, _e in amounts_in("Total - A$5.00")] == ["5.00"]


def _project_page(seller: list[str], customer: list[str], title: str, number: str) -> str:
    """An agency's page: the number at the top right, a project's title in large type that
    names the customer, then 'Studio' (the seller's block, no seller's word) | 'Client' | the
    dates, each name in 14 pt in a third of the page, then the items and totals."""

    def block(head: str, lines: list[str]) -> str:
        return _block(head, lines, "width:33%;vertical-align:top")

    metas = _metas([("Invoice Date", "July 21, 2026"), ("Due Date", "August 20, 2026")])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:15mm">
<div style="text-align:right">{_small("Invoice")}<div style="font-size:14pt">#{number}</div></div>
<div style="padding:20px;margin:16px 0">{_small("Project")}
<div style="font-size:24pt;font-weight:bold">{title}</div></div>
<table style="width:100%;border-collapse:collapse"><tr>{block("Studio", seller)}
{block("Client", customer)}<td style="vertical-align:top">{metas}</td></tr></table>
<table style="width:100%;margin-top:20px"><tr><th style="text-align:left">Deliverable</th>
<th style="text-align:right">Qty</th><th style="text-align:right">Total</th></tr>
<tr><td>Brand workshop</td><td style="text-align:right">2</td>
<td style="text-align:right">$1,700.00</td></tr></table>
<table style="margin-left:auto"><tr><td>Sub-Total</td><td>$1,700.00</td></tr>
<tr><td>Sales Tax (6%)</td><td>$102.00</td></tr><tr><td>Total</td><td>$1,802.00</td></tr></table>
</body></html>"""


PROJECT_CUSTOMER = ["Chesapeake Outfitters Inc.", "1801 Atlantic Avenue, Virginia Beach, VA"]
PROJECT_CUSTOMER += ["ap@chesapeakeoutfitters.com"]


@pytest.mark.parametrize(
    "seller",
    [
        # the name wrapped before its legal form, in large type: 'Tidewater Web' over
        # 'Services LLC' (cut to its first line before)
        "Tidewater Web Services LLC",
        # the name filling its column, the customer's beside it a space apart on one printed
        # line: read as one text, 'Bluefin Digital Pty Chesapeake Outfitters Inc.' over 'Ltd'
        "Bluefin Digital Pty Ltd",
    ],
)
def test_a_project_title_that_names_the_customer(
    chromium: Any, tmp_path: Path, seller: str
) -> None:
    # the project's title 'Chesapeake Outfitters Inc. engagement' is the largest company name
    # on the page, and the customer's e-mail under 'Client' spells it: that e-mail backs no
    # seller (the customer had been read as the seller and the page accepted)
    block = [seller, "hello@" + seller.split()[0].lower() + ".com", "220 Granby Street, Suite 4"]
    block += ["Norfolk, VA, 23510, United States"]
    title = "Chesapeake Outfitters Inc. engagement"
    html = _project_page(block, PROJECT_CUSTOMER, title, "397")
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert got["seller"] == seller, reasons
    assert totals_read(got) == ("1700.00", "102.00", "1802.00"), reasons
    assert status == "accepted", reasons


def test_a_number_in_display_type_beside_a_rail_that_names_the_document(
    chromium: Any, tmp_path: Path
) -> None:
    # 'INVOICE' letter-spaced in a narrow coloured rail at the left, 'No. INV-0415' in 18 pt
    # under the studio's name: no label of an invoice's number, but a number word in display
    # type on a page that names itself an invoice
    rail = (
        '<td style="width:14mm;background:#a2492b;vertical-align:top;color:#fff;'
        'font-size:9pt;letter-spacing:4px;text-align:center;padding-top:20mm">INVOICE</td>'
    )
    body = (
        '<td style="padding:12mm"><div style="font-size:28pt">Lichtwerk Fotografie GmbH</div>'
        '<div style="font-size:9pt;margin-bottom:24px">PHOTOGRAPHY</div>'
        '<table style="width:100%"><tr><td><div style="font-size:18pt">No. INV-0415</div></td>'
        f'<td style="text-align:right">{_small("Invoice Date")}<div>January 9, 2026</div>'
        f"{_small('Due Date')}<div>February 8, 2026</div></td></tr></table>"
        f'<div style="margin-top:20px">{_small("For")}<div>Hafenkontor Logistik GmbH</div>'
        "<div>Am Sandtorkai 38, 20457 Hamburg</div></div>"
        f'<div style="margin-top:12px">{_small("From the studio of")}'
        "<div>Lichtwerk Fotografie GmbH</div><div>VAT ID: DE318274651</div>"
        "<div>Große Elbstraße 145, 22767 Hamburg</div></div>"
        '<table style="width:100%;margin-top:20px"><tr><td>Portrait session</td>'
        '<td style="text-align:right">€850.00</td></tr></table>'
        '<table style="margin-left:auto"><tr><td>Sub-Total</td><td>€850.00</td></tr>'
        "<tr><td>MwSt (19%)</td><td>€161.50</td></tr><tr><td>Total</td><td>€1,011.50</td></tr>"
        "</table></td>"
    )
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;'
        f'font-family:\'DejaVu Sans\',sans-serif;font-size:9pt"><table style="width:100%"><tr>'
        f"{rail}{body}</tr></table></body></html>"
    )
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert got["invoice_number"] == "INV-0415", reasons
    assert status == "accepted", reasons


def test_balance_due_letter_spaced_and_cut_labels_no_due_date(tmp_path: Path) -> None:
    # 'TO | INVOICE DATE | BAL ANCE DUE' (spaced capitals the text layer cuts apart) over the
    # customer, the date and the amount: 'DUE' had read the date beside it as the due date
    lines = ["INVOICE | | ATELIER NORDLICHT GMBH", "^No. 2026-412", ""]
    lines += [
        "TO | INVOICE DATE | BAL ANCE DUE",
        "Hafenkontor Logistik GmbH | August 17, 2026 | €2,168.77",
    ]
    lines += ["", "Description | Qty | Total", "Support retainer | 1 | €1,822.50", ""]
    lines += ["Sub-Total | €1,822.50", "MwSt (19%) | €346.27", "Total | €2,168.77"]
    got, _status, reasons = read_page(text_page(tmp_path / "a.pdf", lines))
    assert got["due_date"] is None, reasons
    assert got["issue_date"] == "2026-08-17", reasons


@pytest.mark.parametrize("align", ["right", "left"])
def test_a_due_date_wrapped_at_its_hyphen_in_a_narrow_header_cell(
    chromium: Any, tmp_path: Path, align: str
) -> None:
    # 'Invoice Date: 2026-10-28 · Due Date: 2026-11-' over '04': the cell at the right of a
    # dark header wraps the date after its hyphen (the page had gone through without one)
    head = (
        '<table style="width:100%;background:#0f172a;color:#fff"><tr>'
        '<td style="padding:14px;font-size:16pt;font-weight:bold;vertical-align:middle">Copperleaf Analytics Ltd'
        '<div style="font-size:8pt">INVOICE #INV-0182</div></td>'
        f'<td style="padding:14px;text-align:{align};width:300px;vertical-align:middle"><div style="font-size:8pt">'
        "Invoice Date: 2026-10-28 · Due Date: 2026-11-<br>04</div>"
        '<div style="font-size:16pt">£1,440.00</div></td></tr></table>'
    )
    rows = _row("Data pipeline review", "£1,200.00", 1, "£1,200.00")
    totals = [("Sub-Total", "£1,200.00"), ("VAT (20%)", "£240.00"), ("Total", "£1,440.00")]
    html = _page(head, (SELLER, CUSTOMER), [], rows, totals)
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert (got["issue_date"], got["due_date"]) == ("2026-10-28", "2026-11-04"), reasons
    assert status == "accepted", reasons
