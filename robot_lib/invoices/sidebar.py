"""A narrow column down the left or the right of a page, beside the main column: a sidebar
holding the sender's name and address, the invoice's number and dates over their values, the
bank. Its lines keep their own pitch, so the page's visual lines join each of its lines with
whatever of the main column stands at that height ('Αριθμός' beside the customer's '106 79
Αθήνα', 'Rechnungsnummer' beside '53111 Bonn'), and a name wrapped in it is cut by the main
column's lines between its halves. Such a page is read as the sidebar's lines, then the main
column's, as a person reads it: column by column."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit, TextLine
    from robot_lib.pdf import Word

# the gutter: a strip down the page no word crosses, a little more than a letter wide
_GUTTER = 12.0
# the sidebar's text keeps within two fifths of the page's width, and a little (a name filling a
# box of 85 mm on A4 with its margin reaches 40.5%; a left column of 44% is the page's half:
# a table's first column beside the rest)
_NARROW = 0.42
# each column holds six lines at least
_LINES = 6
# the sidebar begins beside the main column's first line, within two lines' height of it
_TOP = 30.0


Column = tuple[float, float]


def by_columns(rows: list[list[Word]], width: float) -> list[tuple[list[Word], Column | None]]:
    """The visual lines *rows* of one page, as the sidebar's lines then the main column's
    where the page has a sidebar at its left or right (each line regrouped in its own column),
    a sidebar's line with its column's left and right edges (its widest line's: a word that
    would have made a line wider wrapped); else as they are."""
    words = [w for ws in rows for w in ws]
    parts = _right_column(words, width)
    cut = _gutter(words, width) if parts is None else None
    if cut is not None:
        side = _rows([w for w in words if w.x1 <= cut[0]])
        main = _rows([w for w in words if w.x0 >= cut[1]])
        parts = (side, main) if _apart(side, main) else None
    if parts is None:
        return [(ws, None) for ws in rows]
    side, main = parts
    edges = (min(w.x0 for ws in side for w in ws), max(w.x1 for ws in side for w in ws))
    return [(ws, edges) for ws in side] + [(ws, None) for ws in main]


def _right_column(
    words: list[Word], width: float
) -> tuple[list[list[Word]], list[list[Word]]] | None:
    """The lines of a column of the page's own down the right, beyond a strip none of its
    *words* crosses, and of the main column, where the two are apart (a sidebar at the right:
    a gap at the left is then one inside the main column, between a table's first column and
    the rest); else None."""
    spans = sorted(((w.x0, w.x1) for w in words), key=lambda s: -s[1])
    if not spans:
        return None
    start = spans[0][0]
    for x0, x1 in spans[1:]:
        if start < (1 - _NARROW) * width:
            return None
        if x1 < start - _GUTTER:
            right = _rows([w for w in words if w.x0 >= start])
            main = _rows([w for w in words if w.x1 <= x1])
            return (right, main) if _apart(right, main) else None
        start = min(start, x0)
    return None


def _gutter(words: list[Word], width: float) -> tuple[float, float] | None:
    """The first strip from the left that no word crosses, if it lies within the page's
    narrow side: where the words left of it end and those right of it begin."""
    spans = sorted((w.x0, w.x1) for w in words)
    if not spans:
        return None
    end = spans[0][1]
    for x0, x1 in spans[1:]:
        if end > _NARROW * width:
            return None
        if x0 > end + _GUTTER:
            return end, x0
        end = max(end, x1)
    return None


def _rows(words: list[Word]) -> list[list[Word]]:
    from robot_lib.pdf import Document

    return Document.group(words)


def _apart(side: list[list[Word]], main: list[list[Word]]) -> bool:
    """Two columns of their own: each of six lines or more, the side one beginning beside the
    main one's top and running down half its height at least, and set at their own pitches:
    three pairs of their lines or more stand at one height, each line a little above or below
    the other, more than three times as many as stand level, top and foot (a grid's labels and
    values, a table's first column and the rest of its rows, a statement's labels and their
    amounts stand level)."""
    if len(side) < _LINES or len(main) < _LINES:
        return False
    top, bottom = _span(side[0])[0], _span(side[-1])[1]
    main_top, main_bottom = _span(main[0])[0], _span(main[-1])[1]
    if top > main_top + _TOP:
        return False
    if min(bottom, main_bottom) - max(top, main_top) < 0.5 * (main_bottom - main_top):
        return False
    spans = [_span(ws) for ws in main]
    level = offset = 0
    for a, b in map(_span, side):
        for c, d in spans:
            if abs(a - c) < 0.5 and abs(b - d) < 0.5:
                level += 1
            elif a < d and c < b:
                offset += 1
    return offset >= 3 and offset > 3 * level


def _span(ws: list[Word]) -> tuple[float, float]:
    """A line's top and bottom."""
    return min(w.top for w in ws), max(w.bottom for w in ws)


def bare_number(lines: list[TextLine]) -> list[tuple[str, float, Hit]]:
    """A number's word alone over its value in a sidebar ('Numero' over '29976/A', among
    'Data' over its date, 'Scadenza' over its date): the sidebar is the document's column of
    its number and dates, so the bare word is its number's label, as under the page's title."""
    # (imported here: :mod:`lines` reads its pages through this module)
    from robot_lib.invoices.ids import read_id
    from robot_lib.invoices.labels import GENERIC_NUMBER
    from robot_lib.invoices.lines import Hit

    out = []
    for ln, nxt in zip(lines, lines[1:], strict=False):
        if ln.column is None or nxt.column is None or not GENERIC_NUMBER.fullmatch(ln.folded):
            continue
        value = read_id(nxt.text.strip())
        if value is not None and value == nxt.text.strip():
            out.append((value, 0.9 * 0.85, Hit(ln, 0, len(ln.text), 0.9)))
    return out
