"""Invoices in one currency that print their tax in another, as the law of the seller's
country asks: a Polish invoice in EUR with 'Kwota VAT w PLN' at the NBP rate, a Czech one with
'Přepočet na CZK kurzem ČNB', a British one in USD with the VAT converted to GBP at the HMRC
rate (its date '09/11/2026' reads day first: the page's VAT number is British), a Hungarian
one in EUR with the ÁFA in forint ('Kibocsátás dátuma'), a Swiss one in CHF with its EUR
equivalent. The totals are the invoice currency's; each must read right and go straight
through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import misread
from tests.invoice_typeset import read_text_page

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "pl_eur": (
        [
            "Faktura VAT nr FV/112/2026",
            "Data wystawienia: 2026-11-04",
            "Termin płatności: 2026-11-18",
            "Sprzedawca: | Nabywca:",
            "Kodano Software Sp. z o.o. | Nordwind Logistics GmbH",
            "ul. Długa 5, 80-831 Gdańsk | Speicherstadt 4, 20457 Hamburg",
            "NIP: 5842761234 | VAT-ID: DE287554120",
            "",
            "Lp. | Nazwa | Ilość | Cena netto | Wartość netto | VAT | Kwota VAT | Wartość brutto",
            "1 | Wdrożenie systemu WMS | 1 | 8 000,00 | 8 000,00 | 23% | 1 840,00 | 9 840,00",
            "",
            "Razem netto: 8 000,00 EUR",
            "Razem VAT: 1 840,00 EUR",
            "Razem brutto: 9 840,00 EUR",
            "Do zapłaty: 9 840,00 EUR",
            "Kurs NBP EUR z dnia 2026-11-03: 4,3215 (tabela nr 213/A/NBP/2026)",
            "Kwota VAT w PLN: 7 951,56 PLN",
        ],
        {
            "invoice_number": "FV/112/2026",
            "issue_date": "2026-11-04",
            "due_date": "2026-11-18",
            "seller": "Kodano Software Sp. z o.o.",
            "currency": "EUR",
            "net_total": "8000.00",
            "tax_total": "1840.00",
            "gross_total": "9840.00",
        },
    ),
    "cz_eur": (
        [
            "Faktura - daňový doklad č. 2026110047",
            "Dodavatel: | Odběratel:",
            "Pražská technika s.r.o. | Alpenholz GmbH",
            "Na Poříčí 12, 110 00 Praha | Innrain 8, 6020 Innsbruck",
            "IČO: 27654321, DIČ: CZ27654321 | UID: ATU12345678",
            "",
            "Datum vystavení: 06.11.2026",
            "Datum splatnosti: 20.11.2026",
            "Datum uskut. zdan. plnění: 06.11.2026",
            "",
            "Označení dodávky | Množství | Cena za MJ | Celkem bez DPH | DPH % | Celkem s DPH",
            "Servis CNC frézky | 1 | 2 400,00 | 2 400,00 | 21 | 2 904,00",
            "",
            "Celkem bez DPH: 2 400,00 EUR",
            "DPH 21 %: 504,00 EUR",
            "Celkem k úhradě: 2 904,00 EUR",
            "Přepočet na CZK kurzem ČNB 25,340 CZK/EUR:",
            "Základ daně: 60 816,00 CZK | DPH: 12 771,36 CZK | Celkem: 73 587,36 CZK",
        ],
        {
            "invoice_number": "2026110047",
            "issue_date": "2026-11-06",
            "due_date": "2026-11-20",
            "seller": "Pražská technika s.r.o.",
            "currency": "EUR",
            "net_total": "2400.00",
            "tax_total": "504.00",
            "gross_total": "2904.00",
        },
    ),
    "uk_usd": (
        [
            "Fenwick Audio Ltd",
            "3 Canal Wharf, Leeds LS11 5PS",
            "VAT Reg. No. GB 312 4455 60",
            "INVOICE",
            "Invoice No: FA-7731",
            "Invoice Date: 09/11/2026",
            "Customer: Soundstage Productions Ltd, London",
            "",
            "Description | Qty | Unit Price | Amount",
            "Studio monitor pair, refurbished | 2 | USD 1,150.00 | USD 2,300.00",
            "",
            "Subtotal | USD 2,300.00",
            "VAT 20% | USD 460.00",
            "Total | USD 2,760.00",
            "VAT converted at HMRC rate 1 USD = 0.7812 GBP: VAT GBP 359.35 on net GBP 1,796.76",
        ],
        {
            "invoice_number": "FA-7731",
            "issue_date": "2026-11-09",
            "seller": "Fenwick Audio Ltd",
            "currency": "USD",
            "net_total": "2300.00",
            "tax_total": "460.00",
            "gross_total": "2760.00",
        },
    ),
    "hu_eur": (
        [
            "SZÁMLA",
            "Számla sorszáma: DUNA-2026-0815",
            "Kibocsátás dátuma: 2026.11.07.",
            "Fizetési határidő: 2026.11.21.",
            "Eladó: | Vevő:",
            "Duna Gépészet Kft. | Steirische Metall GmbH",
            "1095 Budapest, Soroksári út 30. | Grazer Straße 5, 8010 Graz",
            "Adószám: 12345678-2-43 | UID: ATU87654321",
            "",
            "Megnevezés | Mennyiség | Nettó egységár | Nettó érték | ÁFA % | Bruttó érték",
            "Hidraulika javítás | 1 | 1 500,00 | 1 500,00 | 27 | 1 905,00",
            "",
            "Nettó összesen: 1 500,00 EUR",
            "ÁFA összesen: 405,00 EUR",
            "Bruttó összesen: 1 905,00 EUR",
            "Az ÁFA összege forintban (MNB árfolyam 395,12 HUF/EUR): 160 023,60 HUF",
        ],
        {
            "invoice_number": "DUNA-2026-0815",
            "issue_date": "2026-11-07",
            "due_date": "2026-11-21",
            "seller": "Duna Gépészet Kft.",
            "currency": "EUR",
            "net_total": "1500.00",
            "tax_total": "405.00",
            "gross_total": "1905.00",
        },
    ),
    "ch_chf": (
        [
            "Bergholz Treuhand AG",
            "Bahnhofstrasse 10, 8001 Zürich",
            "MWST-Nr. CHE-123.456.789 MWST",
            "Rechnung Nr. 2026-318",
            "Datum: 10.11.2026",
            "Zahlbar bis: 10.12.2026",
            "Kunde: Lago Maggiore Immobili SA, Locarno",
            "",
            "Leistung | Stunden | Ansatz | Betrag CHF",
            "Buchhaltung Oktober | 6.5 | 160.00 | 1'040.00",
            "",
            "Total exkl. MWST | CHF 1'040.00",
            "MWST 8.1% | CHF 84.25",
            "Total inkl. MWST | CHF 1'124.25",
            "Gegenwert EUR 1'198.40 (Kurs 0.9381)",
        ],
        {
            "invoice_number": "2026-318",
            "issue_date": "2026-11-10",
            "due_date": "2026-12-10",
            "seller": "Bergholz Treuhand AG",
            "currency": "CHF",
            "net_total": "1040.00",
            "tax_total": "84.25",
            "gross_total": "1124.25",
        },
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_with_its_tax_in_another_currency_reads_right(tmp_path: Path, name: str) -> None:
    lines, truth = PAGES[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert misread(ex, truth) == {}
    assert ex.status == "accepted", ex.reasons


def test_dollars_a_british_vat_number_and_a_us_address_leave_the_date_in_doubt(
    tmp_path: Path,
) -> None:
    # the seller's British VAT number, the customer in Texas: '09/11/2026' may be either
    lines, _truth = PAGES["uk_usd"]
    us = [
        x.replace("Soundstage Productions Ltd, London", "Lone Star Audio LLC, Austin, TX 78701")
        for x in lines
    ]
    ex = read_text_page(tmp_path / "us.pdf", us)
    assert ex.status == "review"
    assert any("day and month could be swapped" in r for r in ex.reasons), ex.reasons
