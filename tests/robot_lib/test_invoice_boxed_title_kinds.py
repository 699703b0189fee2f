"""Kinds of layout a Go package's invoices print (seen on go-invoice-generator's, replayed once
as a probe and not kept: its code is not ours to copy), each drawn here with other names and
values: the title centred in a box at the top right, 'Réf.: …' and 'Date: …' set flush right
under the box; the sender's block and the customer's side by side with no heading over either,
the sender's set a little lower under its logo; an item table whose net column stands before a
discount's ('Total HT | Remise | TVA | Total TTC'), a row's tax and discount printed as a rate
over an amount in small type, the amounts centred on a text of two lines; a person's name over
'Entrepreneur individuel' and a SIRET, the customer's company in a bare block under it."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

# the item table's columns (x in points): text, unit price, quantity, net, discount, tax, total
_COLS = (30, 227, 292, 320, 397, 445, 496)


def _header(title: str, ref: str, date: str) -> list[Text]:
    """The title centred in its box (340-567 pt), the reference and the date flush right
    under it."""
    return [(428, 76, title, 14), (-565, 96, ref, 8), (-565, 119, date, 8)]


def _block(x: float, top: float, lines: list[str], small: list[str]) -> list[Text]:
    """A party's block from *top*: its name in a band of its own, its address in 10 pt under
    it, then lines in 7 pt."""
    name, *address = lines
    out: list[Text] = [(x, top + 15, name, 10)]
    out += [(x, top + 38.3 + 14.2 * i, t, 10) for i, t in enumerate(address)]
    y = top + 28.3 + 14.2 * len(address) + 5.7
    return out + [(x, y + 6 + 8.5 * i, t, 7) for i, t in enumerate(small)]


def _items(y: float, heads: list[str], rows: list[tuple[str, str, list[str], str]]) -> list[Text]:
    """The item table from *y*: its heads, then each row: its text (a description under it in
    small type when given), its unit price, quantity and net centred on the text, the rates
    of its discount and tax over their amounts, its total."""
    out: list[Text] = [(x, y, h, 8) for x, h in zip(_COLS, heads, strict=True)]
    y += 22
    for text, qty, cells, desc in rows:
        price, net, disc, disc_amt, rate, tax_amt, total = cells
        h = 17.0 if desc else 8.5
        mid = y + h / 2 - 4
        out += [(_COLS[0], y, text, 8)]
        if desc:
            out += [(_COLS[0], y + 11, desc, 7)]
        out += [(_COLS[1], mid, price, 8), (_COLS[2], mid, qty, 8), (_COLS[3], mid, net, 8)]
        out += [(_COLS[6], mid, total, 8)]
        for x, top, low in ((_COLS[4], disc, disc_amt), (_COLS[5], rate, tax_amt)):
            if low:
                out += [(x, mid - 4, top, 8), (x, mid + 5, low, 7)]
            else:
                out += [(x, mid, top, 8)]
        y += h + 17
    return out


def _totals(y: float, rows: list[tuple[str, str]], term: str) -> list[Text]:
    out: list[Text] = []
    for label, amount in rows:
        out += [(-448, y, label, 10), (459, y, amount, 10)]
        y += 28.3
    return out + [(-565, y + 14, term, 10)]


_FR_HEADS = ["Désignation", "Prix unitaire", "Qté", "Total HT", "Remise", "TVA", "Total TTC"]


def _french_page(
    rows: list[tuple[str, str, list[str], str]], sums: list[tuple[str, str]]
) -> list[Text]:
    page = _header("FACTURE", "Réf.: FA-2026-118", "Date: 14/10/2026")
    seller = ["Menuiserie Le Bris SARL", "7 rue du Port", "29900 Concarneau", "France"]
    page += _block(28, 57, seller, ["SIRET 823 456 789 00017", "TVA FR23823456789"])
    page += _block(368, 128, ["Cabinet Rivière", "21 boulevard Gambetta", "56100 Lorient"], [])
    page += _items(232, _FR_HEADS, rows)
    return page + _totals(420, sums, "Échéance: 13/11/2026")


_PARQUET = (
    "Pose de parquet",
    "2",
    ["€ 850.00", "€ 1 700.00", "10 %", "-€ 170.00", "20 %", "€ 306.00", "€ 1 836.00"],
)
_TRIP = ("Déplacement", "1", ["€ 60.00", "€ 60.00", "--", "", "20 %", "€ 12.00", "€ 72.00"], "")
_SUMS = [("TOTAL HT", "€ 1 590.00"), ("TVA", "€ 318.00"), ("TOTAL TTC", "€ 1 908.00")]


def test_the_number_under_a_title_centred_in_its_box(tmp_path: Path) -> None:
    # 'FACTURE' centred in its box at the top right, 'Réf.: FA-2026-118' flush right under it:
    # the document's number (a bare 'Réf.' starting no column the title starts or ends)
    rows = [(*_PARQUET, ""), _TRIP]
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", _french_page(rows, _SUMS)))
    assert got["invoice_number"] == "FA-2026-118", reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-10-14", "2026-11-13"), reasons
    assert got["seller"] == "Menuiserie Le Bris SARL", reasons
    assert totals_read(got) == ("1590.00", "318.00", "1908.00"), reasons
    assert status == "accepted", reasons


def test_a_discount_s_column_after_the_net_s(tmp_path: Path) -> None:
    # 'Total HT | Remise | TVA | Total TTC': the net column holds the line's amount before its
    # discount (1 700.00, not 1 530.00); the line totals are the last column's, the gross; and
    # a row's discount and tax amounts in small type under its description, before the next
    # item's rate over its text, are no item of their own
    for desc in ("", "Chêne massif, pose flottante"):
        rows = [(*_PARQUET, desc), _TRIP]
        got, status, reasons = read_page(draw(tmp_path / "b.pdf", _french_page(rows, _SUMS)))
        assert totals_read(got) == ("1590.00", "318.00", "1908.00"), (desc, reasons)
        assert status == "accepted", (desc, reasons)


def test_a_sum_of_the_net_column_still_checks_a_table_with_no_discount(tmp_path: Path) -> None:
    # the same table with its net column summing to a wrong net: still waits
    rows = [(*_PARQUET, ""), _TRIP]
    sums = [("TOTAL HT", "€ 1 690.00"), ("TVA", "€ 338.00"), ("TOTAL TTC", "€ 2 028.00")]
    _got, status, reasons = read_page(draw(tmp_path / "c.pdf", _french_page(rows, sums)))
    assert status == "review", reasons


def _side_by_side(seller: list[str], numbers: list[str], customer: list[str]) -> list[Text]:
    """A German page: the customer's block at the right from 128 pt, the sender's at the left
    from 142 pt (a logo over it), in the same type, no heading over either."""
    page = _header("RECHNUNG", "Rechnungsnr.: 2026-0412", "Datum: 03.11.2026")
    page += _block(28, 142, seller, numbers) + _block(368, 128, customer, [])
    heads = ["Bezeichnung", "Einzelpreis", "Menge", "Netto", "Rabatt", "MwSt.", "Brutto"]
    cells = ["€ 480,00", "€ 480,00", "--", "", "19 %", "€ 91,20", "€ 571,20"]
    page += _items(290, heads, [("Wartung Heizungsanlage", "1", cells, "")])
    sums = [("SUMME NETTO", "€ 480,00"), ("MWST.", "€ 91,20"), ("GESAMTBETRAG", "€ 571,20")]
    return page + _totals(400, sums, "Zahlbar bis: 17.11.2026")


def test_the_sender_s_block_set_lower_beside_the_customer_s(tmp_path: Path) -> None:
    # the customer's name is the first at the top; the sender's, a line lower beside it, heads
    # the block with the tax number of the country the page bills in ('Steuernr.', Germany,
    # euros): the sender's. With no number in either block, a person says.
    seller = ["Haustechnik Ebert", "Gartenweg 9", "04109 Leipzig"]
    customer = ["Praxis Dr. Albers", "Karl-Liebknecht-Str. 12", "04107 Leipzig"]
    for numbers in (["Steuernr. 231/118/40317"], ["SIRET 823 456 789 00017"]):
        page = _side_by_side(seller, numbers, customer)
        got, status, reasons = read_page(draw(tmp_path / "d.pdf", page))
        assert got["seller"] == "Haustechnik Ebert", (numbers, reasons)
        assert status == "accepted", (numbers, reasons)
    got, status, reasons = read_page(draw(tmp_path / "e.pdf", _side_by_side(seller, [], customer)))
    assert status == "review", reasons


def test_a_person_over_a_bare_company_block(tmp_path: Path) -> None:
    # 'Julien Marchand' over 'Entrepreneur individuel' and his SIRET at the top left; the
    # customer's company, a name with a legal form over its street and town only, under it at
    # the right, the item table's 'TVA' head under that block (no tax number: a word alone).
    # The customer's company had been taken for the sender's letterhead and accepted
    page = _header("FACTURE", "Réf.: 2026-031", "Date: 02/06/2026")
    page += _block(28, 57, ["Julien Marchand", "4 impasse des Mouettes", "35400 Saint-Malo"],
                   ["Entrepreneur individuel", "SIRET 902 345 671 00028"])  # fmt: skip
    page += _block(368, 128, ["Atelier Sud SAS", "9 quai Duguay-Trouin", "35400 Saint-Malo"], [])
    cells = ["€ 900.00", "€ 900.00", "--", "", "--", "", "€ 900.00"]
    page += _items(200, _FR_HEADS, [("Photographies du catalogue", "1", cells, "")])
    page += [(30, 290, "TVA non applicable, art. 293 B du CGI.", 9)]
    page += _totals(
        300,
        [("TOTAL HT", "€ 900.00"), ("TVA", "€ 0.00"), ("TOTAL TTC", "€ 900.00")],
        "Échéance: 02/07/2026",
    )
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert got["seller"] == "Julien Marchand", reasons
    assert got["gross_total"] == "900.00", reasons
    assert status == "accepted", reasons
