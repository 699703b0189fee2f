"""Payments on the page and what is left to pay: a total printed after a payment weighed as
what is left (not the bill's gross), the bill's gross recovered when only the balance after a
payment is printed, and the reason to wait when a total under the gross says another amount is
owed and nothing printed makes up the difference. The paid amounts' and payments' words."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.labels_totals import PAID
from robot_lib.invoices.parse import amounts_in
from robot_lib.invoices.totals import TOL, Cand, discounts_off, money, per_line

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

# a paid amount's label ('Paid To Date', 'Amount paid'; folded text)
PAID_RX = re.compile(PAID)
# a payment's words, on a line that takes it off the bill ('Payment: Credit Card -€818.13')
PAYMENT_RX = re.compile(
    r"\b(?:payments?|paid|deposit|prepayment|anzahlung|zahlung|bezahlt|gezahlt|acompte|paiement|"
    r"payee?|pago|pagad[oa]|pagamento|pagat[oa]|betaling|betaald|betalning|"
    # the customer's credit taken off: 'Balance applied', 'Applied balance', 'Credit applied'
    r"(?:balance|credits?)\s*applied|applied\s*(?:balance|credits?))\b"
)


def due_otherwise(
    lines: list[TextLine],
    gross: list[Cand],
    total: Decimal | None,
    labelled: set[int],
    printed: dict[Decimal, list[int]],
    charges: list[Cand],
) -> str | None:
    """The reason to wait when a total label under the gross, strong and on its amount's line
    (*labelled*: the lines with a gross label; 'Amount due', 'Zahlbetrag'), prints another
    amount, and nothing on the page makes up the difference (a payment, a deposit, a balance
    brought forward, a discount for early payment: the difference printed anywhere, or the
    lines between that add up to it; *printed*: :func:`printed_amounts`). Which of the two is
    owed is then for a person to say. None when no such label says otherwise. A larger total
    under the gross by a charge printed between them (*charges*: 'Total TTC 23,00 €', 'Frais
    de livraison 5,90 €', 'Total 28,90 €': the goods' total, then the bill's with the postage)
    is the bill's: the gross read misses the charge, and the page waits too."""
    if total is None or total <= 0:
        return None
    last = max((c.line for c in gross if c.amount == total), default=-1)

    def made_up(amount: Decimal, between: Decimal) -> bool:
        """*amount* differs from the total by nothing, by an amount printed, or by the sum of
        the amounts printed *between* them."""
        gap = abs(amount - total)
        return not gap or gap in printed or -gap in printed or abs(between) == gap

    for c in gross:
        if c.how != "label" or c.line <= last or c.weight < 0.5 or c.amount <= 0:
            continue
        if c.line not in labelled:  # a column's head read over a row ('Brutto' over '10 %')
            continue
        gap = abs(c.amount - total)
        shown = " ".join(lines[c.line].text.replace("|", " ").split())
        if c.amount > total and any(
            last < ch.line < c.line and abs(ch.amount - gap) <= TOL for ch in charges
        ):  # (however weak its label: a bare 'Total' low on the page)
            return (
                f"'{shown}' says {c.amount}, the gross total read is {total}, and a charge of {gap} "
                "printed between them is not in it: which total is the bill's?"
            )
        if c.weight < 0.6:
            continue
        between = sum(
            (v for ln in lines[last + 1 : c.line] for v, _s, _e in money(ln.text)), Decimal(0)
        )
        # (another of its line's amounts may be what is left: 'Noch zu zahlen | 2.189,60 |
        # 416,02 | 2.605,62', a row of net, tax and gross after the payments taken off)
        if any(o.line == c.line and made_up(o.amount, between) for o in gross if o.how == "label"):
            continue
        return (
            f"'{shown}' says {c.amount}, the gross total is {total}, and no amount printed "
            f"makes up the difference of {gap}: which one is owed?"
        )
    return None


def left_after_payment(lines: list[TextLine], gross: list[Cand]) -> list[Cand]:
    """The gross candidates, with a total printed after a payment weighed as what is left to
    pay: 'Totalt pris 108 701,75', '2026-02-21 Betalning, tack! -54 351,00', 'Belopp att betala
    54 350,75', in any language: a line between the two totals prints their difference. So too
    a total printed after a previous bill's unpaid balance added to it ('Importe total factura
    127,92 €', 'Saldo pendiente de facturas anteriores 71,40 €', 'Total a pagar 199,32 €'): it
    is what is owed in all, not this bill's gross."""
    out = []
    for c in gross:
        left = (
            c.how == "label"
            and any(
                g.how != "closure"  # a labelled total, a table's
                and g.line < c.line
                and c.amount > 0
                and g.amount != c.amount
                and any(
                    abs(abs(a) - abs(g.amount - c.amount)) <= TOL
                    for ln in lines[g.line + 1 : c.line]
                    if g.amount > c.amount or _OWED_BEFORE.search(ln.folded)
                    for a, _s, _e in amounts_in(ln.text)
                )
                for g in gross
            )
        )
        out.append(replace(c, weight=min(c.weight, 0.4)) if left else c)
    return out


# a previous bill's balance brought onto this one (folded text)
_OWED_BEFORE = re.compile(
    r"\b(?:previous\s*balance|balance\s*(?:brought|carried)\s*forward|arrears|saldo\s*(?:pendiente|"
    r"anterior)|vorsaldo|ruckstand\w*|offene\w*\s*(?:betrag|posten)\s*(?:aus|der)\s*vor\w*|"
    r"solde\s*(?:anterieur|precedent)|reste\s*du\s*anterieur|achterstand)\b"
)


def billed_before_payment(lines: list[TextLine], cands: dict[str, list[Cand]]) -> list[Cand]:
    """The gross candidates, with the bill's gross added when the page prints only what is
    left after a payment: 'Sub-Total €2,750.00', 'MwSt (19%) €522.50', 'Payment: Credit Card
    -€818.13', 'Outstanding Balance €2,454.37' bill 3,272.50 — the net and the tax (less a
    discount printed between them) add up to it, and so do the balance and the payments
    printed between them, negative with a payment's word on their line or a line beside it (the
    label wrapped around its amount: 'Payment: Credit' over '-€818.13' over 'Card') or positive
    on a paid amount's line ('Paid To Date $381.00', the balance under it), and no
    total printed between says otherwise ('Paid to Date' is none). Each such gross
    is a candidate at the balance's line, the balance there weighed as what is left to pay
    (as :func:`left_after_payment` weighs it)."""
    out = []
    adjusted = cands.get("charges", []) + discounts_off(cands)
    for c in cands["gross_total"]:
        if c.how != "label" or c.amount <= 0:
            continue
        for n in cands["net_total"]:
            taxes = [t for t in cands["tax_total"] if t.how == "label" and n.line < t.line < c.line]
            if n.how != "label" or not n.line < c.line:
                continue
            for t in [*taxes, None]:
                start = t.line if t is not None else n.line
                if any(
                    start < g.line < c.line
                    and g.how == "label"
                    and not PAYMENT_RX.search(lines[g.line].folded)  # ('Paid to Date': paid)
                    for g in cands["gross_total"]
                ):
                    continue  # the bill's total is printed: it says what was billed
                # a payment printed negative, or positive on a paid amount's own line
                # ('Subtotal $763.32', 'Paid To Date $381.00', 'Balance Due $382.32')
                paid = [
                    abs(a)
                    for i in range(start + 1, c.line)
                    if any(PAYMENT_RX.search(ln.folded) for ln in lines[i - 1 : i + 2])
                    for a, _s, _e in amounts_in(lines[i].text)
                    if a < 0 or PAID_RX.search(lines[i].folded)
                ]
                billed = n.amount
                if t is not None:  # a discount printed between the net and the tax: off first
                    between = per_line(adjusted, n.line, t.line).values()
                    billed += sum((a.amount for a in between), Decimal(0)) + t.amount
                if paid and abs(c.amount + sum(paid) - billed) <= TOL:
                    w = min(c.weight, n.weight, t.weight if t is not None else 1.0)
                    out.append(Cand(billed, w, c.line, "before payment"))
    left = {c.line for c in out}
    gross = [
        replace(c, weight=min(c.weight, 0.4)) if c.line in left and c.how == "label" else c
        for c in cands["gross_total"]
    ]
    return gross + out
