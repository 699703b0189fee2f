"""A net derived from the items and the discounts and charges that close the totals, some
printed over the tax and some under it (:func:`split_at_tax`): those over it are in the net,
a charge under it taxed on its own line at its rate is in the net and its tax in the tax
('Shipping & Handling Charges 40.00', 'Shipping & Handling Tax:(8.25%) 3.30'), and the rest
under it is added after the tax, outside the net (:func:`derived_split`)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.rate_checks import taxes_charge

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.invoices.model import Extraction

# over the tax (in the net), a charge under it taxed on its own line, that tax, the rest
Split = tuple[Decimal, Decimal, Decimal, Decimal]


def split_at_tax(
    lines: list[TextLine],
    adjustments: list[tuple[int, int, list[Decimal], str]],
    taxed: list[int],
    want: Decimal,
) -> Split | None:
    """The discounts and charges (*adjustments*: each line's index, sign, amounts and label)
    that together make *want* (each line's amount in cents with its sign), some printed over
    the first tax line of *taxed* and some under it: the part over it, a charge under it whose
    own tax follows on the next line (:func:`rate_checks.taxes_charge`), that tax, and the rest
    under it. None when all stand on one side of it."""
    parts: dict[int, Decimal] = {}
    for i, sign, amounts, _label in adjustments:
        cents = [v for v in amounts if v.as_tuple().exponent == -2]
        if cents:
            parts.setdefault(i, sign * abs(cents[0]))
    if len(parts) < 2 or sum(parts.values()) != want or not taxed:
        return None
    first = min(taxed)
    before = sum((v for i, v in parts.items() if i < first), Decimal(0))
    under = {i: v for i, v in parts.items() if i > first}
    if not under or len(under) == len(parts):
        return None
    charged = own = Decimal(0)
    for i, v in sorted(under.items()):
        t = under.get(i + 1)
        if t is not None and taxes_charge(lines, i, v, t):
            charged, own = v, t
            break
    return before, charged, own, sum(under.values(), Decimal(0)) - charged - own


def derived_split(
    ex: Extraction,
    lines_sum: Decimal,
    read: tuple[Decimal, Decimal],
    split: Split,
    subtotal: bool,
) -> None:
    """The net derived from the items (or the subtotal, *subtotal*) and a :func:`split_at_tax`,
    with the tax and gross *read*: the discounts and charges over the tax and a charge taxed on
    its own line in the net, that charge's tax in the tax, the rest added after the tax."""
    tax, gross = read
    before, charged, own, after = split
    net = lines_sum + before + charged
    if own:
        ex.set("tax_total", f"{tax + own:.2f}", "layout", 0.85, "the tax and a charge's own tax")
    ex.adjustment = f"{before + charged:.2f}" if before + charged else None
    if after:
        ex.after_tax = f"{after:.2f}"
        ex.after_tax_for = (f"{net:.2f}", f"{tax + own:.2f}", f"{gross:.2f}")
    what = "the subtotal" if subtotal else "no net printed: the line totals"
    parts = [f"{before:+.2f} over the tax"] if before else []
    parts += [f"a charge {charged:.2f} taxed {own:.2f} on its own line"] if charged else []
    parts += [f"{after:+.2f} added after the tax"] if after else []
    derived(
        ex, f"{net:.2f}", f"{what} {lines_sum:.2f}, {', '.join(parts)}, and the tax make the gross"
    )


def derived(ex: Extraction, net: str, note: str) -> None:
    """The net derived from the items (*note* says how); the tax and gross it checks with."""
    ex.set("net_total", net, "derived", 0.85, note)
    ex.totals_evidence = ex.totals_evidence or note
    for k in ("tax_total", "gross_total"):
        f = ex.fields[k]
        f.confidence, f.note = max(f.confidence, 0.85), f.note or note
