"""Invoices printed by django-invoicing, kept as PDFs in ``tests/data/djinvoicing_invoices``
(``tests/invoice_djinvoicing``): a Central European invoicing app's Bootstrap page in six
languages, read as a new vendor's page is read. And the kinds of layout it showed, drawn on
their own with other names, values and languages."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_djinvoicing import FIXTURES, SEEDS, SUPPLIERS, invoice
from tests.invoice_typeset import text_page, typeset
from tests.invoice_typeset.markup import cells, page, t

CASES = kept_cases(FIXTURES)


def test_every_page_reads_right_and_goes_through() -> None:
    assert len(CASES) == len(SUPPLIERS) * SEEDS
    assert_kept_read(CASES, {})


def test_the_kept_folder_holds_what_its_values_name() -> None:
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert (job["net"], job["tax"], job["gross"]) == totals_read(truth)


def test_the_titles_number_may_read_as_a_date(tmp_path: Path) -> None:
    # 'Faktura 20261105': the 1105th invoice of 2026 as the page's title, not 5 November
    # (a number that reads as a date was refused unless a number label stood before it)
    body = [
        "^Faktura 20261105",
        "Morava Tisk s.r.o.",
        "Nádražní 14, 779 00 Olomouc",
        "Datum vystavení: 12.10.2026",
        "",
        "Popis | Částka",
        "Tisk letáků | 12 400,00 Kč",
        "Základ | 12 400,00 Kč",
        "DPH 21 % | 2 604,00 Kč",
        "Celkem | 15 004,00 Kč",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "cz.pdf", body))
    assert got["invoice_number"] == "20261105" and got["issue_date"] == "2026-10-12"
    assert status == "accepted", reasons


def test_the_tax_base_is_the_net(tmp_path: Path) -> None:
    # a firm that is no VAT payer: 'Podstawa' (the base) and the total, no tax; read before as
    # no net at all
    body = [
        "^Faktura FA26-044",
        "Studio Graficzne Lis Sp. z o.o.",
        "ul. Kwiatowa 7, 60-101 Poznań",
        "Data wystawienia: 03.09.2026",
        "",
        "Opis | Kwota",
        "Projekt logo | 2 400,00 zł",
        "Podstawa | 2 400,00 zł",
        "VAT | nie dotyczy",
        "Do zapłaty | 2 400,00 zł",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "pl.pdf", body))
    assert totals_read(got) == ("2400.00", None, "2400.00")
    assert status == "accepted", reasons


def test_a_hungarian_date_of_issue(tmp_path: Path) -> None:
    # 'Kiadás dátuma' (the date of issue), over its value
    body = [
        "^Számla 2026/0093",
        "Tisza Nyomda Kft.",
        "Kossuth tér 3, 6720 Szeged",
        "",
        "Kiadás dátuma | Fizetési határidő",
        "2026.10.07. | 2026.10.21.",
        "",
        "Leírás | Összeg",
        "Nyomtatás | 100 000 Ft",
        "Nettó | 100 000 Ft",
        "ÁFA 27% | 27 000 Ft",
        "Összesen | 127 000 Ft",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "hu.pdf", body))
    assert got["issue_date"] == "2026-10-07"
    assert status == "accepted", reasons


def test_lines_with_their_tax_each_rounded_may_miss_the_gross_by_a_cent(tmp_path: Path) -> None:
    # each line's total with its tax rounded on its own (3 × 9,51 = 28,53) while the tax is
    # rounded once on the net (23,97 × 19 % = 4,55, gross 28,52): a cent a line is rounding,
    # not a contradiction of the net
    body = [
        "^Rechnung 2026-311",
        "Kaffeerösterei Brandt GmbH",
        "Hafenstraße 2, 28217 Bremen",
        "Rechnungsdatum: 21.10.2026",
        "",
        "Nr. | Artikel | Menge | Einzelpreis | Preis | Steuersatz | MwSt. | Gesamt mit Steuern",
        "1 | Espresso 250 g | 1 | 7,99 € | 7,99 € | 19 % | 1,52 € | 9,51 €",
        "2 | Crema 250 g | 1 | 7,99 € | 7,99 € | 19 % | 1,52 € | 9,51 €",
        "3 | Filter 250 g | 1 | 7,99 € | 7,99 € | 19 % | 1,52 € | 9,51 €",
        "",
        "Nettobetrag | 23,97 €",
        "MwSt. 19 % | 4,55 €",
        "Gesamtbetrag | 28,52 €",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "de.pdf", body))
    assert totals_read(got) == ("23.97", "4.55", "28.52")
    assert status == "accepted", reasons


def _wrapped_table(path: Path, width: str) -> Path:
    """A Romanian invoice whose item table's amount columns are *width* wide."""
    rows = [("Nr.", "Descriere", "Cant.", "Preț", "Valoare", "TVA", "Total")]
    rows += [
        ("1", "Licență software", "5", "890,00 EUR", "4450,00 EUR", "934,50 EUR", "5384,50 EUR"),
        ("2", "Abonament găzduire", "1", "240,00 EUR", "240,00 EUR", "50,40 EUR", "290,40 EUR"),
    ]
    body = cells(*(c for r in rows for c in r))
    widths = f"(1cm, 4.5cm, 1.2cm, {width}, {width}, {width}, {width})"
    source = page("a4", "Inter", 10, "ro", "1.5cm") + "\n\n".join(
        [
            "#" + t("Factura FA26-0412", 16, bold=True),
            "#" + t("Carpați Print SRL"),
            "#" + t("Str. Avram Iancu 8, 400089 Cluj-Napoca"),
            "#" + t("Data emiterii: 14.10.2026"),
            f"#table(columns: {widths}, align: horizon, stroke: none, {body})",
            "#" + t("Total fără TVA: 4690,00 EUR"),
            "#" + t("TVA 21%: 984,90 EUR"),
            "#" + t("Total de plată: 5674,90 EUR"),
        ]
    )
    return typeset(source, path)


def test_an_item_rows_amounts_wrapped_over_its_text(tmp_path: Path) -> None:
    # amount columns too narrow for 'EUR' beside the figure: each amount wraps onto two lines
    # and the row's one-line cells are centred between them, so the figures come out on a line
    # over the row's text and their currency under it; the rows read as the same table's do
    # in wide columns (the figures' line was read before as a row of its own, the first figure
    # taken for its text)
    def rows(pdf: Path) -> list[tuple[str, str | None, str | None]]:
        ex = extract_invoice(pdf, use_xml=False)
        assert ex.status == "accepted", ex.reasons
        return [(li.description.split()[0], li.quantity, li.line_total) for li in ex.lines]

    wide = rows(_wrapped_table(tmp_path / "wide.pdf", "2.4cm"))
    narrow = rows(_wrapped_table(tmp_path / "narrow.pdf", "1.6cm"))
    assert [first for first, _q, _t in wide] == ["Licență", "Abonament"]
    assert narrow == wide
    got, _status, _reasons = read_page(tmp_path / "narrow.pdf")
    assert totals_read(got) == ("4690.00", "984.90", "5674.90")
