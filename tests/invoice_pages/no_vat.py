"""Invoices from sellers who charge no VAT, as small firms print them: a German
'Kleinunternehmer' ('Gemäß § 19 UStG wird keine Umsatzsteuer berechnet', the sender line over
the window), a French auto-entrepreneur ('TVA non applicable, art. 293 B du CGI', a letterhead
'Julien Moreau - Développeur web', 'au plus tard le'), a British tradesman not registered for
VAT ('Total due')."""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "kleinunternehmer": (
        [
            "Lena Hoffmann · Grafikdesign · Am Stadtpark 3 · 90409 Nürnberg",
            "Bäckerei Schuster",
            "Hauptstraße 22",
            "90402 Nürnberg",
            "Rechnung Nr. 2026-041",
            "Datum: 09.11.2026",
            "Leistungszeitraum: Oktober 2026",
            "",
            "Leistung | Stunden | Satz | Betrag",
            "Logo-Überarbeitung | 6 | 55,00 € | 330,00 €",
            "Flyer-Layout | 3 | 55,00 € | 165,00 €",
            "",
            "Gesamtbetrag | 495,00 €",
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "Bitte überweisen Sie den Betrag bis zum 23.11.2026 auf das Konto DE89 3704 0044 0532 0130 00.",
        ],
        {
            "invoice_number": "2026-041",
            "issue_date": "2026-11-09",
            "due_date": "2026-11-23",
            "seller": "Lena Hoffmann",
            "currency": "EUR",
            "gross_total": "495.00",
        },
    ),
    "auto_entrepreneur": (
        [
            "Julien Moreau - Développeur web",
            "EI - SIRET 901 234 567 00012",
            "8 rue Sainte-Catherine, 33000 Bordeaux",
            "FACTURE N° F2026-19",
            "Date : 10/11/2026",
            "Client : Librairie Mollat SARL",
            "",
            "Désignation | Quantité | Prix unitaire | Total",
            "Développement module de réservation | 4 jours | 450,00 € | 1 800,00 €",
            "",
            "Total HT | 1 800,00 €",
            "TVA non applicable, art. 293 B du CGI",
            "Net à payer | 1 800,00 €",
            "Paiement à 30 jours, soit au plus tard le 10/12/2026",
        ],
        {
            "invoice_number": "F2026-19",
            "issue_date": "2026-11-10",
            "due_date": "2026-12-10",
            "seller": "Julien Moreau",
            "currency": "EUR",
            "net_total": "1800.00",
            "gross_total": "1800.00",
        },
    ),
    "uk_not_registered": (
        [
            "Tom Ashworth Carpentry",
            "14 Elm Grove, York YO10 3BT",
            "tom@ashworthcarpentry.example",
            "INVOICE",
            "Invoice no: 0087",
            "Date: 11 November 2026",
            "To: Mrs J. Patel, 2 Church Lane, York",
            "",
            "Fitting kitchen shelves | £240.00",
            "Materials | £86.40",
            "",
            "Total due | £326.40",
            "Not VAT registered. Payment within 14 days please.",
        ],
        {
            "invoice_number": "0087",
            "issue_date": "2026-11-11",
            "seller": "Tom Ashworth Carpentry",
            "currency": "GBP",
            "gross_total": "326.40",
        },
    ),
}

WAITS: dict[str, set[str]] = {}
