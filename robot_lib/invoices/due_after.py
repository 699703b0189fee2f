"""The due date read after the totals, when no label or sentence before them gave one (mixed
into the layout extractor through :class:`dated.DateReader`): a payment schedule's one row for
the whole gross ('Payment Term' over 'Date | Amount'), or its one date in a card of labels;
and the 'Payment date' of a page that still asks for the whole gross ('Left to pay', 'Paid:
0.00'): a Polish form's English for 'Termin zapłaty', the day a receipt was paid otherwise."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.parse import amounts_in, dates_in

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.invoices.model import Extraction

# a payment schedule's heading, alone on its line ('Payment Term', 'Zahlungsbedingung', 'Plazo
# de pago', 'Conditions de paiement', 'Termine di pagamento', 'Betalingstermijn')
_SCHEDULE = re.compile(
    r"\s*(?:payment\s*(?:terms?|schedule|conditions)|zahlungs(?:bedingung(?:en)?|plan|ziel)|"
    r"falligkeiten|echeances?|echeancier|(?:conditions|modalites)\s*de\s*(?:paiement|reglement)|"
    r"vencimientos?|(?:plazos?|condiciones)\s*de\s*pago|(?:prazos?|condicoes)\s*de\s*pagamento|"
    r"scadenz[ae]|(?:termin[ei]|condizioni)\s*di\s*pagamento|betalings(?:termijn|voorwaarden)|"
    r"betalningsvillkor|betalingsbetingelser|maksuehdot|(?:terminy?|warunki)\s*platnosci|"
    r"platebni\s*podminky|"
    # a Brazilian note's bill and its instalments: 'FATURA / DUPLICATAS', 'PARCELAS'
    r"(?:fatura\s*/?\s*)?duplicatas?|parcelas)\s*:?\s*$"
)


# 'Payment date: 2026-10-19', its date right after it on its line (not a payments table's head)
_PAYMENT_DATE_LINE = re.compile(r"\bpayment\s*date\b")
_PAYMENT_DATE = re.compile(_PAYMENT_DATE_LINE.pattern + r"\s*:?\s*$")
# what is still to pay ('Left to pay: 3 150.00 EUR'), or nothing paid yet ('Paid: 0.00 EUR')
_LEFT_TO_PAY = re.compile(
    r"\b(?:left\s*to\s*pay|still\s*(?:to\s*pay|due)|(?:amount|balance)\s*(?:due|outstanding)|"
    r"outstanding\s*(?:amount|balance)|remaining\s*(?:amount|balance))\b"
)
_NOTHING_PAID = re.compile(r"\b(?:amount\s*)?paid\s*:?\s*\D{0,4}0(?:[.,]00?)?\b(?![.,]?\d)")


class DueAfterTotals:
    """The due date that needs the gross: read once the totals are."""

    lines: list[TextLine]
    month_first: bool

    def _order_doubt(self, value: str, conf: float, note: str) -> tuple[float, str]:
        raise NotImplementedError

    def _scheduled_due(self, ex: Extraction) -> None:
        """A payment schedule under its heading ('Payment Term' over 'Date | Amount' over
        '07/28/2023 $ 303.25', 'Vencimientos', 'Échéances'): its one row that asks for the whole
        gross gives the due date, when nothing else did; so does its one date in a card of
        labels ('Num. 001' / 'Venc. 23/03/2026' / 'Valor R$ 6.248,14'). Instalments give none."""
        gross = ex.value("gross_total")
        if ex.value("due_date") or not gross:
            return
        for ln in self.lines:
            if not _SCHEDULE.match(ln.folded):
                continue
            rows = []
            for nxt in self.lines[ln.index + 1 : ln.index + 5]:
                found = dates_in(nxt.text, self.month_first)
                amounts = amounts_in(nxt.text)
                if nxt.page == ln.page and len(found) == 1 and amounts:
                    rows.append((found[0][0], amounts[-1][0]))
            if not rows:  # one instalment as a card: 'Venc.' over 'Valor'
                rows = self._card(ln, Decimal(gross))
            if len(rows) == 1 and rows[0][1] == Decimal(gross):
                note = "the payment schedule's one date, for the whole total"
                day = rows[0][0].isoformat()
                ex.set("due_date", day, "layout", *self._order_doubt(day, 0.8, note))
                return

    def _card(self, heading: TextLine, gross: Decimal) -> list[tuple[dt.date, Decimal]]:
        """The one date of the five lines under *heading*, as a row for the whole *gross* when
        one of them prints it ('Num. 001' / 'Venc. 23/03/2026' / 'Valor R$ 6.248,14')."""
        under = self.lines[heading.index + 1 : heading.index + 6]
        near = [x for x in under if x.page == heading.page]
        days = [d for x in near for d, *_ in dates_in(x.text, self.month_first)]
        sums = {v for x in near for v, *_ in amounts_in(x.text)}
        return [(days[0], gross)] if len(days) == 1 and gross in sums else []

    def _unpaid_payment_date(self, ex: Extraction) -> None:
        """'Payment date: 2026-10-19' (on or after the issue date) on a page that prints the
        whole gross still to pay, or nothing paid: the day it is due, when nothing else said."""
        gross, issued = ex.value("gross_total"), ex.value("issue_date")
        if ex.value("due_date") or not gross or not issued or Decimal(gross) <= 0:
            return
        labelled = [ln for ln in self.lines if _PAYMENT_DATE_LINE.search(ln.folded)]
        if not labelled:  # (asked first: most pages print none)
            return
        owed = any(
            Decimal(gross) in {v for v, *_ in amounts_in(ln.text[m.end() :])}
            for ln in self.lines
            if (m := _LEFT_TO_PAY.search(ln.folded))
        )
        if not owed and not any(_NOTHING_PAID.search(ln.folded) for ln in self.lines):
            return
        for ln in labelled:
            for day, s, _e in dates_in(ln.text, self.month_first):
                if _PAYMENT_DATE.search(ln.folded[:s]) and day.isoformat() >= issued:
                    note = "at the label 'Payment date', on a page that asks for the whole total"
                    value = day.isoformat()
                    ex.set("due_date", value, "layout", *self._order_doubt(value, 0.8, note))
                    return
