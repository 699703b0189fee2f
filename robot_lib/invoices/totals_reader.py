"""The invoice's net, tax and gross as the layout extractor reads them: the candidates its
labels, tables and item sums give (:mod:`total_cands`), the triple that goes together
(:mod:`choosing`), then what else the page says of them (a payment, a charge, a tax withheld or
included, a total below that says otherwise) and how sure the reading is."""

from __future__ import annotations

from decimal import Decimal
from functools import cached_property

from robot_lib.invoices import (
    choosing,
    included,
    itemsums,
    payments,
    percent_steps,
    rate_checks,
    totals,
)
from robot_lib.invoices.items import ItemTable
from robot_lib.invoices.model import Extraction
from robot_lib.invoices.parse import THREE_DECIMALS, money_text


class TotalsReader(ItemTable):
    """Mixed into the layout extractor: its lines, label hits and the candidates
    :func:`total_cands.total_candidates` reads from it."""

    full: str

    def _total_candidates(self) -> dict[str, list[totals.Cand]]:
        raise NotImplementedError

    @cached_property
    def _printed(self) -> dict[Decimal, list[int]]:
        """Every amount printed on the document -> its lines (:func:`totals.printed_amounts`)."""
        return totals.printed_amounts(self.lines)

    def _totals(self, ex: Extraction) -> None:
        self.total_cands = self._total_candidates()
        cur = ex.value("currency")
        if cur not in THREE_DECIMALS:  # '11.900 €' is never 11.90
            self.total_cands = {
                f: [c for c in cs if c.amount.as_tuple().exponent != -3]
                for f, cs in self.total_cands.items()
            }
        chosen = choosing.choose(self.total_cands)
        res = rate_checks.discounted(self.lines, self.total_cands, chosen)
        if res.net is not None and chosen.net is not None and res.net > chosen.net:
            ex.adjustment = f"{res.net - chosen.net:.2f}"  # a charge the tax is reckoned on
        res = rate_checks.charge_taxed(self.lines, self.total_cands, res)
        # 'IRPF 15%' in the item rows, one 'Taxes' amount in the totals: the VAT less it
        held = {r for h in self.labels("withholding") if (r := rate_checks.rate_after(h))}
        if held:
            vat = {r for h in self.labels("tax_total") if (r := rate_checks.rate_after(h))}
            res = rate_checks.withheld_within(res, vat - held, held)
        if not res.checked and res.net is None and _rows_add_up(self.total_cands, res):
            res.checked = itemsums.ROWS_ADD_UP
        if res.charges is not None:
            ex.after_tax = money_text(res.charges, cur)
            ex.after_tax_for = tuple(
                None if v is None else money_text(v, cur) for v in (res.net, res.tax, res.gross)
            )
        ex.tax_included = res.included
        if res.included and res.gross is not None and res.tax is not None:
            taxes = totals.per_line(self.total_cands.get("included_tax", []))
            outside = res.charges or Decimal(0)  # (a voucher sold after the total with the tax)
            with_tax = (res.gross - outside, res.tax)
            included.judge(ex, self.lines, taxes, with_tax, res.checked, self.full)
            if outside and (g := ex.fields.get("gross_total")) is not None:
                note = f"{g.note}; and {outside} outside the VAT after it"
                ex.set("gross_total", money_text(res.gross, cur), g.source, g.confidence, note)
            return
        if res.withheld is not None and res.payable is not None:
            ex.withheld, ex.payable = money_text(res.withheld, cur), money_text(res.payable, cur)
        if res.checked:
            at = {h.line.index for h in self.labels("gross_total")}
            # (the total rounded under the gross is the gross too: 'Rounded Total')
            gross = self.total_cands["gross_total"] + self.total_cands.get("rounded", [])
            charges = self.total_cands.get("charges", [])
            due = payments.due_otherwise(self.lines, gross, res.gross, at, self._printed, charges)
            due = due or rate_checks.one_rate(self.lines, self.total_cands, res)
            due = due or rate_checks.tax_over_rate(self.lines, self.total_cands, res)
            due = due or rate_checks.tax_of_one_rate(self.lines, self.total_cands, res)
            due = due or rate_checks.tax_with_fees(self.lines, self.total_cands, res)
            due = due or rate_checks.unread_withholding(held, res)
            if due is not None:
                ex.reasons.append(due)
            ex.totals_evidence = res.checked
            for name, v, how in (
                ("gross_total", res.gross, "layout"),
                ("net_total", res.net, "derived" if res.derived else "layout"),
                ("tax_total", res.tax, "layout"),
            ):
                if v is not None:
                    ex.set(name, money_text(v, cur), how, 0.95, res.checked)
            return
        rate = self._rate_alone(res.net, res.gross) if res.tax is None else None
        if rate is not None and res.net is not None and res.gross is not None:
            note = f"the net at the tax rate printed alone ({rate} %) makes the gross"
            ex.totals_evidence = note
            ex.set("gross_total", money_text(res.gross, cur), "layout", 0.9, note)
            ex.set("net_total", money_text(res.net, cur), "layout", 0.9, note)
            return
        taxed = {h.line.index for h in self.labels("tax_total")}
        if percent_steps.settle(ex, self.lines, self.total_cands, res, taxed):
            return
        for name, v, w in zip(
            ("gross_total", "net_total", "tax_total"),
            (res.gross, res.net, res.tax),
            res.weights,
            strict=True,
        ):
            if v is not None:
                ex.set(name, money_text(v, cur), "layout", min(0.6, w), "not cross-checked")
        if res.gross is not None and res.tax is None and res.net in (None, res.gross):
            self._hours_times_rate(ex, res.gross)
        if res.gross is not None and res.tax is None:
            larger = self._larger_total_below(res.gross)
            if larger is not None:
                ex.reasons.append(larger)

    def _larger_total_below(self, gross: Decimal) -> str | None:
        """Why to wait when, with no tax read, a larger amount stands under a total's label below
        the gross read: it may be a net whose tax has a word no rule knows ('Brutto 1 200,00',
        'TVSH 240,00', 'Total 1 440,00'), which item lines adding up to it back; or None."""
        cands = self.total_cands["gross_total"]
        at = max((c.line for c in cands if c.amount == gross), default=None)
        if at is None:
            return None
        for c in cands:
            # (not under a weak word, 'Balance', 'Paid': another account's sums)
            if c.how == "label" and c.line > at and c.amount > gross and c.weight >= 0.5:
                shown = " ".join(self.lines[c.line].text.replace("|", " ").split())
                return (
                    f"'{shown}' is printed under the gross total {gross}, and is larger: is a "
                    "tax or a charge between them unread?"
                )
        return None

    def _rate_alone(self, net: Decimal | None, gross: Decimal | None) -> Decimal | None:
        """The tax printed as its rate alone, with no amount ('VAT: 20 %' between 'Total:' and
        'SubTotal:'): the rate at which the net makes the gross (to the cent), or None."""
        if net is None or gross is None or not 0 < net < gross:
            return None
        for h in self.labels("tax_total"):
            if totals.money(h.line.text):
                continue  # an amount on the line: the tax is printed, or this is no tax line
            for printed in rate_checks.rates_in(h.line.text):
                rate = Decimal(printed)
                if 0 < rate < 100 and abs(net * (100 + rate) / 100 - gross) <= Decimal("0.01"):
                    return rate
        return None


def _rows_add_up(cands: dict[str, list[totals.Cand]], res: totals.Totals) -> bool:
    """The chosen gross and tax were read on one item table's last row of totals, which the
    rows over it add up to (:func:`itemsums.grand_row`)."""
    gross = {c.line for c in cands["gross_total"] if c.how == "rows" and c.amount == res.gross}
    taxes = cands["tax_total"]
    return any(c.how == "rows" and c.amount == res.tax and c.line in gross for c in taxes)
