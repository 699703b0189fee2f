"""Which of the candidate totals (:mod:`robot_lib.invoices.totals`) are the invoice's: the
strongest net, tax and gross with net + tax = gross, printed apart from each other.

A triple stands on what the page prints: an unlabelled amount that closes the arithmetic
never outvotes a label that prints the total otherwise, a table's row that does not add up
is not mended from other lines, no tax is as large as its net, and a table's column sums
give way to a total a strong label prints. Where nothing adds up, the best of each is
returned, not cross-checked (the invoice then waits for a person). Also: charges outside
the VAT, income tax withheld, the amount payable after it, a tax the total includes.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import combinations, product

from robot_lib.invoices.totals import (
    KEYS,
    TABLE,
    TOL,
    Cand,
    Totals,
    discounts_off,
    per_line,
    rate_blocks,
    rounded_by_line,
    rounded_under,
)
from robot_lib.invoices.withheld import apart, payable_after, withheld_totals


def _with_charges(
    gross: list[Cand], net: list[Cand], taxes: list[Cand], charges: list[Cand]
) -> Totals | None:
    """net + tax + the charges printed between them and the gross (shipping after the tax,
    a rounding line) = gross: the best such triple, or None. A summary table's row counts the
    charges in its cells ('Taxable Value | IGST | Round Off | Total Value')."""
    best: tuple[float, Cand, Cand, Cand, Decimal] | None = None
    for g, n, t in product(gross, net, taxes):
        row = g.line == n.line == t.line and all(c.how in TABLE for c in (g, n, t))
        if not (row or (n.line < g.line and t.line < g.line and apart(n, t))) or g.amount <= 0:
            continue
        # each line's strongest reading
        lines = per_line(
            charges, *((g.line - 1, g.line + 1) if row else (max(n.line, t.line), g.line))
        )
        if not lines:
            continue
        extra = sum((c.amount for c in lines.values()), Decimal(0))
        # (a row of totals' heads: each charge read under its own, on the row's one line)
        heads = {c.amount for c in charges if row and c.line == g.line and c.cell < 0}
        if len(heads) > 1:
            extra = sum(heads, Decimal(0))
        if extra and abs(n.amount + t.amount + extra - g.amount) <= TOL:  # (0,00: nothing)
            score = g.weight + n.weight + t.weight
            if best is None or score > best[0]:
                best = (score, g, n, t, extra)
    if best is None:
        return None
    _, g, n, t, extra = best
    ws = (g.weight, n.weight, t.weight)
    return Totals(g.amount, n.amount, t.amount, "net + tax + charges = gross", ws, extra)


def _between_subtotal_and_tax(
    gross: list[Cand],
    net: list[Cand],
    taxes: list[Cand],
    discounts: list[Cand],
    charges: list[Cand],
) -> Totals | None:
    """A discount or a charge printed between the subtotal and the tax ('Subtotal 842.00',
    'Discount 10% 84.20', 'VAT 20% 151.56', 'Total 909.36'; a web shop's 'Subtotal: $89.00',
    'Shipping & Handling: $5.00', 'Tax: $7.34', 'Grand Total: $101.34'): when subtotal -
    discount + charges + tax = gross to the cent, what the tax is added to is the net, derived
    (not printed). The best such reading, or None."""
    best: tuple[float, Cand, Cand, Cand, Decimal, Decimal] | None = None
    for g, n, t in product(gross, net, taxes):
        if not n.line < t.line < g.line or g.how not in _PRINTED or g.amount <= 0:
            continue
        off, on = per_line(discounts, n.line, t.line), per_line(charges, n.line, t.line)
        taken = sum((abs(c.amount) for c in off.values()), Decimal(0))
        added = sum((c.amount for c in on.values() if c.line not in off), Decimal(0))
        if not taken < n.amount or not (taken or added):
            continue
        made = n.amount - taken + added
        # (nor where a net printed under the subtotal says otherwise: 'Nettobetrag 263,00')
        if any(n.line < o.line < g.line and o.amount != made and o.how == "label" for o in net):
            continue
        if made + t.amount == g.amount:
            score = g.weight + n.weight + t.weight
            if best is None or score > best[0]:
                best = (score, g, n, t, taken, added)
    if best is None:
        return None
    _, g, n, t, taken, added = best
    ws = (g.weight, n.weight, t.weight)
    parts = [f"less the discount {taken}"] if taken else []
    parts += [f"plus the charges {added}"] if added else []
    note = f"the subtotal {n.amount} {', '.join(parts)} and the tax make the gross"
    res = Totals(g.amount, n.amount - taken + added, t.amount, note, ws)
    res.derived = True
    return res


# a gross read at its label, or the bill's before a payment (the balance and the payments)
_PRINTED = ("label", "before payment")


# the evidence for a gross that includes its tax: what is printed over it adds up to it
SUBTOTAL_AND_CHARGES = "the subtotal and the charges and discounts under it make the gross"
PRINTED_AS_SUBTOTAL = "the gross is printed over it as the subtotal too"
UNTAXED_SUM = "the subtotal and the discounts and charges under it make the gross, no tax printed"


def _made_by(n: Cand, charges: list[Cand], g: Cand) -> bool:
    """Does the subtotal *n*, with the charges (and discounts, negative) printed between it and
    the total *g*, make that total ('Subtotal £95.20', 'Shipping £6.90', 'Total £102.10')?"""
    on = per_line(charges, n.line, g.line)
    return n.line < g.line and n.amount + sum(c.amount for c in on.values()) == g.amount


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


def _charge_between(cands: dict[str, list[Cand]], n: Cand, g: Cand) -> bool:
    """A charge ('Shipping', 'Total Fee') printed between the net and the gross with an
    amount: net + tax = gross then leaves it out."""
    return any(n.line < c.line < g.line and c.amount for c in cands.get("charges", []))


def _outvoted(c: Cand, pool: list[Cand]) -> bool:
    """An unlabelled amount that closes the arithmetic is no net or tax where a label of
    that total at least as strong prints another under it ('Umsatzsteuer 19 % 19,00' under an
    item's quantity 10 that makes 100 + 10 = 110; an amount under 'Subtotal 1440' is that
    subtotal less a discount)."""
    return c.how == "closure" and any(
        o.how == "label" and o.amount != c.amount and o.weight >= c.weight and o.line > c.line
        for o in pool
    )


def _split_row(triple: tuple[Cand, Cand, Cand], pools: tuple[list[Cand], ...]) -> bool:
    """Two totals of a table's row with a third from elsewhere, where the row prints that
    one otherwise ('Total | 51,00 | 10,00 | 60,00' made whole with an item's VAT 9,00): a row
    that does not add up is not mended from other lines."""
    rows = [c.line for c in triple if c.how in TABLE]
    for c, pool in zip(triple, pools, strict=True):
        line = next((x for x in rows if rows.count(x) >= 2 and x != c.line), None)
        if line is not None and any(o.how in TABLE and o.line == line for o in pool):
            return True
    return False


def rate_runs(tax: list[Cand]) -> list[Cand]:
    """One tax line per rate and no tax total ('CGST @ 9%', 'SGST @ 9%'): the sum of every
    stretch of two or more such lines (each at most three lines from the next: a label
    wrapped in its cell takes two), each line by its strongest amount ('VAT (20% on
    £4,675.29) £935.06': the tax, not the base). The arithmetic says which one it is."""
    # ('Total TVA 3,10 €' under the rates' lines is their total, never one of them)
    strongest = sorted(
        (c for c in tax if c.how == "label" and not c.names_total), key=lambda c: c.weight
    )
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
    # a total the page prints under words that name it ('Total Tax Amount 18,001.00'), or a
    # summary table's row, says what the lines add up to: no sum of them says otherwise
    stated = {
        c.amount
        for c in tax
        if c.weight >= 0.8 and (c.how == "table" or (c.how == "label" and c.names_total))
    }
    return [c for c in out if not stated or c.amount in stated]


def _one_rates_nil(t: Cand, tax: list[Cand]) -> bool:
    """A tax of nothing under a label that names no total, where a label that does prints a
    tax ('Umsatzsteuerbetrag 0,00' in the exempt category's block, 'Summe Umsatzsteuer
    5.242,74' over it): one rate's tax, not the invoice's; it would close any amount printed
    under both a net's and a gross's label."""
    return (
        t.amount == 0
        and t.how == "label"
        and not t.names_total
        and any(o.how == "label" and o.names_total and o.amount > 0 for o in tax)
    )


def _printed_otherwise(pool: list[Cand], gross: bool = False) -> list[Cand]:
    """The candidates less a table's column sums where a strong label prints that total
    otherwise ('Total VAT £327.00' under rows whose VAT adds up to £326.00), or for the
    gross any label under the table ('Summe 659,00 €' under rates' rows of 658,00 €; a net's
    'Summe' there may be the gross), or any label a cent off, the rows each rounded ('MVA: kr
    470.13' under rows whose taxes add up to 470.14; 'IGST @ 18.0 ₹ 37,947.54' over a GST
    breakup whose rows make 37,947.53)."""
    labels = [c for c in pool if c.how == "label"]
    return [
        c
        for c in pool
        if c.how != "sums"
        or not any(
            o.amount != c.amount
            and (o.weight >= 0.9 or abs(o.amount - c.amount) <= TOL or (o.line > c.line and gross))
            for o in labels
        )
    ]


def choose(cands: dict[str, list[Cand]]) -> Totals:
    """The best triple with net + tax = gross; else the best of each, not cross-checked."""
    gross, net, tax = (_printed_otherwise(cands[k], k == "gross_total") for k in KEYS)
    by_rate = rate_blocks(net, tax)
    taxes = [t for t in by_rate[1] + rate_runs(tax) if not _one_rates_nil(t, tax)]
    # a net per rate and no net total ('Nettobetrag 7 %', 'Nettobetrag 19 %'): their sums too;
    # and a total printed over the tax lines, the page's last total under them ('Total
    # 1.008,15', 'Umsatzsteuer 7% …', 'Umsatzsteuer 19% …', 'Geforderter Betrag 1.190,13')
    over = [replace(c, how="over the tax") for c in gross if c.how == "label" and c.names_total]
    net = by_rate[0] + rate_runs(net)
    best: tuple[float, Cand, Cand, Cand] | None = None
    # an unlabelled amount that closes net + tax never outvotes a labelled gross that says
    # otherwise ('Razem … 2 165,80', 'Do zapłaty: 2 165,80' against a row's 2 164,80)
    labelled = [c for c in gross if c.how in ("label", *TABLE)]
    rounding = {c.line for c in cands.get("rounded", [])}
    # the tax the total includes, printed under its label ('MwSt. 19% (im Preis enthalten)
    # 36,87 €'): no other amount that closes the sum is the tax (the postage's 'DHL Paket 4,90')
    in_total = {c.amount for c in cands.get("included_tax", [])}
    strong_net = {c.amount for c in net if c.how == "label" and c.weight >= 0.9}
    for g, n, t in product(gross, [*net, *over], taxes):
        if g.amount == 0 or not (apart(g, n) and apart(g, t) and apart(n, t)):
            continue
        if t.how == "closure" and in_total and t.amount not in in_total:
            continue
        # nor does a sum that rests on an unlabelled amount stand against a heavier total that
        # says otherwise (a VAT table's 563,00 + 90,00 = 653,00, 'Totale da pagare 674,93')
        rests = "closure" in (g.how, n.how, t.how)
        if rests and any(
            c.amount != g.amount
            and c.weight >= g.weight
            # (the net itself under a gross's word says nothing against its sum: 'Brutto
            # 6 680,44', 'Vero 1 603,31', 'Yhteensä 8 283,75', a template's wrong word; nor
            # does a total smaller than the net printed above the net and the tax: an item's
            # 'Valore totale: 42.50')
            and (c.line, c.amount) != (n.line, n.amount)
            and not (0 < c.amount < n.amount and c.line < min(n.line, t.line))
            for c in labelled
        ):
            continue
        if any(_outvoted(c, pool) for c, pool in ((n, net), (t, taxes))):
            continue
        if n.how == "over the tax" and not (
            n.line < t.line < g.line and g.how == "label" and t.how in ("label", "sum of rates")
        ):
            continue
        # (a tax of nothing closes any total printed twice: not where a net under a strong word
        # says otherwise, 'TOTAL $57.07' in a box over 'Subtotal $23.11', 'Tax Total (0%)
        # $0.00', 'Total $57.07')
        if n.how == "over the tax" and not t.amount and strong_net - {n.amount}:
            continue
        if _split_row((g, n, t), (gross, net, taxes)):
            continue
        if g.how == "closure" and g.line < min(n.line, t.line):
            continue  # an unlabelled amount above the net and the tax is an item, not their sum
        # nor does a VAT table's sum, or a weaker label, outvote the total printed with a
        # strong label ('With VAT 7 395,36' in the table, 'Total with tax: 7 396,36' below)
        if any(
            c.how == "label"
            and c.amount != g.amount
            and c.weight >= 0.95
            and (g.how in TABLE or c.weight > g.weight)
            and c.line not in rounding  # ('Rounded Grand Total': the same, rounded)
            for c in labelled
        ):
            continue
        if t.amount and abs(t.amount) >= abs(n.amount):
            continue  # no tax is as large as what it is charged on (4 312,50 of tax on 0,00)
        # (a credit note's amounts are all negative: its net is then the larger)
        if abs(n.amount + t.amount - g.amount) <= TOL and abs(n.amount) <= abs(g.amount):
            if _charge_between(cands, n, g):
                continue  # a charge printed between the net and the total is not in it
            score = g.weight + n.weight + t.weight + (0.3 if n.line < g.line else 0)
            if best is None or score > best[0]:
                best = (score, g, n, t)
    withheld = cands.get("withholding", [])
    # the amount payable after a withholding may carry a net's word ('Netto a pagare')
    payables = [c for c in gross + net + cands.get("payable", []) if c.how in ("label", *TABLE)]
    if best is not None:
        _, g, n, t = best
        ws = (g.weight, n.weight, t.weight)
        outside = _tax_free(g, gross + net, cands.get("tax_free", []))
        if outside is not None:  # the invoice's total is larger by a charge outside the VAT
            total, extra = outside
            res = Totals(total.amount, n.amount, t.amount, "net + tax + tax-free charges = gross")
            res.weights, res.charges = (total.weight, n.weight, t.weight), extra
            return res
        # shipping or a fee after the total, and a labelled total again with it ('Total
        # 120,00', 'Porto 10,00', 'Amount due 130,00'): the gross is what the page asks
        later = [c for c in gross if c.how == "label" and c.line > g.line and c.amount > g.amount]
        charged = _with_charges(later, [n], [t], cands.get("charges", []))
        if charged is not None:
            return charged
        billed = rounded_by_line(g, gross, cands.get("charges", []))
        if billed is not None:  # the total as the page bills it, by its rounding line
            off = billed.amount - g.amount
            return Totals(billed.amount, n.amount, t.amount, "net + tax + charges = gross", ws, off)
        rounded = rounded_under(g, cands.get("rounded", []))
        if rounded is not None:  # the total as the page bills it, rounded to the unit
            note = "net + tax = gross, rounded under it"
            return Totals(rounded, n.amount, t.amount, note, ws, rounded - g.amount)
        return payable_after(
            Totals(g.amount, n.amount, t.amount, "net + tax = gross", ws),
            g,
            payables,
            withheld,
            net,
            max(n.line, t.line),
        )
    free = cands.get("tax_free", [])
    held = withheld_totals(payables, net, taxes, withheld, free) if withheld else None
    if held is not None:
        return held
    before_tax = _between_subtotal_and_tax(
        gross, net, taxes, cands.get("discount_after", []), cands.get("charges", [])
    )
    if before_tax is not None:
        return before_tax
    # charges outside the VAT between the tax and the total ('Pfand', 'Kurtaxe') count too
    outside_vat = cands.get("charges", []) + cands.get("tax_free", [])
    # ... and a discount there takes off, whatever its sign
    outside_vat += discounts_off(cands)
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
    # (a discount between the subtotal and the total takes off, whatever its sign)
    charges = cands.get("charges", [])
    charges += discounts_off(cands)
    # ... or a discount or charges between the subtotal and the total ('Subtotal 900.00',
    # 'Discount (10%) 90.00', 'Total 810.00'; 'Subtotal: $24.00', 'Shipping: $6.90', 'Total:
    # $30.90'): the net is what is left after them, the total
    for g, n in product(gross, net) if untaxed else []:
        if g.how == n.how == "label" and 0 < g.amount != n.amount and _made_by(n, charges, g):
            ws = (g.weight, n.weight, 0.0)
            return Totals(g.amount, g.amount, None, UNTAXED_SUM, ws)
    # the tax the total includes, printed after it ('Gesamtsumme 67,60 €', 'enthaltene MwSt.
    # 7 % 3,58 €', 'enthaltene MwSt. 19 % 0,78 €'): the sum of those lines; the net is not
    # printed. The taxes at their rates or the item lines back the total (layout, validation)
    inside = per_line(cands.get("included_tax", []))
    # (the tax in brackets after the total, '(includes £17.02 VAT)', stands on the total's line)
    bracketed = any(c.how == "bracket" for c in cands.get("included_tax", []))
    last = min(inside, default=-1) + bracketed
    before = [g for g in gross if g.how == "label" and g.line < last]
    if inside and not before:
        # 'Summe 150,80 €', 'Enthaltene MwSt. 7 % 9,87 €', 'Gesamtpreis 150,80 €': the total
        # printed over the included tax and again under it, or with the charges printed
        # between ('Sub-total 764.00', 'Shipping 15.00', 'Included GST (10%) Amount: 70.82',
        # 'TOTAL INVOICE 779.00'); the taxes at their rates are to back it (layout)
        first = min(inside)

        def makes(n: Cand, g: Cand) -> bool:
            return n.line < first and _made_by(n, charges, g)

        before = [
            g
            for g in gross
            if g.how == "label" and g.line > first and any(makes(n, g) for n in net)
        ]
        net = [n for n in net if not any(makes(n, g) for g in before)]
    # a word read both as a subtotal and as the total ('Summe 658,00 €') names no net (a
    # table's column names its own: 'Razem | 801,00 | 94,00 | 894,00' under 'Wartość netto')
    read_twice = {(g.line, g.amount) for g in gross}
    net = [n for n in net if n.how in TABLE or (n.line, n.amount) not in read_twice]
    # (a web shop's subtotal over a bracketed tax holds the tax too: no net, unless it makes
    # the total with that tax)
    # (nor one that with the charges under it makes the total, the tax printed as included
    # under that: 'Warenwert 119,99 €', 'Versandkosten 0,00 €', 'Rechnungsbetrag 119,99 €',
    # 'darin enthaltene MwSt. 19 % 19,16 €')
    if (
        inside
        and before
        and (not net or bracketed or all(any(_made_by(n, charges, g) for g in before) for n in net))
    ):
        total = max(before, key=lambda c: (c.weight, c.line))
        included = sum((abs(c.amount) for c in inside.values()), Decimal(0))
        if 0 < included < total.amount and not any(
            abs(n.amount + included - total.amount) <= TOL or n.line > total.line for n in net
        ):
            found = Totals(total.amount, None, included, weights=(total.weight, 0.0, 0.9))
            found.included = True
            # a total after it larger by what is outside the VAT ('Gutschein (keine USt.)', a
            # voucher sold; a donation): the invoice's total, those its charges
            outside = _tax_free(total, gross, cands.get("tax_free", []))
            if outside is not None:
                found.gross, found.charges = outside[0].amount, outside[1]
            if any(_made_by(n, charges, total) for n in net):
                found.checked = SUBTOTAL_AND_CHARGES
            return found
    # a subtotal that already holds the tax ('Subtotal 538,71 €', 'MwSt. gesamt 95,57 €',
    # 'Gesamtbetrag 538,71 €'): the tax is included in the total; no net is printed. Or the
    # charges printed under it make the total without the tax ('Subtotal price: £111.00',
    # 'Total tax: £20.50', 'Shipping: £12.00', 'Total price: £123.00')
    for g, n in product(gross, net):
        if g.how != "label" or not n.line < g.line or not _made_by(n, charges, g):
            continue
        on = per_line(charges, n.line, g.line)
        within = [
            t
            for t in tax
            if n.line < t.line < g.line and 0 < t.amount < g.amount and t.line not in on
        ]
        # (one tax, maybe printed twice: 'Steuer: 23,22 €' over its one rate's 'Steuer 19%:
        # 23,22 €')
        if len({t.amount for t in within}) == 1 and all(t.how == "label" for t in within):
            t = max(within, key=lambda c: c.weight)
            found = Totals(g.amount, None, t.amount)
            found.weights, found.included = (g.weight, 0.0, t.weight), True
            found.checked = SUBTOTAL_AND_CHARGES if g.amount != n.amount else PRINTED_AS_SUBTOTAL
            return found
    # no tax printed: the best gross printed again under another total's label ('Total' and
    # 'Amount paid'), the strongest repeat a receipt has
    labelled = [g for g in gross if g.how == "label" and g.amount > 0]
    if labelled and untaxed:
        top = max(labelled, key=lambda c: (c.weight, c.line))
        # a weaker total over it, the same amount, alone on its line: a subtotal, the net
        # ('Total 355,25' over 'Geforderter Betrag 355,25'); not a payment ('Deposited
        # $101.00', a weak word), nor an item table's sum row ('Total | 2 | 839.00 | … | 739.00')
        sub = [
            g
            for g in labelled
            if g.amount == top.amount
            and g.line < top.line
            and not any(o.line == g.line and o.amount != g.amount for o in gross)
        ]
        if any(0.5 <= g.weight < top.weight for g in sub) and top.weight >= 0.8:
            ws = (top.weight, max(g.weight for g in sub if g.weight < top.weight), 0.0)
            return Totals(top.amount, top.amount, None, "net = gross, no tax printed", ws)
        # (not where a net under a strong word is less, and nothing read makes it the total:
        # the tax's word is one no rule knows)
        unmade = any(
            n.how == "label"
            and n.weight >= 0.9
            and 0 < n.amount < top.amount
            and n.line < top.line
            and not _made_by(n, charges, top)
            for n in net
        )
        if not unmade and any(g.amount == top.amount and g.line != top.line for g in labelled):
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
    if res.gross is None and res.tax is None and res.net is not None and nw < 0.6 and untaxed:
        # one sum under a weak word ('Charges', 'Summe') and no tax or total printed: it is
        # what the page charges, its gross
        res.gross, res.net, res.weights = res.net, None, (nw, 0.0, 0.0)
    return res
