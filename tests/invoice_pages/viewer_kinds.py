"""Pages of the kinds the `ferd25` batch showed (an e-invoice viewer's print of FeRD's 2.5.2
samples; drawn after them with other names and values, and after the rules for those kinds,
so no first-score probe): the title names the kind of invoice and its code before the number
('Teilrechnung Bau (875) Nr. 3307 vom …', 'Rechnungskorrektur (384) Nr. …'); the VAT table's
rate and tax stand in two columns ('19' | '456,00', which a space-grouped reading makes
19 456,00); the tax sum is printed as the XML holds it, with one decimal ('Steuerbetrag in EUR
61,8'); and a later page lists the earlier invoices under 'Dokument | Datum', dates that are
not this invoice's."""

from __future__ import annotations

from typing import Any

_SELLER = [
    "Verkäufer",
    "Name: Holzbau Brenner GmbH",
    "Anschrift: Sägewerkstraße 4",
    "DE 79102 Freiburg",
    "USt.-Id.-Nr.: DE301122334",
    "Käufer/Leistungsempfänger",
    "Name: Gemeinde Kirchzarten",
    "Anschrift: Talvogteistraße 12",
    "DE 79199 Kirchzarten",
]

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "progress_invoice": (
        [
            "Visualisierung eRechnung",
            "Teilrechnung Bau (875) Nr. 3307 vom 14.08.2026",
            "Währung: EUR",
            "Liefer- und Leistungsdatum: 31.07.2026",
            *_SELLER,
            "Umsatzsteueraufschlüsselung",
            "Art (Kategorie) | Basisbetrag | Steuersatz [%] | Steuerbetrag",
            "Umsatzsteuer (S) | 2.400,00 | 19 | 456,00",
            "",
            "Belegsummen",
            "Rechnungssumme ohne USt. | 2.400,00",
            "Bruttosumme | 2.856,00",
            "Zahlbetrag | 2.856,00",
            "",
            "Zahlungsbedingungen",
            "Beschreibung | Fälligkeit",
            "Zahlbar innerhalb 14 Tagen | 28.08.2026",
            "",
            "<pagebreak>",
            "Vorauszahlungen",
            "Dokument | Datum | Dokumentenart | Gezahlter Betrag",
            "3301 | 02.06.2026 | Teilrechnung | 1.190,00",
        ],
        {
            "invoice_number": "3307",
            "issue_date": "2026-08-14",
            "due_date": "2026-08-28",
            "seller": "Holzbau Brenner GmbH",
            "currency": "EUR",
            "net_total": "2400.00",
            "tax_total": "456.00",
            "gross_total": "2856.00",
        },
    ),
    "correction": (
        [
            "Visualisierung eRechnung",
            "Rechnungskorrektur (384) Nr. 88120 vom 03.09.2026 - Nachberechnung",
            "Währung: EUR",
            *_SELLER,
            "Umsatzsteueraufschlüsselung",
            "Art (Kategorie) | Basisbetrag | Steuersatz [%] | Steuerbetrag",
            "Umsatzsteuer (S) | 325,26 | 19 % | 61,8",
            "",
            "Belegsummen",
            "Rechnungssumme ohne USt. | 325,26",
            "Steuerbetrag in EUR | 61,8",
            "Bruttosumme | 387,06",
            "",
            "Zahlungsbedingungen",
            "Beschreibung | Fälligkeit",
            "Zahlbar ohne Abzug | 17.09.2026",
        ],
        {
            "invoice_number": "88120",
            "issue_date": "2026-09-03",
            "due_date": "2026-09-17",
            "seller": "Holzbau Brenner GmbH",
            "currency": "EUR",
            "net_total": "325.26",
            "tax_total": "61.80",
            "gross_total": "387.06",
        },
    ),
}

WAITS: dict[str, set[str]] = {}
