"""Invoices whose payee is not their seller, drawn as plain pages after kinds of layout real
documents have (not copies of anyone's documents): a German joiner's invoice whose claim is
assigned to a factoring company ('Wir haben unsere Forderung an die … GmbH abgetreten.
Zahlungen mit befreiender Wirkung nur auf deren Konto', the factor named as the account
holder), the joiner's own name with no legal form and nothing else to back it; a British
joinery's invoice assigned to a trade-finance company ('This invoice has been assigned to …
Please pay …'); a photographer's invoice issued by a billing service 'on behalf of' her, the
service's name in the letterhead. The factor and the billing service are never the seller: the
pages with a seller nothing backs wait, the others go straight through."""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "de_factoring": (
        [
            "^Holzbau Krämer",
            "Zimmerei und Innenausbau · Dorfstraße 4 · 34466 Wolfhagen · Tel. 05692 1234",
            "",
            "Familie Schreiber | | Rechnung Nr. | 26-118",
            "Am Mühlbach 9 | | Datum | 23.11.2026",
            "34466 Wolfhagen | | Fällig am | 07.12.2026",
            "",
            "Pos. | Leistung | Menge | Preis | Betrag",
            "1 | Carport Lärche, montiert | 1 | 4.200,00 | 4.200,00",
            "2 | Dachrinne mit Fallrohr | 1 | 380,00 | 380,00",
            "",
            "| | | Nettobetrag | 4.580,00 €",
            "| | | USt. 19 % | 870,20 €",
            "| | | Rechnungsbetrag | 5.450,20 €",
            "",
            "Wir haben unsere Forderung an die Nordfactor Finanz GmbH abgetreten.",
            "Zahlungen mit befreiender Wirkung nur auf deren Konto:",
            "Kontoinhaber: Nordfactor Finanz GmbH · IBAN DE21 3005 0110 1008 7766 55",
            "Steuernummer 026 812 34567",
        ],
        {
            "invoice_number": "26-118",
            "issue_date": "2026-11-23",
            "due_date": "2026-12-07",
            "seller": "Holzbau Krämer",
            "currency": "EUR",
            "net_total": "4580.00",
            "tax_total": "870.20",
            "gross_total": "5450.20",
        },
    ),
    "en_factoring": (
        [
            "^Brightwater Joinery Ltd",
            "Unit 7, Tanners Yard, Norwich NR3 1AU · VAT No. GB 298 4410 73",
            "",
            "Invoice to: | | Invoice No: | BJ-4471",
            "Marsh & Tate Builders Ltd | | Invoice date: | 24/11/2026",
            "14 Colegate, Norwich NR3 1BN | | Payment due: | 24/12/2026",
            "",
            "Description | Amount",
            "Oak staircase, fitted | £6,400.00",
            "Balustrade and newel posts | £1,150.00",
            "",
            "| Net | £7,550.00",
            "| VAT 20% | £1,510.00",
            "| Total | £9,060.00",
            "",
            "This invoice has been assigned to Crestline Trade Finance Limited.",
            "Please pay Crestline Trade Finance Limited only: sort code 40-11-62, account 31926814.",
        ],
        {
            "invoice_number": "BJ-4471",
            "issue_date": "2026-11-24",
            "due_date": "2026-12-24",
            "seller": "Brightwater Joinery Ltd",
            "currency": "GBP",
            "net_total": "7550.00",
            "tax_total": "1510.00",
            "gross_total": "9060.00",
        },
    ),
    "en_on_behalf": (
        [
            "^Fieldnote Billing Services LLC",
            "Invoice issued on behalf of:",
            "Marta Ruiz Photography LLC, 88 Elm Street, Asheville, NC 28801",
            "",
            "Client: | Blue Ridge Wedding Venue | Invoice #: | MRP-2026-077",
            "| 410 Summit Road, Asheville, NC 28803 | Date: | Nov 25, 2026",
            "| | Due: | Dec 10, 2026",
            "",
            "Description | Amount",
            "Venue photo shoot, 6 hours | $1,800.00",
            "Edited image set (120 images) | $600.00",
            "",
            "| Subtotal | $2,400.00",
            "| Sales tax (7%) | $168.00",
            "| Total due | $2,568.00",
            "",
            "Payments are collected by Fieldnote Billing Services LLC for Marta Ruiz Photography LLC.",
        ],
        {
            "invoice_number": "MRP-2026-077",
            "issue_date": "2026-11-25",
            "due_date": "2026-12-10",
            "seller": "Marta Ruiz Photography LLC",
            "currency": "USD",
            "net_total": "2400.00",
            "tax_total": "168.00",
            "gross_total": "2568.00",
        },
    ),
}

WAITS: dict[str, set[str]] = {"de_factoring": set()}
