"""Totals a page prints twice, in its own currency and in another, each under a head that
names its currency ('EUROS | FRANCS' over 'TOTAL TTC 5381.32 35299.16', an old French
invoice's box; 'CHF | EUR' over a Swiss one's): the amounts under the second head are the
same totals converted, never the invoice's."""

from __future__ import annotations

import re
from decimal import Decimal

from robot_lib.invoices.lines import TextLine
from robot_lib.invoices.parse import amounts_in, currencies_in

# a head that is a currency's name alone ('EUROS', 'Francs'; folded text), or its code
_CURRENCY_NAME = re.compile(
    r"(?:euros?|francs?|dollars?|pounds?|livres?|pesetas?|lire|marks?|escudos?)\s*:?"
)
_BELOW = 6  # lines under the heads that may hold their amounts
# (a quick look first: a line with no currency's name or code in it heads no such columns)
_ANY = re.compile(r"(?i:euro|franc|dollar|pound|livre|peseta|lire|mark|escudo)|\b[A-Z]{3}\b")


def converted_amounts(lines: list[TextLine]) -> dict[int, set[Decimal]]:
    """Line index -> the amounts on it that stand under a currency's head other than the
    first of a line of such heads (the invoice's own currency comes first)."""
    out: dict[int, set[Decimal]] = {}
    for ln in lines:
        if re.search(r"\d", ln.text) or not _ANY.search(ln.text):
            continue
        cells = [
            (a, b)
            for a, b in ln.cells
            if _CURRENCY_NAME.fullmatch(ln.folded[a:b].strip())
            or (re.fullmatch(r"[A-Z]{3}", ln.text[a:b].strip()) and currencies_in(ln.text[a:b]))
        ]
        # (one currency twice is no conversion: 'Adet | USD | USD', amounts' codes wrapped
        # in their cells under a row of items)
        if len(cells) != 2 or len({ln.folded[a:b].strip() for a, b in cells}) == 1:
            continue
        heads = [ln.span_x(a, b) for a, b in cells]
        (a0, a1), (b0, b1) = heads
        for x in lines[ln.index + 1 : ln.index + 1 + _BELOW]:
            if x.page != ln.page:
                break
            for v, s, e in amounts_in(x.text):
                x0, x1 = x.span_x(s, e)
                mid = (x0 + x1) / 2
                # under the second head: nearer its middle than the first's
                if x1 > a1 and abs(mid - (b0 + b1) / 2) < abs(mid - (a0 + a1) / 2):
                    out.setdefault(x.index, set()).add(v)
    return out
