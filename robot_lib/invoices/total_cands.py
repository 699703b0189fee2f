"""The candidates for the net, tax and gross totals a page's labels give (an amount right of
its label, beside it or under it), with those of its summary tables (:mod:`summary_tables`),
its item table's sums (:mod:`itemsums`), a tax in brackets after the total and the unlabelled
amounts that close the arithmetic (:func:`totals.closures`). :mod:`choosing` picks the three
that go together."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices import payments, totals
from robot_lib.invoices.itemsums import column_sums, foot_sum, item_sum_candidates
from robot_lib.invoices.label_line import absorbed, identifier, rate_head, right_text
from robot_lib.invoices.labels import TOTAL_RX
from robot_lib.invoices.labels_beside import NO_VAT, REVERSE_CHARGE
from robot_lib.invoices.labels_totals import NET_PARTS
from robot_lib.invoices.lines import cell_amounts
from robot_lib.invoices.money_columns import converted_amounts
from robot_lib.invoices.parse import CENTS, amounts_in
from robot_lib.invoices.rate_bases import rate_base_cands
from robot_lib.invoices.summary_tables import table_candidates
from robot_lib.invoices.total_rows import bracketed_tax, dated_row, tax_row
from robot_lib.invoices.wrapped_cells import wrapped_cell

if TYPE_CHECKING:
    from robot_lib.invoices.layout import LayoutExtractor
    from robot_lib.invoices.lines import Hit, TextLine


def total_candidates(lx: LayoutExtractor) -> dict[str, list[totals.Cand]]:
    """field -> candidates from labelled lines (right or below), summary tables and
    unlabelled amounts that close the arithmetic."""
    all_hits = {f: lx.labels(f) for f in TOTAL_RX}
    all_hits["withholding"] += totals.continued(lx.lines, all_hits, "withholding")
    flat = [h for hs in all_hits.values() for h in hs]
    out: dict[str, list[totals.Cand]] = {f: [] for f in TOTAL_RX}
    # a withholding's line ('IVA retenido'), an item's own tax row, is no net, tax or gross
    held = {h.line.index for h in all_hits["withholding"]} | lx.details
    converted = converted_amounts(lx.lines)  # ('EUROS | FRANCS': the francs)
    tax_words = {id(h) for h in all_hits["tax_total"]}
    no_tax = [h for h in flat if id(h) not in tax_words]
    # (an amount another field's label stands right over: that box's, beside this one)
    owned = _stacked_values(lx, all_hits)
    theirs_of = {f: frozenset(k for k, g in owned.items() if g != f) for f in all_hits}
    for f, hits in all_hits.items():
        for h in hits:
            if f in totals.KEYS and h.line.index in held:
                continue
            # a line that carries several total labels keeps only the strongest per span;
            # one word read as two ('Summe': a subtotal's or the total's) stays both ways,
            # for the arithmetic to decide
            if any(
                o is not h
                and o.line is h.line
                and o.start < h.end
                and h.start < o.end
                and o.weight > h.weight
                and (o.start, o.end) != (h.start, h.end)
                # a longer label holds the shorter: 'Total commission' beats its 'Total'
                and not (h.start <= o.start and o.end <= h.end)
                for o in flat
            ):
                continue
            outlay = f == "net_total" and _untaxed_after_tax(h, all_hits)
            if f == "discount_after" and _totalled(h, all_hits["gross_total"]):
                pass  # 'Total Discount', 'Toplam İskonto': the discount's own total
            elif outlay:
                pass  # 'Débours : Registre foncier (hors TVA)': the outlay's words read through
            elif f == "tax_free" and NO_VAT.match(h.line.folded, h.start):
                pass  # '… Versicherungsteuer (nicht umsatzsteuerbar) 78,50': the charge's own
            elif f == "tax_free" and absorbed(h, flat) and not absorbed(h, no_tax):
                pass  # 'Podatek PCC pobrany jako płatnik': read through by a tax's word only
            elif absorbed(h, flat) or identifier(h) or dated_row(h) or _product(h):
                continue  # read through, 'VAT Reg. No. GB 284…' (an identifier), a ledger row
            if f in totals.KEYS and _charge_column(lx.lines, h):
                continue  # a charge's own 'HT', 'TVA' and 'TTC' under its head: a part
            text = right_text(h, flat)
            found = totals.amounts_right(text)
            found = [(v, w) for v, w in found if v not in converted.get(h.line.index, ())]
            theirs = theirs_of[f]
            found = [(v, w) for v, w in found if (h.line.index, v) not in theirs]
            if f == "gross_total":  # (a rate's base over its rate and tax: no gross)
                found = [(v, w) for v, w in found if not _rate_base(lx.lines, h.line.index, v)]
            # 'VAT (reverse charge) @ 20% £1,464.00': the customer's to account for, not
            # charged (its nothing stays: 'BTW verlegd € 0,00'); nor is an amount whose label
            # says it carries no VAT ('Versicherung … (nicht umsatzsteuerbar)'): a charge
            # outside the VAT, its words maybe wrapped in their cell
            if f == "tax_total" and (
                REVERSE_CHARGE.search(h.line.folded) or NO_VAT.search(h.line.folded)
            ):
                found = [(v, w) for v, w in found if not v]
            if not found and rate_head(h):
                continue  # 'MwSt%' heads the rates, whatever stands under it
            if f == "charges" and tax_row(text, found):
                continue  # a tax table's row: the charge's base and its tax
            line, weight = h.line.index, h.weight
            # 'Auslagen Handelsregisteramt (ohne MWST)' under the VAT: outside it
            kind = "tax_free" if outlay else f
            # the cell of its line it stands in (two blocks side by side share a printed line)
            cell = next((k for k, (a, b) in enumerate(h.line.cells) if a <= h.start < b), 0)
            side = None
            # nothing, or a bare number ('19' of '19 %' wrapped), or a rate ('KDV(%20.00)')
            if not any(CENTS.search(text, s, e) for _v, s, e in totals.money(text)):
                side = totals.beside(lx.lines, h) or wrapped_cell(lx.lines, h)
            if side is not None and (side[1], side[0]) in theirs:
                side = None
            if side is not None and f == "tax_total" and side[0]:
                if NO_VAT.search(_wrapped(lx.lines, h.line, side[1])):
                    out["tax_free"].append(totals.Cand(side[0], weight, side[1], "label"))
                    continue
            if side is not None:
                found, line, cell = [(side[0], 1.0)], side[1], -1
            elif not found and not lx._item_head(h.line):  # not an item column
                below = totals.under(lx.lines, h, theirs=theirs)
                if below is not None:
                    found, line, weight, cell = [(below[0], 1.0)], below[1], weight * 0.9, -1
            # later in the document = closer to the totals area
            pos = h.line.index / max(1, len(lx.lines))
            # (a part of the net by how the VAT treats it names no total: 'Summe steuerfreie
            # Leistungen')
            names_total = (
                "%" not in h.line.text
                and bool(_TOTAL_WORD.search(h.line.folded, h.start, h.end))
                and not _NET_PART.fullmatch(h.line.folded, h.start, h.end)
            )
            paid = f == "gross_total" and payments.PAID_RX.fullmatch(h.line.folded, h.start, h.end)
            for amount, w in found:
                amount = -amount if paid and amount < 0 else amount  # paid, as a credit
                w = weight * w * (0.85 + 0.15 * pos)
                out[kind].append(totals.Cand(amount, w, line, "label", names_total, cell))
    for run in _rows_per_rate(lx.lines):
        # one label's row per rate: parts of the total its label names most strongly (their
        # sum one more candidate of it), none of another's ('MWST Basis' names no tax)
        rows = {f: totals.per_line([c for c in out[f] if c.how == "label"]) for f in totals.KEYS}
        full = [f for f in totals.KEYS if all(i in rows[f] for i in run)]
        if not full:
            continue
        f = max(full, key=lambda k: min(rows[k][i].weight for i in run))
        s = sum((rows[f][i].amount for i in run), Decimal(0))
        w = 0.9 * min(rows[f][i].weight for i in run)
        for k in totals.KEYS:
            if k != f:
                out[k] = [c for c in out[k] if not (c.how == "label" and c.line in run)]
        out[f].append(totals.Cand(s, w, run[-1], "sum of rates"))
    for f, cs in rate_base_cands(all_hits["tax_total"], out["gross_total"]).items():
        out[f].extend(cs)  # a rate's line with its base: 'Btw 21% over € 192,12 € 40,34'
    out["net_total"] = _parts_dropped(out["net_total"])
    tables, beside, rated = table_candidates(lx.lines, all_hits)
    for f, cs in tables.items():
        # a column's head reads its amounts under it, not the next block's on its line; a
        # label reads no rate row's amounts on its line
        out[f] = [
            c
            for c in out[f]
            if not (c.how == "label" and (c.line in beside or (c.line, c.amount) in rated))
        ] + cs
    sums = item_sum_candidates(lx.lines)
    if not sums["net_total"]:
        sums = column_sums(lx.lines)  # the lines' values and taxes added up in the table's foot
    grand = lx.grand_row
    if not sums["tax_total"] and grand is not None:
        how = "rows" if grand.backed else "table"
        sums["tax_total"].append(totals.Cand(grand.tax, 1.0, grand.at, how))
        sums["gross_total"].append(totals.Cand(grand.total, 1.0, grand.at, how))
        if grand.backed:  # the rows of totals over it are its parts, no net or total
            out = {
                f: [c for c in cs if not grand.first <= c.line <= grand.at] for f, cs in out.items()
            }
    for f, cs in sums.items():
        out[f].extend(cs)
    if not out["gross_total"]:
        out["gross_total"] = foot_sum(lx.lines)  # the items' sum alone in the table's foot
    for v, at in bracketed_tax(lx.lines, all_hits["gross_total"]):
        out["included_tax"].append(totals.Cand(v, 0.9, at, "bracket"))
    if any(c.amount > 0 for c in out["gross_total"]):
        # 'Balance Due $0.00' after a payment is what is left, not what was billed
        out["gross_total"] = [c for c in out["gross_total"] if c.amount != 0]
    out["gross_total"] = payments.left_after_payment(lx.lines, out["gross_total"])
    out["gross_total"] = payments.billed_before_payment(lx.lines, out)
    first = min((h.line.index for h in flat), default=0)
    printed = lx._printed
    # a charge's or a withholding's line ('Shipping $15') closes nothing (a tax the total
    # includes, 'dont TVA 10 % 3,73', is still the tax; 'Less discount 1436' may be the net)
    kinds = (*totals.KEYS, "included_tax", "discount_after")
    other = {c.line for f, cs in out.items() if f not in kinds for c in cs}
    printed = {v: [i for i in at if i not in other] for v, at in printed.items()}
    taxed = frozenset(h.line.index for h in all_hits["tax_total"])
    for f, cs in totals.closures(out, printed, first, taxed).items():
        out[f].extend(cs)
    return out


def _untaxed_after_tax(h: Hit, hits: dict[str, list[Hit]]) -> bool:
    """A thing's name said to be without the VAT, no sum's word (nor in a compound:
    'Rechnungssumme ohne USt.', 'Celkem bez DPH') nor rate, under the tax of a net printed above
    that tax ('Honorar (ohne MwSt.) 1 040,00', 'MWST 8,1 % 84,24', 'Auslagen Handelsregisteramt
    (ohne MWST) 45,00'): a charge outside the VAT, no net. In a row of totals' heads, the
    same right of the tax's head right of a net's ('Honoraires HTVA | TVA 17 % | Droits
    d'enregistrement (hors TVA) | Total à payer')."""
    ln, nets = h.line, hits["net_total"]
    # (the tax's word inside a net's label is no tax line: 'Honorar (ohne MwSt.)')
    taxes = [
        t
        for t in hits["tax_total"]
        if not any(n.line is t.line and n.start <= t.start and t.end <= n.end for n in nets)
    ]
    start, end = ln.cell_at(h.start) or (h.start, h.end)
    before = [t.start for t in taxes if t.line is ln and t.end <= start]
    if before:  # a row of heads: its own cell, the heads left of it
        tax, net = True, any(n.line is ln and n.end <= max(before) for n in nets)
    else:
        start, end = 0, len(ln.folded)
        above = [t.line.index for t in taxes if t.line.index < ln.index]
        tax, net = bool(above), bool(above) and any(n.line.index < max(above) for n in nets)
    said = NO_VAT.search(ln.folded, start, end) or _SAID_WITHOUT.search(ln.folded, start, end)
    return (
        tax
        and net
        and said is not None
        and "%" not in ln.text[start:end]
        and not _SUM_IN.search(ln.folded, start, said.start())
    )


def _parts_dropped(net: list[totals.Cand]) -> list[totals.Cand]:
    """Subtotals of the bill's parts right over their sum ('Time Entry Sub-Total' and
    'Expense Sub-Total' over 'Sub-Total'; 'Parts' and 'Labour' subtotals): the sum is the
    net, each part none (the two parts make no net and tax)."""
    at = totals.per_line([c for c in net if c.how == "label"])
    parts: set[int] = set()
    for line, c in at.items():
        run: list[int] = []  # the lines right over it, each with a net, nearest first
        while line - 1 - len(run) in at:
            run.append(line - 1 - len(run))
        for k in range(2, len(run) + 1):
            if sum((at[i].amount for i in run[:k]), Decimal(0)) == c.amount:
                parts.update(run[:k])
                break
    return [c for c in net if not (c.how == "label" and c.line in parts)]


def _totalled(h: Hit, gross: list[Hit]) -> bool:
    """Does a bare total's word ('Total', 'Toplam': a gross label of the least weight) stand
    right before the discount's label *h* ('Total Discount', 'Toplam İskonto')?"""
    return any(
        g.line is h.line and g.weight <= 0.6 and h.line.text[g.end : h.start].strip() == ""
        for g in gross
    )


