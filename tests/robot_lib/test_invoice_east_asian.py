"""Invoices in Chinese, Japanese and Korean (``tests/invoice_east_asian.py``): China's VAT
invoice with its headings down the side of the parties' boxes, Japanese 請求書 in whole yen,
a Korean 청구서; '¥' is the yuan on a Chinese invoice and the yen on a Japanese one."""

from __future__ import annotations

from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.model import FIELDS
from tests.invoice_east_asian import PAGES, draw


@pytest.mark.parametrize("name", list(PAGES))
def test_an_east_asian_invoice_reads_right_and_goes_straight_through(
    tmp_path: Path, name: str
) -> None:
    lang, landscape, items, truth = PAGES[name]
    ex = extract_invoice(draw(tmp_path / f"{name}.pdf", lang, items, landscape), use_xml=False)
    assert {f: ex.value(f) for f in FIELDS} == {f: truth[f] for f in FIELDS}
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("name", "printed", "instead"),
    [("seikyu", "110,000", "110,001"), ("fapiao-old", "¥1130.00", "¥1131.00")],
)
def test_a_total_one_unit_off_goes_to_review(
    tmp_path: Path, name: str, printed: str, instead: str
) -> None:
    # whole yen: '110,000' is never read as 110.000, so one yen off does not add up
    lang, landscape, items, _truth = PAGES[name]
    off = [(x, y, s.replace(printed, instead), pt) for x, y, s, pt in items]
    assert off != items
    ex = extract_invoice(draw(tmp_path / "off.pdf", lang, off, landscape), use_xml=False)
    assert ex.status == "review"


def test_a_japanese_era_date(tmp_path: Path) -> None:
    # '令和8年10月14日': the eighth year of Reiwa (2019 was its first) is 2026
    lang, landscape, items, truth = PAGES["seikyu"]
    era = [(x, y, s.replace("2026年10月14日", "令和8年10月14日"), pt) for x, y, s, pt in items]
    assert era != items
    ex = extract_invoice(draw(tmp_path / "era.pdf", lang, era, landscape), use_xml=False)
    assert ex.value("issue_date") == truth["issue_date"] and ex.status == "accepted", ex.reasons
