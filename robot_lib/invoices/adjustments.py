"""What stands between the item table and the totals: a discount or a charge printed under
the items ('Discount (10%) −100.00', 'Shipping 9.90', 'Round Off 0.50' under the tax), counted
only where it closes the items' sum to the net or the gross exactly, and the net derived from the
items when none is printed. Mixed into :class:`items.ItemTable`."""

from __future__ import annotations

from decimal import Decimal
from functools import cached_property

from robot_lib.invoices import choosing, rate_checks, totals
from robot_lib.invoices.label_line import right_text
from robot_lib.invoices.labels_beside import ALLOWANCE, EXEMPT
from robot_lib.invoices.lines import Hit, TextLine, find_labels
from robot_lib.invoices.model import Extraction
from robot_lib.invoices.parse import amounts_in
from robot_lib.invoices.tax_split import derived, derived_split, split_at_tax
from robot_lib.invoices.total_rows import tax_row


class Adjustments:
    """Mixed into the item table: its lines, the lines its items were read on, its label hits
    and the totals' candidates are read here."""

    lines: list[TextLine]
    # the totals' candidates, field -> Cand, as the layout extractor chose the totals from
    total_cands: dict[str, list[totals.Cand]]
    item_rows: frozenset[int] = frozenset()  # the lines the items were read on

    def labels(self, field: str) -> list[Hit]:
        raise NotImplementedError

    def _adjustment(self, ex: Extraction, lines_sum: Decimal) -> None:
        """A discount or a charge printed between the items and the net total ('Discount
        (10%) −100.00', 'Shipping 9.90'): counted only when it closes lines → net exactly."""
        net, gross = ex.value("net_total"), ex.value("gross_total")
        no_tax = ex.value("tax_total") is None and net is None
        if (ex.tax_included or no_tax) and gross is not None:  # lines → gross
            want = Decimal(gross) - lines_sum
            if want and self._printed_adjustment(want) is not None:
                ex.adjustment = f"{want:.2f}"  # 'Versandkosten 4,90 €'
            return
        if net is None:
            self._derived_net(ex, lines_sum)
            return
        if lines_sum == Decimal(net):
            if not ex.totals_evidence:  # the totals did not close: a discount under the subtotal?
                self._derived_net(ex, lines_sum, subtotal=True)
            return
        want = Decimal(net) - lines_sum
        found = self._printed_adjustment(want)
        if found is not None:
            ex.adjustment = f"{want:.2f}"
            return
        # items priced with the tax in them (a web shop's): with a charge printed under them
        # ('Versandkosten 4,95 €') they make the gross, not the net
        with_tax = Decimal(gross) - lines_sum if gross is not None else Decimal(0)
        if with_tax > 0 and self._printed_adjustment(with_tax) is not None:
            ex.adjustment = f"{with_tax:.2f}"
            return
        # the net read is one rate's base ('Netto 19% 1.240,00' beside 'MwSt-befreit 450,00'):
        # the items and the tax make the gross, and the rest of the items' sum is printed
        # under the items as another base (exempt, or another rate's net)
        tax, gross = ex.value("tax_total"), ex.value("gross_total")
        if tax is None or gross is None or ex.tax_included or want >= 0:
            return
        nets = {h.line.index for h in self.labels("net_total")}
        rest = any(
            any(v == -want for v, _s, _e in amounts_in(ln.text))
            and (ln.index in nets or EXEMPT.search(ln.folded))
            for ln in self.lines[max(self.item_rows, default=-1) + 1 :]
        )
        if rest and lines_sum + Decimal(tax) == Decimal(gross):
            note = f"the line totals {lines_sum:.2f} and the tax make the gross ({net}: one part)"
            derived(ex, f"{lines_sum:.2f}", note)

    @cached_property
    def _adjustments(self) -> list[tuple[int, int, list[Decimal], str]]:
        """Every discount (sign -1) and charge (+1) line with an amount: its line's index, its
        sign, the amounts right of its label (the likeliest first) and the label."""
        allowances = find_labels(self.lines, [(ALLOWANCE, 1.0)])
        charges = self.labels("charges") + self.labels("tax_free")
        out = []
        for hits, sign in ((allowances, -1), (charges, 1)):
            for h in hits:
                # an item's ('Versandkarton 40x30x20'), counted among the lines, or one over the
                # items ('(Total Shipping Charges $5.00)' in the shipping box): no adjustment
                if h.line.index in self.item_rows or h.line.index < min(self.item_rows, default=0):
                    continue
                text = right_text(h, [])
                weighed = totals.adjustment_amounts(text)
                if sign > 0 and tax_row(text, weighed):
                    continue  # a tax table's row: 'Shipping  5.000 %  £4.90  £0.25'
                found = [v for v, _w in weighed]
                alone = h.line.text.strip(" :") == h.line.text[h.start : h.end].strip(" :")
                # (or one of a row of totals' heads, its amount under it: 'Aufgeld 30 %')
                alone = alone or (len(h.line.cells) >= 2 and not totals.money(h.line.text))
                if not found and alone:  # wrapped in its cell ('Discount' over '(5.0%):')
                    side = totals.beside(self.lines, h) or totals.under(self.lines, h)
                    found = [side[0]] if side else []
                if len(found) > 2:  # an item's row ('Trasporto | 1,00 | 80,00 | 22,00 | 80,00'):
                    # its total, not its quantity or rate; a row of a net, its tax and its gross
                    # ('Less trade discount 5% | -£19.30 | -£3.86 | -£23.16'): its net
                    seq = [v for v, _s, _e in totals.money(text)]
                    three = len(seq) == 3 and seq[0] + seq[1] == seq[2]
                    found = seq[:1] if three else found[:1]
                if found:
                    out.append(
                        (h.line.index, sign, found, h.line.text[h.start : h.end].strip(" :"))
                    )
        return out

    def _printed_adjustment(self, want: Decimal) -> str | None:
        """The label of a discount (−) or charge (+) printed with the amount *want*; else the
        labels of all the charges printed (each line's first amount) when together they make
        it ('Rivalsa INPS 4%' and 'Imposta di bollo'); else of the discounts and charges
        together, each line's amount in cents with its sign ('abzgl. 16,7% Rabatt -2,00',
        'abzgl. Sondernachlass 10% von 147,30 -14,73', 'zzgl. Versandkosten 5,80')."""
        found = self._adjustments
        for _i, sign, amounts, label in found:
            if any(sign * abs(v) == want for v in amounts):
                return label
        charges: dict[int, tuple[Decimal, str]] = {}
        signed: dict[int, tuple[Decimal, str]] = {}
        for i, sign, amounts, label in found:
            if sign > 0:
                charges.setdefault(i, (abs(amounts[0]), label))
            cents = [v for v in amounts if v.as_tuple().exponent == -2]
            if cents:
                signed.setdefault(i, (sign * abs(cents[0]), label))
        for parts in (charges, signed):
            if len(parts) > 1 and sum((v for v, _l in parts.values()), Decimal(0)) == want:
                return " + ".join(label for _v, label in parts.values())
        return None

    def _derived_net(self, ex: Extraction, lines_sum: Decimal, subtotal: bool = False) -> None:
        """No net printed: the items, perhaps a discount or a charge, the tax and the total
        ('Discount (10%) −£100.00', 'VAT 20% £180.00', 'Total £1,080.00'). When they make the
        total to the cent, the net is the items with the discount or charge. With *subtotal*,
        the net read is the items' sum ('Subtotal 540.00' over 'Discount of 10% −54.00'):
        when it and the tax miss the total by exactly a printed discount or charge, the net
        is the subtotal with it."""
        tax, gross = ex.value("tax_total"), ex.value("gross_total")
        if tax is None or gross is None or Decimal(tax) < 0:
            return
        label: str | None = None
        # the tax read, or the sum of a run of per-rate lines ('CGST @ 9%', 'SGST @ 9%')
        for t in [Decimal(tax), *self._tax_runs()]:
            want = Decimal(gross) - t - lines_sum
            label = self._printed_adjustment(want) if want else ""
            if label is not None and not (subtotal and not want):
                break
        else:
            return
        if t != Decimal(tax):
            ex.set("tax_total", f"{t:.2f}", "layout", 0.85, "the sum of the tax lines")
        split = None
        if label and " + " in label:
            split = split_at_tax(self.lines, self._adjustments, self._tax_lines, want)
        if split is not None:
            derived_split(ex, lines_sum, (t, Decimal(gross)), split, subtotal)
            return
        after = bool(want) and self._after_tax(want)
        net = lines_sum if after else lines_sum + want
        with_it = f" with '{label}' {want:.2f}" if want else ""
        what = "the subtotal" if subtotal else "no net printed: the line totals"
        note = f"{what} {lines_sum:.2f}{with_it} and the tax make the gross"
        ex.adjustment = f"{want:.2f}" if want and not after else None
        if after:  # 'Round Off 0.50' under the tax: part of the gross, not of the net
            ex.after_tax = f"{want:.2f}"
            ex.after_tax_for = (f"{net:.2f}", f"{t:.2f}", f"{Decimal(gross):.2f}")
        derived(ex, f"{net:.2f}", note)
        # (the tax reckoned on the items before a discount printed over it: more than its rate)
        if net > 0 and t > 0:
            texts = {self.lines[i].text for i in self._tax_lines}
            if (over := rate_checks.over_its_rate(t, net, texts)) is not None:
                ex.reasons.append(over)

    def _after_tax(self, want: Decimal) -> bool:
        """The charge of *want* ('Round Off', 'Shipping') is printed under the tax lines: it
        is added after the tax, not part of the net."""
        at = [
            i
            for i, sign, amounts, _label in self._adjustments
            if sign > 0 and any(abs(v) == abs(want) for v in amounts)
        ]
        return bool(at and self._tax_lines) and min(at) > max(self._tax_lines)

    @cached_property
    def _tax_lines(self) -> list[int]:
        """The lines of the tax's labels with an amount right of them."""
        return [
            h.line.index
            for h in self.labels("tax_total")
            if totals.amounts_right(right_text(h, []))
        ]

    def _tax_runs(self) -> list[Decimal]:
        """The sums of runs of two or more tax lines next to each other, as the totals
        were chosen with (:func:`choosing.rate_runs`)."""
        return [c.amount for c in choosing.rate_runs(self.total_cands.get("tax_total", []))]
