"""Summary tables among an invoice's totals: a line that carries the labels of two or more
totals as column heads ('Net | VAT | Gross', 'Nettobetrag | MwSt. | Bruttobetrag') and rows of
amounts under them, one per tax rate and maybe a sum row. Their candidates are the sum row, or
the sum of the rate rows, never one rate row alone (:mod:`totals` gathers the labels' own)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.doc_kinds import PROGRESS
from robot_lib.invoices.label_line import rate_head
from robot_lib.invoices.labels import UNIT_PRICE_LINE
from robot_lib.invoices.lines import WHOLE_NUMBER
from robot_lib.invoices.parse import whole_number
from robot_lib.invoices.totals import KEYS, TOL, Cand, amounts_x, item_heads, money
from robot_lib.invoices.wrapped_heads import wrapped_spans

if TYPE_CHECKING:
    from robot_lib.invoices.lines import Hit, TextLine


def table_candidates(
    lines: list[TextLine], hits: dict[str, list[Hit]]
) -> tuple[dict[str, list[Cand]], set[int], set[tuple[int, Decimal]]]:
    """Summary tables: a line that carries the labels of two or more totals as column headers
    (and no amount, but in a block beside it), and rows of amounts under them. Also the heads
    that have such a block beside them: the amounts on their line are the block's; and the
    amounts of the rate rows, by line: a label's on their line beside the table is none of
    them ('Razem do zapłaty: 1 864,67 PLN' level with the row '8% 250,00 20,00 270,00')."""
    out: dict[str, list[Cand]] = {k: [] for k in KEYS}
    heads_beside: set[int] = set()
    rated: set[tuple[int, Decimal]] = set()
    on_line: dict[int, list[tuple[str, Hit]]] = {}
    for f, hs in hits.items():
        for h in hs if f in KEYS else []:
            on_line.setdefault(h.line.index, []).append((f, h))
    held_at = {h.line.index: h for h in hits.get("withholding", [])}
    summing: dict[int, list[Hit]] = {}
    for f in ("gross_total", "net_total"):
        for h in hits.get(f, []):
            summing.setdefault(h.line.index, []).append(h)
    for idx, found_here in on_line.items():
        head = lines[idx]
        if item_heads(lines, idx):
            continue
        # two labels over one span ('Sub total' holds 'total', 'Summa exkl. moms' holds
        # 'moms'): the longer is the column, the shorter one of its words
        cols: dict[str, Hit] = {}
        more: list[Hit] = []  # a second tax's column and more: 'CGST | SGST'
        for f, h in found_here:
            if rate_head(h) or _over_rates(lines, h):
                continue  # the rates' column, not an amount's
            inside = any(
                o is not h
                and o.start <= h.start
                and h.end <= o.end
                and o.end - o.start > h.end - h.start
                for _g, o in found_here
            )
            if inside:
                continue
            first = cols.setdefault(f, h)
            apart = h.end <= first.start or h.start >= first.end
            if f == "tax_total" and apart:
                more.append(h)
        # heads wrapped over the lines under it, read column by column, else its own labels
        spans = wrapped_spans(lines, idx, KEYS, lambda i: item_heads(lines, i)) or {
            f: _head_span(head, h, list(cols.values())) for f, h in cols.items()
        }
        more_spans = {f"{MORE_TAX}{i}": head.span_x(h.start, h.end) for i, h in enumerate(more)}
        if len(spans) < 2:
            continue
        # the income tax withheld in a column of its own ('Neto | Impuestos | IRPF | Total')
        if (held := held_at.get(idx)) is not None and {"net_total", "gross_total"} <= spans.keys():
            spans[WITHHELD] = head.span_x(held.start, held.end)
        # the head's other words: columns no rule names ('Tasse'), whose amounts are theirs
        foreign = [
            (w.x0, w.x1)
            for w in head.words
            if not any(s0 - 1 <= w.x0 and w.x1 <= s1 + 1 for s0, s1 in spans.values())
        ]
        block_beside = bool(money(head.text))  # the head line's amounts: a block beside it
        if block_beside and not _beside(head, max(x1 for _x0, x1 in spans.values())):
            continue  # amounts among the labels: a line of totals, not a table's head
        rows: list[tuple[dict[str, Decimal], int]] = []
        lefts: dict[int, float] = {}  # each row's first amount's left edge
        aside: dict[int, list[tuple[Decimal, float]]] = {}  # each row's amounts under no total
        last, cut, cents = idx, False, False
        for ln in lines[idx + 1 : idx + 12]:
            if ln.page != head.page or ln.top - lines[last].top > 40:
                break
            if UNIT_PRICE_LINE.match(ln.folded):
                last = ln.index
                continue  # an item's unit price under it, no row of the table
            row: dict[str, Decimal] = {}
            # (or whole numbers, each alone in its cell, in a table that prints no cents: a
            # currency printed whole, '2 524 000'; not a date's year wrapped under its cell)
            found = amounts_x(ln)
            cents = cents or bool(found)
            found = found or ([] if cents else _whole_cells(ln))
            if len(found) == len(spans):  # one amount per column: they stand in order
                order = sorted(spans, key=lambda f: spans[f][0])
                row = {f: v for f, (v, _a0, _a1) in zip(order, found, strict=True)}
            for v, a0, a1 in found if not row else []:
                col = _column(spans, a0, a1, foreign)
                if col is not None:
                    row[col] = v  # the rightmost amount under a header is its value
                else:
                    aside.setdefault(ln.index, []).append((v, a0))
            _unread_tax(row, spans, found)
            for v, a0, a1 in found if row and more_spans else []:
                col = _column({**spans, **more_spans}, a0, a1, foreign)
                if col in more_spans:
                    row[col] = v  # a second tax's amount, under its own head
            if row and "tax_total" in spans and "tax_total" not in row:
                # an exempt rate's row prints its tax as a bare '0' (a stylesheet's)
                zero = [w for w in ln.words if w.text == "0"]
                if any(_column(spans, w.x0, w.x1, foreign) == "tax_total" for w in zero):
                    row["tax_total"] = Decimal(0)
            # (the total after a withholding is less than the net: the withheld added back)
            back = abs(row.get(WITHHELD, Decimal(0)))
            if {"net_total", "gross_total"} <= row.keys() and abs(row["gross_total"]) + back < abs(
                row["net_total"]
            ):
                row = {}  # more net than gross: no rate's row ('Entregado 50,00 · Cambio 0,00')
            if not row:
                if rows and _left_block(ln, head):
                    continue  # a block's line left of the table ('Razem do zapłaty: 30 350,30')
                if rows and not _row_text(lines, ln):
                    # a row again under the same heads right past words left of them: an item
                    # table whose description wrapped ('Aviser og' over 'tidsskrifter')
                    left = ln.words[-1].x1 < min(x0 for x0, _x1 in spans.values())
                    after = lines[ln.index + 1 : ln.index + 2]
                    cut = left and any(_full_row(x, spans, foreign) for x in after)
                    break
                continue
            rows.append((row, ln.index))
            lefts[ln.index] = min((a0 for _v, a0, _a1 in found), default=0.0)
            last = ln.index
        full = [(r, i) for r, i in rows if spans.keys() - {WITHHELD} <= r.keys()]
        if not full or cut:
            continue
        if (
            len(full) == 1
            and full[0][1] not in summing
            and any(
                i > full[0][1]
                and lines[i].page == head.page
                and len(amounts_x(lines[i])) == len(spans)
                and _full_row(lines[i], spans, foreign)
                for i in summing
            )
        ):
            continue  # one item's row under the heads, their sum further down under its word
        # (not on a progress invoice, whose own amounts are the instalment after what was
        # billed before: its title above the table, '2. Abschlagsrechnung')
        progress = any(PROGRESS.match(x.folded) for x in lines[:idx])
        settled = None if progress else _before_deductions(lines, full)
        if settled is not None:  # the last row is what remains after payments taken off
            full = full[: settled + 1]
        keys = set.intersection(*(set(r) for r, _i in full))  # a tax found under no head: in all
        # a last row under a total's word ('Summe', 'Total'), the only row with one, is the
        # table's sum as printed ('Summe 7 %', 'Summe 19 %' are rates' rows)
        worded = [i for _r, i in full if _worded(lines[i], summing.get(i, []), lefts[i])]
        summed = worded == [full[-1][1]] or settled is not None
        kept = [{f: v for f, v in r.items() if f in keys} for r, _i in full]
        pick = _sum_row(kept, summed)
        added = all(pick is not r for r in kept)  # the rows added up: sums no row prints
        rated.update(
            (i, v)
            for r, (_f, i) in zip(kept, full, strict=True)
            if r is not pick
            for v in r.values()
        )
        pick = _taxes_added(pick)
        if not added:
            pick = _charge_in_net(pick, spans, aside.get(full[-1][1], []))
        how = "sums" if added else "table"
        for f, v in _withheld(pick).items():  # on the last full row, not on a line a column reaches
            out.setdefault(f, []).append(Cand(v, 1.05, full[-1][1], how))
        if block_beside:
            heads_beside.add(idx)
    return out, heads_beside, rated


WITHHELD = "withholding"


def _charge_in_net(
    row: dict[str, Decimal],
    spans: dict[str, tuple[float, float]],
    aside: list[tuple[Decimal, float]],
) -> dict[str, Decimal]:
    """*row*, its net with the amounts under other heads left of the tax's column added, where
    with those right of it they close net + tax to the gross: a charge before the tax is in
    the net, as one printed between the subtotal and the tax in a column of totals ('Summe
    Zuschläge | Aufgeld 30 % | 19 % USt. auf das Aufgeld | Rechnungsbetrag'), and so is an
    exempt part's before the taxed part's ('Total isento | Total sujeito a IVA | IVA 23% |
    Total a pagar'); one after the tax is outside it ('… | Udlæg (momsfri) | Total')."""
    if not {"net_total", "tax_total", "gross_total"} <= row.keys() <= spans.keys() or not aside:
        return row
    inside = sum((v for v, x in aside if x < spans["tax_total"][0]), Decimal(0))
    whole = sum((v for v, _x in aside), Decimal(0))
    if inside and abs(row["net_total"] + whole + row["tax_total"] - row["gross_total"]) <= TOL:
        return {**row, "net_total": row["net_total"] + inside}
    return row


def _head_span(head: TextLine, h: Hit, cols: list[Hit]) -> tuple[float, float]:
    """The span of the column the label *h* heads: its cell of the *head* line where no other
    column's label shares it (the head's other words its own: '19 % USt. auf das Aufgeld',
    its amount under the cell's end) and no amount stands on the line (a block beside the
    heads: 'Taxe | Base | Montant' beside 'Total (hors-taxes) : 1 686,00 €'), else its own
    words'."""
    cell = head.cell_at(h.start)
    if (
        cell is None
        or money(head.text)
        or any(o is not h and cell[0] <= o.start < cell[1] for o in cols)
    ):
        return head.span_x(h.start, h.end)
    return head.span_x(*cell)


MORE_TAX = "tax_total more "  # the columns of a second tax and more


def _taxes_added(row: dict[str, Decimal]) -> dict[str, Decimal]:
    """A row with a column per tax ('Taxable Value | CGST | SGST | Total Value'): its tax is
    their sum, when with the net it makes the row's total, but for a rounding to the unit (a
    'Round Off' column), or with no total when the columns are equal halves; else the first
    column's, as a row with one tax reads ('Net | VAT | Pre-tax': no second tax)."""
    more = [f for f in row if f.startswith(MORE_TAX)]
    kept = {f: v for f, v in row.items() if f not in more}
    if not more or "tax_total" not in kept:
        return kept
    if not {"net_total", "gross_total"} <= kept.keys():
        # no total to check them with ('HSN/SAC | Taxable Amount | CGST | SGST'): a tax split
        # into equal halves, the central and the state's, is their sum
        if all(row[f] == kept["tax_total"] for f in more):
            kept["tax_total"] *= len(more) + 1
        return kept
    taxes = kept["tax_total"] + sum((row[f] for f in more), Decimal(0))
    if abs(kept["net_total"] + taxes - kept["gross_total"]) < 1:
        kept["tax_total"] = taxes
    return kept


def _withheld(row: dict[str, Decimal]) -> dict[str, Decimal]:
    """A row with a withholding's column: when net + tax - withheld make its total to the
    cent, the total is what is payable and the gross is net + tax; a column that does not
    close is left out (the row as its other heads read it)."""
    held = row.get(WITHHELD)
    if held is None:
        return row
    rest = {f: v for f, v in row.items() if f != WITHHELD}
    billed = rest["net_total"] + rest.get("tax_total", Decimal(0))
    if abs(billed - abs(held) - rest["gross_total"]) > TOL:
        return rest
    return {**rest, "gross_total": billed, WITHHELD: abs(held), "payable": rest["gross_total"]}


def _before_deductions(
    lines: list[TextLine], rows: list[tuple[dict[str, Decimal], int]]
) -> int | None:
    """A final invoice's table that takes the down payments off its total ('Gesamtleistung |
    4.189,60 | 796,02 | 4.985,62', the payments' rows, 'abzüglich geleistete Abschläge |
    -2.000,00 | -380,00 | -2.380,00', 'Noch zu zahlen | 2.189,60 | 416,02 | 2.605,62'): the last
    row is what is left to pay, the row it was reckoned from the invoice's total (the gross is
    not the amount payable). That row's position among *rows*: the one above zero that, with
    the rows below zero between it and the last added, makes the last in every column, those
    rows worded as payments or advances taken off or amounts held back (not a credit note's
    rows, all below zero; nor a rate's row below zero added to another's in the sum)."""
    last = rows[-1][0]
    for k in range(len(rows) - 2, -1, -1):
        taken = [(r, i) for r, i in rows[k + 1 : -1] if all(v < 0 for v in r.values())]
        worded = any(_TAKEN_OFF.search(lines[i].folded) for _r, i in taken)
        top = rows[k][0]
        if not worded or any(v <= 0 for v in top.values()):
            continue
        if last.keys() <= top.keys() and all(
            abs(top[f] + sum((r.get(f, Decimal(0)) for r, _i in taken), Decimal(0)) - v) <= TOL
            for f, v in last.items()
        ):
            return k
    return None


# a payment or an advance taken off a total, an amount held back, or a discount only offered
# for paying early ('abzüglich geleistete Abschläge', 'Acconto fattura n. 4/2026', 'Less deposit
# paid', 'Less retention 5%', 'abzgl. 2 % Skonto bei Zahlung bis …'; not a discount given,
# 'abzüglich Rabatt', 'Less discount': the total is what is left after it; folded text)
_TAKEN_OFF = re.compile(
    r"\b(?:abschlag\w*|anzahlung\w*|vorauszahlung\w*|vorschuss\w*|geleistet\w*|gezahlt|bezahlt|"
    r"acconto|acconti|anticip\w*|acompte\w*|deposit\w*|prepa\w*|advance\w*|paid|payments?|"
    r"pagat\w*|pagad\w*|versat\w*|aanbetaling\w*|voorschot\w*|zaliczk\w*|zaloh\w*|eloleg\w*|"
    # on account ('Avgår a conto-fakturerat', 'Aconto betalt', 'Vähennetään ennakkolaskut')
    r"a\s*conto\w*|aconto\w*|on\s*account|forskott\w*|forskud\w*|forudbetal\w*|ennakko\w*|"
    r"already\s*invoiced|previously\s*invoiced|reeds\s*gefactureerd|bereits\s*berechnet|"
    # ... or held back from the payment ('Less retention 5%', 'Sicherheitseinbehalt', 'TDS')
    r"retention|retenue|\w*einbehalt|withh[eo]ld\w*|tds|ritenut\w*|retencion\w*|retencao|"
    # ... or a discount only offered for paying early ('abzgl. 2 % Skonto bei Zahlung bis …')
    r"skonto|escompte|(?:early|prompt)\s*(?:settlement|payment)\s*discount|settlement\s*discount|"
    r"pronto\s*pago|sconto\s*(?:per\s*)?pagamento|kassarabatt|kontantrabat|betalingskorting)\b"
)


def _worded(ln: TextLine, hs: list[Hit], first: float) -> bool:
    """A total's word heads the row *ln*: left of its amounts (the first starting at *first*),
    not in a block beside the table whose line it shares ('917,00 0 % 0,00 917,00' level with
    'Celkem k úhradě: 49 522,70')."""
    return any(ln.span_x(h.start, h.end)[1] <= first for h in hs)


def _left_block(ln: TextLine, head: TextLine) -> bool:
    """*ln*, a label and its amount, stands wholly left of the table's head line, apart from
    it: a block beside the table whose lines fall between its rows (Subiekt's 'Razem do
    zapłaty', 'Zapłacono' at the left, level with the VAT table's rows at the right)."""
    return bool(money(ln.text)) and ln.words[-1].x1 + 2 * ln.words[-1].size < head.words[0].x0


def _full_row(
    ln: TextLine, spans: dict[str, tuple[float, float]], foreign: list[tuple[float, float]]
) -> bool:
    """*ln* has an amount under each of the heads' *spans*."""
    found = {_column(spans, a0, a1, foreign) for _v, a0, a1 in amounts_x(ln)}
    return spans.keys() - {WITHHELD} <= found


def _row_text(lines: list[TextLine], ln: TextLine) -> bool:
    """*ln*, words and no amounts, is a row's cell wrapped over and under its amounts ('I
    (esigibilità' over '22 | 955,00 | 210,10' over 'immediata)'): less than half a line from
    a line with amounts."""
    if money(ln.text):
        return False
    size = max(w.size for w in ln.words) or 10.0
    near = lines[max(0, ln.index - 1) : ln.index] + lines[ln.index + 1 : ln.index + 2]
    return any(
        x.page == ln.page and abs(x.top - ln.top) < 0.75 * size and money(x.text) for x in near
    )


def _over_rates(lines: list[TextLine], h: Hit) -> bool:
    """A tax's word over a column of rates and no amounts ('Imposte' over '22 %', as a
    translation may head it): the rates' column, not the tax amounts'."""
    x0, x1 = h.line.span_x(h.start, h.end)
    for ln in lines[h.line.index + 1 : h.line.index + 3]:
        under = " ".join(w.text for w in ln.words if w.x0 < x1 and w.x1 > x0)
        if under:
            return "%" in under and not money(under)
    return False


def _beside(head: TextLine, right: float) -> bool:
    """Every amount of a table's head line stands in a block beside it, after a label of its
    own and a wide gap ('Kwota VAT  Wartość brutto    Zapłacono 0,00 PLN'). Words right after
    the heads are theirs ('Summe der Leistungen 42,01' is a line of totals, two labels in it)."""
    for k, w in enumerate(head.words):
        if w.x0 > right:  # the first word after the heads
            far = w.x0 > right + 2 * w.size
            return far and not money(head.text[: head.starts[k]]) and not money(w.text)
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


def _column(
    spans: dict[str, tuple[float, float]],
    a0: float,
    a1: float,
    foreign: list[tuple[float, float]],
) -> str | None:
    """The header an amount stands under: the one its extent overlaps most, or failing that
    the nearest right edge (amounts are right-aligned under their header), unless it stands
    under a head of *foreign* words; failing that, the head that starts last left of it when
    the next starts right of it: heads set flush left in wide columns, amounts flush right
    ('Kwota netto' at the left of its cell, '41,73' at the right)."""
    best: tuple[float, str] | None = None
    for f, (h0, h1) in spans.items():
        overlap = min(h1, a1) - max(h0, a0)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, f)
    if best is not None:
        return best[1]
    if any(min(h1, a1) > max(h0, a0) for h0, h1 in foreign):
        return None
    near = min(spans, key=lambda f: abs(spans[f][1] - a1))
    if abs(spans[near][1] - a1) < 40:
        return near
    starts = sorted([(h0, f) for f, (h0, _h1) in spans.items()] + [(h0, "") for h0, _h1 in foreign])
    left = [(h0, f) for h0, f in starts if h0 <= a0]
    if not left or not left[-1][1] or a1 - left[-1][0] > _COLUMN:
        return None
    after = [h0 for h0, _f in starts if h0 > left[-1][0]]
    return left[-1][1] if not after or after[0] >= a1 else None


_COLUMN = 150.0  # the widest a table's column stands, in points


def _sum_row(rows: list[dict[str, Decimal]], summed: bool = False) -> dict[str, Decimal]:
    """One row: the only one; the last when it is the sum of those above or is labelled as
    the sum (a sum that does not add up is printed so, for the arithmetic to refuse: never
    added to the rows it sums); otherwise the column sums (a rate row alone is never the
    document's total)."""
    if len(rows) == 1 or summed:
        return rows[-1]
    last, above = rows[-1], rows[:-1]
    if all(abs(sum((r[f] for r in above), Decimal(0)) - v) <= TOL for f, v in last.items()):
        return last
    return {f: sum((r[f] for r in rows), Decimal(0)) for f in rows[0]}


def _whole_cells(ln: TextLine) -> list[tuple[Decimal, float, float]]:
    """The whole numbers of a line that stand alone in their cells, their thousands parted by
    spaces or not ('2 524 000', '6480'), with their horizontal extent: a table's amounts in a
    currency printed whole (forints), under heads that name them."""
    out = []
    for a, b in ln.cells:
        m = _WHOLE_ALONE.fullmatch(ln.text, a, b)
        if m:
            value = whole_number(m.group(2))
            out.append((-value if m.group(1) else value, *ln.span_x(m.start(2), m.end(2))))
    return out


_WHOLE_ALONE = re.compile(r"\s*" + WHOLE_NUMBER + r"\s*")
