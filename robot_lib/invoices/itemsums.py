"""The sum row of a table whose columns carry the totals: 'Wartość netto | Kwota VAT | Wartość
brutto' over the items and a 'Razem' row under them, India's 'Taxable Value | CGST | SGST |
Total' (marketplaces and billing software print no other net or tax there), a one-item
table whose row is the total, and a GST summary with a taxable value and a total tax column.
Heads wrapped over two lines are joined, cells are parted by gaps however close; a row
counts only when its net and taxes make its total (a GST summary's, which prints no total,
gives its net and tax for the totals to be chosen with)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import Segment, segments
from robot_lib.invoices.labels import QTY_WORDS, TOTAL_RX, UNIT_PRICE_HEAD
from robot_lib.invoices.parse import CENTS, amounts_in, fold
from robot_lib.invoices.totals import KEYS, TOL, Cand, amounts_x

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

# the sum row's label, first on its line: 'Total', 'Totals', 'Gesamt', 'Summe', 'Totale'
SUM_ROW = re.compile(
    r"^\W*(?:(?:sub-?|sous-?)?totals?|gesamt|(?:zwischen)?summe|(?:sub)?totale|(?:sub)?totaal"
    r"|razem|celkem|delsumma|delsum|sum|suma(?:\s*czesciowa)?|valisumma|mezisoucet|medzisucet"
    r"|reszosszeg|(?:alt|ara)\s*-?\s*toplam)\b"
)
_RATE = re.compile(
    r"\b(?:rate|satz|taux|tasa|aliquota|stawka|stopa|sazba|sadzba|taxa|tipo|merteke|orani)\b"
    r"|(?:satz|sats|tarief|prosentti)\b"
)
# a tax's word in a column's head ('Tax', 'MwSt.', 'Steuern', 'Belastingbedrag', 'Imposte',
# 'Skattebelopp'): the column of the taxes, unless it names their rate
TAX_HEAD_WORD = re.compile(
    r"\b(?:tax|vat|mwst|ust|tva|iva|btw|gst|cgst|sgst|igst|utgst|dph|moms|alv|pvm|kdv|ppn"
    r"|steuern?|steuerbetrag|taxes?|belasting\w*|imposte|impost[oa]s?|impositiv[oa]"
    r"|imposicion|skatt\w*|skat|veron?|podat\w*|dane|ado|afa|vergi)\b"
)
# a head line with more than one tax column: 'CGST', 'SGST', 'Central Tax', 'State Tax'
_TAX_HEAD = re.compile(r"\b(?:cgst|sgst|igst|utgst|central\s*tax|state\s*tax|integrated\s*tax)\b")
_TAX_SUM = re.compile(r"\btotal\s*tax(?:\s*amount)?\b")


def item_sum_candidates(lines: list[TextLine]) -> dict[str, list[Cand]]:
    """Net, tax and gross from the sum row of a table with total columns ('Razem', 'Total'
    under 'Wartość netto | Kwota VAT | Wartość brutto'), or from its only row: the tax is the
    sum of the tax columns (central and state GST), or the column that is their sum ('Total
    Tax Amount'). An item table's row counts when its net and taxes make its gross; a GST
    summary's ('HSN/SAC | Taxable Value | Central Tax | State Tax'), which prints no gross,
    gives its net and tax for the totals to be chosen with."""
    out: dict[str, list[Cand]] = {k: [] for k in KEYS}
    for head in lines:
        gst = bool(_TAX_HEAD.search(head.folded))
        # an item table's head, or the head of a table of the lines' net, tax and total
        # without a quantity ('Date | Description | Net | Tax Rate | Tax | Total')
        # (or a tax's head set at the foot of its cell, its word on a line over it)
        taxed = (
            any(
                TAX_HEAD_WORD.search(x.folded)
                for x in lines[max(0, head.index - 2) : head.index + 1]
                if x.page == head.page
            )
            and len(_groups(head)) >= 4
        )
        if amounts_x(head) or not (gst or taxed or QTY_WORDS.search(head.folded)):
            continue
        cells = heads(lines, head)
        cols = [(f, x0, x1) for text, x0, x1 in cells if (f := _kind(text))]
        kinds = {f for f, _a, _b in cols}
        if {"tax_total", "gross_total"} <= kinds and "net_total" not in kinds:
            # 'Qty | Price | Tax(%) | Tax | Total': the price's column is the net when its sum
            # and the tax make the total
            cols += [("net_total", x0, x1) for text, x0, x1 in cells if _price(text)]
            kinds = {f for f, _a, _b in cols}
        if not {"net_total", "tax_total"} <= kinds:
            continue
        row = _sum_row(lines, head)
        if row is None:
            continue
        values: dict[int, Decimal] = {}
        unpriced = set()  # a tax's column that prints its rate, or a word for none ('n.p.')
        for text, a0, a1 in _groups(row):
            found = amounts_in(text)
            col = _column([(x0, x1) for _f, x0, x1 in cols], a0, a1)
            if col is not None and ("%" in text or not re.search(r"\d", text)):
                unpriced.add(col)  # 'VAT | TAX' over '23,00 %': the rate's column
            elif col is not None and len(found) == 1:
                values[col] = found[0][0]
        tax_cols = [
            i for i, c in enumerate(cols) if c[0] in ("tax_total", "tax_sum") and i not in unpriced
        ]
        if any(i not in values for i in tax_cols):
            continue  # a tax column the row leaves empty: its taxes are not all there
        of = {k: [v for i, v in values.items() if cols[i][0] == k] for k in (*KEYS, "tax_sum")}
        taxes = sum(of["tax_total"], Decimal(0))
        if of["tax_sum"] and (not of["tax_total"] or taxes == of["tax_sum"][0]):
            taxes = of["tax_sum"][0]
        elif of["tax_sum"]:
            continue  # the columns do not add up to their sum
        if taxes < 0 or taxes == 0 and not tax_cols:
            continue  # (a tax of 0.00 counts where its column prints it: 'n.p. | 0,00 PLN')
        if gst and "gross_total" not in kinds and len(of["net_total"]) == 1:
            out["net_total"].append(Cand(of["net_total"][0], 1.0, row.index, "table"))
            out["tax_total"].append(Cand(taxes, 1.0, row.index, "table"))
            continue
        for net, gross in product(of["net_total"], of["gross_total"]):
            if abs(net + taxes - gross) <= TOL:
                for f, v in zip(KEYS, (gross, net, taxes), strict=True):
                    out[f].append(Cand(v, 1.05, row.index, "table"))
                return out
    return out


def column_sums(lines: list[TextLine]) -> dict[str, list[Cand]]:
    """The foot of an item table with one tax column and no total's, that adds up the lines'
    values and their taxes under their columns (the Romanian form: 'Valoarea | Valoarea TVA'
    over the items, 'Total' over '1.970,50 | 263,81', the total due under it apart): the net and
    the tax, when each is its column's items' sum, on a line of those two amounts alone."""
    out: dict[str, list[Cand]] = {k: [] for k in KEYS}
    for head in lines:
        # (an item table's head: its quantity, or its unit price, the quantity set lower)
        if amounts_x(head) or not (
            QTY_WORDS.search(head.folded) or UNIT_PRICE_HEAD.search(head.folded)
        ):
            continue
        cells = [
            (_kind(text), "%" in text or bool(_RATE.search(text)), x0, x1)
            for text, x0, x1 in heads(lines, head)
        ]
        taxes = [(x0, x1) for kind, _r, x0, x1 in cells if kind == "tax_total"]
        if len(taxes) != 1 or any(kind == "gross_total" for kind, *_x in cells):
            continue
        # the lines' values: the last column left of the tax's that is no rate's
        before = [(x0, x1) for _k, rate, x0, x1 in cells if x1 <= taxes[0][0] and not rate]
        if not before:
            continue
        cols = [before[-1], taxes[0]]
        rows: list[tuple[Decimal, Decimal]] = []
        for ln in lines[head.index + 1 : head.index + 40]:
            if ln.page != head.page:
                break
            found = amounts_x(ln)
            at = {_column(cols, a0, a1): v for v, a0, a1 in found}
            if 0 not in at or 1 not in at:
                if found and rows:
                    break  # amounts under neither: the table has ended
                continue
            sums = [sum((r[k] for r in rows), Decimal(0)) for k in (0, 1)]
            if rows and len(found) == 2 and [at[0], at[1]] == sums and at[1] < at[0]:
                out["net_total"].append(Cand(at[0], 1.0, ln.index, "table"))
                out["tax_total"].append(Cand(at[1], 1.0, ln.index, "table"))
                return out
            rows.append((at[0], at[1]))
    return out


def foot_sum(lines: list[TextLine]) -> list[Cand]:
    """The items' sum alone under their amounts' column right after their rows, no word beside
    it ('Descripción | Cantidad | Precio Unitario | Monto', the rows, then '164519,14' in the
    table's foot, as django-afip's receipt prints a Factura B or C, no tax of its own): the
    gross, when it is the rows' sum."""
    for head in lines:
        if amounts_x(head) or not QTY_WORDS.search(head.folded):
            continue
        rows: list[tuple[Decimal, float, float]] = []
        for ln in lines[head.index + 1 : head.index + 60]:
            found = amounts_x(ln)
            if ln.page != head.page or (found and not rows and len(found) < 2):
                break
            if len(found) >= 2 and _WORD.search(ln.text):
                rows.append(found[-1])  # an item: its words and its amounts, the last its total
            elif len(found) == 1 and not _WORD.search(ln.text):
                v, a0, a1 = found[0]
                under = min(a1, rows[-1][2]) - max(a0, rows[-1][1]) > 0
                if under and v == sum((r[0] for r in rows), Decimal(0)):
                    return [Cand(v, 0.9, ln.index, "foot")]
                break
            elif found:
                break  # a line of totals with their words: the labels' own reading
    return []


_WORD = re.compile(r"[^\W\d_]{2}")


def _price(text: str) -> bool:
    """A price's head ('Price', 'Preis'), naming no total and no rate."""
    return _kind(text) is None and "%" not in text and _PRICE.search(text) is not None


_PRICE = re.compile(r"\b(?:price|preis|prix|precio|prezzo|preco|prijs|cena|rate|amount)\b")


def _groups(ln: TextLine) -> list[tuple[str, float, float]]:
    """The line's cells, however close its columns stand."""
    return [(sg.text, sg.x0, sg.x1) for sg in segments(ln, tight=True)]


def heads(lines: list[TextLine], head: TextLine) -> list[tuple[str, float, float]]:
    """The column heads of an item table: each cell of its head line with the words wrapped
    under it on the next two lines ('Taxable' over 'Value ₹'), and those of heads set at the
    foot of their cells, wrapped over it on the two lines before ('Unit | Tax | Tax' over 'Qty
    | Price | Rate | Amount'): a line there counts when it has no figure and each of its words
    stands over a cell of the head line (or beside such a word); a line none of whose words
    does, the heads of other cells set in the middle of their row, is passed over ('Cena' over
    'Lp. | Ilość' over 'netto')."""
    cells = [([fold(t)], x0, x1) for t, x0, x1 in _groups(head)]
    reach = 1.6 * max(w.size for w in head.words)  # each line right over the next
    top = head.top
    for ln in reversed(lines[max(0, head.index - 2) : head.index]):
        if ln.page != head.page or top - ln.top > reach or re.search(r"\d", ln.text):
            break
        top = ln.top
        over = []
        for sg in segments(ln, tight=True):
            # (a word beside one over a cell, in its segment, is that cell's: 'Nazwa towaru lub'
            # over 'usługi')
            at = [
                next((c for c in cells if c[1] - 8 <= (w.x0 + w.x1) / 2 <= c[2] + 8), None)
                for w in sg.words
            ]
            over += [c or next((x for x in at if x is not None), None) for c in at]
        if not any(over):
            continue  # other cells' heads set level between two lines of these ('Lp. | Ilość')
        if None in over:
            break
        for w, cell in zip(reversed(ln.words), reversed(over), strict=True):
            cell[0].insert(0, fold(w.text))  # type: ignore[index]
    for ln in lines[head.index + 1 : head.index + 3]:
        if ln.page != head.page or ln.top - head.top > 30 or amounts_x(ln):
            break
        for w in ln.words:
            cell = next((c for c in cells if c[1] - 2 <= w.x0 < c[2]), None)
            if cell is not None:
                cell[0].append(fold(w.text))
    cells = sorted(cells + _straddling(lines, head, cells, reach), key=lambda c: c[1])
    # a word hyphenated at its wrap joined again when the rest is a syllable, not a word
    # ('Kwota net-' over 'to': 'kwota netto'; not 'Moms-' over 'beløb')
    joined = [(" ".join(parts), x0, x1) for parts, x0, x1 in cells]
    return [(re.sub(r"(?<=[a-z])- (?=[a-z]{1,3}\b)", "", t), x0, x1) for t, x0, x1 in joined]


def _straddling(
    lines: list[TextLine], head: TextLine, cells: list[tuple[list[str], float, float]], reach: float
) -> list[tuple[list[str], float, float]]:
    """The heads of two lines set across the head line, whose one-line heads stand in the
    middle of their row ('Menge' over 'l', 'Brutto' over '€' around 'Datum | Station |
    Produkt | Netto € | USt €'): each cell of the line right above it that stands over none of
    its cells, with the cell right below it in its column, no figure on either line."""
    i = head.index
    if i == 0 or i + 1 >= len(lines):
        return []
    up, down = lines[i - 1], lines[i + 1]
    if up.page != head.page or down.page != head.page or re.search(r"\d", up.text + down.text):
        return []
    if head.top - up.top > reach or down.top - head.top > reach:
        return []

    def free(sg: Segment) -> bool:
        return not any(x0 - 2 <= sg.x1 and sg.x0 <= x1 + 2 for _t, x0, x1 in cells)

    out: list[tuple[list[str], float, float]] = []
    for a in segments(up, tight=True):
        under = [b for b in segments(down, tight=True) if b.x0 < a.x1 and a.x0 < b.x1]
        if not free(a) or len(under) != 1 or not free(under[0]):
            return []
        b = under[0]
        out.append(([fold(a.text), fold(b.text)], min(a.x0, b.x0), max(a.x1, b.x1)))
    return out


def _kind(text: str) -> str | None:
    """The total a column head names (the strongest label in it), None for a rate's head;
    'tax_sum' for the column of all the taxes ('Total Tax Amount')."""
    if "%" in text or _RATE.search(text):
        return None
    if _TAX_SUM.search(text):
        return "tax_sum"
    best: tuple[float, str] | None = None
    for f in KEYS:
        for rx, w in TOTAL_RX[f]:
            if rx.search(text) and (best is None or w > best[0]):
                best = (w, f)
    if best is None:
        return "tax_total" if TAX_HEAD_WORD.search(text) else None
    return best[1]


def _sum_row(lines: list[TextLine], head: TextLine) -> TextLine | None:
    """The first line under the table's head, on its page, that starts with a total word and
    carries amounts; failing that, the table's only row of amounts (a one-item invoice)."""
    rows: list[TextLine] = []
    for ln in lines[head.index + 1 : head.index + 60]:
        if ln.page != head.page:
            break
        cells = _groups(ln)
        if SUM_ROW.match(ln.folded) and len(cells) >= 4 and amounts_x(ln):
            return ln
        priced = [c for c in cells if amounts_in(c[0])]
        if len(priced) >= 3:
            rows.append(ln)
        elif priced and rows and ln.top - rows[-1].top < 0.8 * max(w.size for w in ln.words):
            continue  # the row's cells of other lines, set in the middle of its height
        elif priced:
            break  # the totals under the table
    return rows[0] if len(rows) == 1 else None


def _column(spans: list[tuple[float, float]], a0: float, a1: float) -> int | None:
    """The column an amount stands under: the head its extent overlaps most."""
    best: tuple[float, int] | None = None
    for i, (h0, h1) in enumerate(spans):
        overlap = min(h1, a1) - max(h0, a0)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, i)
    return None if best is None else best[1]


