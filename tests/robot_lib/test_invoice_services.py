"""Bills from the online services a small firm pays every month, drawn as plain pages after
their kinds of layout (not copies of their documents): a cloud host's invoice with 'Total usage
charges' and 'Taxes $0.00', a French host's 'Référence de la facture' and 'Total HT | TVA |
Total TTC', a German host's letter with the sender line over the window and a direct debit
date, a merchant of record whose name holds its domain ('Paddle.com Market Ltd'), a booking
platform's commission invoice under the reverse charge ('Total commission', 'VAT reverse
charged EUR 0.00'), a telecom bill ('Summe der Leistungen', 'Umsatzsteuer 19 % auf …'), a rail
ticket's invoice whose total includes the tax ('Summe', 'Enthaltene Mehrwertsteuer 7 %',
'Gesamtpreis'), a cloud invoice whose header grid dates read month first (a billing period
'10/01/2026 - 10/31/2026' proves it) and an e-commerce platform's bill ('Bill #'). Each must
read right and go straight through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import misread
from tests.invoice_typeset import read_text_page

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "digitalocean": (
        [
            "DigitalOcean",
            "Invoice",
            "Final invoice for the October 2026 billing period",
            "Invoice number: 4123456789",
            "Date of issue: November 1, 2026",
            "From | Bill to",
            "DigitalOcean, LLC | Petra Novak",
            "101 6th Ave | Novak Analytics s.r.o.",
            "New York, NY 10013 | Vinohradská 12, 120 00 Praha",
            "EIN: 46-0912345 | VAT: CZ12345678",
            "",
            "Summary",
            "Total usage charges | $84.00",
            "Taxes | $0.00",
            "Total due | $84.00",
            "If you have a credit card on file, it will be automatically charged within 24 hours.",
            "Product usage charges are listed below.",
            "Droplets | $72.00",
            "Volumes | $12.00",
        ],
        {
            "invoice_number": "4123456789",
            "issue_date": "2026-11-01",
            "seller": "DigitalOcean, LLC",
            "currency": "USD",
            "net_total": "84.00",
            "tax_total": "0.00",
            "gross_total": "84.00",
        },
    ),
    "ovh": (
        [
            "OVH SAS",
            "2 rue Kellermann - 59100 Roubaix - France",
            "RCS Lille Métropole 424 761 419 00045 - TVA FR 22 424 761 419",
            "FACTURE",
            "Référence de la facture : FR12345678",
            "Date : 05/11/2026",
            "Client : ab12345-ovh",
            "Adresse de facturation",
            "Atelier Morel SARL",
            "14 rue des Tanneurs",
            "69001 Lyon",
            "Description | Quantité | Prix unitaire HT | Prix HT",
            "VPS Comfort 2026 | 1 | 13,19 € | 13,19 €",
            "Nom de domaine atelier-morel.fr | 1 | 7,99 € | 7,99 €",
            "",
            "Total HT | 21,18 €",
            "TVA (20%) | 4,24 €",
            "Total TTC | 25,42 €",
            "Réglé par carte bancaire le 05/11/2026",
        ],
        {
            "invoice_number": "FR12345678",
            "issue_date": "2026-11-05",
            "seller": "OVH SAS",
            "currency": "EUR",
            "net_total": "21.18",
            "tax_total": "4.24",
            "gross_total": "25.42",
        },
    ),
    "ionos": (
        [
            "IONOS SE · Elgendorfer Str. 57 · 56410 Montabaur",
            "Herrn",
            "Markus Vogel",
            "Gartenstraße 8",
            "76133 Karlsruhe",
            "Rechnung",
            "Kundennummer | 123456789",
            "Vertragsnummer | 87654321",
            "Rechnungsnummer | 200123456789",
            "Rechnungsdatum | 01.11.2026",
            "",
            "Leistungszeitraum 01.11.2026 - 30.11.2026",
            "Pos. | Bezeichnung | Menge | Einzelpreis | Betrag",
            "1 | Webhosting Business | 1 | 12,00 € | 12,00 €",
            "2 | Domain .de | 1 | 1,00 € | 1,00 €",
            "",
            "Summe netto | 13,00 €",
            "zzgl. 19 % USt. | 2,47 €",
            "Rechnungsbetrag | 15,47 €",
            "Der Rechnungsbetrag wird am 08.11.2026 von Ihrem Konto DE12 **** **** 4567 abgebucht.",
            "IONOS SE · Sitz Montabaur · Amtsgericht Montabaur HRB 24498 · USt-IdNr. DE815563912",
        ],
        {
            "invoice_number": "200123456789",
            "issue_date": "2026-11-01",
            "due_date": "2026-11-08",
            "seller": "IONOS SE",
            "currency": "EUR",
            "net_total": "13.00",
            "tax_total": "2.47",
            "gross_total": "15.47",
        },
    ),
    "paddle": (
        [
            "Paddle.com Market Ltd",
            "Judd House, 18-29 Mora Street, London EC1V 8BT, United Kingdom",
            "VAT: GB 211 1111 18",
            "INVOICE",
            "Invoice number: 123456-7890",
            "Invoice date: 12 Oct 2026",
            "Billed to: | Jana Dvořák",
            "| jana@example.cz",
            "| Czech Republic",
            "",
            "Paddle.com is the Merchant of Record and has sold this product on behalf of Loomly Apps Ltd.",
            "Product | Qty | Unit price | Amount",
            "Loomly Pro (annual) | 1 | €99.00 | €99.00",
            "",
            "Subtotal | €99.00",
            "VAT (21%) | €20.79",
            "Total | €119.79",
            "Amount paid | €119.79",
        ],
        {
            "invoice_number": "123456-7890",
            "issue_date": "2026-10-12",
            "seller": "Paddle.com Market Ltd",
            "currency": "EUR",
            "net_total": "99.00",
            "tax_total": "20.79",
            "gross_total": "119.79",
        },
    ),
    "booking": (
        [
            "Booking.com B.V.",
            "Herengracht 597, 1017 CE Amsterdam, Netherlands",
            "VAT number: NL805734958B01",
            "Invoice",
            "Invoice number: 1234567890",
            "Invoice date: 01/11/2026",
            "Due date: 15/11/2026",
            "Property ID: 1234567",
            "Hotel Alpenblick GmbH",
            "Dorfstraße 5, 6020 Innsbruck, Austria",
            "UID: ATU12345678",
            "Description | Amount",
            "Commission for stays in October 2026 | EUR 1,234.56",
            "",
            "Total commission | EUR 1,234.56",
            "VAT reverse charged | EUR 0.00",
            "Total amount due | EUR 1,234.56",
            "VAT reverse charge: the recipient is liable for VAT (art. 196 Directive 2006/112/EC).",
            "Please transfer the amount to IBAN NL12 INGB 0001 2345 67, stating the invoice number.",
        ],
        {
            "invoice_number": "1234567890",
            "issue_date": "2026-11-01",
            "due_date": "2026-11-15",
            "seller": "Booking.com B.V.",
            "currency": "EUR",
            "net_total": "1234.56",
            "tax_total": "0.00",
            "gross_total": "1234.56",
        },
    ),
    "telekom": (
        [
            "Telekom Deutschland GmbH · Landgrabenweg 151 · 53227 Bonn",
            "Frau",
            "Sabine Krause",
            "Am Hang 3",
            "01099 Dresden",
            "Ihre Rechnung für November 2026",
            "Datum | 04.11.2026",
            "Kundennummer | 1234567890",
            "Rechnungsnummer | 123 456 7890",
            "Buchungskonto | 5678901234",
            "",
            "Beträge in Euro",
            "Monatliche Beträge | 39,91",
            "Beträge für Verbindungen | 2,10",
            "Summe der Leistungen | 42,01",
            "Umsatzsteuer 19 % auf 42,01 Euro | 7,98",
            "Rechnungsbetrag | 49,99",
            "Der Rechnungsbetrag wird am 11.11.2026 von Ihrem Konto abgebucht.",
        ],
        {
            "invoice_number": "1234567890",
            "issue_date": "2026-11-04",
            "due_date": "2026-11-11",
            "seller": "Telekom Deutschland GmbH",
            "currency": "EUR",
            "net_total": "42.01",
            "tax_total": "7.98",
            "gross_total": "49.99",
        },
    ),
    "bahn": (
        [
            "Rechnung",
            "DB Fernverkehr AG",
            "Stephensonstraße 1, 60326 Frankfurt am Main",
            "USt-IdNr.: DE260974933",
            "Rechnungsnummer: 2026-FV-12345678",
            "Rechnungsdatum: 28.10.2026",
            "Auftragsnummer: 123456789012",
            "Reisender: Jonas Weber",
            "Position | Menge | Preis",
            "Flexpreis Hamburg Hbf - München Hbf, 2. Klasse | 1 | 145,90 €",
            "Sitzplatzreservierung | 1 | 4,90 €",
            "",
            "Summe | 150,80 €",
            "Enthaltene Mehrwertsteuer 7 % | 9,87 €",
            "Gesamtpreis | 150,80 €",
            "Bezahlt mit PayPal am 28.10.2026",
        ],
        {
            "invoice_number": "2026-FV-12345678",
            "issue_date": "2026-10-28",
            "seller": "DB Fernverkehr AG",
            "currency": "EUR",
            "tax_total": "9.87",
            "gross_total": "150.80",
        },
    ),
    "azure": (
        [
            "Microsoft Ireland Operations Limited",
            "One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Ireland",
            "VAT Number: IE8256796U",
            "Invoice",
            "Invoice Number | Invoice Date | Billing Period | Due Date",
            "E0400ABCDE | 11/05/2026 | 10/01/2026 - 10/31/2026 | 12/05/2026",
            "",
            "Sold To | Bill To",
            "Contoso Analytics GmbH | Contoso Analytics GmbH",
            "Speicherstraße 20, 60327 Frankfurt | Speicherstraße 20, 60327 Frankfurt",
            "",
            "Billing Summary",
            "Charges | 1,520.40",
            "Credits/Adjustments | 0.00",
            "Subtotal | 1,520.40",
            "Tax (0%) | 0.00",
            "Total Amount (EUR) | 1,520.40",
            "Reverse charge: VAT to be accounted for by the recipient.",
        ],
        {
            "invoice_number": "E0400ABCDE",
            "issue_date": "2026-11-05",
            "due_date": "2026-12-05",
            "seller": "Microsoft Ireland Operations Limited",
            "currency": "EUR",
            "net_total": "1520.40",
            "tax_total": "0.00",
            "gross_total": "1520.40",
        },
    ),
    "shopify": (
        [
            "Shopify",
            "Bill #123456789",
            "Issued: October 15, 2026",
            "Shopify International Limited",
            "Victoria Buildings, 1-2 Haddington Road, Dublin 4, Ireland",
            "VAT: IE9852817J",
            "Bill to: Kaffeerösterei Lenz",
            "Subscription Basic (Oct 15 - Nov 14) | USD 39.00",
            "App: Judge.me Reviews | USD 15.00",
            "Subtotal | USD 54.00",
            "Tax | USD 0.00",
            "Total | USD 54.00",
            "Paid with Mastercard ending 1234 on October 15, 2026",
        ],
        {
            "invoice_number": "123456789",
            "issue_date": "2026-10-15",
            "seller": "Shopify International Limited",
            "currency": "USD",
            "net_total": "54.00",
            "tax_total": "0.00",
            "gross_total": "54.00",
        },
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_services_bill_reads_right_and_goes_straight_through(tmp_path: Path, name: str) -> None:
    lines, truth = PAGES[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert misread(ex, truth) == {}
    assert ex.status == "accepted", ex.reasons


def test_a_total_printed_over_and_under_its_included_tax_is_no_net(tmp_path: Path) -> None:
    # 'Summe' and 'Gesamtpreis' print the same amount around the tax it includes: no net is
    # printed, and the tax is no zero; with the tax one cent off its rate, the page waits
    lines, _truth = PAGES["bahn"]
    ex = read_text_page(tmp_path / "bahn.pdf", lines)
    assert (ex.value("net_total"), ex.value("tax_total")) == (None, "9.87")
    assert ex.tax_included
    off = [x.replace("9,87", "9,97") for x in lines]
    ex = read_text_page(tmp_path / "off.pdf", off)
    assert ex.status == "review" and ex.value("net_total") != "150.80"
