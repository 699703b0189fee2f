"""Generic layout rules over words with positions: label-anchored values (right of or below
a label, ``lines``), totals checked against each other (``totals_reader``, ``totals``), the
seller by evidence (``seller``), the issue and due dates (``dated``), line items from the item
table (``items``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from robot_lib.invoices import (
    countries,
    note_parts,
    numbers,
    other_bills,
    sidebar,
    totals,
)
from robot_lib.invoices import labels_arabic as arabic
from robot_lib.invoices.backing import IBAN
from robot_lib.invoices.copies import first_copy
from robot_lib.invoices.countries import day_first_language, iberian, vat_currency
from robot_lib.invoices.currency import (
    converted_lines,
    currency_at_total,
    dollar_home,
    page_currency,
    seller_dollar,
)
from robot_lib.invoices.dated import DateReader, at_label, dated_title, order_receipt
from robot_lib.invoices.doc_kinds import (
    ADVANCE,
    NOT_INVOICE,
    PURCHASE_ORDER,
    SLIP,
    TYPE_CODE,
    above_items,
    in_capitals,
)
from robot_lib.invoices.envelope import US_STATE_ZIP
from robot_lib.invoices.grid import bare_numbers, beside_cell, grid_cell, wrapped_heads
from robot_lib.invoices.ids import read_id, series_before
from robot_lib.invoices.label_line import negated, right_text, tax_service
from robot_lib.invoices.labels import INVOICE_WORD, LABEL_RX, TITLE_WORDS, TOTAL_RX, UNIT_PRICE_LINE
from robot_lib.invoices.lines import (
    Hit,
    TextLine,
    below_text,
    build_lines,
    cell_below,
    find_labels,
    read_date,
)
from robot_lib.invoices.model import Extraction
from robot_lib.invoices.parse import (
    amounts_in,
    currencies_in,
    dates_in,
    fold,
    slash_order,
    squashed,
)
from robot_lib.invoices.seller import find_seller
from robot_lib.invoices.total_cands import total_candidates
from robot_lib.invoices.totals_reader import TotalsReader
from robot_lib.invoices.validate import MIN_CONFIDENCE
from robot_lib.invoices.words import unmapped_share
from robot_lib.invoices.wrapped_dates import run_on
from robot_lib.pdf import Document

# ------------------------------------------------------------------ the extractor


# what makes another document's name a reference to it, not a title: its number or date
# label ('Lieferschein-Nr :', 'Lieferschein-Datum', 'Delivery note no.:', 'Angebot vom')
_REFERENCE = re.compile(
    r"\s*-?\s*(?:nr|no|nummer|number|num|n[o°]|datum|date|vom|from|du|del|ref)\b\.?\s*(?::|$)"
)


# what may stand before the title's word in its cell: up to two words of the invoice's kind,
# after the title in Arabic on a page read right to left
# (or a title in two parts, 'Faktura - daňový doklad 5954658160')
_TITLE_KIND = re.compile(r"(?:(?:" + arabic.TITLES + r")\s+)?(?:[a-z]+\s*[-–]?\s+){0,2}")


# the Gulf's currencies: pages that write their dates in either order
_GULF = frozenset({"SAR", "AED", "BHD", "OMR", "KWD", "QAR"})


class LayoutExtractor(TotalsReader, DateReader):
    def __init__(self, doc: Document, mirror: bool = False) -> None:
        self.doc = doc
        self.lines = wrapped_heads(first_copy(build_lines(doc, mirror)))
        self.height = doc.page_height(0) if doc.page_count else 842.0
        self.width = doc.page_width(0) if doc.page_count else 595.0
        self._hits: dict[str, list[Hit]] = {}
        self._raw_hits: dict[str, list[Hit]] = {}
        self._found: dict[tuple[str, str, bool], list[tuple[str, float, Hit]]] = {}
        self.converted = converted_lines(self.lines)  # amounts in another currency, at a rate
        # (the review reason, the two numbers) when the page prints two for the invoice
        self.numbers_apart: tuple[str, tuple[str, str]] | None = None
        self.total_cands: dict[str, list[totals.Cand]] = {}
        self.full = "\n".join(ln.text for ln in self.lines)
        # a page whose text layer cannot be read, however many of its values look like values
        self.unmapped = unmapped_share(w.text for w in doc.words())
        self.seller_found = find_seller(self.lines, self.height)  # (before the dates: below)
        found = self.seller_found  # (the dollar of the country its block names: 'Australia')
        self.seller_home = seller_dollar(self.lines, found.name) if found else None
        self.order = slash_order(self.full)  # proven by a date with a part over 12, or None
        if self.order is None:  # ... or by a date printed again year first beside it
            self.order = countries.twin_order([ln.text for ln in self.lines])
        # the US dollar puts the month first; not a Spanish or Portuguese page (Latin
        # America's pesos) nor Australia's, New Zealand's, Singapore's or Hong Kong's dollar,
        # nor a page in a language that writes the day first (a French page billed in USD)
        codes = set(currencies_in(self.full))
        self.iberian = iberian(self.full)  # a Spanish or Portuguese page
        dollar = "$" in self.full and not self.iberian and not codes & _DAY_FIRST_DOLLARS
        us = (dollar or _USD.search(self.full) is not None) and not day_first_language(self.full)
        # dollars on a page whose VAT or business numbers are of a country that writes the
        # day first (a British seller billing in USD, an Australian '$' beside its ABN): the
        # day first, unless a US address stands there too (then either could be meant)
        home = (vat_currency(self.full) or dollar_home(fold(self.full))) if us else None
        mixed = home not in (None, "CAD") and _US_ADDRESS.search(self.full) is not None
        if home not in (None, "CAD"):
            us = mixed
        us = us and self.seller_home not in _DAY_FIRST_DOLLARS  # (an Australian seller's '$')
        self.month_first = self.order if self.order is not None else us
        # Canada writes dates both ways, and a program outside the US may write US dates
        # ('6/9/2026'): with no date to prove the order, day and month may be swapped; so too
        # in the Gulf, where English programs keep their US default (Odoo's en_US: '03/07/2026')
        # beside the region's own day first
        us_style = not us and not self.iberian and self.order is None
        us_style = us_style and countries.us_style_dates(self.full)  # (asked only then)
        both = "CAD" in codes or bool(codes & _GULF)
        self.order_guess = self.order is None and (both or mixed or us_style)

    def labels(self, field: str) -> list[Hit]:
        """The label hits of one field (header fields and totals), found once per document."""
        if field not in self._hits:
            hits = self._patterns_hit(field)
            if field == "invoice_number":  # 'Externe Belegnummer': another party's number
                hits = [h for h in hits if not _EXTERNAL.search(h.line.folded[: h.start])]
                # an earlier invoice taken off the total, amounts below zero after it ('abzgl.
                # 1. Abschlagsrechnung Nr. … -3.570,00', 'Acconto fattura n. 4/2026 | -7.000,00')
                hits = [h for h in hits if not _deducted(h)]
                dated = self.labels("issue_date") + self.labels("due_date")
                hits = [numbers.heading_labels(h, dated) for h in hits]  # 'INVOICE' over 'DATE'
            if field == "due_date":  # 'Paiement dû' with its accent ('Paiement du …': of a day)
                hits = [h for h in hits if not _BARE_DU.search(h.line.text, h.start, h.end)]
                hits = [h for h in hits if not _owed(h)]  # 'TOTAL DUE': the gross's label
            if field in TOTAL_RX:  # an item's unit price names no total, nor converted amounts
                hits = [h for h in hits if not UNIT_PRICE_LINE.match(h.line.folded)]
                hits = [h for h in hits if h.line.index not in self.converted]
            if field == "tax_total":  # 'TOTAL NO VAT': no tax's label, nor 'VAT return Q1'
                hits = [h for h in hits if not negated(h, self.lines) and not tax_service(h)]
            if field in ("issue_date", "due_date"):  # a bare 'Date' heading items' column
                hits = [h for h in hits if not self._items_date(h)]
            hits = [h for h in hits if h.line.index not in self._other_bills]
            self._hits[field] = hits
        return self._hits[field]

    def _patterns_hit(self, field: str) -> list[Hit]:
        """The label hits of one field as its patterns find them, none passed over yet."""
        if field not in self._raw_hits:
            table = TOTAL_RX if field in TOTAL_RX else LABEL_RX
            self._raw_hits[field] = find_labels(self.lines, table[field])
        return self._raw_hits[field]

    @cached_property
    def _other_bills(self) -> set[int]:
        """The lines of a list of the customer's other open bills (:mod:`other_bills`)."""
        numbered, billed = self._patterns_hit("invoice_number"), self._patterns_hit("gross_total")
        return other_bills.listed(self.lines, numbered, billed)

    def _total_candidates(self) -> dict[str, list[totals.Cand]]:
        return total_candidates(self)

    def run(self, ex: Extraction) -> None:
        self._document_kind(ex)
        numbered = self._simple(ex, "invoice_number", "id")
        self._several_invoices(ex, numbered)
        if numbered and numbered[0][0] == ex.value("invoice_number"):
            self._with_series(ex, numbered[0][2])
        numbers.from_title(ex, self.lines, self.doc.metadata.get("Title"))
        self._simple(ex, "po_number", "id")
        if ex.value("invoice_number") is None and order_receipt(self.lines):
            # the order's receipt: its order's number is its own ('Order #: 167072514')
            ex.set("invoice_number", ex.value("po_number"), "layout", 0.8, "the order's number")
        self._dates(ex)
        self._currency(ex)
        if not note_parts.read(ex, self.lines, ex.value("currency")):  # (a Brazilian note)
            self._totals(ex)
        self._scheduled_due(ex)
        self._unpaid_payment_date(ex)
        currency_at_total(ex, self.lines)
        self._seller(ex)
        self._line_items(ex)

    def _document_kind(self, ex: Extraction) -> None:
        """A title in the page's largest or second largest type in its top two fifths that
        names another document ('PROFORMA INVOICE', 'Angebot', 'Lieferschein', 'Mahnung'):
        nothing to book without a person. A reference to one in the header ('Lieferschein-Nr.
        4711' in body type, or 'Lieferschein-Nr : L876…' / 'Lieferschein-Datum' on a page
        printed in one type) is not the title; nor, under the invoice's own title, the label
        of the customer's order in body type over its number ('Purchase Order' over 'PO-3484'
        in a box)."""
        folded = fold(self.full)
        m = _SELF_BILLED.search(folded)
        coded = TYPE_CODE.search(folded)  # ('Rechnungsart: 381' in an e-invoice's view)
        if m or (coded and coded.group(1) == "389"):
            shown = re.search(_SELF_BILLED.pattern, self.full, re.I)  # as printed, if it can
            said = f"'{shown.group(0) if shown else m.group(0)}'" if m else "type code 389"
            ex.reasons.append(
                f"a self-billed invoice ({said}): the customer wrote it, so the seller is "
                "the addressee, not the letterhead; confirm who bills whom"
            )
            return
        if coded:
            code = coded.group(1)
            ex.reasons.append(f"the document's type code is {code}: a credit note, not an invoice")
            return
        first = [
            ln for ln in above_items(self.lines) if ln.page == 0 and ln.top < self.height * 0.4
        ]
        sizes, body = self._page_type
        # the lines just under the number's label: a caption there names the document's kind
        # in any type ('Numer faktury' over 'FV 12/2026' over 'Faktura korygująca', an
        # e-invoice's official view)
        numbered = {
            h.line.index + k
            for h in self.labels("invoice_number")
            if h.line.page == 0
            for k in (1, 2, 3)
        }
        invoiced = False  # the invoice's own title stands above: a slip under it is its part
        for ln in first:
            for a, b in ln.cells:
                size = round(ln.words[ln.word_at(a)].size)
                titled = invoiced  # the invoice's title stands before this cell
                invoiced = invoiced or bool(TITLE_WORDS.match(ln.folded[a:b]))
                caption = ln.index in numbered and len(ln.cells) == 1
                if size not in sizes and not caption:
                    continue
                if len(ln.cells) > 2 and not in_capitals(ln.text[a:b], ln.text):
                    # a row of a header grid ('Invoice No. | Delivery Note | Dated'), unless
                    # the cell is in capitals ('Lieferant | Käufer | LIEFERSCHEIN | Seite 1')
                    continue
                cell = ln.folded[a:b]
                for kind, rx in NOT_INVOICE:
                    m = rx.match(cell)
                    if m and size not in sizes and cell[m.end() :].strip():
                        continue  # a caption is the kind's words alone
                    if m and size <= body and _REFERENCE.match(cell, m.end()):
                        continue
                    if m and kind == PURCHASE_ORDER and titled and size <= body:
                        if _over_value(self.lines, ln, (a, b)):
                            continue  # under the invoice's title, the customer's order's box
                    if m and invoiced and kind == SLIP:
                        continue  # 'Invoice' … 'PAYMENT ADVICE': the slip to tear off
                    if m and len(cell.split()) <= 4:
                        title = ln.text[a:b].strip()
                        ex.reasons.append(
                            f"the document is titled '{title}': {kind}, whose lines are the "
                            "order's; book it against the order"
                            if kind == ADVANCE
                            else f"the document is titled '{title}': {kind}, not an invoice"
                        )
                        return

    # ---------------------------------------------------------- single values
    def _candidates(self, field: str, kind: str) -> list[tuple[str, float, Hit]]:
        """A header field's candidates, strongest first, read once per document and order of
        day and month (the order's number is asked for by the invoice number's reading and
        again for its own field; dates are read again the other way round when the first
        reading puts the due date before the issue date)."""
        key = (field, kind, self.month_first)
        if key not in self._found:
            self._found[key] = self._read_candidates(field, kind)
        return self._found[key]

    def _read_candidates(self, field: str, kind: str) -> list[tuple[str, float, Hit]]:
        hits = self.labels(field)
        all_hits = hits + [h for f in LABEL_RX if f != field for h in self.labels(f)]
        out = []
        for h in hits:
            # after a number label naming the document, or the page's title ('Invoice
            # 20260127'), a number that reads as a date counts
            title = field == "invoice_number" and self._is_title(h)
            named = field == "invoice_number" and (h.weight >= 0.85 or title)
            how = "id_or_slashed" if named else kind
            # (not a street beside the title: the sender's block set level with it)
            text = "" if title and numbers.street_beside(h) else right_text(h, all_hits)
            beside = (value := self._read(text, how)) is not None
            if value is None and field == "invoice_number":
                titled = dated_title(h, self.month_first)  # 'Facture du 14/12/2026 n° 3009'
                value = titled[1] if titled else None
            conf = 0.85
            if value is None:
                cell = grid_cell(self.lines, h) or beside_cell(self.lines, h)
                # a header grid's cell (both rows in as many cells) is as plain as a value
                # right of its label; a text merely under the label is a weaker reading
                under = [(cell, 0.85)] if cell else []
                # ... and so is the text under a label that stands alone in its cell
                a, b = h.line.cell_at(h.start) or (0, 0)
                alone = h.line.text[a : h.start].strip() == "" == h.line.text[h.end : b].strip(" :")
                below = below_text(self.lines, h)[:2] + run_on(self.lines, h, kind)
                if alone:  # ... its whole cell, when it starts where the label does
                    below = [t for t in [cell_below(self.lines, h)] if t] + below
                for t, c in under + [
                    (t, 0.85 if alone and i == 0 else 0.75) for i, t in enumerate(below)
                ]:
                    value = self._read(t, how)
                    if value is not None:
                        conf = c
                        break
            if value is not None:
                weight = h.weight
                if title:
                    weight = max(weight, 0.9)  # 'Faktura 20150009' as the page's title
                if field == "issue_date" and h.line.top > self.height * 0.88 and weight < 0.95:
                    weight *= 0.6  # a date in the footer is the print date more often
                sole = beside and h.weight >= 1 and all(o.line.page or o.weight < 0.9 for o in hits)
                if field == "issue_date" and h.line.page > 0 and not sole:
                    weight *= 0.8  # after page 1: a table's dates (not page 1's only 'Date: …')
                out.append((value, weight * conf, h))
        if field == "invoice_number":
            out += numbers.title_block(self.lines, self.height) + numbers.series_number(self.lines)
            out += sidebar.bare_number(self.lines)
            out += numbers.display_number(self.lines, self.height)
            out += numbers.grid_head(self.lines, all_hits)
            if all(c[1] < MIN_CONFIDENCE for c in out):
                # a number word alone beside the invoice's date, when nothing else is as sure
                dates = self.labels("issue_date") + self.labels("due_date")
                out += numbers.beside_date(self.lines, self.height, dates, all_hits)
                out += numbers.sender_reference(self.lines, self.height)
                out += self.titled_numbers
        out.sort(key=lambda c: (-c[1], c[2].line.page, c[2].line.index))
        if field == "invoice_number":
            orders = {squashed(v) for v, _c, _h in self._candidates("po_number", "id")}
            out = numbers.not_the_order_s(out, orders)
        return out

    @cached_property
    def titled_numbers(self) -> list[tuple[str, float, Hit]]:
        """A number set as the page's title and a date under it, with no label of an invoice's
        number on the page, or after the document's word ('Invoice 30' over its date)
        (:func:`numbers.number_as_title`)."""
        named = bool(self.labels("invoice_number"))
        return numbers.number_as_title(self.lines, self.height, self._page_type[0], named)

    def _number_title_lines(self) -> set[int]:
        return {h.line.index for _v, _c, h in self.titled_numbers}

    @cached_property
    def _page_type(self) -> tuple[list[int], int]:
        """The first page's two largest type sizes and its body text's size (rounded)."""
        sizes = Counter(round(w.size) for x in self.lines if x.page == 0 for w in x.words)
        return sorted(sizes, reverse=True)[:2], (sizes.most_common(1)[0][0] if sizes else 0)

    def _is_title(self, h: Hit) -> bool:
        """The label starts a line in the top two fifths of the first page (ERP layouts print
        it under the addresses), in the page's largest or second largest type: the document's
        title. It may start a later cell of its line (the company's name at the left) when
        its type is larger than the page's body text. Words of the invoice's kind may come
        first in its cell ('Tax Invoice INV/2026/00012', 'Simplified Tax Invoice …'), and the
        title in Arabic before those ('فاتورة ضريبية Tax Invoice INV/…', read right to left)."""
        ln = h.line
        cell = ln.cell_at(h.start)
        kind = ln.folded[cell[0] : h.start] if cell is not None else None
        if ln.page != 0 or kind is None or not _TITLE_KIND.fullmatch(kind):
            return False
        if kind and ":" in ln.folded[h.start : h.end + 2]:
            return False  # a label's words before its colon: 'Data fattura: 14/10/2026'
        if not TITLE_WORDS.match(ln.folded[h.start :]):
            return False
        largest, body = self._page_type
        size = round(ln.words[ln.word_at(h.start)].size)
        if h.start > 0 and size <= body:
            return False
        return ln.top < self.height * 0.4 and size in largest

    def _read(self, text: str, kind: str) -> str | None:
        if kind in ("id", "id_or_slashed"):
            return read_id(text, dates_ok=kind == "id_or_slashed")
        if kind == "date":
            return read_date(text, self.month_first)
        raise ValueError(kind)

    def _simple(self, ex: Extraction, field: str, kind: str) -> list[tuple[str, float, Hit]]:
        """The strongest candidate of *field* set on *ex*; all of them returned."""
        cands = self._candidates(field, kind)
        if cands:
            value, conf, h = cands[0]
            ex.set(field, value, "layout", conf, at_label(h))
        return cands

    def _several_invoices(self, ex: Extraction, numbers: list[tuple[str, float, Hit]]) -> None:
        """Two invoices in one file (a merged scan batch): different numbers under explicit
        labels on different pages; the totals read may be the other one's. On one page, two
        labels that name the invoice ('Rechnung Nr.' in the title, 'Rechnungsnummer:' in the
        payment reference; 'Stripe Invoice #' beside a bare 'Number' head) with two numbers:
        the page contradicts itself (one number inside the other is the same one), kept in
        ``numbers_apart`` for the caller (an embedded e-invoice may say which is meant)."""
        sure = [(v, h.line.page) for v, c, h in numbers if c >= 0.8]
        if len({p for _v, p in sure}) > 1 and len({squashed(v) for v, _p in sure}) > 1:
            shown = ", ".join(sorted({v for v, _p in sure}))
            ex.reasons.append(f"the file holds more than one invoice ({shown}): split it")
            return
        pairs = bare_numbers(self.lines, [h for *_x, h in numbers])  # ('Number' beside one)
        named = {squashed(v): (v, h) for v, h in pairs}
        for v, c, h in numbers:
            if c >= 0.7 and INVOICE_WORD.search(h.line.folded, h.start, h.end):
                named.setdefault(squashed(v), (v, h))
        apart = [(a, b) for a in named for b in named if a < b and a not in b and b not in a]
        if apart:
            (v1, h1), (v2, h2) = named[apart[0][0]], named[apart[0][1]]
            self.numbers_apart = (
                f"two invoice numbers are printed, '{v1}' ({at_label(h1)}) and '{v2}' "
                f"({at_label(h2)}): which one is this invoice's?",
                (v1, v2),
            )

    def _with_series(self, ex: Extraction, h: Hit) -> None:
        """The number read at *h* with the series printed before its label ('Serija VP' over
        'Nr. 90170': 'VP 90170'), as a Lithuanian invoice numbers itself."""
        ln = h.line
        prev = self.lines[ln.index - 1] if ln.index else None
        above = (prev.text, prev.folded) if prev is not None and prev.page == ln.page else None
        series = series_before(ln.text[: h.start], ln.folded[: h.start], above)
        field = ex.fields["invoice_number"]
        if series and field.value is not None:
            note = f"{field.note}, its series '{series}' before it"
            ex.set("invoice_number", f"{series} {field.value}", "layout", field.confidence, note)

    def _currency(self, ex: Extraction) -> None:
        found = self._candidates_currency()
        if found:
            code, conf, note = found[0]
            ex.set("currency", code, "layout", conf, note)

    def _candidates_currency(self) -> list[tuple[str, float, str]]:
        """(code, confidence, the evidence), strongest first."""
        at_labels = []
        for h in self.labels("currency"):
            below = [grid_cell(self.lines, h) or ""] + below_text(self.lines, h, 1)
            if h.weight < 1.0:  # a sentence ('All amounts in euros') names it on its line
                below = []
            codes = currencies_in(right_text(h, []) + " " + " ".join(below))
            if codes:
                at_labels.append((codes[0], 0.95, at_label(h)))
        # (a discount's words in a note, 'Promotional Discount of Rs -40.00', are no total's)
        totals_at = {
            h.line.index for f in TOTAL_RX if f != "discount_after" for h in self.labels(f)
        }
        # (and the amounts under a line of totals' labels with none of its own: a row of them)
        totals_at |= {
            i + 1
            for i in totals_at
            if not amounts_in(self.lines[i].text) and not totals.item_heads(self.lines, i)
        }
        lines = [ln for ln in self.lines if ln.index not in self.converted]
        home = self.seller_home
        return at_labels or page_currency(lines, totals_at, self.full, self.iberian, home)

    # ---------------------------------------------------------- seller
    def _seller(self, ex: Extraction) -> None:
        found = self.seller_found
        if found is None:
            return
        name, conf, why = found.name, found.confidence, found.evidence
        label = _LABELLED.match(name)
        if label:  # 'Handelsname: Foo GmbH': a label no rule knows; a person confirms the name
            name, conf = label.group(1), min(conf, 0.6)
            why += "; printed after a label the rules do not know"
        if not re.search(r"[^\W\d_]{2}", name) or (
            _BIC.fullmatch(name) and _BANKED.search(self.full)
        ):
            return  # a figure or a bank's code ('41', 'GEBABEBB' on a page with an IBAN): no one
        ex.set("seller", name, "layout", conf, why)