@dataclass
class GrandRow:
    """The last row of totals an item table prints under its items (:func:`grand_row`)."""

    tax: Decimal
    total: Decimal
    at: int  # its line
    first: int  # the line of the first row of totals under the items
    backed: bool  # the rows add up (:data:`ROWS_ADD_UP`)


def grand_row(lines: list[TextLine]) -> GrandRow | None:
    """The tax and the gross on the last row of totals an item table prints under its items,
    when its heads name one tax column and a total column right of it, and no net: the rows
    under the items carry a charge's or a total's tax and sum under those heads ('Product
    prices result', 'Shipment', 'Payment', then 'Total | 18.50 | 0.00 | 110.95' under 'Price |
    Tax | Discount | Total'). The last row starting with the total's word is the bill's: its tax
    and its total (no net is printed). Backed when the items' totals make the first row under
    them and the rows under the items make the last, in both columns."""
    for head in lines:
        if amounts_x(head) or not QTY_WORDS.search(head.folded):
            continue
        cells = heads(lines, head)
        cols = [(f, x0, x1) for text, x0, x1 in cells if (f := _kind(text))]
        taxes = [c for c in cols if c[0] == "tax_total"]
        totals = [c for c in cols if c[0] == "gross_total"]
        if len(taxes) != 1 or not totals or any(c[0] == "net_total" for c in cols):
            continue
        tax_col, total_col = taxes[0], totals[-1]
        if total_col[1] < tax_col[2]:
            continue
        rows = _total_rows(lines, head, (tax_col[1], tax_col[2]), (total_col[1], total_col[2]))
        items = [r for r in rows if r.starts <= cells[0][2]]
        sums = [r for r in rows if r.starts > cells[0][2]]
        grand = next((r for r in reversed(sums) if r.worded), None)
        if grand is None or grand.tax is None or any(r.total > grand.total for r in rows):
            continue
        above = [r for r in sums if r.at < grand.at]
        backed = (
            bool(items and above)
            and sum(r.total for r in items) == above[0].total
            and sum(r.total for r in above) == grand.total
            and sum((r.tax or Decimal(0) for r in above), Decimal(0)) == grand.tax
        )
        return GrandRow(grand.tax, grand.total, grand.at, sums[0].at, backed)
    return None


