"""The drawn pages of ``tests/invoice_pages`` with their issue and due dates printed in other
formats (``tests/invoice_dates.DATE_STYLES``): ISO, the month in words in the page's language,
the American long form, the month abbreviated, a two-digit year. Each page reads as it does
with the dates as drawn, or waits as it does there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_dates import DATE_STYLES, redated
from tests.invoice_pages import ROUNDS, assert_reads_as_drawn
from tests.invoice_typeset import read_text_page

CASES = [
    (style, r, name, lines)
    for style in DATE_STYLES
    for r, module in ROUNDS.items()
    for name, (drawn, truth) in module.PAGES.items()
    if (lines := redated(drawn, truth, style)) is not None
]


@pytest.mark.parametrize(
    ("style", "round_", "name", "lines"), CASES, ids=["-".join(c[:3]) for c in CASES]
)
def test_a_page_with_its_dates_printed_otherwise_reads_as_drawn(
    tmp_path: Path, style: str, round_: str, name: str, lines: list[str]
) -> None:
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert_reads_as_drawn(ex, round_, name)


def test_every_date_style_changes_pages_in_every_language_it_has_words_for() -> None:
    """The styles reach the pages: each changes dates on pages of several rounds."""
    for style in DATE_STYLES:
        rounds = {r for s, r, _n, _l in CASES if s == style}
        assert len(rounds) >= (3 if style == "us_long" else 10), style
