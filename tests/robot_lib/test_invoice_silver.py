"""Invoices printed by django-silver, kept as PDFs in ``tests/data/silver_invoices``
(``tests/invoice_silver``): a subscription business's invoice, the package's own template
printed by xhtml2pdf, read as a new vendor's page is read. It prints no net and no tax amount:
the entries' totals (each with its tax) adding up to the 'Total' are what backs it."""

from __future__ import annotations

from decimal import Decimal

from tests.invoice_corpus import assert_kept_read, kept_cases, read_page
from tests.invoice_silver import FIXTURES, PROVIDERS, SEEDS, invoice, misprinted

CASES = kept_cases(FIXTURES)
OFF = kept_cases(FIXTURES, off=True)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(PROVIDERS) * SEEDS and len(OFF) == len(PROVIDERS)
    assert {p.name for p in FIXTURES.glob("*.pdf")} == {p.name for p, _t in CASES + OFF}
    for pdf, truth in CASES + OFF:
        provider, seed = pdf.stem.split("-")
        job, printed = misprinted(provider) if seed == "off" else invoice(provider, int(seed))
        assert printed == truth, pdf.name
        # the values are silver's: every entry's quantity times its price, and its tax
        rate = Decimal(job["rate"] or 0)
        total = Decimal(0)
        for e in job["entries"]:
            base = (Decimal(e["quantity"]) * Decimal(e["unit_price"])).quantize(Decimal("0.00"))
            total += base + (base * rate / 100).quantize(Decimal("0.00"))
        assert Decimal(job.get("printed_total", total)) == Decimal(truth["gross_total"])


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})


def test_a_total_the_entries_do_not_make_waits_and_says_what_they_make() -> None:
    # no net and no tax printed: the entries' sum is all that backs the 'Total'; one unit
    # more, the page waits, and its reason names what the entries add up to
    for pdf, truth in OFF:
        got, status, reasons = read_page(pdf)
        assert status == "review", pdf.name
        assert got["gross_total"] == truth["gross_total"], pdf.name
        made = Decimal(truth["gross_total"]) - 1
        assert any(f"line totals add up to {made}" in r for r in reasons), reasons
