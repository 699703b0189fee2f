"""E-invoices as their viewers print them: the EN 16931 business terms written out as labels
('Gesamtbetrag ohne Umsatzsteuer', 'Invoice total amount with VAT', 'Net à payer', 'Te betalen
bedrag'), buyer and seller side by side under their headings with the company's name after a
name label ('Firmenname:', 'Company name:'), the values in a column of their own. German and
English XRechnung viewers, a Peppol viewer in English and in Dutch, a French Factur-X
viewer. Each must read right and go straight through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import misread
from tests.invoice_typeset import read_text_page

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "xrechnung_de": (
        [
            "Rechnung",
            "Übersicht",
            "Käufer | Verkäufer",
            "Kontaktdaten / Name: Frau Meier | Firmenname: Wendel Haustechnik GmbH",
            "Firmenname: Stadtwerke Ahlen GmbH | Anschrift: Hauptstraße 12",
            "Anschrift: Am Kanal 3 | 59227 Ahlen",
            "59229 Ahlen | USt-IdNr.: DE298765432",
            "",
            "Rechnungsinformationen",
            "Rechnungsnummer: | RE-2026-04417",
            "Rechnungsdatum: | 05.11.2026",
            "Rechnungsart: | 380 (Rechnung)",
            "Währung: | EUR",
            "Leistungs-/Lieferzeitraum: | 01.10.2026 bis 31.10.2026",
            "",
            "Rechnungsbeträge",
            "Summe aller Positionen netto | 4.312,50",
            "Summe Nachlässe netto | 0,00",
            "Summe Zuschläge netto | 0,00",
            "Gesamtbetrag ohne Umsatzsteuer | 4.312,50",
            "Summe Umsatzsteuer | 819,38",
            "Gesamtbetrag einschl. Umsatzsteuer | 5.131,88",
            "Gezahlter Betrag | 0,00",
            "Rundungsbetrag | 0,00",
            "Fälliger Betrag | 5.131,88",
            "",
            "Aufschlüsselung der Umsatzsteuer auf Ebene der Rechnung",
            "Umsatzsteuerkategorie: S | Gesamtbetrag nach Kategorie: 4.312,50 | USt-Satz: 19 % | USt-Betrag: 819,38",
            "",
            "Zahlungsinformationen",
            "Fälligkeitsdatum: | 05.12.2026",
            "Zahlungsbedingungen: | Zahlbar innerhalb 30 Tagen netto",
        ],
        {
            "invoice_number": "RE-2026-04417",
            "issue_date": "2026-11-05",
            "due_date": "2026-12-05",
            "seller": "Wendel Haustechnik GmbH",
            "currency": "EUR",
            "net_total": "4312.50",
            "tax_total": "819.38",
            "gross_total": "5131.88",
        },
    ),
    "en16931_en": (
        [
            "Invoice",
            "Supplier | Customer",
            "Brightwater Consulting Ltd | Haugen Maritime AS",
            "12 Quay Street, Bristol BS1 4DJ | Strandkaien 4, 5013 Bergen",
            "VAT identifier: GB123456789 | VAT identifier: NO987654321MVA",
            "",
            "Invoice number | INV-88127",
            "Issue date | 2026-10-28",
            "Due date | 2026-11-27",
            "Invoice currency code | GBP",
            "Buyer reference | PO-55123",
            "",
            "Document totals",
            "Sum of Invoice line net amount | 2,400.00",
            "Sum of allowances on document level | 0.00",
            "Invoice total amount without VAT | 2,400.00",
            "Invoice total VAT amount | 480.00",
            "Invoice total amount with VAT | 2,880.00",
            "Paid amount | 0.00",
            "Amount due for payment | 2,880.00",
        ],
        {
            "invoice_number": "INV-88127",
            "issue_date": "2026-10-28",
            "due_date": "2026-11-27",
            "seller": "Brightwater Consulting Ltd",
            "currency": "GBP",
            "net_total": "2400.00",
            "tax_total": "480.00",
            "gross_total": "2880.00",
        },
    ),
    "facturx_fr": (
        [
            "FACTURE",
            "Vendeur | Acheteur",
            "LES JARDINS DE PROVENCE SARL | MAIRIE DE SALON",
            "12 avenue des Oliviers | Place de l'Hôtel de Ville",
            "13300 Salon-de-Provence | 13300 Salon-de-Provence",
            "SIRET 123 456 789 00012 | SIRET 213 001 035 00017",
            "",
            "Numéro de facture : F-2026-0311",
            "Date de facture : 02/11/2026",
            "Date d'échéance : 02/12/2026",
            "Devise : EUR",
            "",
            "Désignation | Qté | Prix unitaire HT | Montant HT | TVA",
            "Taille des haies | 12 | 45,00 | 540,00 | 20 %",
            "Évacuation des déchets verts | 1 | 85,00 | 85,00 | 20 %",
            "",
            "Montant total HT | 625,00",
            "Montant total TVA | 125,00",
            "Montant total TTC | 750,00",
            "Acompte versé | 0,00",
            "Net à payer | 750,00",
        ],
        {
            "invoice_number": "F-2026-0311",
            "issue_date": "2026-11-02",
            "due_date": "2026-12-02",
            "seller": "LES JARDINS DE PROVENCE SARL",
            "currency": "EUR",
            "net_total": "625.00",
            "tax_total": "125.00",
            "gross_total": "750.00",
        },
    ),
    "peppol_nl": (
        [
            "Factuur",
            "Leverancier | Klant",
            "Bakkerij De Korenaar B.V. | Gemeente Zwolle",
            "Kerkstraat 8, 8011 RW Zwolle | Grote Kerkplein 15, 8011 PK Zwolle",
            "BTW-nummer: NL812345678B01 | OIN: 00000001234567890000",
            "",
            "Factuurnummer | 2026-1187",
            "Factuurdatum | 30-10-2026",
            "Vervaldatum | 29-11-2026",
            "",
            "Omschrijving | Aantal | Prijs | Bedrag",
            "Lunchbroodjes vergadering 28 oktober | 40 | 4,25 | 170,00",
            "Bezorging | 1 | 15,00 | 15,00",
            "",
            "Totaal excl. BTW | 185,00",
            "BTW 9% | 16,65",
            "Totaal incl. BTW | 201,65",
            "Te betalen bedrag | 201,65",
        ],
        {
            "invoice_number": "2026-1187",
            "issue_date": "2026-10-30",
            "due_date": "2026-11-29",
            "seller": "Bakkerij De Korenaar B.V.",
            "currency": "EUR",
            "net_total": "185.00",
            "tax_total": "16.65",
            "gross_total": "201.65",
        },
    ),
    "xrechnung_en": (
        [
            "Invoice",
            "Overview",
            "Buyer | Seller",
            "Company name: Landkreis Harburg | Company name: Nordheide IT Service e.K.",
            "Address: Schloßplatz 6 | Address: Bahnhofstraße 21",
            "21423 Winsen (Luhe) | 21244 Buchholz",
            "| VAT ID: DE276543210",
            "",
            "Invoice information",
            "Invoice number: | 2026/0982",
            "Invoice date: | 12.11.2026",
            "Invoice type: | 380 (Commercial invoice)",
            "Currency: | EUR",
            "",
            "Invoice amounts",
            "Sum of all invoice lines (net) | 1,860.00",
            "Total amount without VAT | 1,860.00",
            "Total VAT | 353.40",
            "Total amount including VAT | 2,213.40",
            "Amount due | 2,213.40",
            "",
            "Payment information",
            "Due date: | 26.11.2026",
        ],
        {
            "invoice_number": "2026/0982",
            "issue_date": "2026-11-12",
            "due_date": "2026-11-26",
            "seller": "Nordheide IT Service e.K.",
            "currency": "EUR",
            "net_total": "1860.00",
            "tax_total": "353.40",
            "gross_total": "2213.40",
        },
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_viewers_page_reads_right_and_goes_straight_through(tmp_path: Path, name: str) -> None:
    lines, truth = PAGES[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert misread(ex, truth) == {}
    assert ex.status == "accepted", ex.reasons


def test_a_name_after_a_label_no_rule_knows_is_read_and_confirmed(tmp_path: Path) -> None:
    # 'Handelsname:' is no name label the rules know: the name after it is read, and a person
    # confirms it before the invoice goes on
    lines, truth = PAGES["xrechnung_de"]
    other = [x.replace("Firmenname: Wendel", "Handelsname: Wendel") for x in lines]
    ex = read_text_page(tmp_path / "label.pdf", other)
    assert ex.value("seller") == truth["seller"]
    assert ex.status == "review"
    assert any(r.startswith("seller") and "label" in r for r in ex.reasons), ex.reasons
