"""Kinds of layout of Polish and Czech bills (Allegro's sellers', Orange Polska's, Alza.cz's and
T-Mobile Czech's, replayed once as probes through Chromium, not kept): the title 'Faktura -
daňový doklad' with the number after it, beside a larger logo; a unit price's head 'Cena/ks bez
DPH' before the row's total with its tax; and a telephone bill titled 'Vyúčtování služeb'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_the_title_in_two_parts_with_its_number_and_a_price_per_piece(tmp_path: Path) -> None:
    # 'Faktura - daňový doklad 5954658160' in 14 pt beside the logo's 'elektro.cz' in 18 pt:
    # its number had been read at a weak label and waited; 'Cena/ks bez DPH' is a price per
    # piece, no line's net (2 pieces at 164,46 had been read as the line's 164,46 against a
    # net of 328,93)
    items: list[Text] = [
        (40, 45, "elektro.cz", 18),
        (-555, 45, "Faktura - daňový doklad 5954658160", 14),
    ]
    seller = [
        "Dodavatel:",
        "Elektro Praha a.s.",
        "Jankovcova 1522/53",
        "170 00 Praha 7",
        "IČ: 27082440",
    ]
    seller += ["DIČ: CZ27082440"]
    items += [(40, 90 + 12 * i, t, 9) for i, t in enumerate(seller)]
    items += [
        (300, 90 + 12 * i, t, 9)
        for i, t in enumerate(["Odběratel:", "Petr Svoboda", "Lidická 45", "602 00 Brno"])
    ]
    dates = [
        ("Datum vystavení:", "22.10.2026"),
        ("Datum splatnosti:", "5.11.2026"),
        ("DUZP:", "22.10.2026"),
    ]
    items += rows_at((40, 140), 180, 12, dates)
    heads = ["Položka", "Množství", "Cena/ks bez DPH", "DPH", "Celkem s DPH"]
    row = ["USB-C kabel 2 m", "2 ks", "164,46", "21 %", "398,00"]
    items += rows_at((40, -330, -420, -470, -555), 240, 14, [heads, row])
    recap = [["Sazba DPH", "Základ", "DPH", "Celkem"], ["21 %", "328,93", "69,07", "398,00"]]
    items += rows_at((300, -420, -480, -555), 290, 14, recap)
    items += [(-555, 335, "Celkem k úhradě: 398,00 Kč", 13)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "5954658160", reasons
    assert totals_read(got) == ("328.93", "69.07", "398.00"), reasons
    assert status == "accepted", reasons


def test_a_billing_statement_s_title_is_no_brand(tmp_path: Path) -> None:
    # 'Vyúčtování služeb' (a statement of services) in the largest type but the logo's had
    # been taken for a brand at the top, and the registered name in the footer had waited
    items: list[Text] = [(40, 50, "T", 20)]
    items += [
        (300, 80 + 12 * i, t, 9)
        for i, t in enumerate(["Petr Svoboda", "Lidická 45", "602 00 Brno"])
    ]
    items += [(40, 150, "Vyúčtování služeb", 15)]
    head = [
        ("Číslo dokladu:", "6586497026"),
        ("Datum vystavení:", "21.10.2026"),
        ("Splatnost:", "4.11.2026"),
    ]
    items += rows_at((40, 150), 170, 12, head)
    sums = [
        ("Pravidelné měsíční poplatky", "412,40"),
        ("Celkem bez DPH", "412,40"),
        ("DPH 21 %", "86,60"),
    ]
    items += rows_at((40, -555), 230, 13, [*sums, ("Celkem s DPH", "499,00")])
    foot = (
        "Telefonie Morava a.s., Tomíčkova 2144/1, 148 00 Praha 4 · IČ: 64949681 · DIČ: CZ64949681"
    )
    items += [(40, 805, foot, 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Telefonie Morava a.s.", reasons
    assert totals_read(got) == ("412.40", "86.60", "499.00"), reasons
    assert status == "accepted", reasons
