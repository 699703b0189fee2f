"""The candidates for the net, tax and gross totals (:mod:`robot_lib.invoices.choosing`
picks the three that go together, net + tax = gross).

Where candidates come from, strongest first:

- a label with its amount to the right or under it ('Total due 1.234,56');
- a summary table whose column headers are total labels ('Net | VAT | Gross', one row per
  tax rate and a sum row): the sum row, or the sum of the rate rows, never one rate row;
- an amount printed without a label that closes the arithmetic of two labelled ones (the
  gross alone under 'Net' and 'VAT', the net after a discount line).

An amount that reads two ways ('10.000': ten, or ten thousand) is a candidate both ways;
whole amounts without cents ('1436') count on a labelled line. The arithmetic decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import product
from typing import TYPE_CHECKING

from robot_lib.invoices.labels import DESC_HEAD, QTY_WORDS, UNIT_PRICE_HEAD, labels_in
from robot_lib.invoices.lines import Hit, bare_cells
from robot_lib.invoices.parse import amounts_in, fold, whole_number
from robot_lib.invoices.total_rows import included_at

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

TOL = Decimal("0.01")
KEYS = ("gross_total", "net_total", "tax_total")
TABLE = ("table", "sums")  # a summary table's row as printed, its rows' column sums


@dataclass
class Cand:
    amount: Decimal
    weight: float
    line: int  # index of the line it is printed on
    how: str  # label | table | sums | closure | sum of rates | bracket
    # its label names a total and its line no rate ('Total TVA 3,10 €'): no one rate's line
    names_total: bool = False
    # the cell of its line its label stands in (-1: read beside or under it, another line's)
    cell: int = 0


@dataclass
class Totals:
    gross: Decimal | None = None
    net: Decimal | None = None
    tax: Decimal | None = None
    checked: str = ""  # the evidence that ties them together, '' when none
    weights: tuple[float, float, float] = (0.0, 0.0, 0.0)
    charges: Decimal | None = None  # printed between the tax and the gross, in the gross
    # income tax the customer withholds (printed after the tax, not in the gross) and the
    # amount payable after it: net + tax - withheld = payable
    withheld: Decimal | None = None
    payable: Decimal | None = None
    included: bool = False  # the tax is printed as included in the gross, no net printed
    derived: bool = False  # the net is reckoned (the subtotal less a discount), not printed


def money(text: str) -> list[tuple[Decimal, int, int]]:
    """Amounts in *text* that are not percentages, left to right, with spans (nor a rate with
    its sign before it, as Turkish prints it: 'Hesaplanan KDV(%20.00)')."""
    return [
        a
        for a in amounts_in(text)
        if not re.match(r"\s?%", text[a[2] : a[2] + 2])
        and not re.search(r"(?<!\d)%$", text[max(0, a[1] - 2) : a[1]])
    ]


_WHOLE = re.compile(  # (not the end of a masked account: 'Konto DE12 **** **** 4567')
    # (its thousands parted by spaces: Swedish '6 100 kr', French '1 250 €')
    r"(?<![\w.,/:%*-])(?<!\*\s)[$€£¥₩]?\s?([-−]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{2,9}|0)"
    r"(?=\s*(?:[A-Za-z]{2,3}|[€$£¥₩円元원])?\s*$)"
)


# ... and one with a single decimal, as a viewer prints an e-invoice's value ('258,4', '-9,5')
# or JavaScript a number ('$49.5')
_ONE_DECIMAL = re.compile(
    r"(?:^|(?<=\s))([-−]?)\s?(?:[€$£¥₩]\s?)?(\d{1,9})[.,](\d)"
    r"(?=\s*(?:[A-Za-z]{2,3}|[€$£¥₩])?\s*$)"
)
# what makes a whole number a reference, not an amount: 'Art. 196', '§ 19', 'ust. 1', 'No 5'
_REFERENCE = re.compile(
    r"(?:\b(?:art|artikel|article|articolo|artigo|articulo|ust|par|para|nr|no)\.?|§)\s*$", re.I
)


def readings(amount: Decimal) -> list[Decimal]:
    """'10.000' is ten with three decimals or ten thousand; '2,100' the same. Totals are never
    printed to three decimals, so both readings are candidates and the arithmetic decides."""
    exp = amount.as_tuple().exponent
    if isinstance(exp, int) and exp == -3:
        return [amount, (amount * 1000).quantize(Decimal(1))]
    return [amount]


_RATE_LABEL = re.compile(r"\(%\)\s*:?\s*$")


def amounts_right(text: str) -> list[tuple[Decimal, float]]:
    """Amounts after a label, rightmost first, with a weight (1.0 the last one, 0.75 the
    others, 0.8 for a whole number without cents at the end of the line)."""
    # (not a rate right after a label that says so: 'Aliquota ritenuta (%): 20.00')
    # (nor the tax a total includes, in brackets after it: '£102.10 (includes £17.02 VAT)')
    found = [
        a
        for a in money(text)
        if not _RATE_LABEL.search(text, 0, a[1]) and not included_at(text, a[1])
    ]
    out = [(v, 1.0 if i == 0 else 0.75) for i, (v, _s, _e) in enumerate(reversed(found))]
    if not found:
        m = _WHOLE.search(text)
        if m and not _REFERENCE.search(text, 0, m.start()):
            out.append((-whole_number(m.group(2)) if m.group(1) else whole_number(m.group(2)), 0.8))
        m = _ONE_DECIMAL.search(text)
        if m:
            out.append((Decimal(f"{'-' if m.group(1) else ''}{m.group(2)}.{m.group(3)}0"), 0.8))
    return [(r, w if r == v else w * 0.9) for v, w in out for r in readings(v)]


def label_box(hit: Hit) -> tuple[float, float, float]:
    """The left and right of the label's cell, and its line's type size (:func:`centred_under`)."""
    ln = hit.line
    a, b = ln.cell_at(hit.start) or (hit.start, hit.end)
    return (*ln.span_x(a, b), max(w.size for w in ln.words) or 10.0)


def centred_under(box: tuple[float, float, float], x0: float, x1: float) -> bool:
    """Does the text from x0 to x1 stand centred under a label's cell (:func:`label_box`), as a
    box of a label over its value centres both ('TOTAL' over '1992.56')?"""
    c0, c1, size = box
    return abs((x0 + x1) / 2 - (c0 + c1) / 2) < max(4.0, 0.6 * size)


def adjustment_amounts(text: str) -> list[tuple[Decimal, float]]:
    """A discount's or a charge's amounts after its label, as :func:`amounts_right` reads
    them, or a whole amount of one figure alone ('DISCOUNT 6' under the items' 'SUBTOTAL 412'):
    counted only where it closes the items' sum to the net exactly."""
    found = amounts_right(text)
    m = None if found else re.fullmatch(r"\s*:?\s*[$€£]?(\d)\s*", text)
    return [(Decimal(m.group(1)), 0.8)] if m else found


def amounts_x(ln: TextLine) -> list[tuple[Decimal, float, float]]:
    """Amounts on a line with their horizontal extent."""
    out = []
    for v, s, e in money(ln.text):
        x0, x1 = ln.span_x(s, e)
        out.append((v, x0, x1))
    return out


def bare_x(ln: TextLine) -> list[tuple[Decimal, float, float]]:
    """Numbers alone in their cells with one decimal or none, as a program prints a float
    ('621.7', '-656'), with their horizontal extent: amounts only where a label stands right
    over them."""
    return [(v, *ln.span_x(s, e)) for v, s, e in bare_cells(ln) if (v * 10) % 1 == 0]


# a label's value in words before a hit on its line: the hit is one of those words
_IN_WORDS = re.compile(r":\s*[^\W\d][^\d:]*$")


def under(
    lines: list[TextLine],
    hit: Hit,
    max_lines: int = 3,
    theirs: frozenset[tuple[int, Decimal]] = frozenset(),
) -> tuple[Decimal, int] | None:
    """The first amount printed under the label's span on the next lines of its page; for
    the last head of a row, the one amount right of its start (a table's last column, its
    amounts set flush right far beyond its head: 'Totale documento' over '73,20'). None for
    a label with a word for its value beside it."""
    heads = len(hit.line.cells) >= 2  # the label one of a row of heads
    if re.match(r"\s*:\s*[^\W\d]", hit.line.text[hit.end :]) and not heads:
        return None  # its value beside it, a word ('Soggetta a ritenuta: SI')
    if _IN_WORDS.search(hit.line.text[: hit.start]):
        return None  # itself a word of another label's value ('Shipping: Free shipping')
    x0, x1 = hit.line.span_x(hit.start, hit.end)
    last = not any(w.x0 > x1 + 1 for w in hit.line.words)
    own = max(w.size for w in hit.line.words) or 10.0
    prev, labelled, box = hit.line, False, label_box(hit)
    if heads:
        # a head's words go on after its label, its amount set flush right under its cell
        # ('Udlæg: retsafgift (momsfri)' over '746,00 kr.')
        x1 = max(x1, box[1])
    for ln in lines[hit.line.index + 1 : hit.line.index + 1 + max_lines]:
        # (further, under a row of heads, in a band of type half as large again: 'TOTAL DUE'
        # over a tall cell of 20-pt lines, its amount centred in it, under 'CHF' wrapped over
        # it; not past another label under it)
        size = max(w.size for w in ln.words) or 10.0
        band = size >= 1.5 * own and ln.top - prev.top <= 1.35 * size and prev is not hit.line
        far = ln.top - hit.line.top
        if ln.page != hit.line.page or (
            far > 60.0 and (labelled or not heads or not (band or far <= 3.4 * size))
        ):
            return None
        prev, labelled = ln, labelled or _labelled_under(ln, x0, x1)
        best = None
        # (or a float's figures centred under its cell: 'TVA TOTAL' over '621.7', beside other
        # boxes' amounts with cents)
        found = amounts_x(ln) + [a for a in bare_x(ln) if centred_under(box, a[1], a[2])]
        # (not one another label stands right over: the next box's, 'TOTAL' over '5057.92')
        found = [a for a in found if (ln.index, a[0]) not in theirs]
        for v, a0, a1 in found:
            overlap = min(x1 + 25, a1) - max(x0 - 25, a0)
            if overlap > 0 and (best is None or overlap > best[1]):
                best = (v, overlap)
        if best is not None:
            if _labelled_under(ln, x0, x1):
                return None  # the amount is the next row's, under its own label ('Total:')
            return best[0], ln.index
        right = [v for v, a0, _a1 in found if a0 >= x0 - 2]
        if last and len(right) == 1 and len(found) == 1:
            return right[0], ln.index
    return None


def _labelled_under(ln: TextLine, x0: float, x1: float) -> bool:
    """Does a label of its own stand on *ln* under the span x0–x1 ('Tax: + 7.5%' over
    'Total: 6,933.75': the rate is the tax's value, the amount the total's)?"""
    text = " ".join(w.text for w in ln.words if w.x1 > x0 and w.x0 < x1 and not money(w.text))
    return bool(text) and (text.endswith(":") or next(labels_in(fold(text)), None) is not None)


def beside(lines: list[TextLine], hit: Hit) -> tuple[Decimal, int] | None:
    """A label wrapped inside its table cell ('Umsatzsteuer 19 % auf' over '5.445,43 €'):
    the row's amount, centred, sits half a line below (or above) the label's first line,
    right of everything on it. A line a whole line step away is another row."""
    ln = hit.line
    size = max(w.size for w in ln.words) or 10
    # (not the pieces of a currency's sign after the label, drawn on its line while the amount
    # stands lower: 'الإجمالي د ك' over '29,646.292 .')
    ws, first = ln.words, ln.word_at(hit.end - 1) + 1
    k = len(ws)
    while k > first and len(ws[k - 1].text) <= 2 and not any(c.isdigit() for c in ws[k - 1].text):
        k -= 1
    end = ws[k - 1].x1
    for other in lines[ln.index - 1 : ln.index] + lines[ln.index + 1 : ln.index + 2]:
        if other.page != ln.page or abs(other.top - ln.top) > 0.75 * size:
            continue
        # (right of the label's words: a field's number may stand at the line's left)
        amounts = [a for a in amounts_x(other) if a[1] > end]
        if not amounts or money(" ".join(w.text for w in other.words if w.x1 <= end)):
            continue
        # (nor with another label's words between, a currency's sign or code aside: 'Celkem s
        # DPH v Kč' heading a table's column, level with the totals' 'DPH celkem: 8 435,70 Kč')
        if not any(
            end < w.x0 and w.x1 <= amounts[0][1] and re.search(r"[a-z]{2}", w.text)
            for w in other.words
        ):
            return amounts[0][0], other.index
    return None


# ------------------------------------------------------------------ summary tables


def item_heads(lines: list[TextLine], idx: int) -> bool:
    """Line *idx* heads an item table (its heads have quantities, or a description and a unit
    price), or is the second or third line of such heads, right under the first with no
    amounts between ('Cena | Wartość' over 'netto | netto', 'VK-Preis' over 'Ohne' over 'MwSt.'
    beside 'Menge'): no summary table's head, and an amount under it is an item's, not a
    total."""
    head = lines[idx]
    for x in reversed(lines[max(0, idx - 2) : idx + 1]):
        if x.page != head.page or head.top - x.top > 30 or (x is not head and amounts_x(x)):
            return False
        if QTY_WORDS.search(x.folded) or (
            DESC_HEAD.search(x.folded) and _PRICE_HEAD.search(x.folded)
        ):  # ('Description | Item price | VAT | Sum', 'Products | Price (ex) | Total (inc)')
            return True
    return False


# a price's head: a unit price's, or a price alone ('Price (ex)', 'Preis', 'Prix')
_PRICE_HEAD = re.compile(UNIT_PRICE_HEAD.pattern + r"|\b(?:price|preis|prix|precio|prezzo|preco)\b")


# a whole number: not a code's or a phone number's group ('020 7946 0321': a leading zero, or
# a group among others)
_WHOLE_NUMBER = re.compile(r"(?<![\w.,/:%-])(?<!\d\s)[$€£]?(?!0)(\d{2,9})(?![\w.,/%]|\s?%|\s\d)")


def printed_amounts(lines: list[TextLine]) -> dict[Decimal, list[int]]:
    """Every amount printed on the document (whole numbers included) -> its lines."""
    out: dict[Decimal, list[int]] = {}
    for ln in lines:
        for v, _s, _e in money(ln.text):
            for r in readings(v):
                out.setdefault(r, []).append(ln.index)
        for m in _WHOLE_NUMBER.finditer(ln.text):
            out.setdefault(Decimal(m.group(1)), []).append(ln.index)
    return out


def rate_blocks(net: list[Cand], tax: list[Cand]) -> tuple[list[Cand], list[Cand]]:
    """A summary block per rate, each with its own net and tax under total words and no
    totals of them ('Aliquota IVA (%): 22.00', 'Totale imponibile: 1310.00', 'Totale imposta:
    288.20', then the 10 % block, the exempt one), two or more such pairs following each other,
    net above tax, each pair before the next, each at its own rate: the net and tax candidates
    with the blocks' own replaced by their sums (one block alone is never the invoice's
    totals). Else as given."""
    pairs: list[tuple[Cand, Cand]] = []
    lines_n = {c.line: c for c in net if c.how == "label" and c.names_total}
    lines_t = {c.line: c for c in tax if c.how == "label" and c.names_total}
    order = sorted([(k, "n") for k in lines_n] + [(k, "t") for k in lines_t])
    for (a, ka), (b, kb) in zip(order, order[1:], strict=False):
        if ka == "n" and kb == "t" and b > a and (not pairs or pairs[-1][1].line < a):
            if 0 <= lines_t[b].amount < lines_n[a].amount:  # (no rate is 100 %)
                pairs.append((lines_n[a], lines_t[b]))
    # (one block per rate: each at its own rate; a total repeated is no block, nor is a tax
    # printed twice, once in a tax table and once under the net below it)
    rates = {round(t.amount * 100 / n.amount, 1) for n, t in pairs if n.amount}
    taxes = {t.amount for _n, t in pairs}
    if len(pairs) < 2 or len(rates) < len(pairs) or len(taxes) < len(pairs):
        return net, tax
    last = pairs[-1][1].line
    sums = [sum((p[k].amount for p in pairs), Decimal(0)) for k in (0, 1)]
    weight = min(c.weight for p in pairs for c in p)
    members = {c.line for p in pairs for c in p}
    return [c for c in net if c.line not in members] + [
        Cand(sums[0], weight, last - 1, "sum of rates")
    ], [c for c in tax if c.line not in members] + [Cand(sums[1], weight, last, "sum of rates")]


def closures(
    cands: dict[str, list[Cand]],
    printed: dict[Decimal, list[int]],
    first_total_line: int,
    taxed: frozenset[int] = frozenset(),
) -> dict[str, list[Cand]]:
    """Amounts printed without a label that close the arithmetic of two labelled ones; a tax
    not where another total's label reads it, unless a tax's label is on its line too (*taxed*:
    'Totalt momsbelopp:', a weak 'Totalt' reading through the tax's word)."""
    out: dict[str, list[Cand]] = {k: [] for k in KEYS}
    g_, n_, t_ = (cands[k] for k in KEYS)
    n_, t_ = rate_blocks(n_, t_)  # (each rate's block's net and tax: their sums)
    trials = [("net_total", g_, t_, -1), ("gross_total", n_, t_, 1), ("tax_total", g_, n_, -1)]
    for target, pa, pb, sign in trials:
        for a, b in product(pa, pb):
            # (one line holds two only as a summary table's row: 'Imponibile | Imposta')
            if (a.line == b.line and not (a.how in TABLE and b.how in TABLE)) or b.amount <= 0:
                continue
            want = a.amount + sign * b.amount
            if want <= 0:
                continue
            where = [i for i in printed.get(want, []) if i >= first_total_line - 2]
            where = [i for i in where if i not in (a.line, b.line)]
            if target == "tax_total":  # (no tax where another total's label reads it: 'Total
                # expenses $45.00' between 'Total fees' and 'Total for this invoice'; nor, with
                # no tax's label on its line, above the net it closes: an item's 'Deposition
                # transcript $202.00' over 'Total fees')
                where = [
                    i
                    for i in where
                    if i in taxed or (i > b.line and not _labelled(cands, i, want, target))
                ]
            if where:
                w = 0.5 * min(a.weight, b.weight)
                out[target].append(Cand(want, w, where[-1], "closure"))
    return out


def _labelled(cands: dict[str, list[Cand]], line: int, amount: Decimal, target: str) -> bool:
    """Is *amount* read on *line* under a label of a total other than *target*?"""
    return any(
        c.line == line and c.amount == amount and c.how == "label"
        for k in KEYS
        if k != target
        for c in cands[k]
    )


def discounts_off(cands: dict[str, list[Cand]]) -> list[Cand]:
    """The discounts read among the totals, each taking off whatever its printed sign."""
    return [replace(c, amount=-abs(c.amount)) for c in cands.get("discount_after", [])]


def rounded_under(g: Cand, rounded: list[Cand]) -> Decimal | None:
    """The total rounded to the unit (or to five cents, as Swiss francs are), printed under
    the gross *g* that it rounds ('Rounded Total ₹ 37,274.00' under 'Grand Total ₹
    37,274.12'): less than a unit from it; else None."""
    for c in sorted(rounded, key=lambda c: -c.weight):
        off = c.amount - g.amount
        if c.line > g.line and off and abs(off) < 1 and (c.amount * 20) % 1 == 0:
            return c.amount
    return None


def rounded_by_line(g: Cand, gross: list[Cand], charges: list[Cand]) -> Cand | None:
    """A total under the gross *g* that a rounding line printed over it makes, less than a unit
    apart ('Součet položek 41 976,48', 'Zaokrouhlení -0,48', 'CELKEM K ÚHRADĚ 41 976,00': a VAT
    table's row that closes 41 976,48 may stand under the rounding line, beside the sums)."""
    for c in sorted(gross, key=lambda c: -c.weight):
        off = c.amount - g.amount
        if c.how != "label" or c.line < g.line or not off or abs(off) >= 1:
            continue
        if any(ch.amount == off and ch.line < c.line for ch in charges):
            return c
    return None


def per_line(cands: list[Cand], after: int = -1, before: int = 10**9) -> dict[int, Cand]:
    """One amount per line printed strictly between two lines: its strongest reading."""
    out: dict[int, Cand] = {}
    for c in cands:
        if after < c.line < before and (c.line not in out or c.weight > out[c.line].weight):
            out[c.line] = c
    return out


def continued(lines: list[TextLine], hits: dict[str, list[Hit]], kind: str) -> list[Hit]:
    """The rows a heading of *kind* heads in the column right of it: '- Retenciones | ISR |
    1,130.00' over '| IVA | 1,205.34' (a Mexican CFDI's withholdings, the income tax's and the
    VAT's): each row under it with nothing in the heading's column, up to the first that
    carries a total's label other than a tax's ('Total'), is of *kind* too (its first cell
    as the label, unless that holds the amount)."""
    others = {h.line.index for f, hs in hits.items() if f not in (kind, "tax_total") for h in hs}
    out = []
    for h in hits[kind]:
        x1 = h.line.span_x(h.start, h.end)[1]
        size = max(w.size for w in h.line.words) or 10.0
        prev = h.line
        for ln in lines[h.line.index + 1 : h.line.index + 4]:
            if ln.page != prev.page or ln.top - prev.top > 2 * size or ln.index in others:
                break
            if ln.words[0].x0 < x1 - 1 or not money(ln.text):
                break
            start, end = ln.cells[0]  # (the row's own word, 'IVA', reads as its label)
            out.append(Hit(ln, start, end if not money(ln.text[start:end]) else start, h.weight))
            prev = ln
    return out
