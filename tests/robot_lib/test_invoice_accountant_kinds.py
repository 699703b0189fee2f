"""Kinds of layout of accountants' and tax advisers' invoices, whose items name taxes (a US CPA
firm's, a German tax adviser's monthly invoice; replayed once as probes through Chromium, not
kept): a tax's service is no tax's label, a US professional company's form, a month billed
after the title, a direct debit 'zum' a day."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_items_that_name_a_tax_service_are_no_tax(tmp_path: Path) -> None:
    # 'Tax return preparation – Form 1120-S $1,850.00', 'Bookkeeping, March $600.00', 'Sales tax
    # filing (quarterly) $275.00' over 'Total Due $2,725.00', no tax charged: the items had been
    # read as a net and a tax, and the page had waited on them (or, the two making the total,
    # been accepted with them)
    items: list[Text] = [(60, 50, "Brooks Tax & Accounting PLLC", 16)]
    items += [(60, 66, "77 Lake Shore Drive · Chicago, IL 60611 · (312) 555-0110", 7)]
    bill = ["Bill To", "Rocky Mountain Bikes Inc.", "2100 Blake Street", "Denver, CO 80205"]
    items += [(60, 110 + 12 * i, t, 9) for i, t in enumerate(bill)]
    head = [("Invoice #", "68798"), ("Date", "04/05/2026"), ("Due Date", "05/05/2026")]
    items += rows_at((400, -540), 110, 12, head)
    items += [(60, 180, "INVOICE", 14)]
    rows = [
        ("Professional Services", "Amount"),
        ("Tax return preparation – Form 1120-S", "$1,850.00"),
    ]
    rows += [("Bookkeeping, March", "$600.00"), ("Sales tax filing (quarterly)", "$275.00")]
    items += rows_at((60, -540), 210, 14, rows)
    items += rows_at((380, -540), 280, 14, [("Total Due", "$2,725.00")])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Brooks Tax & Accounting PLLC", reasons
    assert totals_read(got) == (None, None, "2725.00"), reasons
    assert status == "accepted", reasons


def test_a_month_billed_after_the_title_and_a_direct_debit_zum_a_day(tmp_path: Path) -> None:
    # 'Rechnung für 04/2026' (the month billed) had been read as a second invoice number beside
    # 'Rechnungs-Nr. 202649678'; '… wird zum 26.05.2026 von Ihrem Konto per SEPA-Lastschrift
    # eingezogen.' had given no due date
    items: list[Text] = [(-540, 45, "Kanzlei Wolff", 15)]
    items += [
        (60, 120, "Kanzlei Wolff Steuerberatung GmbH · Königstraße 40 · 70173 Stuttgart", 6.5)
    ]
    items += [
        (60, 136 + 12 * i, t, 9) for i, t in enumerate(["Café Sonnenhof GmbH", "Berger Straße 88"])
    ]
    items += [(60, 160, "60316 Frankfurt am Main", 9)]
    head = [("Rechnungs-Nr.", "202649678"), ("Rechnungsdatum", "16.05.2026")]
    items += rows_at((380, 470), 140, 12, head)
    items += [(60, 260, "Rechnung für 04/2026", 13)]
    rows = [("Leistung", "Betrag"), ("Umsatzsteuer-Voranmeldung 04/2026", "85,00 €")]
    rows += [("Finanzbuchhaltung 04/2026, 180 Buchungen", "216,00 €")]
    items += rows_at((60, -540), 290, 14, rows)
    sums = [
        ("Summe netto", "301,00 €"),
        ("Umsatzsteuer 19 %", "57,19 €"),
        ("Rechnungsbetrag", "358,19 €"),
    ]
    items += rows_at((330, -540), 340, 14, sums)
    debit = "Der Betrag wird zum 26.05.2026 von Ihrem Konto per SEPA-Lastschrift eingezogen."
    items += [
        (60, 400, debit, 9),
        (60, 800, "Kanzlei Wolff Steuerberatung GmbH · USt-IdNr. DE 311 842 557", 7),
    ]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "202649678", reasons
    assert got["due_date"] == "2026-05-26", reasons
    assert totals_read(got) == ("301.00", "57.19", "358.19"), reasons
    assert status == "accepted", reasons
