"""The drawn pages of ``tests/invoice_pages`` typeset otherwise: columns closer together, a
serif or a monospaced font, a cramped page, columns right-aligned or centred, larger type,
lines further apart or closer together, A5 paper (``tests/invoice_typeset.PAGE_STYLES``). The
rounds were written with one style; a vendor prints with its own. In every style each page
reads as it does in the style it was drawn in, or waits for a person (the pages that do are
listed, with why)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_pages import ROUNDS, assert_reads_as_drawn, page
from tests.invoice_typeset import PAGE_STYLES, read_text_page

STYLES = [s for s in PAGE_STYLES if s != "inter"]
CASES = [(s, r, n) for s in STYLES for r, module in ROUNDS.items() for n in module.PAGES]

# The pages that read otherwise in a style than as drawn; each of them waits for a person.
WAITING = {
    # the short page ends higher up, and its legal footer (the only company name) stands where
    # a window envelope shows the recipient's address
    "serif": {"fr_household-internet_box"},
    # item heads that run together; names and labels one em apart, a letter's width in
    # this font, read as one text
    "mono": {"vendors-flipkart", "vendors-freshbooks", "vendors-remit_to"},
    # the same at 11 pt: item heads and an amount wrapped in narrow cells ('1' over '000,00'), a
    # VAT summary's heads over three lines, a premium's number apart from its label
    "mono_large": {
        "vendors-flipkart",
        "vendors-italia",
        "vendors-pl_fakturownia",
        "premiums-liability",
    },
    "cramped": {
        "vendors-freshbooks",
        "vendors-remit_to",
        "rates-pl_vat_table_beside_paid",
        "viewers-xrechnung_en",
        "balances-sage_uk",
    },
    "serif_cramped": {
        "rates-pl_vat_table_beside_paid",
        "balances-sage_uk",
        "fr_household-internet_box",
    },
    "right": {"balances-contoso", "latam-peru", "hospitality-us_guest_folio"},
    "centred": {"balances-contoso", "latam-peru", "hospitality-us_guest_folio"},  # as 'right'
    # 12 pt type on A4: nine item columns too narrow for their heads ('Taxable' split by the
    # text layer under 'Discounts /'), an amount wrapped in its cell ('1' over '000,00'), a VAT
    # table's heads wrapped beside a block of amounts
    "large": {"vendors-flipkart", "vendors-pl_fakturownia", "rates-pl_vat_table_beside_paid"},
    # lines close together: a letterhead's name and the line under it read as one block
    "tight_lines": {"vendors-freshbooks", "fr_household-internet_box"},
    # A5 paper at 10 pt: a cell too narrow for its text overprints the next one (an IBAN over a
    # due date, 'Amortiguad1o,r250.00', 'Rechnungsbetra5g8,98 €'), amounts wrap in their cells
    # ('8' over '000,00'), item and VAT tables' heads run over three lines, a premium's number
    # and gross stand apart from their labels
    "a5": {
        "vendors-flipkart",
        "vendors-tally",
        "vendors-xero",
        "vendors-cfdi",
        "vendors-italia",
        "vendors-remit_to",
        "vendors-pl_fakturownia",
        "vendors-cz_idoklad",
        "rates-pl_vat_table_beside_paid",
        "rates-en_vat_table_beside_paid",
        "balances-contoso",
        "exchange-pl_eur",
        "exchange-cz_eur",
        "premiums-liability",
        "premiums-motor",
        "premiums-discounts_and_shipping",
        "generators-small_business_ca",
        "professions-doctor_private_invoice",
    },
}


@pytest.mark.parametrize(("style", "round_", "name"), CASES, ids=["-".join(c) for c in CASES])
def test_a_page_typeset_otherwise_reads_as_drawn_or_waits(
    tmp_path: Path, style: str, round_: str, name: str
) -> None:
    lines, _truth = page(round_, name)
    ex = read_text_page(tmp_path / f"{name}.pdf", lines, style)
    if f"{round_}-{name}" in WAITING.get(style, set()):
        assert ex.status == "review"
    else:
        assert_reads_as_drawn(ex, round_, name)
