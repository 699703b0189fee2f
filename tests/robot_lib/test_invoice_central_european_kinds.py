"""Kinds of layout of German and Czech small firms' invoicing programs (replayed once as a
probe through Chromium: orgaMAX, Vyfakturuj.cz; not kept). orgaMAX: the letterhead at the top
right, the sender's line over the window with commas between its parts ('Mediendesign Wagner,
Hauptstraße 17, 69117 Heidelberg'). Vyfakturuj.cz for a seller who charges no VAT: 'Nejsem
plátce DPH.' over 'Celkem k úhradě: 13 200,00 Kč'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_sender_line_parted_by_commas_under_the_letterhead(tmp_path: Path) -> None:
    # the letterhead's name again at the head of the line over the address: the seller, backed
    # (the held-out pages of a firm without a legal form waited on a seller nothing backed)
    head = ["Mediendesign Wagner", "Hauptstraße 17", "69117 Heidelberg", "Tel. 06221 123456"]
    items: list[Text] = [(-550, 45 + 12 * i, t, 13 if i == 0 else 9) for i, t in enumerate(head)]
    items += [(62, 125, "Mediendesign Wagner, Hauptstraße 17, 69117 Heidelberg", 6.5)]
    client = ["Praxis Dr. med. Schulz", "Bahnhofstraße 5", "80335 München"]
    items += [(62, 140 + 12 * i, t, 10) for i, t in enumerate(client)]
    items += [(62, 215, "Rechnung", 14)]
    items += rows_at((62, 160, 240), 235, 12, [["Rechnungs-Nr.", "Kunden-Nr.", "Datum"]])
    items += rows_at((62, 160, 240), 247, 12, [["20260679", "1327", "04.01.2026"]])
    xs = (62, 100, -420, -550)
    items += rows_at(xs, 280, 14, [["Pos", "Bezeichnung", "Menge", "G-Preis"]])
    items += rows_at(xs, 294, 14, [["1", "Webdesign Startseite", "1,00", "1.250,00"]])
    sums = [("Summe netto", "1.250,00 €"), ("MwSt 19%", "237,50 €"), ("Gesamtbetrag", "1.487,50 €")]
    items += rows_at((380, -550), 325, 13, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Mediendesign Wagner", reasons
    assert totals_read(got) == ("1250.00", "237.50", "1487.50"), reasons
    assert status == "accepted", reasons


def test_a_seller_who_is_no_vat_payer_prints_no_tax(tmp_path: Path) -> None:
    # 'Nejsem plátce DPH.': the tax's word after 'not a payer of' labels no tax, and the total
    # under it is no tax's (it had been read as the tax)
    items: list[Text] = [
        (45, 45, "Faktura č. 20260042", 15),
        (-550, 45, "Variabilní symbol: 20260042", 9),
    ]
    seller = ["Dodavatel", "Jana Dvořáková", "Masarykova 45", "602 00 Brno", "IČ: 87654321"]
    client = ["Odběratel", "Pekárna U Mlýna s.r.o.", "Nádražní 8", "370 01 České Budějovice"]
    items += [(45, 80 + 11 * i, t, 9) for i, t in enumerate(seller)]
    items += [(300, 80 + 11 * i, t, 9) for i, t in enumerate(client)]
    dates = [["Datum vystavení:", "12. 3. 2026", "Datum splatnosti:", "26. 3. 2026"]]
    items += rows_at((45, 130, 300, 390), 150, 12, dates)
    xs = (45, -380, -460, -550)
    items += rows_at(xs, 185, 14, [["Označení dodávky", "Počet m.j.", "Cena za m.j.", "Celkem"]])
    items += rows_at(xs, 199, 14, [["Konzultace", "11 hod", "1 200,00", "13 200,00"]])
    items += [(45, 230, "Nejsem plátce DPH.", 9), (-550, 245, "Celkem k úhradě: 13 200,00 Kč", 12)]
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == (None, None, "13200.00"), reasons


def test_a_town_before_a_comma_opens_no_sender_line(tmp_path: Path) -> None:
    # 'Duluth, MN 55802' twice (the 'Bill To' and 'Ship To' blocks side by side) under
    # 'Duluth Medical Group': a town's name and a firm's, no sender line naming the seller (the
    # comma rule in its first form took the customer for the seller on a QuickBooks page)
    head = ["Sunrise Plumbing Supply Inc.", "410 Industrial Pkwy", "Columbus, OH 43215"]
    items: list[Text] = [(45, 45 + 12 * i, t, 12 if i == 0 else 9) for i, t in enumerate(head)]
    items += [(-550, 45, "Invoice", 18), (430, 75, "Date", 9), (-550, 75, "Invoice #", 9)]
    items += [(430, 88, "08/27/2026", 9), (-550, 88, "31779", 9)]
    block = ["Duluth Medical Group", "12 Lake Ave", "Duluth, MN 55802"]
    items += [(45, 125, "Bill To", 9), (300, 125, "Ship To", 9)]
    items += [(x, 138 + 11 * i, t, 9) for x in (45, 300) for i, t in enumerate(block)]
    xs = (45, 150, -470, -550)
    items += rows_at(xs, 210, 14, [["Quantity", "Description", "Price Each", "Amount"]])
    items += rows_at(xs, 224, 14, [["1", "Lumber, standard interior", "450.00", "450.00"]])
    sums = [("Subtotal", "$450.00"), ("Sales Tax (7.0%)", "$31.50"), ("Total", "$481.50")]
    items += rows_at((380, -550), 260, 13, sums)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Sunrise Plumbing Supply Inc.", reasons
