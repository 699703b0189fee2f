"""Kinds of layout of amounts held back after an invoice's total (an Australian builder's tax
invoice with its retention; replayed once as a probe through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_retention_row_in_a_table_of_totals_leaves_the_invoices_total(tmp_path: Path) -> None:
    # 'Less retention 5% | -$6,200.00 | -$620.00 | -$6,820.00' under the final works' row in a
    # table of 'Ex GST | GST | Inc GST', then 'Amount payable this invoice': the amount payable
    # had been accepted as the invoice's net, tax and gross
    items: list[Text] = [(60, 50, "Harbourside Constructions Pty Ltd", 16)]
    items += [
        (-540, 40 + 10 * i, t, 7)
        for i, t in enumerate(["12 Wharf Street", "Sydney NSW 2000", "ABN 12 345 678 901"])
    ]
    items += [(60, 100, "TAX INVOICE", 14)]
    cust = ["Pacific Property Group Pty Ltd", "Level 5, 1 Market Street", "Sydney NSW 2000"]
    items += [(60, 125 + 12 * i, t, 9) for i, t in enumerate(cust)]
    head = [
        ("Invoice number", "INV-4471"),
        ("Invoice date", "18/05/2026"),
        ("Due date", "17/06/2026"),
    ]
    items += rows_at((380, -540), 125, 12, head)
    table = [("", "Ex GST", "GST", "Inc GST")]
    table += [("Works completed to date (final)", "$124,000.00", "$12,400.00", "$136,400.00")]
    table += [("Less retention 5%", "-$6,200.00", "-$620.00", "-$6,820.00")]
    table += [("Amount payable this invoice", "$117,800.00", "$11,780.00", "$129,580.00")]
    items += rows_at((60, -380, -460, -540), 220, 14, table)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("124000.00", "12400.00", "136400.00"), reasons
    assert status == "accepted", reasons
