"""A total's amount in a narrow cell that wraps it over two lines, its currency's sign over its
figures, the row's label set level with the first of them or centred between the two (a totals
row of ERPNext's Saudi VAT invoice, 'ر.س 7,094.42' in a column as wide as its figures)::

    ر.س   إجمالي ضريبة القيمة المضافة   TOTAL VAT   ر.س          (the label level with the sign)
    7,094.42                                     7,094.42

    ر.س                                          ر.س
          إجمالي المبلغ المستحق   TOTAL AMOUNT DUE               (... or centred between)
    54,390.51                                    54,390.51

The label's amount is the nearest right of it whose cell, sign and figures, spans its line."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.parse import currencies_in
from robot_lib.invoices.totals import amounts_x, money

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit, TextLine
    from robot_lib.pdf import Word


# the widest a line of text may be spaced, in its type's size (a cell's second line is one line
# under its first: 1.2 to 1.6 times the type's size, as style sheets set it)
_LINE = 2.0


def wrapped_cell(lines: list[TextLine], hit: Hit) -> tuple[Decimal, int] | None:
    """The amount of the label *hit* from a cell wrapped around its line, with the index of the
    amount's line; None when there is none."""
    ln = hit.line
    size = max(w.size for w in ln.words) or 10
    end = ln.span_x(hit.start, hit.end)[1]
    for below in lines[ln.index + 1 : ln.index + 3]:
        gap = below.top - ln.top
        if below.page != ln.page or not 0 < gap <= _LINE * size:
            continue
        found = amounts_x(below)
        if not found or currencies_in(below.text):
            continue
        if any(c.isalpha() for c in _rest(below)) and not _label_wrapped(lines, ln, below):
            continue  # figures alone: the cells' second lines (or the label's rest, under it)
        for value, x0, x1 in found:
            if x0 <= end:
                continue
            over = [
                w
                for other in lines[max(0, below.index - 2) : below.index]
                for w in other.words
                if other.page == ln.page and w.x0 < x1 and x0 < w.x1
                if below.top - _LINE * size <= w.top <= ln.top + 0.5 * size
            ]
            if currency_sign(over):
                return value, below.index
            break  # the nearest amount right of the label, or none
    return None


def currency_sign(words: list[Word]) -> bool:
    """Are *words* (those over an amount, its cell wrapped) its currency's sign: some words, a
    sign or code among them, and no figure?"""
    sign = " ".join(w.text for w in words)
    return bool(words) and bool(currencies_in(sign)) and not any(c.isdigit() for c in sign)


def _rest(ln: TextLine, skip: int = 0) -> str:
    """The line's text without its amounts (nor its first *skip* cells)."""
    text = list(ln.text)
    for a, b in ln.cells[:skip]:
        text[a:b] = " " * (b - a)
    for _v, s, e in money(ln.text):
        text[s:e] = " " * (e - s)
    return "".join(text)


def _label_wrapped(lines: list[TextLine], ln: TextLine, below: TextLine) -> bool:
    """Is *below*'s first cell the rest of *ln*'s label, its cell wrapped as the amount's was
    ('Verschotten: inschrijving hypotheek €' over '(vrijgesteld) 179,00', in a column of labels
    and amounts): set at *ln*'s left edge, figures alone after it; and is the sign on *ln* not
    the one of the bare amount over it, wrapped the other way ('… (nie 393,00' over 'podlega
    VAT) zł')?"""
    if len(below.cells) < 2 or abs(below.words[0].x0 - ln.words[0].x0) > 2:
        return False
    if any(c.isalpha() for c in _rest(below, skip=1)):
        return False
    above = lines[ln.index - 1] if ln.index else None
    return not (
        above and above.page == ln.page and amounts_x(above) and not currencies_in(above.text)
    )
