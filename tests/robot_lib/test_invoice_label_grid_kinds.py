"""Kinds of layout of a small firm's invoice laid out as a grid of bordered cells, seen on a
Slovenian service firm's Laravel view (ivanmar/aenaCIS, replayed once as a probe through
Chromium, not kept: nothing accepted at first; with its number and items read, 35 of its 48
pages would have been accepted with the customer as the seller): the seller's block small at
the top, the customer's as labels and values side by side ('Kupec | Hotel Bled d.d.' over
'Naslov | Cesta svobode 15'), the grid's text spaced out by CSS letter-spacing, a sole trader's
'Marko Novak s.p.', and the items under 'kol' (količina, quantity)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices.blocks import company
from robot_lib.pdf import open_pdf
from tests.invoice_corpus import read_page
from tests.invoice_html import print_pdf


def _page(seller: str, heading: str, customer: str, spacing: int, qty: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset=utf-8><style>"
        "body{font-family:'DejaVu Sans',sans-serif;margin:40px}table{width:100%;"
        f"border-collapse:collapse}}.g{{font-size:11px;letter-spacing:{spacing}px}}"
        ".g td{border:solid 1px #888;padding:10px}.s{font-size:9px}.r{text-align:right}"
        ".c{text-align:center}.i{font-size:10px;margin-top:40px}.i td,.i th{border:solid 1px"
        " #888}</style></head><body><table class=g>"
        f"<tr><td colspan=4 class=s><b>{escape(seller)}</b><br>DŠ: 47120935<br>"
        "Naslov: Tržaška cesta 118, 1000 Ljubljana<br>TRR: SI56 1010 0005 3116 904</td></tr>"
        "<tr><td colspan=4><h1 class=c>RAČUN : 2026-261</h1></td></tr>"
        f"<tr><td><b>{heading}</b></td><td><b>{escape(customer)}</b></td>"
        "<td class=r colspan=2>Datum : 2026-08-20</td></tr>"
        "<tr><td>Naslov</td><td>Cesta svobode 15</td><td class=r colspan=2>Kraj : Ljubljana"
        "</td></tr><tr><td>Sedež</td><td>4260 Bled</td><td class=r colspan=2>Rok plačila : "
        "15 dni</td></tr><tr><td>DDV št</td><td>SI87654321</td><td colspan=2></td></tr>"
        f"</table><table class=i><tr><th>št</th><th>artikel</th><th>{qty}</th>"
        "<th>cena enote</th><th>vrednost</th></tr>"
        "<tr><td>1</td><td>Servis prenosnika</td><td class=c>2</td><td class=r>85,00</td>"
        "<td class=r>170,00</td></tr><tr><td>2</td><td>Varnostna kopija podatkov</td>"
        "<td class=c>1</td><td class=r>120,50</td><td class=r>120,50</td></tr>"
        "<tr><td class=r colspan=4><b>Skupaj : (EUR)</b></td><td class=r><b>290,50</b></td>"
        "</tr></table><p class=s>* DDV ni obračunan na podlagi 1. odst. 94. člena ZDDV-1 "
        "(nismo DDV zavezanci)</p></body></html>"
    )


@pytest.mark.parametrize(
    ("heading", "customer"),
    [("Kupec", "Hotel Bled d.d."), ("Customer", "Alpine Resorts Ltd"), ("Kunde", "Bergbahn AG")],
)
def test_the_customer_beside_its_heading_in_a_grid_is_not_the_seller(
    chromium: Any, tmp_path: Path, heading: str, customer: str
) -> None:
    # the customer's company, in larger type than the seller's, had been taken for the seller
    html = _page("BIT SERVIS D.O.O.", heading, customer, 0, "kol")
    print_pdf(chromium, [(tmp_path / "g.pdf", html)])
    got, status, reasons = read_page(tmp_path / "g.pdf")
    assert got["seller"] == "BIT SERVIS D.O.O.", reasons
    assert (got["invoice_number"], got["gross_total"]) == ("2026-261", "290.50"), reasons
    assert status == "accepted", reasons


def test_a_sole_trader_s_form_ends_the_name() -> None:
    # Slovenia's 's.p.' (samostojni podjetnik), at the end of the name; not an Italian
    # provincial road's 'S.P.' before its number
    assert company("MARKO NOVAK S.P.") == "MARKO NOVAK S.P."
    assert company("Mizarstvo Kos s.p.") == "Mizarstvo Kos s.p."
    assert company("S.P. 12 km 3, Bergamo") is None


def test_a_sole_trader_heads_the_page(chromium: Any, tmp_path: Path) -> None:
    html = _page("MARKO NOVAK S.P.", "Kupec", "Hotel Bled d.d.", 0, "kol")
    print_pdf(chromium, [(tmp_path / "p.pdf", html)])
    got, status, reasons = read_page(tmp_path / "p.pdf")
    assert (got["seller"], status) == ("MARKO NOVAK S.P.", "accepted"), reasons


@pytest.mark.parametrize("spacing", [2, 1])
def test_a_grid_with_its_letters_spaced_out(chromium: Any, tmp_path: Path, spacing: int) -> None:
    # at 2 px between letters (1.5 pt, pdfplumber's tolerance here), some words had come out
    # cut ('R A ČUN : 2026- 261'), and neither the title nor the number was read
    html = _page("BIT SERVIS D.O.O.", "Kupec", "Hotel Bled d.d.", spacing, "kol")
    print_pdf(chromium, [(tmp_path / "s.pdf", html)])
    words = [w.text for w in open_pdf(tmp_path / "s.pdf").words()]
    assert {"RAČUN", "2026-261", "SI87654321", "Ljubljana"} <= set(words), words
    assert "Kupec" in words and "Naslov" in words  # (a space still parts two words)
    got, status, reasons = read_page(tmp_path / "s.pdf")
    assert (got["invoice_number"], status) == ("2026-261", "accepted"), reasons


@pytest.mark.parametrize("qty", ["kol", "kol."])
def test_items_under_kol_back_a_total_with_no_tax(chromium: Any, tmp_path: Path, qty: str) -> None:
    # no VAT charged: the items' sum under 'kol | cena enote | vrednost' is what backs the total
    html = _page("BIT SERVIS D.O.O.", "Kupec", "Hotel Bled d.d.", 0, qty)
    print_pdf(chromium, [(tmp_path / "k.pdf", html)])
    got, status, reasons = read_page(tmp_path / "k.pdf")
    assert (got["gross_total"], got["tax_total"], status) == ("290.50", None, "accepted"), reasons