# a bank's identifier code (bank, country, place and branch: 'GEBABEBB', 'KREDBEBB22A'), and
# what shows a page prints one: an IBAN or the code's own name
_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_BANKED = re.compile(IBAN.pattern + r"|(?i:\b(?:bic|swift)\b)")
# a label of up to four words before the name ('Handelsname: ', 'Nom commercial : ')
_LABELLED = re.compile(r"^[^\W\d](?:[\w.'/-]*\s?){0,4}\s*:\s*(\S.*)$")
# 'Total USD', 'Amount (USD)', 'Amounts in US Dollars'
_USD = re.compile(r"(?<![A-Za-z])USD(?![A-Za-z])|\bU\.?\s?S\.?\s?[Dd]ollars?\b")
# 'Austin, TX 78701'; 'Chicago IL 60607' with no comma, a state's code
_US_ADDRESS = re.compile(
    US_STATE_ZIP
    + r"|[a-z]\s(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|"
    r"O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}(?:-\d{4})?\b"
)
# a number word another party's number is printed under: 'Externe Belegnummer', 'External
# document no.' (the customer's order reference an ERP prints beside its own document number)
# (and a tax authority's control unit's own number for it: Kenya's 'CU Invoice No.'; a bank
# account where the word for an invoice names an account too: Serbian 'Tekući račun')
_EXTERNAL = re.compile(r"\b(?:externe?|external|externo|externa|cu|tekuci|ziro|devizni)\s*$")
_BARE_DU = re.compile(r"\b[Dd][Uu]$")  # a label's last word 'du' printed with no circumflex


