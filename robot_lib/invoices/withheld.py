"""Income tax the customer withholds and pays to the tax office itself ('Retención IRPF (15 %)',
'Ritenuta d'acconto', 'Withholding tax'), printed after the VAT: the amount payable is the gross
less it (:func:`withheld_totals` when no gross is printed, :func:`payable_after` when one is), and
whether two totals are two witnesses (:func:`apart`), which the choice of the totals asks too
(:mod:`choosing`)."""

from __future__ import annotations

from decimal import Decimal
from itertools import product

from robot_lib.invoices.totals import TABLE, TOL, Cand, Totals, per_line


def apart(a: Cand, b: Cand) -> bool:
    """Two totals are two witnesses only when printed on two lines (or in one table row), or
    each under its own label in its own cell of one line: two blocks side by side ('TAX 21%:
    €3.55' at the left of 'Total: €20.45')."""
    if a.how == b.how == "label" and min(a.cell, b.cell) >= 0 and a.cell != b.cell:
        return True
    if "rate base" in (a.how, b.how):
        return True  # a rate's base and its tax on its line, the tax checked as its share
    return a.line != b.line or (a.how in TABLE and b.how in TABLE)


def between(cands: list[Cand], after: int, before: int) -> Decimal:
    """What the lines strictly between two lines take off or add (each line's strongest
    amount, printed negative or not: the income tax withheld, the fees outside the VAT); 0
    when none does."""
    lines = per_line(cands, after, before)
    return sum((abs(c.amount) for c in lines.values()), Decimal(0))


def withheld_totals(
    payables: list[Cand],
    net: list[Cand],
    taxes: list[Cand],
    withheld: list[Cand],
    free: list[Cand],
) -> Totals | None:
    """Income tax withheld by the customer ('Retención IRPF (15 %) -180,00', 'Ritenuta
    d'acconto'), printed after the tax: the last total is the amount payable, net + tax -
    withholding, and the gross (the total with tax) is net + tax. With no tax printed the
    gross is the net. Amounts outside the VAT printed between (*free*: a gestoría's public
    fees paid for the client, 'Suplidos') are in the gross and the amount payable. The best
    such reading, or None."""
    best: tuple[float, Cand, Cand, Cand | None, Decimal, Decimal] | None = None
    for p, n in product(payables, net):
        if n.line >= p.line or p.amount <= 0:
            continue
        for t in [*taxes, None] if taxes else [None]:
            if t is not None and not (t.line < p.line and apart(n, t)):
                continue
            start = max(n.line, t.line if t is not None else n.line)
            held = between(withheld, start, p.line)
            base = n.amount + (t.amount if t is not None else 0)
            outside = between(free, start, p.line)
            for extra in {Decimal(0), outside}:
                if held and abs(base + extra - held - p.amount) <= TOL:
                    score = p.weight + n.weight + (t.weight if t is not None else 0.0)
                    if best is None or score > best[0]:
                        best = (score, p, n, t, held, extra)
    if best is None:
        return None
    _, p, n, t, held, extra = best
    tax = t.amount if t is not None else None
    ws = (p.weight, n.weight, t.weight if t is not None else 0.0)
    how = "net + tax - withholding = amount payable" if t else "net - withholding = amount payable"
    gross = n.amount + (tax or 0) + extra
    return Totals(gross, n.amount, tax, how, ws, extra or None, held, p.amount)


def payable_after(
    res: Totals, g: Cand, payables: list[Cand], withheld: list[Cand], nets: list[Cand], after: int
) -> Totals:
    """The gross printed before a withholding and the amount payable after it ('Totale
    documento', 'Ritenuta d'acconto', 'Netto a pagare'): noted with the totals, the one that
    closes the arithmetic, else the last (validation then says it does not add up). Printed
    after the net and the tax (*after*: the later of their lines), never among the items."""
    found: list[tuple[bool, int, Decimal, Decimal]] = []
    for p in payables:
        # (one row of a summary table: 'Neto | Impuestos | IRPF | Total')
        row = p.line == g.line and p.how in TABLE and g.how in TABLE
        span = (p.line - 1, p.line + 1) if row else (g.line, p.line)  # (the row's line alone)
        held = between(withheld, *span)
        closes = abs(g.amount - held - p.amount) <= TOL
        # (a net's label counts only when it closes: 'Netto a pagare'; not the net itself)
        if held and (p.line > after or row) and (closes or not any(p is n for n in nets)):
            found.append((closes, p.line, held, p.amount))
    if found:
        _closes, _line, res.withheld, res.payable = max(found)
    return res
