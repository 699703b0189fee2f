"""Invoices printed by invoicer, kept as PDFs in ``tests/data/invoicer_invoices``
(``tests/invoice_invoicer``): a Slovak freelancer's tool and its own ReportLab layout, read as a
new vendor's page is read (every page was read right before any rule was written for it)."""

from __future__ import annotations

from decimal import Decimal

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs
from tests.invoice_invoicer import FIXTURES, FREELANCERS, SEEDS, invoice

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(FREELANCERS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        # the package computes the total itself: the items less the discount
        items = sum(Decimal(i["amount"]) * Decimal(i["price"]) for i in job["items"])
        assert items - Decimal(job["discount"]) == Decimal(truth["gross_total"])
        assert truth["net_total"] is None and truth["tax_total"] is None


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})
