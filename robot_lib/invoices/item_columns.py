"""Where an item table's columns stand, read from its head: the net amount's column when a tax
or gross column follows it ('Cena netto | Wartość netto | VAT | Wartość brutto', 'Unit Price |
Net Price | Tax Rate | Total Price'), and the quantity's when it stands before the description
('Pos. Menge Beschreibung … VK-Preis'); and how a row's amounts are placed under them."""

from __future__ import annotations

import re
from decimal import Decimal

from robot_lib.invoices.itemsums import TAX_HEAD_WORD
from robot_lib.invoices.labels import DESC_HEAD, QTY_WORDS
from robot_lib.invoices.labels_beside import ALLOWANCE_WORDS
from robot_lib.invoices.lines import TextLine, bare_cells

# the head of an item table's net amount column, when the table also has tax or gross ones
_NET_HEAD = re.compile(
    r"\b(?:wartosc\s*netto|net\s*(?:amount|amt|value|total)|amount\s*(?:excl\w*|net)|zaklad|"
    r"netto\s*(?:betrag|wert|summe)?|total\s*ht|montant\s*ht|importe\s*neto|imponibile|"
    r"netto\s*wartosc|bez\s*dph|nettobelopp|nettobelob|"
    # a line's subtotal before its tax and its total ('Subtotal | Tax Amount | Grand Total')
    r"sub\s*-?\s*total|"
    # a bare 'Net', 'Neto' over a line's net beside its gross (not a unit price's 'Net price')
    r"net(?!\s*(?:price|unit|preis|prix))|neto)\b"
)
# a discount's column ('Discount', 'Remise', 'Rabatt'): a net column before it holds the line's
# amount before the discount, its last amount the line's total
_DISCOUNT_HEAD = re.compile(ALLOWANCE_WORDS)
# (and Czech 'Cena/ks', 'Cena za m.j.': a price per piece, per unit)
_PRICE_WORD = re.compile(
    r"\b(?:\w*preis|price|cena|prix|precio|prezzo|preco|pret|unit|"
    r"cena\s*(?:/|za)\s*(?:ks|m\.?\s*j\.?|jednotku))\s*$"
)
_AFTER_NET = re.compile(
    r"\b(?:brutto|bruto|brut|lordo|hruby|gross|celkem|ttc|kwota\s*vat|vat|dph|tax|mwst|ust|tva|iva)\b"
)


def net_column(head: TextLine) -> float | None:
    """The x of the middle of the net amount's column head, when a tax or gross column
    follows it ('Cena netto | Wartość netto | VAT | Kwota VAT | Wartość brutto') and no
    discount's column does; else None (the last amount of a row is its total)."""
    text = head.folded
    # not a price's ('Preis netto', 'Cena netto', 'Unit price net'), unless a column's gap
    # parts them ('Unit Price   Net Amt')
    found = [
        m
        for m in _NET_HEAD.finditer(text)
        if not _PRICE_WORD.search(text[: m.start()]) or _cell_start(head, m.start())
    ]
    if not found or not _AFTER_NET.search(text, found[-1].end()):
        return None
    if _DISCOUNT_HEAD.search(text, found[-1].end()):
        return None  # a discount's column after it: its amount is the line's before the discount
    x0, x1 = head.span_x(found[-1].start(), found[-1].end())
    return (x0 + x1) / 2


# a line's net after its unit price ('Unit Price | Net Price | Tax Rate | Tax Amount | Total
# Price', 'Stückpreis | Nettobetrag'), and the heads of the tax or the total after it
_LINE_NET = re.compile(
    r"\b(?:net\s*price|prix\s*net|precio\s*neto|preco\s*liquido|nettopris|bedrag\s*excl)"
)
# a unit price's head with its net word after it ('Cena netto', 'Preis netto', 'Prix HT')
_NET_PRICE = re.compile(
    r"(?:\w*preis|price|cena|prix|precio|prezzo|preco|pret)\s*(?:netto|net|ht)$"
)
_AFTER_LINE_NET = re.compile(r"\b(?:total\w*|gesamt\w*|brutto|gross)\b|\bpris$")


