"""Header grids: a row of labels in cells over a row of their values ('Invoice Number |
Invoice Date | Due Date' over '58120934 | 9/14/2026 | 9/28/2026'), its labels wrapped in
their cells or not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import Segment, segments
from robot_lib.invoices.heading import is_label
from robot_lib.invoices.ids import read_id
from robot_lib.invoices.label_line import label_end
from robot_lib.invoices.labels import INVOICE_WORD, NUMBER_WORD, QTY_WORDS, labels_in
from robot_lib.invoices.lines import Hit, make_line
from robot_lib.invoices.parse import dates_in, fold

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.pdf import Word


def grid_cell(lines: list[TextLine], hit: Hit) -> str | None:
    """The value in the row below, at the label's place. Both rows are parted into cells where
    a gap is wider than a space when they part alike (columns may stand close), else where it
    is wider than a block's gap; when both rows part into as many cells and the label is alone
    in its cell, the value is the cell at its place (left-, right- or centre-aligned alike)."""
    if hit.line.index + 1 >= len(lines) or _has_value(hit.line.text):
        return None  # a row of labels carries no values (a short number: 'Art. 73')
    nxt = lines[hit.line.index + 1]
    if nxt.page != hit.line.page:
        return None
    if nxt.top - hit.line.top > 30:
        return _band_cell(lines, hit)
    pairs = [(segments(hit.line, tight=True), segments(nxt, tight=True))]
    pairs.append((segments(hit.line), segments(nxt)))
    heads, cells = next(((h, c) for h, c in pairs if len(h) == len(c) >= 2), pairs[0])
    a, b = hit.line.span_x(hit.start, hit.end)
    k = next((i for i, sg in enumerate(heads) if sg.x0 - 1 <= a <= sg.x1), None)
    if len(heads) < 2 or k is None:
        return None
    others = [h for i, h in enumerate(heads) if i != k]
    alone = not _shares(heads[k], a, b)
    if len(cells) == len(heads) and alone:
        if not any(_overlap(cells[k], h) > 0 for h in others):
            return cells[k].text  # its value alone in the cell below
    # the label shares its cell ('Date of Issue  Invoice Number' over '14/10/2026  0000042'), a
    # cell below is left empty, or runs under two labels ('10/01/2026 - 10/31/2026 12/05/2026'):
    # the one cell below that reaches under the label itself, or its words that do
    over = [c for c in cells if min(c.x1, b) - max(c.x0, a) > 0]
    if len(over) != 1:
        return None
    if alone and not any(_overlap(over[0], h) > 0 for h in others):
        return over[0].text
    return " ".join(w.text for w in over[0].words if w.x1 > a - 2 and w.x0 < b + 2) or None


def _band_cell(lines: list[TextLine], hit: Hit) -> str | None:
    """A row of heads over a band of tall cells, their values in larger type, each centred in
    its cell and wrapped over lines ('DUE BY | ACCOUNT NUMBER | TOTAL DUE' over 'February 23,'
    / '£29,371.50' / '2026', in 20 pt): the words of the band's lines whose middle lies in the
    label's column, between the midpoints to the heads beside it. The band's first line stands
    within two and a half lines of its type under the heads, the next each within a line and
    a third of the one before."""
    heads = segments(hit.line, tight=True)
    a, b = hit.line.span_x(hit.start, hit.end)
    k = next((i for i, sg in enumerate(heads) if sg.x0 - 1 <= a <= sg.x1), None)
    if len(heads) < 2 or k is None or _shares(heads[k], a, b):
        return None
    left = (heads[k - 1].x1 + heads[k].x0) / 2 if k else float("-inf")
    right = (heads[k].x1 + heads[k + 1].x0) / 2 if k + 1 < len(heads) else float("inf")
    words: list[str] = []
    last = hit.line
    for ln in lines[hit.line.index + 1 : hit.line.index + 6]:
        size = max(w.size for w in ln.words) or 10.0
        reach = 2.5 * size if last is hit.line else 1.35 * size
        if ln.page != hit.line.page or ln.top - last.top > reach:
            break
        words += [w.text for w in ln.words if left < (w.x0 + w.x1) / 2 < right]
        last = ln
    return " ".join(words) if last is not hit.line and words else None


def _shares(head: Segment, a: float, b: float) -> bool:
    """Does the label's cell hold another label beside it ('PO no  Invoice no'; not 'Invoice
    Date (dd/mm/yyyy)')?"""
    rest = fold(" ".join(w.text for w in head.words if w.x1 <= a + 1 or w.x0 >= b - 1)).strip()
    return bool(rest) and is_label(rest)


def _has_value(text: str) -> bool:
    return bool(dates_in(text) or re.search(r"\d{4,}|\d[.,]\d", text))


def _overlap(a: Segment, b: Segment) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def wrapped_heads(lines: list[TextLine]) -> list[TextLine]:
    """The lines, with a row of labels wrapped in its cells made one line: 'Numero | Data' over
    'documento | documento' is the row 'Numero documento | Data documento' (narrow columns,
    large type). The row stands where its last line does, right over its values."""
    out: list[TextLine] = []
    for ln in lines:
        words = _wrapped(out[-1], ln) if out else None
        if words is None:
            out.append(ln)
            continue
        out[-1] = make_line(words, out[-1].index)
        out[-1].__dict__["top"] = ln.top
    for k, ln in enumerate(out if len(out) < len(lines) else []):
        ln.index = k
    return out


