"""A letterhead with no legal form and nothing printed twice (:func:`banner`): the largest name
at the top of the first page, outside the recipient's block, that its band of the page backs
with a tax number or IBAN, or that heads its own postal address, or whose page labels a tax
number as its company's own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.backing import registered_under, title_half, wrapped
from robot_lib.invoices.blocks import segments
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.envelope import address_end
from robot_lib.invoices.parties import REGISTERED
from robot_lib.invoices.top_names import (
    Seller,
    _heads_row,
    _name_of,
    aligned,
    in_buyer,
    in_labels,
)

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

_OWN_NUMBER = re.compile(
    r"\b(?:company|our|supplier|seller)\s*(?:gstin|vat|tax\s*(?:id|no|number)|trn|abn)\b"
)


def banner(
    first: list[TextLine],
    skip: set[tuple[int, int]],
    height: float,
    registered: bool = False,
    addressed: bool = False,
) -> Seller | None:
    """A letterhead with no legal form and nothing printed twice: the largest name in the
    top quarter of the page, outside the recipient's block, when its band of the page
    carries the sender's tax number or IBAN, or (unless *registered*) the name heads its own
    postal address (only that, if *addressed*), or (unless *addressed*) the page labels a tax
    number outside that block as its company's own ('Company GSTIN : …')."""
    top = [ln for ln in first if ln.top < height * 0.25]
    own: list[bool] = []  # (read once, only when a name has nothing else for it)

    def labels_own() -> bool:
        if not own:
            own.append(
                any(
                    _OWN_NUMBER.search(sg.folded) and not in_buyer(sg, skip)
                    for ln in first
                    for sg in segments(ln)
                )
            )
        return own[0]

    # the lines of the top quarter that carry a tax number or IBAN outside the recipient's block
    registered_tops = [
        x.top
        for x in top
        if any(not in_buyer(o, skip) and REGISTERED.search(o.folded) for o in segments(x))
    ]
    found = []
    for pos, ln in enumerate(top):
        at = first.index(ln)
        for sg in segments(ln, by_size=True) if not _heads_row(first, at) else []:
            text = _name_of(sg, skip, shortest=3)
            if text is None or in_labels(first, at, sg) or title_half(first, at, sg):
                continue
            band = any(abs(t - ln.top) <= 80 for t in registered_tops)
            # (or its address set apart under it, a block of details beside the lines between)
            band = band or (not in_buyer(sg, skip) and registered_under(first, at, sg))
            # the four lines of its block under it, set flush left (or flush right under a
            # name at the right), whatever stands beside them ('INVOICE' at the right)
            column = [
                o.text
                for x in top[pos + 1 :]
                if x.top - ln.top <= 5 * _size(sg)
                for o in segments(x)
                if aligned(o, sg) and not in_buyer(o, skip)
            ][:4]
            if band and not addressed:
                why = "its band of the page carries a tax number or IBAN"
            elif not registered and any(address_end(c) for c in column[1:]):
                why = "it heads its own postal address, the recipient's being marked"
            elif not addressed and labels_own():
                why = "the page labels a tax number as its company's own"
            else:
                continue
            found.append((-_size(sg), ln.top, wrapped(first, at, sg, text), why))
    if not found:
        return None
    size, top_, name, why = min(found)
    return Seller(name, 0.75, f"the largest name at the top of the page; {why}", -size, top_)
