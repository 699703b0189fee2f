"""The document's number where no label names it as the invoice's: a number word alone
('Nummer', 'Nr.:', 'Réf. :') or the number alone under the page's title, a number word alone
beside the invoice's date, the sender's reference the payment is to quote, a Romanian
invoice's series and number, and the number the file's own title names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.dated import LETTER_PLACE
from robot_lib.invoices.envelope import HOUSE_NUMBER
from robot_lib.invoices.grid import grid_cell
from robot_lib.invoices.ids import read_id
from robot_lib.invoices.label_line import label_end, right_text
from robot_lib.invoices.labels import (
    DOC_TITLE,
    DOC_WORD_LABEL,
    GENERIC_NUMBER,
    INVOICE_WORD,
    NUMBER_WORD,
)
from robot_lib.invoices.lines import Hit, TextLine, cell_below
from robot_lib.invoices.parse import dates_in, fold, squashed

if TYPE_CHECKING:
    from robot_lib.invoices.model import Extraction

# (and Greek 'Σειρά: ΤΠΥ Αριθμός: 128')
_SERIES = re.compile(
    r"\b(?:seri(?:j?a|e)|σειρα)\b\s*:?\s*([^\W\d_]{1,8})\s*,?\s*"
    r"(?:nr|numar(?:ul)?|no|folio|numero|αριθμος)\.?\s*:?\s*(\d[\w/-]*)"
)
_POINT_OF_SALE = re.compile(
    r"\bpunto\s*de\s*venta\s*:?\s*(\d{4,5})\s*comp\.?\s*(?:nro|n[o°º])\.?\s*:?\s*(\d{8})\b"
)
# a grid's heads: the series, then the number's word ('Serie | Folio', 'Serie | Número')
_SERIES_HEAD = re.compile(r"\s*seri(?:j?a|es?)\s*:?\s*")
_NUMBER_HEAD = re.compile(r"\s*(?:folio|numero|numar|nr|no|number|nummer)\.?\s*:?\s*")


# the number sign before a number, glued to it or not: 'Nº000.053.006', 'N° 1187'
_SIGN = re.compile(r"\s*N[º°]\.?\s*:?\s*(?=\d[\d./-]*\s*$)")


def title_block(lines: list[TextLine], height: float) -> list[tuple[str, float, Hit]]:
    """A number word with no document word ('Nummer', 'Nr.:', 'Réf. :', 'Número:')
    starting a cell under the page's title, in its column within four of its lines: the
    document's number, as ERPs and print spools print it ('Rechnung' over 'Nummer
    90419462'). In its column: left or right edges aligned, or the row (the cell and its
    value's cell) lying mostly under the title, as a grid of labels and values under a
    title at the right does. Anywhere else such a word names some other number."""
    first = [x for x in lines if x.page == 0 and x.top < height * 0.5]
    page = (
        (min(x.words[0].x0 for x in first), max(x.words[-1].x1 for x in first)) if first else (0, 0)
    )
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
                if any(
                    min(x1, e) - max(x0, s) > 0 or _boxed(x0, x1, s, e, page)
                    for s, e in (nxt.span_x(*c) for c in nxt.cells)
                )
            ]
            # the number alone in its cell under the title ('SALES INVOICE' over
            # 'ACC-SINV-2026-00042', 'FACTURA ELECTRÓNICA' over 'F001-00000123'), starting
            # where the title starts, or ending where it ends (both set flush right); a block
            # at the left may share its line
            near = [x for x in below[:1] if x.top <= reach]
            for nxt, (c, d) in [(x, cell) for x in near for cell in x.cells]:
                lone = nxt.folded[c:d].strip()
                cx0, cx1 = nxt.span_x(c, d)
                # (or both centred in a box: 'RUC …' / 'FACTURA ELECTRÓNICA' / 'F001-00003518')
                centred = abs((cx0 + cx1) - (x0 + x1)) <= 4
                if min(abs(cx0 - x0), abs(cx1 - x1)) > 2 and not centred:
                    continue
                if " " in lone or not lone:
                    continue
                value = read_id(lone)  # (its label run into it: 'Rechnungsnummer1F4E33CA-0003')
                if value is not None and lone.endswith(value):
                    number = nxt.text[c:d].strip()[len(lone) - len(value) :]
                    out.append((number, 0.9 * 0.85, Hit(nxt, c, c + len(lone), 0.9)))
            for depth, nxt in enumerate(below):
                if nxt.top > reach:
                    break
                row = nxt.cells
                for k, (c, d) in enumerate(row):
                    cx0, cx1 = nxt.span_x(c, d)
                    # past four lines (a subtitle in small type, boxes to tick), only the
                    # number sign and a number alone in their cell: 'Nº 000.053.006'
                    sign = _SIGN.match(nxt.text, c, d)
                    m = sign or GENERIC_NUMBER.match(nxt.folded, c, d)
                    if not m or (depth >= 4 and not sign):
                        continue
                    end = nxt.span_x(*row[k + 1])[1] if k + 1 < len(row) else cx1
                    shared = min(end, x1) - max(cx0, x0)
                    under = shared >= 0.5 * min(end - cx0, x1 - x0)
                    if min(abs(cx0 - x0), abs(cx1 - x1)) > 2 and not under:
                        # (right under a title in a box: the word and its value in one cell,
                        # the row's last, flush with the box's edge; not a grid's row of labels)
                        alone = k + 1 == len(row) and m.end() < d
                        if depth or not alone or not _boxed(x0, x1, cx0, cx1, page):
                            continue
                    h = Hit(nxt, c, m.end(), 0.9)
                    # the title names the document: '20260417' after 'Faktúra' / 'Číslo:' is
                    # its 417th of 2026, as after 'Invoice number'
                    text = right_text(h, [])
                    if not text.strip() and depth + 1 < len(below):
                        # (or, nothing right of the word, its value under it: 'NUMERO' over
                        # '29976/A' in a column of labels over values)
                        text = cell_below(lines, h, below[depth + 1]) or ""
                    if (street := HOUSE_NUMBER.match(text)) and "," in street.group():
                        continue  # an address's house number: 'No. 8, Jalan Besar'
                    if re.match(r"\s*[^\W\d]+\s+\S*\d", text) and text.split()[0].islower():
                        continue  # a word naming whose number it is: 'N.º cliente K-21922'
                    value = read_id(text, dates_ok=True)
                    if value is not None:
                        # (the number sign and the number alone: as sure as 'Invoice No.',
                        # surer than a bill's 'Nº Fatura: 14808' further down)
                        out.append((value, 1.0 if sign else 0.9 * 0.85, h))
    return out


def street_beside(h: Hit) -> bool:
    """Is the cell right of the page's title *h* a street, not the title's number: it opens
    with a house number and a word ('410 Congress Ave', '12 Dean Street') in smaller type than
    the title's (the sender's address flush right beside 'INVOICE', its middle line level
    with the title)."""
    ln = h.line
    cell = next(((a, b) for a, b in ln.cells if a >= h.end), None)
    if cell is None or not HOUSE_NUMBER.match(ln.text, cell[0], cell[1]):
        return False
    return ln.words[ln.word_at(cell[0])].size < ln.words[ln.word_at(h.start)].size


def _boxed(x0: float, x1: float, cx0: float, cx1: float, page: tuple[float, float]) -> bool:
    """Does the cell spanning *cx0*..*cx1* lie in a box the title spanning *x0*..*x1* is
    centred in, the cell flush with the box's far edge ('FACTURE' centred in a box at the
    top right, 'Réf.: 2026-043' set flush right under the box): the band centred on the title
    out to the cell's far edge holds it, within the *page*'s text (its left and right edges)."""
    mid = (x0 + x1) / 2
    left, right = page
    # (the box within the page's text: a cell at the left under no title's box has its band's
    # far edge past the page's right edge)
    if cx1 > x1:
        return 2 * mid - cx1 - 2 <= cx0 and 2 * mid - cx1 >= left - 2
    return cx0 < x0 and cx1 <= 2 * mid - cx0 + 2 and 2 * mid - cx0 <= right + 2


def display_number(lines: list[TextLine], height: float) -> list[tuple[str, float, Hit]]:
    """A number word and the number alone in display type in the top half ('No. INV-0415' in
    18 pt on a page of 9 pt text), on a page whose title names the document ('INVOICE' set
    apart, in a rail at the left or over it): the document's number, as a designer's
    template sets it; or in any type right of the title, level with it ('SALES INVOICE' and
    'No. 053767' at one height, each on a line of its own for their sizes' baselines)."""
    first = [x for x in lines if x.page == 0 and x.top < height * 0.5]
    sizes = sorted(w.size for x in lines if x.page == 0 for w in x.words if w.size)
    titles = [
        (x.top, x.span_x(a, b)[1])
        for x in first
        for a, b in x.cells
        if _TITLE.fullmatch(x.folded[a:b].strip())
    ]
    if not sizes or not titles:
        return []
    body = sizes[len(sizes) // 2]
    out = []
    for ln in first:
        for a, b in ln.cells:
            m = _NUMBER_ALONE.match(ln.folded[a:b].strip())
            if m is None:
                continue
            size = ln.words[ln.word_at(a)].size or 0
            level = any(abs(top - ln.top) <= 3 and ln.span_x(a, b)[0] > x1 for top, x1 in titles)
            if size < 1.5 * body and not level:
                continue
            start = a + ln.folded[a:b].index(m.group(1))
            value = read_id(ln.text[start:b].strip())
            if value:
                out.append((value, 0.9 * 0.85, Hit(ln, a, start, 0.9)))
    return out


# the document's word alone in its cell: 'INVOICE', 'Tax Invoice', 'Rechnung' (not 'Invoice Date')
_TITLE = re.compile(r"(?:tax\s*|sales\s*)?" + INVOICE_WORD.pattern.removeprefix(r"\b"))
# 'No. INV-0415', 'Nr. 2026-17', 'N° 1042': a number word and one token after it
_NUMBER_ALONE = re.compile(r"^(?:no|nr|n[o°º])\.?\s*([\w][\w/-]*\d[\w/-]*)$")


def series_number(lines: list[TextLine]) -> list[tuple[str, float, Hit]]:
    """An invoice's number is its series and its number: Romanian 'Factura seria ABC nr.
    0012345', 'Seria: SB Număr: 1234' → 'ABC 0012345', a Mexican CFDI's 'Serie: A Folio:
    1187'; or, in a grid of heads over values, 'Serie | Folio' over 'A | 1187' → 'A 1187'
    (surer than the number alone its label reads); Argentina's 'Punto de Venta: 00002 Comp.
    Nro: 00065568' → '00002-00065568', the point of sale and its count."""
    out = []
    for i, ln in enumerate(lines):
        m = _SERIES.search(ln.folded) or _POINT_OF_SALE.search(ln.folded)
        if m:
            series, number = ln.text[m.start(1) : m.end(1)], ln.text[m.start(2) : m.end(2)]
            joined = f"{series}-{number}" if m.re is _POINT_OF_SALE else f"{series} {number}"
            out.append((joined, 0.9 * 0.9, Hit(ln, m.start(), m.start(1), 0.9)))
        cells = ln.cells
        for k in range(len(cells) - 1):
            if _SERIES_HEAD.fullmatch(ln.folded, *cells[k]) and _NUMBER_HEAD.fullmatch(
                ln.folded, *cells[k + 1]
            ):
                pair = (
                    _under(ln, cells[k], cells[k + 1], lines[i + 1]) if i + 1 < len(lines) else None
                )
                if pair is not None:
                    out.append((pair[0], 0.9 * 0.9, pair[1]))
    return out


def grid_head(lines: list[TextLine], hits: list[Hit]) -> list[tuple[str, float, Hit]]:
    """The document's word alone in a cell of a row of heads that holds two other labels
    (*hits*: 'Invoice | Order ID | Date Added' over 'INV-2026-0090 | 119 | 28/04/2026', a
    shop's boxes of a label over its value): it heads the invoice's number as the others head
    theirs."""
    starts: dict[int, set[int]] = {}
    for h in hits:
        starts.setdefault(h.line.index, set()).add(h.start)
    out = []
    for ln in lines:
        at = starts.get(ln.index, set())
        if ln.page or len(ln.cells) < 2 or len(at) < 2:
            continue
        for a, b in ln.cells:
            if not INVOICE_WORD.fullmatch(ln.folded[a:b].strip(" :")):
                continue
            if len([s for s in at if not a <= s < b]) < 2:
                continue
            hit = Hit(ln, a, b, 1.0)  # (as sure as 'Invoice No.' over its cell)
            cell = grid_cell(lines, hit)
            value = read_id(cell) if cell else None
            if value is not None:
                out.append((value, 0.85, hit))
    return out


def number_as_title(
    lines: list[TextLine], height: float, sizes: list[int], named_only: bool = False
) -> list[tuple[str, float, Hit]]:
    """A number set as the page's title, with no word naming it ('SINV-1274' in the page's
    largest or second largest type, alone in its cell in the top two fifths of the first
    page, letters and digits), or after the document's word alone in any type ('Invoice 30',
    'Rechnung 238'), and a date alone under it, starting where it starts: the document's
    number and its date, as an app prints an invoice under its number alone. With
    *named_only*, only the number after the document's word."""
    first = [x for x in lines if x.page == 0 and x.top < height * 0.4]
    out = []
    for i, ln in enumerate(first):
        for a, b in ln.cells:
            word = _DOC_THEN.match(ln.folded, a, b)
            lone = ln.text[word.end() if word else a : b].strip()
            size = ln.words[ln.word_at(a)].size or 10
            if (
                read_id(lone) != lone
                or not re.search(r"[A-Za-z]" if word is None else r"\d", lone)
                or (word is None and (named_only or round(size) not in sizes))
            ):
                continue
            # the first text under it that starts where it starts (a block beside it, at
            # the right, interleaves its lines)
            x0 = ln.span_x(a, b)[0]
            under = [
                nxt.text[c:d]
                for nxt in first[i + 1 : i + 4]
                if nxt.top - ln.top < 2.5 * size
                for c, d in nxt.cells
                if abs(nxt.span_x(c, d)[0] - x0) <= 2
            ]
            if under and _date_alone(under[0]):
                out.append((lone, 0.75, Hit(ln, a, b, 0.9)))
    return out


# the document's word alone before a number in its cell: 'Invoice 30', 'Facture 27' (folded)
_DOC_THEN = re.compile(INVOICE_WORD.pattern + r"\s+(?=\S)")


def _date_alone(text: str) -> bool:
    """Is *text* one date and nothing else (its day first or its month first)?"""
    found = dates_in(text, False) or dates_in(text, True)
    return len(found) == 1 and not (text[: found[0][1]] + text[found[0][2] :]).strip()


def not_the_order_s(
    found: list[tuple[str, float, Hit]], orders: set[str]
) -> list[tuple[str, float, Hit]]:
    """The invoice's number candidates (strongest first) less those printed as the order's
    number too (*orders*, squashed: 'Invoice #119' over the 'Order ID' box's '119'), when another
    number is as sure (the 'Invoice' box's 'INV-2026-0090'); unchanged otherwise (a shop may
    number its invoice as its order)."""
    if not found:
        return found
    others = [c for c in found if squashed(c[0]) not in orders]
    if others and others[0][1] >= found[0][1] - 0.05:
        return others
    return found


def _under(
    heads: TextLine, series: tuple[int, int], number: tuple[int, int], nxt: TextLine
) -> tuple[str, Hit] | None:
    """The series (a short code of letters) and the number under their heads on the next
    line *nxt*, each in a cell that overlaps its head."""
    if nxt.page != heads.page or nxt.top - heads.top > 2.5 * (heads.words[0].size or 10):
        return None
    found = []
    spans = [(c, nxt.span_x(*c)) for c in nxt.cells]
    for x0, x1 in (heads.span_x(*series), heads.span_x(*number)):
        cell = next((c for c, (a, b) in spans if min(x1, b) > max(x0, a)), None)
        if cell is None:
            return None
        found.append(cell)
    code, value = (nxt.text[a:b].strip() for a, b in found)
    if re.fullmatch(r"[A-Za-z]{1,5}", code) and read_id(value, dates_ok=True) == value:
        return f"{code} {value}", Hit(nxt, found[1][0], found[1][1], 0.9)
    return None


# a number word alone, naming no document or party: 'Number', 'Nummer', 'Nr.', 'No.:', 'N°',
# 'Numéro', 'Número', Italian 'N.' (folded text)
# (and the word in Czech, Polish, Romanian, Croatian, Indonesian: 'Číslo', 'Nomor')
_BARE = re.compile(
    r"(?:" + NUMBER_WORD + r"|cislo|numer|numar|broj|nomor|nro|n(?=\.))(?!\w)\.?\s*:?\s*"
)


def beside_date(
    lines: list[TextLine], height: float, dates: list[Hit], others: list[Hit]
) -> list[tuple[str, float, Hit]]:
    """A number word alone ('Number', 'Nummer', 'Nr.', 'Numéro') starting a cell in the top
    half of the first page, beside the invoice's date: a label of the issue or due date
    (*dates*) in its row ('No. | SS-1142 | Date | 18/11/2026', 'Number | Dated' over their
    values) or starting where the word does, on the line over or under it ('Nummer |
    2026-1187' over 'Factuurdatum | 30-10-2026'); or, on the line over it in its
    column, a dated title or a letter's date line ('Facture du 12/10/2026', 'Volketswil, 3.
    November 2026'). The document's number, as templates print it in a column of labels
    under the title; its value right of the word, or under it in a row of labels' grid (then
    longer than an item's position). A number word elsewhere names some other number."""
    first = [x for x in lines if x.page == 0 and x.top < height * 0.5]
    out = []
    for i, ln in enumerate(first):
        for c, d in ln.cells:
            m = _BARE.match(ln.folded, c, d)
            if not m:
                continue
            word = ln.span_x(c, label_end(ln.folded, c, m.end()))
            if not _dated_beside(first, i, word, dates):
                continue
            h = Hit(ln, c, c + len(m.group(0).rstrip()), 0.9)
            value = read_id(right_text(h, others))
            if value is None:
                value = read_id(grid_cell(lines, h) or "")
                value = value if value is not None and len(value) >= 3 else None
            if value is not None:
                out.append((value, 0.9 * 0.85, h))
    return out


def _dated_beside(
    first: list[TextLine], i: int, word: tuple[float, float], dates: list[Hit]
) -> bool:
    """Whether line *i*, whose number word spans *word* (its left and right edges), holds a
    date's label, or the next label over or under it in its column has one starting where the
    word starts, or ending where it ends (a column of labels set flush right: 'Ausgestellt am',
    'Bezahlbar bis', 'Nummer', each beside its value), or one further down does when the word
    heads the column ('Number', 'Customer Code', 'Date'); or, right over it, a cell starting
    there that is a dated title or a letter's date line."""
    ln = first[i]
    if any(h.line is ln for h in dates):
        return True
    if _column_dated(first, i, 1, word, dates) or _column_dated(first, i, -1, word, dates, 1):
        return True
    x0 = word[0]
    size = ln.words[0].size or 10
    for j in (i - 1, i + 1):
        if not 0 <= j < len(first) or abs(first[j].top - ln.top) > 2.5 * size:
            continue
        near = first[j]
        for a, b in near.cells:
            if abs(near.span_x(a, b)[0] - x0) > 2:
                continue
            found = dates_in(near.text[a:b])
            before = near.folded[a : a + found[0][1]] if len(found) == 1 else ""
            if j < i and found and (INVOICE_WORD.search(before) or LETTER_PLACE.fullmatch(before)):
                return True
    return False


def _column_dated(
    first: list[TextLine],
    i: int,
    step: int,
    word: tuple[float, float],
    dates: list[Hit],
    most: int = 4,
) -> bool:
    """Whether, going from line *i* in *step*'s direction along its column of labels (at most
    *most* labels on), a date's label starts where the number *word* starts or ends where it
    ends: each label on the way starts or ends there too, and lines with nothing over the
    word's span (another column's, between the labels' rows) are passed over. Further down
    than the next label only from the column's head: a number word under other labels
    ('Datum', 'Kundennummer', 'Nr.') names some other number as often as the document's."""
    x0, x1 = word
    last = first[i]
    size = last.words[0].size or 10
    seen = 0
    for j in range(i + step, len(first) if step > 0 else -1, step):
        at = first[j]
        if abs(at.top - last.top) > 2.5 * size or seen == most:
            break
        reaches, aligned = _in_column(at, word)
        if not reaches:
            continue
        for h in (h for h in dates if h.line is at):
            start, end = at.span_x(h.start, label_end(at.folded, h.start, h.end))
            if abs(start - x0) <= 2 or abs(end - x1) <= 2:
                return seen == 0 or _heads_column(first, i, word)
        if not aligned:
            return False
        last, seen = at, seen + 1
    return False


def _heads_column(first: list[TextLine], i: int, word: tuple[float, float]) -> bool:
    """Whether the number *word* on line *i* heads its column of labels: the nearest line over
    it with text over the word's span (within two and a half lines) has no label starting or
    ending where the word does."""
    size = first[i].words[0].size or 10
    for j in range(i - 1, -1, -1):
        at = first[j]
        if first[i].top - at.top > 2.5 * size:
            return True
        reaches, aligned = _in_column(at, word)
        if reaches:
            return not aligned
    return True


def _in_column(at: TextLine, word: tuple[float, float]) -> tuple[bool, bool]:
    """Whether line *at* has text over the number *word*'s span, and whether a cell of it
    starts or ends where the word does (a label of the word's column)."""
    x0, x1 = word
    edges = [at.span_x(a, b) for a, b in at.cells]
    reaches = any(min(b, x1) > max(a, x0) for a, b in edges)
    return reaches, any(abs(a - x0) <= 2 or abs(b - x1) <= 2 for a, b in edges)


# the sender's own reference in a letter's reference line: 'Our reference', 'Unser Zeichen',
# 'Nos références', 'Ons kenmerk', 'Nostro riferimento', 'Vår referens' (folded text)
_OUR_REF = re.compile(
    r"\b(?:our\s*ref(?:erence)?|unsere?\s*(?:zeichen|referenz)|nos\s*references?|"
    r"notre\s*reference|ons\s*kenmerk|onze\s*referentie|nostro\s*riferimento|"
    r"nuestra\s*referencia|nossa\s*referencia|var\s*ref(?:erens|eranse)?|vores\s*ref(?:erence)?)"
    r"(?!\w)\.?\s*:?\s*"
)
# what the payer quotes with the transfer: 'reference:', 'Referenz-Nr.:', 'kenmerk:'
_PAY_REF = re.compile(
    r"\b(?:payment\s*)?(?:ref(?:erence|erenz|erencia|erens|eranse)?|riferimento|"
    r"(?:betalings)?kenmerk|verwendungszweck|zahlungsreferenz|communication)"
    r"(?:\s*-?\s*(?:nr|no)\b)?\.?\s*:\s*"
)


def sender_reference(lines: list[TextLine], height: float) -> list[tuple[str, float, Hit]]:
    """The sender's own reference in the top half of the first page ('Our reference' over
    '2026-272' in a letter's reference line, or beside it), when the payment details ask the
    payer to quote it ('reference: 2026-272'): the document's number, the one the payment is
    matched to, as letter classes print an invoice (a letter filed under its number, with
    no invoice number's label). Not asked for again, a sender's reference may be a clerk's
    file or initials."""
    out = []
    for ln in lines:
        if ln.page or ln.top > height * 0.5:
            continue
        for m in _OUR_REF.finditer(ln.folded):
            h = Hit(ln, m.start(), m.end(), 0.9)
            texts = (right_text(h, []), grid_cell(lines, h) or "")
            value = next((v for v in (read_id(t, dates_ok=True) for t in texts) if v), None)
            if value is not None and _quoted(lines, value, ln):
                out.append((value, 0.9 * 0.85, h))
    return out


def _quoted(lines: list[TextLine], value: str, at: TextLine) -> bool:
    """Does a line other than *at* ask for *value* as the payment's reference?"""
    for ln in lines:
        m = _PAY_REF.search(ln.folded) if ln is not at else None
        if m and re.match(re.escape(value) + r"(?![\w/-])", ln.text[m.end() :].strip()):
            return True
    return False


# the invoice's word ending a title's text, a number word after it or not ('Invoice ',
# 'Facture n° ', 'Rechnung Nr. ', 'Invoice - #', folded)
_TITLED = re.compile(INVOICE_WORD.pattern + r"\W{0,4}(?:(?:" + NUMBER_WORD + r")\W{0,3})?$")
_TOKEN = re.compile(r"[^\s,;:()\[\]#]*\d[^\s,;:()\[\]]*")
_NUMBERED = re.compile(r"(?:#|\b(?:" + NUMBER_WORD + r"))\W{0,2}$")  # 'Invoice #', 'Rechnung Nr.'


def from_title(ex: Extraction, lines: list[TextLine], title: object) -> None:
    """No number read, or none for sure: the one the file's own title names after the
    invoice's word, when the page prints it too. Printers of HTML pages keep the page's
    title ('Invoice 19123', 'Rechnung RE-2026-0310', 'Au bon moulin : Facture FA-2017-0010
    daté le …'), so a shop's page that labels its number 'Order ID: 19123' and names no
    invoice on the page still says, in its file, which number is the invoice's."""
    read = ex.fields.get("invoice_number")
    if not isinstance(title, str) or (read is not None and read.confidence >= 0.7):
        return
    for m in _TOKEN.finditer(title):
        number = m.group(0).rstrip(".")
        before = fold(title[: m.start()])
        if not _TITLED.search(before) or dates_in(number, False):
            continue  # ('Invoice 12.03.2026' names its date)
        if re.fullmatch(r"(?:19|20)\d\d", number) and not _NUMBERED.search(before):
            continue  # ('Invoice 2026': a template named for its year; not 'Invoice #1977')
        printed = re.compile(r"(?<![\w/.-])" + re.escape(number) + r"(?![\w/-])")
        if any(printed.search(ln.text) for ln in lines):
            note = f"the file's title '{title.strip()}' names it, and the page prints it"
            ex.set("invoice_number", number, "layout", 0.85, note)
            return


def heading_labels(h: Hit, dated: list[Hit]) -> Hit:
    """The document's word alone before a code ('INVOICE INV0778'), over a date's label in its
    column of labels within the next three lines ('DATE Jul 25, 2026', 'DUE On Receipt', a
    mobile invoicing app's box at the top right): the number's label, as sure as 'INVOICE:'
    with its colon; *h* as it was otherwise."""
    if not DOC_TITLE.fullmatch(h.line.folded[h.start : h.end].strip()):
        return h
    x0 = h.line.span_x(h.start, h.end)[0]
    for d in dated:
        below = 0 < d.line.index - h.line.index <= 3 and d.line.page == h.line.page
        if below and abs(d.line.span_x(d.start, d.end)[0] - x0) <= 3:
            return Hit(h.line, h.start, h.end, max(h.weight, DOC_WORD_LABEL))
    return h
