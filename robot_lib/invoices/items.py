"""The item table and what ties it to the totals: line items read from the table under a
head of quantity and amount words (where its columns stand: :mod:`item_columns`), and a
contractor's hours × rate; the discount or charge between them and the net, and a net derived
when none is printed, are read in :mod:`adjustments`."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property

from robot_lib.invoices import payments, rate_checks, totals
from robot_lib.invoices.adjustments import Adjustments
from robot_lib.invoices.item_columns import (
    bare_price,
    bare_row,
    lead_qty,
    mid,
    net_cell,
    net_column,
    plain,
    qty_first,
)
from robot_lib.invoices.itemsums import SUM_ROW, TAX_HEAD_WORD, GrandRow, grand_row, heads
from robot_lib.invoices.label_line import identifier
from robot_lib.invoices.labels import DESC_HEAD, QTY_WORDS, UNIT_PRICE_LINE
from robot_lib.invoices.labels_beside import (
    ALLOWANCE,
    HOURLY_RATE,
    REVERSE_CHARGE,
    TOTAL_HOURS,
)
from robot_lib.invoices.lines import Hit, TextLine, cell_amounts
from robot_lib.invoices.model import Extraction, LineItem
from robot_lib.invoices.parse import WORDS, amounts_in, dates_in, fold, money_reading
from robot_lib.invoices.tax_split import derived
from robot_lib.invoices.wrapped_rows import AMOUNT_HEAD, item_details, joined_rows, table_head


class ItemTable(Adjustments):
    """Mixed into the layout extractor: its lines and label hits are read here (what they are:
    :class:`adjustments.Adjustments`)."""

    def _item_head(self, ln: TextLine) -> bool:
        """*ln* is an item table's head, or a line its heads wrap onto ('VK-Preis' over
        'Ohne' over 'MwSt.' beside 'Menge'): an amount under it is an item's, not a total."""
        if _DATED_HEAD.match(ln.folded) and DESC_HEAD.search(ln.folded):
            return True  # 'Date | Description | Charges | Credits': an account's entries
        if (m := DESC_HEAD.match(ln.folded)) and _DATE_WORD.search(ln.folded, m.end()):
            return True  # 'Description | Date | Tax | Amount': a subscription's dated items
        return totals.item_heads(self.lines, ln.index)

    def _items_date(self, h: Hit) -> bool:
        """Is *h* a bare 'Date' heading a column of the item table's head ('Date | Description
        | QTY | Unit Price | Net Amount')? Each item's date stands under it, not the document's."""
        word = " ".join(h.line.folded[h.start : h.end].split())
        if _DATED_HEAD.fullmatch(word) is None or dates_in(h.line.text):
            return False  # ('Date 21/08/2026': a label with its value)
        return h.line is self._head or DESC_HEAD.search(h.line.folded) is not None

    def _hours_times_rate(self, ex: Extraction, gross: Decimal) -> None:
        """A contractor's invoice with no tax: 'Total hours 37.5' and 'Hourly rate $85.00'
        printed with the totals. When they multiply to the gross to the cent, that is the
        evidence for it."""
        hours = rate = None
        for ln in self.lines:
            if hours is None and (m := TOTAL_HOURS.search(ln.folded)):
                nums = re.findall(r"\d+(?:[.,]\d+)?", ln.folded[m.end() :])
                hours = Decimal(nums[0].replace(",", ".")) if len(nums) == 1 else None
            elif rate is None and (m := HOURLY_RATE.search(ln.folded)):
                found = amounts_in(ln.folded[m.end() :])
                rate = found[0][0] if len(found) == 1 else None
        if hours is None or rate is None or (hours * rate).quantize(Decimal("0.01")) != gross:
            return
        note = (
            f"the total hours {hours:f} × the hourly rate {rate:.2f} make the gross, no tax printed"
        )
        ex.totals_evidence = note
        ex.set("gross_total", f"{gross:.2f}", "layout", 0.9, note)

    @cached_property
    def _head(self) -> TextLine | None:
        return table_head(self.lines)

    @cached_property
    def grand_row(self) -> GrandRow | None:
        """The item table's last row of totals under its items (:func:`itemsums.grand_row`)."""
        return grand_row(self.lines)

    @cached_property
    def details(self) -> set[int]:
        """The lines of the items' details in small type (their keys, their own taxes)."""
        return item_details(self.lines, self._head) if self._head is not None else set()

    def _line_items(self, ex: Extraction) -> None:
        head = self._head
        if head is None:
            ex.tax_column = any(_taxed(x) for x in self.lines)  # (see below)
            self._loose_items(ex)
            return
        stop = set()
        last_page = self.lines[-1].page
        details = self.details  # an item's keys and taxes in small type
        heads_of: dict[int, set[str]] = {}  # a line of heads under the items: the totals named
        for f in totals.KEYS:  # a charge (shipping) may be one of the items
            for h in self.labels(f):
                bare = not amounts_in(h.line.text)
                repeated_head = bare and self._item_head(h.line)
                if bare and not repeated_head:
                    heads_of.setdefault(h.line.index, set()).add(f)
                # an item's note ('Tax: 0.2%'): no amount on its line or under it
                note = bare and totals.under(self.lines, h) is None
                # a page's running sum as the items go on ('Zwischensumme Seite 1', 'Übertrag')
                carried = _CARRY.search(h.line.folded) is not None and h.line.page < last_page
                # a doubtful word inside an item's text, its row's price and total beside it
                # ('Merino base layer | 5 | 54.50 | 272.50'): a product's name
                named = h.weight < 0.8 and not any(a == h.start for a, _b in h.line.cells)
                named = named and len(cell_amounts(h.line)) >= 2
                inner = h.line.index in details  # an item's own tax row
                # an item's name wrapped, a charge's word its second line ('Delivery' over
                # 'Charges  559.09  2,795.45  3,214.77')
                wrapped = _name_wrapped(self.lines, h)
                if h.line.index > head.index and not (
                    repeated_head or note or carried or named or inner or wrapped or identifier(h)
                ):
                    stop.add(h.line.index)
        # the table's own sum under its last row, one amount and no total's word ('SUMA: 4 499.40',
        # 'SUM: 400.00'): no item after it (a tax table's rates may follow under other heads);
        # not a page's running sum ('Zwischensumme Seite 1')
        stop |= {
            x.index
            for x in self.lines[head.index + 1 :]
            if SUM_ROW.match(x.folded) and len(cell_amounts(x)) == 1 and not _CARRY.search(x.folded)
        }
        # another table's heads after the items' first row, two totals named and no amount, in
        # the items' type ('Płatność: przelew | Stawka VAT | Netto | VAT | Brutto'): its rows
        # are no items (an item's own taxes under their heads in small type are its details)
        first = next((x.index for x in self.lines[head.index + 1 :] if cell_amounts(x)), None)
        size = min(w.size for w in head.words) - 0.5
        stop |= {
            i
            for i, fs in heads_of.items()
            if len(fs) >= 2 and first is not None and i > first
            if max(w.size for w in self.lines[i].words) >= size
        }
        if self.grand_row is not None and self.grand_row.backed:
            stop.add(self.grand_row.first)  # the rows of totals under the items
        cells = heads(self.lines, head)  # each head with the words wrapped over and under it
        net_x = net_column(head) or net_cell(cells)
        qty_at = qty_first(head)
        taxed = [(x0, x1) for text, x0, x1 in cells if TAX_HEAD_WORD.search(_UNTAXED.sub("", text))]
        ex.tax_column = bool(taxed) and not any(
            REVERSE_CHARGE.search(ln.folded) for ln in self.lines
        )
        # ... or under heads no word of ours names, rows that print a rate and the tax it
        # makes of an amount beside it ('340,00 € 21,00% 71,40 €')
        rows_end = min(stop, default=len(self.lines))
        # one amount's head, no price's ('Datum | GOÄ-Nr. | Leistung | Faktor | Betrag'), over
        # rows most of which print one amount: a row's one amount under it is its total (under
        # 'Quantity | Item | Price' it may be the price of one)
        counts = [n for x in self.lines[head.index + 1 : rows_end] if (n := len(cell_amounts(x)))]
        worded = list(AMOUNT_HEAD.finditer(head.folded))
        alone = None
        if len(worded) == 1 and 2 * counts.count(1) > len(counts):
            if not _PRICE_WORD.search(worded[0].group(0)):
                alone = head.span_x(worded[0].start(), worded[0].end())
        # a row that prints one amount below zero under the last amount's head takes it off
        # the items ('Leergut-Rücknahme | | | -18,60': empties taken back)
        last = head.span_x(worded[-1].start(), worded[-1].end()) if worded else None
        ex.tax_column = ex.tax_column or any(_taxed(x) for x in self.lines[head.index : rows_end])
        ex.tax_column &= not rate_checks.zero_rated(self.lines[head.index + 1 : rows_end])
        ex.tax_column &= not rate_checks.dashed(self.lines[head.index + 1 : rows_end], taxed)
        currency = ex.value("currency")

        def rows(a: int, b: int, first: bool = False) -> list[tuple[int, LineItem]]:
            """Each item read from lines a to b, with its line's index (in the table's *first*
            section, before any sum, a row of one amount below zero too)."""
            credit_at = last if first else None
            # a row's amounts wrapped over its text; no item's details
            joined = joined_rows([x for x in self.lines[a:b] if x.index not in details])
            found = (
                (x.index, self._item_row(x, net_x, qty_at, currency, alone, credit_at))
                for x in joined
            )
            return [(i, r) for i, r in found if r is not None]

        # the table ends at its first total, unless that total is the sum of the items above
        # it (since the table's head or the last such total) and more items follow it before
        # the next total: a section's subtotal (Odoo prints one under each section); or the
        # table's heads follow again, each section with its own heads, tax and total (projects)
        items: list[tuple[int, LineItem]] = []
        charged = {h.line.index for h in self.labels("charges")}
        bounds = sorted(stop) + [len(self.lines)]
        k, section = 0, rows(head.index + 1, bounds[0], first=True)
        while True:
            end = bounds[k]
            items += section
            if end == len(self.lines):
                break
            if (again := _foot_again(self.lines, end, head)) is not None:
                # the table's foot, its totals, printed again on the next page under its heads
                # printed again (a browser repeats a table's foot as it does its head): the
                # rows go on under those heads
                k = next(i for i, b in enumerate(bounds) if b > again)
                section = rows(again + 1, bounds[k])
                continue
            sums = cell_amounts(self.lines[end])
            closes = len(sums) == 1 and bool(section)
            total = money_reading(sums[0][0], currency) if closes else None
            closes = closes and (
                total == sum(Decimal(r.line_total or 0) for _i, r in section)
                or _sums_group(self.lines, section, total)
            )
            # (not under another table's heads right after the sum: 'Stawka VAT | Netto | VAT |
            # Brutto', the tax table's rows)
            section = rows(end + 1, bounds[k + 1]) if closes else []  # the next section's rows
            section = [] if _new_table(self.lines, end + 1) else section
            # (no row that prints that sum again: a tax table's 'Products | 20 % | 88.50 | 17.70';
            # no charge's after the sum: 'Eco Tax (-2.00) | £10.00')
            # (nor one whose amounts were wrapped onto its line from the next: 'Payment date:
            # 2026-04-07' over '0% | 400.00 | 0.00 | 400.00')
            summed = f"{total:.2f}" if total is not None else None
            section = [
                (i, r)
                for i, r in section
                if not _prints(self.lines[i], total, currency) and r.line_total != summed
            ]
            section = [(i, r) for i, r in section if i not in charged]
            k += 1
            if closes and not section:
                again = next((x.index for x in self.lines[end + 1 :] if x.folded == head.folded), 0)
                k = next((i for i, b in enumerate(bounds) if b > again), k) if again else k
                section = rows(again + 1, bounds[k]) if again else []
            if not section:
                break
        if items:
            ex.lines = [r for _i, r in items]
            ex.lines_source = "layout"
            self.item_rows = frozenset(i for i, _r in items)
            self._adjustment(ex, sum((Decimal(r.line_total or 0) for r in ex.lines), Decimal(0)))
            net, tax = ex.value("net_total"), ex.value("tax_total")
            if net_x is not None and taxed and net is not None and tax is not None:
                rated = [(self.lines[i].text, Decimal(r.line_total or 0)) for i, r in items]
                if over := rate_checks.items_at_their_rates(rated, Decimal(net), Decimal(tax)):
                    ex.reasons.append(over)

    def _item_row(
        self,
        ln: TextLine,
        net_x: float | None,
        qty_at: tuple[float, float] | None,
        currency: str | None,
        alone: tuple[float, float] | None = None,
        last: tuple[float, float] | None = None,
    ) -> LineItem | None:
        """*ln* as an item row of the table: a description, a price and a line total (in the
        net column when the head names one; no price when none stands before the net), its
        quantity before the price (or the net's rate) or, in a table whose head puts the
        quantity first, before the text. Under a head of one amount's column (*alone*: its
        head's extent), a row's one amount standing under it is its total."""
        if QTY_WORDS.search(ln.folded) and AMOUNT_HEAD.search(ln.folded):
            return None  # the header repeated on the next page
        if UNIT_PRICE_LINE.match(ln.folded) or SUM_ROW.match(ln.folded):
            return None  # the unit price of the item above on a line of its own; the sums' row
        found = [
            (money_reading(v, currency), s, e)
            for v, s, e in cell_amounts(ln)
            if not re.match(r"\s?%", ln.text[e : e + 2])
        ]
        if len(found) == 1:  # its price printed bare ('1 | 451.5 | 451.50'), backed by the sum
            bare = bare_price(ln.text[: found[0][1]].rstrip(" €$£"), found[0][0])
            found = [bare, *found] if bare else found
        if len(found) < 2:  # (or both printed bare: '2220 | RON | 10 | 22200')
            found = bare_row(ln) or found
        # (a payment received is no item: 'Betaling modtaget, mange tak! | kr -3.852,00')
        credit = found and found[0][0] < 0 and not payments.PAYMENT_RX.search(ln.folded)
        at = alone if alone is not None else last if credit else None
        if len(found) == 1 and at is not None:
            x0, x1 = ln.span_x(found[0][1], found[0][2])
            if x1 <= at[0] or x0 >= at[1]:
                return None  # not under the amount's head
        elif len(found) < 2:
            return None
        k = len(found) - 1
        if net_x is not None:  # the net amount's column, not the gross one right of it
            k = min(range(len(found)), key=lambda i: abs(mid(ln, found[i]) - net_x))
        # no amount before the net: no unit price printed ('Qty | Tax rate | Net | Gross')
        total, price = found[k], found[k - 1] if k else None
        cut = (price or total)[1]
        before = ln.text[:cut].rstrip(" €$£")
        if price is None:  # the row's tax rate before its net ('3  19 %  477,72 €')
            before = re.sub(r"\s*\d{1,2}(?:[.,]\d{1,2})?\s?%$", "", before).rstrip()
        m = re.search(r"(?:^|\s)(\d+(?:[.,]\d+)?)\s*(?:[a-zA-Z]{1,5}\.?)?\s*$", before)
        qty = None
        desc = before
        if m:
            qty = m.group(1).replace(",", ".")
            desc = before[: m.start()].strip()
        desc = re.sub(r"^\d{1,3}\s+", "", desc).strip()
        lead = lead_qty(ln, qty_at, cut) if qty_at is not None else None
        if lead is not None:  # 'Pos. | Menge | Beschreibung': the quantity before the text
            qty, desc = lead
        if not desc:
            return None
        unit = f"{price[0]:.2f}" if price else None
        return LineItem(desc, plain(qty), unit, f"{total[0]:.2f}")

    def _loose_items(self, ex: Extraction) -> None:
        """No item table: the lines right above the totals that each end with one amount
        ('Cover illustration … £1,400.00', 'Equipment hire €250.00'; a description wrapped
        onto a line or two without one goes with the item above it) are the items when they
        add up to the net, or (no tax printed) to the gross; with no net printed, above the tax
        to the gross less the tax (a dinner, the wine and a service charge, then 'VAT 20%'):
        they are then the net's evidence, the tax at its printed rate too. Not lines under an
        item table's rows of several amounts, when no net or tax was read: those are its totals
        in words no rule knows."""
        gross, net, tax = (ex.value(k) for k in ("gross_total", "net_total", "tax_total"))
        want = net or (gross if tax is None else None)
        derive = want is None and gross is not None and tax is not None and Decimal(tax) > 0
        if derive:
            want = f"{Decimal(str(gross)) - Decimal(str(tax)):.2f}"
        if want is None:
            return
        labelled = {h.line.index for f in totals.KEYS for h in self.labels(f)}
        anchor = tax if derive else want  # the line the items stand over
        at = [
            ln
            for ln in self.lines
            if ln.index in labelled
            and any(v == Decimal(str(anchor)) for v, _s, _e in amounts_in(ln.text))
        ]
        if not at:
            return
        items: list[LineItem] = []
        wrapped: list[str] = []  # a description's lines under its first: no amount on them
        under_rows = False  # the lines stand under a table's rows of several amounts
        for ln in reversed(self.lines[max(0, at[0].index - 12) : at[0].index]):
            found = [a for a in cell_amounts(ln) if not _worded(ln, a[2])]
            if ln.index in labelled or ln.page != at[0].page:
                break
            if not found and len(wrapped) < 2 and not re.search(r"[€$£]", ln.text):
                wrapped.insert(0, ln.text)
                continue
            if len(found) != 1:
                under_rows = len(found) > 1
                break
            v, start, end = found[0]
            desc = ln.text[:start].strip(" .:|€$£")
            after = re.sub(r"[A-Z]{3}|[€$£]", "", ln.text[end:]).strip()
            # nothing after the amount but its currency's code, sign or name ('250.00 Euro')
            if not re.search(r"[^\W\d_]{3}", desc) or (after and fold(after) not in WORDS):
                break
            items.insert(0, LineItem(" ".join([desc, *wrapped]), None, None, f"{v:.2f}"))
            wrapped = []
        if len(items) < 2 or sum(Decimal(i.line_total or 0) for i in items) != Decimal(want):
            return
        if under_rows and net is None and tax is None:
            # lines of one amount under an item table's rows, adding up to the total: its net
            # and tax under words no rule knows ('Čistá cena', 'Daň'), not items with no tax
            return
        if derive and not _at_its_rate(at[0], Decimal(want), Decimal(str(tax))):
            return
        ex.lines, ex.lines_source = items, "layout"
        if derive:
            note = (
                f"no net printed: the {len(items)} lines above the tax make the gross less the tax"
            )
            derived(ex, want, note)


