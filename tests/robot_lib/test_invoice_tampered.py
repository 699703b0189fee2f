"""A page whose printed totals do not add up is never accepted. Every drawn page of
``tests/invoice_pages`` that goes straight through is printed again with one of its totals
one unit otherwise wherever it stands (the net, the tax or the gross in turn): the
arithmetic no longer holds, and no other amount of the page may be taken to make it hold
(an item's quantity as the tax, a VAT table's rows added to their own sum row, a rate's
line added to the total of the rates, a second currency's tax)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_pages import TOTALS, tampered_pages
from tests.invoice_typeset import read_text_page


@pytest.mark.parametrize("field", TOTALS)
def test_a_page_whose_totals_disagree_waits(tmp_path: Path, field: str) -> None:
    pages = tampered_pages(field)
    accepted = []
    for name, lines in pages:
        ex = read_text_page(tmp_path / f"{name}.pdf", lines)
        if ex.status == "accepted":
            accepted.append((name, {f: ex.value(f) for f in TOTALS}))
    assert len(pages) >= 100
    assert accepted == []
