"""Net, tax and gross totals, chosen together so that net + tax = gross.

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
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations, product
from typing import TYPE_CHECKING

from robot_lib.invoices.labels import QTY_WORDS
from robot_lib.invoices.lines import rate_head
from robot_lib.invoices.parse import amounts_in

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit, TextLine

TOL = Decimal("0.01")
KEYS = ("gross_total", "net_total", "tax_total")


@dataclass
class Cand:
    amount: Decimal
    weight: float
    line: int  # index of the line it is printed on
    how: str  # label | table | closure | sum of rates


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


def _money(text: str) -> list[tuple[Decimal, int, int]]:
    """Amounts in *text* that are not percentages, left to right, with spans."""
    return [a for a in amounts_in(text) if not re.match(r"\s?%", text[a[2] : a[2] + 2])]


_WHOLE = re.compile(
    r"(?<![\w.,/:%-])[$€£¥₩]?\s?(\d{2,9}|0)(?=\s*(?:[A-Za-z]{2,3}|[€$£¥₩円元원])?\s*$)"
)


# ... and one with a single decimal, as a viewer prints an e-invoice's value ('258,4', '-9,5')
_ONE_DECIMAL = re.compile(
    r"(?:^|(?<=\s))([-−]?)\s?(\d{1,9})[.,](\d)(?=\s*(?:[A-Za-z]{2,3}|[€$£¥₩])?\s*$)"
)


def readings(amount: Decimal) -> list[Decimal]:
    """'10.000' is ten with three decimals or ten thousand; '2,100' the same. Totals are never
    printed to three decimals, so both readings are candidates and the arithmetic decides."""
    exp = amount.as_tuple().exponent
    if isinstance(exp, int) and exp == -3:
        return [amount, (amount * 1000).quantize(Decimal(1))]
    return [amount]


def amounts_right(text: str) -> list[tuple[Decimal, float]]:
    """Amounts after a label, rightmost first, with a weight (1.0 the last one, 0.75 the
    others, 0.8 for a whole number without cents at the end of the line)."""
    found = _money(text)
    out = [(v, 1.0 if i == 0 else 0.75) for i, (v, _s, _e) in enumerate(reversed(found))]
    if not found:
        m = _WHOLE.search(text)
        if m:
            out.append((Decimal(m.group(1)), 0.8))
        m = _ONE_DECIMAL.search(text)
        if m:
            out.append((Decimal(f"{'-' if m.group(1) else ''}{m.group(2)}.{m.group(3)}0"), 0.8))
    return [(r, w if r == v else w * 0.9) for v, w in out for r in readings(v)]


def amounts_x(ln: TextLine) -> list[tuple[Decimal, float, float]]:
    """Amounts on a line with their horizontal extent."""
    out = []
    for v, s, e in _money(ln.text):
        x0, x1 = ln.span_x(s, e)
        out.append((v, x0, x1))
    return out


def under(lines: list[TextLine], hit: Hit, max_lines: int = 3) -> tuple[Decimal, int] | None:
    """The first amount printed under the label's span on the next lines of its page."""
    x0, x1 = hit.line.span_x(hit.start, hit.end)
    for ln in lines[hit.line.index + 1 : hit.line.index + 1 + max_lines]:
        if ln.page != hit.line.page or ln.top - hit.line.top > 60:
            return None
        best = None
        for v, a0, a1 in amounts_x(ln):
            overlap = min(x1 + 25, a1) - max(x0 - 25, a0)
            if overlap > 0 and (best is None or overlap > best[1]):
                best = (v, overlap)
        if best is not None:
            return best[0], ln.index
    return None


def beside(lines: list[TextLine], hit: Hit) -> tuple[Decimal, int] | None:
    """A label wrapped inside its table cell ('Umsatzsteuer 19 % auf' over '5.445,43 €'):
    the row's amount, centred, sits half a line below (or above) the label's first line,
    right of everything on it. A line a whole line step away is another row."""
    ln = hit.line
    size = max(w.size for w in ln.words) or 10
    end = ln.words[-1].x1
    for other in lines[ln.index - 1 : ln.index] + lines[ln.index + 1 : ln.index + 2]:
        if other.page != ln.page or abs(other.top - ln.top) > 0.75 * size:
            continue
        amounts = amounts_x(other) if other.words[0].x0 > end else []
        if amounts:
            return amounts[0][0], other.index
    return None


