"""A document as visual lines of positioned words, the label hits on them, and the readers of
a label's value under it or on the next line (what stands right of it on its line is
:mod:`label_line`'s, the cell below it in a header grid :mod:`grid`'s). Words a text layer
split are mended and characters no font maps are cleaned (:mod:`words`) before anything is
read."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Any

from robot_lib.invoices.blocks import segments
from robot_lib.invoices.labels import OTHER_DOCUMENT
from robot_lib.invoices.months import DAY_WORDS, no_weekdays
from robot_lib.invoices.parse import (
    ISO_CURRENCIES,
    amounts_in,
    dates_in,
    fold,
    no_leaders,
    whole_number,
)
from robot_lib.invoices.rtl import as_read, mirrored_line, written
from robot_lib.invoices.sidebar import by_columns
from robot_lib.invoices.words import clean_text, mend
from robot_lib.pdf import Document, Word


@dataclass
class TextLine:
    """A visual line: its words, its text, and where each word starts in the text."""

    words: list[Word]
    text: str
    folded: str
    page: int
    index: int
    starts: list[int]
    # in a sidebar (:mod:`sidebar`), its column's left and right edges
    column: tuple[float, float] | None = None

    @cached_property  # asked for some 600 times a page
    def top(self) -> float:
        return min(w.top for w in self.words)

    def word_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span_x(self, start: int, end: int) -> tuple[float, float]:
        a, b = self.word_at(start), self.word_at(max(start, end - 1))
        return self.words[a].x0, self.words[b].x1

    def cell_at(self, offset: int) -> tuple[int, int] | None:
        """The cell (:attr:`cells`) the text offset falls in; None in the space between two."""
        return next(((a, b) for a, b in self.cells if a <= offset < b), None)

    def words_after_x(self, x: float) -> list[Word]:
        return [w for w in self.words if w.x0 >= x - 0.5]

    @cached_property
    def space_em(self) -> float:
        """A space's width on the line, in ems: as wide as a letter in a monospaced font (every
        word's letters equally wide), about a third of an em in others."""
        per = [(w.x1 - w.x0) / len(w.text) / (w.size or 10) for w in self.words if len(w.text) > 1]
        # (a line of figures alone looks monospaced too: their digits are as wide as each
        # other, and a wider space parts fewer cells)
        mono = len(per) > 1 and max(per) - min(per) < 0.02
        return max(per) if mono else 0.3

    @cached_property
    def other_script(self) -> bool:
        """The line has Greek, Cyrillic, Arabic or East Asian letters (most lines have none, and
        the labels in those letters are not looked for on them)."""
        return bool(OTHER_SCRIPTS.search(self.text))

    @cached_property
    def cells(self) -> list[tuple[int, int]]:
        """Where the line's cells (:func:`segments`) lie in its text; a line of one cell is
        one span, the whole text."""
        out, k = [], 0
        for sg in segments(self):
            a = self.starts[k]
            k += len(sg.words)
            b = self.starts[k] - 1 if k < len(self.starts) else len(self.folded)
            out.append((a, b - 1 if self.text[b - 1 : b] == " " else b))  # see _apart
        return out


def cell_amounts(ln: TextLine) -> list[tuple[Decimal, int, int]]:
    """The amounts of a line, read cell by cell: a number never runs across the gap between two
    columns ('3' under the quantity and '981,27' under the total are not 3 981,27). A cell that
    holds nothing but a whole number and its currency after it ('350 €', '1 800 kr') is money;
    so is one of a number with one decimal or none and its currency's sign ('47.4$', '$9.5')."""
    out = []
    for a, b in ln.cells:
        found = amounts_in(ln.text[a:b])
        if not found and (m := _WHOLE_CELL.fullmatch(ln.text, a, b)):
            value = whole_number(m.group(2))
            found = [(-value if m.group(1) else value, m.start(2) - a, m.end(2) - a)]
        elif not found and (m := _SIGNED_CELL.fullmatch(ln.text, a, b)):
            at = 2 if m.group(2) else 3
            value = Decimal(m.group(at).replace(",", "."))
            found = [(-value if m.group(1) else value, m.start(at) - a, m.end(at) - a)]
        out += [(v, a + s, a + e) for v, s, e in found]
    return out


# a number alone in its cell, as a program prints the numbers it was given ('2220', '1337.2',
# '-656', '133.72')
_BARE_CELL = re.compile(r"\s*(-?\d{1,9}(?:\.\d{1,2})?)\s*")