# the evidence of a backed :class:`GrandRow`
ROWS_ADD_UP = (
    "the items' totals make the first row under them, and the rows under the items make the "
    "last, its tax and its total"
)


@dataclass
class _Row:
    starts: float  # where the row's first cell starts
    worded: bool  # it starts with the total's word ('Total', 'Gesamt', 'Totaal')
    tax: Decimal | None  # its amount under the tax's head (None if none, or a rate)
    total: Decimal  # its amount under the total's head
    at: int  # its line


def _total_rows(
    lines: list[TextLine],
    head: TextLine,
    tax_col: tuple[float, float],
    total_col: tuple[float, float],
) -> list[_Row]:
    """The rows under the table's head with an amount under its total column, on its page and
    up to the table's end (a gap of 40 pt, or a line whose amounts with cents stand under no
    total column: an item's code wrapped onto a line of its own is none)."""
    out: list[_Row] = []
    last = head
    for ln in lines[head.index + 1 : head.index + 60]:
        if ln.page != head.page or ln.top - last.top > 40:
            break
        cells = _groups(ln)
        priced = [(text, x0, x1) for text, x0, x1 in cells if CENTS.search(text)]
        under = [c for c in priced if _column([total_col], c[1], c[2]) is not None]
        # (a cell that only looks like an amount: two ran together, '15,00209,70')
        under = [c for c in under if amounts_in(c[0])]
        if not under:
            if priced:
                break
            continue
        last = ln
        worded = _kind(fold(cells[0][0])) == "gross_total" and bool(SUM_ROW.match(ln.folded))
        tax_cells = [c for c in priced if _column([tax_col], c[1], c[2]) is not None]
        tax = None
        if len(tax_cells) == 1 and "%" not in tax_cells[0][0]:
            tax = next((v for v, _s, _e in amounts_in(tax_cells[0][0])), None)
        total = amounts_in(under[-1][0])[0][0]
        out.append(_Row(cells[0][1], worded, tax, total, ln.index))
    return out
