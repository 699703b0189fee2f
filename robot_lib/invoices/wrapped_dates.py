"""A date's label whose date runs on past its line: at the end of a line of running text, the
date on the next line; or the date itself cut, by the line's end or its cell's, its rest (the
year alone, often) on the next line, under its start or flush right at its cell's end. And a
payment sentence that runs on over its line's end to its deadline's date."""

from __future__ import annotations

import re

from robot_lib.invoices.blocks import overruns, segments
from robot_lib.invoices.lines import Hit, TextLine
from robot_lib.invoices.parse import dates_in


def run_on(lines: list[TextLine], hit: Hit, kind: str) -> list[str]:
    """A date's label that ends a line of running text and runs on into the next ('… · IBAN
    IT60 … · Scadenza' over '10/12/2026'): the next line's first cell, when it starts where
    the label's line does; or the date the line's end, or the label's cell, cuts ('… ·
    Scadenza 10 dicembre' over '2026', 'Vencimiento viernes, 13 de noviembre de' over '2026'
    in its cell, or flush right with a block beside it between), joined."""
    ln = hit.line
    if kind != "date" or (hit.start and len(ln.words) < 5):
        return []
    nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    if nxt is None or nxt.page != ln.page or nxt.top - ln.top >= 2 * (ln.words[0].size or 10):
        return []
    end = len(ln.text)
    if not hit.start:
        # a label that opens its line: only the date its own cell cuts ('ДАТА СКЛАДАННЯ: 31
        # СЕРП.' over '2026 Р.', the next block beside it)
        end = (ln.cell_at(0) or (0, end))[1]
    parts = segments(nxt)
    first, rest = parts[0].text, ln.text[hit.end : end].strip(" :")
    if not rest and not hit.start:
        return []
    at_line = abs(nxt.words[0].x0 - ln.words[0].x0) <= 2
    if not rest:
        return [first] if at_line else []
    # ... or the date itself cut ('Scadenza giovedì 10' over 'dicembre 2026'), the next line
    # starting where the label's line or the label does (a date wrapped in its cell)
    at_label = abs(nxt.words[0].x0 - ln.span_x(hit.start, hit.end)[0]) <= 2
    # ... or at the label's cell's left or right edge (set flush right), the date cut at its
    # separator ('Invoice Date: … · Due Date: 2026-11-' over '04' in a narrow header cell)
    # (the part under the cell: a block beside it may share the next line)
    cell = ln.span_x(*c) if (c := ln.cell_at(hit.start)) else None
    under = [
        sg.text
        for sg in parts
        if cell is not None and min(abs(sg.x0 - cell[0]), abs(sg.x1 - cell[1])) <= 2
    ]
    at_cell = bool(under) and rest[-1:] in "-/."
    if cell is not None and not dates_in(rest) and (below := _year_under(lines, ln, cell[1])):
        return [f"{rest} {below}"] if dates_in(f"{rest} {below}") else []
    # ... or the year alone under the date's start, the date wrapped in a cell of its own, set
    # flush left ('Payment due  August 1,' over '2026')
    after = ln.text[hit.end :]
    start = ln.span_x(hit.end + len(after) - len(after.lstrip(" :")), len(ln.text))[0]
    if not dates_in(rest) and (below := _year_under(lines, ln, start, left=True)):
        return [f"{rest} {below}"] if dates_in(f"{rest} {below}") else []
    joined = f"{rest}{under[0]}" if at_cell else f"{rest} {first}"
    found = dates_in(joined) if (at_line or at_label or at_cell) and not dates_in(rest) else []
    year = re.match(r"(?:19|20)\d{2}\b", first) and at_line  # the year alone cut off
    return [joined] if found and (found[0][1] < len(rest) < found[0][2] or year) else []


def sentence_runs_on(lines: list[TextLine], k: int) -> bool:
    """Does *lines*[k] carry on the sentence of the line above, which ends no sentence ('.',
    ':')? Where it starts in lower case ('Zahlbar innerhalb von 10 Tagen … oder' over
    'innerhalb von 30 Tagen netto (bis …).'), or, starting where the line above starts, just
    under it, its first word would have made that line wider than the widest of the page's
    lines that start there too: the column's width wrapped it ('… Bitte überweisen' over 'Sie
    den Betrag bis zum 12.12.2025.')."""
    if not k:
        return False
    ln, up = lines[k], lines[k - 1]
    if up.page != ln.page or re.match(r"[(\w]", ln.text) is None or re.search(r"[.:]\s*$", up.text):
        return False
    if not ln.text[:1].isupper():
        return True
    x0, size = ln.words[0].x0, ln.words[0].size or 10.0
    if abs(up.words[0].x0 - x0) > 2 or ln.top - up.top > 1.6 * size:
        return False
    # (the column's width: its widest line that starts there, a table's row as well)
    widest = max(
        x.words[-1].x1 for x in lines if x.page == ln.page and abs(x.words[0].x0 - x0) <= 5
    )
    return overruns(up.words[-1].x1, size, ln.words[0], widest + 1)


def _year_under(lines: list[TextLine], ln: TextLine, edge: float, left: bool = False) -> str | None:
    """The year alone flush right under a date cut at its column's end (*edge*), on the next
    line or the one after (a block beside it between them: 'Fecha de emisión: 3 de noviembre
    de' over '2026'), or, *left*, flush left under the date's start; None when there is none."""
    for x in lines[ln.index + 1 : ln.index + 3]:
        if x.page != ln.page or x.top - ln.top >= 3 * (ln.words[0].size or 10):
            break
        for sg in segments(x):
            at = sg.x0 if left else sg.x1
            if abs(at - edge) <= 2 and re.fullmatch(r"(?:19|20)\d{2}", sg.text.strip()):
                return sg.text.strip()
    return None
