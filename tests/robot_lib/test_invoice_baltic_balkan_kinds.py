"""Kinds of layout of small firms' invoices in Lithuanian and Serbian (replayed once as probes
through Chromium, not kept): a series printed over the number, a bank account named with the
invoice's own word."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, centred, draw, rows_at


def test_a_series_printed_over_the_number_is_part_of_it(tmp_path: Path) -> None:
    # 'Serija | KT' over 'Nr. | 40211' (a Lithuanian VAT invoice): the number had been read
    # without its series, and the page accepted with it
    items: list[Text] = [centred(300, 50, "PVM SĄSKAITA FAKTŪRA", 15)]
    head = [
        ("Serija", "KT"),
        ("Nr.", "40211"),
        ("Data", "2026-05-18"),
        ("Apmokėti iki", "2026-06-17"),
    ]
    items += rows_at((250, 330), 70, 12, head)
    seller = [
        "Pardavėjas:",
        "UAB Kauno technika",
        "Laisvės al. 60, LT-44309 Kaunas",
        "PVM mokėtojo kodas LT100004412017",
    ]
    buyer = [
        "Pirkėjas:",
        "UAB Šiaurės biuras",
        "Konstitucijos pr. 7, Vilnius",
        "PVM mokėtojo kodas LT100004567812",
    ]
    items += [(60, 140 + 12 * i, t, 9) for i, t in enumerate(seller)]
    items += [(320, 140 + 12 * i, t, 9) for i, t in enumerate(buyer)]
    rows = [("Pavadinimas", "Kiekis", "Kaina", "Suma"), ("Biuro kėdė", "2", "129,00", "258,00")]
    items += rows_at((60, 330, -460, -540), 220, 14, rows)
    sums = [("Suma be PVM", "258,00 €"), ("PVM 21 %", "54,18 €"), ("Iš viso", "312,18 €")]
    items += rows_at((330, -540), 270, 14, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "KT 40211", reasons
    assert totals_read(got) == ("258.00", "54.18", "312.18"), reasons
    assert status == "accepted", reasons


def test_a_current_account_is_no_invoices_number(tmp_path: Path) -> None:
    # 'Tekući račun: 160-0000000123456-78' (the bank's current account, 'račun' also naming an
    # invoice) had been read as a second invoice number beside 'RAČUN BR. 62/2026', and the page
    # had waited on which one was meant
    items: list[Text] = [centred(300, 50, "RAČUN BR. 62/2026", 15)]
    head = [("Datum izdavanja:", "18.05.2026"), ("Datum prometa:", "18.05.2026")]
    head += [("Rok plaćanja:", "02.06.2026")]
    items += rows_at((236, 314), 81, 13.5, head)
    seller = [
        "Prodavac:",
        "Dunav Soft d.o.o.",
        "Bulevar oslobođenja 30, 21000 Novi Sad",
        "PIB: 101234987",
    ]
    buyer = ["Kupac:", "Vojvodina Agrar d.o.o.", "Futoški put 12, 21000 Novi Sad", "PIB: 101234567"]
    items += [(51, 137 + 13 * i, t, 9) for i, t in enumerate(seller)]
    items += [(307, 137 + 13 * i, t, 9) for i, t in enumerate(buyer)]
    rows = [("Naziv", "Kol.", "Cena", "Iznos"), ("Licenca godišnja", "1", "48.000,00", "48.000,00")]
    items += rows_at((60, 330, -460, -540), 200, 14, rows)
    sums = [
        ("Osnovica", "48.000,00 RSD"),
        ("PDV 20%", "9.600,00 RSD"),
        ("Ukupno za uplatu", "57.600,00 RSD"),
    ]
    items += rows_at((330, -540), 250, 14, sums)
    items += [(60, 320, "Tekući račun: 160-0000000123456-78", 8)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "62/2026", reasons
    assert got["seller"] == "Dunav Soft d.o.o.", reasons
    assert status == "accepted", reasons