def bare_cells(ln: TextLine) -> list[tuple[Decimal, int, int]]:
    """The numbers of a line that stand alone in their cells, not a rate ('21%'), with where
    each stands."""
    out = []
    for a, b in ln.cells:
        m = _BARE_CELL.fullmatch(ln.text, a, b)
        if m and not ln.text[b : b + 2].strip().startswith("%"):
            out.append((Decimal(m.group(1)), m.start(1), m.end(1)))
    return out


# (not a code a quantity's unit is written as too: '3 KGS', '2 CUP')
_UNITS = frozenset({"ALL", "CUP", "KGS", "MOP", "TOP"})
# a whole number, its sign and its digits, its thousands parted by spaces or not
WHOLE_NUMBER = r"([-−]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,9})"
# a whole amount alone in its cell, its currency after it
_WHOLE_CELL = re.compile(
    r"\s*" + WHOLE_NUMBER + r"\s?"
    r"(?:[€₽₴₺]|kr\.?|Kč|zł|Ft|lei|(?:"
    + "|".join(sorted(ISO_CURRENCIES - _UNITS))
    + r")(?![A-Za-z]))\s*"
)


# ... and a number with one decimal or none, its currency's sign glued before or after, as a
# program prints a number it was given ('47.4$', '45$', '$47.4': .NET's and JavaScript's)
_SIGNED_CELL = re.compile(
    r"\s*([-−]?)(?:[$£€¥]\s?(\d{1,9}(?:[.,]\d)?)|(\d{1,9}(?:[.,]\d)?)\s?[$£€¥])\s*"
)


def build_lines(doc: Document, mirror: bool = False) -> list[TextLine]:
    """The document's visual lines, page by page; a line set sideways (a legal line up the
    margin: 'BOUYGUES TELECOM - Société Anonyme au capital de …', a sample's watermark) is laid
    flat at the foot of its page, where a legal line belongs. Arabic words are read as written,
    right to left; with *mirror*, a page written right to left is read as its mirror image
    (:mod:`rtl`)."""
    out: list[TextLine] = []
    placed = [
        row
        for page in range(doc.page_count)
        for row in by_columns(doc.lines(page), doc.page_width(page))
    ]
    rows = [ws for ws, _column in placed]
    # (a sidebar's column as the page is printed: none on its mirror image)
    columns = [None if mirror else column for _ws, column in placed]
    if mirror:
        rows = [mirrored_line([written(w) for w in ws], doc.page_width(ws[0].page)) for ws in rows]
    else:
        rows = [as_read(ws) for ws in rows]
    turned = doc.turned_lines()
    for page in sorted({ws[0].page for ws in turned}, reverse=True):
        at = next((k for k, ws in enumerate(rows) if ws[0].page > page), len(rows))
        flat = [_laid_flat(ws, doc.page_height(page)) for ws in turned if ws[0].page == page]
        rows[at:at] = flat
        columns[at:at] = [None] * len(flat)
    for ws, column in zip(rows, columns, strict=True):
        ws = mend([c for c in (clean_text(w) for w in ws) if c.text.strip()])
        if ws:
            out.append(make_line(ws, len(out), column))
    return out


def make_line(ws: list[Word], index: int, column: tuple[float, float] | None = None) -> TextLine:
    """The line of the words *ws*, in their order, the document's *index*-th (in a sidebar
    whose *column* spans these left and right edges)."""
    starts, parts, pos, digit = [], [], 0, False
    for k, w in enumerate(ws):
        if digit and w.text[:1].isdigit() and _apart(ws[k - 1], w):
            parts.append("")  # two spaces: see _apart
            pos += 1
        starts.append(pos)
        parts.append(w.text)
        pos += len(w.text) + 1
        digit = w.text[-1:].isdigit()
    text = " ".join(parts)
    # fold() keeps lengths for the characters invoices use (accents drop, ß -> ss aside)
    folded = fold(text).replace("ss", "ss")
    if len(folded) != len(text):
        folded = "".join(fold(c)[:1] or " " for c in text)
    # a weekday before a date and dot leaders: spaces, as dates_in reads them, so that a label
    # reads as if its value followed it ('Datum ........ Freitag, 14. November 2026'); and so
    # is a footnote's mark after a word ('Data wystawienia¹: 2026-07-11', folded to '…ia1:')
    if _MARKS.search(text):
        marks = {m.start() for m in _MARK.finditer(text)}
        folded = "".join(" " if i in marks else c for i, c in enumerate(folded))
    folded = no_weekdays(no_leaders(folded))
    return TextLine(ws, text, folded, ws[0].page, index, starts, column)


