"""Invoices printed by pretix, kept as PDFs in ``tests/data/pretix_invoices``
(``tests/invoice_pretix``): a ticket shop's two layouts in nine languages, read as a new
vendor's page is read. And the kinds of layout they showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.blocks import company
from robot_lib.invoices.model import FIELDS
from tests.invoice_corpus import AS_OF, kept_cases, read_page, same
from tests.invoice_pretix import FIXTURES, LOCALES, RENDERERS, SEEDS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def _totals(got: dict[str, str | None]) -> tuple[str | None, ...]:
    return got["net_total"], got["tax_total"], got["gross_total"]


def test_every_page_reads_right_and_goes_through() -> None:
    assert len(CASES) == len(RENDERERS) * len(LOCALES) * SEEDS
    for pdf, truth in CASES:
        got, status, reasons = read_page(pdf)
        wrong = {f: got[f] for f in FIELDS if not same(f, got[f], truth.get(f))}
        assert not wrong, (pdf.name, wrong)
        assert status == "accepted", (pdf.name, reasons)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert {p.name for p in FIXTURES.glob("*.pdf")} == {p.name for p, _t in CASES}
    for pdf, truth in CASES:
        renderer, code, seed = pdf.stem.split("-")
        job, printed = invoice(renderer, code, int(seed))
        assert printed == truth, pdf.name
        assert job["gross"] == truth["gross_total"] and job["tax"] == truth["tax_total"]


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
    assert _totals(got) == ("501.11", "106.19", "607.30")
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
        assert _totals(got) == ("501.11", "106.19", "607.30"), heads


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
        assert (job["due"] is None) == (seed % 2 == 1) == (truth["due_date"] is None)
        assert json.dumps(job, ensure_ascii=False)  # all of it goes to pretix as JSON
