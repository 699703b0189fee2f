"""Invoices of the vendors every finance team gets bills from, drawn as plain pages after
their kinds of layout (not copies of their documents): a marketplace's GST tax invoice whose
only net and tax stand in the item table's 'Total' row (a taxable value and two tax columns,
central and state GST, wrapped heads), a cloud provider's invoice with 'Total for this
invoice' and a service summary, a French telecom bill, a marketplace's German invoice 'sold
by' a third party with a VAT table 'USt. % | Zwischensumme (ohne USt.) | USt.', a cloud
invoice with 'Total in GBP'. Each must read right and go straight through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.model import FIELDS
from tests.invoice_typeset import text_page

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "flipkart": (
        [
            "Tax Invoice",
            "Sold By: Vardhman Retail Private Limited, Plot 12, Sector 18, Gurugram, Haryana 122015",
            "GSTIN - 06AAFCV2345K1Z9",
            "Order ID: OD326412345678901000 | Invoice Number # FAKBHR2600012345",
            "Order Date: 12-10-2026 | Invoice Date: 13-10-2026",
            "",
            "Billing Address | Shipping Address",
            "Rohan Mehta | Rohan Mehta",
            "14 MG Road, Pune 411001 | 14 MG Road, Pune 411001",
            "",
            "Product | Title | Qty | Gross Amount ₹ | Discounts /Coupons ₹ | Taxable Value ₹ | CGST ₹ | SGST /UTGST ₹ | Total ₹",
            "Wireless Mouse | Logitech M235 | 1 | 799.00 | -100.00 | 592.37 | 53.31 | 53.32 | 699.00",
            "Shipping And Handling Charges | | 1 | 40.00 | 0.00 | 33.90 | 3.05 | 3.05 | 40.00",
            "Total | | 2 | 839.00 | -100.00 | 626.27 | 56.36 | 56.37 | 739.00",
            "Grand Total ₹ 739.00",
            "Vardhman Retail Private Limited",
            "Authorized Signatory",
        ],
        {
            "invoice_number": "FAKBHR2600012345",
            "issue_date": "2026-10-13",
            "seller": "Vardhman Retail Private Limited",
            "currency": "INR",
            "net_total": "626.27",
            "tax_total": "112.73",
            "gross_total": "739.00",
        },
    ),
    "aws": (
        [
            "Amazon Web Services EMEA SARL",
            "38 Avenue John F. Kennedy, L-1855, Luxembourg",
            "VAT Registration Number: LU26888617",
            "Tax Invoice",
            "Invoice Number: EUINDE26-1234567",
            "Invoice Date: November 2, 2026",
            "Account number: 123456789012",
            "Bill to Address:",
            "ATTN: Accounts Payable",
            "Blauwal Analytics GmbH",
            "Torstraße 140, 10119 Berlin, Germany",
            "This invoice is for the billing period October 1 - October 31, 2026",
            "Total amount due on November 2, 2026 | EUR 142.80",
            "",
            "Summary",
            "AWS Service Charges | EUR 120.00",
            "Charges | EUR 120.00",
            "Credits | EUR 0.00",
            "VAT ** | EUR 22.80",
            "Total for this invoice | EUR 142.80",
            "** VAT charged at 19% on EUR 120.00",
        ],
        {
            "invoice_number": "EUINDE26-1234567",
            "issue_date": "2026-11-02",
            "due_date": "2026-11-02",
            "seller": "Amazon Web Services EMEA SARL",
            "currency": "EUR",
            "net_total": "120.00",
            "tax_total": "22.80",
            "gross_total": "142.80",
        },
    ),
    "telecom": (
        [
            "Free Mobile",
            "Facture n° 2026-10-88412345",
            "Date de facture : 03/11/2026",
            "Numéro de ligne : 06 12 34 56 78",
            "Titulaire : M. Jean Martin",
            "Récapitulatif de votre facture",
            "",
            "Forfait Free 5G 210 Go | 16,66 € HT",
            "Options | 0,00 € HT",
            "Consommations hors forfait | 1,25 € HT",
            "Total HT | 17,91 €",
            "TVA 20 % | 3,58 €",
            "Total TTC | 21,49 €",
            "Montant prélevé le 08/11/2026 sur le compte FR76 **** **** 1234",
            "Free Mobile SAS - 16 rue de la Ville l'Évêque 75008 Paris - RCS Paris 499 247 138",
        ],
        {
            "invoice_number": "2026-10-88412345",
            "issue_date": "2026-11-03",
            "due_date": "2026-11-08",
            "seller": "Free Mobile SAS",
            "currency": "EUR",
            "net_total": "17.91",
            "tax_total": "3.58",
            "gross_total": "21.49",
        },
    ),
    "amazon_de": (
        [
            "Rechnung",
            "Verkauft von Amazon EU S.à r.l.",
            "USt-IdNr. DE814584193",
            "Rechnungsdatum/Lieferdatum 14 Oktober 2026",
            "Rechnungsnummer DE6AB1234567CD",
            "Zahlungsreferenznummer 1A2B3C4D5E",
            "Bestellnummer 302-1234567-1234567",
            "Rechnungsadresse | Lieferadresse | Verkauft von",
            "Anna Schmidt | Anna Schmidt | Amazon EU S.à r.l.",
            "Lindenweg 3 | Lindenweg 3 | 38 avenue John F. Kennedy",
            "",
            "Beschreibung | Menge | Stückpreis (ohne USt.) | USt. % | Stückpreis (inkl. USt.) | Zwischensumme (inkl. USt.)",
            "Anker USB-C Ladegerät 30W | 1 | 16,80 € | 19% | 19,99 € | 19,99 €",
            "Versandkosten | | 0,00 € | 19% | 0,00 € | 0,00 €",
            "",
            "Rechnungsbetrag | 19,99 €",
            "",
            "USt. % | Zwischensumme (ohne USt.) | USt.",
            "19% | 16,80 € | 3,19 €",
            "Gesamt | 16,80 € | 3,19 €",
        ],
        {
            "invoice_number": "DE6AB1234567CD",
            "issue_date": "2026-10-14",
            "seller": "Amazon EU S.à r.l.",
            "currency": "EUR",
            "net_total": "16.80",
            "tax_total": "3.19",
            "gross_total": "19.99",
        },
    ),
    "gcloud": (
        [
            "Google Cloud EMEA Limited",
            "Velasco, Clanwilliam Place, Dublin 2, Ireland",
            "VAT number: IE3668997OH",
            "Invoice",
            "Invoice number: 5678901234",
            "Invoice date: Oct 31, 2026",
            "Due date: Nov 30, 2026",
            "Billing ID: 0123-4567-89AB",
            "Bill to",
            "Kestrel Data Ltd",
            "1 Canal Street, Manchester M1 3HE, United Kingdom",
            "Total in GBP | £353.17",
            "",
            "Summary for Oct 1, 2026 - Oct 31, 2026",
            "Subtotal in GBP | £294.31",
            "VAT (20%) | £58.86",
            "Total in GBP | £353.17",
            "",
            "Details",
            "Compute Engine | £210.04",
            "Cloud Storage | £84.27",
        ],
        {
            "invoice_number": "5678901234",
            "issue_date": "2026-10-31",
            "due_date": "2026-11-30",
            "seller": "Google Cloud EMEA Limited",
            "currency": "GBP",
            "net_total": "294.31",
            "tax_total": "58.86",
            "gross_total": "353.17",
        },
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_vendors_page_reads_right_and_goes_straight_through(tmp_path: Path, name: str) -> None:
    lines, truth = PAGES[name]
    ex = extract_invoice(text_page(tmp_path / f"{name}.pdf", lines), use_xml=False)
    assert {f: ex.value(f) for f in FIELDS if ex.value(f) != truth.get(f)} == {}
    assert ex.status == "accepted", ex.reasons


def test_an_item_tables_total_row_counts_only_when_it_adds_up(tmp_path: Path) -> None:
    lines, _truth = PAGES["flipkart"]
    # the row's taxable value one rupee off: net + CGST + SGST no longer make its total
    broken = [x.replace("626.27", "625.27") if x.startswith("Total |") else x for x in lines]
    ex = extract_invoice(text_page(tmp_path / "off.pdf", broken), use_xml=False)
    assert ex.value("net_total") != "625.27" and ex.status == "review"
