"""Invoices printed by pyfox-invoice, kept as PDFs in ``tests/data/pyfox_invoices``
(``tests/invoice_pyfox``): a young Typst invoice library's two styles in five regions, read as
a new vendor's page is read. And the kinds of layout it showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_pyfox import FIXTURES, REGIONS, SEEDS, STYLES, invoice
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(STYLES) * len(REGIONS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        data = job["invoice"]
        given = (data["subtotal"], data["vat_line"]["tax_amount"], data["total"])
        assert tuple(Decimal(v) for v in given) == tuple(
            Decimal(str(v)) for v in totals_read(truth)
        )


def test_every_page_reads_right_and_goes_through() -> None:
    assert_kept_read(CASES, {})


def test_polish_short_months_and_a_legal_reference_that_is_no_amount(tmp_path: Path) -> None:
    # '14 lis 2026', '28 gru 2026': months as CLDR shortens them in Polish (not read: no
    # date), and the exemption's 'art. 113 ust. 1' under a total: '113' was read as an amount
    body = [
        "^Faktura nr 2026/118",
        "Pracownia Ceramiki Glina Sp. z o.o.",
        "ul. Garbary 12, 61-758 Poznań",
        "Data wystawienia: | 14 lis 2026",
        "Termin płatności: | 28 gru 2026",
        "",
        "Opis | Ilość | Cena | Wartość",
        "Kurs toczenia | 2 | 450,00 zł | 900,00 zł",
        "",
        "Suma częściowa: | 900,00 zł",
        "Razem do zapłaty: | 900,00 zł",
        "Zwolnienie z VAT na podstawie art. 113 ust. 1 ustawy o VAT",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "pl.pdf", body))
    assert (got["issue_date"], got["due_date"]) == ("2026-11-14", "2026-12-28")
    assert got["gross_total"] == "900.00"
    assert status == "accepted", reasons


def test_a_no_vat_line_with_its_zero_is_the_tax(tmp_path: Path) -> None:
    # 'Senza IVA 0,00 €' between the taxable amount and the total: 'without VAT' names a net
    # when it carries one; with 0,00 it is the tax line that says there is none (the tax was
    # read as nothing and the net as 0,00)
    body = [
        "^Fattura n. 77/2026",
        "Studio Verdi S.r.l.",
        "Via Roma 4, 10121 Torino",
        "Data fattura: | 03/11/2026",
        "",
        "Descrizione | Q.tà | Prezzo | Importo",
        "Consulenza fiscale | 3 | 120,00 € | 360,00 €",
        "",
        "Imponibile: | 360,00 €",
        "Senza IVA | 0,00 €",
        "Totale: | 360,00 €",
        "Operazione non soggetta a IVA, art. 7-ter DPR 633/72",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "it.pdf", body))
    assert totals_read(got) == ("360.00", "0.00", "360.00")
    assert status == "accepted", reasons


def test_a_czech_subtotal_over_a_line_without_tax(tmp_path: Path) -> None:
    # 'Mezisoučet' (the subtotal) over 'Bez DPH 0,00 Kč': the subtotal was no known net, and
    # 'bez DPH' with its 0,00 was read as the net
    body = [
        "^Faktura 2026-0415",
        "Truhlářství Novák s.r.o.",
        "Dlouhá 18, 602 00 Brno",
        "Datum vystavení: | 12.10.2026",
        "",
        "Popis | Množství | Cena | Celkem",
        "Jídelní stůl dub | 1 | 18 400,00 Kč | 18 400,00 Kč",
        "",
        "Mezisoučet | 18 400,00 Kč",
        "Bez DPH | 0,00 Kč",
        "Celkem k úhradě | 18 400,00 Kč",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "cs.pdf", body))
    assert totals_read(got) == ("18400.00", "0.00", "18400.00")
    assert status == "accepted", reasons


def test_a_ukrainian_subtotal_and_short_months(tmp_path: Path) -> None:
    # 'Підсумок' (the subtotal) over 'ПДВ (20%)' and 'Всього'; '12 лист. 2026 р.' with the month
    # as CLDR shortens it (neither the net nor the date was read)
    body = [
        "^Рахунок № 318",
        "ТОВ «Полтава Друк»",
        "вул. Соборності 40, м. Полтава, 36000",
        "Дата складання: | 12 лист. 2026 р.",
        "",
        "Найменування | К-сть | Ціна | Сума",
        "Друк каталогів | 400 | 35,00 ₴ | 14 000,00 ₴",
        "",
        "Підсумок | 14 000,00 ₴",
        "ПДВ (20%) | 2 800,00 ₴",
        "Всього | 16 800,00 ₴",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "uk.pdf", body))
    assert got["issue_date"] == "2026-11-12"
    assert totals_read(got) == ("14000.00", "2800.00", "16800.00")


def test_a_date_wrapped_in_its_labels_cell(tmp_path: Path) -> None:
    # 'Rechnungsdatum: 14. Oktober' over '2026' in a narrow cell, the due date's cell beside
    # it: the date was cut, and no issue date read
    from tests.invoice_typeset import typeset
    from tests.invoice_typeset.markup import cells, page, t

    def grid(widths: str, texts: list[str]) -> str:
        return f"#grid(columns: {widths}, column-gutter: 1cm, row-gutter: 0.6em, {cells(*texts)})"

    source = page("a4", "Inter", 10, "de", "2cm") + "\n\n".join(
        [
            "#" + t("RECHNUNG Nr. 2026-0193", 14, bold=True),
            grid("(4.4cm, 6cm)", ["Rechnungsdatum: 14. Oktober 2026", "Fällig: 28.10.2026"]),
            "#" + t("Glaserei Brandt GmbH, Hauptstraße 9, 79098 Freiburg"),
            grid(
                "4",
                ["Artikel", "Menge", "Preis", "Betrag", "Isolierglas", "2", "310,00 €", "620,00 €"],
            ),
            grid(
                "2",
                ["Nettobetrag", "620,00 €", "MwSt. 19 %", "117,80 €", "Gesamtbetrag", "737,80 €"],
            ),
        ]
    )
    got, status, reasons = read_page(typeset(source, tmp_path / "de.pdf"))
    assert got["issue_date"] == "2026-10-14"
    assert status == "accepted", reasons