# ------------------------------------------------------------------ summary tables


def table_candidates(
    lines: list[TextLine], hits: dict[str, list[Hit]]
) -> tuple[dict[str, list[Cand]], set[int]]:
    """Summary tables: a line that carries the labels of two or more totals as column headers
    (and no amount, but in a block beside it), and rows of amounts under them. Also the heads
    that have such a block beside them: the amounts on their line are the block's."""
    out: dict[str, list[Cand]] = {k: [] for k in KEYS}
    heads_beside: set[int] = set()
    on_line: dict[int, list[tuple[str, Hit]]] = {}
    for f, hs in hits.items():
        for h in hs if f in KEYS else []:
            on_line.setdefault(h.line.index, []).append((f, h))
    for idx, found_here in on_line.items():
        head = lines[idx]
        if QTY_WORDS.search(head.folded):
            continue  # not a summary table's head (an item table's head has quantities)
        # two labels over one span ('Sub total' holds 'total', 'Summa exkl. moms' holds
        # 'moms'): the longer is the column, the shorter one of its words
        cols: dict[str, Hit] = {}
        for f, h in found_here:
            if rate_head(h):
                continue  # the rates' column, not an amount's
            inside = any(
                o is not h
                and o.start <= h.start
                and h.end <= o.end
                and o.end - o.start > h.end - h.start
                for _g, o in found_here
            )
            if not inside:
                cols.setdefault(f, h)
        if len(cols) < 2:
            continue
        spans = {f: head.span_x(h.start, h.end) for f, h in cols.items()}
        block_beside = bool(_money(head.text))  # the head line's amounts: a block beside it
        if block_beside and not _beside(head, max(x1 for _x0, x1 in spans.values())):
            continue  # amounts among the labels: a line of totals, not a table's head
        rows: list[tuple[dict[str, Decimal], int]] = []
        last = idx
        for ln in lines[idx + 1 : idx + 12]:
            if ln.page != head.page or ln.top - lines[last].top > 40:
                break
            row: dict[str, Decimal] = {}
            found = amounts_x(ln)
            if len(found) == len(spans):  # one amount per column: they stand in order
                order = sorted(spans, key=lambda f: spans[f][0])
                row = {f: v for f, (v, _a0, _a1) in zip(order, found, strict=True)}
            for v, a0, a1 in found if not row else []:
                col = _column(spans, a0, a1)
                if col is not None:
                    row[col] = v  # the rightmost amount under a header is its value
            _unread_tax(row, spans, found)
            if not row:
                if rows:
                    break
                continue
            rows.append((row, ln.index))
            last = ln.index
        full = [(r, i) for r, i in rows if spans.keys() <= r.keys()]
        if not full:
            continue
        keys = set.intersection(*(set(r) for r, _i in full))  # a tax found under no head: in all
        pick = _sum_row([{f: v for f, v in r.items() if f in keys} for r, _i in full])
        for f, v in pick.items():  # on the last full row, not on a line a column reaches
            out[f].append(Cand(v, 1.05, full[-1][1], "table"))
        if block_beside:
            heads_beside.add(idx)
    return out, heads_beside


def _beside(head: TextLine, right: float) -> bool:
    """Every amount of a table's head line stands in a block beside it, after a label of its
    own and a wide gap ('Kwota VAT  Wartość brutto    Zapłacono 0,00 PLN'). Words right after
    the heads are theirs ('Summe der Leistungen 42,01' is a line of totals, two labels in it)."""
    for k, w in enumerate(head.words):
        if w.x0 > right:  # the first word after the heads
            far = w.x0 > right + 2 * w.size
            return far and not _money(head.text[: head.starts[k]]) and not _money(w.text)
    return False


