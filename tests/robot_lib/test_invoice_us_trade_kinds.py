"""Kinds of layout of US professions' invoices (a law firm's; replayed once as a probe through
Chromium, not kept): a firm named for its partners, a list set off by commas before its form,
and its fees and expenses with no tax."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, centred, draw, rows_at


def test_a_firm_named_for_its_partners_and_fees_and_expenses_with_no_tax(
    tmp_path: Path,
) -> None:
    # 'HARPER, COLLINS & WADE LLP' had been cut to 'COLLINS & WADE LLP'; 'Total fees $4,898.00',
    # 'Total expenses $45.00', 'Total for this invoice $4,943.00': the expenses, read under a
    # total's word, had been taken for a tax that closes the fees to the total, and the page
    # accepted with them
    items: list[Text] = [centred(300, 50, "HARPER, COLLINS & WADE LLP", 17)]
    items += [centred(300, 66, "200 Park Avenue, Suite 1700 · New York, NY 10166", 7)]
    cust = [
        "Summit Outdoor Gear, Inc.",
        "Attn: General Counsel",
        "800 Pine Street",
        "Seattle, WA 98101",
    ]
    items += [(60, 110 + 12 * i, t, 9) for i, t in enumerate(cust)]
    head = [("Invoice No.", "141033"), ("Invoice Date", "May 15, 2026")]
    items += rows_at((380, -540), 110, 12, head)
    items += [(60, 180, "For professional services rendered through May 15, 2026:", 9)]
    sums = [("Total fees (12.4 hours)", "$4,898.00"), ("Total expenses", "$45.00")]
    sums += [("Total for this invoice", "$4,943.00"), ("Less: retainer applied", "($4,843.00)")]
    sums += [("Balance due", "$100.00")]
    items += rows_at((60, -540), 200, 14, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "HARPER, COLLINS & WADE LLP", reasons
    assert got["tax_total"] is None and got["gross_total"] == "4943.00", reasons
    assert status == "review", reasons
