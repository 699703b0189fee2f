"""Kinds of layout of invoices sent from a mobile invoicing app (Invoice2go's, after its
published samples, replayed once as a probe through Chromium with PayPal's and Square's
invoices, not kept): 'INVOICE' large at the top left over the sender's name and address, a box
of labels at the right, 'INVOICE' / 'DATE' / 'DUE' / 'BALANCE DUE', each with its value beside
it and no colon, then 'BILL TO' and the customer; a sole trader's name with no legal form."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(sender: list[str]) -> list[Text]:
    items: list[Text] = [(43, 64.5, "INVOICE", 20)]
    items += [(43, 85.7 + 11.5 * i, x, 9.5) for i, x in enumerate(sender)]
    for i, (label, value) in enumerate(
        [("INVOICE", "INV0725"), ("DATE", "11 Feb 2026"), ("DUE", "On Receipt"),
         ("BALANCE DUE", "GBP £567.00")]
    ):  # fmt: skip
        items += [(436, 56.5 + 15.7 * i, label, 9.5), (512, 56.5 + 15.7 * i, value, 9.5)]
    items += [(43, 150, "BILL TO", 9.5), (43, 162, "Daniel Okafor", 9.5)]
    items += [(43, 190, "DESCRIPTION", 9), (330, 190, "RATE", 9), (420, 190, "QTY", 9)]
    items += [(-552, 190, "AMOUNT", 9), (43, 206, "Labour (per hour)", 9)]
    items += [(330, 206, "£45.00", 9), (420, 206, "10", 9), (-552, 206, "£450.00", 9)]
    items += [(-552, 222, "£22.50", 9), (43, 222, "Materials", 9), (330, 222, "£22.50", 9)]
    items += [(420, 222, "1", 9), (400, 250, "SUBTOTAL", 9), (-552, 250, "£472.50", 9)]
    items += [(400, 264, "TAX (20%)", 9), (-552, 264, "£94.50", 9)]
    items += [(400, 278, "TOTAL", 9), (-552, 278, "£567.00", 9)]
    # (its last line in larger type, as the app prints the balance: no label of the box at the
    # top is in the page's two largest sizes)
    return items + [(400, 294, "BALANCE DUE", 11), (-552, 294, "GBP £567.00", 11)]


_SENDER = ["Harbour Handyman Services", "7 Quay Rd", "Brighton BN1 1AA", "United Kingdom"]


def test_the_document_s_word_heading_a_column_of_labels(tmp_path: Path) -> None:
    # 'INVOICE INV0725' over 'DATE 11 Feb 2026' and 'DUE On Receipt' in a box of labels with
    # no colons: the number had been read under the bare word, uncertain, and 16 of the
    # probe's 48 held-out pages waited for it
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page(_SENDER)))
    assert got["invoice_number"] == "INV0725", (status, reasons)
    assert not any("invoice_number" in r for r in reasons), reasons


def test_the_sender_s_block_cut_by_the_envelope_s_field(tmp_path: Path) -> None:
    # the sender's name just over a tenth of the page, its street, town and country under it:
    # the three lines under the name had been taken for a window envelope's address (the
    # recipient's), so the name headed no address of its own and the sole trader's page waited
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page(_SENDER)))
    assert got["seller"] == "Harbour Handyman Services", (status, reasons)
    assert status == "accepted", reasons
