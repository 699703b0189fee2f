"""Totals per VAT rate, a global discount, and a deposit or a payment on account after the
total, an equivalent in another currency, cash and change: the invoice's gross is the sum over
the rates and stays what the page totals before anything paid is taken off. The kind this found: **one rate's net and tax making an amount
printed above them** (a restaurant's 'Getränke 238,00 €' over 'Netto 19 % 200,00 €' and
'MwSt 19 % 38,00 €') was accepted as the gross, 238,00 € of a 658,00 € bill."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import misread
from tests.invoice_typeset import read_text_page

BASE = [
    "Café Sonnenschein GmbH",
    "Marktplatz 3, 79098 Freiburg",
    "",
    "Rechnung Nr. 4471 vom 14.10.2026",
    "",
]
TRUTH: dict[str, Any] = {
    "invoice_number": "4471",
    "issue_date": "2026-10-14",
    "seller": "Café Sonnenschein GmbH",
    "currency": "EUR",
    "net_total": "592.52",
    "tax_total": "65.48",
    "gross_total": "658.00",
}

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "fr_acompte": (
        [
            "Menuiserie Leroux SARL",
            "12 rue des Artisans, 44000 Nantes",
            "SIRET 812 345 678 00012 · TVA FR12812345678",
            "",
            "FACTURE N° F-2026-0311",
            "Date : 14/10/2026",
            "Échéance : 13/11/2026",
            "",
            "Client : M. et Mme Bernard, 3 allée des Tilleuls, 44300 Nantes",
            "",
            "Désignation | Qté | PU HT | Total HT",
            "Fenêtres PVC double vitrage | 4 | 450,00 | 1 800,00",
            "Pose | 1 | 600,00 | 600,00",
            "",
            "Remise 5 % | -120,00",
            "Total HT | 2 280,00",
            "TVA 10 % | 228,00",
            "Total TTC | 2 508,00",
            "Acompte versé le 02/09/2026 | -800,00",
            "Net à payer | 1 708,00 €",
        ],
        {
            "invoice_number": "F-2026-0311",
            "issue_date": "2026-10-14",
            "due_date": "2026-11-13",
            "seller": "Menuiserie Leroux SARL",
            "currency": "EUR",
            "net_total": "2280.00",
            "tax_total": "228.00",
            "gross_total": "2508.00",
        },
    ),
    "de_two_rates": (
        [
            "Café Sonnenschein GmbH",
            "Marktplatz 3, 79098 Freiburg",
            "St.-Nr. 06123/45678",
            "",
            "Rechnung Nr. 4471 vom 14.10.2026",
            "",
            "Bewirtung am 12.10.2026, 14 Personen",
            "",
            "Speisen (7 %) | 420,00 €",
            "Getränke (19 %) | 238,00 €",
            "",
            "Netto 7 % | 392,52 €",
            "MwSt 7 % | 27,48 €",
            "Netto 19 % | 200,00 €",
            "MwSt 19 % | 38,00 €",
            "Summe | 658,00 €",
            "",
            "Betrag dankend erhalten.",
        ],
        TRUTH,
    ),
    "uk_on_account": (
        [
            "Harwood Joinery Ltd",
            "Unit 7, Canal Wharf, Leeds LS11 5PS",
            "VAT Reg No: GB 318 2211 04",
            "",
            "INVOICE",
            "Invoice No: 3318",
            "Date: 14/10/2026",
            "",
            "To: Mr & Mrs Patel, 9 Oak Lane, Harrogate HG1 2AB",
            "",
            "Description | Amount",
            "Bespoke oak staircase, supplied and fitted | £6,200.00",
            "",
            "Net | £6,200.00",
            "VAT @ 20% | £1,240.00",
            "Total | £7,440.00",
            "Less: paid on account 01/09/2026 | -£2,000.00",
            "Balance due | £5,440.00",
            "",
            "Payment due within 14 days.",
        ],
        {
            "invoice_number": "3318",
            "issue_date": "2026-10-14",
            "seller": "Harwood Joinery Ltd",
            "currency": "GBP",
            "net_total": "6200.00",
            "tax_total": "1240.00",
            "gross_total": "7440.00",
        },
    ),
    "de_anzahlung": (
        [
            "Elektro Maier GmbH & Co. KG",
            "Industriestr. 9, 85053 Ingolstadt",
            "",
            "Schlussrechnung Nr. SR-2026-118",
            "Rechnungsdatum: 14.10.2026",
            "",
            "Pos | Leistung | Menge | EP | GP",
            "1 | Elektroinstallation EFH | 1 | 18.000,00 | 18.000,00",
            "",
            "Nettobetrag | 18.000,00 €",
            "zzgl. 19 % USt | 3.420,00 €",
            "Gesamtbetrag | 21.420,00 €",
            "abzgl. Abschlagsrechnung AR-2026-077 vom 01.08.2026 (netto 10.000,00 €, USt 1.900,00 €) | -11.900,00 €",
            "Verbleibender Zahlbetrag | 9.520,00 €",
            "",
            "Zahlbar bis 28.10.2026.",
        ],
        {
            "invoice_number": "SR-2026-118",
            "issue_date": "2026-10-14",
            "due_date": "2026-10-28",
            "seller": "Elektro Maier GmbH & Co. KG",
            "currency": "EUR",
            "net_total": "18000.00",
            "tax_total": "3420.00",
            "gross_total": "21420.00",
        },
    ),
    "fr_two_rates": (
        [
            "Épicerie Fine Dubois",
            "8 place du Marché, 69002 Lyon",
            "TVA FR45 523 456 789",
            "",
            "Facture n° 2026-1188 du 14/10/2026",
            "Client : Restaurant Le Bouchon, Lyon",
            "",
            "Article | Qté | PU HT | TVA | Total HT",
            "Huile d'olive 5 L | 6 | 42,00 | 5,5 % | 252,00",
            "Tablier brodé | 10 | 18,00 | 20 % | 180,00",
            "",
            "Total HT | 432,00 €",
            "TVA 5,5 % | 13,86 €",
            "TVA 20 % | 36,00 €",
            "Total TTC | 481,86 €",
        ],
        {
            "invoice_number": "2026-1188",
            "issue_date": "2026-10-14",
            "seller": "Épicerie Fine Dubois",
            "currency": "EUR",
            "net_total": "432.00",
            "tax_total": "49.86",
            "gross_total": "481.86",
        },
    ),
    "rates_brutto": (
        BASE
        + [
            "Speisen | 420,00 €",
            "Getränke | 238,00 €",
            "",
            "Netto 7 % | 392,52 €",
            "MwSt 7 % | 27,48 €",
            "Brutto 7 % | 420,00 €",
            "Netto 19 % | 200,00 €",
            "MwSt 19 % | 38,00 €",
            "Brutto 19 % | 238,00 €",
            "Gesamtbetrag | 658,00 €",
        ],
        TRUTH,
    ),
    "rates_table": (
        BASE
        + [
            "Speisen | 420,00 €",
            "Getränke | 238,00 €",
            "",
            "MwSt-Satz | Netto | MwSt | Brutto",
            "7 % | 392,52 € | 27,48 € | 420,00 €",
            "19 % | 200,00 € | 38,00 € | 238,00 €",
            "",
            "Summe | 658,00 €",
        ],
        TRUTH,
    ),
    "rates_only_one_total": (
        BASE
        + [
            "Speisen 7 % | 420,00 €",
            "Getränke 19 % | 238,00 €",
            "",
            "Summe | 658,00 €",
            "enthaltene MwSt 7 % | 27,48 €",
            "enthaltene MwSt 19 % | 38,00 €",
        ],
        {**TRUTH, "net_total": None},
    ),
    "rates_fr": (
        [
            "Brasserie du Port SARL",
            "Quai des Pêcheurs, 56100 Lorient",
            "",
            "Facture n° 7781 du 14/10/2026",
            "",
            "Repas | 550,00 €",
            "Vins | 180,00 €",
            "",
            "Total HT 10 % | 500,00 €",
            "TVA 10 % | 50,00 €",
            "Total HT 20 % | 150,00 €",
            "TVA 20 % | 30,00 €",
            "Total TTC | 730,00 €",
        ],
        {
            "invoice_number": "7781",
            "issue_date": "2026-10-14",
            "seller": "Brasserie du Port SARL",
            "currency": "EUR",
            "net_total": "650.00",
            "tax_total": "80.00",
            "gross_total": "730.00",
        },
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_totals_over_the_rates_read_right_and_go_straight_through(
    tmp_path: Path, name: str
) -> None:
    lines, truth = PAGES[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert misread(ex, truth) == {}
    assert ex.status == "accepted", ex.reasons


def test_one_rates_sum_printed_above_is_never_the_gross(tmp_path: Path) -> None:
    lines, _truth = PAGES["de_two_rates"]
    # without the bill's own total, nothing on the page is its gross: review, not 238,00
    lines = [x for x in lines if not x.startswith("Summe")]
    ex = read_text_page(tmp_path / "no_total.pdf", lines)
    assert ex.status == "review"
    assert ex.value("gross_total") not in ("238.00", "420.00")


# Two currencies, a part payment, a receipt with cash and change, a table over two pages
MORE: dict[str, tuple[list[str], dict[str, Any]]] = {
    "two_currencies": (
        [
            "Alpine Tools AG",
            "Bahnhofstrasse 12, 8001 Zürich",
            "MWST CHE-123.456.789",
            "",
            "Rechnung Nr. 2026-588",
            "Datum: 14.10.2026",
            "",
            "Bohrmaschine X20 | 2 | CHF 480.00 | CHF 960.00",
            "Zubehörset | 1 | CHF 150.00 | CHF 150.00",
            "",
            "Total exkl. MWST | CHF 1'110.00",
            "MWST 8.1 % | CHF 89.91",
            "Total inkl. MWST | CHF 1'199.91",
            "Gegenwert in EUR (Kurs 0.9412) | EUR 1'129.35",
        ],
        {
            "invoice_number": "2026-588",
            "issue_date": "2026-10-14",
            "seller": "Alpine Tools AG",
            "currency": "CHF",
            "net_total": "1110.00",
            "tax_total": "89.91",
            "gross_total": "1199.91",
        },
    ),
    "paid_part": (
        [
            "Greenway Landscaping Ltd",
            "4 Orchard Way, Bath BA1 2QT",
            "VAT No. GB 123 4567 89",
            "",
            "INVOICE 7731",
            "Date: 14 October 2026",
            "",
            "Garden redesign | £2,500.00",
            "Planting | £1,000.00",
            "",
            "Net | £3,500.00",
            "VAT 20% | £700.00",
            "Total | £4,200.00",
            "Paid 01/10/2026 | £700.00",
            "Amount due | £3,500.00",
        ],
        {
            "invoice_number": "7731",
            "issue_date": "2026-10-14",
            "seller": "Greenway Landscaping Ltd",
            "currency": "GBP",
            "net_total": "3500.00",
            "tax_total": "700.00",
            "gross_total": "4200.00",
        },
    ),
    "receipt_change": (
        [
            "Bäckerei Hofmann",
            "Hauptstr. 1, 90402 Nürnberg",
            "",
            "Beleg-Nr. 118842",
            "14.10.2026 08:12",
            "",
            "2x Brezel | 1,80",
            "1x Kaffee | 2,90",
            "",
            "Summe EUR | 4,70",
            "Bar | 10,00",
            "Rückgeld | 5,30",
            "",
            "MwSt-Satz | Netto | MwSt | Brutto",
            "7 % | 1,68 | 0,12 | 1,80",
            "19 % | 2,44 | 0,46 | 2,90",
        ],
        {
            "invoice_number": "118842",
            "issue_date": "2026-10-14",
            "seller": "Bäckerei Hofmann",
            "currency": "EUR",
            "net_total": "4.12",
            "tax_total": "0.58",
            "gross_total": "4.70",
        },
    ),
    "page_subtotals": (
        [
            "Werkzeug Krause GmbH",
            "Ringstraße 7, 34117 Kassel",
            "",
            "Rechnung 2026-9001",
            "Rechnungsdatum 14.10.2026",
            "",
            "Pos | Artikel | Menge | Preis | Betrag",
            "1 | Schraubendreher-Set | 5 | 24,00 | 120,00",
            "2 | Zange | 4 | 18,50 | 74,00",
            "",
            "Zwischensumme Seite 1 | 194,00",
            "<pagebreak>",
            "Rechnung 2026-9001, Seite 2",
            "",
            "Pos | Artikel | Menge | Preis | Betrag",
            "3 | Wasserwaage | 2 | 31,00 | 62,00",
            "",
            "Warenwert | 256,00 €",
            "Versand | 6,00 €",
            "Nettobetrag | 262,00 €",
            "MwSt 19 % | 49,78 €",
            "Rechnungsbetrag | 311,78 €",
        ],
        {
            "invoice_number": "2026-9001",
            "issue_date": "2026-10-14",
            "seller": "Werkzeug Krause GmbH",
            "currency": "EUR",
            "net_total": "262.00",
            "tax_total": "49.78",
            "gross_total": "311.78",
        },
    ),
}


@pytest.mark.parametrize("name", MORE)
def test_what_is_paid_or_converted_never_moves_the_gross(tmp_path: Path, name: str) -> None:
    lines, truth = MORE[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert misread(ex, truth) == {}
    # the receipt waits for its seller (nothing backs the name); the table carried over a
    # page by 'Zwischensumme Seite 1' is read on both pages
    waits = name == "receipt_change"
    assert ex.status == ("review" if waits else "accepted"), ex.reasons