_NET_PART = re.compile(NET_PARTS)
# a sum's word, alone or at the end of a compound ('Rechnungssumme', 'Nettobetrag', 'Celkem')
_SUM_IN = re.compile(
    r"summe|betrag|total|gesamt|amount|montant|importe|bedrag|netto|\bnet\b|celke[mw]|razem|"
    r"\bsuma\b|ukupno|skupaj|spolu|zaklad|osnov|yhteensa|summa|totaal|toplam|osszes|importo|"
    r"imponibile|\bbase\b|valor"
)
# a thing's name said to be without the VAT in other words than :data:`NO_VAT`'s: 'Správní
# poplatky – přefakturace bez DPH', 'Débours : Registre foncier (hors TVA)'
_SAID_WITHOUT = re.compile(
    r"\b(?:bez|sans|hors|senza|sin|sem|zonder|without|uten|utan|ilman)\s*"
    r"(?:dph|tva|iva|vat|btw|mva|moms|alv)\b"
)
# a total's word in a tax label ('Total TVA', 'Summe MwSt', 'Razem VAT'; folded text)
_TOTAL_WORD = re.compile(
    r"\b(?:total\w*|totaal|summe|summa|suma|gesamt\w*|razem|celkem|ukupno|spolu|i\s*alt)\b"
)


