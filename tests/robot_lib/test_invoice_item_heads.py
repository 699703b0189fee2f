"""Item tables the i2d batch showed, drawn as real PDFs with values that change: heads wrapped
over three lines ('VK-Preis' over 'Ohne' over 'MwSt.') that name the amounts without the
tax, the quantity before the description, a retail table 'Qty | Price | Tax(%) | Tax |
Total' whose only net and tax stand in its 'Total' row, an item's note ('Tax: 0.2%') under
its row, and the rupee named once in a note on an Indian page."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import Text, draw


def de(v: Decimal) -> str:
    return f"{v:.2f}".replace(".", ",")


@pytest.mark.parametrize("seed", [1, 2])
def test_heads_wrapped_without_the_tax_and_the_quantity_first(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    items: list[Text] = [
        (50, 60, "Lindwurm Hosting AG", 16),
        (50, 76, "Uferweg 40, 63571 Gelnhausen · USt-IdNr. DE232446240", 8),
        (50, 200, f"Rechnungsnr. {30064400 + seed}", 9),
        (50, 212, "Rechnungsdatum 7. Mai 2026", 9),
        (66, 260, "Pos.", 8),
        (117, 260, "Menge Beschreibung", 8),
        (475, 260, "VK-Preis", 8),
        (523, 260, "Zeilenbetrag", 8),
        (487, 269, "Ohne", 8),
        (524, 269, "Ohne MwSt.", 8),
        (485, 278, "MwSt.", 8),
    ]
    lines, top = [], 292
    for pos in range(1, 5):
        qty = rng.randint(1, 3)
        price = Decimal(rng.randint(200, 900)) / 100
        lines.append((qty, price))
        items += [
            (79, top, str(pos), 8),
            (137, top, f"{qty} Exchange Mailbox 2010", 8),
            (-515, top, de(price), 8),
            (-570, top, de(qty * price), 8),
            (150, top + 12, "Grundgebühr pro Einheit", 8),
        ]
        top += 30
    gross = sum((q * p for q, p in lines), Decimal(0))
    items.append((411, top + 10, "Total EUR", 8))
    items.append((-570, top + 10, de(gross), 8))
    ex = extract_invoice(draw(tmp_path / "wrapped.pdf", items), use_xml=False)
    assert ex.value("gross_total") == f"{gross:.2f}"
    assert ex.value("tax_total") is None  # 'Ohne MwSt.' is no tax's head
    assert [(li.quantity, li.description) for li in ex.lines] == [
        (str(q), "Exchange Mailbox 2010") for q, _p in lines
    ]
    assert ex.status == "accepted", ex.reasons


def _retail(tmp_path: Path, net: Decimal, tax: Decimal, gross: Decimal, india: bool) -> Path:
    items: list[Text] = [
        (160, 40, "Retail Invoice", 14),
        (10, 70, "Sold By : Kaveri Retail Services Pvt. Ltd.,", 9),
        (300, 70, "Invoice No : # BLR_WFLD2026100098", 9),
        (10, 84, "Invoice Date: 20-10-2026", 9),
        (10, 98, "Warehouse: Hoskote, Bangalore - 560067" + (", India" if india else ""), 8),
        (10, 180, "Product", 9),
        (115, 180, "Title", 9),
        (345, 180, "Qty", 9),
        (377, 180, "Price", 9),
        (435, 180, "Tax(%)", 9),
        (486, 180, "Tax", 9),
        (534, 180, "Total", 9),
        (10, 200, "Memory cards", 8),
        (115, 200, "SanDisk Ultra 16 GB", 9),
        (355, 200, "1", 9),
        (-410, 200, f"{net:.2f}", 9),
        (434, 200, "14.50%", 9),
        (-515, 200, f"{tax:.2f}", 9),
        (-565, 200, f"{gross:.2f}", 9),
        (115, 224, "Price is inclusive of a Promotional Discount of Rs -40.00,", 7),
        (305, 260, "Total", 12),
        (353, 260, "1", 12),
        (-410, 260, f"{net:.2f}", 12),
        (-515, 260, f"{tax:.2f}", 12),
        (-565, 260, f"{gross:.2f}", 12),
        (386, 300, "Grand Total", 15),
        (-565, 300, f"{gross:.2f}", 15),
    ]
    return draw(tmp_path / "retail.pdf", items)


@pytest.mark.parametrize("seed", [3, 4])
def test_a_retail_tables_total_row_gives_net_and_tax(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    net = Decimal(rng.randint(10_000, 90_000)) / 100
    tax = (net * Decimal("0.145")).quantize(Decimal("0.01"))
    ex = extract_invoice(_retail(tmp_path, net, tax, net + tax, india=True), use_xml=False)
    got = tuple(ex.value(k) for k in ("net_total", "tax_total", "gross_total", "currency"))
    assert got == (f"{net:.2f}", f"{tax:.2f}", f"{net + tax:.2f}", "INR")
    assert ex.status == "accepted", ex.reasons
    # the row one unit off: the price is no net, and the tax column unread sends it to review
    ex = extract_invoice(_retail(tmp_path, net - 1, tax, net + tax, india=True), use_xml=False)
    assert ex.value("net_total") != f"{net - 1:.2f}" and ex.status == "review"
    # 'Rs' named once, and nothing says the page is Indian: the currency is a guess
    ex = extract_invoice(_retail(tmp_path, net, tax, net + tax, india=False), use_xml=False)
    assert ex.value("currency") == "INR" and ex.fields["currency"].confidence < 0.85


def test_an_items_note_does_not_end_the_table(tmp_path: Path) -> None:
    items: list[Text] = [
        (50, 30, "Ines Okafor", 10),
        (50, 42, "iokafor@example.org", 10),
        (460, 40, "INVOICE", 28),
        (460, 70, "# 2026-17", 12),
        (400, 110, "Date: Jan 1, 2026", 10),
        (45, 260, "Item", 10),
        (367, 260, "Quantity", 10),
        (470, 260, "Rate", 10),
        (533, 260, "Amount", 10),
        (45, 290, "Service A", 10),
        (367, 290, "12", 10),
        (-500, 290, "$10.00", 10),
        (-570, 290, "$120.00", 10),
        (45, 304, "Tax: 0.2%", 10),
        (45, 330, "Service B", 10),
        (367, 330, "5", 10),
        (-500, 330, "$1.50", 10),
        (-570, 330, "$7.50", 10),
        (45, 344, "Tax: 0.4%", 10),
        (400, 400, "Subtotal:", 10),
        (-570, 400, "$127.50", 10),
        (400, 414, "Tax (0%):", 10),
        (-570, 414, "$0.00", 10),
        (400, 434, "Total:", 10),
        (-570, 434, "$127.50", 10),
    ]
    ex = extract_invoice(draw(tmp_path / "note.pdf", items), use_xml=False)
    assert [li.line_total for li in ex.lines] == ["120.00", "7.50"]
    assert ex.status == "accepted", ex.reasons
