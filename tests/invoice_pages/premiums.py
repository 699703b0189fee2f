"""Bills of the kinds the `oca` batch showed (drawn after them, with other names and values;
written after the rules for those kinds, so no first-score probe): an insurer's premium bill
('Beitragsrechnung': the date flush right on the title's or the contract's line, the due date
in a sentence ('wird … am 01.11.2026 fällig'), 'Gesamtbeitrag' / 'Versicherungsteuer' /
'Rechnungsbeitrag'), one whose premium includes the tax (the rate on the premium's line, the
tax in brackets, an older claim added to what is to pay), an invoice whose due date is only in
a direct-debit sentence running over two lines, and one with a discount under an item, a
special discount and shipping between the items and the net. The premium bills print no
invoice number: they read right and wait for a person. (An insurer's name wrapped over two
lines is drawn in ``tests/robot_lib/test_invoice_erp_prints.py``, its lines as close as a
letter sets them.)"""

from __future__ import annotations

from typing import Any

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "liability": (
        [
            "Nordstern Hausrat Versicherungsverein Kiel a.G.",
            "Frau",
            "Jana Petersen",
            "Hafenstraße 3",
            "24103 Kiel",
            "Geschäftsstelle Ost",
            "Ringstraße 12",
            "24114 Kiel",
            "Tel.: 0431/55501",
            "Beitragsrechnung | 12. Oktober 2026",
            "Hausratversicherung VSNR: 12.345.678.9 (Bei Zahlung bitte angeben.)",
            "zu Ihrer Hausratversicherung wird der Beitrag für das Jahr am 01.11.2026 fällig.",
            "Hausrat Grunddeckung | 120,00 €",
            "Fahrraddiebstahl | 0,00 €",
            "Gesamtbeitrag | 120,00 €",
            "Versicherungsteuer 19 % | 22,80 €",
            "Rechnungsbeitrag | 142,80 €",
            "Bitte überweisen Sie den Beitrag auf: IBAN DE75 2105 0170 0000 1234 56.",
        ],
        {
            "issue_date": "2026-10-12",
            "due_date": "2026-11-01",
            "seller": "Nordstern Hausrat Versicherungsverein Kiel a.G.",
            "currency": "EUR",
            "net_total": "120.00",
            "tax_total": "22.80",
            "gross_total": "142.80",
        },
    ),
    "motor": (
        [
            "Südwind Kraftfahrt Versicherungsverein Ulm a.G.",
            "Herrn",
            "Peter Maier",
            "Lindenweg 8",
            "89073 Ulm",
            "Beitragsrechnung zur Kfz-Versicherung Nr. 11.222.333.4 | 5. Dezember 2026",
            "Rechnungszeitraum: 01.01.2027 - 31.03.2027",
            "Fälligkeitstag: 01.01.2027",
            "Kfz-Haftpflicht SF12 | 110,00 €",
            "Teilkasko | 190,00 €",
            "vierteljährlicher Beitrag inklusive 19 % Versicherungsteuer | 300,00 €",
            "in diesem Beitrag enthaltene Versicherungsteuer | (47,90 €)",
            "Ausstehende Forderung am Ausstellungstag | 300,00 €",
            "zu zahlender Beitrag | 600,00 €",
            "Bankverbindung: IBAN DE75 6305 0000 0000 4455 66, Sparkasse Ulm.",
        ],
        {
            "issue_date": "2026-12-05",
            "due_date": "2027-01-01",
            "seller": "Südwind Kraftfahrt Versicherungsverein Ulm a.G.",
            "currency": "EUR",
            "tax_total": "47.90",
            "gross_total": "300.00",
        },
    ),
    "direct_debit": (
        [
            "Rechnungsersteller",
            "Berger Bürobedarf GmbH",
            "Gewerbepark 4, 93055 Regensburg",
            "RECHNUNG",
            "Rechnungsnummer | 2026-8841",
            "Rechnungsdatum | 01.12.2026",
            "Beträge in | EUR",
            "Rechnungsempfänger",
            "Praxis Dr. Vogel",
            "Domplatz 2, 93047 Regensburg",
            "Pos | Artikel | Menge | Preis | Betrag",
            "1 | Kopierpapier A4 | 10 | 4,50 | 45,00",
            "2 | Ordner breit | 20 | 2,75 | 55,00",
            "Rechnungssumme Netto | 100,00",
            "Umsatzsteuer 19 % | 19,00",
            "Rechnungssumme Brutto | 119,00",
            "Der Betrag in Höhe von EUR 119,00 wird am 15.12.2026 von Ihrem Konto",
            "mit IBAN DE02 1203 0000 0000 2020 51 per SEPA-Lastschrift eingezogen.",
            "USt-IdNr.: DE234567891",
        ],
        {
            "invoice_number": "2026-8841",
            "issue_date": "2026-12-01",
            "due_date": "2026-12-15",
            "seller": "Berger Bürobedarf GmbH",
            "currency": "EUR",
            "net_total": "100.00",
            "tax_total": "19.00",
            "gross_total": "119.00",
        },
    ),
    "discounts_and_shipping": (
        [
            "Rechnungsersteller",
            "Alpen Getränke GmbH",
            "Talstraße 9, 83022 Rosenheim",
            "RECHNUNG",
            "Rechnungsnummer | 7713",
            "Rechnungsdatum | 20.11.2026",
            "Rechnungsempfänger",
            "Gasthof Zur Linde",
            "Dorfplatz 1, 83101 Rohrdorf",
            "Pos | Artikel | Menge | Preis | Entgelt",
            "1 | Apfelsaft Kiste | 10 | 8,00 | 80,00",
            "abzgl. 10 % Rabatt | | | | -8,00",
            "2 | Mineralwasser Kiste | 20 | 5,00 | 100,00",
            "3 | Pfand | 30 | 3,10 | 93,00",
            "Zwischensumme | 265,00",
            "abzgl. Sondernachlass 5 % von 172,00 | -8,60",
            "zzgl. Versandkosten | 12,50",
            "Rechnungssumme Netto | 268,90",
            "Umsatzsteuer 19 % | 51,09",
            "Rechnungssumme Brutto | 319,99",
            "USt-IdNr.: DE345678912",
        ],
        {
            "invoice_number": "7713",
            "issue_date": "2026-11-20",
            "seller": "Alpen Getränke GmbH",
            "currency": "EUR",
            "net_total": "268.90",
            "tax_total": "51.09",
            "gross_total": "319.99",
        },
    ),
}

# the premium bills print no invoice number: everything else reads right, and they wait
WAITS: dict[str, set[str]] = {"liability": set(), "motor": set()}
