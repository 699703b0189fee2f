"""Kinds of layout of three invoicing apps small firms use (replayed once as a probe through
Chromium with FreshBooks', not kept).

Invoice Ninja: the firm's name in display type at the top left, the invoice's details at the
right level with it ('Invoice Number | PO Number | Invoice Date | Due Date | Balance Due'),
then under the name, set apart, its address and 'VAT: NL…', beside it the client's block with
no heading. Bexio (Switzerland): 'Total exkl. MWST', 'MWST 8.1% auf …', 'Rundungsdifferenz'
(to the five centimes) and 'Total inkl. MWST CHF'. Fatture in Cloud (Italy): the due date under
'Scadenze', on a row with its amount and the way to pay. And, from a later round
(InvoiceXpress, Moloni, Quipu, Billomat), InvoiceXpress's VAT table at the left, its rows level
with the totals at the right."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _ninja(client: list[str]) -> list[Text]:
    details = [("Invoice Number", "0174"), ("PO Number", "8539"), ("Invoice Date", "13-04-2026")]
    details += [("Due Date", "13-05-2026"), ("Balance Due", "€6.031,85")]
    items: list[Text] = [(45, 65, "Studio Kowalczyk", 22)]
    items += rows_at((427, 499), 51, 13.5, details)
    mine = ["Prinsengracht 112", "1015 EA Amsterdam", "Netherlands", "VAT: NL859274163B01"]
    items += [(45, 146 + 10.4 * i, t, 9) for i, t in enumerate(mine)]
    items += [(195, 146 + 10.4 * i, t, 9) for i, t in enumerate(client)]
    items += [(45, 223, "INVOICE", 16), (48, 249, "Item", 9), (-309, 249, "Unit Cost", 9)]
    items += [(-421, 249, "Quantity", 9), (-547, 249, "Line Total", 9)]
    rows = [("Consulting", "€980,00", "5", "€4.900,00"), ("Training day", "€85,00", "1", "€85,00")]
    for i, row in enumerate(rows):
        items += [(x, 267 + 17 * i, t, 9) for x, t in zip((48, -309, -421, -547), row, strict=True)]
    sums = [("Subtotal", "€4.985,00"), ("VAT 21%", "€1.046,85"), ("Total", "€6.031,85")]
    sums += [("Paid to Date", "€0,00"), ("Balance Due", "€6.031,85")]
    return items + rows_at((442, -545), 311, 13.5, sums)


def test_a_name_over_its_address_set_apart_with_its_vat_number_is_the_seller(
    tmp_path: Path,
) -> None:
    # 'Studio Kowalczyk' (no legal form) at the top, 'VAT: NL859274163B01' closing its address
    # under it past the details' lines; the client's company beside the address, 'De Vries
    # Bouw B.V.', is not the seller (3 held-out pages were accepted with it)
    page = _ninja(["De Vries Bouw B.V.", "Kanaalweg 5", "3526 KL Utrecht"])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert got["seller"] == "Studio Kowalczyk", reasons
    assert status == "accepted", reasons


def test_the_same_name_beside_a_client_with_no_company_goes_through(tmp_path: Path) -> None:
    # the client a person: the name at the top, only the largest text, is backed by its
    # block's VAT number (such pages waited on the seller)
    page = _ninja(["Anna de Wit", "Kanaalweg 5", "3526 KL Utrecht"])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert got["seller"] == "Studio Kowalczyk", reasons
    assert status == "accepted", reasons


def test_a_rounding_difference_to_five_centimes_between_the_tax_and_the_total(
    tmp_path: Path,
) -> None:
    # 'Rundungsdifferenz 0.02': the total billed is net + tax rounded (1 of 10 Bexio pages
    # waited, the compound word not read as a rounding)
    items: list[Text] = [(48, 50, "Müller Informatik GmbH", 14), (-556, 50, "Bahnhofstrasse 21", 9)]
    items += [(-556, 61, "8001 Zürich", 9), (300, 110, "Praxis Dr. Keller", 9)]
    items += [(300, 121, "Marktgasse 3", 9), (300, 132, "3011 Bern", 9)]
    items += [(48, 170, "Rechnung RE-01755", 14), (48, 186, "Rechnungsdatum", 9)]
    items += [(130, 186, "20.01.2026", 9), (48, 197, "Zahlbar bis", 9), (130, 197, "19.02.2026", 9)]
    items += [(48, 208, "MWST-Nr.", 9), (130, 208, "CHE-123.456.789 MWST", 9)]
    heads = [(48, "Pos."), (80, "Beschreibung"), (-300, "Menge"), (-400, "Preis")]
    items += [(x, 235, t, 9) for x, t in heads + [(-450, "MWST"), (-547, "Total CHF")]]
    rows = [
        ("Softwarelizenz", "4.5", "1'250.00", "5'625.00"),
        ("Beratung", "10", "1'250.00", "12'500.00"),
    ]
    rows += [("Beratung", "4.5", "2'890.00", "13'005.00")]
    for i, (name, qty, price, total) in enumerate(rows):
        y = 252 + 15 * i
        cells = [(48, str(i + 1)), (80, name), (-300, qty), (-400, price), (-450, "8.1%")]
        items += [(x, y, t, 9) for x, t in cells + [(-547, total)]]
    sums = [("Total exkl. MWST", "31'130.00"), ("MWST 8.1% auf 31'130.00", "2'521.53")]
    sums += [("Rundungsdifferenz", "0.02"), ("Total inkl. MWST CHF", "33'651.55")]
    items += rows_at((380, -547), 310, 13, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("31130.00", "2521.53", "33651.55"), reasons
    assert status == "accepted", reasons


def test_the_due_date_under_scadenze_on_the_row_of_its_amount(tmp_path: Path) -> None:
    # 'Scadenze' (the plural) over '23/10/2026  66,80 €  Bonifico', the amount payable after
    # the tax withheld: the due date (such Fatture in Cloud pages were accepted without it)
    items: list[Text] = [
        (45, 58, "Studio Tecnico Ing. Marco Bianchi", 13),
        (337, 53, "Spett.le", 9),
    ]
    mine = ["Via Roma 12", "20121 Milano (MI)", "P.IVA 01234567890", "CF BNCMRC75A01F205X"]
    theirs = [
        "Alfa Costruzioni S.p.A.",
        "Via Garibaldi 3",
        "10122 Torino (TO)",
        "P.IVA 09876543210",
    ]
    items += [(45, 69 + 10.5 * i, t, 9) for i, t in enumerate(mine)]
    items += [(337, 63 + 10.5 * i, t, 9) for i, t in enumerate(theirs)]
    items += [(45, 151, "FATTURA N. 101 del 23/09/2026", 15)]
    heads = [
        (48, "Descrizione"),
        (-267, "Q.tà"),
        (-368, "Prezzo"),
        (-436, "IVA"),
        (-547, "Importo"),
    ]
    items += [(x, 182, t, 9) for x, t in heads]
    row = [(48, "Sopralluogo"), (-267, "5"), (-368, "12,50 €"), (-436, "22%"), (-547, "62,50 €")]
    items += [(x, 199, t, 9) for x, t in row]
    sums = [("Totale prestazioni", "62,50 €"), ("Contributo integrativo 4%", "2,50 €")]
    sums += [("Imponibile", "65,00 €"), ("IVA 22%", "14,30 €"), ("Totale documento", "79,30 €")]
    sums += [("Ritenuta d'acconto 20%", "-12,50 €"), ("Netto a pagare", "66,80 €")]
    items += rows_at((402, -545), 226, 13.5, sums)
    items += [(45, 336, "Scadenze", 9), (45, 346, "23/10/2026", 9), (98, 346, "66,80 €", 9)]
    items += [(135, 346, "Bonifico", 9), (45, 371, "IBAN IT60 X054 2811 1010 0000 0123 456", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["due_date"] == "2026-10-23", reasons
    assert status == "accepted", reasons


def test_a_rounding_of_nothing_makes_up_no_difference(tmp_path: Path) -> None:
    # a viewer's XRechnung summary whose 'Gesamtbetrag einschl. Umsatzsteuer' is a unit more
    # than net + tax, 'Rundungsbetrag 0,00' and 'Fälliger Betrag' = net + tax under it: the
    # rounding of nothing explains nothing, and the page waits (read as a charge of 0,00
    # between the tax and the amount due, it went through once 'Rundungsbetrag' was known)
    items: list[Text] = [(57, 50, "Rechnung", 14), (57, 80, "Verkäufer", 9)]
    seller = ["Firmenname: Wendel Haustechnik GmbH", "Anschrift: Hauptstraße 12", "59227 Ahlen"]
    items += [(57, 92 + 11 * i, t, 9) for i, t in enumerate(seller)]
    items += [(57, 125, "USt-IdNr.: DE298765432", 9), (57, 150, "Rechnungsnummer:", 9)]
    items += [(180, 150, "RE-2026-04417", 9), (57, 162, "Rechnungsdatum:", 9)]
    items += [(180, 162, "05.11.2026", 9), (57, 174, "Fälligkeitsdatum:", 9)]
    items += [(180, 174, "05.12.2026", 9)]
    sums = [("Gesamtbetrag ohne Umsatzsteuer", "4.312,50 €"), ("Summe Umsatzsteuer", "819,38 €")]
    sums += [("Gesamtbetrag einschl. Umsatzsteuer", "5.132,88 €"), ("Gezahlter Betrag", "0,00 €")]
    sums += [("Rundungsbetrag", "0,00 €"), ("Fälliger Betrag", "5.131,88 €")]
    items += rows_at((57, -330), 210, 12, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert status == "review", got


def test_a_total_tax_level_with_one_rate_s_row_of_a_table_beside_it(tmp_path: Path) -> None:
    # InvoiceXpress (Portugal): the VAT table ('Taxa | Incidência | Valor IVA') at the left, a
    # row per rate, the totals at the right, 'Total IVA 233,16 €' on the printed line of the
    # 23 % row: the rate is the table's row's, not the total tax's (the pages with two rates
    # waited, read as "the 23 % rate's tax alone")
    items: list[Text] = [(43, 55, "Atlântico Soluções Informáticas, Lda.", 12)]
    items += [(43, 66, "Rua de Santa Catarina, 120", 9), (43, 77, "4000-442 Porto", 9)]
    items += [(43, 88, "NIF 509 876 543", 9), (-550, 55, "Fatura FT 2026/882", 15)]
    items += [(43, 126, "Cliente", 9), (43, 136, "Consumidor final", 9)]
    items += rows_at((447, 503), 128, 16, [("Data", "03/05/2026"), ("Vencimento", "03/05/2026")])
    xs = (46, -274, -391, -443, -550)
    items += rows_at(xs, 182, 0, [("Descrição", "Qtd.", "Preço Unit.", "IVA", "Total")])
    rows = [("Pão de forma", "1", "2,35 €", "23%", "2,35 €")]
    rows += [("Bolo de aniversário", "2", "18,50 €", "6%", "37,00 €")]
    items += rows_at(xs, 198, 15.5, rows)
    items += rows_at((54, 92, 141), 258, 0, [("Taxa", "Incidência", "Valor IVA")])
    items += rows_at(
        (47, -132, -176),
        271,
        14,
        [("IVA 23%", "2,35 €", "0,54 €"), ("IVA 6%", "37,00 €", "2,22 €")],
    )
    sums = [("Total Ilíquido", "39,35 €"), ("Total IVA", "2,76 €"), ("Total", "42,11 €")]
    items += rows_at((446, -548), 258, 13.5, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("39.35", "2.76", "42.11"), reasons
    assert status == "accepted", reasons
