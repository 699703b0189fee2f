"""Kinds of layout of MYOB AccountRight's service invoice (Australia, New Zealand; after its
published samples, replayed once as a probe through Chromium, not kept): 'TAX INVOICE' over
the company's block and its ABN, 'Invoice #' and 'Date' at the right, 'Bill To' and 'Ship To'
boxed, 'Customer PO | Terms | Salesperson', 'Description | Amount | Tax' with a tax code per
line, 'Subtotal', 'Freight', 'GST', 'Total Inc. GST', 'Amount Applied', 'Balance Due', and a
payment advice at the foot with the 'Due Date'. Dates as an Australian computer writes them,
the day unpadded ('2/10/2026')."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(terms: str) -> list[Text]:
    items: list[Text] = [(40, 45, "TAX INVOICE", 16), (-470, 62, "Invoice #:", 9)]
    items += [(475, 62, "00017948", 9), (-470, 74, "Date:", 9), (475, 74, "2/10/2026", 9)]
    seller = ["Redgum Landscapes", "14 Kent St", "Bunbury WA 6230", "ABN: 83 114 227 902"]
    items += [(40, 66 + 11 * i, x, 9) for i, x in enumerate(seller)]
    items += [(40, 130, "Bill To:", 9), (300, 130, "Ship To:", 9)]
    for i, x in enumerate(["Harbourside Strata", "PO Box 221", "Fremantle WA 6959"]):
        items += [(40, 142 + 11 * i, x, 9), (300, 142 + 11 * i, x, 9)]
    items += [(40, 190, "Customer PO", 9), (200, 190, "Terms", 9), (360, 190, "Salesperson", 9)]
    items += [(40, 202, "PO8123", 9), (200, 202, terms, 9), (360, 202, "Sam", 9)]
    items += [(40, 225, "Description", 9), (-470, 225, "Amount", 9), (500, 225, "Tax", 9)]
    items += [(40, 240, "Garden maintenance - monthly", 9), (-470, 240, "$199.73", 9)]
    items += [(500, 240, "GST", 9)]
    for i, (label, amount) in enumerate(
        [("Subtotal:", "$199.73"), ("Freight:", "$25.00"), ("GST:", "$22.47"),
         ("Total Inc. GST:", "$247.20"), ("Amount Applied:", "$0.00"), ("Balance Due:", "$247.20")]
    ):  # fmt: skip
        items += [(-400, 480 + 12 * i, label, 9), (-470, 480 + 12 * i, amount, 9)]
    items += [(40, 700, "PAYMENT ADVICE", 9), (40, 714, "To: Redgum Landscapes", 9)]
    items += [(330, 714, "Invoice #:", 9), (420, 714, "00017948", 9)]
    items += [(330, 726, "Amount Due:", 9), (420, 726, "$247.20", 9)]
    return items + [(330, 738, "Due Date:", 9), (420, 738, "1/11/2026", 9)]


def test_terms_of_days_prove_which_way_the_dates_are_written(tmp_path: Path) -> None:
    # '2/10/2026' and '1/11/2026', no day padded as US programs write them: the day-first
    # reading was a guess and the page waited; 'Net 30 days' fits them read day first (2
    # October, 1 November) and not read month first (10 February, 11 January)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page("Net 30 days")))
    assert (got["issue_date"], got["due_date"]) == ("2026-10-02", "2026-11-01"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize("terms", ["C.O.D.", "Net 14 days"])
def test_terms_that_do_not_fit_prove_nothing(tmp_path: Path, terms: str) -> None:
    # no count of days, or one neither reading fits: the order stays a guess
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page(terms)))
    assert got["issue_date"] == "2026-10-02", reasons
    assert status == "review", reasons
