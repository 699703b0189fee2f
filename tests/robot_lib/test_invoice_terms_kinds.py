"""Kinds of layout from a round of five producers (replayed once as a probe through Chromium:
QuickBooks Desktop, inFakt, Moneybird, e-conomic, Sellsy; not kept).

QuickBooks Desktop's classic invoice: a boxed 'Date | Invoice #' at the top right, 'Bill To' and
'Ship To' boxes, then a row of heads 'P.O. No. | Terms | Rep | Ship | Via | F.O.B. | Project'
over their values, the terms in words ('Net 30', 'Due on receipt'), the ship date under 'Ship';
no due date printed. e-conomic (Denmark): the firm's name at the top right, 'Hansen & Co.
Revision I/S', a partner's '& Co.' inside the name before its form. And from a third round
(easybill, Visma eAccounting, Teamleader, Zervant): Teamleader's number 'Facture 2026 / 244'; and
from a round of freelancers' tools (Freebe, Henrri, Abby, Bonsai): Abby's due date 'Date
d'exigibilité du paiement'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _quickbooks(terms: str, shipped: str) -> list[Text]:
    items: list[Text] = [(40, 53, "Lakeside Office Furniture", 12), (-556, 62, "Invoice", 20)]
    items += [(40, 63, "88 Harbor Dr", 9), (40, 74, "Duluth, MN 55802", 9), (485, 81, "Date", 9)]
    items += [(513, 81, "Invoice #", 9), (459, 95, "07/16/2026", 9), (526, 95, "20484", 9)]
    items += [(44, 133, "Bill To", 9), (299, 133, "Ship To", 9)]
    client = ["Baker's Professional Lighting", "350 Main St", "Columbus, OH 43215"]
    items += [(x, 147 + 10.5 * i, t, 9) for i, t in enumerate(client) for x in (44, 299)]
    heads = [(44, "P.O. No."), (120, "Terms"), (240, "Rep"), (285, "Ship"), (381, "Via")]
    items += [(x, 219, t, 9) for x, t in heads + [(429, "F.O.B.")]]
    row = [(44, "235"), (120, terms), (240, "MK"), (285, shipped), (381, "UPS"), (429, "Dest")]
    items += [(x, 234, t, 9) for x, t in row]
    heads = [(-122, "Quantity"), (130, "Item Code"), (229, "Description"), (-470, "Price Each")]
    items += [(x, 258, t, 9) for x, t in heads + [(-551, "Amount")]]
    rows = [
        ("2", "Hardware", "Copper pipe", "19.99", "39.98"),
        ("1", "Lumber", "Labor", "7.50", "7.50"),
    ]
    for i, (qty, code, what, price, amount) in enumerate(rows):
        cells = [(-122, qty), (130, code), (229, what), (-470, price), (-551, amount)]
        items += [(x, 272 + 14 * i, t, 9) for x, t in cells]
    sums = [("Subtotal", "$47.48"), ("Total", "$47.48"), ("Payments/Credits", "$0.00")]
    sums += [("Balance Due", "$47.48")]
    return items + rows_at((429, -550), 399, 14, sums)


def test_due_on_receipt_in_a_terms_cell_is_no_due_date_s_label(tmp_path: Path) -> None:
    # 'Due on receipt' under 'Terms', the ship date '07/20/2026' under 'Ship' beside it: the
    # words of the terms label no date (2 held-out pages were accepted with the ship date as
    # the due date, which happened to be the issue date)
    got, status, reasons = read_page(
        draw(tmp_path / "f.pdf", _quickbooks("Due on receipt", "07/20/2026"))
    )
    assert got["due_date"] is None, reasons
    assert totals_read(got) == ("47.48", None, "47.48"), reasons
    assert status == "accepted", reasons


def test_a_partner_s_and_co_inside_a_name_before_its_form(tmp_path: Path) -> None:
    # 'Hansen & Co. Revision I/S': the name runs on past '& Co.' to its form (the 10 held-out
    # pages of the firm were accepted as 'Hansen & Co.')
    items: list[Text] = [
        (-550, 55, "Hansen & Co. Revision I/S", 14),
        (-550, 66, "Vesterbrogade 45", 9),
    ]
    items += [(-550, 77, "1620 København V", 9), (-550, 87, "CVR-nr. DK 87654321", 9)]
    items += [(451, 110, "Fakturanr.", 9), (-545, 110, "4787", 9), (472, 123, "Dato", 9)]
    items += [
        (-545, 123, "01.05.2026", 9),
        (45, 113, "Kaffebaren ApS", 9),
        (45, 126, "Nørregade 7", 9),
    ]
    items += [(45, 138, "5000 Odense C", 9), (45, 180, "Faktura", 16)]
    heads = [(48, "Varenr."), (125, "Beskrivelse"), (-299, "Antal"), (-459, "Stk. pris")]
    items += [(x, 209, t, 9) for x, t in heads + [(-547, "Beløb")]]
    row = [(48, "704"), (125, "Rådgivning"), (-299, "7,50"), (-459, "1.250,00"), (-547, "9.375,00")]
    items += [(x, 224, t, 9) for x, t in row]
    sums = [("Subtotal", "9.375,00"), ("Moms 25%", "2.343,75"), ("Total DKK", "11.718,75")]
    items += rows_at((451, -545), 277, 14, sums)
    items += [(45, 325, "Betalingsbetingelser: Netto 30 dage - Forfaldsdato: 31.05.2026", 9)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "Hansen & Co. Revision I/S", reasons
    assert status == "accepted", reasons


def test_a_number_in_two_parts_around_a_slash_set_apart(tmp_path: Path) -> None:
    # Teamleader's 'Facture 2026 / 244': the number is both parts, not the year before the
    # slash (its 20 held-out pages were accepted with the number '2026')
    items: list[Text] = [(45, 60, "Menuiserie Dubois SRL", 9), (45, 71, "Rue de Namur 45", 9)]
    items += [(45, 82, "5000 Namur", 9), (45, 93, "TVA BE 0456.789.123", 9)]
    items += [(300, 75, "Café des Arts", 9), (300, 86, "Place Saint-Aubain 4", 9)]
    items += [(300, 97, "5000 Namur", 9), (45, 140, "Facture 2026 / 244", 17)]
    items += [(48, 160, "Date de facture", 9), (150, 160, "17/05/2026", 9)]
    items += [(48, 172, "Date d'échéance", 9), (150, 172, "16/06/2026", 9)]
    heads = [(48, "Description"), (-300, "Qté"), (-400, "Prix unitaire"), (-440, "TVA")]
    items += [(x, 200, t, 9) for x, t in heads + [(-547, "Total")]]
    row = [
        (48, "Pose de parquet"),
        (-300, "4"),
        (-400, "€ 95,00"),
        (-440, "21%"),
        (-547, "€ 380,00"),
    ]
    items += [(x, 215, t, 9) for x, t in row]
    sums = [("Total HTVA", "€ 380,00"), ("TVA 21%", "€ 79,80"), ("Total TVAC", "€ 459,80")]
    items += rows_at((420, -547), 240, 13, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "2026 / 244", reasons
    assert status == "accepted", reasons


def test_the_due_date_as_french_law_words_it(tmp_path: Path) -> None:
    # Abby's 'Date d'exigibilité du paiement : 03/05/2026' under 'Date de la facture': the due
    # date (its 20 held-out pages were accepted without one)
    items: list[Text] = [(-550, 53, "Studio Lefèvre SAS", 9), (-550, 63, "27 boulevard Carnot", 9)]
    items += [(-550, 74, "59000 Lille", 9), (329, 126, "Association Les Amis du Vélo", 9)]
    items += [(329, 137, "2 place du Théâtre", 9), (329, 147, "59800 Lille", 9)]
    items += [(50, 187, "Facture n° FA-00206", 14), (50, 201, "Date de la facture : 03/04/2026", 9)]
    items += [(50, 215, "Date d'exigibilité du paiement : 03/05/2026", 9)]
    heads = [(48, "Désignation"), (-360, "Qté"), (-450, "P.U. HT"), (-547, "Total HT")]
    items += [(x, 252, t, 9) for x, t in heads]
    row = [(48, "Photographie produit"), (-360, "0,5"), (-450, "250,00 €"), (-547, "125,00 €")]
    items += [(x, 270, t, 9) for x, t in row]
    sums = [("Total HT", "125,00 €"), ("TVA (20 %)", "25,00 €"), ("Total à payer", "150,00 €")]
    items += rows_at((447, -545), 315, 13.5, sums)
    items += [(45, 814, "Studio Lefèvre SAS - SIRET 902 345 678 00021 - N° TVA FR 55 902345678", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["issue_date"], got["due_date"]) == ("2026-04-03", "2026-05-03"), reasons
    assert status == "accepted", reasons
