"""Is the tax a total includes backed ('Gesamtsumme 67,60 €', 'enthaltene MwSt. 7 % 3,58 €';
'Total: £102.10 (includes £17.02 VAT)')? By the rates printed with it, each tax standing for its
part of the gross (:func:`included_parts`); with no rate printed, by the country's rates
(:mod:`vat_rates`) and the subtotal and charges printed over the total (:func:`judge`)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.parse import amounts_in, money_text
from robot_lib.invoices.vat_rates import included_rate, rates_for

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.invoices.model import Extraction
    from robot_lib.invoices.totals import Cand

_RATE = re.compile(r"(\d{1,2}(?:[.,]\d{1,3})?)\s*%")


def included_parts(
    lines: list[TextLine], taxes: dict[int, Cand], gross: Decimal
) -> tuple[Decimal, Decimal] | None:
    """The gross the taxes a total includes stand for, each at the rate printed with it
    ('enthaltene MwSt. 7 % 4,10 €': 4,10 × 107 / 7), and how far from it their cents' rounding
    may take a true gross; None when a tax's line prints no rate (nor the total's line right
    above it: 'Beitrag inklusive 19 % Steuer'), or when no tax is printed on a line of its own."""
    if not taxes:
        return None
    parts, slack = Decimal(0), Decimal("0.01")  # a tax's cent rounded: half a cent × (100 + r) / r
    for idx, c in taxes.items():
        m = _RATE.search(lines[idx].text)
        above = lines[idx - 1] if idx else None
        if m is None and above is not None and gross in (v for v, _s, _e in amounts_in(above.text)):
            m = _RATE.search(above.text)
        rate = Decimal(m.group(1).replace(",", ".")) if m else Decimal(0)
        if not rate:
            return None
        parts += abs(c.amount) * (100 + rate) / rate
        slack += Decimal("0.005") * (100 + rate) / rate
    return parts, max(slack, Decimal("0.06") * len(taxes))


def judge(
    ex: Extraction,
    lines: list[TextLine],
    taxes: dict[int, Cand],
    totals: tuple[Decimal, Decimal],
    summed: str,
    full: str,
) -> None:
    """Set the gross and the tax it includes (*totals*) on *ex*, each with its evidence. The
    taxes printed on lines of their own (*taxes*, by line), each at its rate, that make the
    gross back both; when they make another gross, the page waits (a tax its printed rate
    contradicts, whatever else backs the gross). With no rate printed, a tax that is to the
    cent one of the country's rates' share of the gross (the currency's, or the euro country's
    whose VAT number the page's text *full* prints) backs the tax, and the gross with *summed*
    (what the subtotal and charges over the total say of it); else the line items may still
    back the gross (validation)."""
    gross, tax = totals
    parts = included_parts(lines, taxes, gross)
    near = parts is not None and abs(parts[0] - gross) <= parts[1]
    note = "the included taxes at their rates make the gross" if near else "not cross-checked"
    cur = ex.value("currency")
    rate = None if parts else included_rate(gross, tax, rates_for(cur, full))
    if rate is not None:
        note = f"the tax is the {rate:f} % rate's share of the gross"
        ex.set("tax_total", money_text(tax, cur), "layout", 0.9, note)
        if summed:
            note = f"{summed}; {note}"
            ex.set("gross_total", money_text(gross, cur), "layout", 0.9, note)
            ex.totals_evidence = note
        else:
            ex.set("gross_total", money_text(gross, cur), "layout", 0.6, "not cross-checked")
        return
    ex.set("gross_total", money_text(gross, cur), "layout", 0.9 if near else 0.6, note)
    ex.set("tax_total", money_text(tax, cur), "layout", 0.9 if near else 0.6, note)
    if near:
        ex.totals_evidence = note
    elif parts is not None:
        ex.reasons.append(
            f"the tax {tax} the total includes makes, at the rates printed with it, a gross "
            f"of {parts[0]:.2f}, not {gross}: is a tax or a rate misprinted?"
        )
