"""Kinds of layout of freight forwarders' and customs brokers' invoices: their own services with
VAT, and the duties and import VAT they paid in the customer's name passed on without VAT after
the VAT's total (replayed once as a probe through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _page(
    seller: str,
    title: str,
    head: list[tuple[str, str]],
    table: list[tuple[str, ...]],
    sums: list[tuple[str, str]],
) -> list[Text]:
    items: list[Text] = [(60, 50, seller, 15), (60, 64, "12 Harbour Road · Port Zone", 7)]
    items += [(60, 110, title, 14)]
    cust = ["Harbour Home Goods Ltd", "12 Quay Street", "Bristol BS1 4DB"]
    items += [(60, 130 + 12 * i, t, 9) for i, t in enumerate(cust)]
    items += rows_at((380, -540), 130, 12, head)
    items += rows_at((60, -440, -540), 210, 14, table)
    items += rows_at((330, -540), 214 + 14 * len(table), 14, sums)
    return items


def test_the_duties_a_french_forwarder_advanced_after_the_total_with_vat_are_owed_too(
    tmp_path: Path,
) -> None:
    # 'Total TTC', then 'Débours : droits de douane' and the import VAT 'acquittée pour votre
    # compte', then 'Net à payer': the total with VAT had been accepted as the invoice's gross,
    # and the import VAT read as its tax
    head = [("Facture n°", "F2604-1187"), ("Date", "14/04/2026"), ("Échéance", "14/05/2026")]
    table = [("Désignation", "TVA", "Montant HT")]
    table += [("Dédouanement import", "20 %", "85,00"), ("Livraison Lyon", "20 %", "190,00")]
    sums = [("Total HT", "275,00 €"), ("TVA 20 %", "55,00 €"), ("Total TTC", "330,00 €")]
    sums += [("Débours : droits de douane", "96,40")]
    sums += [("Débours : TVA import acquittée pour votre compte", "702,00")]
    sums += [("Net à payer", "1 128,40 €")]
    items = _page("Transports Lefèvre & Fils SAS", "FACTURE", head, table, sums)
    items += [(60, 480, "SIRET 41234567800012 · TVA FR12412345678", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("275.00", "55.00", "1128.40"), reasons
    assert status == "accepted", reasons


def test_a_german_forwarders_duties_passed_on_after_its_gross_are_owed_too(tmp_path: Path) -> None:
    # 'Summe Leistungen brutto', then 'Verauslagte Einfuhrumsatzsteuer (durchlaufender Posten)'
    # and 'Zu zahlender Betrag EUR'
    head = [("Rechnungsnummer", "SR2641187"), ("Rechnungsdatum", "03.06.2026")]
    table = [("Leistung", "USt.", "Betrag EUR")]
    table += [("Zollabfertigung Import (ATLAS)", "19 %", "65,00")]
    table += [("Seefracht Shanghai – Hamburg", "0 %", "1.450,00")]
    sums = [("Summe Leistungen netto", "1.515,00"), ("zzgl. 19 % USt. auf 65,00", "12,35")]
    sums += [
        ("Summe Leistungen brutto", "1.527,35"),
        ("Verauslagter Zoll (durchlaufender Posten)", "112,40"),
    ]
    sums += [("Verauslagte Einfuhrumsatzsteuer (durchlaufender Posten)", "812,35")]
    sums += [("Zu zahlender Betrag EUR", "2.452,10")]
    items = _page("Hanseatische Speditionsgesellschaft mbH", "Rechnung", head, table, sums)
    items += [(60, 480, "USt-IdNr. DE123456789 · IBAN DE41 2004 0000 0123 4567 00", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1515.00", "12.35", "2452.10"), reasons
    assert status == "accepted", reasons


def test_import_vat_a_broker_paid_on_the_customers_behalf_is_no_tax_of_its_invoice(
    tmp_path: Path,
) -> None:
    # the broker's own charges with VAT, then the duty and import VAT 'paid on your behalf' as
    # rows of its table and as one line among the totals ('Disbursements (outside the scope of
    # VAT)')
    head = [
        ("Invoice No.", "INV-558812"),
        ("Invoice Date", "21/07/2026"),
        ("Due Date", "20/08/2026"),
    ]
    table = [("Description", "VAT", "Amount")]
    table += [
        ("Customs entry (import declaration)", "20%", "£45.00"),
        ("Port handling", "20%", "£95.00"),
    ]
    table += [("Import duty paid on your behalf", "Outside scope", "£142.30")]
    table += [("Import VAT paid on your behalf", "Outside scope", "£912.40")]
    sums = [("Charges subject to VAT", "£140.00"), ("VAT @ 20%", "£28.00")]
    sums += [("Disbursements (outside the scope of VAT)", "£1,054.70"), ("TOTAL DUE", "£1,222.70")]
    items = _page("Channel Customs Services Ltd", "INVOICE", head, table, sums)
    items += [(60, 480, "VAT Reg. No. GB 284 1234 56", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("140.00", "28.00", "1222.70"), reasons
    assert status == "accepted", reasons


def test_a_dutch_forwarders_advances_not_taxed_are_owed_too(tmp_path: Path) -> None:
    # 'Totaal excl. btw', 'Btw 21%', 'Voorschotten (niet belast)', 'Totaal te betalen'
    head = [
        ("Factuurnummer", "202641187"),
        ("Factuurdatum", "09-03-2026"),
        ("Vervaldatum", "08-04-2026"),
    ]
    table = [("Omschrijving", "Btw", "Bedrag")]
    table += [
        ("Inklaring (douaneaangifte)", "21%", "€ 75,00"),
        ("Opslag 3 dagen", "21%", "€ 45,00"),
    ]
    sums = [("Totaal excl. btw", "€ 120,00"), ("Btw 21%", "€ 25,20")]
    sums += [("Voorschotten (niet belast)", "€ 728,20"), ("Totaal te betalen", "€ 873,40")]
    items = _page("Van Dijk Expeditie B.V.", "FACTUUR", head, table, sums)
    items += [(60, 480, "btw-nr. NL812345678B01 · IBAN NL91 ABNA 0417 1643 00", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("120.00", "25.20", "873.40"), reasons
    assert status == "accepted", reasons


def test_duty_paid_on_the_customers_behalf_before_the_total_is_in_it(tmp_path: Path) -> None:
    # 'Duty paid on your behalf' between the VAT and 'Total including disbursements': the page
    # had waited, its total not made by the net and the VAT
    head = [
        ("Invoice No.", "INV-558813"),
        ("Invoice Date", "21/07/2026"),
        ("Due Date", "20/08/2026"),
    ]
    table = [("Description", "VAT", "Amount")]
    table += [
        ("Customs entry (import declaration)", "20%", "£45.00"),
        ("Port handling", "20%", "£95.00"),
    ]
    sums = [
        ("Subtotal", "£140.00"),
        ("VAT @ 20%", "£28.00"),
        ("Duty paid on your behalf", "£142.30"),
    ]
    sums += [("Total including disbursements", "£310.30")]
    items = _page("Channel Customs Services Ltd", "INVOICE", head, table, sums)
    items += [(60, 480, "VAT Reg. No. GB 284 1234 56", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("140.00", "28.00", "310.30"), reasons
    assert status == "accepted", reasons
