"""Invoices printed by invoicepy, kept as PDFs in ``tests/data/invoicepy_invoices``
(``tests/invoice_invoicepy``): a freelancer's command-line tool and its own HTML template printed
by WeasyPrint, English and bilingual Lithuanian, read as a new vendor's page is read. And the
kind of layout it showed, drawn on its own with other values: the złoty glued before the
amounts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page
from tests.invoice_invoicepy import FIXTURES, SEEDS, SELLERS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(SELLERS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        # the package computes the totals from the lines: their sum, and its VAT per line
        net = sum(Decimal(str(x["qty"])) * Decimal(str(x["price"])) for x in job["lines"])
        assert abs(net + Decimal(truth["tax_total"] or 0) - Decimal(truth["gross_total"])) < 1
        assert truth["net_total"] is None or Decimal(truth["net_total"]) == net


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})


def test_the_zloty_glued_before_its_amounts(tmp_path: Path) -> None:
    # 'zł2480.00': the złoty's sign glued before each amount, no space (the amounts were not
    # read, nor any total)
    body = [
        "^Faktura VAT",
        "Sprzedawca: Pracownia Lis sp. z o.o. | Numer faktury: FV/2026/118",
        "ul. Długa 7, 80-827 Gdańsk | Data wystawienia: 2026-11-04",
        "NIP 5842736105 | Termin płatności: 2026-11-18",
        "",
        "Nazwa | Ilość | Cena | Wartość",
        "Projekt logo | 1 | zł2480.00 | zł2480.00",
        "Wizytówki, 200 szt. | 2 | zł95.00 | zł190.00",
        "Razem netto: | zł2670.00",
        "VAT 23%: | zł614.10",
        "Do zapłaty: | zł3284.10",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "pl.pdf", body))
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "2670.00",
        "614.10",
        "3284.10",
    )
    assert got["currency"] == "PLN"
    assert status == "accepted", reasons
