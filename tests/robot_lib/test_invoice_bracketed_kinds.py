"""Kinds of layout that put words in brackets beside a label: a label in two languages, the
second in brackets before the value ('Broj računa (Invoice number): 165-1-1'), and a tax's
line that prints its base as an aside in brackets, in a cell of its own between the rate and
the tax ('PDV (VAT): 25%  [ osnovica (base): 18.691,87 € ]  4.672,97 €'). Seen on a Croatian
firm's invoice generator (karabaja4/racuni, replayed once as a probe through Chromium, not
kept: no number read on any page, and the net and the tax swapped on every page with VAT)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _page(number_label: str, number: str, tax_cells: list[Text], totals: list[Text]) -> list[Text]:
    return [
        (50, 50, "Kvarner Soft d.o.o.", 16),
        (50, 70, "Riva 16, 51000 Rijeka", 9),
        (50, 82, "OIB: 33451290874", 9),
        (50, 140, "Račun (Invoice)", 14),
        (50, 165, f"{number_label}: {number}", 10),
        (50, 180, "Datum računa (Invoice date): 14.10.2026.", 10),
        (50, 240, "Održavanje sustava (System maintenance)", 10),
        (-540, 240, "400,00 €", 10),
        *totals,
        *tax_cells,
    ]


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("Broj računa (Invoice number)", "165-1-1"),
        ("Rechnungsnummer (Invoice No.)", "RE-2026-0042"),
        ("Numéro de facture (Invoice number)", "F2026/117"),
    ],
)
def test_a_label_with_its_second_language_in_brackets(
    tmp_path: Path, label: str, number: str
) -> None:
    # the bracket that closes the label's English stood between the label and its value
    totals: list[Text] = [
        (300, 300, "Ukupno (Total):", 10),
        (-540, 300, "400,00 €", 10),
        (300, 316, "PDV 25%:", 10),
        (-540, 316, "100,00 €", 10),
        (300, 332, "Ukupno za platiti (Grand total):", 10),
        (-540, 332, "500,00 €", 10),
    ]
    draw(tmp_path / "n.pdf", _page(label, number, [], totals))
    got, status, reasons = read_page(tmp_path / "n.pdf")
    assert got["invoice_number"] == number, reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("tax", "aside", "printed", "want"),
    [
        (
            "PDV (VAT): 25%",
            "[ osnovica (base): 400,00 € ]",
            ("400,00 €", "100,00 €", "500,00 €"),
            ("400.00", "100.00", "500.00"),
        ),
        (
            "VAT: 20%",
            "( base: £400.00 )",
            ("£400.00", "£80.00", "£480.00"),
            ("400.00", "80.00", "480.00"),
        ),
    ],
)
def test_a_tax_line_with_its_base_as_an_aside_in_a_cell_of_its_own(
    tmp_path: Path, tax: str, aside: str, printed: tuple[str, str, str], want: tuple[str, ...]
) -> None:
    # the rate's cell, the aside's, the tax's: the tax label had read only its rate, the base's
    # label the tax (the last amount on the line), and the page's net and tax came out swapped
    net, amount, gross = printed
    totals: list[Text] = [
        (230, 300, "Ukupno (Total):", 10),
        (-575, 300, net, 10),
        (230, 348, "Ukupan iznos naplate (Grand total):", 10),
        (-575, 348, gross, 10),
    ]
    cells: list[Text] = [(230, 324, tax, 10), (345, 324, aside, 10), (-575, 324, amount, 10)]
    draw(tmp_path / "t.pdf", _page("Broj računa", "2026-58", cells, totals))
    got, status, reasons = read_page(tmp_path / "t.pdf")
    assert totals_read(got) == want, reasons
    assert status == "accepted", reasons