# a superscript digit or a dagger after a word of three letters or more, before a colon, a
# space or the end (not a unit's square: 'm²')
_MARKS = re.compile("[¹²³†‡]")
_MARK = re.compile(r"(?<=[^\W\d_]{3})[¹²³†‡](?=[\s:;,.)]|$)")


def _apart(left: Word, right: Word) -> bool:
    """Two numbers in two columns ('19' under the rate, '258,40' under the tax), joined by two
    spaces so that no reading groups them ('19 258,40'): a space in a number is a quarter of
    the type size wide, columns stand wider apart ('tight' cells, :func:`segments`). Not one
    amount an OCR layer parted at a wide thousands gap ('€7' and '991.50', a scan of '€ 7
    991.50'): the left a currency's sign glued to one to three figures, the right three figures
    and the cents, within a type size and a half. A rate's or a quantity's column has no sign
    (nor is a sign alone before it its own: '180,00 € | 3 | 540,00 €', a price's, then the
    quantity)."""
    gap, size = right.x0 - left.x1, right.size or 10
    if gap <= max(8.0, 0.8 * size):
        return False
    grouped = _SIGNED_START.fullmatch(left.text) and _THOUSANDS_ON.fullmatch(right.text)
    return not (grouped and gap < 1.5 * size)


_SIGNED_START = re.compile(r"[-−]?[€$£¥]\d{1,3}")
_THOUSANDS_ON = re.compile(r"\d{3}(?:[ .,]\d{3})*[.,]\d{2}")


