"""A period printed under a title instead of a document's date: its first day alone on a line,
'To:' and its last day on the next ('2026-03-01' over 'To: 2026-03-31', as a platform's receipt
for a month's payments prints it). The document is dated by the period's end."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from robot_lib.invoices.parse import dates_in

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine


def period_end(ln: TextLine, month_first: bool) -> dt.date | None:
    """The date *ln* gives alone after a word that ends a period ('To: 2026-03-31', 'bis
    31.03.2026', 'au 31/03/2026'); None otherwise."""
    m = _UNTIL.match(ln.folded)
    found = dates_in(ln.text, month_first) if m is not None else []
    if m is None or len(found) != 1 or found[0][1] != m.end():
        return None
    return None if ln.text[found[0][2] :].strip(" .") else found[0][0]


# the word that ends a period, its end's date after it: 'To:', 'bis', 'au', 'al', 'tot', 'until'
_UNTIL = re.compile(r"\s*(?:to|till|until|through|bis|au|al|tot|t/m|a)\s*:?\s*")