def _unread_tax(
    row: dict[str, Decimal],
    spans: dict[str, tuple[float, float]],
    found: list[tuple[Decimal, float, float]],
) -> None:
    """A VAT table whose tax head could not be read (heads printed over each other): the one
    amount of the row under no head that makes its net the gross is the tax."""
    if "tax_total" in spans or not {"net_total", "gross_total"} <= row.keys():
        return
    taken = set(row.values())
    rest = [v for v, _a0, _a1 in found if v not in taken]
    if len(rest) == 1 and abs(row["net_total"] + rest[0] - row["gross_total"]) <= TOL:
        row["tax_total"] = rest[0]


def _column(spans: dict[str, tuple[float, float]], a0: float, a1: float) -> str | None:
    """The header an amount stands under: the one its extent overlaps most, or failing that
    the nearest right edge (amounts are right-aligned under their header)."""
    best: tuple[float, str] | None = None
    for f, (h0, h1) in spans.items():
        overlap = min(h1, a1) - max(h0, a0)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, f)
    if best is not None:
        return best[1]
    near = min(spans, key=lambda f: abs(spans[f][1] - a1))
    return near if abs(spans[near][1] - a1) < 40 else None


def _sum_row(rows: list[dict[str, Decimal]]) -> dict[str, Decimal]:
    """One row: the only one; the last when it is the sum of those above; otherwise the
    column sums (a rate row alone is never the document's total)."""
    if len(rows) == 1:
        return rows[0]
    last, above = rows[-1], rows[:-1]
    if all(abs(sum((r[f] for r in above), Decimal(0)) - v) <= TOL for f, v in last.items()):
        return last
    return {f: sum((r[f] for r in rows), Decimal(0)) for f in rows[0]}


# ------------------------------------------------------------------ choosing


def _with_charges(
    gross: list[Cand], net: list[Cand], taxes: list[Cand], charges: list[Cand]
) -> Totals | None:
    """net + tax + the charges printed between them and the gross (shipping after the tax,
    a rounding line) = gross: the best such triple, or None."""
    best: tuple[float, Cand, Cand, Cand, Decimal] | None = None
    for g, n, t in product(gross, net, taxes):
        if not (n.line < g.line and t.line < g.line and _apart(n, t)) or g.amount <= 0:
            continue
        lines: dict[int, Cand] = {}
        for c in charges:  # one amount per charge line: its strongest reading
            if max(n.line, t.line) < c.line < g.line and (
                c.line not in lines or c.weight > lines[c.line].weight
            ):
                lines[c.line] = c
        if not lines:
            continue
        extra = sum((c.amount for c in lines.values()), Decimal(0))
        if abs(n.amount + t.amount + extra - g.amount) <= TOL:
            score = g.weight + n.weight + t.weight
            if best is None or score > best[0]:
                best = (score, g, n, t, extra)
    if best is None:
        return None
    _, g, n, t, extra = best
    ws = (g.weight, n.weight, t.weight)
    return Totals(g.amount, n.amount, t.amount, "net + tax + charges = gross", ws, extra)


def per_line(cands: list[Cand], after: int = -1, before: int = 10**9) -> dict[int, Cand]:
    """One amount per line printed strictly between two lines: its strongest reading."""
    out: dict[int, Cand] = {}
    for c in cands:
        if after < c.line < before and (c.line not in out or c.weight > out[c.line].weight):
            out[c.line] = c
    return out


def _withheld_between(withheld: list[Cand], after: int, before: int) -> Decimal:
    """The income tax withheld on the lines strictly between two lines (each line's strongest
    amount, printed negative or not); 0 when none is."""
    lines = per_line(withheld, after, before)
    return sum((abs(c.amount) for c in lines.values()), Decimal(0))


