"""Bills that carry more than this invoice: a utility bill's previous balance and payment,
a postal box beside the address, a direct debit 'on or after' a date."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_typeset import typeset
from tests.invoice_typeset.markup import page, t


def bill(tmp_path: Path, seed: int) -> tuple[Path, dict[str, Decimal]]:
    rng = random.Random(seed)
    energy = [Decimal(rng.randint(2000, 20000)) / 100 for _ in range(3)]
    net = sum(energy, Decimal(0))
    tax = (net * 5 / 100).quantize(Decimal("0.01"))
    previous = Decimal(rng.randint(5000, 30000)) / 100
    paid = previous - Decimal(rng.randint(0, 4000)) / 100  # some of it still open
    owed = previous - paid + net + tax
    lines = [
        "Northern Power & Gas Ltd",
        "PO Box 4120, Leeds LS1 9AA",
        "VAT Reg. No. GB 123 4567 89",
        "Your energy bill",
        f"Bill number {40077000 + seed}",
        "Bill date 14 October 2026",
        f"Previous balance £{previous:,.2f}",
        f"Payment received, thank you -£{paid:,.2f}",
        f"Balance brought forward £{previous - paid:,.2f}",
        f"Electricity charges £{energy[0]:,.2f}",
        f"Gas charges £{energy[1]:,.2f}",
        f"Standing charges £{energy[2]:,.2f}",
        f"Total charges before VAT £{net:,.2f}",
        f"VAT at 5% £{tax:,.2f}",
        f"Total charges this bill £{net + tax:,.2f}",
        f"Amount to pay £{owed:,.2f}",
        f"We will collect £{owed:,.2f} by Direct Debit on or after 28 October 2026.",
    ]
    source = page("a4", "Inter", 10, "en", "2cm") + "".join(f"#{t(x)}\n\n" for x in lines)
    pdf = typeset(source, tmp_path / f"bill-{seed}.pdf")
    return pdf, {"net": net, "tax": tax, "gross": net + tax, "owed": owed}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_utility_bill_with_a_balance_brought_forward(tmp_path: Path, seed: int) -> None:
    # the gross is this bill's charges with VAT, never the amount to pay (which carries what
    # was left open from the last bill); 'PO Box 4120' is no purchase order; the direct
    # debit's date is the due date
    pdf, want = bill(tmp_path, seed)
    ex = extract_invoice(pdf, use_xml=False)
    assert want["owed"] != want["gross"]  # something was left open
    assert ex.value("gross_total") == f"{want['gross']:.2f}"
    assert ex.value("net_total") == f"{want['net']:.2f}"
    assert ex.value("po_number") is None
    assert ex.value("due_date") == "2026-10-28"
    assert ex.status == "accepted", ex.reasons
