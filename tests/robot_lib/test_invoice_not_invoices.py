"""Documents that reach an accounts-payable mailbox beside invoices and look like them, drawn as
plain pages after kinds of layout real documents have (not copies of anyone's documents): a
supplier's statement of account listing open invoices and a balance due; a German statement of
open items ('Kontoauszug', 'Offene Posten'); a customer's purchase order with items, tax and a
total; a German order ('Bestellung'); a customer's remittance advice listing the invoices it
paid. Paying any of them as an invoice pays twice or pays what nobody billed: each must wait
for a person, whatever it reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_typeset import read_text_page

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "statement_of_account": (
        [
            "^Harbor Electrical Supply Co.",
            "410 Marine Way, Baltimore, MD 21230 · harborelectrical.com",
            "",
            "^STATEMENT OF ACCOUNT",
            "Statement date: 11/30/2026 | Account: HES-22817",
            "To: Keystone Facilities LLC, 88 Charles St, Baltimore, MD 21201",
            "",
            "Date | Invoice | Due | Amount | Paid | Balance",
            "10/02/2026 | 118204 | 11/01/2026 | $2,410.00 | $2,410.00 | $0.00",
            "10/19/2026 | 118377 | 11/18/2026 | $1,186.50 | $0.00 | $1,186.50",
            "11/06/2026 | 118552 | 12/06/2026 | $3,902.75 | $0.00 | $3,902.75",
            "",
            "| | | Total balance due | $5,089.25",
            "Current | 1-30 days | 31-60 days | Over 60",
            "$3,902.75 | $1,186.50 | $0.00 | $0.00",
        ],
        {"seller": "Harbor Electrical Supply Co.", "currency": "USD"},
    ),
    "kontoauszug_offene_posten": (
        [
            "^Elektro Großhandel Nord GmbH",
            "Elektro Großhandel Nord GmbH · Billstraße 80 · 20539 Hamburg",
            "",
            "Haustechnik Brandt KG | | Kundennummer | 40812",
            "Moorweg 3 | | Datum | 30.11.2026",
            "22869 Schenefeld | |",
            "",
            "^Kontoauszug – offene Posten",
            "",
            "Beleg | Belegdatum | Fällig am | Betrag | offen",
            "RE-26-81120 | 03.10.2026 | 02.11.2026 | 1.845,20 | 1.845,20",
            "RE-26-82217 | 21.10.2026 | 20.11.2026 | 612,40 | 612,40",
            "RE-26-83390 | 12.11.2026 | 12.12.2026 | 2.304,00 | 2.304,00",
            "",
            "| | | Summe offene Posten | 4.761,60 EUR",
            "",
            "Bitte prüfen Sie den Kontostand und überweisen Sie die fälligen Beträge.",
            "USt-IdNr. DE 118 224 557 · IBAN DE44 2005 0550 1234 5678 90",
        ],
        {"seller": "Elektro Großhandel Nord GmbH", "currency": "EUR"},
    ),
    "purchase_order": (
        [
            "^Northwind Clinics Inc.",
            "1200 Lake Shore Dr, Chicago, IL 60610",
            "",
            "^PURCHASE ORDER",
            "PO Number: 4500012877 | PO Date: 11/27/2026",
            "",
            "Vendor: | Ship to:",
            "MedLine Diagnostics LLC | Northwind Clinics Inc., Receiving Dock B",
            "55 Industrial Pkwy, Mundelein, IL 60060 | 1200 Lake Shore Dr, Chicago, IL 60610",
            "",
            "Item | Description | Qty | Unit Price | Amount",
            "MD-410 | Blood pressure monitor | 10 | $89.00 | $890.00",
            "MD-220 | Pulse oximeter | 20 | $34.50 | $690.00",
            "",
            "| | | Subtotal | $1,580.00",
            "| | | Tax (10.25%) | $161.95",
            "| | | Total | $1,741.95",
            "",
            "Please reference the PO number on all invoices. Payment terms: Net 30.",
        ],
        {"currency": "USD"},
    ),
    "bestellung": (
        [
            "^Stadtwerke Kiel AG",
            "Stadtwerke Kiel AG · Uhlenkrog 32 · 24113 Kiel",
            "",
            "Pumpen Janssen e.K. | | Bestellnummer | 4711-2026-0388",
            "Hafenstraße 12 | | Bestelldatum | 28.11.2026",
            "26721 Emden | | Liefertermin | 15.12.2026",
            "",
            "^Bestellung",
            "",
            "Pos. | Artikel | Menge | Preis | Betrag",
            "1 | Tauchmotorpumpe 7,5 kW | 2 | 3.850,00 | 7.700,00",
            "",
            "| | | Netto | 7.700,00 €",
            "| | | MwSt. 19 % | 1.463,00 €",
            "| | | Gesamt | 9.163,00 €",
            "",
            "Bitte geben Sie die Bestellnummer auf Ihrer Rechnung an.",
        ],
        {"currency": "EUR"},
    ),
    "remittance_advice": (
        [
            "^Keystone Facilities LLC",
            "88 Charles St, Baltimore, MD 21201",
            "",
            "^REMITTANCE ADVICE",
            "Payment date: 11/28/2026 | Payment ref: ACH-771204",
            "Paid to: Harbor Electrical Supply Co.",
            "",
            "Invoice | Invoice date | Amount paid",
            "118204 | 10/02/2026 | $2,410.00",
            "118377 | 10/19/2026 | $1,186.50",
            "",
            "| Total paid | $3,596.50",
        ],
        {"currency": "USD"},
    ),
}


# German invoices print 'Bestellung' as the label of the order's reference, in the type of
# their titles: a German order is not named, it waits because it has no invoice number
UNNAMED = {"bestellung"}


@pytest.mark.parametrize("name", list(PAGES))
def test_a_document_that_is_no_invoice_waits_for_a_person(tmp_path: Path, name: str) -> None:
    lines, truth = PAGES[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert ex.status == "review"
    for field, value in truth.items():
        assert ex.value(field) == value
    if name not in UNNAMED:
        assert any("not an invoice" in r for r in ex.reasons), ex.reasons