def _withheld(
    payables: list[Cand], net: list[Cand], taxes: list[Cand], withheld: list[Cand]
) -> Totals | None:
    """Income tax withheld by the customer ('Retención IRPF (15 %) -180,00', 'Ritenuta
    d'acconto'), printed after the tax: the last total is the amount payable, net + tax -
    withholding, and the gross (the total with tax) is net + tax. With no tax printed the
    gross is the net. The best such reading, or None."""
    best: tuple[float, Cand, Cand, Cand | None, Decimal] | None = None
    for p, n in product(payables, net):
        if n.line >= p.line or p.amount <= 0:
            continue
        for t in [*taxes, None] if taxes else [None]:
            if t is not None and not (t.line < p.line and _apart(n, t)):
                continue
            start = max(n.line, t.line if t is not None else n.line)
            held = _withheld_between(withheld, start, p.line)
            base = n.amount + (t.amount if t is not None else 0)
            if held and abs(base - held - p.amount) <= TOL:
                score = p.weight + n.weight + (t.weight if t is not None else 0.0)
                if best is None or score > best[0]:
                    best = (score, p, n, t, held)
    if best is None:
        return None
    _, p, n, t, held = best
    tax = t.amount if t is not None else None
    ws = (p.weight, n.weight, t.weight if t is not None else 0.0)
    how = "net + tax - withholding = amount payable" if t else "net - withholding = amount payable"
    return Totals(n.amount + (tax or 0), n.amount, tax, how, ws, None, held, p.amount)


def _tax_free(g: Cand, totals: list[Cand], free: list[Cand]) -> tuple[Cand, Decimal] | None:
    """A labelled total larger than the gross by exactly the charges printed as outside the
    VAT ('Summe 678,90' over a VAT summary's 'Gesamt … 669,30' and 'Ortstaxe ohne MwSt
    9,60'): that total and those charges, else None."""
    lines = per_line(free)
    amounts = {abs(c.amount) for c in lines.values()}
    sums = amounts | ({sum(amounts, Decimal(0))} if len(amounts) > 1 else set())
    for total in sorted(totals, key=lambda c: -c.weight):
        if total.how != "label" or total.amount <= g.amount or total.line in lines:
            continue
        extra = total.amount - g.amount
        if any(abs(extra - s) <= TOL for s in sums):
            return total, extra
    return None


def _payable_after(res: Totals, g: Cand, payables: list[Cand], withheld: list[Cand]) -> Totals:
    """The gross printed before a withholding and the amount payable after it ('Totale
    documento', 'Ritenuta d'acconto', 'Netto a pagare'): noted with the totals, the one that
    closes the arithmetic, else the last (validation then says it does not add up)."""
    found: list[tuple[bool, int, Decimal, Decimal]] = []
    for p in payables:
        held = _withheld_between(withheld, g.line, p.line)
        if held:
            found.append((abs(g.amount - held - p.amount) <= TOL, p.line, held, p.amount))
    if found:
        _closes, _line, res.withheld, res.payable = max(found)
    return res


def printed_amounts(lines: list[TextLine]) -> dict[Decimal, list[int]]:
    """Every amount printed on the document (whole numbers included) -> its lines."""
    out: dict[Decimal, list[int]] = {}
    for ln in lines:
        for v, _s, _e in _money(ln.text):
            for r in readings(v):
                out.setdefault(r, []).append(ln.index)
        for m in re.finditer(r"(?<![\w.,/:%-])[$€£]?(\d{2,9})(?![\w.,/%]|\s?%)", ln.text):
            out.setdefault(Decimal(m.group(1)), []).append(ln.index)
    return out


def closures(
    cands: dict[str, list[Cand]], printed: dict[Decimal, list[int]], first_total_line: int
) -> dict[str, list[Cand]]:
    """Amounts printed without a label that close the arithmetic of two labelled ones."""
    out: dict[str, list[Cand]] = {k: [] for k in KEYS}
    g_, n_, t_ = (cands[k] for k in KEYS)
    trials = [("net_total", g_, t_, -1), ("gross_total", n_, t_, 1), ("tax_total", g_, n_, -1)]
    for target, pa, pb, sign in trials:
        for a, b in product(pa, pb):
            if a.line == b.line or b.amount <= 0:
                continue
            want = a.amount + sign * b.amount
            if want <= 0:
                continue
            where = [i for i in printed.get(want, []) if i >= first_total_line - 2]
            where = [i for i in where if i not in (a.line, b.line)]
            if where:
                w = 0.5 * min(a.weight, b.weight)
                out[target].append(Cand(want, w, where[-1], "closure"))
    return out


def _apart(a: Cand, b: Cand) -> bool:
    """Two totals are two witnesses only when printed on two lines (or in one table row)."""
    return a.line != b.line or a.how == b.how == "table"


