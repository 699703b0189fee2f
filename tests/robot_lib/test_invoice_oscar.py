"""Invoices printed by django-oscar-invoices, kept as PDFs in ``tests/data/oscar_invoices``
(``tests/invoice_oscar``): a web shop's order invoice (Django Oscar's invoice app) in six
languages, read as a new vendor's page is read. And the kinds of layout it showed, drawn on
their own with other names, values and languages."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_oscar import FIXTURES, SEEDS, SHOPS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_every_page_reads_right_and_goes_through() -> None:
    assert len(CASES) == len(SHOPS) * SEEDS
    assert_kept_read(CASES, {})


def test_the_kept_folder_holds_what_its_values_name() -> None:
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert (job["tax"], job["gross"]) == totals_read(truth)[1:]


def _shop(seller: str, head: str, rows: list[str], totals: list[str]) -> list[str]:
    """A web shop's order invoice: its name and address (*seller*: 'name / street, city'),
    the items under *head*, then the *totals*; no net printed."""
    name, address = seller.split(" / ")
    return ["^Invoice 26000412", name, address, "Date: 14.09.2026", "", head, *rows, *totals]


def test_a_shops_order_total_is_the_gross(tmp_path: Path) -> None:
    # 'Ordresum' (Danish and Norwegian: the order's sum) under the shipping and the tax; no
    # net printed (the order's total was not known as a total, and the page found none)
    body = _shop(
        "Nordic Pantry AS / Torggata 9, 0181 Oslo",
        "Description | Qty | Price | Amount",
        ["Brown cheese 1 kg | 1 | 189,00 kr | 189,00 kr", "Flatbread | 2 | 45,50 kr | 91,00 kr"],
        ["Shipping: | 49,00 kr", "MVA: | 82,25 kr", "Ordresum: | 411,25 kr"],
    )
    got, status, reasons = read_page(text_page(tmp_path / "no.pdf", body))
    assert totals_read(got) == ("329.00", "82.25", "411.25")
    assert status == "accepted", reasons


def test_a_polish_podatek_is_the_tax(tmp_path: Path) -> None:
    # 'Podatek' (the tax) alone between the shipping and the total (not known: no tax, and the
    # total could not be checked)
    body = _shop(
        "Pracownia Ceramiki Glina Sp. z o.o. / ul. Garbary 12, 61-758 Poznań",
        "Opis | Ilość | Cena | Wartość",
        ["Kubek kamionkowy | 4 | 32,00 zł | 128,00 zł", "Talerz płaski | 2 | 45,00 zł | 90,00 zł"],
        ["Wysyłka: | 18,00 zł", "Podatek: | 54,28 zł", "Do zapłaty: | 290,28 zł"],
    )
    got, status, reasons = read_page(text_page(tmp_path / "pl.pdf", body))
    assert totals_read(got) == ("236.00", "54.28", "290.28")
    assert status == "accepted", reasons


def test_a_zero_tax_with_no_net_leaves_the_items_and_the_shipping(tmp_path: Path) -> None:
    # a customer abroad: the tax printed 0.00, no net; the items and the shipping make the
    # total, so the net is the total (it stayed unread and the page waited)
    body = _shop(
        "Cedar & Loom Ltd / 41 Harbour Road, Bristol BS1 5TT",
        "Description | Qty | Price | Amount",
        ["Wool throw, grey | 1 | $84.00 | $84.00", "Linen cushion cover | 2 | $19.50 | $39.00"],
        ["Shipping: | $14.95", "Tax: | $0.00", "Total: | $137.95"],
    )
    got, status, reasons = read_page(text_page(tmp_path / "abroad.pdf", body))
    assert totals_read(got) == ("137.95", "0.00", "137.95")
    assert status == "accepted", reasons


def test_a_dutch_item_table_under_hoeveelheid_and_totaal(tmp_path: Path) -> None:
    # 'Omschrijving | Hoeveelheid | Stuksprijs | Totaal': Dutch heads for the quantity, the
    # unit price and the line's total; the items are the net's evidence (no table was found)
    body = _shop(
        "Groene Vingers B.V. / Lange Nieuwstraat 88, 3512 PN Utrecht",
        "Omschrijving | Hoeveelheid | Stuksprijs | Totaal",
        ["Potgrond 40 l | 3 | € 6,95 | € 20,85", "Plantenbak zink | 1 | € 34,50 | € 34,50"],
        ["BTW: | € 11,62", "Totaal: | € 66,97"],
    )
    got, status, reasons = read_page(text_page(tmp_path / "nl.pdf", body))
    assert totals_read(got) == ("55.35", "11.62", "66.97")
    assert status == "accepted", reasons


def test_shipping_named_in_other_languages_closes_the_items_to_the_total(tmp_path: Path) -> None:
    # 'Koszt dostawy' (Polish) and 'Fraktkostnad' (Swedish): the shipping between the items
    # and the tax, part of the net (not known as a charge: the items did not close)
    pages = {
        "pl": (
            "Herbaciarnia Cisza Sp. z o.o. / ul. Mariacka 4, 40-014 Katowice",
            "Opis | Ilość | Cena | Wartość",
            ["Czajnik | 2 | 18,00 zł | 36,00 zł", "Dzbanek | 1 | 64,00 zł | 64,00 zł"],
            ["Koszt dostawy: | 15,00 zł", "VAT: | 26,45 zł", "Razem: | 141,45 zł"],
            ("115.00", "26.45", "141.45"),
        ),
        "sv": (
            "Keramikverkstan AB / Storgatan 8, 753 31 Uppsala, Sverige",
            "Beskrivning | Antal | Pris | Belopp",
            ["Tekopp | 2 | 18,00 kr | 36,00 kr", "Kanna | 1 | 64,00 kr | 64,00 kr"],
            ["Fraktkostnad: | 15,00 kr", "Moms: | 28,75 kr", "Att betala: | 143,75 kr"],
            ("115.00", "28.75", "143.75"),
        ),
    }
    for code, (seller, head, rows, totals, want) in pages.items():
        got, status, reasons = read_page(
            text_page(tmp_path / f"{code}.pdf", _shop(seller, head, rows, totals))
        )
        assert totals_read(got) == want, code
        assert status == "accepted", (code, reasons)
