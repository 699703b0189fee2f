"""Kinds of layout of English-language bills (BT's, Uber's, Airbnb's and Adobe's, a Kenyan
supplier's tax invoice; replayed once as probes through Chromium, not kept): a telephone bill's
'Bill reference' and the day its Direct Debit is taken 'on or just after', a receipt's 'Receipt
ID', and the tax authority's control unit's own number for an invoice."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_bill_reference_and_a_direct_debit_on_or_just_after(tmp_path: Path) -> None:
    # 'Bill reference NQ52918565' (no number had been read) and 'We'll take this by Direct
    # Debit on or just after 19 April 2026' (no due date)
    items: list[Text] = [(50, 50, "Telco", 22)]
    head = [
        ("Bill date", "5 April 2026"),
        ("Account number", "612345987"),
        ("Bill reference", "NQ52918565"),
    ]
    items += rows_at((360, 450), 40, 12, head)
    items += [
        (50, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Mr J Smith", "12 Acacia Avenue", "Reading", "RG1 2AB"])
    ]
    items += [(50, 190, "Your bill", 16)]
    items += rows_at(
        (50, -545), 215, 14, [("What you're paying for", "Amount"), ("Full Fibre 100", "£29.99")]
    )
    sums = [("Total excluding VAT", "£29.99"), ("VAT at 20%", "£6.00"), ("Total to pay", "£35.99")]
    items += rows_at((330, -545), 265, 13, sums)
    items += [(50, 320, "We'll take this by Direct Debit on or just after 19 April 2026.", 9)]
    foot = "Telco Communications plc, 1 Braham Street, London E1 8EE. Registered in England No. 1800000. VAT Registration No. GB 245 7193 48"
    items += [(50, 805, foot, 7)]
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "NQ52918565", reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-04-05", "2026-04-19"), reasons
    assert totals_read(got) == ("29.99", "6.00", "35.99"), reasons


def test_a_receipt_id(tmp_path: Path) -> None:
    # 'Receipt ID: R3296947550' on a page titled 'Receipt': its number (none had been read)
    items: list[Text] = [(50, 50, "stayhost", 18), (50, 90, "Receipt", 16)]
    head = [
        ("Receipt ID:", "R3296947550"),
        ("Confirmation code:", "HMQ4K2ZP9X"),
        ("Date:", "March 3, 2026"),
    ]
    items += rows_at((50, 150), 110, 12, head)
    items += [
        (50, 160 + 12 * i, t, 9)
        for i, t in enumerate(["Anna Schmidt", "Lindenstraße 5", "10115 Berlin"])
    ]
    rows = [
        ("€120.00 x 3 nights", "€360.00"),
        ("Service fee", "€50.40"),
        ("VAT on service fee (21%)", "€10.58"),
    ]
    items += rows_at((50, -545), 230, 14, [*rows, ("Total (EUR)", "€421.98")])
    items += [
        (50, 805, "Stayhost Ireland UC, 8 Hanover Quay, Dublin 2, Ireland. VAT ID IE9827384L", 7)
    ]
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["invoice_number"], got["issue_date"]) == ("R3296947550", "2026-03-03"), reasons
    assert got["gross_total"] == "421.98", reasons


def test_an_airline_s_taxes_fees_and_charges_wait(tmp_path: Path) -> None:
    # 'Fare EUR 189.00', 'Taxes, fees and charges EUR 86.42', 'Total EUR 275.42' on a ticket whose
    # flight is exempt from VAT: the charges had been accepted as the tax and the fare as the
    # net; the gross reads, and a person says what the rest is
    items: list[Text] = [(50, 50, "Skyline", 18), (-545, 40, "Skyline Airlines AG", 9)]
    items += [(-545, 52, "Venloer Straße 151-153", 9), (-545, 64, "50672 Köln", 9)]
    items += [(50, 120, "Invoice", 16)]
    head = [("Invoice number:", "2204815566321"), ("Date of issue:", "12 Mar 2026")]
    items += rows_at((50, 160), 140, 12, [*head, ("Passenger:", "Anna Schmidt")])
    sums = [
        ("Fare", "EUR 189.00"),
        ("Taxes, fees and charges", "EUR 86.42"),
        ("Total", "EUR 275.42"),
    ]
    items += rows_at((330, -545), 220, 13, sums)
    items += [(50, 280, "International air transport is exempt from VAT.", 8)]
    items += [
        (50, 805, "Skyline Airlines AG · Amtsgericht Köln HRB 2168 · USt-IdNr. DE 122 652 565", 7)
    ]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["gross_total"] == "275.42", reasons
    assert status == "review", (got, reasons)
    assert any("fees or charges too" in r for r in reasons), reasons


def test_a_control_units_number_for_the_invoice_is_not_its_own(tmp_path: Path) -> None:
    # a Kenyan tax invoice: 'Invoice Number: INV204417' and, in the control unit's block under
    # the totals, 'CU Invoice No.: 0204881173' (the tax authority's device's number for it): the
    # page had waited on which of the two numbers was the invoice's
    items: list[Text] = [(60, 50, "SAVANNAH OFFICE SOLUTIONS", 16)]
    items += [
        (60, 66, "Savannah Office Solutions Ltd · Mombasa Road · Nairobi · KRA PIN: P051234567X", 7)
    ]
    items += [(60, 100, "TAX INVOICE", 14)]
    items += [
        (60, 130 + 12 * i, t, 9)
        for i, t in enumerate(["Umoja Hardware Ltd", "P.O. Box 45210-00100", "Nairobi"])
    ]
    head = [("Invoice Number:", "INV204417"), ("Invoice Date:", "18/05/2026")]
    items += rows_at((380, -540), 130, 12, head)
    rows = [
        ("Item Description", "Qty", "Unit Price", "Amount"),
        ("Toner cartridge", "4", "8,900.00", "35,600.00"),
    ]
    items += rows_at((60, 330, -460, -540), 200, 14, rows)
    sums = [
        ("Taxable Amount", "KSh 35,600.00"),
        ("VAT 16%", "KSh 5,696.00"),
        ("Total Amount", "KSh 41,296.00"),
    ]
    items += rows_at((330, -540), 250, 14, sums)
    cu = ["CU Serial No.: KRAMW0117204", "CU Invoice No.: 0204881173", "Internal Data: 88412093311"]
    items += [(60, 320 + 10 * i, t, 7) for i, t in enumerate(cu)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "INV204417", reasons
    assert totals_read(got) == ("35600.00", "5696.00", "41296.00"), reasons
    assert status == "accepted", reasons
