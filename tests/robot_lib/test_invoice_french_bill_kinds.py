"""Kinds of layout of French service providers' bills (Orange's, SFR's, SNCF Connect's and
Amazon.fr's, replayed once as probes through Chromium, not kept): an invoice number printed in
four groups of digits, a booking platform's brand over the block of the company that sells
the ticket, and a marketplace's 'Vendu par' before the seller's name."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_an_invoice_number_in_four_groups_of_digits(tmp_path: Path) -> None:
    # 'N° de facture : 61 559 427 418': the last group had been cut off (three groups were the
    # most read), and the page accepted with it
    items: list[Text] = [(60, 40, "Lumière Télécom SA", 14)]
    items += [
        (330, 100 + 12 * i, t, 9)
        for i, t in enumerate(["M. Julien Moreau", "12 rue des Lilas", "69003 Lyon"])
    ]
    items += [(60, 170, "Votre facture du 5 mars 2026", 15)]
    items += rows_at(
        (60, 160), 195, 12, [("N° de facture :", "61 559 427 418"), ("N° client :", "1029384756")]
    )
    items += rows_at(
        (60, -530), 260, 14, [("Abonnements et forfaits", "Montant HT"), ("Fibre", "33,32 €")]
    )
    sums = [("Total HT", "33,32 €"), ("TVA 20 %", "6,66 €"), ("Total TTC", "39,98 €")]
    items += rows_at((380, -530), 310, 13, sums)
    foot = "Lumière Télécom SA – 8 rue de Rivoli 75004 Paris – RCS Paris 380 129 866 – TVA FR 89 380 129 866"
    items += [(60, 800, foot, 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "61 559 427 418", reasons
    assert totals_read(got) == ("33.32", "6.66", "39.98"), reasons
    assert status == "accepted", reasons


def test_a_brand_over_the_block_of_the_company_behind_it(tmp_path: Path) -> None:
    # 'Rail Connect' in large type over 'Rail Voyageurs', its street, town and VAT number: the
    # brand had been accepted as the seller, backed by the block under it that another name
    # heads
    items: list[Text] = [(60, 40, "Rail Connect", 18)]
    block = [
        "Rail Voyageurs",
        "9 rue Jean-Philippe Rameau",
        "93200 Saint-Denis",
        "TVA : FR 86 519 037 584",
    ]
    items += [(60, 66 + 12 * i, t, 9) for i, t in enumerate(block)]
    items += [
        (330, 80 + 12 * i, t, 9)
        for i, t in enumerate(["Mme Claire Dubois", "4 avenue Jean Jaurès", "31000 Toulouse"])
    ]
    items += [(60, 160, "Facture", 14)]
    items += rows_at(
        (60, 170),
        180,
        12,
        [("Numéro de facture :", "F180349562"), ("Date d'émission :", "18/02/2026")],
    )
    items += rows_at(
        (60, -530), 240, 14, [("Prestation", "Prix TTC"), ("Bordeaux → Paris", "65,00 €")]
    )
    items += rows_at((380, -530), 290, 13, [("Total TTC", "65,00 €"), ("dont TVA 10%", "5,91 €")])
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Rail Voyageurs", reasons
    assert totals_read(got) == (None, "5.91", "65.00"), reasons


def test_a_marketplace_s_sold_by_before_the_seller_s_name(tmp_path: Path) -> None:
    # 'Vendu par Amazon EU S.à r.l., succursale française': 'Vendu par' had been read as part
    # of the name (as 'Sold by' is not)
    items: list[Text] = [(50, 40, "marche.fr", 18), (-545, 40, "Facture", 16)]
    seller = [
        "Vendu par Marché EU S.à r.l., succursale française",
        "67 boulevard du Général Leclerc",
    ]
    seller += ["92110 Clichy", "N° TVA FR12487773327"]
    items += [(50, 80 + 12 * i, t, 9) for i, t in enumerate(seller)]
    head = [("Date de la facture", "9 septembre 2026"), ("Numéro de la facture", "FR6KJTG12853")]
    head += [("Total à payer", "38,39 €")]
    items += rows_at((330, -545), 80, 12, head)
    items += [
        (50, 150, "Adresse de facturation", 9),
        (50, 162, "M. Julien Moreau", 9),
        (50, 174, "69003 Lyon", 9),
    ]
    xs = (50, -300, -380, -460, -545)
    heads = ["Description", "Qté", "Prix unitaire (HT)", "TVA %", "Prix total (TTC)"]
    items += rows_at(xs, 220, 14, [heads, ["Piles AA x24", "1", "31,99 €", "20%", "38,39 €"]])
    vat = [
        ["TVA %", "Total HT", "TVA"],
        ["20%", "31,99 €", "6,40 €"],
        ["Total", "31,99 €", "6,40 €"],
    ]
    items += rows_at((330, -460, -545), 270, 14, vat)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Marché EU S.à r.l.", reasons
    assert totals_read(got) == ("31.99", "6.40", "38.39"), reasons
