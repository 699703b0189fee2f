"""A page whose printed totals do not add up is never accepted. Every drawn page of
``tests/invoice_pages`` that goes straight through is printed again with one of its totals
one unit otherwise wherever it stands (the net, the tax or the gross in turn): the
arithmetic no longer holds, and no other amount of the page may be taken to make it hold
(an item's quantity as the tax, a VAT table's rows added to their own sum row, a rate's
line added to the total of the rates, a second currency's tax). And an amount due printed
under a total that adds up waits when nothing between them makes up the difference."""

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


HEAD = [
    "^Brightline Studio Ltd",
    "14 Quay Street, Bristol BS1 4DJ · VAT GB 284 1177 06",
    "",
    "Invoice no. | BS-2210",
    "Invoice date | 12/11/2026",
    "",
    "Description | Amount",
    "Brand workshop | £1,200.00",
    "Illustrations | £450.00",
    "",
    "| Subtotal | £1,650.00",
    "| VAT 20% | £330.00",
    "| Total | £1,980.00",
]


@pytest.mark.parametrize(
    ("after", "waits"),
    [
        (["| Amount due | £1,981.00"], True),  # one unit off, nothing between
        (["| Amount due | £1,880.00"], True),
        (["| Deposit received | -£500.00", "| Amount due | £1,480.00"], False),
        (["| Paid 01/11 | £300.00", "| Paid 08/11 | £200.00", "| Balance due | £1,480.00"], False),
        (["| Amount due | £1,980.00"], False),
    ],
)
def test_an_amount_due_under_the_total_is_made_up_by_what_stands_between(
    tmp_path: Path, after: list[str], waits: bool
) -> None:
    # the total adds up; the amount due under it must too, with the payments printed between
    ex = read_text_page(tmp_path / "due.pdf", HEAD + after)
    assert ex.value("gross_total") == "1980.00"
    assert (ex.status == "review") == waits, ex.reasons
    if waits:
        assert any("which one is owed" in r for r in ex.reasons), ex.reasons