# a charge's head among the heads of a box of totals ('PORT', 'SHIPPING', 'Portes'; folded)
_CHARGE_HEAD = re.compile(
    r"(?:frais\s*de\s*)?port|shipping|delivery|freight|portes|envio|versand\w*|spedizione"
)


def _stacked_values(
    lx: LayoutExtractor, hits: dict[str, list[Hit]]
) -> dict[tuple[int, Decimal], str]:
    """Amounts set right under a total's label in boxes side by side, each label over its
    value ('TVA 21%' over '345.82', 'TOTAL' over '1992.56'): (line, amount) -> that label's
    field. An amount printed on another label's line, across the gap to the next box ('Bază
    calcul' and the next box's '1992.56'), is not that other label's. Not under item heads."""
    out: dict[tuple[int, Decimal], str] = {}
    flat = [(f, h) for f, hs in hits.items() for h in hs]
    for f, h in flat:
        ln = h.line
        x1 = ln.span_x(h.start, h.end)[1]
        if lx._item_head(ln) or any(a0 > x1 for _v, a0, _a1 in totals.amounts_x(ln)):
            continue  # its value beside it, or a column's head
        a, b = ln.cell_at(h.start) or (h.start, h.end)
        if any(o.line is ln and a <= o.start < b and o.weight > h.weight for _g, o in flat):
            continue  # a surer label in its cell: heads run together ('Base HT Montant TVA')
        box = totals.label_box(h)
        for nxt in lx.lines[ln.index + 1 : ln.index + 3]:
            if nxt.page != ln.page or nxt.top - ln.top > 2.5 * box[2]:
                break
            for v, a0, a1 in _alone(nxt) + totals.bare_x(nxt):
                if totals.centred_under(box, a0, a1):
                    out.setdefault((nxt.index, v), f)
    return out


