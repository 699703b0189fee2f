"""The issue and the due date, read by the layout extractor (mixed into it): at their labels,
after the invoice number ('Rechnung Nr. 42 vom 31.01.2014'), on a letter's date line, beside
or under the title; the due date also in the terms of payment and the direct-debit sentence.
When nothing proves the order of day and month, a guess that puts the due date first is read
the other way. (What needs the gross, a payment schedule's row, is read after the totals:
:mod:`due_after`.)"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from robot_lib.invoices import labels_east as east
from robot_lib.invoices.date_order import terms_prove
from robot_lib.invoices.due_after import DueAfterTotals
from robot_lib.invoices.ids import read_id
from robot_lib.invoices.labels import DOC_TITLE, TITLE_WORDS, TOTAL_RX
from robot_lib.invoices.lines import Hit, cell_below, read_date
from robot_lib.invoices.months import DAY_WORDS
from robot_lib.invoices.parse import dates_in, fold
from robot_lib.invoices.periods import period_end
from robot_lib.invoices.validate import DUE_CONFLICT, ORDER_DOUBT
from robot_lib.invoices.wrapped_dates import sentence_runs_on

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.invoices.model import Extraction

# the words of the terms of payment (folded text). A direct debit announces the day it is
# taken: 'wird am 15.03.2021 per SEPA-Lastschrift eingezogen', 'we will debit your account on
# 3 March 2021'
DIRECT_DEBIT = re.compile(
    r"lastschrift|eingezogen|abgebucht|abbuchung|debit|prelevement|preleve|incasso|domiciliering|"
    r"fecha\s*de\s*cargo|se\s*cargara|domiciliacion|addebit\w*|"
    # (Dutch: 'Wij schrijven het bedrag … rond 19 april 2026 af van uw rekening')
    r"afschrij\w*|afgeschreven|\baf\s*van\s*(?:uw|je)\s*rekening|"
    # (German, the verb parted: 'buchen wir am 19.04.2026 von Ihrem Konto ab')
    r"\bvon\s*ihrem\s*konto\s*ab\b"
)
SKONTO = re.compile(r"skonto|discount|escompte|korting|descuento|rabatt")


# where a clause of payment terms ends: a comma, semicolon, closing bracket or full stop, or 'or'
# (and, after a date, an opening bracket: 'bis 04.11.2026 (bei Zahlung bis … 2 % Skonto)')
_CLAUSES = re.compile(r"[,;)]|\.(?:\s|$)|\b(?:oder|or|ou|bzw)\b")
_CLAUSES_AFTER = re.compile(r"\(|" + _CLAUSES.pattern)


def _last_clause(text: str) -> str:
    """The clause *text* ends with ('… 2 % Skonto (bis 20.07.2026) oder innerhalb von 30 Tagen
    netto (bis ': the net's)."""
    return _CLAUSES.split(text)[-1]


# the words a deadline's date follows: 'bis zum', 'before', 'avant le', 'entro il', 'prima di',
# 'przed', Czech and Polish 'do', Swedish 'före'
_DEADLINE = (
    r"bis(?:\s*zum)?|until|by|before|avant(?:\s*le)?|voor|antes\s*del?|jusqu.?au|entro(?:\s*il)?|"
    r"hasta\s*el|ate|prima\s*d(?:i|el)|przed|do|fore|senast"
)
PAYMENT_SENTENCE = re.compile(
    # (the verb in any person: 'Bitte überweise den Betrag bis', 'transfiera … antes de')
    r"\b(?:zahlbar|uberweis\w*|bezahl\w*|begleich\w*|ausgleich\w*|payable|pay|remit|payment|transf(?:er|ier)\w*|"
    r"settle|betalen|pagar|pague\w*|abon(?:ar|e|en)|ingres(?:ar|e|en)|payer|"
    r"reglement|regler|virement|bonifico|pagamento|versamento|pagare|pago|"
    r"paiement|betaling|betalning\w*|platnosc|platb[auy]|zaplat\w*|maksu)"
    r"\b.*?\b(?:" + _DEADLINE + r")\s*$"
)
# an amount with its cents: an item row's or a total's ('129,00', '$1,200.00')
_CENTS = re.compile(r"\d[.,]\d{2}(?![\d.,])")
# the terms of payment as a count of days, the day they end in brackets after it: 'Payment
# Terms: 30 Days (April 14, 2026)', 'Zahlungsziel: 14 Tage (bis 20.03.2026)', 'Net 30 (due …'
TERM_OF_DAYS = re.compile(
    # a word of paying or of terms ('Payment Terms', 'Zahlungsziel', 'Termes', 'Término de
    # pago', 'Betalingscondities', 'Net'), then the count of days in its language
    r"\b\w*(?:pay|pag|paie|zahl|betal|term|ziel|plazo|frist|net)\w*\b[^()\d]{0,30}?:?\s*"
    rf"\d{{1,3}}\s*(?:(?:{DAY_WORDS})\.?)?\s*\("
    rf"\s*(?:(?:{_DEADLINE}|due|le|am)\s*:?\s*)?$"
)
# the verb after the date: 'het bedrag vóór 17-05-2026 over te maken', 'bis zum 20.03.2026 zu
# überweisen'; the date then follows a deadline word
PAYMENT_AFTER = re.compile(
    r"^\W*(?:over\s*te\s*maken|overmaken|te\s*(?:voldoen|betalen|storten)|"
    r"zu\s*(?:uberweisen|zahlen|begleichen|bezahlen)|to\s*be\s*paid)\b"
)
# the payment in full after a deadline's date, ending its clause: 'bis 30.06.2026 netto.', '…
# ohne Abzug' (not a net's label after a period's end: 'bis 30.06.2026 Netto 1.000,00'; folded)
_NET_AFTER = re.compile(r"\W*(?:rein\s*)?(?:netto|ohne\s*abzug|net)\s*(?:[.;,)]|$)")
DEADLINE_END = re.compile(r"\b(?:" + _DEADLINE + r"|uiterlijk)\s*$")
# what stands before a letter's date on its line: 'Berlin, den', 'Madrid, a', or Czech 'V Praze
# dne' (folded text)
LETTER_PLACE = re.compile(
    r"\s*[a-z][a-z .'-]{1,30},\s*(?:(?:den|le|dne|dnia|el|am|on|a)\s+)?|\s*v\s+[a-z]+\s+dne\s+"
)
_TIME = re.compile(
    r"\s*(?:,|a|um|at|alle|om|-|a\s*las)?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:uhr|h|[ap]\.?\s?m\.?)?\s*"
)


# the invoice's number, then its date: 'Nr. 42 vom 31.01.2014', 'No. 7 dated 3 Nov 2026'
_AFTER_NUMBER = re.compile(
    r"^[\s:#.]*(?:[a-z]{1,2}\s)?\S*\d\S*\s+"
    r"(?:(?:vom|von|dated|of|du|van|del|de|issued\s*(?:at|on)|z\s*dnia|ze\s*dne|"
    + east.DATE_AFTER_NUMBER
    + r")\s|(/)\s*)(.*)$"
)
# ... or on the next line: 'vom 31.01.2014', 'від 1 квітня 2026 р.'
_NEXT_LINE_DATED = r"^\s*(?:vom|dated|du|van|del|" + east.DATE_AFTER_NUMBER + r")\b"

# the order's date, an invoice's only date on a web shop's invoice for its order (Magento's:
# 'Invoice # 000000747', 'Order # 000000080', 'Order Date: Aug 19, 2026'; Zen Cart's 'Date
# Ordered:')
_ORDER_DATE = re.compile(
    r"\b(?:order\s*date|date\s*(?:of\s*)?(?:the\s*)?order(?:ed)?|bestelldatum|datum\s*der\s*bestellung|"
    r"date\s*de\s*(?:la\s*)?commande|fecha\s*(?:del?\s*)?pedido|data\s*(?:dell.\s*)?ordine|"
    r"data\s*do\s*pedido|besteldatum|orderdatum)\b"
)

# a page titled as an order's receipt: its order's date and number are its own
_ORDER_RECEIPT = re.compile(r"^\W*order\s*receipt\b")


def order_receipt(lines: list[TextLine]) -> bool:
    """Is the page titled as an order's receipt ('Order Receipt', as a registrar bills)?"""
    return any(_ORDER_RECEIPT.match(x.folded) for x in lines[:12] if x.page == 0)


class DateReader(DueAfterTotals):
    """Mixed into the layout extractor: its lines, label hits and page facts are read here."""

    lines: list[TextLine]
    height: float
    width: float
    full: str
    month_first: bool
    order: bool | None  # the order of day and month the page's dates prove, None if none
    order_guess: bool

    def labels(self, field: str) -> list[Hit]:
        raise NotImplementedError

    def _candidates(self, field: str, kind: str) -> list[tuple[str, float, Hit]]:
        raise NotImplementedError

    def _is_title(self, h: Hit) -> bool:
        raise NotImplementedError

    def _number_title_lines(self) -> set[int]:
        """The lines of a number set as the page's title, a date under it."""
        raise NotImplementedError

    def _dates(self, ex: Extraction) -> None:
        """The issue and the due date. When nothing proves the order of day and month and the
        order guessed (the dollar's month first) puts the due date before the issue date, the
        other order is read, and kept if it puts them the right way round ('07/03/26' and
        '02/08/26' on a French company's page billed in US dollars)."""
        self._issue_date(ex)
        self._due_date(ex)
        issued, due = ex.value("issue_date"), ex.value("due_date")
        if self.order_guess and issued and due and terms_prove(self.full, issued, due):
            self.order_guess = False  # 'Net 30 days': the two dates as read, not swapped
            self._issue_date(ex)
            self._due_date(ex)
            issued, due = ex.value("issue_date"), ex.value("due_date")
        if self.order is not None or not issued or not due or due >= issued:
            return
        first = (ex.fields.pop("issue_date"), ex.fields.pop("due_date"), self.month_first)
        self.month_first = not self.month_first
        self._issue_date(ex)
        self._due_date(ex)
        issued, due = ex.value("issue_date"), ex.value("due_date")
        if not issued or not due or due < issued:
            ex.fields["issue_date"], ex.fields["due_date"], self.month_first = first

    def _issue_date(self, ex: Extraction) -> None:
        cands = [(v, c, at_label(h)) for v, c, h in self._candidates("issue_date", "date")]
        # 'Rechnung Nr. 42 vom 31.01.2014' / 'Invoice No. 7 dated 3 Nov 2026'
        for h in self.labels("invoice_number"):
            after, folded = h.line.text[h.end :], h.line.folded[h.end :]
            if not after.strip(" :") and (under := cell_below(self.lines, h)):
                after, folded = under, fold(under)  # 'Rechnung Nr.' over '4471 vom 14.10.2026'
            m = _AFTER_NUMBER.match(folded)
            d = None
            if m:
                found = dates_in(after[m.start(2) :], self.month_first)
                # ('FACTURA FCT-2026-876 / 2026-08-15': after a slash, only a date right there)
                if found and (m.group(1) is None or found[0][1] == 0):
                    d = found[0][0].isoformat()
            else:
                # (the next line, or the one after: a larger letterhead beside it, set a little
                # lower, comes between, 'Fattura n. AM716…' · 'vodafone' · 'del 16/05/2026'; a
                # title's number over 'від 1 квітня 2026 р.')
                size = max(w.size for w in h.line.words) or 10.0
                for nxt in self.lines[h.line.index + 1 : h.line.index + 3]:
                    if nxt.page != h.line.page or nxt.top - h.line.top > 2.5 * size:
                        break
                    if re.match(_NEXT_LINE_DATED, nxt.folded):
                        d = read_date(nxt.text, self.month_first)
                        break
            titled = dated_title(h, self.month_first)
            if d or titled is not None:
                # (after the page's title and its number, or in the title: as sure as the
                # title's number)
                weight = 0.85 * (max(h.weight, 0.9) if self._is_title(h) else h.weight)
                if d:
                    cands.append((d, weight, "after the invoice number ('vom', 'dated')"))
                if titled is not None:
                    cands.append((titled[0], weight, "after the title ('Facture du …')"))
        cands.extend(self._letter_dates())
        cands = cands or self._order_date()
        if cands:
            cands.sort(key=lambda c: -c[1])
            ex.set("issue_date", cands[0][0], "layout", *self._order_doubt(*cands[0]))

    def _order_date(self) -> list[tuple[str, float, str]]:
        """An invoice (its number labelled) that prints no date of its own but its order's,
        right after its label, one date however often printed: proposed as the issue date for
        a person to confirm (an order may be invoiced days after it was placed). On a page
        titled as the order's receipt ('Order Receipt', a registrar's bill), that date is the
        page's own."""
        receipt = order_receipt(self.lines)
        if not self.labels("invoice_number") and not receipt:
            return []
        found = set()
        for ln in self.lines:
            for m in _ORDER_DATE.finditer(ln.folded):
                # right after it, a weekday before it at most ('Date Ordered: Tuesday 24
                # November, 2026')
                after = dates_in(ln.text[m.end() :].lstrip(" :")[:32], self.month_first)
                if after and after[0][1] <= 12:
                    found.add(after[0][0].isoformat())
        if len(found) != 1:
            return []
        if receipt:
            return [(found.pop(), 0.85, "the date of the order the page is the receipt of")]
        return [(found.pop(), 0.6, "no date of the invoice printed: its order's date")]

    def _letter_dates(self) -> list[tuple[str, float, str]]:
        """A letter's date line in the upper half of the first page: 'Potsdam, 24.05.2023',
        'Berlin, den 3. März 2021' (0.8), a date beside the title (0.7), or a date alone on its
        line (0.6, a guess)."""
        out = []
        first = [ln for ln in self.lines if ln.page == 0]
        # the lines the number starts, under its label or set as the title: a date alone under
        # one is its date
        numbered = {h.line.index for h in self.labels("invoice_number") if h.start == 0}
        numbered |= self._number_title_lines()
        for i, ln in enumerate(first):
            if ln.top > self.height * 0.5:
                break
            # bare digits after a number's word are the number: 'Faktura č. 20260121', and
            # '#20260224 · Feb 24, 2026' prints one date
            found = [
                f
                for f in dates_in(ln.text, self.month_first)
                if not (_NUMBERED.search(ln.folded[: f[1]]) and ln.text[f[1] : f[2]].isdigit())
            ]
            if len(found) != 1:
                continue
            before = ln.folded[: found[0][1]]
            if _TIME.fullmatch(ln.folded[found[0][2] :]) and re.fullmatch(
                r"\s*(?:(?:le|am|on|el|il|op|den)\s+)?", before
            ):  # '12/03/2026 14:32', 'Le 18/10/2026 à 14:32': a receipt's moment of sale
                out.append((found[0][0].isoformat(), 0.85, "a receipt's date and time of sale"))
                continue
            if _TIME.fullmatch(ln.folded[found[0][2] :]) and self._numbered(ln, found[0][1]):
                # 'Order ID: 1042   14 Mar 2026, 10:32 a.m.': the order's moment, in its row
                out.append((found[0][0].isoformat(), 0.75, "a date and time in the number's row"))
                continue
            if i and self._beside_title_s_number(first[i - 1], ln, found[0][1:]):
                out.append((found[0][0].isoformat(), 0.75, "beside the number under the title"))
                continue
            if ln.text[found[0][2] :].strip(" .") != "":
                # alone in its cell right under the title's, a block beside it sharing the line
                # ('Invoice 30' over '7 September 2026', the sender's street at the right; not
                # an item row's date under the table's head under the title)
                rest = ln.text[found[0][2] :]
                if (
                    i
                    and not _CENTS.search(rest)
                    and self._under_title_cell(first[i - 1 : i], ln, found[0][1:])
                ):
                    out.append((found[0][0].isoformat(), 0.75, "alone under the title"))
                continue
            if LETTER_PLACE.fullmatch(before):
                out.append((found[0][0].isoformat(), 0.8, "a letter's date line ('City, date')"))
            elif not before.strip() and self._ran_on(first[i - 1] if i else None):
                continue  # the value of a label ending the line above ('… · Zahlbar bis')
            elif not before.strip() and i and self._bare_number_label(first[i - 1]):
                continue  # the number under its label, as a date: 'Invoice number:' / '19/03/2026'
            elif not before.strip():  # alone: under the title it is the title's date
                titled = any(
                    TITLE_WORDS.match(x.folded)
                    or DOC_TITLE.fullmatch(x.folded.strip())  # 'Donation Receipt'
                    or x.index in numbered  # 'Bill No. 0442'
                    or _title_over(x, ln)
                    for x in first[max(0, i - 2) : i]
                )
                end = period_end(first[i + 1], self.month_first) if i + 1 < len(first) else None
                day = end or found[0][0]  # ('2026-03-01' over 'To: 2026-03-31': a period's end)
                if end is not None:
                    how = f"the end of a period {'under the title' if titled else 'at the top'}"
                elif titled:
                    how = "alone under the title"
                elif self._over_subject(first, i):
                    titled, how = True, "a letter's date flush right over its subject line"
                else:
                    how = "alone on a line near the top"
                out.append((day.isoformat(), 0.75 if titled else 0.6, how))
            elif ln.top < self.height * 0.35 and self._beside_title(ln, found[0][1]):
                out.append((found[0][0].isoformat(), 0.7, "beside the title"))
            elif self._flush_right(ln, found[0][1]):
                how = "a letter's date flush right on its subject line"
                out.append((found[0][0].isoformat(), 0.7, how))
            elif self._under_title_cell(first[max(0, i - 2) : i], ln, found[0][1:]):
                out.append((found[0][0].isoformat(), 0.75, "alone under the title"))
        return out[:1]

    def _bare_number_label(self, ln: TextLine) -> bool:
        """Does *ln* end with the invoice number's label and nothing after it ('Invoice
        number:'), its value on the next line?"""
        hits = [h for h in self.labels("invoice_number") if h.line is ln]
        return any(not ln.text[h.end :].strip(" :#.") for h in hits)

    def _over_subject(self, first: list[TextLine], i: int) -> bool:
        """A letter's date set flush right over its subject ('08.07.26' at the right margin
        under the window envelope's address, 'Rechnung RE-2026-0454' under it): alone on its
        line in the page's right half, its right edge the rightmost of the page's text, and a
        title starting one of the next two lines."""
        ln = first[i]
        right = max(w.x1 for x in first for w in x.words)
        if ln.words[0].x0 < self.width / 2 or ln.words[-1].x1 < right - 0.02 * self.width:
            return False
        return any(TITLE_WORDS.match(x.folded) for x in first[i + 1 : i + 3])

    def _ran_on(self, ln: TextLine | None) -> bool:
        """Does *ln* end with a date's label, its value left for the next line?"""
        return ln is not None and any(
            h.line is ln and not ln.folded[h.end :].strip(" :")
            for f in ("issue_date", "due_date")
            for h in self.labels(f)
        )

    def _under_title_cell(self, above: list[TextLine], ln: TextLine, at: tuple[int, int]) -> bool:
        """'Rechnung' over 'Nr. 26-5521' over '20.11.2026' in a block beside the sender's, or
        'Invoice 30' over '7 September 2026' beside it: the date (at *at*) alone in a cell of
        its line, its left edge under a cell of the lines *above* that starts with the title,
        and no label before it."""
        cell = next(((a, b) for a, b in ln.cells if a == at[0]), None)
        if len(ln.cells) < 2 or cell is None or ln.text[at[1] : cell[1]].strip(" ."):
            return False
        x0 = ln.span_x(*cell)[0]
        return any(
            TITLE_WORDS.match(x.folded[c:d]) and abs(x.span_x(c, d)[0] - x0) <= 2
            for x in above
            for c, d in x.cells
        ) and not self._labelled(ln, ("due_date", "po_number"))

    def _flush_right(self, ln: TextLine, at: int) -> bool:
        """'Sachversicherungsvertrag Nr: 00.123.456.7          18. April 2014': the date alone
        in the last cell of its line, in the right half of the page, and no date or other
        field's label before it (a letter's subject line, its date set flush right). Not the
        last line of a column, right under another of its lines (an event's name over its
        date, beside the sender's address), unless the column is the title's ('Rechnung' over
        'Nr. 26-5521' over the date)."""
        a, b = ln.cells[-1]
        if len(ln.cells) < 2 or a != at or ln.words[ln.word_at(a)].x0 < self.width / 2:
            return False
        x0, x1 = ln.span_x(a, b)
        size = ln.words[-1].size or 10.0
        numbered = {h.line.index for h in self.labels("invoice_number")}
        column = [  # the cells of the two lines above it that stand over it
            (up, c, d)
            for up in self.lines[max(0, ln.index - 2) : ln.index]
            if up.page == ln.page and ln.top - up.top < 3.2 * size
            for c, d in up.cells
            if x0 < up.span_x(c, d)[1] and up.span_x(c, d)[0] < x1
        ]
        titled = any(
            up.index in numbered or TITLE_WORDS.match(up.folded[c:d]) for up, c, d in column
        )
        if column and not titled:
            return False
        return not self._labelled(ln, ("issue_date", "due_date", "po_number", *TOTAL_RX))

    def _numbered(self, ln: TextLine, at: int) -> bool:
        """*ln* starts with the document's or the order's number at its label, and the date at
        *at* follows that number right away."""
        return any(
            h.line is ln
            and h.start == 0
            and re.fullmatch(r"\s*:?\s*#?[\w/.-]*\d[\w/.-]*\s+", ln.folded[h.end : at]) is not None
            for f in ("invoice_number", "po_number")
            for h in self.labels(f)
        )

    @staticmethod
    def _beside_title_s_number(above: TextLine, ln: TextLine, at: tuple[int, int]) -> bool:
        """A header of two columns, the sender's name over the date at the left and the title
        over the number at the right ('Bluebonnet Robotics | Sales Invoice' over '01/19/2026 |
        SINV-1332'): the date alone (at *at*) in the first of its line's two cells, the other a
        number alone, under a cell of the line above that is the title, its edge at the title's
        left or right edge."""
        if len(ln.cells) != 2 or len(above.cells) != 2:
            return False
        (a, b), (c, d) = ln.cells
        lone = ln.text[c:d].strip()
        if ln.text[a : at[0]].strip() or ln.text[at[1] : b].strip() or read_id(lone) != lone:
            return False
        (ta, tb) = above.cells[1]
        if not DOC_TITLE.fullmatch(above.folded[ta:tb].strip()):
            return False
        (x0, x1), (t0, t1) = ln.span_x(c, d), above.span_x(ta, tb)
        return min(abs(x0 - t0), abs(x1 - t1)) <= 2

    def _labelled(self, ln: TextLine, fields: tuple[str, ...]) -> bool:
        """Does a label of one of *fields* stand on *ln*?"""
        return any(h.line is ln for f in fields for h in self.labels(f))

    def _beside_title(self, ln: TextLine, at: int) -> bool:
        """'INVOICE 03.11.2026', 'Invoice No. 4471   3 Nov 2026': the date ends a line that
        starts with the document's title or number, and no other label stands before it."""
        if not TITLE_WORDS.match(ln.folded) and not any(
            h.line is ln and h.start == 0 for h in self.labels("invoice_number")
        ):
            return False
        others = ("issue_date", "due_date", "po_number", *TOTAL_RX)
        return not any(h.line is ln and h.start < at for f in others for h in self.labels(f))

    def _due_date(self, ex: Extraction) -> None:
        cands = [(v, c, h) for v, c, h in self._candidates("due_date", "date")]
        # payment-term sentences: 'Bitte überweisen Sie bis zum 09.06.2014', 'payable by ...'
        skonto: set[int] = set()
        for k, ln in enumerate(self.lines):
            prev = self.lines[k - 1].folded if k else ""
            # a sentence may run on from the line above (asked only of a line with a date)
            found = dates_in(ln.text, self.month_first)
            runs_on = bool(found) and sentence_runs_on(self.lines, k)
            for d, s, e in found:
                before = ln.folded[:s]
                if runs_on and not PAYMENT_SENTENCE.search(before):
                    before = f"{prev} {before}"
                # the sentence may end on the next lines ('wird am 20.03.2014 von Ihrem Konto …'
                # over '… per SEPA-Lastschrift eingezogen.')
                sentence = ln.folded
                for x in self.lines[k + 1 : k + 4] if "." not in ln.folded[e:] else []:
                    sentence += " " + x.folded.split(".")[0]
                    if "." in x.folded:
                        break
                if DIRECT_DEBIT.search(sentence) and re.search(
                    r"(?:\b(?:am|zum|on|le|op|el|il|on\s*or\s*(?:just\s*)?after|ab(?:\s*dem)?|a\s*partir\s*du|"
                    r"vanaf|rond|omstreeks)|:)\s*$",
                    before,
                ):
                    cands.append((d.isoformat(), 0.8, Hit(ln, s, s, 0.8)))
                    continue
                if TERM_OF_DAYS.search(before):  # 'Payment Terms: 30 Days (April 14, 2026)'
                    cands.append((d.isoformat(), 0.8, Hit(ln, s, s, 0.8)))
                    continue
                if re.match(r"\s*(?:zur\s*zahlung\s*)?fallig\b", ln.folded[e:]) and re.search(
                    r"\b(?:am|zum)\s*$", before
                ):  # 'der Beitrag wird am 01.11.2026 fällig'
                    cands.append((d.isoformat(), 0.8, Hit(ln, s, s, 0.8)))
                    continue
                after = PAYMENT_AFTER.match(ln.folded[e:]) and DEADLINE_END.search(before)
                # ... or the net deadline of terms with a cash discount: '…, bis 30.06.2026 netto'
                after = after or (_NET_AFTER.match(ln.folded[e:]) and DEADLINE_END.search(before))
                if PAYMENT_SENTENCE.search(before) or after:
                    clause = _last_clause(before)
                    if SKONTO.search(clause) or (
                        clause == before
                        and SKONTO.search(prev.rsplit(",", 1)[-1])
                        and not re.search(r"netto|net\b", clause)
                    ):
                        skonto.add(len(cands))
                    cands.append((d.isoformat(), 0.8, Hit(ln, s, s, 0.8)))
        if not cands:
            return
        plain = [c for i, c in enumerate(cands) if i not in skonto and not self._discounted(*c)]
        pool = plain or cands
        best = max(c[1] for c in pool)
        top = [c for c in pool if c[1] >= best - 1e-9]
        value, _c, h = max(top, key=lambda c: c[0])  # several deadlines: the net one is the latest
        note = at_label(h) if h.end > h.start else "in the payment or direct-debit sentence"
        conf, note = self._order_doubt(value, best, note)
        others = sorted({c[0] for c in top if c[0] != value and c[2].end > c[2].start})
        if plain and h.end > h.start and others:
            # two labels give two deadlines, neither a discount's: which one holds?
            conf, note = min(conf, 0.6), f"{note}; {DUE_CONFLICT} {others[0]}"
        ex.set("due_date", value, "layout", conf, note)

    def _discounted(self, value: str, _conf: float, h: Hit) -> bool:
        """Is the date *value* read at *h* a cash discount's deadline: the discount named in its
        clause before it ('… 2 % Skonto (bis 22.10.2026'), or right after it ('bis 22.10.2026
        mit 3 % Skonto oder …')?"""
        ln = h.line
        if SKONTO.search(_last_clause(ln.folded[: h.start + 1])):
            return True
        found = dates_in(ln.text, self.month_first)
        ends = [e for d, s, e in found if s >= h.start and d.isoformat() == value]
        return (
            bool(ends) and SKONTO.search(_CLAUSES_AFTER.split(ln.folded[ends[0] :])[0]) is not None
        )

    def _order_doubt(self, value: str, conf: float, note: str) -> tuple[float, str]:
        """A date whose day and month could be swapped on a page whose order nothing proves
        (Canada writes both) is a guess."""
        day = dt.date.fromisoformat(value)
        if self.order_guess and day.day <= 12 and day.day != day.month:
            # printed with numbers in the order read ('03/11/2026'), not year first or in words,
            # nor with points ('07.03.2026': the day first wherever dates are so written)
            a, b = (day.month, day.day) if self.month_first else (day.day, day.month)
            numeric = rf"(?<!\d)0?{a}[/-]0?{b}[/-](?:{day.year}|{day.year % 100:02d})(?!\d)"
            if re.search(numeric, self.full):
                return min(conf, 0.6), f"{note}; {ORDER_DOUBT}"
        return conf, note


_DATED = re.compile(r"\s*(?:vom|von|du|dated|of|del|van)\s+")
_NUMBER_WORD = re.compile(r"[\s,]*(?:(?:n[o°º]|nr|no|number|nummer|numero)(?!\w)\.?|#)\s*:?\s*")
# a number's word right before a value ('č. ', 'No. ', 'Nr.', '#')
_NUMBERED = re.compile(r"(?:\b(?:c|n[o°º]|nr|no|number|nummer|numero)\.?|#)\s*:?\s*$")


def dated_title(h: Hit, month_first: bool) -> tuple[str, str | None] | None:
    """The date right after the document's title or number word ('Facture du 14/12/2026',
    'Rechnung vom 12.03.2026'), and the number after that date if a number word leads it
    ('Facture du 14/12/2026 n° 30098877')."""
    m = _DATED.match(h.line.folded, h.end)
    if m is None:
        return None
    found = dates_in(h.line.text[m.end() :], month_first)
    if not found or found[0][1] != 0:
        return None
    date, _s, e = found[0]
    n = _NUMBER_WORD.match(h.line.folded, m.end() + e)
    return date.isoformat(), read_id(h.line.text[n.end() :]) if n else None


def at_label(h: Hit) -> str:
    """The evidence of a value read at a label: the label as printed."""
    return f"at the label '{h.line.text[h.start : h.end].strip(' :')}'"


def _title_over(up: TextLine, ln: TextLine) -> bool:
    """A cell of *up* that starts with the title stands over *ln*'s text: 'Alpenblick AG' and
    'Rechnung' on one line, the number and the date stacked under the title, flush right."""
    x0, x1 = ln.words[0].x0, ln.words[-1].x1
    return any(
        TITLE_WORDS.match(up.folded[c:d]) and min(x1, e) - max(x0, b) > 0
        for c, d in up.cells
        for b, e in [up.span_x(c, d)]
    )
