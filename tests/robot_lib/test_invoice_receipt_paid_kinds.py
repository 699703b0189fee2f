"""Kinds of layout of a payment platform's invoice and receipt (Stripe's PDFs, after their
published layout, replayed once as a probe through Chromium, not kept; the second batch of the
real corpus holds one such receipt): 'Receipt' as the title over 'Receipt number', 'Invoice
number' and 'Date paid', the seller's block and 'Bill to', '$107.17 paid on …', the items and
'Subtotal', the tax, 'Total', 'Amount paid'. The day it was paid is no date of issue (the
corpus's receipt records none). The invoice's labels sit in a cell of fixed width, which a
wider font or a longer translation outruns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(paid: str) -> list[Text]:
    items: list[Text] = [(43, 50, "Receipt", 18)]
    items += [(43, 80, "Receipt number", 9), (150, 80, "2041-7733", 9)]
    items += [(43, 93, "Invoice number", 9), (150, 93, "8E2F1A0B-0007", 9)]
    items += [(43, 106, "Date paid", 9), (150, 106, paid, 9)]
    seller = ["Ledgerly Ltd", "20 Farringdon Road", "London EC1M 3HE", "accounts@ledgerly.co.uk"]
    buyer = ["Bill to", "Maple & Finch Ltd", "3 Albion Place", "Leeds LS1 6JL"]
    for i, (a, b) in enumerate(zip(seller, buyer, strict=True)):
        items += [(43, 140 + 12 * i, a, 9), (250, 140 + 12 * i, b, 9)]
    items += [(43, 215, "Description", 9), (-440, 215, "Qty", 9), (-552, 215, "Amount", 9)]
    items += [(43, 232, "Pro plan", 9), (-440, 232, "1", 9), (-552, 232, "£99.00", 9)]
    items += [(300, 260, "Subtotal", 9), (-552, 260, "£99.00", 9)]
    items += [(300, 275, "VAT - United Kingdom (20% on £99.00)", 9), (-552, 275, "£19.80", 9)]
    items += [(300, 290, "Total", 9), (-552, 290, "£118.80", 9)]
    return items + [(300, 305, "Amount paid", 9), (-552, 305, "£118.80", 9)]


@pytest.mark.parametrize("paid", ["1 June 2026", "June 1, 2026"])
def test_the_day_a_receipt_was_paid_is_no_date_of_issue(tmp_path: Path, paid: str) -> None:
    # 'Date paid 1 June 2026' (a British seller's receipt) had been read under the bare word
    # 'Date' as the date of issue; written 'June 1, 2026' it never was
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", _page(paid)))
    assert got["issue_date"] is None, reasons
    assert got["gross_total"] == "118.80", reasons


def test_a_number_s_label_run_into_it(tmp_path: Path) -> None:
    # 'Rechnungsnummer1F4E33CA-0003': the label wider than its cell (a wider font, a longer
    # translation) runs into the number with no space in the text layer; printed in DejaVu
    # Sans, the probe's German invoices had been accepted with the label in their number
    items: list[Text] = [(43, 50, "Rechnung", 18), (43, 80, "Rechnungsnummer1F4E33CA-0003", 9)]
    items += [(43, 93, "Ausstellungsdatum", 9), (150, 93, "18. Juli 2026", 9)]
    items += _page("1 June 2026")[7:]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "1F4E33CA-0003", (status, reasons)
