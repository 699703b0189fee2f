"""Pages of the kinds the `ferd25` batch showed (an e-invoice viewer's print of FeRD's 2.5.2
samples; drawn after them with other names and values, and after the rules for those kinds,
so no first-score probe): the title names the kind of invoice and its code before the number
('Teilrechnung Bau (875) Nr. 3307 vom …', 'Rechnungskorrektur (384) Nr. …'); the VAT table's
rate and tax stand in two columns ('19' | '456,00', which a space-grouped reading makes
19 456,00); the tax sum is printed as the XML holds it, with one decimal ('Steuerbetrag in EUR
61,8'); and a later page lists the earlier invoices under 'Dokument | Datum', dates that are
not this invoice's. And, from the rest of FeRD's 2.5.2 prints (probed, not kept): an insurer's
'Rechnung des Versicherers (575) Nr.', its name begun on a line of its own above the 'Name:' line
that goes on with it, a tax sum of '0'; a credit note whose negative amounts add up."""

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

PAGES["insurer"] = (
    [
        "Visualisierung eRechnung",
        "Rechnung des Versicherers (575) Nr. 44.512.300.1-2026-2 vom 02.02.2026",
        "Währung: EUR",
        "Verkäufer",
        "Nummer: 771204",
        "Nordlicht Gegenseitige",
        "Name: Versicherungsgesellschaft Flensburg a.G.",
        "Anschrift: Hafendamm 4",
        "DE 24937 Flensburg",
        "Käufer/Leistungsempfänger",
        "Name: Jonas Berg",
        "Anschrift: Mühlenweg 9",
        "DE 24939 Flensburg",
        "Belegsummen",
        "Rechnungssumme ohne USt. | 318,40",
        "Steuerbetrag in EUR | 0",
        "Bruttosumme | 318,40",
        "",
        "Zahlungsbedingungen",
        "Beschreibung | Fälligkeit",
        "Zahlbar ohne Abzug | 01.03.2026",
    ],
    {
        "invoice_number": "44.512.300.1-2026-2",
        "issue_date": "2026-02-02",
        "due_date": "2026-03-01",
        "seller": "Nordlicht Gegenseitige Versicherungsgesellschaft Flensburg a.G.",
        "currency": "EUR",
        "net_total": "318.40",
        "tax_total": "0.00",
        "gross_total": "318.40",
    },
)
# the same viewer's credit note: every amount negative, and they add up
PAGES["credit_note"] = (
    [
        *PAGES["correction"][0][:1],
        "Gutschrift (381) Nr. 88131 vom 10.09.2026",
        *PAGES["correction"][0][2:7],
        "Umsatzsteuer (S) | -120,00 | 19 | -22,80",
        "",
        "Belegsummen",
        "Rechnungssumme ohne USt. | -120,00",
        "Steuerbetrag in EUR | -22,80",
        "Bruttosumme | -142,80",
    ],
    {
        "invoice_number": "88131",
        "issue_date": "2026-09-10",
        "seller": "Holzbau Brenner GmbH",
        "currency": "EUR",
        "net_total": "-120.00",
        "tax_total": "-22.80",
        "gross_total": "-142.80",
    },
)

WAITS: dict[str, set[str]] = {"credit_note": set()}  # a credit, read right, for a person
