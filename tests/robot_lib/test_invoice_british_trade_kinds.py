"""Kinds of layout of British trades' and professions' bills (a construction subcontractor's
under the domestic reverse charge, a solicitor's; replayed once as probes through Chromium,
not kept): the VAT printed for the customer to account for, not charged; disbursements with no
VAT between the tax and the total."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_reverse_charged_vat_printed_for_the_customer_is_not_charged(tmp_path: Path) -> None:
    # 'VAT (reverse charge) @ 20% £1,130.00' between 'Net amount £5,650.00' and 'Amount due
    # £5,650.00': it had been read as the tax, no net then found to make the total with it, and
    # the page had waited; the customer pays that VAT to HMRC, the bill's total is its net
    items: list[Text] = [(60, 50, "BRIDGEWAY SCAFFOLDING", 17)]
    items += [
        (-540, 40 + 10 * i, t, 7)
        for i, t in enumerate(["Bridgeway Scaffolding Ltd", "Dock Road", "Hull HU9 1TS"])
    ]
    items += [
        (60, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Humber Build Ltd", "14 Ferensway", "Hull HU2 8NQ"])
    ]
    head = [("Invoice number", "BWS-2291"), ("Invoice date", "18 May 2026")]
    items += rows_at((380, -540), 170, 12, head)
    items += [(60, 220, "VAT INVOICE", 14)]
    items += rows_at(
        (60, -540), 250, 14, [("Description", "Net"), ("Scaffold hire, weeks 1-4", "£5,650.00")]
    )
    sums = [("Net amount", "£5,650.00"), ("VAT (reverse charge) @ 20%", "£1,130.00")]
    sums += [("Amount due", "£5,650.00")]
    items += rows_at((330, -540), 300, 14, sums)
    items += [(60, 350, "Reverse charge: Customer to pay the VAT to HMRC.", 9)]
    items += [(60, 800, "Bridgeway Scaffolding Ltd · VAT Reg. No. GB 318 2204 71", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("5650.00", None, "5650.00"), reasons
    assert status == "accepted", reasons


def test_disbursements_marked_with_no_vat_between_the_tax_and_the_total(tmp_path: Path) -> None:
    # 'Professional charges £1,600.00', 'VAT at 20% £320.00', 'Disbursements:', 'Court fee (no
    # VAT) £308.00', 'Search fees (no VAT) £120.00', 'Total £2,348.00': the fees had not been
    # read as charges outside the VAT, and net + tax had missed the total
    items: list[Text] = [
        (190, 50, "ASHFORD & LANE", 18),
        (190, 66, "SOLICITORS · 4 Castle Street · Norwich NR2 1PH", 7),
    ]
    items += [
        (60, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Mrs A. Cole", "9 Elm Road", "Norwich NR4 7TJ"])
    ]
    items += rows_at((380, -540), 110, 12, [("Invoice number", "30771"), ("Date", "18 May 2026")])
    items += [(60, 190, "Re: Sale of 9 Elm Road, Norwich", 9)]
    sums = [
        ("Professional charges", "£1,600.00"),
        ("VAT at 20%", "£320.00"),
        ("Disbursements:", ""),
    ]
    sums += [
        ("Court fee (no VAT)", "£308.00"),
        ("Search fees (no VAT)", "£120.00"),
        ("Total", "£2,348.00"),
    ]
    items += rows_at((60, -540), 220, 14, sums)
    items += [(60, 800, "Ashford & Lane LLP · SRA No. 612004 · VAT Reg. No. GB 271 4410 82", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1600.00", "320.00", "2348.00"), reasons
    assert status == "accepted", reasons
