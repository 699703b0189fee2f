"""Amounts a page prints beside its totals that are none of them: an early-payment discount
and the amount after it (Skonto), the French flat recovery fee, a late fee, a deposit already
paid and the rest, Italy's split payment, a Dutch G-account share. The gross stays the total."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import draw, plain_page

# (header lines, totals, the sentences printed under them)
CASES = {
    "Skonto": (
        ["Rechnung Nr. RE-4411", "Rechnungsdatum: 14.10.2026"],
        [
            ("Zwischensumme", "1.000,40 €"),
            ("MwSt. 19%", "190,08 €"),
            ("Gesamtbetrag", "1.190,48 €"),
        ],
        [
            "Bei Zahlung innerhalb von 10 Tagen 2 % Skonto = 23,81 €, Zahlbetrag 1.166,67 €.",
            "Zahlbetrag bei Skontoabzug: 1.166,67 €",
        ],
    ),
    "recovery fee": (
        ["Facture n° F-4411", "Date de facture : 14/10/2026"],
        [("Total HT", "1.000,40 €"), ("TVA 20 %", "200,08 €"), ("Net à payer", "1.200,48 €")],
        [
            "Escompte pour paiement anticipé : néant.",
            "Indemnité forfaitaire pour frais de recouvrement : 40,00 €",
        ],
    ),
    "late fee": (
        ["Invoice No. INV-4411", "Invoice date: 2026-10-14"],
        [("Subtotal", "$1,000.40"), ("Sales tax", "$82.53"), ("Total", "$1,082.93")],
        [
            "A late fee of $25.00 applies to balances unpaid after the due date.",
            "Early payment discount: 2% ($21.66) if paid within 10 days.",
        ],
    ),
    "deposit": (
        ["Rechnung Nr. RE-4412", "Rechnungsdatum: 14.10.2026"],
        [("Summe netto", "1.000,40 €"), ("MwSt. 19 %", "190,08 €"), ("Summe brutto", "1.190,48 €")],
        ["abzüglich Abschlagszahlung vom 01.10.2026: -300,00 €", "Restbetrag: 890,48 €"],
    ),
    "split payment": (
        ["Fattura n. 4411", "Data fattura: 14/10/2026"],
        [("Imponibile", "1.000,40 €"), ("IVA 22%", "220,09 €"), ("Totale documento", "1.220,49 €")],
        [
            "Scissione dei pagamenti (art. 17-ter DPR 633/72): IVA 220,09 € versata dal committente",
            "Netto a pagare 1.000,40 €",
        ],
    ),
    "G-account": (
        ["Factuurnummer 4411", "Factuurdatum: 14-10-2026"],
        [("Subtotaal", "€ 1.000,40"), ("BTW 21%", "€ 210,08"), ("Totaal", "€ 1.210,48")],
        ["Waarvan te storten op G-rekening: € 350,14", "Te storten op rekening: € 860,34"],
    ),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_amounts_beside_the_totals_are_not_the_gross(tmp_path: Path, kind: str) -> None:
    header, totals, sentences = CASES[kind]
    items = plain_page(
        ["Brugwerk Diensten GmbH", "Hafenstraße 3, 20457 Hamburg"], "", header, totals
    )
    items += [(50, 320 + 14 * i, s, 9) for i, s in enumerate(sentences)]
    ex = extract_invoice(draw(tmp_path / "terms.pdf", items), use_xml=False)
    want = tuple(a.strip("€$ ").replace(".", "").replace(",", ".") for _l, a in totals)
    if "$" in totals[0][1]:
        want = tuple(a.strip("$").replace(",", "") for _l, a in totals)
    got = (ex.value("net_total"), ex.value("tax_total"), ex.value("gross_total"))
    assert got == want and ex.status == "accepted", (got, ex.reasons)
