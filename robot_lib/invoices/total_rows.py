"""Rows by the totals that are no total: a ledger's entry dated in its first cell, a tax
table's row printing a charge's base and its tax, and the tax a total includes, printed in
brackets after it ('Total: £102.10 (includes £17.02 VAT)')."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.parse import amounts_in, dates_in

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit, TextLine

# the tax a total includes, in brackets after it: '(includes £17.02 VAT)', '(inkl. 11,26 € MwSt.)'
INCLUDES = re.compile(
    r"\(\s*(?:includes?|including|incl\.?|inkl\.?|enth[aä]lt|davon|dont|incluye|incluido|"
    r"inclusief)(?!\w)",
    re.I,
)
_TAX_WORD = re.compile(r"\b(?:vat|mwst|ust|gst|hst|tax|tva|iva|btw|moms)\b", re.I)
# a rate first: '20.000 %', '19%'
_RATE_FIRST = re.compile(r"\W*\d{1,2}(?:[.,]\d{1,3})?\s*%")


def included_at(text: str, at: int) -> bool:
    """The amount at *at* in *text* stands inside a bracket that says the total includes it
    ('£102.10 (includes £17.02 VAT)'; not the total after '(inkl. USt.) 529,87')."""
    return any(")" not in text[m.end() : at] for m in INCLUDES.finditer(text, 0, at))


def dated_row(h: Hit) -> bool:
    """A label in a row that starts with its own date ('11/09/26 | State Sales Tax | $15.33'):
    a guest account's or a statement's entry, not a total."""
    first = h.line.words[0].text
    return h.start >= len(first) and any(s == 0 and e == len(first) for _d, s, e in dates_in(first))


def tax_row(text: str, found: list[tuple[Decimal, float]]) -> bool:
    """The text right of a charge's label (and its amounts, *found*) opens with a rate and
    prints two amounts or more: the charge's base and its tax in a tax table's row ('Shipping
    20.000 %  £7.00  £1.40'), not a charge printed between the totals."""
    return len(found) >= 2 and _RATE_FIRST.match(text) is not None


def bracketed_tax(lines: list[TextLine], hits: list[Hit]) -> list[tuple[Decimal, int]]:
    """The tax a total (of *hits*, the gross's labels) includes, printed in brackets after it
    and maybe wrapped onto the next line ('Total: £102.10 (includes' over '£17.02 VAT)'): the
    amount, and the total's line."""
    out = []
    for h in hits:
        ln = h.line
        m = INCLUDES.search(ln.text)
        if m is None:
            continue
        rest = ln.text[m.end() :]
        nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
        size = max(w.size for w in ln.words)
        if ")" not in rest and nxt is not None and 0 < nxt.top - ln.top < 2 * size:
            rest += " " + nxt.text  # (wrapped)
        rest = rest.split(")")[0]
        found = amounts_in(rest)
        if len(found) == 1 and _TAX_WORD.search(rest):
            out.append((found[0][0], ln.index))
    return out
