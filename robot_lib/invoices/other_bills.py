"""A list of the customer's other bills, printed under the invoice's own totals: 'Outstanding
Balance' over 'Invoice Number | Due On | Amount Due | Payments Received | Balance Due', a row
per bill still open and its sums ('Outstanding Balance $450.00', 'Total Amount Outstanding
$2,517.50'), as a law firm's billing prints it. Its numbers, dates and amounts are those
bills', none of this one's: the labels on its lines are passed over."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.totals import money

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit, TextLine


def listed(lines: list[TextLine], numbered: list[Hit], billed: list[Hit]) -> set[int]:
    """The lines of such a list: a head with no figure that names a bill's number (a hit of
    *numbered*) and an amount (of *billed*, the gross's labels), under a line where a gross
    label prints its amount (the bill's own total), and the lines with amounts right under it.
    Not a remittance stub, whose first row repeats a number printed above it (this bill's)."""
    out: set[int] = set()
    for h in numbered:
        head = h.line
        if re.search(r"\d", head.text) or not any(g.line is head for g in billed):
            continue
        if not any(g.line.index < head.index and money(g.line.text) for g in billed):
            continue  # (no total of its own above it: a header grid, this bill's)
        rows = []
        for ln in lines[head.index + 1 :]:
            if ln.page != head.page or not money(ln.text):
                break
            rows.append(ln)
        above = " ".join(x.text for x in lines[: head.index])
        if not rows or _repeated(rows[0], above):
            continue
        out |= {head.index, *(x.index for x in rows)}
    return out


def _repeated(row: TextLine, above: str) -> bool:
    """The row's first word, a bill's number, is printed above the list: this bill's."""
    first = row.words[0].text
    return re.search(r"(?<![\w-])" + re.escape(first) + r"(?![\w-])", above) is not None
