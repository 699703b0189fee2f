"""Kinds of layout of Business Central's 'Standard Sales - Invoice' (report 1306, its RDLC
layout, replayed once as a probe through Chromium in six languages, not kept): the title at the
top right, the customer's address at the left beside the company's, flush right; the header's
labels and values in two columns ('Document Date', 'Due Date', 'Customer No.') beside the
company's phone, VAT number and bank; the totals with the currency's code in their labels
('Total EUR Excl. VAT', '21% VAT', 'Total EUR Incl. VAT'); a VAT specification under them.
The date of issue is the document's date, under the word each language gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw

# label of the date, the date, and the totals' words (the net's, the tax's, the gross's)
WORDS = {
    "da": ("Bilagsdato", "13-02-2026", "Total DKK ekskl. moms", "25% moms", "Total DKK inkl. moms"),
    "nl": ("Documentdatum", "13-2-2026", "Totaal EUR excl. btw", "25% btw", "Totaal EUR incl. btw"),
    "no": ("Bilagsdato", "13.02.2026", "Total NOK ekskl. mva.", "25% mva.", "Total NOK inkl. mva."),
    "en": ("Document Date", "13 February 2026", "Total GBP Excl. VAT", "25% VAT", "Total GBP Incl. VAT"),
}  # fmt: skip


def _page(lang: str) -> list[Text]:
    label, date, excl, vat, incl = WORDS[lang]
    return [
        (-560, 50, "Invoice", 14),
        (40, 90, "Nordisk Møbelhus ApS", 9),
        (-560, 90, "CRONUS Nordic A/S", 9),
        (40, 101, "Vestergade 14", 9),
        (-560, 101, "Ved Stranden 20", 9),
        (40, 112, "8000 Aarhus C", 9),
        (-560, 112, "1061 København K", 9),
        (40, 140, "Invoice No.", 9),
        (150, 140, "103031", 9),
        (330, 140, "VAT Registration No.", 9),
        (-560, 140, "DK12345678", 9),
        (40, 151, label, 9),
        (150, 151, date, 9),
        (330, 151, "IBAN", 9),
        (-560, 151, "DK50 0040 0440 1162 43", 9),
        (40, 162, "Due Date", 9),
        (150, 162, "27-02-2026", 9),
        (40, 195, "No.", 9),
        (90, 195, "Description", 9),
        (-400, 195, "Quantity", 9),
        (-480, 195, "Unit Price", 9),
        (-560, 195, "Amount", 9),
        (40, 210, "1928-S", 9),
        (90, 210, "AMSTERDAM Lamp", 9),
        (-400, 210, "10", 9),
        (-480, 210, "54.90", 9),
        (-560, 210, "549.00", 9),
        (380, 240, excl, 9),
        (-560, 240, "549.00", 9),
        (380, 252, vat, 9),
        (-560, 252, "137.25", 9),
        (380, 264, incl, 9),
        (-560, 264, "686.25", 9),
        (40, 800, "CRONUS Nordic A/S · Ved Stranden 20 · 1061 København K", 8),
    ]


@pytest.mark.parametrize("lang", WORDS)
def test_the_document_s_date_is_the_date_of_issue(tmp_path: Path, lang: str) -> None:
    # 'Bilagsdato 13-02-2026', 'Documentdatum 13-2-2026': no date of issue had been read, and
    # the Danish and Dutch pages (16 of the probe's 48) waited for it
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page(lang)))
    assert got["issue_date"] == "2026-02-13", reasons
    assert got["due_date"] == "2026-02-27", reasons
    assert status == "accepted", reasons