def _deducted(h: Hit) -> bool:
    """Does *h* name an earlier invoice taken off this one's total: only amounts below zero
    after it on its line?"""
    after = amounts_in(h.line.text[h.end :])
    return bool(after) and all(v < 0 for v, _s, _e in after)


def _owed(h: Hit) -> bool:
    """'Total Due', 'Amount due', 'Balance Due' with no date after it: a bare 'due' after a
    sum's word labels what is owed (the gross), not when ('Total amount due on November 2,
    2026' says when)."""
    word = h.line.folded[h.start : h.end].strip(" :")
    # (its letters spaced apart and cut: 'BAL ANCE DUE')
    sum_word = re.search(r"(?:total|amount|balance)$", re.sub(r"\s", "", h.line.folded[: h.start]))
    return word == "due" and sum_word is not None and not dates_in(h.line.text[h.end :])


_DAY_FIRST_DOLLARS = frozenset({"AUD", "NZD", "SGD", "HKD", "MXN", "BRL", "ARS", "CLP", "COP"})


# the customer writes the invoice for its supplier: 'Gutschrift im Gutschriftsverfahren nach
# § 14 Abs. 2 UStG', 'Self-billing', 'Autofacturation', 'Autofattura', 'Autofacturación'
_SELF_BILLED = re.compile(
    r"gutschriftsverfahren|self\s*-?\s*bill(?:ing|ed)\b|autofacturation|autofactura(?:cion)?\b|"
    r"autofattura|facturacion\s*por\s*(?:el\s*)?destinatario|14\s*abs\.?\s*2\s*(?:satz\s*2\s*)?ustg"
)


def _over_value(lines: list[TextLine], ln: TextLine, cell: tuple[int, int]) -> bool:
    """The *cell* of *ln* stands over a value: the next line with a cell under it (lines of
    other columns passed over, within two and a half lines) holds a figure in a few words
    there ('Purchase Order' over 'PO-4471', a box of a header's grid): the label of a field,
    not the page's title."""
    size = ln.words[ln.word_at(cell[0])].size or 10
    x0, x1 = ln.span_x(*cell)
    for nxt in lines[ln.index + 1 : ln.index + 6]:
        if nxt.page != ln.page or nxt.top - ln.top > 2.5 * size:
            return False
        under = [
            (a, b)
            for a, b in nxt.cells
            if min(nxt.span_x(a, b)[1], x1) > max(nxt.span_x(a, b)[0], x0)
        ]
        if under:
            text = " ".join(nxt.text[a:b] for a, b in under)
            return re.search(r"\d", text) is not None and len(text.split()) <= 3
    return False