def _taxed(ln: TextLine) -> bool:
    """Does the line print a rate above 0 % and the tax it makes of another amount on it (not
    a discount's: 'Rabatt 10 % 100,00 10,00')?"""
    if ALLOWANCE.search(ln.folded):
        return False
    rates = [Decimal(r) for r in rate_checks.rates_in(ln.text) if Decimal(r) > 0]
    amounts = [a for a, _s, _e in amounts_in(ln.text) if a > 0]
    return any(
        abs(a * r / 100 - b) <= Decimal("0.01") for r in rates for a in amounts for b in amounts
    )


# a price's word among the amount heads ('Price', 'Einzelpreis', 'Rate', 'Cena')
_PRICE_WORD = re.compile(
    r"price|preis|prix|prijs|precio|prezzo|preco|pris|rate|ansatz|cena|cijena|harga"
)

# a running sum carried to the next page
_CARRY = re.compile(
    r"\b(?:seite|page|strona|pagina|blatt)\s*\d+\b|\b(?:ubertrag|uebertrag|carried\s*forward|"
    r"a\s*reporter|riporto|a\s*riportare|z\s*przeniesienia|do\s*przeniesienia|transport)\b"
)

# the head of an amount without the tax, not of the tax's column ('Ohne MwSt.', 'excl. VAT')
_UNTAXED = re.compile(
    r"\b(?:ohne|without|excl\w*|exkl\w*|hors|sans|bez|before|pre|zonder|sin|senza|sem)\W*"
    r"(?:tax|vat|mwst|ust|tva|iva|btw|gst|dph|dane)\b|\btaxable\b"  # ('bez daně', Czech)
)