def _charge_between(cands: dict[str, list[Cand]], n: Cand, g: Cand) -> bool:
    """A charge ('Shipping', 'Total Fee') printed between the net and the gross with an
    amount: net + tax = gross then leaves it out."""
    return any(n.line < c.line < g.line and c.amount for c in cands.get("charges", []))


def rate_runs(tax: list[Cand]) -> list[Cand]:
    """One tax line per rate and no tax total ('CGST @ 9%', 'SGST @ 9%'): the sum of every
    stretch of two or more such lines (each at most three lines from the next: a label
    wrapped in its cell takes two), each line by its strongest amount ('VAT (20% on
    £4,675.29) £935.06': the tax, not the base). The arithmetic says which one it is."""
    strongest = sorted((c for c in tax if c.how == "label"), key=lambda c: c.weight)
    rate_lines = sorted({c.line: c.amount for c in strongest}.items())
    runs: list[list[tuple[int, Decimal]]] = []
    for line, amount in rate_lines:
        if runs and line - runs[-1][-1][0] <= 3:
            runs[-1].append((line, amount))
        else:
            runs.append([(line, amount)])
    out = []
    for run in runs:
        for i, j in combinations(range(len(run) + 1), 2):
            if j - i >= 2:
                s = sum((a for _l, a in run[i:j]), Decimal(0))
                out.append(Cand(s, 0.7, run[j - 1][0], "sum of rates"))
    return out


