"""Invoices whose header is a grid of labels over their values, as invoicing web apps and the
sample documents of document-AI SDKs print them, drawn as plain pages after kinds of layout
real documents have (not copies of anyone's documents): the parties' headings in the same row
as other fields' labels ('From | To | PO no | Invoice no', 'Von | An | Bestellnr. |
Rechnungsnr.', 'De | À | …', 'De | Para | …', 'Bill From | Bill To | Invoice # | Date') with
each value under its label; dates printed with a space on either side of each slash
('14 / 11 / 2026'); and a letterhead name over an 'Address: | Invoice For:' pair, its one
amount printed under 'Charges' in a row of labels. Scored before any rule was written for
them (``benchmarks/RESULTS.md``)."""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "en_app_grid": (
        [
            "^Invoice",
            "Invoice date | Due date",
            "14 / 11 / 2026 | 28 / 11 / 2026",
            "",
            "From | To | PO no | Invoice no",
            "Petalcraft | Anna Whitfield | 0042 | #PTL-208",
            "hello@petalcraft.co.uk | anna.w@example.com",
            "12 Mill Lane | 7 Orchard Close",
            "Leeds LS6 2AB | York YO24 1DE",
            "",
            "Item | Quantity | Unit Price | Total",
            "Bridal bouquet | 1 | £180.00 | £180.00",
            "Table centrepiece | 6 | £35.00 | £210.00",
            "",
            "| | Subtotal | £390.00",
            "| | Tax (20%) | £78.00",
            "| | Total Amount Due | £ 468.00",
            "",
            "Payment Memo",
            "Thank you for your order",
            "www.petalcraft.co.uk",
        ],
        {
            "invoice_number": "PTL-208",
            "issue_date": "2026-11-14",
            "due_date": "2026-11-28",
            "seller": "Petalcraft",
            "currency": "GBP",
            "net_total": "390.00",
            "tax_total": "78.00",
            "gross_total": "468.00",
        },
    ),
    "de_app_grid": (
        [
            "^Rechnung",
            "Rechnungsdatum | Fälligkeitsdatum",
            "05 / 11 / 2026 | 19 / 11 / 2026",
            "",
            "Von | An | Bestellnr. | Rechnungsnr.",
            "Kaffeerösterei Lindner | Büro Hoffmann | B-771 | RE-2026-0315",
            "Hafenstraße 8 | Marktplatz 2",
            "24103 Kiel | 24534 Neumünster",
            "",
            "Artikel | Menge | Einzelpreis | Gesamt",
            "Espressobohnen 1 kg | 10 | 24,00 € | 240,00 €",
            "Entkalker | 2 | 12,50 € | 25,00 €",
            "",
            "| | Zwischensumme | 265,00 €",
            "| | MwSt. (19 %) | 50,35 €",
            "| | Gesamtbetrag | 315,35 €",
        ],
        {
            "invoice_number": "RE-2026-0315",
            "issue_date": "2026-11-05",
            "due_date": "2026-11-19",
            "seller": "Kaffeerösterei Lindner",
            "currency": "EUR",
            "net_total": "265.00",
            "tax_total": "50.35",
            "gross_total": "315.35",
        },
    ),
    "fr_app_grid": (
        [
            "^Facture",
            "Date de facture | Date d'échéance",
            "02 / 11 / 2026 | 02 / 12 / 2026",
            "",
            "De | À | Bon de commande | Facture n°",
            "Atelier Verdier | Mme Claire Dubois | BC-19 | F-2026-044",
            "12 rue des Tanneurs | 5 avenue Foch",
            "69002 Lyon | 69006 Lyon",
            "",
            "Désignation | Quantité | Prix unitaire | Total",
            "Reliure cuir | 3 | 85,00 € | 255,00 €",
            "Dorure du titre | 3 | 15,00 € | 45,00 €",
            "",
            "| | Total HT | 300,00 €",
            "| | TVA (20 %) | 60,00 €",
            "| | Total TTC | 360,00 €",
        ],
        {
            "invoice_number": "F-2026-044",
            "issue_date": "2026-11-02",
            "due_date": "2026-12-02",
            "seller": "Atelier Verdier",
            "currency": "EUR",
            "net_total": "300.00",
            "tax_total": "60.00",
            "gross_total": "360.00",
        },
    ),
    "es_app_grid": (
        [
            "^Factura",
            "Fecha de emisión | Fecha de vencimiento",
            "09 / 11 / 2026 | 09 / 12 / 2026",
            "",
            "De | Para | Pedido | Factura n.º",
            "Cerámica Olmos | Lucía Prieto | P-310 | FAC-0877",
            "Calle Alfarería 21 | Calle Mayor 40",
            "46120 Valencia | 46001 Valencia",
            "",
            "Concepto | Cantidad | Precio | Importe",
            "Juego de platos | 2 | 64,00 € | 128,00 €",
            "Jarra esmaltada | 1 | 32,00 € | 32,00 €",
            "",
            "| | Base imponible | 160,00 €",
            "| | IVA (21 %) | 33,60 €",
            "| | Total | 193,60 €",
        ],
        {
            "invoice_number": "FAC-0877",
            "issue_date": "2026-11-09",
            "due_date": "2026-12-09",
            "seller": "Cerámica Olmos",
            "currency": "EUR",
            "net_total": "160.00",
            "tax_total": "33.60",
            "gross_total": "193.60",
        },
    ),
    "us_bill_from_grid": (
        [
            "^INVOICE",
            "Bill From | Bill To | Invoice # | Date",
            "Quillon Web Studio | Ridgeway Dental Care | QW-1187 | 11 / 20 / 2026",
            "billing@quillon.example | 55 Elm Avenue",
            "Austin, TX 78701 | Austin, TX 78704",
            "",
            "Description | Qty | Rate | Amount",
            "Website maintenance, November | 1 | $450.00 | $450.00",
            "Hosting renewal | 1 | $120.00 | $120.00",
            "",
            "| | Subtotal | $570.00",
            "| | Sales Tax (8%) | $45.60",
            "| | Total | $615.60",
        ],
        {
            "invoice_number": "QW-1187",
            "issue_date": "2026-11-20",
            "seller": "Quillon Web Studio",
            "currency": "USD",
            "net_total": "570.00",
            "tax_total": "45.60",
            "gross_total": "615.60",
        },
    ),
    "en_charges_grid": (
        [
            "^Harbor Lane Design",
            "Address: | Invoice For: | Tailwind Outfitters",
            "410 Pine Street, Suite 200 | 88 Commerce Way",
            "Portland, OR 97204 | Boise, ID 83702",
            "",
            "Invoice Number | Invoice Date | Invoice Due Date | Charges | VAT ID",
            "58120934 | 9/14/2026 | 9/28/2026 | $12,480.00 | US",
        ],
        {
            "invoice_number": "58120934",
            "issue_date": "2026-09-14",
            "due_date": "2026-09-28",
            "seller": "Harbor Lane Design",
            "currency": "USD",
            "gross_total": "12480.00",
        },
    ),
}

# the one amount is printed once and nothing backs it: a person confirms it
WAITS: dict[str, set[str]] = {"en_charges_grid": set()}
