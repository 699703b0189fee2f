"""Invoices printed by Tryton, kept as PDFs in ``tests/data/tryton_invoices``
(``tests/invoice_tryton``): an ERP's invoice report in eight languages, read as a new vendor's
page is read. And the kinds of layout it showed, drawn on their own with other names, values
and languages."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_tryton import FIRMS, FIXTURES, SEEDS, invoice

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(FIRMS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert (job["net"], job["tax"], job["gross"]) == totals_read(truth)


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})


def _erp(
    path: Path,
    seller: list[str],
    customer: list[str],
    info: list[str],
    items: list[str],
    totals: list[str],
    after: list[str],
    footer: list[str],
) -> Path:
    """An ERP's invoice report: *seller*'s header lines small and centred over its name (the
    last of them) at the left, the *customer*'s block at the right where an envelope's window
    is, the *info* lines (the title first), the *items* and *totals* as grids of cells parted
    by '|', the lines *after* them, the *footer* small at the bottom."""
    from tests.invoice_typeset import typeset
    from tests.invoice_typeset.markup import cells, lines, page, t

    def grid(rows: list[str]) -> str:
        n = max(r.count("|") for r in rows) + 1
        body = cells(*(c.strip() or " " for r in rows for c in r.split("|")))
        return f"grid(columns: {n}, column-gutter: 2em, row-gutter: 0.6em, {body})"

    *head, name = seller
    source = page("a4", "Inter", 10, "en", "2cm") + "\n\n".join(
        [
            "#align(center, " + lines(*head, size=7) + ")",
            "#" + t(name),
            "#pad(left: 9cm, " + lines(*customer) + ")",
            "#v(1cm)",
            "#align(center, " + t(info[0], 13, bold=True) + ")",
            *("#" + t(x) for x in info[1:]),
            "#" + grid(items),
            "#align(right, " + grid(totals) + ")",
            *("#align(right, " + t(x) + ")" for x in after),
            "#place(bottom + center, " + lines(*footer, size=7) + ")",
        ]
    )
    return typeset(source, path)


def test_the_customers_vat_number_under_its_address_is_not_the_sellers(tmp_path: Path) -> None:
    # the customer's VAT number and its label under its town and country, in the envelope's
    # window: its block was taken for the sender's (a block that carries a VAT number) and
    # the customer for the seller; the seller's own number stands under the date
    pdf = _erp(
        tmp_path / "da.pdf",
        ["Vestergade 31 - 8000 Aarhus C", "Havblik Keramik ApS"],
        [
            "Kaffebaren Nørrebro ApS",
            "Jægersborggade 7",
            "2200 København N",
            "DENMARK",
            "VAT number:",
            "DK92533603",
        ],
        ["Invoice no. 2026-0417", "Date: 12.10.2026", "VAT: DK25798767"],
        ["Description | Qty | Price | Amount", "Stoneware mug | 24 | 95.00 kr | 2,280.00 kr"],
        ["Subtotal: | 2,280.00 kr", "VAT 25 %: | 570.00 kr", "Total: | 2,850.00 kr"],
        [],
        ["Sydbank - IBAN DK50 7040 0001 2345 67"],
    )
    got, status, reasons = read_page(pdf)
    assert got["seller"] == "Havblik Keramik ApS"
    assert status == "accepted", reasons


def test_a_bank_named_in_the_footer_with_its_iban_is_not_the_seller(tmp_path: Path) -> None:
    # the footer: 'Danske Bank A/S - IBAN …' over the firm's register line: the bank's name
    # was taken as the one company the page backs, over the letterhead's name
    pdf = _erp(
        tmp_path / "fi.pdf",
        ["Hämeenkatu 14, 33100 Tampere", "Puh. 03 212 4400", "Tammerkoski Design Oy"],
        ["Kahvila Pyynikki", "Mustanlahdenkatu 3", "33230 Tampere"],
        ["Lasku 1186", "Päivämäärä: 04.11.2026"],
        ["Kuvaus | Määrä | Hinta | Yhteensä", "Logosuunnittelu | 1 | 820,00 € | 820,00 €"],
        ["Veroton yhteensä: | 820,00 €", "ALV 25,5 %: | 209,10 €", "Yhteensä: | 1 029,10 €"],
        [],
        ["Danske Bank A/S - IBAN FI21 1234 5600 0007 85", "ALV-rekisteri, Y-tunnus 2468135-7"],
    )
    got, status, reasons = read_page(pdf)
    assert got["seller"] == "Tammerkoski Design Oy"


def test_the_due_date_in_a_payment_schedule_under_its_heading(tmp_path: Path) -> None:
    # 'Betalningsvillkor' (Swedish: the terms of payment) over 'Datum | Belopp' over the one
    # row asking for the whole total: the due date (only 'Payment Term' and a few others
    # were known headings, and the page had no due date)
    pdf = _erp(
        tmp_path / "sv.pdf",
        ["Kungsgatan 8, 411 19 Göteborg", "Sjöbris Inredning AB"],
        ["Café Linnéa", "Linnégatan 21", "413 04 Göteborg"],
        ["Faktura nr 7304", "Fakturadatum: 2026-09-14"],
        ["Beskrivning | Antal | Pris | Belopp", "Soffbord ek | 2 | 3 400,00 kr | 6 800,00 kr"],
        ["Netto: | 6 800,00 kr", "Moms 25 %: | 1 700,00 kr", "Att betala: | 8 500,00 kr"],
        ["Betalningsvillkor", "30 dagar netto", "Datum      Belopp", "2026-10-14   8 500,00 kr"],
        ["Org.nr 556677-8899"],
    )
    got, status, reasons = read_page(pdf)
    assert got["due_date"] == "2026-10-14"
    assert status == "accepted", reasons


def test_a_term_counted_from_the_invoice_date_is_no_date_label(tmp_path: Path) -> None:
    # '60 days from invoice date' (the payment term's description) over the schedule's date:
    # 'invoice date' was read as the label of the date under it, the due date taken for the
    # date of issue
    pdf = _erp(
        tmp_path / "en.pdf",
        ["12 Quay Street, Galway H91 X2P4", "Claddagh Print Works Ltd"],
        ["Salthill Books Ltd", "Upper Salthill Road", "Galway H91 C6F2"],
        ["Invoice No.: CPW-2291", "Date: 03/08/2026"],
        ["Description | Qty | Price | Amount", "Poster print A2 | 40 | €6.50 | €260.00"],
        ["Net: | €260.00", "VAT 23%: | €59.80", "Total: | €319.80"],
        [
            "Payment Schedule",
            "60 days from invoice date",
            "Date       Amount",
            "02/10/2026   €319.80",
        ],
        ["Bank of Ireland - IBAN IE29 BOFI 9000 1712 3456 78"],
    )
    got, status, reasons = read_page(pdf)
    assert got["issue_date"] == "2026-08-03"
    assert got["due_date"] == "2026-10-02"


def test_the_taxes_plural_beside_the_net_and_the_total(tmp_path: Path) -> None:
    # 'Podatki' (Polish: the taxes) 0,00 zł on a reverse charge, the items with a VAT column:
    # the plural was no known label, the tax unread, and the page waited
    pdf = _erp(
        tmp_path / "pl.pdf",
        ["ul. Długa 44, 80-827 Gdańsk", "Bursztyn Meble Sp. z o.o."],
        ["Holz Wagner GmbH", "Ringstraße 3", "4020 Linz", "AUSTRIA"],
        ["Faktura nr FV/318/2026", "Data wystawienia: 21.10.2026"],
        [
            "Opis | Ilość | Cena | VAT | Wartość",
            "Komoda dębowa | 3 | 1 450,00 zł | np | 4 350,00 zł",
        ],
        ["Razem netto: | 4 350,00 zł", "Podatki: | 0,00 zł", "Razem: | 4 350,00 zł"],
        ["Odwrotne obciążenie"],
        ["mBank S.A. - IBAN PL61 1140 2004 0000 3102 7654 3210"],
    )
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("4350.00", "0.00", "4350.00")
    assert status == "accepted", reasons
