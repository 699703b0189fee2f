"""Kinds of layout an invoicing app for freelancers prints (seen on Midday's React-PDF invoice,
filled and printed once as a probe and not kept: its templates are not ours to copy), each
drawn here on its own with other names and values: Swedish block headings 'Från' and 'Till'
(German 'Von' and 'An') over the two parties side by side; the totals in whole money, the
thousands parted by spaces ('6 100 kr'); item rows whose cells hold whole amounts with the
currency after them ('350 €')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_html import print_pdf


def _page(
    chromium: Any, path: Path, words: dict[str, str], parties: tuple[list[str], list[str]],
    rows: list[list[str]], totals: list[tuple[str, str]],
) -> Path:  # fmt: skip
    """The title over the number and the dates, the two parties' blocks side by side under
    their headings, the items (the description three times as wide as each other column), the
    totals at the right of the page's foot, the last in large type."""
    meta = [(words["no"], "RX-0042"), (words["issue"], "2026-03-09"), (words["due"], "2026-04-08")]
    head = "".join(f"<div>{k}: {v}</div>" for k, v in meta)
    blocks = "".join(
        f"<div style='flex:1'><div>{h}</div>{'<br>'.join(b)}</div>"
        for h, b in zip((words["from"], words["to"]), parties, strict=True)
    )
    cells = "".join(
        "<div style='display:flex;padding:5pt 0'>"
        + "".join(f"<div style='flex:{3 if i == 0 else 1}'>{c}</div>" for i, c in enumerate(r))
        + "</div>"
        for r in rows
    )
    sums = "".join(
        f"<div style='display:flex;justify-content:space-between'><span>{k}</span>"
        f"<span>{v}</span></div>"
        for k, v in totals
    )
    html = (
        "<!doctype html><html><head><meta charset=utf-8></head>"
        "<body style='font-family:Helvetica,Arial,sans-serif;font-size:9pt;margin:20pt'>"
        f"<div style='font-size:21pt'>{words['title']}</div>{head}"
        f"<div style='display:flex;margin-top:20pt'>{blocks}</div>"
        f"<div style='margin-top:20pt'>{cells}</div>"
        f"<div style='width:250pt;margin:60pt 0 0 auto'>{sums}</div></body></html>"
    )
    print_pdf(chromium, [(path, html)])
    return path


_SV = {"title": "Faktura", "no": "Fakturanr", "issue": "Fakturadatum", "due": "Förfallodatum"}
_SV |= {"from": "Från", "to": "Till"}
_SELLER = ["Kodverket AB", "Sveavägen 44", "111 34 Stockholm", "Momsreg.nr SE559187223101"]
_CUSTOMER = ["Harbour & Finch Ltd", "12 Canal Street", "Manchester M1 3HE"]


def test_from_and_to_headings_in_swedish(chromium: Any, tmp_path: Path) -> None:
    # 'Från' over the sender's block, 'Till' over the customer's beside it: the page had
    # waited ('no heading says which is the sender's'), though both carry their headings
    rows = [
        ["Beskrivning", "Antal", "Pris", "Summa"],
        ["UX-granskning", "1", "1 800,00 kr", "1 800,00 kr"],
    ]
    totals = [
        ("Delsumma", "1 800,00 kr"),
        ("Moms (25%)", "450,00 kr"),
        ("Att betala", "2 250,00 kr"),
    ]
    got, status, reasons = read_page(
        _page(chromium, tmp_path / "a.pdf", _SV, (_SELLER, _CUSTOMER), rows, totals)
    )
    assert got["seller"] == "Kodverket AB", reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize("unit", ["kr", "SEK"])
def test_whole_money_with_its_thousands_parted_by_spaces(
    chromium: Any, tmp_path: Path, unit: str
) -> None:
    # no öre printed, a space between the thousands: '6 100 kr' had read as 100, the page's
    # totals as 100 + 0 against a gross of 625
    def m(v: str) -> str:
        return f"{v} {unit}"

    rows = [["Beskrivning", "Antal", "Pris", "Summa"]]
    rows += [["Månadsavgift mars", "1", m("2 500"), m("2 500")]]
    rows += [["UX-granskning", "2", m("1 800"), m("3 600")]]
    totals = [("Delsumma", m("6 100")), ("Moms (25%)", m("1 525")), ("Skatt (0%)", m("0"))]
    totals.append(("Att betala", m("7 625")))
    got, status, reasons = read_page(
        _page(chromium, tmp_path / "a.pdf", _SV, (_SELLER, _CUSTOMER), rows, totals)
    )
    assert totals_read(got) == ("6100.00", "1525.00", "7625.00"), reasons
    assert status == "accepted", reasons


def test_item_cells_of_whole_money_with_the_currency_after(chromium: Any, tmp_path: Path) -> None:
    # '350 €' and '700 €' each alone in their cells: the rows of three-digit amounts had not
    # been read as items, and the rest ('1.200 €') summed short of the net, so the page waited
    words = {"title": "Rechnung", "no": "Rechnungsnr.", "issue": "Rechnungsdatum"}
    words |= {"due": "Fälligkeitsdatum", "from": "Von", "to": "An"}
    seller = ["Lindgrün Webdesign", "Kastanienallee 12", "10435 Berlin", "USt-IdNr.: DE318446720"]
    rows = [["Beschreibung", "Menge", "Preis", "Gesamt"], ["Illustrationen", "2", "350 €", "700 €"]]
    rows += [
        ["Hosting und Wartung", "1", "150 €", "150 €"],
        ["Workshop", "2", "1.200 €", "2.400 €"],
    ]
    totals = [("Zwischensumme", "3.250 €"), ("MwSt. (19%)", "618 €"), ("Gesamtsumme", "3.868 €")]
    got, status, reasons = read_page(
        _page(chromium, tmp_path / "a.pdf", words, (seller, _CUSTOMER), rows, totals)
    )
    assert totals_read(got) == ("3250.00", "618.00", "3868.00"), reasons
    assert status == "accepted", reasons
