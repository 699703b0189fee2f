"""Invoices printed by invoice-generator, kept as PDFs in ``tests/data/invgen_invoices``
(``tests/invoice_invgen``): a web shop's Django app and its WeasyPrint template, five shops in
three languages, read as a new vendor's page is read. And the kinds of layout it showed,
drawn on their own with other names, values and languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pdfplumber

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_invgen import FIXTURES, SEEDS, SHOPS, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(SHOPS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        order = job["order"]
        given = (order["total_net"], order["total_tax"], order["total_gross"])
        assert tuple(Decimal(v) for v in given) == tuple(
            Decimal(str(v)) for v in totals_read(truth)
        )


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})


def test_the_shops_page_names_its_number_only_in_the_files_title() -> None:
    # the package prints the invoice's number as 'Order ID: …' and no invoice word on the
    # page; its HTML title 'Invoice …' is the file's title
    for pdf, truth in CASES:
        with pdfplumber.open(pdf) as doc:
            assert doc.metadata["Title"].strip() == f"Invoice {truth['invoice_number']}"


# a shop's page that calls its invoice's number an order's and says 'invoice' nowhere
_ORDER_PAGE = [
    "Zeilweg Fietsen B.V. · Oudegracht 88 · 3511 AV Utrecht",
    "Fam. de Wit",
    "Lange Nieuwstraat 5",
    "3512 PE Utrecht",
    "",
    "Bestelnummer: | 58213 | Klantnummer: | 7781",
    "Datum: | 03-11-2026",
    "",
    "Omschrijving | Aantal | Prijs | Bedrag",
    "Fietsslot ART-2 | 1 | 49,95 € | 49,95 €",
    "",
    "Subtotaal | 41,28 €",
    "BTW 21% | 8,67 €",
    "Totaal | 49,95 €",
]


def test_the_number_the_files_title_names_is_read_where_the_page_prints_it(
    tmp_path: Path,
) -> None:
    # 'Bestelnummer: 58213' and no invoice word on the page; the file's title 'Factuur 58213'
    # says it is the invoice's number (the number was not read, the page went to review)
    pdf = text_page(tmp_path / "nl.pdf", _ORDER_PAGE, title="Fietsenwinkel — Factuur 58213")
    got, status, reasons = read_page(pdf)
    assert got["invoice_number"] == "58213"
    assert status == "accepted", reasons


def test_a_files_title_that_names_a_date_or_a_number_the_page_lacks_gives_none(
    tmp_path: Path,
) -> None:
    # 'Invoice 03-11-2026' names the invoice's date, not its number; 'Factuur 99120' names a
    # number the page does not print: neither is taken
    for title in ("Invoice 03-11-2026", "Factuur 99120"):
        pdf = text_page(tmp_path / "nl.pdf", _ORDER_PAGE, title=title)
        got, status, _reasons = read_page(pdf)
        assert got["invoice_number"] is None and status == "review", title
    # 'Factuur 2026' names a year (the page's date '3 november 2026' prints it), not a number
    page = [x.replace("03-11-2026", "3 november 2026") for x in _ORDER_PAGE]
    got, status, _reasons = read_page(text_page(tmp_path / "nl.pdf", page, title="Factuur 2026"))
    assert got["invoice_number"] is None and status == "review"


def test_vouchers_and_delivery_between_the_items_and_the_net(tmp_path: Path) -> None:
    # 'Réductions' (in the plural) and 'Livraison' (alone) between the items and the net
    # total: the items and the two make the net (the page went to review: the lines did not
    # add up to the net); an item named with a shipping word ('Expédition' is one, and so is
    # 'Versandkarton' in German) stays an item
    body = [
        "^Facture F-2026-0913",
        "Papeterie du Vieux Port SARL",
        "8 rue de la République, 13002 Marseille",
        "Date de facture : | 12/11/2026",
        "",
        "Désignation | Qté | Prix unitaire | Total HT",
        "Carnet de croquis A4 | 4 | 12,50 € | 50,00 €",
        "Expédition cartons, lot de 10 | 2 | 15,00 € | 30,00 €",
        "",
        "Réductions | -8,00 €",
        "Livraison | 5,90 €",
        "Total HT | 77,90 €",
        "TVA 20 % | 15,58 €",
        "Total TTC | 93,48 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "fr.pdf", body))
    assert totals_read(got) == ("77.90", "15.58", "93.48")
    assert status == "accepted", reasons


def test_a_discount_in_its_participle_and_a_box_named_for_shipping(tmp_path: Path) -> None:
    # 'Total discounted' and 'Gutscheine' name a discount; 'Shipping box' is an item
    body = [
        "^Invoice 4471",
        "Harbour Crafts Ltd",
        "2 Mill Lane, Whitby YO21 3PL",
        "Invoice date: | 12 Nov 2026",
        "",
        "Description | Qty | Unit price | Amount",
        "Shipping box, large | 10 | £1.20 | £12.00",
        "Gift wrap roll | 3 | £4.50 | £13.50",
        "",
        "Total discounted | -£2.55",
        "Net total | £22.95",
        "VAT (20%) | £4.59",
        "Gross total | £27.54",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "en.pdf", body))
    assert totals_read(got) == ("22.95", "4.59", "27.54")
    assert status == "accepted", reasons


def test_a_due_date_in_a_sentence_that_asks_to_settle(tmp_path: Path) -> None:
    # 'Bitte begleichen Sie … bis zum', 'Kindly settle this invoice before': the date the
    # invoice is due (no due date was read)
    for lang, sentence, due in (
        ("de", "Bitte begleichen Sie den offenen Betrag bis zum 4. Dezember 2026.", "2026-12-04"),
        ("en", "Kindly settle this invoice before 4 December 2026.", "2026-12-04"),
    ):
        body = [
            "^Rechnung 2026-118" if lang == "de" else "^Invoice 2026-118",
            "Nordlicht Druck GmbH" if lang == "de" else "Northlight Print Ltd",
            "Kaistraße 3, 24103 Kiel" if lang == "de" else "3 Quay Road, Hull HU1 1AA",
            ("Rechnungsdatum: | 20.11.2026" if lang == "de" else "Invoice date: | 20 Nov 2026"),
            "",
            "Netto | 100,00 €" if lang == "de" else "Net | £100.00",
            "MwSt. 19% | 19,00 €" if lang == "de" else "VAT 20% | £20.00",
            "Gesamt | 119,00 €" if lang == "de" else "Total | £120.00",
            "",
            sentence,
        ]
        got, status, reasons = read_page(text_page(tmp_path / f"{lang}.pdf", body))
        assert got["due_date"] == due, lang
        assert status == "accepted", (lang, reasons)


def test_a_doubtful_total_word_inside_an_items_name(tmp_path: Path) -> None:
    # 'Base' inside 'Oak base cabinet' (as in 'Merino base layer') with the row's price and
    # total beside it: a product's name, not the net's label (the table ended at it and the
    # items under it were lost)
    body = [
        "^Invoice K-2219",
        "Fenland Kitchens Ltd",
        "14 Station Road, Ely CB7 4BP",
        "Invoice date: | 9 Nov 2026",
        "",
        "Item | Qty | Unit price | Total",
        "Worktop, laminate | 1 | £240.00 | £240.00",
        "Oak base cabinet 600 | 2 | £180.00 | £360.00",
        "Fitting, per day | 2 | £320.00 | £640.00",
        "",
        "Subtotal | £1,240.00",
        "VAT 20% | £248.00",
        "Total | £1,488.00",
    ]
    pdf = text_page(tmp_path / "en.pdf", body)
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("1240.00", "248.00", "1488.00")
    assert status == "accepted", reasons


def test_a_net_printed_one_unit_off_under_the_shops_own_words_waits(tmp_path: Path) -> None:
    # 'Nettogesamt' and 'Total (HT)' name the net: printed one unit off, the page waits (the
    # words were not known, the net was taken from the items, and the page was accepted)
    for lang, net_label, tax_label, gross_label in (
        ("de", "Nettogesamt", "Umsatzsteuer (19%)", "Rechnungsbetrag"),
        ("fr", "Total (HT)", "TVA (19%)", "Total (TTC)"),
    ):
        body = [
            "^Rechnung: 2026-311" if lang == "de" else "^Facture 2026-311",
            "Kontor Albers GmbH" if lang == "de" else "Maison Albert SARL",
            "Datum: | 03.11.2026" if lang == "de" else "Date : | 03/11/2026",
            "",
            "Beschreibung | Anzahl | Einzelpreis | Netto",
            "Versandtasche A4 | 4 | 25,00 € | 100,00 €",
            "",
            f"{net_label} | 101,00 €",
            f"{tax_label} | 19,00 €",
            f"{gross_label} | 119,00 €",
        ]
        got, status, _reasons = read_page(text_page(tmp_path / f"{lang}.pdf", body))
        assert got["net_total"] == "101.00" and status == "review", (lang, got)