def _worded(ln: TextLine, end: int) -> bool:
    """An amount that a word follows in its cell is the item text's count ('Translation of the
    annual report, 9.400 words'), not its price; its currency's code or name is no such word
    ('1,400.00 GBP', '250,00 Euro')."""
    cell = next((ln.text[end:b] for a, b in ln.cells if a < end <= b), "")
    word = (cell.split() or [""])[0]
    code = re.fullmatch(r"[A-Z]{3}", word) is not None
    return re.match(r"[^\W\d_]{3}", word) is not None and not code and fold(word) not in WORDS


def _name_wrapped(lines: list[TextLine], h: Hit) -> bool:
    """Does the doubtful label *h* ('Charges') begin its line as the second line of an item's
    name, its left edge where the first line's is: the row's amounts beside it (two or more)
    and the name's first line over it with no amount (a line of the row's centred cells may
    stand between: 'Delivery' over 'Charges  1,953.27  23,439.24'); or no amount beside it,
    right under its row ('Delivery  12  1,953.27  23,439.24' over 'Charges')?"""
    ln = h.line
    if h.weight >= 0.8 or ln.text[: h.start].strip():
        return False
    size = max(w.size or 10.0 for w in ln.words)
    x0 = ln.words[ln.word_at(h.start)].x0
    row = len(cell_amounts(ln)) >= 2
    if not row and cell_amounts(ln):
        return False
    for above in reversed(lines[max(0, ln.index - 2) : ln.index]):
        if above.page != ln.page or not 0 < ln.top - above.top <= 1.6 * size:
            break
        if any(abs(w.x0 - x0) < 2 and w.text[:1].isalpha() for w in above.words):
            return not cell_amounts(above) if row else len(cell_amounts(above)) >= 2
        if not row:
            break  # (the row right over it)
    return False


