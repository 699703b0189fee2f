"""Invoices that name companies other than the seller and the buyer, drawn as plain pages after
kinds of layout real documents have (not copies of anyone's documents): a group's holding in
the footer ('Ein Unternehmen der … Holding AG') under a subsidiary's letterhead; a freelancer
paid through a payment institution whose name carries a legal form ('Wise Europe SA') and no
word for a bank; a reseller whose item lines name the software maker ('Microsoft Ireland
Operations Ltd'); a delivery address naming the site's contractor ('Lieferanschrift: …
Hoch-Tief Bau AG') beside the billing address. None of those companies is the seller: every
page must read right and go straight through. (The freelancer's waited while its number, after
the bare word 'Rechnung' in a grid's later cell in body type, was taken for any label's value;
'Rechnung' heads a column of labels there, 'Rechnungsdatum' under it, and names the number.)"""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "group_footer": (
        [
            "^ALPINA Werkzeuge",
            "Alpina Werkzeuge GmbH & Co. KG · Talstraße 3 · 87700 Memmingen",
            "",
            "Metallbau Huber OHG | | Rechnung Nr. | R-26-3381",
            "Industriestraße 21 | | Datum | 24.11.2026",
            "86899 Landsberg | | Zahlbar bis | 08.12.2026",
            "",
            "Artikel | Menge | Preis | Betrag",
            "Spiralbohrer-Satz HSS-E | 5 | 48,90 | 244,50",
            "Gewindeschneider M8 | 10 | 12,40 | 124,00",
            "",
            "| | Netto | 368,50 €",
            "| | MwSt 19 % | 70,02 €",
            "| | Gesamt | 438,52 €",
            "",
            "Ein Unternehmen der Brenner Industrie Holding AG",
            "Sitz Memmingen · HRA 4411 · USt-IdNr. DE 131 552 908",
        ],
        {
            "invoice_number": "R-26-3381",
            "issue_date": "2026-11-24",
            "due_date": "2026-12-08",
            "seller": "Alpina Werkzeuge GmbH & Co. KG",
            "currency": "EUR",
            "net_total": "368.50",
            "tax_total": "70.02",
            "gross_total": "438.52",
        },
    ),
    "payment_institution": (
        [
            "^Tomasz Wiśniewski",
            "Grafikdesign und Illustration",
            "Oranienstraße 185, 10999 Berlin",
            "",
            "Kreuzberger Kaffeerösterei | | Rechnung | 2026-044",
            "Wrangelstraße 12 | | Rechnungsdatum | 25.11.2026",
            "10997 Berlin | | Leistungszeitraum | November 2026",
            "",
            "Leistung | Betrag",
            "Etiketten-Design, 3 Sorten | 900,00 €",
            "Illustration Verpackung | 450,00 €",
            "",
            "| Nettobetrag | 1.350,00 €",
            "| zzgl. 19 % USt. | 256,50 €",
            "| Rechnungsbetrag | 1.606,50 €",
            "",
            "Zahlbar innerhalb von 14 Tagen bis zum 09.12.2026.",
            "Konto: Wise Europe SA · IBAN BE71 9670 2283 4411 · BIC TRWIBEB1XXX",
            "Kontoinhaber: Tomasz Wiśniewski · Steuernummer 16/245/01234",
        ],
        {
            "invoice_number": "2026-044",
            "issue_date": "2026-11-25",
            "due_date": "2026-12-09",
            "seller": "Tomasz Wiśniewski",
            "currency": "EUR",
            "net_total": "1350.00",
            "tax_total": "256.50",
            "gross_total": "1606.50",
        },
    ),
    "software_reseller": (
        [
            "^ByteWerk IT-Service",
            "Kaiserstraße 41 · 76133 Karlsruhe · www.bytewerk-it.de · USt-IdNr. DE 311 245 876",
            "",
            "Anwaltskanzlei Roth & Partner mbB | | Rechnung Nr. | BW-2026-1190",
            "Stephanienstraße 18 | | Datum | 26.11.2026",
            "76133 Karlsruhe | | Fällig | 10.12.2026",
            "",
            "Artikel | Menge | Preis | Betrag",
            "Microsoft 365 Business Standard, 12 Monate (Microsoft Ireland Operations Ltd) | 8 | 151,20 | 1.209,60",
            "Einrichtung und Migration | 6 | 95,00 | 570,00",
            "",
            "| | Summe netto | 1.779,60 €",
            "| | USt. 19 % | 338,12 €",
            "| | Gesamtbetrag | 2.117,72 €",
        ],
        {
            "invoice_number": "BW-2026-1190",
            "issue_date": "2026-11-26",
            "due_date": "2026-12-10",
            "seller": "ByteWerk IT-Service",
            "currency": "EUR",
            "net_total": "1779.60",
            "tax_total": "338.12",
            "gross_total": "2117.72",
        },
    ),
    "delivery_site": (
        [
            "^Pumpen Janssen e.K.",
            "Hafenstraße 12 · 26721 Emden · Tel. 04921 55 66 77 · USt-IdNr. DE 117 908 443",
            "",
            "Rechnungsanschrift: | Lieferanschrift:",
            "Stadtwerke Emden GmbH | Baustelle Klärwerk Larrelt",
            "Martin-Faber-Straße 11 | c/o Hoch-Tief Bau AG",
            "26725 Emden | Am Deich 4, 26723 Emden",
            "",
            "Rechnung Nr. 26-0771 · Datum 27.11.2026 · Zahlbar bis 11.12.2026",
            "",
            "Pos. | Artikel | Menge | Preis | Betrag",
            "1 | Tauchmotorpumpe 7,5 kW | 2 | 3.850,00 | 7.700,00",
            "2 | Montage | 1 | 640,00 | 640,00",
            "",
            "| | | Netto | 8.340,00 €",
            "| | | MwSt. 19 % | 1.584,60 €",
            "| | | Brutto | 9.924,60 €",
        ],
        {
            "invoice_number": "26-0771",
            "issue_date": "2026-11-27",
            "due_date": "2026-12-11",
            "seller": "Pumpen Janssen e.K.",
            "currency": "EUR",
            "net_total": "8340.00",
            "tax_total": "1584.60",
            "gross_total": "9924.60",
        },
    ),
}

WAITS: dict[str, set[str]] = {}
