"""Invoices typeset by simpleinvoice (CTAN, in TeX Live), kept as PDFs in
``tests/data/ctan_invoices`` (``tests/invoice_ctan``): a LaTeX package's own invoice, in
English and Norwegian, read as a new vendor's page is read. And the kinds of layout it showed,
drawn on their own with other names, values and languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_ctan import FIXTURES, LANGUAGES, PACKAGES, SEEDS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def _amount(text: str) -> Decimal:
    """'£1,250.00' or '1 250,00 kr' as a number."""
    digits = "".join(c for c in text if c.isdigit() or c in ",.")
    if text.endswith("kr"):
        digits = digits.replace(",", ".")
    return Decimal(digits.replace(",", ""))


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(PACKAGES) * len(LANGUAGES) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        given = (job["subtotal"], job["vat"], job["total"])
        assert tuple(_amount(v) for v in given) == tuple(
            Decimal(str(v)) for v in totals_read(truth)
        )


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})


def test_a_bare_addressee_company_beside_a_sender_its_mail_names(tmp_path: Path) -> None:
    # the customer, a company with its legal form, stands with its street and town alone; the
    # sender, a name with no legal form, stands beside it with a phone and an e-mail address
    # that carries its name: the sender is the seller (the customer was taken, and accepted)
    body = [
        "| ^Rechnung",
        "| Atelier Sonnenberg",
        "| Lindenstraße 4, 79098 Freiburg",
        "| Tel. 0761 288 410",
        "| info@atelier-sonnenberg.de",
        "^Müller Haustechnik GmbH |",
        "Industriestraße 22 | Rechnungsnummer: 118",
        "79110 Freiburg | Rechnungsdatum: 12.11.2026",
        "| Zahlbar bis: 26.11.2026",
        "",
        "Leistung | Menge | Preis | Betrag",
        "Wandgestaltung Empfang | 1 | 1.450,00 € | 1.450,00 €",
        "",
        "Nettobetrag | 1.450,00 €",
        "USt. 19 % | 275,50 €",
        "Gesamtbetrag | 1.725,50 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "de.pdf", body))
    assert got["seller"] == "Atelier Sonnenberg"
    assert status == "accepted", reasons


def test_a_deadline_among_the_invoices_dates(tmp_path: Path) -> None:
    # 'Deadline: 4 December 2026' under the invoice's date: the due date (not read)
    body = [
        "^Invoice 2026-077",
        "Harrow Lane Joinery Ltd",
        "8 Harrow Lane, Leeds LS6 2QT",
        "Invoice date: 20 November 2026",
        "Deadline: 4 December 2026",
        "",
        "Net | £500.00",
        "VAT 20% | £100.00",
        "Total | £600.00",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "en.pdf", body))
    assert got["due_date"] == "2026-12-04"
    assert status == "accepted", reasons


def test_the_vats_base_as_the_nordic_pages_name_it(tmp_path: Path) -> None:
    # 'Momsgrundlag' (Danish: the VAT's base), with no VAT charged: the net (not read; the
    # gross could not be checked)
    body = [
        "^Faktura 3318",
        "Tømrerfirma Holm ApS",
        "Søndergade 12, 8000 Aarhus C",
        "Fakturadato: | 03.11.2026",
        "",
        "Momsgrundlag: | 4.800,00 kr.",
        "Moms 0 %: | 0,00 kr.",
        "I alt: | 4.800,00 kr.",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "da.pdf", body))
    assert totals_read(got) == ("4800.00", "0.00", "4800.00")
    assert status == "accepted", reasons
