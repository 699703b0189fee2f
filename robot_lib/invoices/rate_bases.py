"""A tax's line that prints its rate, its base and its tax ('Btw 21% over € 192,12 € 40,34',
'VAT 20% on £100.00 £20.00', 'MwSt. 19 % von 1.000,00 € 190,00 €'), the tax the rate's share of
the base: where the bases and taxes add up to a gross the page prints, to the cent, one such
line's base is the net, and several lines' (one per rate) taxes add up to the tax (their net,
printed nowhere, is left unread)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.totals import Cand, money

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit

# the rate, then the word that puts the base after it ('over', 'on', 'von', 'auf', 'sur', …)
_RATE_ON = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%\s*"
    r"(?:over|on|of|von|auf|sur|su|sobre|op|uit|na|z|ze|af|av|fra)\s+"
)


def rate_lines(hits: list[Hit]) -> list[tuple[int, Decimal, Decimal]]:
    """The tax labels' lines (*hits*) that print a rate, its base and its tax, the tax the
    rate's share of the base to the cent: each line's index, base and tax."""
    out: list[tuple[int, Decimal, Decimal]] = []
    for h in hits:
        m = _RATE_ON.search(h.line.folded, h.end)
        found = money(h.line.text[m.end() :]) if m else []
        if m is None or len(found) != 2:
            continue
        rate, (base, tax) = Decimal(m.group(1).replace(",", ".")), (a for a, _s, _e in found)
        share = (base * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if (
            base > 0
            and abs(share - tax) <= Decimal("0.01")
            and h.line.index not in [o[0] for o in out]
        ):
            out.append((h.line.index, base, tax))
    return out


def rate_base_cands(tax_hits: list[Hit], gross: list[Cand]) -> dict[str, list[Cand]]:
    """The net or the tax the rates' lines give (see the module): candidates by field."""
    rows = rate_lines(tax_hits)
    # (only where bases and taxes make a gross the page prints, to the cent)
    whole = sum((b + t for _at, b, t in rows), Decimal(0))
    if not rows or not any(g.amount == whole for g in gross):
        return {}
    if len(rows) == 1:
        return {"net_total": [Cand(rows[0][1], 0.8, rows[0][0], "rate base")]}
    tax = sum((t for _at, _b, t in rows), Decimal(0))
    return {"tax_total": [Cand(tax, 0.95, rows[-1][0], "sum of rates")]}
