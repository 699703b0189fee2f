"""Kinds of layout of the receipts people keep for their expenses (a petrol station's till
receipt, a taxi's receipt; replayed once as probes through Chromium, not kept): a sole
trader's business name over its owner's line ('Inh. …') under a brand, a taxi's fare as its
total."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, centred, draw, rows_at


def test_a_sole_traders_name_over_its_owners_line_is_the_seller(tmp_path: Path) -> None:
    # 'ESSO' (the brand, largest) over 'Tankstelle Krämer' over 'Inh. Uwe Krämer': the brand
    # had been the only guess, with nothing to back it, and the receipt had waited on it
    top = ["Tankstelle Krämer", "Inh. Uwe Krämer", "Bonner Str. 14", "53173 Bonn"]
    items: list[Text] = [centred(110, 40, "ESSO", 14)]
    items += [centred(110, 58 + 11 * i, t, 8) for i, t in enumerate(top)]
    items += [(20, 120, "Beleg-Nr. 31207", 8), (20, 131, "Datum: 18.05.2026 Uhrzeit: 09:12", 8)]
    items += rows_at((20, -200), 155, 11, [("Säule 2 Diesel 38,40 l", "65,24 A")], 8)
    items += rows_at((20, -200), 180, 11, [("Summe EUR", "65,24"), ("Girocard", "65,24")], 8)
    vat = [("MwSt", "Netto", "MwSt", "Brutto"), ("A 19%", "54,82", "10,42", "65,24")]
    items += rows_at((20, -110, -155, -200), 215, 11, vat, 8)
    items += [centred(110, 250, "USt-IdNr. DE 271 442 903", 8)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Tankstelle Krämer", reasons
    assert totals_read(got) == ("54.82", "10.42", "65.24"), reasons
    assert status == "accepted", reasons


def test_a_taxis_fare_is_its_receipts_total(tmp_path: Path) -> None:
    # 'Fahrpreis 27,30 EUR', 'darin enth. MwSt 7 % 1,79 EUR', 'Nettobetrag 25,51 EUR': the fare
    # had not been read as the total, and the receipt had waited with no gross
    items: list[Text] = [
        centred(110, 40, "Taxi Lehmann", 12),
        centred(110, 54, "Inh. Ralf Lehmann", 8),
    ]
    items += [centred(110, 65, "40210 Düsseldorf", 8), centred(110, 85, "Quittung", 10)]
    head = [("Beleg-Nr.", "2231"), ("Datum", "18.05.2026"), ("Strecke", "11 km")]
    items += rows_at((20, -200), 110, 11, head, 8)
    sums = [("Fahrpreis", "27,30 EUR"), ("darin enth. MwSt 7 %", "1,79 EUR")]
    sums += [("Nettobetrag", "25,51 EUR")]
    items += rows_at((20, -200), 160, 11, sums, 8)
    items += [centred(110, 200, "Steuer-Nr. 133/5120/4471", 8)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("25.51", "1.79", "27.30"), reasons
    assert status == "accepted", reasons
