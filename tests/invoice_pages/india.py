"""Indian tax invoices beyond the marketplace's and Tally's: an interstate one with a single
'IGST @ 18%', a 'Round Off' under it and no net printed (the items make it), and a caterer's
with 'Taxable Amount', 'CGST @ 2.5%', 'SGST @ 2.5%' and no currency printed (the GSTINs say
rupees)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def inr(v: Decimal) -> str:
    """*v* in rupees as India groups them, in lakhs and crores: '₹ 10,82,247.00'."""
    whole, frac = f"{abs(v):.2f}".split(".")
    head, groups = whole[:-3], [whole[-3:]]
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return f"₹ {'-' if v < 0 else ''}{','.join(groups)}.{frac}"


PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "igst_roundoff": (
        [
            "Shree Ganesh Traders",
            "Plot 14, GIDC Estate, Vapi, Gujarat 396195",
            "GSTIN/UIN: 24AABCS1234F1Z9",
            "TAX INVOICE",
            "Invoice No. | Dated",
            "SGT/245/26-27 | 6-Nov-2026",
            "",
            "Buyer (Bill to): Deccan Auto Parts Pvt Ltd, Pune, Maharashtra, GSTIN 27AAFCD5678K1Z2",
            "",
            "Sl | Description of Goods | HSN/SAC | Quantity | Rate | Amount",
            "1 | MS Bolts M12 | 7318 | 500 nos | 12.35 | 6,175.00",
            "2 | Spring Washers | 7318 | 500 nos | 1.10 | 550.00",
            "",
            "IGST @ 18% | 1,210.50",
            "Round Off | 0.50",
            "Total | ₹ 7,936.00",
            "Amount Chargeable (in words): INR Seven Thousand Nine Hundred Thirty Six Only",
        ],
        {
            "invoice_number": "SGT/245/26-27",
            "issue_date": "2026-11-06",
            "seller": "Shree Ganesh Traders",
            "currency": "INR",
            "net_total": "6725.00",
            "tax_total": "1210.50",
            "gross_total": "7936.00",
        },
    ),
    "cgst_sgst_summary": (
        [
            "Annapurna Caterers",
            "12 Residency Road, Bengaluru 560025",
            "GSTIN: 29ABCPA1234Q1ZK",
            "Tax Invoice",
            "Invoice No: AC/2026/311",
            "Invoice Date: 07/11/2026",
            "Bill To: Orchid Software LLP, GSTIN 29AAKFO4321M1ZP",
            "",
            "Description | Qty | Rate | Taxable Value",
            "Lunch buffet (per plate) | 120 | 350.00 | 42,000.00",
            "",
            "Taxable Amount | 42,000.00",
            "CGST @ 2.5% | 1,050.00",
            "SGST @ 2.5% | 1,050.00",
            "Invoice Total | 44,100.00",
        ],
        {
            "invoice_number": "AC/2026/311",
            "issue_date": "2026-11-07",
            "seller": "Annapurna Caterers",
            "currency": "INR",
            "net_total": "42000.00",
            "tax_total": "2100.00",
            "gross_total": "44100.00",
        },
    ),
}

WAITS: dict[str, set[str]] = {}
