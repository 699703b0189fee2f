"""Kinds of layout of German service providers' bills (IONOS's, Deutsche Telekom's, Amazon.de's
and Deutsche Bahn's, replayed once as probes through Chromium, not kept): a ticket invoice whose
item table heads a column of rates 'MwSt.' beside its amounts' 'Betrag', its tax included in the
sum ('enthaltene MwSt. 7 %'), no net printed."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_rate_column_head_beside_the_amount_head_is_no_tax_amount_label(tmp_path: Path) -> None:
    # 'Leistung | MwSt. | Betrag': the heads 'MwSt.' and 'Betrag', each in its cell, had been read
    # as one label 'MwSt.-Betrag' (the tax's amount), the first trip's price its value; the two
    # trips' prices, adding up to the sum, had been taken for a net and a tax
    items: list[Text] = [(-550, 40, "DB", 20)]
    items += [(65, 120, "DB Fernverkehr AG · Stephensonstraße 1 · 60326 Frankfurt am Main", 7)]
    items += [(65, 134 + 12 * i, t, 9) for i, t in enumerate(["Herrn", "Thomas Becker"])]
    items += [(65, 158, "Lindenallee 12", 9), (65, 170, "50968 Köln", 9)]
    items += [(65, 220, "Rechnung", 14)]
    head = [("Rechnungsnummer:", "5550902243"), ("Rechnungsdatum:", "12.03.2026")]
    items += rows_at((65, 160), 240, 12, head)
    trips = [["Frankfurt(Main)Hbf → Stuttgart Hbf", "7%", "29,99 €"]]
    trips += [["Köln Hbf → Berlin Hbf", "7%", "119,80 €"]]
    items += rows_at((65, -452, -541), 290, 16, [["Leistung", "MwSt.", "Betrag"], *trips])
    sums = [("Summe", "149,79 €"), ("enthaltene MwSt. 7 %", "9,80 €")]
    items += rows_at((400, -541), 350, 13, sums)
    items += [(65, 790, "DB Fernverkehr AG · Registergericht Frankfurt am Main HRB 78037", 7)]
    items += [(65, 800, "USt-IdNr. DE 260 873 353", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == (None, "9.80", "149.79"), reasons
    assert status == "accepted", reasons


def test_a_limited_partnership_with_words_between_its_forms(tmp_path: Path) -> None:
    # 'Mietwagen GmbH & Co. Autovermietung KG' (Sixt's form of name): the name had been cut after
    # 'GmbH & Co.', and the page accepted with it
    items: list[Text] = [(60, 50, "RENT", 20)]
    seller = ["Mietwagen GmbH & Co. Autovermietung KG", "Zugspitzstraße 1", "82049 Pullach"]
    items += [(-545, 40 + 11 * i, t, 9) for i, t in enumerate(seller)]
    items += [
        (60, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Anna Schmidt", "Lindenstraße 5", "10115 Berlin"])
    ]
    items += [(60, 180, "Rechnung / Invoice", 14)]
    head = [
        ("Rechnungsnummer / Invoice no.:", "5550902243"),
        ("Rechnungsdatum / Invoice date:", "12.03.2026"),
    ]
    items += rows_at((60, 230), 200, 12, head)
    items += rows_at(
        (60, -545),
        250,
        14,
        [("Beschreibung / Description", "Betrag EUR"), ("Mietwagen 3 Tage", "196,50")],
    )
    sums = [("Netto / Net", "196,50"), ("MwSt. / VAT 19 %", "37,34"), ("Brutto / Total", "233,84")]
    items += rows_at((360, -545), 300, 13, sums)
    foot = "Mietwagen GmbH & Co. Autovermietung KG · Amtsgericht München HRA 55985 · USt-IdNr. DE 129 430 476"
    items += [(60, 805, foot, 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Mietwagen GmbH & Co. Autovermietung KG", reasons
    assert totals_read(got) == ("196.50", "37.34", "233.84"), reasons
