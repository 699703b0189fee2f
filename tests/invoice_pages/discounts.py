"""Invoices that offer a discount for paying early, drawn as plain pages after their kinds of
layout: German 'Skonto' in a payment sentence ('Zahlbar bis … ohne Abzug. Bei Zahlung bis …
2 % Skonto (23,32 €): Zahlbetrag 1.142,88 €') and in two lines of terms ('Bei Zahlung bis zum
16.11.2026 abzüglich 3 % Skonto = 2.828,04 EUR', 'Bis zum 06.12.2026 netto = 2.915,50 EUR'),
US terms '2% 10, Net 30' with 'Pay $970.20 if paid by …', French 'Escompte pour paiement
anticipé'. The gross is the invoice's total and the due date the one for the whole amount,
never the discounted amount or its deadline."""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "skonto_de": (
        [
            "Holzbau Brenner GmbH · Sägewerkstraße 4 · 87435 Kempten",
            "Familie",
            "Thomas und Anna Berger",
            "Alpenblick 7",
            "87437 Kempten",
            "Rechnung Nr. 2026-0731",
            "Rechnungsdatum: 04.11.2026",
            "Leistungsdatum: 28.10.2026",
            "",
            "Pos. | Bezeichnung | Menge | Einzelpreis | Gesamt",
            "1 | Carport Lärche 3x5 m, Montage | 1 | 980,00 € | 980,00 €",
            "",
            "Nettobetrag | 980,00 €",
            "zzgl. 19 % MwSt. | 186,20 €",
            "Rechnungsbetrag | 1.166,20 €",
            "Zahlbar bis 18.11.2026 ohne Abzug. Bei Zahlung bis 11.11.2026 gewähren wir 2 % Skonto (23,32 €): Zahlbetrag 1.142,88 €.",
        ],
        {
            "invoice_number": "2026-0731",
            "issue_date": "2026-11-04",
            "due_date": "2026-11-18",
            "seller": "Holzbau Brenner GmbH",
            "currency": "EUR",
            "net_total": "980.00",
            "tax_total": "186.20",
            "gross_total": "1166.20",
        },
    ),
    "skonto_first": (
        [
            "Elektro Vogt KG",
            "Bahnhofstraße 9, 72764 Reutlingen",
            "USt-IdNr. DE214365870",
            "Rechnung",
            "Rechnungsnummer: RV-55102",
            "Datum: 06.11.2026",
            "",
            "Summe netto | 2.450,00 EUR",
            "MwSt. 19 % | 465,50 EUR",
            "Gesamtbetrag | 2.915,50 EUR",
            "",
            "Zahlungsbedingungen:",
            "Bei Zahlung bis zum 16.11.2026 abzüglich 3 % Skonto = 2.828,04 EUR",
            "Bis zum 06.12.2026 netto = 2.915,50 EUR",
        ],
        {
            "invoice_number": "RV-55102",
            "issue_date": "2026-11-06",
            "due_date": "2026-12-06",
            "seller": "Elektro Vogt KG",
            "currency": "EUR",
            "net_total": "2450.00",
            "tax_total": "465.50",
            "gross_total": "2915.50",
        },
    ),
    "terms_us": (
        [
            "Cascade Fasteners Inc.",
            "4410 Industrial Way, Portland, OR 97218",
            "INVOICE",
            "Invoice # 88213",
            "Invoice Date: 11/02/2026",
            "Terms: 2% 10, Net 30",
            "Due Date: 12/02/2026",
            "Bill To: Ridgeline Builders LLC",
            "",
            "Item | Qty | Unit Price | Extended",
            "Hex bolts 1/2 in, box | 40 | 18.50 | 740.00",
            "Washers, box | 40 | 6.25 | 250.00",
            "",
            "Subtotal | 990.00",
            "Sales Tax (0%) | 0.00",
            "Total | $990.00",
            "Pay $970.20 if paid by 11/12/2026 (2% discount)",
        ],
        {
            "invoice_number": "88213",
            "issue_date": "2026-11-02",
            "due_date": "2026-12-02",
            "seller": "Cascade Fasteners Inc.",
            "currency": "USD",
            "net_total": "990.00",
            "tax_total": "0.00",
            "gross_total": "990.00",
        },
    ),
    "escompte_fr": (
        [
            "Menuiserie Dubois SARL",
            "3 rue du Port, 44000 Nantes",
            "SIRET 812 345 678 00019 - TVA FR45812345678",
            "FACTURE N° 2026-418",
            "Date : 05/11/2026",
            "Échéance : 05/12/2026",
            "",
            "Total HT | 1 200,00 €",
            "TVA 20 % | 240,00 €",
            "Total TTC | 1 440,00 €",
            "Escompte pour paiement anticipé sous 8 jours : 1 % soit 14,40 € - Net à payer après escompte : 1 425,60 €",
        ],
        {
            "invoice_number": "2026-418",
            "issue_date": "2026-11-05",
            "due_date": "2026-12-05",
            "seller": "Menuiserie Dubois SARL",
            "currency": "EUR",
            "net_total": "1200.00",
            "tax_total": "240.00",
            "gross_total": "1440.00",
        },
    ),
}

WAITS: dict[str, set[str]] = {}
