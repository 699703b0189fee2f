"""Kinds of layout of a Hungarian web shop's invoice (law909/mkw's template, replayed once as a
probe through Chromium, not kept: every field right on all 48 pages, and none accepted): the
page's count printed at the right of the title's line ('Számla' … '1/1 oldal'), read as a second
invoice number; and a tax in whole forints, each item's tax rounded to the forint, which the
items' rates were checked against to the cent."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _page(
    count: str, rows: list[tuple[str, int, int]], off: int = 0
) -> tuple[list[Text], tuple[str, ...]]:
    """The invoice with *count* beside its title and *rows* (product, quantity, unit price in
    forints) at 27 %, each row's tax rounded to the forint, and its tax and total printed *off*
    forints otherwise; and its net, tax and gross as printed."""
    items: list[Text] = [
        (40, 40, "Számla", 17),
        (-555, 40, count, 9),
        (40, 70, "Szállító", 8),
        (40, 82, "Bringa Pont Bt.", 9),
        (40, 94, "6720 Szeged, Kárász utca 9.", 8),
        (40, 106, "Adószám: 23456789-1-06", 8),
        (300, 70, "Vevő", 8),
        (300, 82, "Alföld Kerékpár Kft.", 9),
        (300, 94, "6000 Kecskemét, Rákóczi út 12.", 8),
        (60, 140, "Kelt", 8),
        (150, 140, "Teljesítés", 8),
        (240, 140, "Fiz.határidő", 8),
        (340, 140, "Pénznem", 8),
        (440, 140, "Számla száma", 8),
        (60, 152, "2026.11.06.", 8),
        (150, 152, "2026.11.03.", 8),
        (240, 152, "2026.11.21.", 8),
        (340, 152, "HUF", 8),
        (440, 152, "SZ2026/000725", 8),
        (40, 180, "#", 8),
        (60, 180, "Termék", 8),
        (-250, 180, "Mennyiség", 8),
        (-320, 180, "Egységár", 8),
        (-390, 180, "Nettó érték", 8),
        (-430, 180, "ÁFA", 8),
        (-490, 180, "ÁFA érték", 8),
        (-555, 180, "Bruttó érték", 8),
    ]
    net = tax = Decimal(0)
    y = 196
    for k, (name, qty, price) in enumerate(rows):
        amount = Decimal(qty * price)
        vat = (amount * Decimal("0.27")).quantize(Decimal(1), ROUND_HALF_UP)
        net, tax = net + amount, tax + vat
        items += [
            (40, y, str(k + 1), 8),
            (-250, y, f"{qty}.00 db", 8),
            (-320, y, f"{price}.00", 8),
            (-390, y, f"{amount}.00", 8),
            (-430, y, "27%", 8),
            (-490, y, f"{vat}.00", 8),
            (-555, y, f"{amount + vat}.00", 8),
            (60, y + 12, name, 8),
        ]
        y += 30
    tax += off
    gross = net + tax
    items += [
        (300, y + 10, "Nettó", 8),
        (-430, y + 10, f"{net}.00", 8),
        (300, y + 22, "ÁFA 27%", 8),
        (-430, y + 22, f"{tax}.00", 8),
        (300, y + 40, "Fizetendő végösszeg:", 10),
        (-555, y + 40, f"{gross}.00 HUF", 10),
    ]
    return items, (f"{net}.00", f"{tax}.00", f"{gross}.00")


ROWS = [("KP-0777 LED lámpa szett", 4, 36443), ("TX-120 Softshell dzseki L", 2, 16189)]


@pytest.mark.parametrize("count", ["1/1 oldal", "1/2 page(s)", "Seite 1/1"])
def test_the_page_s_count_beside_the_title_is_no_invoice_number(tmp_path: Path, count: str) -> None:
    # the count after the title's word ('Számla 1/1 oldal') had been read as a second number,
    # and the page had waited on which of the two was the invoice's (a count after the page's
    # word, 'Seite 1/1', never was)
    items, totals = _page(count, ROWS)
    draw(tmp_path / "c.pdf", items)
    got, status, reasons = read_page(tmp_path / "c.pdf")
    assert got["invoice_number"] == "SZ2026/000725", reasons
    assert totals_read(got) == totals, reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    "rows",
    [
        ROWS,
        [("RN-330 Futócipő Trail 42", 3, 27016), ("SP-015 Kulacs 750 ml", 1, 2333)],
        [("KP-1001 Kerékpáros sisak M", 1, 16190)],
    ],
)
def test_a_tax_in_whole_forints_rounded_row_by_row(
    tmp_path: Path, rows: list[tuple[str, int, int]]
) -> None:
    # 27 % of each row rounded to the forint: the sum is off the rate of the net by less than a
    # forint a row, which the check of the items' rates had read as a misprinted rate
    items, totals = _page("", rows)
    draw(tmp_path / "t.pdf", items)
    got, status, reasons = read_page(tmp_path / "t.pdf")
    assert totals_read(got) == totals, reasons
    assert status == "accepted", reasons


def test_a_tax_in_whole_forints_that_its_rows_do_not_make_waits(tmp_path: Path) -> None:
    # the tax and the total printed one forint more than the rows' own whole taxes make: the
    # rows' rates say so, whatever the rounding
    items, totals = _page("", ROWS, off=1)
    draw(tmp_path / "o.pdf", items)
    got, status, reasons = read_page(tmp_path / "o.pdf")
    assert totals_read(got) == totals, reasons
    assert status == "review", reasons
    assert any("items' rates" in r for r in reasons), reasons
