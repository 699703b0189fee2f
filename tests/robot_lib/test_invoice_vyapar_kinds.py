"""Kinds of layout of Vyapar, an Indian shop's billing app (replayed once as a probe through
Chromium, not kept): 'Tax Invoice', 'Bill To', 'Invoice Details', HSN/SAC and each item's GST
with its rate, then 'Sub Total', 'SGST@9%', 'CGST@9%', 'Total', 'Received', 'Balance' beside
'Invoice Amount In Words'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_tax_label_with_its_rate_after_an_at_sign(tmp_path: Path) -> None:
    # 'SGST@9%': the rate glued after '@' (a mailbox's '@' ends no label: no tax had been read,
    # and the held-out pages with a tax split in two waited)
    items: list[Text] = [(250, 40, "Tax Invoice", 14), (45, 70, "Sri Balaji Traders", 13)]
    items += [
        (45, 84, "45, Anna Salai, Chennai - 600002", 9),
        (45, 96, "GSTIN: 33AAFFS5678K1ZT", 9),
    ]
    items += [(45, 140, "Bill To", 9), (-550, 140, "Invoice Details", 9)]
    items += [(45, 152, "Anand Stores", 9), (-550, 152, "Invoice No.: 303", 9)]
    items += [(-550, 164, "Date: 10-03-2026", 9), (-550, 176, "Place of Supply: Tamil Nadu", 9)]
    xs = (45, 200, -300, -380, -470, -550)
    heads = ["# Item name", "HSN/ SAC", "Quantity", "Price/ Unit", "GST", "Amount"]
    rows = [["1 Rice 25 kg", "1006", "1", "₹ 2,400.00", "₹ 432.00 (18%)", "₹ 2,832.00"]]
    rows += [["2 Ceiling Fan", "8414", "1", "₹ 450.00", "₹ 81.00 (18%)", "₹ 531.00"]]
    items += rows_at(xs, 205, 16, [heads, *rows])
    sums = [("Sub Total", "₹ 2,850.00"), ("SGST@9%", "₹ 256.50"), ("CGST@9%", "₹ 256.50")]
    sums += [("Total", "₹ 3,363.00"), ("Received", "₹ 3,363.00"), ("Balance", "₹ 0.00")]
    items += [(45, 265, "Invoice Amount In Words", 9), (45, 277, "Three Thousand Rupees", 9)]
    items += rows_at((400, -550), 265, 13, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("2850.00", "513.00", "3363.00"), reasons
    assert status == "accepted", reasons