def _laid_flat(ws: list[Word], height: float) -> list[Word]:
    """The words of a line set sideways, laid left to right along the foot of the page."""
    size = sorted(w.size for w in ws)[len(ws) // 2]
    out, x = [], 10.0
    for w in ws:
        width = len(w.text) * size * 0.5
        out.append(replace(w, x0=x, x1=x + width, top=height - size - 1, bottom=height - 1))
        x += width + size * 0.3
    return out


@lru_cache(maxsize=64)
def _screen(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of *patterns* does: a line it misses is skipped.
    Led by the letters a match can start with, when the patterns tell: a line's other
    letters are passed over at once, not tried against every pattern (a third of a page's
    reading had gone to these screens)."""
    either = "|".join(f"(?:{rx.pattern})" for rx in patterns)
    starts: set[str] = set()
    for rx in patterns:
        first = _first_chars(rx)
        if first is None:
            return re.compile(either)
        starts |= first
    # (a pattern held to the line's start, '^\\W*skatt', is tried there whatever it starts with)
    lead = "".join(sorted(re.escape(c) for c in starts - {_AT_START}))
    at = ["^"] * (_AT_START in starts) + [f"(?=[{lead}])"] * bool(lead)
    return re.compile(f"(?:{'|'.join(at)})(?:{either})")


_AT_START = "^"  # (among a pattern's first characters: it matches only at the line's start)


def _first_chars(rx: re.Pattern[str]) -> set[str] | None:
    """The characters a match of *rx* can start with; None when it can start with any (or
    the pattern's parse is not at hand: the screen then tries every position)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        found, empty = _firsts(list(_parser.parse(rx.pattern, rx.flags)))
    except Exception:  # (another Python's parser): no lead, the same matches
        return None
    if found is None or empty:
        return None
    return _both_cases(found) if rx.flags & re.IGNORECASE else found


def _both_cases(chars: set[str]) -> set[str]:
    return chars | {c.upper() for c in chars} | {c.lower() for c in chars}


def _firsts(items: list[Any]) -> tuple[set[str] | None, bool]:
    """The first characters of a parsed sequence, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            return out | {chr(av)}, False
        if name == "IN":
            chars = _class_chars(av)
            return (None, False) if chars is None else (out | chars, False)
        if name == "AT" and str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
            return out | {_AT_START}, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # ('\\b', a look ahead or behind): no character of its own
        if name == "SUBPATTERN":  # (its own flags: '(?i:…)' reads either case)
            found, empty = _firsts(list(av[-1]))
            if found is not None and av[1] & re.IGNORECASE:
                found = _both_cases(found)
        elif name == "BRANCH":
            found, empty = set(), False
            for alt in av[1]:
                f, e = _firsts(list(alt))
                if f is None:
                    return None, False
                found, empty = found | f, empty or e
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            found, empty = _firsts(list(av[2]))
            empty = empty or av[0] == 0
        else:
            return None, False  # any character, a back reference, ...
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters of a class ('[a-z]', '[°º]'); None for a negated one or a category
    ('\\d' is any script's digits)."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < 300:
            out |= {chr(c) for c in range(av[0], av[1] + 1)}
        else:
            return None
    return out


OTHER_SCRIPTS = re.compile(  # (Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian, Hangul, CJK)
    "[\u0370-\u03ff\u0400-\u06ff\u10a0-\u10ff\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]"
)
Patterns = tuple[tuple[re.Pattern[str], float], ...]


# a look ahead at one character, not a space ('(?!\w)'): a cell's end answers it as its line does
_ONE_AHEAD = re.compile(r"\(\?!(?:\\w|\[(?:(?!\\s)[^\] ])*\])\)")


@lru_cache(maxsize=64)
def _prepared(
    patterns: Patterns,
) -> tuple[Patterns, re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns that can match a line in Latin letters (all but those written in other
    scripts alone: escapes such as '\\s' aside, no Latin letter in them), the screens of all
    of them and of those, and the same two screens of the patterns that can match in a cell
    but not in its whole line: those that look for the end ('$') or for what does not follow
    ('(?!' past one letter), which a cell's end answers otherwise than the next cell's text."""
    latin = tuple(
        p for p in patterns if re.search("[a-z]", re.sub(r"\\[a-zA-Z]", "", p[0].pattern))
    )

    def edged(ps: Patterns) -> re.Pattern[str]:
        found = tuple(
            rx for rx, _w in ps if "$" in rx.pattern or "(?!" in _ONE_AHEAD.sub("", rx.pattern)
        )
        return _screen(found) if found else re.compile(r"(?!)")

    every = tuple(rx for rx, _w in patterns)
    return (
        latin,
        _screen(every),
        _screen(tuple(rx for rx, _w in latin)),
        edged(patterns),
        edged(latin),
    )


@dataclass
class Hit:
    line: TextLine
    start: int
    end: int
    weight: float


def find_labels(lines: list[TextLine], patterns: list[tuple[re.Pattern[str], float]]) -> list[Hit]:
    """Label hits, read over the whole line and over each of its cells (a cell's end ends a
    label as the line's end does). A label read across the gap between two cells stands
    only if the cell it reaches into holds no label of its own: 'FECHA' | 'VENCIMIENTO' in
    a header grid are two labels, while 'FAKTURA' | 'č. 1989…' is one."""
    hits: list[Hit] = []
    every = tuple(patterns)
    latin, screen_every, screen_latin, edge_every, edge_latin = _prepared(every)
    for ln in lines:
        spans = ln.cells if len(ln.cells) == 1 else [(0, len(ln.folded)), *ln.cells]
        mine, screen, edge = (
            (every, screen_every, edge_every)
            if ln.other_script
            else (latin, screen_latin, edge_latin)
        )
        if not screen.search(ln.folded) and not (
            len(spans) > 1 and any(edge.search(ln.folded, a, b) for a, b in spans[1:])
        ):
            continue  # none of the field's labels is on this line, nor in one of its cells
        cuts = [a for a, _b in ln.cells[1:]]
        found: list[Hit] = []
        across: list[Hit] = []
        for rx, w in mine:
            for a, b in spans:
                for m in rx.finditer(ln.folded, a, b):
                    hit = _hit(ln, m, w) if m.end() > m.start() else None
                    if hit is not None:
                        crossing = any(m.start() < c < m.end() for c in cuts)
                        (across if crossing else found).append(hit)
        hits += found
        # (nor where the cell it starts in is a label alone: 'MwSt.' | 'Betrag', two heads)
        hits += [
            h
            for h in across
            if not any(h.start < k.start < h.end or _alone(k, h, cuts) for k in found)
        ]
    # where two labels overlap, keep the heavier (longer on ties)
    hits.sort(key=lambda h: (-h.weight, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        if not any(k.line is h.line and k.start < h.end and h.start < k.end for k in kept):
            kept.append(h)
    return kept


def _alone(k: Hit, h: Hit, cuts: list[int]) -> bool:
    """Is *k* a label that fills the cell the label *h*, read across cells, starts in?"""
    return k.start == h.start and any(
        k.end <= c < h.end and not k.line.text[k.end : c].strip(" .:") for c in cuts
    )


# a count of days a payment term runs from what follows ('30 giorni data fattura', '60 days
# from invoice date', '14 Tage ab Rechnungsdatum', '30 jours date de facture'; folded text)
_DAYS_FROM = re.compile(
    r"\b\d{1,3}\s*(?:" + DAY_WORDS + r")\.?\s*"
    r"(?:(?:from|after|of|ab|nach|a\s*partir\s*de|des|da|dalla|dal|de|desde|vanaf|na|efter|fra|od)"
    r"\s*(?:the|la|le|l'|del?)?\s*)?$"
)


_AT_RATE = re.compile(r"@\s?\d{1,2}(?:[.,]\d{1,2})?\s?%")


def _hit(ln: TextLine, m: re.Match[str], w: float) -> Hit | None:
    """The hit of one match, None when it is no label."""
    after = ln.folded[m.end() : m.end() + 2]
    sign = ln.text[m.end() - 1 : m.end()] in ("°", "º")  # glued to letters: 'NºINV-0155'
    glued_ok = sign or m.group(0).endswith((" ", ":", "#", "°", "º"))  # 'n°12345'
    # 'Nr.2026-17', 'Invoice No.INV-585': a number word's point, then the number glued to it
    rest = ln.folded[m.end() : m.end() + 8]
    glued_ok = glued_ok or (m.group(0).endswith(".") and bool(re.match(r"[a-z]{0,5}[-/]?\d", rest)))
    if re.match(r"[-/]\d|\w", after) and not glued_ok:
        return None  # part of a token ('PO-123' is a value, not the label 'PO')
    # (not a rate after it: 'SGST@9%', 'CGST @ 2.5%')
    mailbox = after[:1] == "@" and not _AT_RATE.match(ln.folded, m.end())
    if mailbox or ln.folded[m.start() - 1 : m.start()] == "@":
        return None  # a mailbox's name or its domain ('facturen@polderweb.nl')
    if OTHER_DOCUMENT.match(ln.folded[m.end() :]):
        return None  # about another document ('invoice no. of the original')
    if _DAYS_FROM.search(ln.folded, 0, m.start()) and re.search(r"dat|fecha", m.group(0)):
        return None  # a term counted from it: '30 giorni data fattura', '14 days from invoice date'
    weight = w
    wi = ln.word_at(m.start())
    # after a gap under a space and a half: the same text (a wider one parts two columns)
    gap = ln.words[wi].x0 - ln.words[wi - 1].x1 if wi else 99.0
    if len(ln.words) > 8 and wi > 3 and gap < 1.4 * ln.space_em * (ln.words[wi].size or 10) + 0.5:
        if ln.words[wi - 1].text not in ("·", "•", "●", "|"):  # '26-0771 · Datum …': a list
            weight *= 0.7  # a label inside running text is a weaker witness
    return Hit(ln, m.start(), m.end(), weight)


# ------------------------------------------------------------------ value readers


def read_date(text: str, month_first: bool) -> str | None:
    found = dates_in(text, month_first)
    return found[0][0].isoformat() if found else None


def cell_below(lines: list[TextLine], hit: Hit, nxt: TextLine | None = None) -> str | None:
    """The cell on the next line (or *nxt*, the next in the label's column, where a block
    beside it interleaves its lines) that starts where the label does, within two lines'
    height: a value set under its label, as wide as it is ('Due Date:' over 'November 13,
    2026'); or that ends where it ends, both set flush right ('Numer faktury' over 'FV
    380/2026', wider than its label at the left)."""
    ln = hit.line
    if nxt is None and ln.index + 1 >= len(lines):
        return None
    nxt = nxt or lines[ln.index + 1]
    x0, x1 = ln.span_x(hit.start, hit.end)
    if nxt.page != ln.page or nxt.top - ln.top > 2.5 * (ln.words[0].size or 10):
        return None
    cells = segments(nxt)
    starts = [sg for sg in cells if abs(sg.x0 - x0) <= 2]
    ends = [sg for sg in cells if abs(sg.x1 - x1) <= 2]
    return next((sg.text for sg in starts + ends), None)


def below_text(lines: list[TextLine], hit: Hit, max_lines: int = 3, pad: float = 6) -> list[str]:
    """Texts under the label's span on the next lines of the same page, each with the words
    that run on from it to the right, a space apart ('DATA FAKTURY' over '15 października
    2026', wider than its label)."""
    x0, x1 = hit.line.span_x(hit.start, hit.end)
    out = []
    for ln in lines[hit.line.index + 1 : hit.line.index + 1 + max_lines]:
        if ln.page != hit.line.page or ln.top - hit.line.top > 60:
            break
        at = [i for i, w in enumerate(ln.words) if w.x1 >= x0 - pad and w.x0 <= x1 + pad]
        if not at:
            continue
        end = at[-1]
        while end + 1 < len(ln.words):
            w, nxt = ln.words[end], ln.words[end + 1]
            if nxt.x0 - w.x1 > 0.6 * (w.size or 10):
                break
            end += 1
        out.append(" ".join(w.text for w in ln.words[at[0] : end + 1]))
    return out
