"""Kinds of layout of German shop systems' invoices (Shopware's, JTL-Wawi's, plentymarkets',
Billbee's; replayed once as probes through Chromium, not kept): items priced with the tax in
them, the shipping under them, then the net, the tax and the total."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_items_priced_with_the_tax_and_the_shipping_make_the_gross(tmp_path: Path) -> None:
    # 'Versandkosten 4,95 €', 'Gesamtkosten Netto 46,18 €', 'zzgl. 19 % MwSt. 8,77 €',
    # 'Gesamtkosten 54,95 €' under items of 50,00 € with the tax in them: the items' sum had
    # been held against the net, and the page had waited
    items: list[Text] = [(-540, 40, "Kletterladen", 18)]
    items += [(60, 110, "Kletterladen GmbH · Isarstraße 3 · 81541 München", 6.5)]
    items += [(60, 124 + 12 * i, t, 9) for i, t in enumerate(["Jonas Weber", "Amselweg 2"])]
    items += [(60, 148, "81245 München", 9)]
    items += rows_at((400, -540), 124, 12, [("Bestellnummer:", "30441"), ("Datum:", "18.05.2026")])
    items += [(60, 200, "Rechnung 20718", 14)]
    rows = [["Pos.", "Bezeichnung", "Anzahl", "Stückpreis", "Gesamt"]]
    rows += [["1", "Kletterseil 60 m", "1", "35,00 €", "35,00 €"]]
    rows += [["2", "Chalkbag", "1", "15,00 €", "15,00 €"]]
    items += rows_at((60, 90, -380, -460, -540), 230, 14, rows)
    sums = [("Versandkosten", "4,95 €"), ("Gesamtkosten Netto", "46,18 €")]
    sums += [("zzgl. 19 % MwSt.", "8,77 €"), ("Gesamtkosten", "54,95 €")]
    items += rows_at((360, -540), 290, 13, sums)
    items += [(60, 800, "Kletterladen GmbH · USt-IdNr. DE 300 114 227 · HRB 240117", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("46.18", "8.77", "54.95"), reasons
    assert status == "accepted", reasons
