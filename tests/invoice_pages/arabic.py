"""Invoices in Arabic as HTML pages, for Chromium to print: a Saudi tax invoice in Arabic alone,
right to left (ZATCA's labels); Odoo's GCC invoice laid out right to left for a customer who
reads Arabic, with or without the English labels; and ERPNext's 'KSA VAT Invoice', left to right
with an Arabic twin of each line. Shared by ``tests/robot_lib/test_invoice_rtl_kinds.py`` and
``benchmarks/invoice_speed.py`` (the pages read both ways)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

CSS = (
    "body{font-family:'Open Sans',sans-serif;font-size:13px;margin:0 16px}"
    ".row{display:flex}.half{width:50%}table{width:100%;border-collapse:collapse}"
    "th,td{padding:4px;text-align:right}.n{text-align:left}h2{font-size:26px;font-weight:500}"
)
SELLER = ["Al Noor Trading Co.", "King Fahd Road, Al Olaya", "Riyadh 12214", "Saudi Arabia"]
CUSTOMER = ["Emirates Retail Group PJSC", "Sheikh Zayed Road", "Dubai", "United Arab Emirates"]


def arabic_page(
    totals: list[tuple[str, str]],
    title: str = "فاتورة ضريبية",
    issued: str = "14/10/2026",
    seller: list[str] = SELLER,
    tax_id: bool = True,
    sign: str = "ر.س",
) -> str:
    """A tax invoice in Arabic alone, right to left: the labels of ZATCA's invoices; with
    *tax_id*, the seller's VAT number under its address; *sign* after each amount."""
    block = "<br/>".join(escape(x) for x in seller)
    block += "<br/>الرقم الضريبي: 310122393500003" if tax_id else ""
    rows = "".join(
        f"<tr><td>{label}</td><td class=n>{v}&nbsp;{sign}</td></tr>" for label, v in totals
    )
    return (
        "<!DOCTYPE html><html dir=rtl lang=ar><head><meta charset=utf-8>"
        f"<style>{CSS}</style></head><body><div>{block}</div>"
        "<div class=row style='margin-top:16px'><div class=half></div><div class=half>"
        + "<br/>".join(escape(x) for x in CUSTOMER)
        + f"</div></div><h2 style='margin-top:30px'>{title}</h2>"
        "<table style='width:60%'><tr><td>رقم الفاتورة:</td><td>SA-2026-0417</td></tr>"
        f"<tr><td>تاريخ الإصدار:</td><td>{issued}</td></tr>"
        "<tr><td>تاريخ الاستحقاق:</td><td>13/11/2026</td></tr></table>"
        "<table style='margin-top:16px'><tr><th>الوصف</th><th class=n>الكمية</th>"
        "<th class=n>سعر الوحدة</th><th class=n>المبلغ</th></tr>"
        "<tr><td>خدمات استشارية</td><td class=n>4.00</td><td class=n>250.00</td>"
        f"<td class=n>1,000.00&nbsp;{sign}</td></tr></table>"
        f"<div style='width:50%;margin-right:50%'><table>{rows}</table></div></body></html>"
    )


VAT_TOTALS = [
    ("الإجمالي غير شامل ضريبة القيمة المضافة", "1,000.00"),
    ("مجموع ضريبة القيمة المضافة 15%", "150.00"),
    ("الإجمالي شامل ضريبة القيمة المضافة", "1,150.00"),
]


def odoo_rtl_page(
    sign: str,
    amounts: tuple[str, str, str],
    seller: list[str] = SELLER,
    english: bool = True,
    rate: str = "15%",
) -> str:
    """The GCC invoice as Odoo lays it out for a customer who reads Arabic, right to left: the
    title in Arabic, the number and the English title; each Arabic label under its English one
    (with *english*); the totals 'المبلغ دون ضريبة / Untaxed Amount', 'ضريبة القيمة المضافة 15%',
    'الإجمالي / Total' in a table at the left, their amounts left of them."""
    net, tax, gross = amounts

    def head(ar: str, en: str) -> str:
        return (f"<b>{en}</b><br/>" if english else "") + f"<b>{ar}:</b>"

    block = "<br/>".join(escape(x) for x in seller)
    title = " <span dir=ltr>Tax Invoice</span>" if english else ""

    def slash(en: str) -> str:
        return f" / {en}" if english else ""

    rows = [(f"المبلغ دون ضريبة{slash('Untaxed Amount')}", net)]
    rows += [(f"ضريبة القيمة المضافة {rate}", tax)] if tax else []
    rows += [(f"الإجمالي{slash('Total')}", gross)]
    totals = "".join(f"<tr><td>{lb}</td><td class=n>{v}&nbsp;{sign}</td></tr>" for lb, v in rows)
    # (in quirks mode, as the probe's pages were, the total's row in bold)
    return (
        "<html dir=rtl><head><meta charset=utf-8><style>"
        f"{CSS}tr:last-child td{{font-weight:bold}}</style>"
        f"</head><body><div>{block}</div>"
        "<div class=row style='margin-top:16px'><div class=half></div><div class=half>"
        + "<br/>".join(escape(x) for x in CUSTOMER)
        + "<br/>VAT: 312178871406603</div></div>"
        f"<h2 style='margin-top:30px'><span>فاتورة ضريبية</span> <span>INV/2026/00012</span>{title}</h2>"
        f"<div class=row><div style='width:130px'>{head('تاريخ الفاتورة', 'Invoice Date')}"
        "<br/>19/03/2026</div><div style='width:130px'>"
        f"{head('تاريخ الاستحقاق', 'Due Date')}<br/>18/04/2026</div></div>"
        f"<table style='margin-top:16px'><tr><th>{head('الوصف', 'Description')}</th>"
        f"<th class=n>{head('الكمية', 'Quantity')}</th><th class=n>{head('المبلغ', 'Amount')}</th>"
        f"</tr><tr><td>خدمات استشارية</td><td class=n>1.00</td><td class=n>{net}&nbsp;{sign}</td>"
        f"</tr></table><div style='width:45%'><table>{totals}</table></div></body></html>"
    )


