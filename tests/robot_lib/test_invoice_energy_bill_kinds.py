"""Kinds of layout of energy bills that settle prepayments or carry an old balance (a German
supplier's annual statement, a Spanish electricity bill; replayed once as probes through
Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_an_annual_statements_top_up_taken_from_the_account(tmp_path: Path) -> None:
    # 'abzüglich geleistete Abschlagszahlungen' in a table of 'Netto | USt. 19 % | Brutto', then
    # 'Nachzahlung'; 'Den Nachzahlungsbetrag buchen wir am 19.04.2026 von Ihrem Konto ab.' (the
    # verb parted round the date) had given no due date
    items: list[Text] = [(-540, 45, "Stadtwerke Musterstadt", 16)]
    items += [(60, 120, "Stadtwerke Musterstadt GmbH · Werkstraße 1 · 12345 Musterstadt", 6.5)]
    items += [
        (60, 136 + 12 * i, t, 9) for i, t in enumerate(["Herrn", "Jan Krüger", "Birkenweg 3"])
    ]
    items += [(60, 172, "12347 Musterstadt", 9)]
    items += rows_at(
        (380, 470), 140, 12, [("Rechnungsnummer", "4470021931"), ("Rechnungsdatum", "05.04.2026")]
    )
    items += [(60, 240, "Jahresabrechnung Strom 2025", 13)]
    table = [("", "Netto", "USt. 19 %", "Brutto")]
    table += [("Summe Energie, Netz, Abgaben", "1.184,30 €", "225,02 €", "1.409,32 €")]
    table += [
        ("abzüglich geleistete Abschlagszahlungen", "-1.109,24 €", "-210,76 €", "-1.320,00 €")
    ]
    table += [("Nachzahlung", "75,06 €", "14,26 €", "89,32 €")]
    items += rows_at((60, -380, -460, -540), 280, 14, table)
    debit = "Den Nachzahlungsbetrag buchen wir am 19.04.2026 von Ihrem Konto ab."
    items += [
        (60, 350, debit, 9),
        (60, 800, "Stadtwerke Musterstadt GmbH · USt-IdNr. DE 811 204 557", 7),
    ]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["due_date"] == "2026-04-19", reasons
    assert totals_read(got) == ("1184.30", "225.02", "1409.32"), reasons
    assert status == "accepted", reasons


def test_a_previous_bills_balance_added_after_the_bills_total(tmp_path: Path) -> None:
    # 'Importe total factura 127,92 €', 'Saldo pendiente de facturas anteriores 71,40 €', 'Total a
    # pagar 199,32 €': what is owed in all had been taken for the bill's gross, and the page had
    # waited on net + tax not making it
    items: list[Text] = [(60, 50, "Eléctrica del Sur S.A.", 17)]
    items += [(60, 66, "Av. de la Constitución 12 · 41001 Sevilla · CIF A41234567", 7)]
    items += [
        (330, 110 + 12 * i, t, 9)
        for i, t in enumerate(["D. Carlos Ruiz", "Calle Betis 15", "41010 Sevilla"])
    ]
    items += [(60, 200, "Factura de electricidad", 14)]
    items += rows_at(
        (60, 170), 225, 12, [("Nº factura", "FE2612345678"), ("Fecha de emisión", "12.03.2026")]
    )
    sums = [
        ("Base imponible", "105,72 €"),
        ("IVA 21 %", "22,20 €"),
        ("Importe total factura", "127,92 €"),
    ]
    sums += [("Saldo pendiente de facturas anteriores", "71,40 €"), ("Total a pagar", "199,32 €")]
    items += rows_at((60, -540), 280, 14, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("105.72", "22.20", "127.92"), reasons
    assert status == "accepted", reasons
