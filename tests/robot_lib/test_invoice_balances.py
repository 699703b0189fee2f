"""Invoices whose amount due is not their total, as billing apps print them: a previous unpaid
balance carried onto the amount due (a document-AI sample's layout: 'TOTAL', 'PREVIOUS UNPAID
BALANCE', 'AMOUNT DUE'), a payment made before ('Payment Made (-)', 'Balance Due', with
India's 'CGST9 (9%)' and 'SGST9 (9%)'), an invoice paid in full ('Paid to Date', 'Balance Due
$0.00', Australia's bare '$' beside an ABN), a Stripe-like invoice, a Canadian photographer's
('GST/HST Registration No.' under the name), a UK accounts package's ('Unit Price | Net Amt |
VAT %', the rate's column printed without its sign). The gross is the invoice's total, never
the balance; each must read right and go straight through, and with its total line left out
none may be accepted with the balance as its gross."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import misread
from tests.invoice_typeset import read_text_page

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "contoso": (
        [
            "Contoso | INVOICE",
            "Address: | INVOICE: INV-100",
            "1 Redmond way Suite 6000 | INVOICE DATE: 11/15/2026",
            "Redmond, WA, 99243 | DUE DATE: 12/15/2026",
            "| CUSTOMER NAME: MICROSOFT CORPORATION",
            "| SERVICE PERIOD: 10/14/2026 - 11/14/2026",
            "| CUSTOMER ID: CID-12345",
            "",
            "BILL TO: | SHIP TO: | SERVICE ADDRESS:",
            "Microsoft Corp | Microsoft Delivery | Microsoft Services",
            "123 Bill St, | 123 Ship St, | 123 Service St,",
            "Redmond WA, 98052 | Redmond WA, 98052 | Redmond WA, 98052",
            "",
            "SALESPERSON | P.O. NUMBER | REQUISITIONER | SHIPPED VIA | TERMS",
            "Jane Doe | PO-3333 | Mr. Harris | FedEx | Net 30",
            "",
            "DATE | ITEM CODE | DESCRIPTION | QTY | PRICE | TAX | AMOUNT",
            "11/04/2026 | A123 | Consulting Services | 2 | $30.00 | 10% | $60.00",
            "11/05/2026 | B456 | Document Fee | 3 | $10.00 | 10% | $30.00",
            "11/06/2026 | C789 | Printing Fee | 10 | $1.00 | 10% | $10.00",
            "",
            "SUBTOTAL | $100.00",
            "SALES TAX | $10.00",
            "TOTAL | $110.00",
            "PREVIOUS UNPAID BALANCE | $500.00",
            "AMOUNT DUE | $610.00",
        ],
        {
            "invoice_number": "INV-100",
            "issue_date": "2026-11-15",
            "due_date": "2026-12-15",
            "seller": "Contoso",
            "currency": "USD",
            "net_total": "100.00",
            "tax_total": "10.00",
            "gross_total": "110.00",
        },
    ),
    "stripe_invoice": (
        [
            "Invoice",
            "Invoice number 8C1D2E3F-0004",
            "Date of issue October 1, 2026",
            "Date due October 31, 2026",
            "Lumen Analytics, Inc. | Bill to",
            "548 Market Street | Harbor Freight Logistics",
            "San Francisco, California 94104 | billing@harborfreight.example",
            "United States |",
            "",
            "$1,296.00 USD due October 31, 2026",
            "Pay online",
            "Description | Qty | Unit price | Amount",
            "Team plan (Oct 1 - Oct 31, 2026) | 12 | $99.00 | $1,188.00",
            "",
            "Subtotal | $1,188.00",
            "Sales tax - California (9.0909%) | $108.00",
            "Total | $1,296.00",
            "Amount due | $1,296.00",
        ],
        {
            "invoice_number": "8C1D2E3F-0004",
            "issue_date": "2026-10-01",
            "due_date": "2026-10-31",
            "seller": "Lumen Analytics, Inc.",
            "currency": "USD",
            "net_total": "1188.00",
            "tax_total": "108.00",
            "gross_total": "1296.00",
        },
    ),
    "zoho_partial": (
        [
            "Greenleaf Interiors Pvt. Ltd.",
            "42 MG Road, Bengaluru 560001, Karnataka, India",
            "GSTIN 29ABCDE1234F1Z5",
            "TAX INVOICE",
            "Invoice# | INV-000231",
            "Invoice Date | 03/11/2026",
            "Terms | Net 15",
            "Due Date | 18/11/2026",
            "",
            "Bill To",
            "Saanvi Architects LLP",
            "",
            "# | Item & Description | Qty | Rate | Amount",
            "1 | Sofa upholstery | 2.00 | 12,500.00 | 25,000.00",
            "2 | Curtain fabric (m) | 30.00 | 450.00 | 13,500.00",
            "",
            "Sub Total | 38,500.00",
            "CGST9 (9%) | 3,465.00",
            "SGST9 (9%) | 3,465.00",
            "Total | ₹45,430.00",
            "Payment Made | (-) 20,000.00",
            "Balance Due | ₹25,430.00",
        ],
        {
            "invoice_number": "INV-000231",
            "issue_date": "2026-11-03",
            "due_date": "2026-11-18",
            "seller": "Greenleaf Interiors Pvt. Ltd.",
            "currency": "INR",
            "net_total": "38500.00",
            "tax_total": "6930.00",
            "gross_total": "45430.00",
        },
    ),
    "wave": (
        [
            "INVOICE",
            "Pinecrest Photography",
            "Vancouver, British Columbia",
            "GST/HST Registration No.: 812345678RT0001",
            "BILL TO | Invoice Number: | 57",
            "Maple & Ash Events | Invoice Date: | November 2, 2026",
            "| Payment Due: | December 2, 2026",
            "| Amount Due (CAD): | $1,512.00",
            "",
            "Items | Quantity | Price | Amount",
            "Wedding photography package | 1 | $1,350.00 | $1,350.00",
            "Travel | 1 | $90.00 | $90.00",
            "",
            "Subtotal: | $1,440.00",
            "GST 5%: | $72.00",
            "Total: | $1,512.00",
            "Amount Due (CAD): | $1,512.00",
        ],
        {
            "invoice_number": "57",
            "issue_date": "2026-11-02",
            "due_date": "2026-12-02",
            "seller": "Pinecrest Photography",
            "currency": "CAD",
            "net_total": "1440.00",
            "tax_total": "72.00",
            "gross_total": "1512.00",
        },
    ),
    "ninja_paid": (
        [
            "Harbourside Web Co",
            "hello@harbourside.example",
            "ABN 51 824 753 556",
            "Tax Invoice",
            "Invoice Number: | 0042",
            "Invoice Date: | 14/10/2026",
            "Due Date: | 28/10/2026",
            "Balance Due: | $0.00",
            "",
            "Client: Tide Cafe Pty Ltd",
            "",
            "Item | Description | Unit Cost | Quantity | Line Total",
            "Hosting | Annual hosting plan | $480.00 | 1 | $480.00",
            "Support | Website updates (hours) | $95.00 | 4 | $380.00",
            "",
            "Subtotal | $860.00",
            "GST 10% | $86.00",
            "Total | $946.00",
            "Paid to Date | $946.00",
            "Balance Due | $0.00",
        ],
        {
            "invoice_number": "0042",
            "issue_date": "2026-10-14",
            "due_date": "2026-10-28",
            "seller": "Harbourside Web Co",
            "currency": "AUD",
            "net_total": "860.00",
            "tax_total": "86.00",
            "gross_total": "946.00",
        },
    ),
    "sage_uk": (
        [
            "Thornbury Joinery Ltd",
            "Unit 4, Mill Lane, Thornbury, Bristol BS35 2AA",
            "VAT Reg No. GB 284 1163 52",
            "INVOICE",
            "Invoice No. | 10482",
            "Invoice Date | 06/11/2026",
            "Account Ref | FALCON01",
            "",
            "Invoice Address",
            "Falcon Lettings Ltd",
            "",
            "Quantity | Details | Unit Price | Net Amt | VAT %",
            "1.00 | Fitted wardrobe, oak veneer | 1,850.00 | 1,850.00 | 20.00",
            "2.00 | Door handles, brushed steel | 12.50 | 25.00 | 20.00",
            "",
            "Total Net Amount | 1,875.00",
            "Total VAT Amount | 375.00",
            "Carriage Net | 0.00",
            "Invoice Total | 2,250.00",
            "Payment terms: 30 days from invoice date",
        ],
        {
            "invoice_number": "10482",
            "issue_date": "2026-11-06",
            "seller": "Thornbury Joinery Ltd",
            "currency": "GBP",
            "net_total": "1875.00",
            "tax_total": "375.00",
            "gross_total": "2250.00",
        },
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_billing_apps_page_reads_right_and_goes_straight_through(
    tmp_path: Path, name: str
) -> None:
    lines, truth = PAGES[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert misread(ex, truth) == {}
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("name", "total"), [("contoso", "TOTAL | $110.00"), ("zoho_partial", "Total | ₹45,430.00")]
)
def test_the_balance_is_never_accepted_as_the_total(tmp_path: Path, name: str, total: str) -> None:
    lines, _truth = PAGES[name]
    ex = read_text_page(tmp_path / "balance.pdf", [x for x in lines if x != total])
    assert ex.status == "review", (ex.value("gross_total"), ex.reasons)