def _rows_per_rate(lines: list[TextLine]) -> list[list[int]]:
    """Runs of lines that print one label, one under the other, each with its own amount and
    its own rate alone after it in the rates' column ('Total ohne MWST = MWST Basis 633,64
    19,0' over '... 120,36 7,0'): one row per rate, their amounts the parts of one total."""
    runs: list[list[int]] = []
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page == b.page and _same_label_other_rate(a, b):
            if runs and runs[-1][-1] == a.index:
                runs[-1].append(b.index)
            else:
                runs.append([a.index, b.index])
    return runs


def _same_label_other_rate(a: TextLine, b: TextLine) -> bool:
    """Do lines *a* and *b* print the same words before their first figure, and each an
    amount before a rate alone at its end, the amounts and the rates different?"""
    heads = [_LEADING_WORDS.match(x.text) for x in (a, b)]
    rates = [_TRAILING_RATE.search(x.text) for x in (a, b)]
    if heads[0] is None or heads[1] is None or rates[0] is None or rates[1] is None:
        return False
    if heads[0].group().strip() != heads[1].group().strip() or rates[0][1] == rates[1][1]:
        return False
    amounts = [
        [v for v, s, _e in totals.money(x.text) if s < r.start()]
        for x, r in ((a, rates[0]), (b, rates[1]))
    ]
    return bool(amounts[0] and amounts[1]) and amounts[0][-1] != amounts[1][-1]


