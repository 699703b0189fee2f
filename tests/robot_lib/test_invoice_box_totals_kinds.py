"""Kinds of layout an old PHP invoice script prints (fpdf.org's 'Invoice' script, copied into
many PHP applications in French, English and Spanish; replayed once through PHP's FPDF as a
probe and not kept), drawn here with other names and values: a box of totals under a row of
heads ('BASES HT | REMISE | MT TVA | % TVA | PORT | TOTAUX'), with the shipping's own 'HT :',
'TVA :' and 'TTC :' under 'PORT' and the invoice's 'H.T. :' and 'T.V.A. :' under 'TOTAUX',
written with their dots; and beside it the totals in euros and again in francs, under 'EUROS'
and 'FRANCS'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_FR = ("H.T.   :", "T.V.A. :", "TOTAL TTC", "ACOMPTE", "NET A PAYER")
_EN = ("NET :", "VAT :", "TOTAL", "DEPOSIT", "BALANCE DUE")


def _page(heads: list[str], rows: list[list[Text]], francs: bool) -> list[Text]:
    """A letterhead, the title and the date boxes, one item under the script's column heads,
    and the box of totals: *heads* over *rows*, with 'EUROS' (and 'FRANCS') beside it."""
    page: list[Text] = [(28, 25, "Atelier Moreau SARL", 12), (28, 38, "14, quai Saint-Vincent", 10)]
    page += [(28, 50, "69001 LYON", 10), (28, 62, "R.C.S. LYON B 512 334 778", 10)]
    page += [
        (330, 28, "Facture N° : FA0042", 12),
        (420, 62, "DATE", 10),
        (410, 78, "14/03/2026", 10),
    ]
    page += [(330, 115, "Brasserie du Parc", 10), (330, 127, "8, place Bellecour", 10)]
    page += [(330, 139, "69002 LYON", 10)]
    cols = ["REFERENCE", "DESIGNATION", "QUANTITE", "P.U. HT", "MONTANT H.T.", "TVA"]
    for x, c in zip((40, 110, 300, 360, 430, 520), cols, strict=True):
        page.append((x, 290, c, 10))
    page += [(32, 310, "REF1", 10), (95, 310, "Réfection de la devanture", 10), (320, 310, "1", 10)]
    page += [(-415, 310, "600.00", 10), (-500, 310, "600.00", 10), (530, 310, "1", 10)]
    for x, h in zip((50, 110, 165, 208, 250, 312), heads, strict=True):
        page.append((x, 730, h, 8))
    page += [(461, 730, "EUROS", 8)] + ([(515, 730, "FRANCS", 8)] if francs else [])
    for k, row in enumerate(rows):
        page += [(x, 745 + 12 * k, t, s) for x, _y, t, s in row]
    return page


def _totals(francs: bool, words: tuple[str, ...] = _FR) -> list[list[Text]]:
    """The three rows of the box, in the script's order (and the francs after the euros), its
    labels *words*; the shipping's own labels stay French, as the script writes them."""
    net, tax, total, deposit, due = words
    eur = [(total, "729.56", "4785.62"), (deposit, "0.00", "0.00"), (due, "729.56", "4785.62")]
    port = [("HT :", "10.00"), ("TVA :", "1.96"), ("TTC :", "11.96")]
    box: list[list[Text]] = [
        [(33, 0, "1", 8), (-100, 0, "600.00", 8), (-200, 0, "117.60", 8), (-235, 0, "19.60", 8)],
        [(292, 0, net, 6), (-366, 0, "610.00", 8)],
        [(292, 0, tax, 6), (-366, 0, "119.56", 8)],
    ]
    for k, ((label, value), (name, e, f)) in enumerate(zip(port, eur, strict=True)):
        box[k] += [(243, 0, label, 6), (-285, 0, value, 6), (400, 0, name, 6), (-495, 0, e, 8)]
        box[k] += [(-555, 0, f, 8)] if francs else []
    return box


_HEADS = ["BASES HT", "REMISE", "MT TVA", "% TVA", "PORT", "TOTAUX"]
_EN_HEADS = ["NET BASES", "DISCOUNT", "VAT AMT", "% VAT", "SHIPPING", "TOTALS"]
_BOX = ("610.00", "119.56", "729.56")  # the box's net, tax and gross in euros


def test_the_totals_in_euros_beside_their_francs(tmp_path: Path) -> None:
    # 'TOTAL TTC 729.56 4785.62' under 'EUROS | FRANCS': the francs had been read as the gross
    # (the rightmost amount), and no net or tax made it
    lines = _page(_HEADS, _totals(francs=True), francs=True)
    got, _status, reasons = read_page(draw(tmp_path / "a.pdf", lines))
    assert (totals_read(got), got["currency"]) == (_BOX, "EUR"), reasons


def test_a_charges_own_net_tax_and_gross_under_its_head_are_no_totals(tmp_path: Path) -> None:
    # 'HT : 10.00', 'TVA : 1.96', 'TTC : 11.96' under 'SHIPPING' close on themselves: they
    # had been read as the invoice's net, tax and gross (an English copy of the script)
    lines = _page(_EN_HEADS, _totals(francs=False, words=_EN), francs=False)
    got, _status, reasons = read_page(draw(tmp_path / "b.pdf", lines))
    assert totals_read(got) == _BOX, reasons


def test_french_totals_written_with_their_dots(tmp_path: Path) -> None:
    # 'H.T.   :' and 'T.V.A. :' alone in the box: neither had been read as a label, so the
    # gross stood alone and the page waited
    rows = [
        [(33, 0, "1", 8), (-100, 0, "600.00", 8), (-200, 0, "117.60", 8), (-235, 0, "19.60", 8)],
        [(292, 0, "H.T.   :", 6), (-366, 0, "600.00", 8), (400, 0, "TOTAL TTC", 6)],
        [(292, 0, "T.V.A. :", 6), (-366, 0, "117.60", 8)],
    ]
    rows[1].append((-495, 0, "717.60", 8))  # the total beside the net, as the box sets it
    got, status, reasons = read_page(draw(tmp_path / "c.pdf", _page(_HEADS, rows, francs=False)))
    assert totals_read(got) == ("600.00", "117.60", "717.60"), reasons
    assert status == "accepted", reasons
