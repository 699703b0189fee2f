"""Item rows whose cells wrap in narrow columns: an HTML table prints each cell's text on as many
lines as its column needs and centres the shorter cells of the row between them, so one row
comes out as a line of amounts over the line of its position, text, quantity and price, the
amounts' currency under them::

    4450,00 1023,50 5473,50
    3 Software licence 5 ks 890,00 EUR 23%
    EUR EUR EUR

The amounts' line is joined to the row it belongs to, so that the row reads whole; so is a
line of a quantity and amounts set less than a line under its row's start, where the item's
cell holds its name over its description and the other cells stand centred between the two;
and a row's line centred between the two lines of its wrapped cells ('Atelier  650,00' over
'Conseil  3  20%  1 950,00 €' over 'stratégie  €'); and a row whose amounts' cells wrap each
amount under its currency's sign ('Shipping  12  EUR  EUR' over 'Costs  1,953.27  23,439.24'),
the signs no part of its text.
The table's head is found here too.

And an item's details in smaller type under its row, before the next item's row: its product
and unit keys, and its own taxes in a small grid ('Base | Impuesto | Tasa o Cuota | Importe'
over '+ Traslados | 2,379.00 | IVA | 16.0000% | 380.64', a Mexican CFDI's), whose tax words
end no table and whose amounts are no item."""

from __future__ import annotations

import re

from robot_lib.invoices.labels import QTY_WORDS
from robot_lib.invoices.lines import TextLine, cell_amounts, make_line
from robot_lib.invoices.parse import amounts_in, fold
from robot_lib.invoices.wrapped_cells import currency_sign
from robot_lib.pdf import Word

# an item table's amount heads
AMOUNT_HEAD = re.compile(
    r"\b(?:amount|total|betrag|gesamt|montant|bedrag|importe|summe|netto|price|"
    r"preis|prix|prijs|precio|rate|ansatz|cena|celkem|wartosc|kwota|castka|brutto|"
    r"prezzo|importo|valor|preco|harga|belopp|summa|pris|osszeg|tutar|iznos|cijena|"
    r"net|neto|brut|bruto|lordo|totaal|totalt|stuksprijs|eenheidsprijs|"
    # a German unit's or line's amount in one word: 'Einzelbetrag', 'Gesamtpreis', 'Stückpreis'
    # (not 'Nettopreis', 'Nettobetrag': e-invoice viewers' tables, whose rows we read worse
    # than their totals)
    r"(?:einzel|gesamt|stuck)(?:betrag|preis|summe))\b"
)


def _split_head(near: list[TextLine]) -> bool:
    """A quantity head wrapped in its narrow cell ('Cantid' over 'ad', 'Meng' over 'e'), on
    the first of *near* or the two lines under it: a word and the word right under it make a
    quantity word together."""
    head = near[0]
    words = [w for ln in near if ln.page == head.page and ln.top - head.top < 40 for w in ln.words]
    return any(
        b.top > a.top + 1 and a.x0 - 2 <= b.x0 < a.x1 and QTY_WORDS.fullmatch(fold(a.text + b.text))
        for a in words
        for b in words
    )


def table_head(lines: list[TextLine]) -> TextLine | None:
    """The item table's head: the first line of heads with an amount's and a quantity's."""
    for i, ln in enumerate(lines):
        if not AMOUNT_HEAD.search(ln.folded) or amounts_in(ln.text):
            continue
        if QTY_WORDS.search(ln.folded) or _split_head(lines[i : i + 3]):
            return ln
    return None


def joined_rows(lines: list[TextLine]) -> list[TextLine]:
    """*lines* (an item table's), each line of amounts alone joined to the row right under it
    when their words stand in different columns; the rest as they are."""
    out: list[TextLine] = []
    i = 0
    while i < len(lines):
        a = lines[i]
        b = lines[i + 1] if i + 1 < len(lines) else None
        c = lines[i + 2] if i + 2 < len(lines) else None
        if b is not None and c is not None and _centred(a, b, c):
            out.append(
                make_line(sorted([*a.words, *b.words, *c.words], key=lambda w: w.x0), b.index)
            )
            i += 3
        elif b is not None and (signs := _signs_over(a, b)) is not None:
            # a row's amounts under their currency's sign, each cell wrapped ('Shipping  12  EUR
            # EUR' over 'Costs  1,953.27  23,439.24'): the signs are no part of its text
            kept = [w for w in a.words if w not in signs]
            out.append(make_line(sorted([*kept, *b.words], key=lambda w: w.x0), a.index))
            i += 2
        elif b is not None and _amounts_only(a) and _row_under(a, b):
            out.append(make_line(sorted([*a.words, *b.words], key=lambda w: w.x0), b.index))
            i += 2
        elif b is not None and _amounts_only(b, figures=True) and _half_under(a, b):
            out.append(make_line(sorted([*a.words, *b.words], key=lambda w: w.x0), a.index))
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _amounts_only(ln: TextLine, figures: bool = False) -> bool:
    """Nothing on *ln* but amounts (at least two: a price and a total, or more); with
    *figures*, figures too (a quantity: '5 $250.00 $1,250.00')."""
    found = cell_amounts(ln)
    rest = list(ln.text)
    for _v, s, e in found:
        rest[s:e] = " " * (e - s)
    return len(found) >= 2 and not re.search(r"[^\W\d]" if figures else r"\w", "".join(rest))


