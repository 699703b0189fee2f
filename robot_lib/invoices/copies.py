"""An invoice printed twice in one file, copy after copy: India's duplicate and triplicate
prints ('ORIGINAL FOR RECIPIENT', 'DUPLICATE FOR SUPPLIER' across each copy), a Polish invoice's
'ORYGINAŁ' and 'KOPIA'. Read from its first copy: the second adds nothing but every name,
item and total a second time (a customer's name 'printed again further down', each item
twice)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

_SAME = 0.9  # the share of the first page's lines a later page prints again, to be its copy
_FEWEST = 8  # lines the first page has at least, for its lines to tell a copy


def first_copy(lines: list[TextLine]) -> list[TextLine]:
    """*lines* up to the first later page that prints nine in ten of the first page's lines
    again: a copy of the invoice starts there (a long invoice's next page repeats its
    letterhead and heads, not its items and totals)."""
    first = {ln.folded for ln in lines if ln.page == 0}
    if len(first) < _FEWEST:
        return lines
    pages: dict[int, set[str]] = {}
    for ln in lines:
        if ln.page:
            pages.setdefault(ln.page, set()).add(ln.folded)
    for page in sorted(pages):
        if len(first & pages[page]) >= _SAME * len(first):
            return [ln for ln in lines if ln.page < page]
    return lines