def _wrapped(head: TextLine, ln: TextLine) -> list[Word] | None:
    """The words of *head*, each of *ln*'s after those of the cell it stands under, when *ln*
    goes on with *head*'s labels: set close under it, in their size, no figures in it, each of
    its cells under one of *head*'s without figures, and one label at least read across the two
    lines ('Totale' over 'imponibile'); else None."""
    size = max(w.size for w in head.words) or 10.0
    if ln.page != head.page or not 0 < ln.top - head.top < 1.5 * size:
        return None
    if any(abs(w.size - size) > 0.6 for w in head.words + ln.words):
        return None  # type of another size: a title's, a caption's
    if re.search(r"\d", ln.text):
        return None  # values ('# invoice_number_1' under 'INVOICE')
    if QTY_WORDS.search(head.folded) or QTY_WORDS.search(ln.folded):
        return None  # an item table's head (its own reader joins what wraps)
    heads = segments(head, tight=True)
    if len(heads) < 2:
        return None
    spans = [(min(w.x0 for w in h.words), max(w.x1 for w in h.words)) for h in heads]
    cells: list[list[Word]] = [list(h.words) for h in heads]
    for c in segments(ln, tight=True):
        over = [k for k, (a, b) in enumerate(spans) if min(c.x1, b) - max(c.x0, a) > 0]
        if len(over) != 1 or _has_value(heads[over[0]].text):
            return None  # (a block of values beside the labels may stand on their line)
        cells[over[0]] += c.words
    for h, cell in zip(heads, cells, strict=True):
        cut = len(fold(h.text))
        text = fold(" ".join(w.text for w in cell))
        # (not a column of labels that start alike: 'Numéro de facture' over 'Numéro de client'
        # reads 'facture Numéro' across, but each is a label of its own)
        first = fold(h.words[0].text)
        if len(cell) > len(h.words) and fold(cell[len(h.words)].text) == first:
            continue
        # (a label's own spaces and stops after it reach into no next line: 'Fakturanr. ')
        ends = [(m.start(), label_end(text, 0, m.end())) for m in labels_in(text)]
        if len(cell) > len(h.words) and any(a < cut < b for a, b in ends):
            return [w for cell in cells for w in cell]
    return None


def beside_cell(lines: list[TextLine], hit: Hit) -> str | None:
    """A label alone on its line, its value set in the same row right of it on the lines less
    than half a line above or below (a cell of two lines: the label in one language over the
    other's, the value between them, 'Dok.-nummer und -datum' · '2.1.1.[4|3] 41 - 2026-01-16'
    · 'Numero e data doc.'; or the value wrapped round the label's line, '2026-' over '0943'):
    those lines' text right of the label, top to bottom."""
    ln = hit.line
    if ln.text[hit.end :].strip(" :"):
        return None
    # (blocks side by side may stand left of it, the label starting the line's last cell:
    # 'Date of issue:' right of the seller's and the customer's addresses, 'August 1,' over
    # '2026')
    a = ln.span_x(hit.start, hit.end)[0]
    own = [sg for sg in segments(ln) if sg.x1 > a]
    if len(own) != 1 or (len(segments(ln)) > 1 and own[0].words[0].x0 < a - 1):
        return None
    end = ln.words[-1].x1
    size = max(w.size for w in ln.words) or 10.0
    rows = [
        [w for w in other.words if w.x0 > end + 4]
        for other in lines[max(0, ln.index - 3) : ln.index + 4]  # (a column beside interleaves)
        # (half a line of loose leading, 1.6 lines: up to 0.8 of the type's size apart)
        if other is not ln and other.page == ln.page and abs(other.top - ln.top) <= 0.85 * size
    ]
    # (in the label's cell, a few words' widths on: not a block across the page, 'Invoice #' in
    # large type level with the seller's street at the page's right edge)
    parts = [" ".join(w.text for w in ws) for ws in rows if ws and ws[0].x0 <= end + 8 * size]
    text = ""
    for part in parts:  # (a part cut after a hyphen or slash goes on without a space)
        text += part if not text or text.endswith(("-", "/")) else f" {part}"
    return text or None


# a number's word alone as a column's head ('Number', 'Nr.', 'Nº'): not a reference's
_BARE_NUMBER = re.compile(r"(?:" + NUMBER_WORD + r"|αριθμος)(?!\w)\.?\s*:?\s*")


def bare_numbers(lines: list[TextLine], hits: list[Hit]) -> list[tuple[str, Hit]]:
    """The numbers under a bare number head ('Number') in a row of heads that also holds a
    label naming the invoice (*hits*: 'Doc Type | Stripe Invoice # | Number | Date' over
    'Invoice | AE62156D-0038 | 0533 | 14/03/2026'): the document's own number beside
    another system's, each with its head."""
    out = []
    for h in hits:
        if not INVOICE_WORD.search(h.line.folded, h.start, h.end):
            continue
        for a, b in h.line.cells:
            if b <= h.start or a >= h.end:
                m = _BARE_NUMBER.fullmatch(h.line.folded, a, b)
                head = Hit(h.line, a, m.end(), 0.9) if m else None
                cell = grid_cell(lines, head) if head else None
                value = read_id(cell) if cell else None
                if head and value:
                    out.append((value, head))
    return out