def net_cell(cells: list[tuple[str, float, float]]) -> float | None:
    """The x of the middle of the net's column read from the heads with the words wrapped over
    and under them, when a unit price's column stands before it and a tax's or the total's
    after it; else None."""
    for i, (text, x0, x1) in enumerate(cells):
        priced = any(_PRICE_WORD.search(c[0]) or _NET_PRICE.match(c[0]) for c in cells[:i])
        if not (_NET_HEAD.search(text) or (priced and _LINE_NET.search(text))):
            continue
        if any(_DISCOUNT_HEAD.search(c[0]) for c in cells[i + 1 :]):
            return None
        if priced and any(
            TAX_HEAD_WORD.search(c[0]) or _AFTER_LINE_NET.search(c[0]) for c in cells[i + 1 :]
        ):
            return (x0 + x1) / 2
    return None


def qty_first(head: TextLine) -> tuple[float, float] | None:
    """The span of the quantity's head when it stands left of the description's ('Pos. Menge
    Beschreibung … VK-Preis'): the quantity is printed before the text, not before the price."""
    m = QTY_WORDS.search(head.folded)
    desc = DESC_HEAD.search(head.folded)
    if m is None or desc is None or desc.start() < m.start():
        return None
    return head.span_x(m.start(), m.end())


def lead_qty(ln: TextLine, span: tuple[float, float], price_at: int) -> tuple[str, str] | None:
    """The number under the quantity's head and the text after it up to the price."""
    x0, x1 = span
    for i, w in enumerate(ln.words):
        mid = (w.x0 + w.x1) / 2
        if x0 - 15 <= mid <= x1 + 15 and re.fullmatch(r"\d+(?:[.,]\d+)?", w.text):
            rest = ln.text[ln.starts[i] + len(w.text) : price_at].strip(" €$£")
            return plain(w.text.replace(",", ".")) or w.text, rest
    return None


def _cell_start(ln: TextLine, offset: int) -> bool:
    """The word at *offset* starts a cell: a gap wider than a space stands before it."""
    i = ln.word_at(offset)
    return i > 0 and ln.words[i].x0 - ln.words[i - 1].x1 > max(8.0, 0.8 * ln.words[i].size)


def mid(ln: TextLine, amount: tuple[Decimal, int, int]) -> float:
    x0, x1 = ln.span_x(amount[1], amount[2])
    return (x0 + x1) / 2


def plain(q: str | None) -> str | None:
    if q is None:
        return None
    d = Decimal(q).normalize()
    return f"{d:f}"


# a row's quantity and its unit price as a program prints the numbers it was given, one
# decimal or none ('Paracetamol strip | 1 | 451.5 | 451.50'), right before the line total
_BARE_PRICE = re.compile(r"(?:^|\s)(\d{1,6}(?:[.,]\d{1,3})?)\s+(\d{1,9}(?:[.,]\d)?)\s*$")


def bare_price(before: str, total: Decimal) -> tuple[Decimal, int, int] | None:
    """The unit price printed bare in *before* (a row's text up to its line total), with where
    it stands: only when the quantity before it times it makes *total* to the cent."""
    m = _BARE_PRICE.search(before)
    if m is None:
        return None
    qty, price = (Decimal(m.group(k).replace(",", ".")) for k in (1, 2))
    return (price, m.start(2), m.end(2)) if qty * price == total else None


def bare_row(ln: TextLine) -> list[tuple[Decimal, int, int]]:
    """A row's unit price and line total printed bare, each alone in its cell ('Transport |
    2220 | RON | 10 | C62 | 11% | 22200'), with where they stand: only when two numbers in cells
    before the last make it to the cent (the quantity times the price; the price the one with
    decimals, or the larger)."""
    nums = bare_cells(ln)
    if len(nums) < 3:
        return []
    total = nums[-1]
    # (a row's position number, its first cell, is neither when two others make it)
    rest = nums[1:-1] if nums[0][1] == 0 and len(nums) > 3 else nums[:-1]
    for i, x in enumerate(rest):
        for y in rest[i + 1 :]:
            if x[0] * y[0] == total[0] and total[0] > 0:
                price = max((x, y), key=lambda n: (n[0] != n[0].to_integral_value(), n[0], n[1]))
                return [price, total]
    return []
