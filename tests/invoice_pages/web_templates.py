"""Invoices from the templates web developers copy, drawn as plain pages after their kinds of
layout: the simple HTML invoice ('Invoice #:', 'Created:', 'Due:' at the right, seller and
customer side by side with no heading, 'Total:' with no tax), a shop's order invoice ('Billed
To: | Shipped To:', 'Subtotal', 'Shipping $15', 'Total', the shop named only in 'Thank you for
shopping at …'), 'From: | To:' cards with Croatia's 'PDV 25%', and a US lab's invoice with its
name at the right and a 'BILL TO | INVOICE # | DATE' grid. The order invoice prints no invoice
number and no tax: it waits, its seller read from the sentence, its shipping never a tax."""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "simple_html": (
        [
            "| Invoice #: 123",
            "| Created: January 1, 2026",
            "| Due: February 1, 2026",
            "",
            "Brightpath, Inc. | Acme Corp.",
            "12345 Sunny Road | John Doe",
            "Sunnyville, CA 12345 | john@example.com",
            "",
            "Payment Method | Check #",
            "Check | 1000",
            "",
            "Item | Price",
            "Website design | $300.00",
            "Hosting (3 months) | $75.00",
            "Domain name (1 year) | $10.00",
            "| Total: $385.00",
        ],
        {
            "invoice_number": "123",
            "issue_date": "2026-01-01",
            "due_date": "2026-02-01",
            "seller": "Brightpath, Inc.",
            "currency": "USD",
            "gross_total": "385.00",
        },
    ),
    "bootstrap_order": (
        [
            "Invoice | Order # 12345",
            "",
            "Billed To: | Shipped To:",
            "John Smith | Jane Smith",
            "1234 Main | 1234 Main",
            "Apt. 4B | Apt. 4B",
            "Springfield, ST 54321 | Springfield, ST 54321",
            "",
            "Payment Method: | Invoice Date:",
            "Visa ending **** 4242 | March 7, 2026",
            "jsmith@email.com |",
            "",
            "Order summary",
            "Item | Price | Quantity | Totals",
            "BS-200 | $10.99 | 1 | $10.99",
            "BS-400 | $20.00 | 3 | $60.00",
            "BS-1000 | $600.00 | 1 | $600.00",
            "",
            "Subtotal | $670.99",
            "Shipping | $15",
            "Total | $685.99",
            "Thank you for shopping at Northwind Supply Co.",
        ],
        {
            "invoice_number": "12345",
            "issue_date": "2026-03-07",
            "seller": "Northwind Supply Co.",
            "currency": "USD",
            "gross_total": "685.99",
        },
    ),
    "from_to_cards": (
        [
            "INVOICE",
            "Invoice Number: INV-2026-014",
            "Invoice Date: 2026-11-03",
            "Due Date: 2026-12-03",
            "From: | To:",
            "Mira Kovač Design | Blue Harbor Foods d.o.o.",
            "Ilica 45, 10000 Zagreb | Savska 12, 10000 Zagreb",
            "OIB: 12345678901 | OIB: 98765432109",
            "mira@kovacdesign.example |",
            "",
            "Description | Hours | Rate | Amount",
            "Packaging design | 18 | €55.00 | €990.00",
            "Print supervision | 4 | €55.00 | €220.00",
            "",
            "Subtotal | €1,210.00",
            "PDV 25% | €302.50",
            "Total | €1,512.50",
        ],
        {
            "invoice_number": "INV-2026-014",
            "issue_date": "2026-11-03",
            "due_date": "2026-12-03",
            "seller": "Mira Kovač Design",
            "currency": "EUR",
            "net_total": "1210.00",
            "tax_total": "302.50",
            "gross_total": "1512.50",
        },
    ),
    "company_right": (
        [
            "| Solano Dental Lab LLC",
            "| 88 Harbor Blvd",
            "| Long Beach, CA 90802",
            "| (562) 555-0142",
            "INVOICE",
            "BILL TO | INVOICE # | 2026-0457",
            "Dr. Priya Raman, DDS | DATE | 11/05/2026",
            "Raman Family Dentistry | DUE DATE | 12/05/2026",
            "410 Ocean Ave, Santa Monica, CA 90401 | TERMS | Net 30",
            "",
            "QTY | DESCRIPTION | UNIT PRICE | AMOUNT",
            "4 | Zirconia crown | 145.00 | 580.00",
            "2 | Night guard | 85.00 | 170.00",
            "",
            "SUBTOTAL | 750.00",
            "SALES TAX 0% | 0.00",
            "TOTAL | $750.00",
        ],
        {
            "invoice_number": "2026-0457",
            "issue_date": "2026-11-05",
            "due_date": "2026-12-05",
            "seller": "Solano Dental Lab LLC",
            "currency": "USD",
            "net_total": "750.00",
            "tax_total": "0.00",
            "gross_total": "750.00",
        },
    ),
}

# pages that wait for a person, and the fields they may read otherwise than printed
WAITS: dict[str, set[str]] = {"bootstrap_order": {"invoice_number", "net_total"}}
