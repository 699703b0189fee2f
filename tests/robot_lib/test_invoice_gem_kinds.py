"""Kinds of layout a Ruby invoice gem prints (seen on invoice_printer's PDF document, its
layout replayed once as a probe and not kept: its code is not ours to copy), each drawn here on
its own with other names, values and languages: the number beside the title after its word
('Faktura č. 20260121', eight digits a date could be read in), Czech labels with English ones
under them ('Vystaveno' over 'Issue date'), and the items' amount 'without tax' as a column's
head on an invoice that charges none."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_typeset import text_page

_SELLER = ["Prodejce | Provider", "Tomáš Dvořák – Grafické studio", "Veveří 102", "616 00 Brno"]
_SELLER += ["IČ: 71234598", "DIČ: CZ7123459812"]


def _gem_page(path: Path, dates: list[str], heads: str, row: str, totals: list[str]) -> Path:
    """A page as the gem lays it out: the title and its number, the provider's box, the
    purchaser's, the payment box beside the dates' box, the items, the totals at the right."""
    lines = ["^Faktura | ^č. 20260121", "Invoice", "", *_SELLER, ""]
    lines += ["Kupující | Purchaser", "Vltava Media s.r.o.", "Karlova 14", "110 00 Praha 1", ""]
    lines += ["Platba na následující účet:", "Číslo účtu | 19-2000145399/0800", *dates, ""]
    return text_page(path, [*lines, heads, row, "", *totals])


def test_czech_issue_date_label_with_its_english_sublabel(tmp_path: Path) -> None:
    # 'Vystaveno' (issued) over its English sublabel 'Issue date': unknown, the date had been
    # read from the number beside the title ('č. 20260121' as 21 January) and accepted
    dates = ["Vystaveno | 28. 10. 2026", "Issue date", "Splatnost | 11. 11. 2026", "Due date"]
    heads = "Položka | Počet | MJ | Cena za položku | DPH | Celkem bez daně"
    row = "Konzultace | 12 | h | 950,00 Kč | 2 394,00 Kč | 11 400,00 Kč"
    totals = ["Cena bez daně | 11 400,00 Kč", "DPH 21 % | 2 394,00 Kč", "Celkem: | 13 794,00 Kč"]
    got, status, reasons = read_page(_gem_page(tmp_path / "a.pdf", dates, heads, row, totals))
    assert (got["invoice_number"], got["issue_date"]) == ("20260121", "2026-10-28"), reasons
    assert status == "accepted", reasons


def test_eight_digits_after_a_number_s_word_are_no_date(tmp_path: Path) -> None:
    # no issue date printed at all: the number beside the title ('č. 20260121') had been read
    # as the date (21 January 2026) beside the title
    dates = ["Splatnost | 11. 11. 2026", "Due date"]
    heads = "Položka | Počet | MJ | Cena za položku | DPH | Celkem bez daně"
    row = "Konzultace | 12 | h | 950,00 Kč | 2 394,00 Kč | 11 400,00 Kč"
    totals = ["Cena bez daně | 11 400,00 Kč", "DPH 21 % | 2 394,00 Kč", "Celkem: | 13 794,00 Kč"]
    got, status, reasons = read_page(_gem_page(tmp_path / "a.pdf", dates, heads, row, totals))
    assert got["issue_date"] is None, reasons
    assert status == "review", reasons


def test_the_amount_without_tax_heads_no_tax_column(tmp_path: Path) -> None:
    # a reverse-charged service to another EU country, no tax charged: 'Celkem bez daně' (total
    # without tax) heads the amounts, and had been taken for a tax column, the page waiting on
    # a tax total it does not print
    dates = ["Vystaveno | 28. 10. 2026", "Issue date", "Splatnost | 11. 11. 2026", "Due date"]
    heads = "Položka | Počet | MJ | Cena za položku | Celkem bez daně"
    row = "Konzultace | 12 | h | € 38,00 | € 456,00"
    totals = ["Cena bez daně | € 456,00", "Celkem: | € 456,00"]
    got, status, reasons = read_page(_gem_page(tmp_path / "a.pdf", dates, heads, row, totals))
    assert totals_read(got)[2] == "456.00", reasons
    assert status == "accepted", reasons
