"""The kinds of layout isodoc's letter-style invoices showed (``tests/data/ctan_invoices/isodoc-*``,
kept and read in ``test_invoice_ctan.py``), drawn on their own with other names, values and
languages: the sender's reference as the invoice's number when the payment is to quote it, a
crown named in the amounts' column head, an item's text that counts something, 'Insgesamt', a
return line with no postcode under the letterhead it names, the account's holder 'au nom de' in
the payment details, and a phone number's last group that would close a sum (marvosym's euro
sign: ``test_invoice_tex_signs.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_typeset import text_page

# a letter's top: the sender large, the person and address under it, the return line over
# the window address, a reference grid over its values
_LETTER = [
    "^Nordlicht Planung",
    "Jana Kessler",
    "Hauptstraße 5",
    "Kassel",
    "",
    "Nordlicht Planung • Hauptstraße 5 • Kassel",
    "Weber Logistik",
    "Am Hafen 12",
    "34117 Kassel",
    "",
]


def _reference_letter(quoted: bool) -> list[str]:
    return [
        *_LETTER,
        "Ihr Zeichen | Unser Zeichen | Datum",
        "WL-0934 | 2026/118 | 14. Oktober 2026",
        "",
        "Rechnung",
        "Beschreibung | Betrag",
        "Lichtplanung Lagerhalle | 1.850,00 €",
        "Nettobetrag | 1.850,00 €",
        "USt. 19 % | 351,50 €",
        "Gesamtbetrag | 2.201,50 €",
        "",
        "Zahlungsdaten: IBAN DE89 3704 0044 0532 0130 00",
        *(["Verwendungszweck: 2026/118"] if quoted else []),
    ]


def test_the_senders_reference_the_payment_quotes_is_the_invoices_number(tmp_path: Path) -> None:
    # 'Unser Zeichen' over '2026/118', and the payment's reference is '2026/118': the number
    # the invoice is filed and paid under (nothing was read, the page waited); the customer's
    # reference beside it is not
    got, status, reasons = read_page(text_page(tmp_path / "quoted.pdf", _reference_letter(True)))
    assert got["invoice_number"] == "2026/118"
    assert status == "accepted", reasons


def test_a_senders_reference_nothing_quotes_is_no_number(tmp_path: Path) -> None:
    # the same page without the payment's reference: a sender's reference may be a clerk's file
    got, status, _reasons = read_page(text_page(tmp_path / "alone.pdf", _reference_letter(False)))
    assert got["invoice_number"] is None
    assert status == "review"


def test_the_crown_the_amounts_column_head_names_in_brackets(tmp_path: Path) -> None:
    # 'Beløb (kr)' over amounts printed bare, on a Danish page: Danish crowns (none was read)
    body = [
        "^Faktura",
        "Nørgaard Tømrer ApS | Fakturanummer: 5521",
        "Vestergade 8, 8000 Aarhus C | Fakturadato: 03.11.2026",
        "CVR 31 24 77 18 | Forfaldsdato: 17.11.2026",
        "",
        "Beskrivelse | Beløb (kr)",
        "Nyt gulv, stue | 14.200,00",
        "Kørsel | 450,00",
        "Beløb før moms | 14.650,00",
        "Moms 25 % | 3.662,50",
        "I alt | 18.312,50",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "dk.pdf", body))
    assert got["currency"] == "DKK"
    assert status == "accepted", reasons


@pytest.mark.parametrize("sign", ["€", "EUR"])
def test_an_items_text_that_counts_something_is_no_price(tmp_path: Path, sign: str) -> None:
    # 'Translation of the annual report, 12.500 words  1.500,00 €': the count in the item's
    # text is no second amount; the items alone add up to the total a small business prints
    # (no VAT), so the total is checked (it waited, no item read). The currency's code after
    # an amount is no such word ('1.500,00 EUR')
    body = [
        "^Vertaalbureau Smit",
        "Kerkstraat 4, 2011 HK Haarlem",
        "info@vertaalbureausmit.example",
        "Factuurnummer: 2026-077",
        "Factuurdatum: 9 november 2026",
        "",
        "Omschrijving | Bedrag",
        f"Vertaling jaarverslag, 12.500 woorden | 1.500,00 {sign}",
        f"Redactie brochure | 240,00 {sign}",
        f"Totaal | 1.740,00 {sign}",
        "",
        "Vrijgesteld van btw (kleineondernemersregeling).",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "nl.pdf", body))
    assert got["gross_total"] == "1740.00"
    assert status == "accepted", reasons


def test_insgesamt_is_the_total(tmp_path: Path) -> None:
    # 'Insgesamt' ('in all') under the net and two VAT rates: the gross (none was read)
    body = [
        "^Rechnung",
        "Bäckerei Roth GmbH | Rechnungsnummer: 3310",
        "Marktstraße 2, 35037 Marburg | Rechnungsdatum: 21.09.2026",
        "USt-IdNr. DE 257 884 119 |",
        "",
        "Bezeichnung | Betrag",
        "Catering Firmenfeier | 640,00 €",
        "Brotkörbe, 40 Stück (7 %) | 120,00 €",
        "Nettobetrag | 760,00 €",
        "MwSt. 19 % | 121,60 €",
        "MwSt. 7 % | 8,40 €",
        "Insgesamt | 890,00 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "de.pdf", body))
    assert (got["tax_total"], got["gross_total"]) == ("130.00", "890.00")
    assert status == "accepted", reasons


def test_a_return_line_without_a_postcode_names_the_letterhead(tmp_path: Path) -> None:
    # 'Nordlicht Planung • Hauptstraße 5 • Kassel' over the window address, no postcode,
    # under the same name large at the top: the sender (the person under it, whose name the
    # account's holder and the web address give, had been taken)
    body = [
        *_LETTER,
        "Rechnungsnummer: 2026-204 | Datum: 2. November 2026",
        "",
        "Beschreibung | Betrag",
        "Lichtplanung Büroetage | 2.400,00 €",
        "Nettobetrag | 2.400,00 €",
        "USt. 19 % | 456,00 €",
        "Gesamtbetrag | 2.856,00 €",
        "",
        "IBAN DE89 3704 0044 0532 0130 00, Kontoinhaber: Jana Kessler",
        "www.kessler.example",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "letter.pdf", body))
    assert got["seller"] == "Nordlicht Planung"
    assert status == "accepted", reasons


def test_the_account_holder_au_nom_de_heads_no_seller(tmp_path: Path) -> None:
    # the payment details' 'au nom de : Paul Girard' (the account's holder) is no seller's
    # heading; the letterhead 'Girard Menuiserie', backed by its web address, is the seller
    body = [
        "^Girard Menuiserie",
        "14 rue des Tanneurs, 67000 Strasbourg",
        "www.girard-menuiserie.example",
        "",
        "Facture n° F-2026-031 | Date : 5 octobre 2026",
        "Client : Hôtel des Vosges, 3 place Kléber, 67000 Strasbourg",
        "",
        "Description | Montant",
        "Porte d'entrée en chêne | 1 980,00 €",
        "Total HT | 1 980,00 €",
        "TVA 20 % | 396,00 €",
        "Total TTC | 2 376,00 €",
        "",
        "Détails de paiement :",
        "IBAN : FR14 2004 1010 0505 0001 3M02 606",
        "au nom de : Paul Girard",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "fr.pdf", body))
    assert got["seller"] == "Girard Menuiserie"
    assert status == "accepted", reasons


def test_a_phone_numbers_last_group_closes_no_sum(tmp_path: Path) -> None:
    # the total printed one euro off (540,00 + 102,60 is 642,60, not 643,60); the footer's
    # phone '030 2201 0541' ends with a group that would make a net of 541 close the sum: a
    # group of a phone number is no amount, the page waits (it had been accepted)
    body = [
        "^Rechnung",
        "Hofmann Gartenbau | Rechnungsnummer: 2026-311",
        "Lindenallee 9, 10115 Berlin | Rechnungsdatum: 12.10.2026",
        "USt-IdNr. DE 281 554 920 |",
        "",
        "Bezeichnung | Betrag",
        "Heckenschnitt | 320,00 €",
        "Rasenpflege | 220,00 €",
        "Zwischensumme | 540,00 €",
        "MwSt. 19 % | 102,60 €",
        "Gesamt | 643,60 €",
        "",
        "www.hofmann-gartenbau.example | 030 2201 0541 | info@hofmann-gartenbau.example",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "de.pdf", body))
    assert status == "review", got
    assert any("643.60" in r for r in reasons), reasons
