"""Invoices printed by Kraft, kept as PDFs in ``tests/data/kraft_invoices``
(``tests/invoice_kraft``): a craftsman's invoicing program's two templates (a window-envelope
letter printed by ReportLab, and its HTML twin printed by WeasyPrint) in six locales, read as a
new vendor's page is read. And the kinds of layout they showed, drawn on their own with other
names, values and languages."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import assert_kept_read, kept_cases, kept_jobs, read_page, totals_read
from tests.invoice_kraft import FIXTURES, LOCALES, SEEDS, TEMPLATES, invoice
from tests.invoice_typeset import text_page, typeset
from tests.invoice_typeset.markup import page, t

CASES = kept_cases(FIXTURES)


def test_every_page_reads_right_and_goes_through() -> None:
    assert len(CASES) == len(TEMPLATES) * len(LOCALES) * SEEDS
    assert_kept_read(CASES, {})


def test_the_kept_folder_holds_what_its_values_name() -> None:
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        assert job["net"] == truth["net_total"]


def _letter(path: Path, date_right: bool) -> Path:
    """A French joiner's letter for a window envelope: the sender line over the customer's
    address, the date alone (flush right, or at the left), the subject 'Facture …' under it."""
    date = "#align(right)[#" + t("12/05/2026") + "]" if date_right else "#" + t("12/05/2026")
    rows = [
        ("Désignation", "Montant"),
        ("Pose d'une porte intérieure", "640,00 €"),
        ("Fourniture quincaillerie", "85,00 €"),
        ("Total HT", "725,00 €"),
        ("TVA 20 %", "145,00 €"),
        ("Total TTC", "870,00 €"),
    ]
    grid = ", ".join(f"[#{t(a)}], [#{t(b)}]" for a, b in rows)
    source = page("a4", "Inter", 10, "fr", "2cm") + "\n\n".join(
        [
            "#" + t("Menuiserie Dubois SARL · 4 rue des Tanneurs · 21000 Dijon", 8),
            "#v(1em)",
            "#" + t("Madame Claire Lemoine"),
            "#" + t("17 avenue Foch"),
            "#" + t("21000 Dijon"),
            "#v(2em)",
            date,
            "#v(2em)",
            "#" + t("Facture F-2026-118", 16, bold=True),
            "#" + t("Madame,"),
            "#grid(columns: 2, align: (left, right), column-gutter: 4cm, row-gutter: 0.6em, "
            + grid
            + ")",
            "#" + t("Menuiserie Dubois SARL – SIRET 123 456 789 00012", 8),
        ]
    )
    return typeset(source, path)


def test_a_letters_date_flush_right_over_its_subject_is_its_issue_date(tmp_path: Path) -> None:
    # the window envelope's letter: no label, the date set flush right at the text's right
    # margin, the subject ('Facture F-2026-118') right under it; the same date at the left is
    # still a guess
    got, status, reasons = read_page(_letter(tmp_path / "right.pdf", date_right=True))
    assert got["issue_date"] == "2026-05-12" and got["invoice_number"] == "F-2026-118"
    assert status == "accepted", reasons
    got, status, reasons = read_page(_letter(tmp_path / "left.pdf", date_right=False))
    assert got["issue_date"] == "2026-05-12" and status == "review"
    assert any("issue_date" in r for r in reasons), reasons


def test_sum_under_the_net_and_a_tax_line_per_rate_is_the_gross(tmp_path: Path) -> None:
    # English 'Sum' as the last of 'Net', '+5% VAT', '+20% VAT' (read before as no gross, and
    # one rate's tax as the tax); a policy's 'Sum insured' over it is no total
    body = [
        "^Invoice 2026/0419",
        "Hollybush Garden Services Ltd",
        "Unit 4, Mill Yard, Leeds LS12 6BD",
        "Invoice date: 02/06/2026",
        "",
        "Item | Amount",
        "Hedge cutting | £340.00",
        "Gardening almanac | £24.00",
        "Sum insured (public liability) £5,000,000.00",
        "Net | £364.00",
        "+5% VAT | £1.20",
        "+20% VAT | £68.00",
        "Sum | £433.20",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "sum.pdf", body))
    assert totals_read(got) == ("364.00", "69.20", "433.20")
    assert status == "accepted", reasons


def test_a_swiss_companys_vat_number_is_no_amount(tmp_path: Path) -> None:
    # a small business exempt from VAT: its closing words print its UID with 'MWST'
    # ('MWST CHE-123.456.789', read before as a tax of 123'456'789.00)
    body = [
        "^Rechnung 2026-044",
        "Gerber Velowerkstatt GmbH",
        "Aarbergergasse 12, 3011 Bern",
        "Datum: 14.08.2026",
        "",
        "Position | Betrag",
        "Service Velo | 180.00 CHF",
        "Kette ersetzt | 45.50 CHF",
        "Total | 225.50 CHF",
        "",
        "Zahlbar innert 30 Tagen. IBAN CH56 0483 5012 3456 7800 9",
        "MWST CHE-114.982.337 – nicht mehrwertsteuerpflichtig",
    ]
    got, status, reasons = read_page(text_page(tmp_path / "ch.pdf", body))
    assert totals_read(got) == (None, None, "225.50")
    assert status == "accepted", reasons


def test_a_price_run_into_the_next_cell_reads_as_drawn(tmp_path: Path) -> None:
    # a price wider than its column ('1’840.90 CHF', no break allowed) printed over the next
    # cell's total: sorted left to right, the two texts' letters interleave ('1’814’804.900.9');
    # read in the order they were drawn, the row has its price and its total again
    cells = [("Pos.", "Bezeichnung", "Menge", "Preis", "Summe")]
    cells += [("1", "Einbauschrank Eiche", "1", "1’840.90 CHF", "1’840.90 CHF")]
    cells += [("2", "Montage", "1", "420.00 CHF", "420.00 CHF")]
    body = ", ".join(f"[#{t(c.replace(' CHF', chr(0xA0) + 'CHF'))}]" for r in cells for c in r)
    source = page("a4", "Inter", 10, "de", "2cm") + "\n\n".join(
        [
            "#" + t("Rechnung 2026-118", 16, bold=True),
            "#" + t("Frei Schreinerei GmbH · Dorfstrasse 9 · 3600 Thun · MWST CHE-114.982.337"),
            "#" + t("Kunde: Hotel Bellevue, Seestrasse 2, 3600 Thun"),
            "#" + t("Datum: 14.10.2026"),
            "#table(columns: (1cm, 5cm, 1.6cm, 1.3cm, 1.3cm), column-gutter: 8pt, stroke: none, "
            + body
            + ")",
            "#" + t("Netto: 2’260.90 CHF"),
            "#" + t("MwSt. 8.1 %: 183.13 CHF"),
            "#" + t("Total: 2’444.03 CHF"),
        ]
    )
    ex = extract_invoice(typeset(source, tmp_path / "ch.pdf"), use_xml=False)
    assert [(li.description, li.line_total) for li in ex.lines] == [
        ("Einbauschrank Eiche", "1840.90"),
        ("Montage", "420.00"),
    ]
    assert ex.status == "accepted", ex.reasons
