"""Checks: nothing wrong is accepted silently."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from robot_lib.invoices.model import REQUIRED, Extraction
from robot_lib.invoices.note_parts import PARTS_OFF

MIN_CONFIDENCE = 0.7


# what would have settled a field, for the review reason
MISSING = {
    "seller": "no seller heading, sender line or company name with a legal form, and neither "
    "the page's web or e-mail address nor a second printing names it",
    "invoice_number": "no explicit invoice-number label ('Invoice no.', 'Rechnungsnummer') "
    "right of or above it",
    "issue_date": "no explicit issue-date label ('Invoice date', 'Rechnungsdatum') beside it "
    "and no letter-style date line",
    "currency": "no currency label, and no code or symbol that most amounts carry",
    "gross_total": "no net and tax that add up to it, and not printed again as the net or as "
    "the sum of the lines",
}
# a seller read from a company name at the foot of the page (the note the layout rules give
# it), and what would have made it the page's sender
AT_FOOT = "a company name at the foot of the page"
MISSING_AT_FOOT = (
    "a name at the foot of the page is the seller's only with its street and town beside it, no "
    "other company on the page and no brand at the top; and neither the page's web or e-mail "
    "address nor a second printing names it"
)
# a date whose day and month could be swapped (the note the layout rules give it)
ORDER_DOUBT = "day and month could be swapped (no date proves the order)"
# ... and the reason a page waits on it, after the field's name and value
_SWAPPED = (
    ": day and month could be swapped, and no date on the page proves whether the day or the "
    "month comes first"
)
# a due date another label contradicts (the note the layout rules give it, with that date)
DUE_CONFLICT = "another label gives"
UNCHECKED_GROSS = "net or tax total not found: the gross total cannot be cross-checked"
UNREAD_TAX = "the item table has a tax column, but no tax total was read"


def validate(ex: Extraction, today: dt.date | None = None) -> Extraction:
    """Set ``ex.status`` to accepted only if every required field is there with enough
    confidence and every check its data allows passes; otherwise review with reasons."""
    today = today or dt.date.today()
    reasons = list(ex.reasons)
    net, tax, gross = (_dec(ex.value(k)) for k in ("net_total", "tax_total", "gross_total"))
    lines_sum = None
    if ex.lines and all(li.line_total for li in ex.lines):
        lines_sum = sum((Decimal(li.line_total or 0) for li in ex.lines), Decimal(0))
        lines_sum += Decimal(ex.adjustment or 0)
    if (
        gross is not None
        and (tax is None or ex.tax_included)
        and lines_sum == gross
        and not ex.totals_evidence
    ):
        ex.totals_evidence = (
            "the line totals (with the tax in them) add up to the gross"
            if ex.tax_included
            else "the line totals add up to the gross, no tax printed"
        )
        ex.fields["gross_total"].confidence = max(ex.fields["gross_total"].confidence, 0.9)
        ex.fields["gross_total"].note = ex.totals_evidence
    off = None  # how far net + tax (+ charges after the tax) is from the gross
    # the charges the layout rules found count only with the totals they were found with
    after = Decimal(ex.charges() or 0)
    if net is not None and tax is not None and gross is not None:
        off = abs(net + tax + after - gross)
    # a note's parts that do not make its total: the layout's reason says what does not hold
    refuted = any(r.startswith(PARTS_OFF) for r in reasons)
    for name in REQUIRED:
        f = ex.fields.get(name)
        if f is None:
            reasons.append(f"{name} not found")
        elif name == "gross_total" and (refuted or (off is not None and off > Decimal("0.01"))):
            continue  # the arithmetic (below, or the layout's) says exactly what does not hold
        elif f.confidence < MIN_CONFIDENCE:
            how = f"{f.source}: {f.note}" if f.note else f.source
            if ORDER_DOUBT in f.note:
                reasons.append(f"{name} {f.value!r}{_SWAPPED}")
                continue
            foot = name == "seller" and f.note.endswith(AT_FOOT)
            why = MISSING_AT_FOOT if foot else MISSING[name]
            if name == "gross_total" and lines_sum not in (None, gross):
                why += f" (line totals add up to {_lines_said(lines_sum, ex)})"  # to compare
            reasons.append(f"{name} {f.value!r} is uncertain ({how}, {f.confidence:.2f}): {why}")
    # the due date is not required, but one read with day and month perhaps swapped is read
    # wrong as likely as right: a person says (its issue date the same both ways, '11/11/2026')
    doubted = ex.fields.get("due_date")
    if (
        doubted is not None
        and ORDER_DOUBT in doubted.note
        and not any(r.endswith(_SWAPPED) for r in reasons)
    ):
        reasons.append(f"due_date {doubted.value!r}{_SWAPPED}")
    if gross is not None:
        if net is None or tax is None:
            # the gross stands when printed again as the net with no tax on the page, or
            # when a person taught that this vendor prints no breakdown
            if not ex.gross_only and not ex.totals_evidence and not refuted:
                reasons.append(UNCHECKED_GROSS)
            elif tax is None and ex.tax_column and not ex.tax_included:
                reasons.append(UNREAD_TAX)
        elif off is not None and off > Decimal("0.01"):
            more = f" + charges {after}" if after else ""
            reasons.append(
                f"net {net} + tax {tax}{more} = {net + tax + after}, but the gross total is {gross}"
            )
        held, paid = _dec(ex.withheld), _dec(ex.payable)
        if held is not None and paid is not None and abs(gross - held - paid) > Decimal("0.01"):
            reasons.append(
                f"the gross {gross} less the income tax withheld {held} is {gross - held}, "
                f"but the amount payable is {paid}"
            )
        if gross <= 0:
            reasons.append(f"gross total {gross} is not positive (a credit note?)")
    if net is not None and tax is not None and 0 < tax and net <= tax:  # no rate is 100 %
        if net == tax:
            reasons.append(f"the tax {tax} equals the net {net}: no tax rate is 100 %")
        else:
            reasons.append(f"the tax {tax} is larger than the net {net}: are the two swapped?")
    # a receipt prices its items with the tax in them: they add up to the gross (before the
    # charges or the discount printed after the tax, when there are any; or, less the income
    # tax withheld, to the amount payable), each line's tax rounded on its own: a cent a line
    # from the tax summed and rounded once
    cents = Decimal("0.01") * len(ex.lines)
    payable = _dec(ex.payable) if ex.withheld else None
    inclusive = (
        lines_sum is not None
        and gross is not None
        and off is not None
        and off <= Decimal("0.01")
        and any(
            abs(lines_sum - g) <= cents for g in (gross, gross - after, payable) if g is not None
        )
    )
    if (
        lines_sum is not None
        and net is not None
        and abs(lines_sum - net) > Decimal("0.01")
        and not inclusive
    ):
        reasons.append(
            f"line totals add up to {_lines_said(lines_sum, ex)}, the net total is {net}"
        )
    issue, due = _date(ex.value("issue_date")), _date(ex.value("due_date"))
    if due is not None and DUE_CONFLICT in ex.fields["due_date"].note:
        other = ex.fields["due_date"].note.split(DUE_CONFLICT)[-1].strip()
        reasons.append(f"two due dates are printed, {due} and {other}: which one holds?")
    if issue is not None:
        if issue > today + dt.timedelta(days=365):
            reasons.append(f"issue date {issue} is more than a year in the future")
        if issue < today - dt.timedelta(days=365 * 15):
            reasons.append(f"issue date {issue} is more than 15 years ago")
    if issue is not None and due is not None and due < issue:
        reasons.append(f"due date {due} is before the issue date {issue}")
    ex.reasons = list(dict.fromkeys(reasons))
    ex.status = "review" if ex.reasons else "accepted"
    return ex


def _lines_said(lines_sum: Decimal, ex: Extraction) -> str:
    """What the line totals add up to, as a review reason says it: the lines' own sum, and the
    charges or allowances *ex* read beside them (which *lines_sum* holds) when there are any."""
    adj = Decimal(ex.adjustment or 0)
    return f"{lines_sum - adj}" + (f" with charges/allowances {adj}" if adj else "")


def _dec(v: str | None) -> Decimal | None:
    return Decimal(v) if v not in (None, "") else None


def _date(v: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if v else None
    except ValueError:
        return None