# a row's label up to its first figure (two words at least), and a rate alone at its end
_LEADING_WORDS = re.compile(r"[^\W\d_]{2,}[^\d]*?\s[^\W\d_]{2,}[^\d]*")
_TRAILING_RATE = re.compile(r"(?<![\d.,])\s(\d{1,2}(?:[.,]\d{1,2})?)\s*$")


def _alone(ln: TextLine) -> list[tuple[Decimal, float, float]]:
    """The amounts of a line alone in their cells but for a currency ('5057.92', '1 200,00
    EUR'), not sharing one with a label ('Total: 1,610.26 EUR'), with their extent."""
    out = []
    for v, s, e in totals.money(ln.text):
        a, b = ln.cell_at(s) or (s, e)
        rest = _CURRENCY_WORD.sub("", ln.text[a:s] + " " + ln.text[e:b])
        if not re.search(r"[^\W\d_]{2}", rest):
            out.append((v, *ln.span_x(s, e)))
    return out


_CURRENCY_WORD = re.compile(r"\b(?:[A-Z]{3}|lei|kr|zł|Kč|Ft)(?!\w)")


def _charge_column(lines: list[TextLine], h: Hit) -> bool:
    """*h* stands in the column of a charge's head, the nearest head to it on the line of
    heads over its box ('BASES HT | REMISE | MT TVA | % TVA | PORT | TOTAUX' over 'HT : 12.50',
    'TVA : 2.50', 'TTC : 15.00'): the charge's own net, tax and gross, not the invoice's."""
    x = h.line.span_x(h.start, h.end)[0]
    for ln in reversed(lines[max(0, h.line.index - 4) : h.line.index]):
        if ln.page != h.line.page:
            break
        if re.search(r"\d", ln.text) or len(ln.cells) < 3:
            continue
        if not _CHARGE_HEAD.search(ln.folded):
            return False  # (no charge's head among these heads)
        heads = [(ln.span_x(a, b)[0], ln.folded[a:b].strip()) for a, b in ln.cells]
        return bool(_CHARGE_HEAD.fullmatch(min(heads, key=lambda hd: abs(hd[0] - x))[1]))
    return False


