"""The document's number where no label names it as the invoice's: a number word alone
('Nummer', 'Nr.:', 'Réf. :') or the number alone under the page's title, and a Romanian
invoice's series and number."""

from __future__ import annotations

import re

from robot_lib.invoices.ids import read_id
from robot_lib.invoices.labels import DOC_TITLE, GENERIC_NUMBER
from robot_lib.invoices.lines import Hit, TextLine, right_text

_SERIES = re.compile(
    r"\bserij?a\s*:?\s*([a-z]{1,8})\s*,?\s*(?:nr|numar(?:ul)?|no)\.?\s*:?\s*(\d[\w/-]*)"
)


def title_block(lines: list[TextLine], height: float) -> list[tuple[str, float, Hit]]:
    """A number word with no document word ('Nummer', 'Nr.:', 'Réf. :', 'Número:')
    starting a cell under the page's title, in its column within four of its lines: the
    document's number, as ERPs and print spools print it ('Rechnung' over 'Nummer
    90419462'). In its column: left or right edges aligned, or the row (the cell and its
    value's cell) lying mostly under the title, as a grid of labels and values under a
    title at the right does. Anywhere else such a word names some other number."""
    first = [x for x in lines if x.page == 0 and x.top < height * 0.5]
    out = []
    for i, ln in enumerate(first):
        for a, b in ln.cells:
            if not DOC_TITLE.match(ln.folded, a, b):
                continue
            x0, x1 = ln.span_x(a, b)
            reach = ln.top + 6 * (ln.words[ln.word_at(a)].size or 10)
            # the next four lines with text under the title (a block beside it, at the
            # left, interleaves its own lines)
            below = [
                nxt
                for nxt in first[i + 1 :]
                if any(min(x1, e) - max(x0, s) > 0 for s, e in (nxt.span_x(*c) for c in nxt.cells))
            ]
            # the number alone in its cell under the title ('SALES INVOICE' over
            # 'ACC-SINV-2026-00042', 'FACTURA ELECTRÓNICA' over 'F001-00000123'), starting
            # where the title starts (a block at the left may share its line)
            near = [x for x in below[:1] if x.top <= reach]
            for nxt, (c, d) in [(x, cell) for x in near for cell in x.cells]:
                lone = nxt.folded[c:d].strip()
                if abs(nxt.span_x(c, d)[0] - x0) > 2 or " " in lone or not lone:
                    continue
                if read_id(lone) == lone:
                    number = nxt.text[c:d].strip()
                    out.append((number, 0.9 * 0.85, Hit(nxt, c, c + len(number), 0.9)))
            for nxt in below[:4]:
                if nxt.top > reach:
                    break
                row = nxt.cells
                for k, (c, d) in enumerate(row):
                    cx0, cx1 = nxt.span_x(c, d)
                    m = GENERIC_NUMBER.match(nxt.folded, c, d)
                    if not m:
                        continue
                    end = nxt.span_x(*row[k + 1])[1] if k + 1 < len(row) else cx1
                    shared = min(end, x1) - max(cx0, x0)
                    under = shared >= 0.5 * min(end - cx0, x1 - x0)
                    if min(abs(cx0 - x0), abs(cx1 - x1)) > 2 and not under:
                        continue
                    h = Hit(nxt, c, m.end(), 0.9)
                    value = read_id(right_text(h, []))
                    if value is not None:
                        out.append((value, 0.9 * 0.85, h))
    return out


def series_number(lines: list[TextLine]) -> list[tuple[str, float, Hit]]:
    """A Romanian invoice's number is its series and its number: 'Factura seria ABC nr.
    0012345', 'Seria: SB Număr: 1234' → 'ABC 0012345'."""
    out = []
    for ln in lines:
        m = _SERIES.search(ln.folded)
        if m:
            series, number = ln.text[m.start(1) : m.end(1)], ln.text[m.start(2) : m.end(2)]
            out.append((f"{series} {number}", 0.9 * 0.85, Hit(ln, m.start(), m.start(1), 0.9)))
    return out