def bilingual_page(
    items: list[tuple[str, str, str]], net: str, tax: str, gross: str, gap: int = 0
) -> str:
    """A Saudi tax invoice laid out left to right with an Arabic twin of each line, as ERPNext's
    'KSA VAT Invoice' print format prints it: a table of two columns, English at the left and
    Arabic at the right, right to left (its dates year first, which bidirectional text draws
    '11-03-2026'); the items under two-language heads with a column of their tax, each amount
    after the riyal's sign ('ر.س 1,000.00', wrapped in columns as narrow as their figures); the
    totals in the table's foot, the Arabic and the English label between the amounts, the net
    over the tax. *gap* points of space before the items (a long header's), so that the table
    runs onto a second page. *items* are (description, quantity, price)."""
    rows = [
        ("Invoice#: SINV-2026-00417", "رقم الفاتورة: SINV-2026-00417"),
        ("Invoice Date: 2026-03-11", "تاريخ الفاتورة: 2026-03-11"),
        ("Supplier:", "المورد:"),
        ("Supplier Tax Identification Number:", "رقم التعريف الضريبي للمورد:"),
        ("310122393500003", "310122393500003"),
        (SELLER[0], "شركة النور للتجارة"),
        (SELLER[1], "طريق الملك فهد، العليا"),
        ("CUSTOMER:", "عميل:"),
        (CUSTOMER[0], "مجموعة الإمارات للتجزئة"),
        ("Payment Due Date: 2026-04-10", "تاريخ استحقاق الدفع: 2026-04-10"),
    ]
    head = "".join(f"<tr><td>{escape(a)}</td><td dir=rtl>{escape(b)}</td></tr>" for a, b in rows)
    lines = "".join(
        f"<tr><td>{d}</td><td>ر.س {p}</td><td>{q}.0</td><td>ر.س {p}</td>"
        f"<td>15% ر.س {t}</td><td>ر.س {g}</td></tr>"
        for d, q, p, t, g in ((d, q, p, *_taxed(p)) for d, q, p in items)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=utf-8><style>"
        "body{font-family:'Open Sans',sans-serif;font-size:14px;margin:0 20px}"
        "table{border-collapse:collapse;width:100%;margin:16px 0;font-size:16px;line-height:1.6}"
        "td,th{border:1px solid #888;padding:5px}thead,tfoot{text-transform:uppercase}</style>"
        "</head><body><h2>TAX INVOICE<br/>فاتورة ضريبية</h2>"
        f"<table>{head}</table><div style='height:{gap}px'></div><table><thead><tr>"
        "<th>Nature of goods or services<br/>طبيعة السلع أو الخدمات</th><th>Unit price<br/>"
        "سعر الوحدة</th><th>Quantity<br/>الكمية</th><th>Taxable Amount<br/>المبلغ الخاضع للضريبة"
        "</th><th style='min-width:130px'>VAT 15%</th><th>Total<br/>المجموع</th></tr></thead>"
        f"<tbody>{lines}</tbody><tfoot><tr><td>ر.س {net}<br/>ر.س {tax}</td><td colspan=3 dir=rtl>"
        "الإجمالي باستثناء ضريبة القيمة المضافة<br/>إجمالي ضريبة القيمة المضافة</td><td colspan=2>"
        f"Total (Excluding VAT)<br/>Total VAT</td><td>ر.س {net}<br/>ر.س {tax}</td></tr>"
        f"<tr><td>ر.س {gross}</td><td colspan=3 dir=rtl>إجمالي المبلغ المستحق</td>"
        f"<td colspan=2>Total Amount Due</td><td>ر.س {gross}</td></tr></tfoot></table></body></html>"
    )


def _taxed(price: str) -> tuple[str, str]:
    """The tax at 15 % on an item's amount and the amount with it ('1,000.00': '150.00',
    '1,150.00')."""
    amount = Decimal(price.replace(",", ""))
    tax = (amount * Decimal("0.15")).quantize(Decimal("0.01"))
    return f"{tax:,.2f}", f"{amount + tax:,.2f}"