# a rate's line: its label and the rate alone ('Umsatzsteuersatz 19', 'VAT rate 7', 'Taux de
# TVA 5,5 %'; folded text)
_RATE_LINE = re.compile(
    r"(?:satz|rate|taux|tarief|aliquota|tasa|stawka|sazba)\b[^\d]{0,12}"
    r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%?\s*$"
)


def _product(h: Hit) -> bool:
    """Is the weak label *h* (a bare tax word, 'Vero', 'Moms') the first word of a product's
    name in an item's row, a name's word after it in its cell (capitalised: not 'TVA collectée
    20% de 629,90') and the row's price and total beside it ('Vero Moda Strickjacke | 1 | 19 %
    | 39,99 € | 39,99 €')?"""
    cell = h.line.cell_at(h.start)
    word = re.match(r"\s+([^\W\d_]{3,})", h.line.text[h.end : cell[1]] if cell else "")
    return (
        h.weight < 0.8
        and word is not None
        and word.group(1)[0].isupper()
        and len(cell_amounts(h.line)) >= 2
    ) or _tax_type(h, cell)


def _tax_type(h: Hit, cell: tuple[int, int] | None) -> bool:
    """Is the weak label *h* an item row's tax type, right after the rate and last in its cell,
    the row's prices, tax and total beside it ('₹1,100.85 | 1 | ₹1,100.85 | 18% IGST | ₹198.15 |
    ₹1,299.00', a GST invoice's row)?"""
    if h.weight >= 0.8 or cell is None or h.line.text[h.end : cell[1]].strip():
        return False
    # (an item's name before the rate: a tax table's row starts with its rate, '22 % DDV')
    before = h.line.text[: h.start].rstrip()
    named = re.search(r"[^\W\d_]{3,}", before) is not None
    return named and before.endswith("%") and len(cell_amounts(h.line)) >= 3


def _rate_base(lines: list[TextLine], at: int, amount: Decimal) -> bool:
    """The amount a total's label gives on line *at* stands over its rate and the tax at that
    rate, one a line ('Gesamtsumme 6.377,43' / 'Umsatzsteuersatz 19' / 'Umsatzsteuerbetrag
    1.211,71': an e-invoice viewer's breakdown per VAT category): the rate's base, no gross.
    At 0 % only beside another rate's block: an exempt trader's 'Gesamtbetrag 600,00' /
    'Steuersatz 0 %' / 'Umsatzsteuer 0,00' is the total."""
    nxt = lines[at + 1 : at + 3]
    if len(nxt) < 2 or any(x.page != lines[at].page for x in nxt):
        return False
    rate = _rate_of(nxt[0])
    if rate is None:
        return False
    if not rate and not any(
        _rate_of(x) for x in lines[max(0, at - 6) : at] + lines[at + 3 : at + 9]
    ):  # (at 0 %, a base only beside another rate's block: else it is the exempt page's total)
        return False
    tax = amount * rate / 100
    return any(abs(v - tax) <= Decimal("0.01") for v, _s, _e in amounts_in(nxt[1].text))


def _rate_of(ln: TextLine) -> Decimal | None:
    """The rate a rate's line prints (:data:`_RATE_LINE`), None on any other line."""
    m = _RATE_LINE.search(ln.folded)
    return None if m is None else Decimal(m.group(1).replace(",", "."))


def _wrapped(lines: list[TextLine], ln: TextLine, at: int) -> str:
    """The words of a label wrapped in its cell, its amount on line *at* centred beside them:
    *ln*'s folded text and that of the lines under it to the one after *at* ('Kfz-Versicherung
    … Versicherungsteuer (nicht' over the amount over 'umsatzsteuerbar)'); where *ln* is the
    label's last line, under its amount, from the line over the amount on ('Opłata sądowa …
    (nie podlega' over the amount over 'VAT)')."""
    if 0 < at < ln.index:
        return " ".join(o.folded for o in lines[at - 1 : ln.index + 1] if o.index != at)
    span = [ln, *lines[ln.index + 1 : at + 2]]
    return " ".join(o.folded for o in span if o is ln or re.search(r"[^\W\d_]", o.folded))
