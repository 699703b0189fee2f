"""Kinds of layout of Nordic, Austrian and Portuguese telephone bills (Telia's, Elisa's, A1's and
MEO's, replayed once as probes through Chromium, not kept): the Finnish invoice's day, 'Laskun
päivä', in two words."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_finnish_bill_s_laskun_paiva(tmp_path: Path) -> None:
    # 'Laskun päivä' (the invoice's day; Elisa's bill), in two words: no issue date had been read
    items: list[Text] = [(50, 50, "verkko", 20), (50, 120, "Lasku", 15)]
    head = [("Laskun numero", "781542963"), ("Laskun päivä", "3.4.2026"), ("Eräpäivä", "17.4.2026")]
    items += rows_at((50, 160), 140, 12, head)
    items += [
        (320, 80 + 12 * i, t, 9)
        for i, t in enumerate(["Matti Virtanen", "Hämeenkatu 12 A 3", "33100 Tampere"])
    ]
    sums = [
        ("Veroton yhteensä", "23,90"),
        ("ALV 25,5 %", "6,09"),
        ("Maksettava yhteensä", "29,99 €"),
    ]
    items += rows_at((330, -545), 220, 13, sums)
    items += [(50, 805, "Verkko Oyj · PL 1, 00061 HELSINKI · Y-tunnus 0116510-6", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["issue_date"], got["due_date"]) == ("2026-04-03", "2026-04-17"), reasons
    assert totals_read(got) == ("23.90", "6.09", "29.99"), reasons
