"""Invoices printed by pretix, kept as PDFs in ``tests/data/pretix_invoices``
(``tests/invoice_pretix``): a ticket shop's two layouts in nine languages, read as a new
vendor's page is read. And the kinds of layout they showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.blocks import company
from robot_lib.invoices.parse import amounts_in
from tests.invoice_corpus import (
    AS_OF,
    assert_kept_read,
    kept_cases,
    kept_jobs,
    read_page,
    totals_read,
)
from tests.invoice_pretix import FIXTURES, LOCALES, RENDERERS, SEEDS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


# Dutch reverse-charge pages: pretix's narrow column prints 'Aantal' and 'Belastingtarief' over
# each other, so the item table's head is not read and its 'Netto' reads the first line's net
WAITS = {"classic-nl-4.pdf", "modern1-nl-4.pdf"}


def test_every_page_reads_right_and_goes_through() -> None:
    assert len(CASES) == len(RENDERERS) * len(LOCALES) * SEEDS
    assert_kept_read(CASES, {name: {"net_total"} for name in WAITS})


def test_the_kept_folder_holds_what_its_values_name() -> None:
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert job["gross"] == truth["gross_total"]
        assert job["tax"] == (truth["tax_total"] or "0.00")  # reverse charge: none printed


def test_the_items_are_read_from_their_net_column_with_their_quantities() -> None:
    # 'Qty | Tax rate | Net | Gross' and no unit price column; each ticket's unit price on a
    # line of its own under it ('Einzelpreis: 22,43 € netto / 24,00 € brutto'), no item
    pdf = FIXTURES / "classic-de-1.pdf"
    ex = extract_invoice(pdf, use_xml=False, today=AS_OF)
    job, truth = invoice("classic", "de", 1)
    rows = [(li.description, li.quantity, li.unit_price) for li in ex.lines]
    assert rows == [(x["name"], str(x["count"]), None) for x in job["lines"]] + [
        ("Versandkosten", "1", None)
    ]
    assert sum(float(li.line_total or 0) for li in ex.lines) == pytest.approx(
        float(truth["net_total"])
    )


def _taxes_page(heads: str, rows: list[str], lang: dict[str, str]) -> list[str]:
    return [
        f"^{lang['title']}",
        f"{lang['number']}: 2026-0418",
        f"{lang['date']}: 14.09.2026",
        "Lipa Dogodki d.o.o.",
        "Trubarjeva 12, 1000 Ljubljana",
        "SI12345678",
        "",
        f"{lang['total']} | 607,30 €",
        "",
        heads,
        *rows,
    ]


SL = {"title": "Račun", "number": "Številka računa", "date": "Datum računa", "total": "Skupaj"}
IT = {"title": "Fattura", "number": "Numero fattura", "date": "Data fattura", "total": "Totale"}
ROWS = ["9,5 % | 32,42 € | 35,50 € | 3,08 €", "22 % | 468,69 € | 571,80 € | 103,11 €"]


def test_a_taxes_table_whose_rates_column_a_tax_word_heads(tmp_path: Path) -> None:
    # 'Imposte' over the rates, 'Tasse' over the tax amounts (as a translation may head them),
    # one row per rate and no sum row: the net and the tax are the columns' sums
    body = _taxes_page("Imposte | Valore netto | Valore lordo | Tasse", ROWS, IT)
    got, status, reasons = read_page(text_page(tmp_path / "it.pdf", body))
    assert totals_read(got) == ("501.11", "106.19", "607.30")
    assert status == "accepted", reasons
    # the same in French, Dutch, Czech and Swedish words for the net and the gross values
    for i, heads in enumerate(
        [
            "Taux d'imposition | Valeur nette | Valeur brute | Taxe fiscale",
            "Belastingtarief | Nettowaarde | Brutowaarde | Belasting",
            "Daňová sazba | Čistá hodnota | Hrubá hodnota | Daň",
            "Skattesats | Nettovärde | Bruttovärde | Moms",
        ]
    ):
        got, _status, _reasons = read_page(
            text_page(tmp_path / f"{i}.pdf", _taxes_page(heads, ROWS, IT))
        )
        assert totals_read(got) == ("501.11", "106.19", "607.30"), heads


def test_one_rates_tax_read_as_the_tax_while_another_rate_prints_its_own_waits(
    tmp_path: Path,
) -> None:
    # heads in words no rule knows: one rate's gross (571,80) and the other's (35,50) add up to
    # the total, so the arithmetic agrees on the wrong pair; the rows' tax word and rates show
    # that 35,50 stands on one rate's line while the other rate prints a tax of its own
    rows = ["9,5 % DDV | 32,42 € | 35,50 € | 3,08 €", "22 % DDV | 468,69 € | 571,80 € | 103,11 €"]
    body = _taxes_page("Stopnja | Osnova | Vrednost | Davek", rows, SL)
    got, status, reasons = read_page(text_page(tmp_path / "sl.pdf", body))
    assert got["gross_total"] == "607.30"
    assert status == "review", got
    if got["tax_total"] not in (None, "106.19"):
        assert any("rate's tax too" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Veuillez terminer votre paiement avant 22/07/2026.", "2026-07-22"),
        ("Voltooi uw betaling vóór 10-8-2026.", "2026-08-10"),
        ("Per favore, completa il pagamento prima di 13/08/2026.", "2026-08-13"),
        ("Proszę dokończyć płatność przed 04-09-2026.", "2026-09-04"),
        ("Prosíme, dokončete platbu do 07.10.2026.", "2026-10-07"),
        ("Betalningen ska vara oss tillhanda senast 2026-09-30.", "2026-09-30"),
    ],
)
def test_the_payment_deadline_in_a_sentence(tmp_path: Path, sentence: str, due: str) -> None:
    body = [
        "^Invoice",
        "Invoice number: EV-2026-0042",
        "Invoice date: 14.07.2026",
        "Harbourlight Events Ltd",
        "14 Quay Street, Bristol BS1 4DB",
        "",
        "Description | Amount",
        "Conference ticket | 349,00 €",
        "Invoice total | 349,00 €",
        "",
        sentence,
    ]
    got, _status, _reasons = read_page(text_page(tmp_path / "due.pdf", body))
    assert got["due_date"] == due and got["issue_date"] == "2026-07-14"


def test_an_events_date_under_its_name_beside_the_senders_address_is_no_issue_date(
    tmp_path: Path,
) -> None:
    # the invoice's own date under a label no rule knows: the event's date at the right, the
    # last line of the event's block beside the sender's street, is not the letter's date set
    # flush right on its subject line; the page waits for its date
    body = [
        "SELLER | | EVENT",
        "Wisła Konferencje Sp. z o.o. | | Forum Innowacji 2026",
        "ul. Długa 44 | | 29 kwietnia 2026",
        "80-831 Gdańsk | tel. +48 58 123 45 67, biuro@wisla.example |",
        "",
        "^Faktura",
        "Numer faktury: FIB-00131",
        "Dzień: 25 lutego 2026",
        "",
        "Opis | Kwota",
        "Bilet konferencyjny | 1 290,00 zł",
        "Razem | 1 290,00 zł",
    ]
    got, status, _reasons = read_page(text_page(tmp_path / "event.pdf", body))
    assert got["issue_date"] != "2026-04-29"
    assert status == "review"


def test_a_date_under_its_label_wider_than_the_label(tmp_path: Path) -> None:
    # 'Date' over the customer's street and then '15 października 2026' under it, wider than
    # the label: the year stands right of the label's end, in the same cell
    body = [
        "^Faktura",
        "Wisła Konferencje Sp. z o.o.",
        "ul. Długa 44, 80-831 Gdańsk",
        "NIP PL5842789012",
        "",
        "Nabywca | | Date",
        "Tomasz Nowak | |",
        "ul. Polna 12 | | 15 października 2026",
        "",
        "Numer faktury: FIB-02228",
        "",
        "Opis | Kwota",
        "Bilet konferencyjny | 1 290,00 zł",
        "Razem | 1 290,00 zł",
    ]
    got, _status, _reasons = read_page(text_page(tmp_path / "wide.pdf", body))
    assert got["issue_date"] == "2026-10-15"


def test_czech_legal_forms_after_a_comma() -> None:
    for name in (
        "Brněnské kulturní centrum, z. s.",
        "Nadace Vltava, z. ú.",
        "Dobrá škola, o. p. s.",
        "Novák a Dvořák, v. o. s.",
    ):
        assert company(name) == name


def test_the_generator_records_what_pretix_is_given() -> None:
    # a paid order's invoice asks for no payment: no due date; a pending one's is its deadline
    for seed in range(SEEDS):
        job, truth = invoice("modern1", "nl", seed)
        assert (job["due"] is None) == (seed in (1, 3)) == (truth["due_date"] is None)
        assert json.dumps(job, ensure_ascii=False)  # all of it goes to pretix as JSON
    # reverse charge: no tax, and only the total printed
    job, truth = invoice("classic", "de", 4)
    assert job["reverse_charge"] and truth["tax_total"] is None is truth["net_total"]
    assert job["buyer"]["country"] != job["seller"]["country"]


def _converted_page(tail: list[str]) -> list[str]:
    return [
        "^Faktura",
        "Skärgårdsfestivalen AB",
        "Strandvägen 7, 114 56 Stockholm",
        "Momsreg.nr SE556789012301",
        "Fakturanummer: SF-00412",
        "Fakturadatum: 2026-04-10",
        "",
        "Beskrivning | Antal | Netto | Brutto",
        "Festivalpass | 2 | 3 920,00 kr | 4 900,00 kr",
        "Faktura total | | | 4 900,00 kr",
        "",
        "Skattesats | Nettovärde | Bruttovärde | Moms",
        "25 % Moms | 3 920,00 kr | 4 900,00 kr | 980,00 kr",
        "",
        *tail,
    ]


def test_the_taxes_again_in_another_currency_are_not_the_totals(tmp_path: Path) -> None:
    # the taxes shown again in the customer's currency, under a sentence that gives the rate
    # and introduces them: not the invoice's totals, nor its currency
    tail = [
        "Med växlingskursen 1:0,0905, publicerad av Europeiska centralbanken den 2026-04-08,",
        "motsvarar detta:",
        "Skattesats | Nettovärde | Bruttovärde | Moms",
        "25 % Moms | 354,76 € | 443,45 € | 88,69 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "sek.pdf", _converted_page(tail)))
    assert totals_read(got) == ("3920.00", "980.00", "4900.00")
    assert got["currency"] == "SEK" and status == "accepted", reasons
    # in English, with the converted table's rows in Czech crowns
    tail = [
        "Using the conversion rate of 1:2.3120 as published by the European Central Bank on",
        "2026-04-08, this corresponds to:",
        "Tax rate | Net value | Gross value | Tax",
        "25 % VAT | 9 063,04 CZK | 11 328,80 CZK | 2 265,76 CZK",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "czk.pdf", _converted_page(tail)))
    assert totals_read(got) == ("3920.00", "980.00", "4900.00") and status == "accepted", reasons


def test_a_reverse_charge_invoices_rates_column_promises_no_tax(tmp_path: Path) -> None:
    # every line at 0 %, no taxes table, and a sentence that the customer owes the VAT: the
    # items' 'Tax rate' column holds rates, not a tax left unread
    body = [
        "^Invoice",
        "Harbourlight Events Ltd",
        "14 Quay Street, Bristol BS1 4DB",
        "VAT-ID: GB293847561",
        "Invoice number: RE-2026-00311",
        "Invoice date: 14 July 2026",
        "Customer VAT ID: DE276452187",
        "",
        "Description | Qty | Tax rate | Net | Gross",
        "Conference ticket | 3 | 0 % | £1,047.00 | £1,047.00",
        "Workshop: Data pipelines | 1 | 0 % | £119.00 | £119.00",
        "Invoice total | | | | £1,166.00",
        "",
        "Reverse Charge: According to Article 194, 196 of Council Directive 2006/112/EEC, VAT",
        "liability rests with the service recipient.",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "rc.pdf", body))
    assert got["gross_total"] == "1166.00" and got["tax_total"] is None
    assert status == "accepted", reasons


def test_a_cancellation_with_its_minus_before_the_currency_waits(tmp_path: Path) -> None:
    # pretix's cancellation of an invoice in pounds: '-£12.00' is minus twelve pounds (the
    # sign was lost, and the page was accepted as an invoice of £131.00 to pay)
    assert amounts_in("Invoice total -£134.00") == [(Decimal("-134.00"), 16, 22)]
    assert amounts_in("Discount -EUR 5.00")[0][0] == Decimal("-5.00")
    assert amounts_in("Total - $5.00")[0][0] == Decimal("5.00")  # a dash before its value
    body = [
        "Open Data Summit 2026",
        "Harbourlight Events Ltd · 14 Quay Street · BS1 4DB Bristol",
        "VAT-ID: GB293847561",
        "",
        "Order code | Cancellation number | Original invoice | Cancellation date",
        "EV-77MRG | INV00811 | INV00810 | May 22, 2026",
        "",
        "^Cancellation",
        "Description | Qty | Tax rate | Net | Gross",
        "Printed programme | 1 | 5 % | -£11.43 | -£12.00",
        "Workshop: Data pipelines | 1 | 20 % | -£99.17 | -£119.00",
        "Invoice total | | | | -£131.00",
        "",
        "Tax rate | Net value | Gross value | Tax",
        "5 % VAT | -£11.43 | -£12.00 | -£0.57",
        "20 % VAT | -£99.17 | -£119.00 | -£19.83",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "cancel.pdf", body))
    assert got["gross_total"] == "-131.00" and status == "review"
    assert any("'Cancellation': a credit note" in r for r in reasons), reasons