def _half_under(a: TextLine, b: TextLine) -> bool:
    """Is *b* (figures) the rest of *a*'s row, set lower by less than a line: a row whose item
    cell holds two lines (its name over its description), the other cells centred between them,
    and no word of *b* under a word of *a*?"""
    return _rest_of(a, b, 0.9, words=a)


def _row_under(a: TextLine, b: TextLine) -> bool:
    """Is *b* the rest of *a*'s row: right under it on its page, with words (its position and
    text), and no word of it under a word of *a*?"""
    return _rest_of(a, b, 1.8, words=b)


def _centred(a: TextLine, b: TextLine, c: TextLine) -> bool:
    """Is *b*, a line with an amount, a row's one-line cells centred between the two lines of
    its wrapped cells, *a* and *c* ('Atelier  650,00' over 'Conseil  3  20%  1 950,00 €' over
    'stratégie  €'): *a* and *c* a line apart, *b* half a line under *a*, no word of either
    over or under a word of *b*, and no amount on *c* (the next row's)?"""
    size = max(w.size or 10.0 for w in b.words)
    if not a.page == b.page == c.page or not cell_amounts(b) or cell_amounts(c):
        return False
    if not (0.3 * size < b.top - a.top < 0.8 * size and 0.3 * size < c.top - b.top < 0.8 * size):
        return False
    return _apart(b.words, [*a.words, *c.words])


def _signs_over(a: TextLine, b: TextLine) -> list[Word] | None:
    """The words of *a* that make a currency's sign over each amount of *b*, right under it (by
    less than a line and a half): each amount's cell wrapped, its sign over its figures; None
    when *b* holds no amount or one with no sign over it, or *a* holds an amount."""
    size = max(w.size or 10.0 for w in a.words)
    found = cell_amounts(b)
    if b.page != a.page or not 0 < b.top - a.top <= 1.6 * size or not found or cell_amounts(a):
        return None
    out: list[Word] = []
    for _v, s, e in found:
        x0, x1 = b.span_x(s, e)
        over = [w for w in a.words if w.x0 < x1 and x0 < w.x1]
        if not currency_sign(over):
            return None
        out += over
    return out


def _apart(upper: list[Word], lower: list[Word]) -> bool:
    """Does no word of *lower* stand under (or over) a word of *upper*?"""
    return not any(u.x0 < w.x1 + 1 and w.x0 < u.x1 + 1 for u in upper for w in lower)


def _rest_of(a: TextLine, b: TextLine, lines: float, words: TextLine) -> bool:
    """Does *b* stand under *a* on its page by less than *lines* times *a*'s type size, with
    *words* (one of the two) holding a word, and no word of *b* under a word of *a*?"""
    size = max(w.size or 10.0 for w in a.words)
    gap = b.top - a.top
    if b.page != a.page or not 0 < gap <= lines * size or not re.search(r"[^\W\d]", words.text):
        return False
    return _apart(a.words, b.words)


def item_details(lines: list[TextLine], head: TextLine) -> set[int]:
    """The indices of the lines after the table's *head* in smaller type than it that stand
    between two item rows (lines in the head's type with two amounts or more), or between a
    row and the line of text over the next."""
    size = min(w.size or 10.0 for w in head.words)

    def small(ln: TextLine) -> bool:
        return max(w.size or 10.0 for w in ln.words) < size - 0.5

    out: set[int] = set()
    run: list[int] = []
    pending: list[int] = []  # small lines after a row, then a line of text in the head's type
    row = False  # the last line in the head's type was an item row
    for ln in lines[head.index + 1 :]:
        if ln.page != head.page:
            break
        if small(ln):
            run.append(ln.index)
            continue
        item = (
            len(cell_amounts(ln)) >= 2 and abs(max(w.size or 10.0 for w in ln.words) - size) < 0.6
        )
        if (row or pending) and item:
            out.update(run + pending)
        if not item and (row or pending):
            # (before the first row: the head's words wrapped under it.) A row's small lines,
            # then one line of text: the next item's first line, its amounts set under it
            # (a row's figures centred on its text of three lines), if a row follows
            if pending or not run:
                break
            pending, run, row = run, [], False
            continue
        row, run, pending = item, [], []
    return out
