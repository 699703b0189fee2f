"""Invoices printed by django-plans, kept as PDFs in ``tests/data/plans_invoices``
(``tests/invoice_plans``): a subscription site's Polish VAT invoice with English under every
label, from four EU sellers in three languages, read as a new vendor's page is read. And the
kinds of layout it showed, drawn on their own with other names, values and languages."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_plans import FIXTURES, LANGUAGES, SEEDS, SELLERS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_every_page_reads_right_and_goes_through() -> None:
    assert len(CASES) == len(SELLERS) * len(LANGUAGES) * SEEDS
    assert_kept_read(CASES, {})


def test_the_kept_folder_holds_what_its_values_name() -> None:
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert (job["net"], job["tax"], job["gross"]) == totals_read(truth)


def _table(rate: str, taxes: tuple[str, str, str], grosses: tuple[str, str, str]) -> list[str]:
    """A page whose item table carries the totals in its sum row ('Summe'), every row printing
    *rate* under 'MwSt.' and its tax and gross."""
    rows = ["1 | 2 | 400,00 € | 800,00 €", "2 | 1 | 400,00 € | 400,00 €", "Summe | | | 1.200,00 €"]
    return [
        "^Rechnung 2026-0815",
        "Hansen Gerüstbau GmbH",
        "Deichstraße 4, 20459 Hamburg",
        "Rechnungsdatum: 03.11.2026",
        "",
        "Pos. | Menge | Einzelpreis | Netto | MwSt. | MwSt.-Betrag | Brutto",
        *(f"{r} | {rate} | {t} | {g}" for r, t, g in zip(rows, taxes, grosses, strict=True)),
    ]


def test_a_sum_row_under_the_items_prints_the_rate_under_a_tax_head(tmp_path: Path) -> None:
    # the items' table carries the totals in its sum row, and the column headed 'MwSt.' prints
    # the rate ('19 %'), not an amount: the net, the tax and the gross are the row's other
    # cells (the rate was added to the tax before, and the row refused)
    body = _table(
        "19 %", ("152,00 €", "76,00 €", "228,00 €"), ("952,00 €", "476,00 €", "1.428,00 €")
    )
    got, status, reasons = read_page(text_page(tmp_path / "rate.pdf", body))
    assert totals_read(got) == ("1200.00", "228.00", "1428.00")
    assert status == "accepted", reasons


def test_a_sum_row_with_no_tax_prints_its_zero_and_a_word_for_the_rate(tmp_path: Path) -> None:
    # a customer abroad, no tax: the rate's column says 'entfällt', the tax's 0,00 €; the net
    # is the gross and the tax is 0 (a zero tax was refused before)
    body = _table("entfällt", ("0,00 €",) * 3, ("800,00 €", "400,00 €", "1.200,00 €"))
    got, status, reasons = read_page(text_page(tmp_path / "none.pdf", body))
    assert totals_read(got) == ("1200.00", "0.00", "1200.00")
    assert status == "accepted", reasons
