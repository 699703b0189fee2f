"""Item rows whose cells wrap in narrow columns: an HTML table prints each cell's text on as many
lines as its column needs and centres the shorter cells of the row between them, so one row
comes out as a line of amounts over the line of its position, text, quantity and price, the
amounts' currency under them::

    4450,00 1023,50 5473,50
    3 Software licence 5 ks 890,00 EUR 23%
    EUR EUR EUR

The amounts' line is joined to the row it belongs to, so that the row reads whole."""

from __future__ import annotations

import re

from robot_lib.invoices.lines import TextLine, cell_amounts, make_line


def joined_rows(lines: list[TextLine]) -> list[TextLine]:
    """*lines* (an item table's), each line of amounts alone joined to the row right under it
    when their words stand in different columns; the rest as they are."""
    out: list[TextLine] = []
    i = 0
    while i < len(lines):
        a = lines[i]
        b = lines[i + 1] if i + 1 < len(lines) else None
        if b is not None and _amounts_only(a) and _row_under(a, b):
            out.append(make_line(sorted([*a.words, *b.words], key=lambda w: w.x0), b.index))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _amounts_only(ln: TextLine) -> bool:
    """Nothing on *ln* but amounts (at least two: a price and a total, or more)."""
    found = cell_amounts(ln)
    rest = list(ln.text)
    for _v, s, e in found:
        rest[s:e] = " " * (e - s)
    return len(found) >= 2 and not re.search(r"\w", "".join(rest))


def _row_under(a: TextLine, b: TextLine) -> bool:
    """Is *b* the rest of *a*'s row: right under it on its page, with words (its position and
    text), and no word of it under a word of *a*?"""
    size = max(w.size or 10.0 for w in a.words)
    if b.page != a.page or not 0 < b.top - a.top <= 1.8 * size or not re.search(r"[^\W\d]", b.text):
        return False
    return not any(u.x0 < w.x1 + 1 and w.x0 < u.x1 + 1 for u in a.words for w in b.words)
