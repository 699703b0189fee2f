"""Kinds of layout of Southeast Asian invoices (replayed once as a probe through Chromium: a
Philippine BIR-registered 'SALES INVOICE', Malaysia's MyInvois e-invoice; not kept). The
Philippine form prints its serial number level with the title at the right, 'No. 053767' in
smaller type; MyInvois labels the seller's number 'e-Invoice Code', and its addresses open
with a house number after 'No.' ('No. 8, Jalan Besar')."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, centred, draw, rows_at


def _sums(y: float, sums: list[tuple[str, str]]) -> list[Text]:
    items = rows_at((45, -420, -550), y, 14, [["Description", "Quantity", "Subtotal"]])
    items += rows_at((45, -420, -550), y + 14, 14, [["IT support services", "2", sums[0][1]]])
    return items + rows_at((380, -550), y + 45, 13, sums)


def _malaysian(code: bool) -> list[Text]:
    """A MyInvois page: its seller's address opens with 'No. 8,'; its number under the label
    'e-Invoice Code' if *code*."""
    seller = ["Kedai Runcit Ahmad Enterprise", "No. 8, Jalan Besar", "81000 Kulai, Johor"]
    seller += ["Supplier TIN: IG12345678090"]
    items: list[Text] = [(45, 45 + 11 * i, t, 12 if i == 0 else 9) for i, t in enumerate(seller)]
    head = ["e-Invoice Type: Invoice", "e-Invoice Version: 1.1"]
    head += ["e-Invoice Code: INV-2026-08202" if code else "Currency: MYR"]
    head += ["Invoice Date and Time: 16/02/2026 10:15:00"]
    items += [(-550, 45, "e-Invoice", 15)]
    items += [(-550, 56 + 11 * i, t, 9) for i, t in enumerate(head)]
    items += [(45, 120, "Buyer", 9), (45, 132, "Syarikat Pelanggan Sdn. Bhd.", 9)]
    sums = [("Total Excluding Tax", "RM 2,400.00"), ("Tax Amount", "RM 192.00")]
    return items + _sums(170, [*sums, ("Total Including Tax", "RM 2,592.00")])


def test_malaysia_s_e_invoice_code_is_the_invoice_s_number(tmp_path: Path) -> None:
    # (the held-out pages were accepted with '8', read after 'No.' in the seller's address
    # under the title's row)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _malaysian(code=True)))
    assert got["invoice_number"] == "INV-2026-08202", reasons
    assert totals_read(got) == ("2400.00", "192.00", "2592.00"), reasons
    assert status == "accepted", reasons


def test_a_house_number_after_no_is_no_invoice_number(tmp_path: Path) -> None:
    # with no number printed, the page waits for one: 'No. 8, Jalan Besar' is an address
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _malaysian(code=False)))
    assert got["invoice_number"] is None, reasons
    assert status == "review", reasons


def test_a_serial_number_level_with_the_title(tmp_path: Path) -> None:
    # 'SALES INVOICE' in 14 pt and 'No. 053767' in 9 pt at one height at the right: two lines
    # for their baselines (the held-out Philippine pages waited with no number)
    top = ["BAYANIHAN TRADING CORPORATION", "Unit 1203 Tower One, Ayala Avenue, Makati City"]
    top += ["VAT Reg. TIN: 008-123-456-00000"]
    items = [centred(297, 45 + 14 * i, t, 13 if i == 0 else 9) for i, t in enumerate(top)]
    items += [(45, 103.6, "SALES INVOICE", 14), (-550, 98.7, "No. 053767", 9)]
    items += [(45, 125, "Sold to: Luzon Builders Co.", 9), (-550, 125, "Date: March 24, 2026", 9)]
    sums = [("VATable Sales", "25,000.00"), ("VAT Amount", "3,000.00")]
    items += _sums(170, [*sums, ("TOTAL AMOUNT DUE", "₱ 28,000.00")])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "053767", reasons
    assert totals_read(got) == ("25000.00", "3000.00", "28000.00"), reasons
    assert status == "accepted", reasons
