"""The lines between a subtotal and the total that print a percentage for their only value
('Discount: - 10%', 'Tax: + 13%'), as a web invoice generator prints a discount or a tax set as
a rate: taken in order from the subtotal, with the amounts printed among them ('Discount: - 50
USD', 'Shipping: + 15 USD'), they make the total to the cent, or they do not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices import rate_checks, totals
from robot_lib.invoices.labels_beside import ALLOWANCE
from robot_lib.invoices.parse import money_text

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.invoices.model import Extraction

_CENT = Decimal("0.01")


@dataclass
class Steps:
    """What the lines under the subtotal make of it: the net (after the discounts, before the
    tax), the tax when an amount of it is printed, and how."""

    net: Decimal
    tax: Decimal | None
    how: str


def worked_down(
    lines: list[TextLine], first: int, last: int, subtotal: Decimal, gross: Decimal,
    taxed: set[int],
) -> Steps | None:  # fmt: skip
    """The lines strictly between line *first* (the subtotal's) and line *last* (the
    total's), at least one of them a percentage alone, taken in order from *subtotal*: a
    discount's takes off (its amount, or its rate of what stands so far), a tax's (*taxed*: its
    lines) adds its amount or its rate, another amount adds on. Steps when they make *gross*
    to the cent (each step rounded to the cent, or none of them), else None."""
    steps = []  # (kind, amount or rate, is it a rate)
    for ln in lines[first + 1 : last]:
        found = totals.amounts_right(ln.text)  # (whole money too: '- 50 NGN', '+ 15 CAD')
        rates = rate_checks.rates_in(ln.text)
        off = bool(ALLOWANCE.search(ln.folded)) or bool(_MINUS.search(ln.text))
        kind = "discount" if off else "tax" if ln.index in taxed else "charge"
        if len({v for v, _w in found}) == 1:  # (its amount, whatever rate it prints)
            steps.append((kind, abs(found[0][0]), False))
        elif not found and len(rates) == 1 and kind != "charge":
            steps.append((kind, Decimal(rates[0]), True))
        elif re.search(r"\d", ln.text):
            return None  # a line these rules cannot take in order
    if not any(rate for _k, _v, rate in steps):
        return None
    for rounded in (True, False):
        made = _made(subtotal, steps, rounded)
        if made is not None and made[0].quantize(_CENT, ROUND_HALF_UP) == gross:
            net, tax = made[1], made[2]
            shown = ", ".join(
                f"{'-' if k == 'discount' else '+'}{v:f}{' %' if r else ''}" for k, v, r in steps
            )
            how = f"the subtotal {subtotal:.2f} and the lines under it ({shown}) make the gross"
            return Steps(net.quantize(_CENT), tax, how)
    return None


def _made(
    subtotal: Decimal, steps: list[tuple[str, Decimal, bool]], rounded: bool
) -> tuple[Decimal, Decimal, Decimal | None] | None:
    """The total the steps make of *subtotal*, the net before the first tax, the tax's printed
    amount (None when the tax is a rate alone); None when a discount follows a tax."""
    value, net, tax, taxed = subtotal, None, None, False
    for kind, v, rate in steps:
        if kind == "tax" and net is None:
            net, taxed = value, True
        elif kind == "discount" and taxed:
            return None  # a discount after the tax: no net this reading can name
        change = value * v / 100 if rate else v
        if rounded:
            change = change.quantize(_CENT)
        value = value - change if kind == "discount" else value + change
        if kind == "tax" and not rate:
            tax = v
    return value, value if net is None else net, tax


# a minus right before a percentage or an amount: 'Discount: - 10%', '- 50 USD'
_MINUS = re.compile(r"(?:^|\s)[-−–]\s?[$€£]?\d")


def from_totals(
    lines: list[TextLine], cands: dict[str, list[totals.Cand]], res: totals.Totals,
    taxed: set[int],
) -> Steps | None:  # fmt: skip
    """:func:`worked_down` from the chosen net's label to the chosen gross's."""
    if res.net is None or res.gross is None:
        return None
    at = [
        max((c for c in cands.get(f, []) if c.amount == v and c.how == "label"),
            key=lambda c: c.weight, default=None)
        for f, v in (("net_total", res.net), ("gross_total", res.gross))
    ]  # fmt: skip
    n, g = at
    if n is None or g is None or not n.line < g.line:
        return None
    return worked_down(lines, n.line, g.line, res.net, res.gross, taxed)


def settle(
    ex: Extraction, lines: list[TextLine], cands: dict[str, list[totals.Cand]],
    res: totals.Totals, taxed: set[int],
) -> bool:  # fmt: skip
    """Set the totals :func:`from_totals` finds on *ex*, with their evidence: the gross, the
    net (derived when a discount's rate took it from the subtotal: that discount is then the
    items' adjustment) and the tax when an amount of it is printed. False when none is found."""
    steps = from_totals(lines, cands, res, taxed)
    if steps is None or res.net is None or res.gross is None:
        return False
    cur = ex.value("currency")
    ex.totals_evidence = steps.how
    ex.set("gross_total", money_text(res.gross, cur), "layout", 0.9, steps.how)
    derived = steps.net != res.net
    how = "derived" if derived else "layout"
    ex.set("net_total", money_text(steps.net, cur), how, 0.9, steps.how)
    if derived:
        ex.adjustment = money_text(steps.net - res.net, cur)
    if steps.tax is not None:
        ex.set("tax_total", money_text(steps.tax, cur), "layout", 0.9, steps.how)
    return True
