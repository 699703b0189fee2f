"""Invoices printed by Tryton, kept as PDFs in ``tests/data/tryton_invoices``
(``tests/invoice_tryton``): an ERP's invoice report in eight languages, read as a new vendor's
page is read. And the kinds of layout it showed, drawn on their own with other names, values
and languages."""

from __future__ import annotations

from tests.invoice_corpus import kept_cases, kept_jobs, totals_read
from tests.invoice_tryton import FIRMS, FIXTURES, SEEDS, invoice

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(FIRMS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert (job["net"], job["tax"], job["gross"]) == totals_read(truth)
