"""Reasons to wait when the totals rest on one tax rate's rows while the page prints others
(:func:`one_rate`), or the tax is not the rate's share of the net (:func:`tax_over_rate`,
:func:`tax_of_one_rate`); the net under a discount printed after the tax, told by the rate
(:func:`discounted`); a tax printed as the VAT less an income tax withheld, told by the two
rates (:func:`withheld_within`), or a withholding named and none read
(:func:`unread_withholding`); a charge after the tax taxed on a line of its own
(:func:`charge_taxed`); and the rates a text prints (:func:`rates_in`), all 0 % on the
item rows (:func:`zero_rated`); a tax the item rows' own rates do not make
(:func:`items_at_their_rates`); a tax read under a label that names fees too
(:func:`tax_with_fees`)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.itemsums import TAX_HEAD_WORD
from robot_lib.invoices.parse import CENTS, fold
from robot_lib.invoices.totals import TABLE, Cand, Totals, money, per_line

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit, TextLine

# a tax rate: '19 %', '7,5%' (not the end of '1,00,000.009%')
_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def rates_in(text: str) -> list[str]:
    """The tax rates *text* prints, left to right, with a point for their decimals ('7.5')."""
    return [m.group(1).replace(",", ".") for m in _RATE.finditer(text)]


def zero_rated(rows: list[TextLine]) -> bool:
    """Do the item rows print rates, each of them 0 % ('Strategy workshop | 0% | 1,200.00 | 1 |
    1,200.00'), or say in their tax's column that there is none ('No VAT')? Then no tax total
    is to be read."""
    # (every percentage, of any length: '8.875%' is no 0 %)
    rates = [Decimal(r.replace(",", ".")) for ln in rows for r in _ANY_RATE.findall(ln.text)]
    untaxed = any(_NO_TAX.search(ln.folded) for ln in rows)
    return bool(rates or untaxed) and not any(rates)


def dashed(rows: list[TextLine], spans: list[tuple[float, float]]) -> bool:
    """Does every item row print a dash alone under the tax's column heads (*spans*, their x
    ranges), or nothing at all (an ERP's 'Taxes' column left empty), and no rate anywhere
    ('2026-03-09 | Contribution | 1 | $25.00 | - | $25.00')? The column says no tax is
    charged: no tax total is to be read."""
    under = [
        w.text
        for ln in rows
        if CENTS.search(ln.text)  # (an item's row: no line of its text, no total's label)
        for w in ln.words
        if any(x0 - 6 <= (w.x0 + w.x1) / 2 <= x1 + 6 for x0, x1 in spans)
    ]
    dashes = [t for t in under if t in ("-", "\u2013", "\u2014")]
    return (
        bool(spans and rows)
        and len(dashes) == len(under)
        and not any(_ANY_RATE.search(ln.text) for ln in rows)
    )


_ANY_RATE = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")
# an item's tax cell that says it bears none: 'No VAT', 'No tax', 'Keine MwSt.'
_NO_TAX = re.compile(
    r"(?:^|\s)(?:no|keine?)\s+(?:vat|tax|sales\s*tax|gst|mwst|ust|tva|iva|btw|moms)\b(?!\s*(?:no|nr|#|id))"
)


def one_rate(lines: list[TextLine], cands: dict[str, list[Cand]], res: Totals) -> str | None:
    """The reason to wait when the gross and the net or tax were read from one tax rate's rows
    ('Netto 19 % 200,00' … 'Brutto 19 % 238,00') and the page labels another rate's amounts
    too ('Netto 7 % 392,52'): the invoice's totals are all its rates' together, and the label
    that prints them was not read. None otherwise."""

    def rates(field: str, amount: Decimal | None = None) -> set[str]:
        return {
            r
            for c in cands.get(field, [])
            if c.how == "label" and (amount is None or c.amount == amount)
            for r in rates_in(lines[c.line].text)
        }

    if res.gross is None:
        return None
    mine = rates("gross_total", res.gross) & (
        rates("net_total", res.net) | (rates("tax_total", res.tax) if res.tax else set())
    )
    others = (rates("net_total") | rates("tax_total") | rates("gross_total")) - mine
    if not mine or not others:
        return None
    return (
        f"the totals read are the {'/'.join(sorted(mine))} % rate's alone, and the "
        f"page prints the {'/'.join(sorted(others))} % rate's too: where is their total?"
    )


def tax_over_rate(lines: list[TextLine], cands: dict[str, list[Cand]], res: Totals) -> str | None:
    """The reason to wait when the tax read is more than the one rate its line prints allows
    on the whole net ('DPH 20% 113,09' on a base of 452,38: 90,48 at most): a template that
    takes the rate of the price with the tax, or a rate misprinted. Less tax than the rate
    gives is no sign of error (a part of the net may bear no tax). None otherwise."""
    if res.net is None or res.tax is None or res.net <= 0 or res.tax <= 0:
        return None
    labelled = [c for c in cands.get("tax_total", []) if c.how == "label"]
    if any(c.amount > 0 and c.amount != res.tax for c in labelled):
        return None  # more than one tax printed ('CGST 9,000.00', 'SGST 9,000.00'): each its own
    return over_its_rate(res.tax, res.net, {lines[c.line].text for c in labelled})


def over_its_rate(tax: Decimal, net: Decimal, texts: set[str]) -> str | None:
    """The reason to wait when the lines of *texts* that print the *tax* print one rate, and
    the tax is more than that rate of the *net*; None otherwise."""
    at = {t for t in texts if any(v == tax for v, _s, _e in money(t))}
    # one rate printed once: not two taxes at one rate ('9% | 9,000.00 | 9% | 9,000.00',
    # India's central and state tax)
    printed = [r for t in at for r in rates_in(t)]
    if len(printed) != 1:
        return None
    rate = Decimal(printed[0])
    most = net * rate / 100
    if tax - most <= Decimal("0.05") + tax / 200:  # each line's tax rounded
        return None
    return (
        f"the tax {tax} is more than {rate} % of the net {net} "
        f"({most.quantize(Decimal('0.01'))}): is the rate or the tax misprinted?"
    )


def items_at_their_rates(rows: list[tuple[str, Decimal]], net: Decimal, tax: Decimal) -> str | None:
    """The reason to wait when each item row prints one rate and its net (*rows*: its text, its
    net), the rows make the *net*, and their rates make another tax than the *tax* read (each
    row's tax rounded to the cent; or each rounded to the whole unit where every row prints its
    tax so, and they make the tax read: forints are taxed in whole forints); None otherwise."""
    rates = [rates_in(text) for text, _net in rows]
    if not rows or any(len(r) != 1 for r in rates) or sum(n for _t, n in rows) != net:
        return None
    shares = [n * Decimal(r[0]) / 100 for (_t, n), r in zip(rows, rates, strict=True)]
    due = sum(shares, Decimal(0))
    # (each row's tax rounded, and its net where a gross price was split: '3 × £99.17 net')
    if abs(due - tax) <= Decimal("0.02") + Decimal("0.01") * len(rows):
        return None
    whole = [t.quantize(Decimal(1), ROUND_HALF_UP) for t in shares]
    printed = all(
        any(v == w for v, _s, _e in money(text)) for (text, _n), w in zip(rows, whole, strict=True)
    )
    if printed and sum(whole, Decimal(0)) == tax:
        return None
    return (
        f"the items' rates make a tax of {due.quantize(Decimal('0.01'))}, the tax read is "
        f"{tax}: is a rate or the tax misprinted?"
    )


def tax_of_one_rate(lines: list[TextLine], cands: dict[str, list[Cand]], res: Totals) -> str | None:
    """The reason to wait when the tax read stands on one rate's line ('10 % IVA 32,27 €
    35,50 € 3,23 €') and another line of its page prints another rate's tax ('21 % IVA …
    99,50 €'): a taxes table whose heads were not read, where one rate's amounts may add up
    to the total with another's (its gross values do). None otherwise."""
    if res.tax is None or res.tax <= 0:
        return None
    labelled = [c for c in cands.get("tax_total", []) if c.how == "label" and c.amount > 0]
    own = _read_as(cands, res.tax)
    mine = {c.line for c in own}
    rates = {r for c in own for r in rates_in(_cell_text(lines, c))}
    if len(rates) != 1:
        return None
    pages = {lines[i].page for i in mine}
    others = {
        r
        for c in labelled
        if c.line not in mine and lines[c.line].page in pages  # (a later page: another bill's)
        for r in rates_in(_cell_text(lines, c))
        if Decimal(r)  # (0 % taxes nothing: an item's '0%' discount beside 'PPN' and its net)
    } - rates
    if not others:
        return None
    return (
        f"the tax {res.tax} read is the {rates.pop()} % rate's alone, and the page prints the "
        f"{'/'.join(sorted(others))} % rate's tax too: where is their total?"
    )


# a tax's label that names fees or charges with it ('Taxes, fees and charges', 'Taxes & fees',
# 'Steuern und Gebühren'; folded text): its amount may be an airport's charges or a registry's
# fee, no VAT
_WITH_FEES = re.compile(
    r"\btax(?:es)?\s*(?:,|&|and|\+)\s*(?:fees|charges|surcharges)\b|"
    r"\b(?:fees|charges)\s*(?:,|&|and)\s*tax(?:es)?\b|\bsteuern\s*(?:und|&)\s*gebuhren\b|"
    r"\btaxes\s*et\s*(?:frais|redevances)\b|\btasas\s*y\s*cargos\b"
)


def tax_with_fees(lines: list[TextLine], cands: dict[str, list[Cand]], res: Totals) -> str | None:
    """The reason to wait when the tax read stands only under a label that names fees or
    charges with it, no rate printed ('Taxes, fees and charges EUR 86.42' on an airline's
    ticket, its flight exempt from VAT): the amount may be no tax. None otherwise."""
    if res.tax is None or res.tax <= 0:
        return None
    own = _read_as(cands, res.tax)
    texts = [_cell_text(lines, c) for c in own]
    if not own or not all(_WITH_FEES.search(fold(t)) and not rates_in(t) for t in texts):
        return None
    label = " ".join(texts[0].split())
    return f"the tax {res.tax} is read under '{label}', which names fees or charges too: is it the tax?"


def _read_as(cands: dict[str, list[Cand]], tax: Decimal) -> list[Cand]:
    """The tax's candidates read under a label with the amount *tax*."""
    return [c for c in cands.get("tax_total", []) if c.how == "label" and c.amount == tax]


def _cell_text(lines: list[TextLine], c: Cand) -> str:
    """The text of the cell of its line *c*'s label stands in: a block beside it on the same
    printed line is another's ('Total IVA 233,16 €' level with a VAT table's row 'IVA 23% …');
    the whole line when it was read beside or under its label."""
    ln = lines[c.line]
    cells = ln.cells
    if 0 <= c.cell < len(cells):
        a, b = cells[c.cell]
        return ln.text[a:b]
    return ln.text


def discounted(lines: list[TextLine], cands: dict[str, list[Cand]], res: Totals) -> Totals:
    """*res*, or, when a discount printed after the tax closes it ('Subtotal 415,00', 'VAT
    (19%) 74,91', 'Discount (5%) 20,75', 'Total 469,16') and the tax is its line's one rate of
    the subtotal less the discount, not of the subtotal, the totals with that net: the tax was
    reckoned after the discount. (A coupon taken off after the tax leaves the tax the rate of
    the whole subtotal, and the subtotal the net.) So too a charge in a row of totals under
    their heads, the tax one of the rates the heads print ('Subtotal | Brændstoftillæg 9,5 % |
    Moms 25 % | Ialt' over their amounts): the tax reckoned with the charge, it is in the net."""
    if not res.charges or res.net is None or not res.tax:
        return res
    at = [c.line for c in cands.get("tax_total", []) if c.how == "label" and c.amount == res.tax]
    printed = {r for i in at for r in rates_in(lines[i].text)}
    row = [c.line for c in cands.get("tax_total", []) if c.how in TABLE and c.amount == res.tax]
    if res.charges < 0 and len(printed) != 1:
        return res
    if res.charges > 0:  # (the rates of the heads over the row)
        printed = {r for i in row if i > 0 for r in rates_in(lines[i - 1].text)}
    cent = Decimal("0.01")
    base = res.net + res.charges
    for rate in (Decimal(r) / 100 for r in printed):
        if abs(base * rate - res.tax) <= cent and abs(res.net * rate - res.tax) > cent:
            how = "net - discount" if res.charges < 0 else "net + charge"
            return replace(res, net=base, charges=None, checked=f"{how} + tax = gross (the rate)")
    return res


def charge_taxed(lines: list[TextLine], cands: dict[str, list[Cand]], res: Totals) -> Totals:
    """*res*, or, when the charges printed after the tax are a charge and, on the next line,
    its own tax (:func:`taxes_charge`), the totals with the charge taxed: its amount part of
    the net, its tax part of the tax."""
    if res.charges is None or res.net is None or res.tax is None:
        return res
    found = per_line(cands.get("charges", []))  # each line's strongest reading
    for i, c in sorted(found.items()):
        t = found.get(i + 1)
        if t is None or not taxes_charge(lines, i, c.amount, t.amount):
            continue
        rest = res.charges - c.amount - t.amount
        why = "net + tax = gross, a charge taxed on a line of its own at its rate"
        return replace(
            res,
            net=res.net + c.amount,
            tax=res.tax + t.amount,
            charges=rest or None,
            checked=why if not rest else res.checked,
        )
    return res


def taxes_charge(lines: list[TextLine], at: int, charge: Decimal, tax: Decimal) -> bool:
    """The line after line *at* prints *tax*, a tax's word and one rate, the rate of the
    *charge* printed on line *at* to the cent: the charge's own tax ('Shipping & Handling
    Charges 40.00' over 'Shipping & Handling Tax:(18%) 7.20')."""
    nxt = lines[at + 1] if at + 1 < len(lines) else None
    if nxt is None or charge <= 0 or tax <= 0 or not TAX_HEAD_WORD.search(nxt.folded):
        return False
    rates = rates_in(nxt.text)
    cent = Decimal("0.01")
    return (
        len(rates) == 1 and (charge * Decimal(rates[0]) / 100).quantize(cent, ROUND_HALF_UP) == tax
    )


def rate_after(h: Hit) -> Decimal | None:
    """The rate printed right after a label ('IRPF 15%', 'Retención IRPF (15 %)', 'IVA 21%'),
    or None."""
    m = _RATE_AFTER.match(h.line.folded, h.end)
    return Decimal(m.group(1).replace(",", ".")) if m else None


_RATE_AFTER = re.compile(r"[\s(:]*(?:[^\W\d]+\.?\s*){0,2}?\(?\s*(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def withheld_within(res: Totals, vat_rates: set[Decimal], held_rates: set[Decimal]) -> Totals:
    """*res*, or, when the tax read is the VAT less an income tax the customer withholds (one
    'Taxes 177,96 €' under item rows that name 'IVA 21%' and 'IRPF 15%'): the page names one
    VAT rate (*vat_rates*) and one withholding's (*held_rates*), no amount withheld was read,
    and the net at the VAT rate less the net at the withholding's makes the tax printed to the
    cent, the totals with the VAT as the tax, the gross before the withholding, and the total
    printed as the amount payable (net + tax - withheld = payable)."""
    net, tax, gross = res.net, res.tax, res.gross
    if res.withheld is not None or net is None or not tax or gross is None:
        return res
    if len(vat_rates) != 1 or len(held_rates) != 1:
        return res
    cent = Decimal("0.01")
    (v,), (w,) = vat_rates, held_rates
    vat = (net * v / 100).quantize(cent, ROUND_HALF_UP)
    held = (net * w / 100).quantize(cent, ROUND_HALF_UP)
    if abs(vat - held - tax) > cent or abs(net + tax - gross) > cent or held >= vat:
        return res
    why = (
        f"net + tax - withheld = total: the tax printed is the VAT at {v} % less the income "
        f"tax withheld at {w} %"
    )
    return replace(res, gross=net + vat, tax=vat, withheld=held, payable=gross, checked=why)


def unread_withholding(held_rates: set[Decimal], res: Totals) -> str | None:
    """The reason to wait when the page names an income tax withheld at a rate ('IRPF 15%' in
    the item rows) and no amount withheld was read: the total read may be what is left to pay
    after it, not the gross. None otherwise."""
    if not held_rates or res.withheld is not None or res.gross is None:
        return None
    rates = "/".join(f"{r}" for r in sorted(held_rates))
    return (
        f"the page names an income tax withheld at {rates} %, but no amount withheld was read: "
        f"is {res.gross} the amount payable after it, not the gross?"
    )
