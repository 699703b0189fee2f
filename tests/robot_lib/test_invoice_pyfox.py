"""Invoices printed by pyfox-invoice, kept as PDFs in ``tests/data/pyfox_invoices``
(``tests/invoice_pyfox``): a young Typst invoice library's two styles in five regions, read as
a new vendor's page is read. And the kinds of layout it showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

from decimal import Decimal

from tests.invoice_corpus import kept_cases, kept_jobs, totals_read
from tests.invoice_pyfox import FIXTURES, REGIONS, SEEDS, STYLES, invoice

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(STYLES) * len(REGIONS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        data = job["invoice"]
        given = (data["subtotal"], data["vat_line"]["tax_amount"], data["total"])
        assert tuple(Decimal(v) for v in given) == tuple(
            Decimal(str(v)) for v in totals_read(truth)
        )