def _sums_group(
    lines: list[TextLine], rows: list[tuple[int, LineItem]], total: Decimal | None
) -> bool:
    """*total* sums the last of *rows*, those under a line that prints no amount: a charge's
    name over its tiers ('Build minutes' / 'Fee per unit for the first 2000 … $0.00' / 'Fee per
    unit for 2001 and above … $113.68' / 'Subtotal $113.68'), the rows above it another item's."""
    for j in range(1, len(rows)):
        at = rows[j][0]
        if at - 1 > rows[j - 1][0] and not cell_amounts(lines[at - 1]):
            if total == sum(Decimal(r.line_total or 0) for _i, r in rows[j:]):
                return True
    return False


def _foot_again(lines: list[TextLine], end: int, head: TextLine) -> int | None:
    """The index of the item table's *head* printed again on a later page, when the total's line
    *end* is printed again, the same, on that page or after it, and other rows follow the head
    there (not a copy of the whole invoice: 'ORYGINAŁ', 'KOPIA'); None when it is not."""
    foot = lines[end]
    if not cell_amounts(foot):
        return None
    again = next(
        (x for x in lines[end + 1 :] if x.page > foot.page and x.folded == head.folded), None
    )
    if again is None or not any(x.folded == foot.folded for x in lines[again.index + 1 :]):
        return None
    if _first_row(lines, head.index) == _first_row(lines, again.index):
        return None  # the same rows again: a copy
    return again.index


def _first_row(lines: list[TextLine], head: int) -> str | None:
    """The folded text of the first line with an amount under line *head*."""
    return next((x.folded for x in lines[head + 1 :] if cell_amounts(x)), None)


def _new_table(lines: list[TextLine], i: int) -> bool:
    """Line *i* is a row of three or more heads, no figure among them: another table starts."""
    return i < len(lines) and len(lines[i].cells) >= 3 and not re.search(r"\d", lines[i].text)


def _prints(ln: TextLine, amount: Decimal | None, currency: str | None) -> bool:
    """*ln* prints *amount* among its amounts."""
    return any(money_reading(v, currency) == amount for v, _s, _e in cell_amounts(ln))


def _at_its_rate(ln: TextLine, net: Decimal, tax: Decimal) -> bool:
    """The tax line's rate ('VAT 20%') makes the tax from the net, to the cent."""
    rates = rate_checks.rates_in(ln.text)
    if not rates:
        return False
    return abs(net * Decimal(rates[0]) / 100 - tax) <= Decimal("0.005")  # to the cent, no more


_DATED_HEAD = re.compile(r"(?:date|datum|fecha|data|dato)\b")
_DATE_WORD = re.compile(r"\b" + _DATED_HEAD.pattern)