def choose(cands: dict[str, list[Cand]]) -> Totals:
    """The best triple with net + tax = gross; else the best of each, not cross-checked."""
    gross, net, tax = (cands[k] for k in KEYS)
    taxes = list(tax) + rate_runs(tax)
    # a net per rate and no net total ('Nettobetrag 7 %', 'Nettobetrag 19 %'): their sums too
    net = list(net) + rate_runs(net)
    best: tuple[float, Cand, Cand, Cand] | None = None
    # an unlabelled amount that closes net + tax never outvotes a labelled gross that says
    # otherwise ('Razem … 2 165,80', 'Do zapłaty: 2 165,80' against a row's 2 164,80)
    labelled = [c for c in gross if c.how in ("label", "table")]
    for g, n, t in product(gross, net, taxes):
        if g.amount == 0 or not (_apart(g, n) and _apart(g, t) and _apart(n, t)):
            continue
        if g.how == "closure" and any(
            c.amount != g.amount and c.weight >= g.weight for c in labelled
        ):
            continue
        if g.how == "closure" and g.line < min(n.line, t.line):
            continue  # an unlabelled amount above the net and the tax is an item, not their sum
        # nor does a VAT table's sum, or a weaker label, outvote the total printed with a
        # strong label ('With VAT 7 395,36' in the table, 'Total with tax: 7 396,36' below)
        if any(
            c.how == "label"
            and c.amount != g.amount
            and c.weight >= 0.95
            and (g.how == "table" or c.weight > g.weight)
            for c in labelled
        ):
            continue
        # (a credit note's amounts are all negative: its net is then the larger)
        if abs(n.amount + t.amount - g.amount) <= TOL and abs(n.amount) <= abs(g.amount):
            if _charge_between(cands, n, g):
                continue  # a charge printed between the net and the total is not in it
            score = g.weight + n.weight + t.weight + (0.3 if n.line < g.line else 0)
            if best is None or score > best[0]:
                best = (score, g, n, t)
    withheld = cands.get("withholding", [])
    # the amount payable after a withholding may carry a net's word ('Netto a pagare')
    payables = [c for c in gross + net + cands.get("payable", []) if c.how in ("label", "table")]
    if best is not None:
        _, g, n, t = best
        ws = (g.weight, n.weight, t.weight)
        outside = _tax_free(g, gross + net, cands.get("tax_free", []))
        if outside is not None:  # the invoice's total is larger by a charge outside the VAT
            total, extra = outside
            res = Totals(total.amount, n.amount, t.amount, "net + tax + tax-free charges = gross")
            res.weights, res.charges = (total.weight, n.weight, t.weight), extra
            return res
        return _payable_after(
            Totals(g.amount, n.amount, t.amount, "net + tax = gross", ws), g, payables, withheld
        )
    held = _withheld(payables, net, taxes, withheld) if withheld else None
    if held is not None:
        return held
    # charges outside the VAT between the tax and the total ('Pfand', 'Kurtaxe') count too
    outside_vat = cands.get("charges", []) + cands.get("tax_free", [])
    charged = _with_charges(gross, net, taxes, outside_vat)
    if charged is not None:
        return charged
    # no tax printed: the gross repeated under a net or subtotal label on another line
    # (no tax, nor a tax the total includes: 'Enthaltene MwSt. 7 % 9,87 €')
    untaxed = not tax and not cands.get("included_tax")
    for g, n in product(gross, net):
        if g.amount > 0 and g.amount == n.amount and g.line != n.line and untaxed:
            if n.line < g.line:
                ws = (g.weight, n.weight, 0.0)
                return Totals(g.amount, n.amount, None, "net = gross, no tax printed", ws)
    # the tax the total includes, printed after it ('Gesamtsumme 67,60 €', 'enthaltene MwSt.
    # 7 % 3,58 €', 'enthaltene MwSt. 19 % 0,78 €'): the sum of those lines; the net is not
    # printed. The taxes at their rates or the item lines back the total (layout, validation)
    inside = per_line(cands.get("included_tax", []))
    before = [g for g in gross if g.how == "label" and g.line < min(inside, default=-1)]
    if inside and not before:
        # 'Summe 150,80 €', 'Enthaltene MwSt. 7 % 9,87 €', 'Gesamtpreis 150,80 €': the total
        # printed over the included tax and again under it
        first = min(inside)
        before = [
            g
            for g in gross
            if g.how == "label"
            and g.line > first
            and any(n.amount == g.amount and n.line < first for n in net)
        ]
        net = [n for n in net if not any(n.amount == g.amount for g in before)]
    # a word read both as a subtotal and as the total ('Summe 658,00 €') names no net
    read_twice = {(g.line, g.amount) for g in gross}
    net = [n for n in net if (n.line, n.amount) not in read_twice]
    if inside and before and not net:
        total = max(before, key=lambda c: (c.weight, c.line))
        included = sum((abs(c.amount) for c in inside.values()), Decimal(0))
        if 0 < included < total.amount:
            found = Totals(total.amount, None, included, weights=(total.weight, 0.0, 0.9))
            found.included = True
            return found
    # a subtotal that already holds the tax ('Subtotal 538,71 €', 'MwSt. gesamt 95,57 €',
    # 'Gesamtbetrag 538,71 €'): the tax is included in the total; no net is printed
    for g, n in product(gross, net):
        if g.how != "label" or g.amount != n.amount or not n.line < g.line:
            continue
        within = [t for t in tax if n.line < t.line < g.line and 0 < t.amount < g.amount]
        if len(within) == 1 and within[0].how == "label" and not _charge_between(cands, n, g):
            found = Totals(g.amount, None, within[0].amount)
            found.weights, found.included = (g.weight, 0.0, within[0].weight), True
            return found
    # no tax printed: the best gross printed again under another total's label ('Total' and
    # 'Amount paid'), the strongest repeat a receipt has
    labelled = [g for g in gross if g.how == "label" and g.amount > 0]
    if labelled and untaxed:
        top = max(labelled, key=lambda c: (c.weight, c.line))
        if any(g.amount == top.amount and g.line != top.line for g in labelled):
            ws = (top.weight, 0.0, 0.0)
            return Totals(top.amount, None, None, "the total printed twice, no tax printed", ws)
    res = Totals()
    # an unlabelled amount is a total only where it closes the arithmetic: not here
    gross = [g for g in gross if g.how != "closure"]
    for name, pool in zip(KEYS, (gross, net, tax), strict=True):
        if pool:
            # nothing adds up: the total a strong label prints, before a table's sum
            c = max(pool, key=lambda c: (c.how == "label" and c.weight >= 0.95, c.weight, c.line))
            setattr(res, name.split("_")[0], c.amount)
    gw, nw, tw = (max((c.weight for c in p), default=0.0) for p in (gross, net, tax))
    res.weights = (gw, nw, tw)
    return res
