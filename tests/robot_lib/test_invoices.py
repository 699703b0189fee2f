"""Invoice extraction on the real corpus (tests/data/invoices), generated invoices,
templates and validation."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices import extract_invoice, load_templates
from robot_lib.invoices.model import FIELDS, Extraction
from robot_lib.invoices.parse import amounts_in, currencies_in, dates_in
from tests.invoice_corpus import AS_OF, INVOICES, corpus_cases, same, score

DEV = INVOICES / "dev"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1'234.56", "1234.56"),
        ("22 858,07 €", "22858.07"),
        ("-5,00", "-5.00"),
        ("15387,08", "15387.08"),
        ("Steuerbetrag 163,16183,14", "163.16 183.14"),
        ("am 21.11.2026", ""),
        ("Celkem: Kč 12.100,-", "12100.00"),  # the dash for no cents: money to the cent
        ("1 500,– EUR", "1500.00"),
        ("Total Rp 6.105.000", "6105000"),  # two thousands groups: no decimals
        ("Tel 600 123 456", ""),  # spaced digit groups without cents: not an amount
        ("Summe 1.234,- 5,00", "1234.00 5.00"),
        # a currency written before the amount with no space
        ("Total Rs.1,234.00", "1234.00"),
        ("Jumlah Rp.15.000,00", "15000.00"),
        ("TOTAL RM1,234.50", "1234.50"),
        ("TOTAL S/.1,234.00", "1234.00"),
        ("Total kr.1.836,80", "1836.80"),
        ("CHF1234.50 EUR-12.50", "1234.50 -12.50"),
        ("Invoice INV1234.00", ""),  # a code's letters, not a currency
        # the sign after the amount, or the amount in brackets: negative ('120,00-', '(£100.00)')
        ("Bruttosumme | 142,80- | Rundung 0.02-", "-142.80 -0.02"),
        ("Discount (£100.00) | (EUR 5.00) | (120,00)", "-100.00 -5.00 -120.00"),
        ("10,00-12,00 | (19,00 %) | (incl. VAT 3,19)", "10.00 12.00 19.00 3.19"),
    ],
)
def test_amounts(text: str, want: str) -> None:
    assert " ".join(str(a[0]) for a in amounts_in(text)) == want


@pytest.mark.parametrize(
    ("text", "month_first", "want"),
    [
        ("3 Nov 2026", False, "2026-11-03"),
        ("11/03/2026", True, "2026-11-03"),
        ("11/03/2026", False, "2026-03-11"),
        ("13/03/2026", True, "2026-03-13"),
        ("3 novembre 2026", False, "2026-11-03"),
        ("3 de noviembre de 2026", False, "2026-11-03"),
        ("3. März 2026", False, "2026-03-03"),
        ("November 3, 2026", False, "2026-11-03"),
        ("November 3 , 2026", False, "2026-11-03"),  # a space before the comma
        ("April 8,2015", False, "2015-04-08"),  # none after it
        ("03-11-2026", False, "2026-11-03"),
        ("2026-11-03", False, "2026-11-03"),
        ("14 / 11 / 2026", False, "2026-11-14"),  # a space on either side of each slash
        ("11 / 20 / 2026", True, "2026-11-20"),
        ("3 november 2026", False, "2026-11-03"),
        # a Roman month between dots or dashes; the languages' own written dates
        ("14.X.2026", False, "2026-10-14"),
        ("3-IV-2026", False, "2026-04-03"),
        ("14 октября 2026 г.", False, "2026-10-14"),
        ("2026年10月14日", False, "2026-10-14"),
        ("令和8年10月14日", False, "2026-10-14"),  # a Japanese era: Reiwa 1 is 2019
        ("平成30年3月31日", False, "2018-03-31"),
        ("令和元年5月1日", False, "2019-05-01"),
        ("Ngày 14 tháng 10 năm 2026", False, "2026-10-14"),
    ],
)
def test_dates(text: str, month_first: bool, want: str) -> None:
    assert dates_in(text, month_first)[0][0].isoformat() == want


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Datum: Mittwoch, 14. Oktober 2026", "Mittwoch, 14. Oktober 2026"),
        ("Date: Wednesday, October 14, 2026", "Wednesday, October 14, 2026"),
        ("Facture du mercredi 14 octobre 2026", "mercredi 14 octobre 2026"),
        ("Fecha: miércoles, 14 de octubre de 2026 18:42", "miércoles, 14 de octubre de 2026"),
        ("Sent: Wed, 14 Oct 2026", "Wed, 14 Oct 2026"),
        ("Data: mercoledì 14/10/2026", "mercoledì 14/10/2026"),
        ("14.10.2026", "14.10.2026"),
    ],
)
def test_a_weekday_before_a_date_is_part_of_it(text: str, printed: str) -> None:
    [(d, start, end)] = dates_in(text)
    assert (d.isoformat(), text[start:end]) == ("2026-10-14", printed)


def test_a_weekday_without_a_date_and_swiss_francs_are_no_dates() -> None:
    assert dates_in("Sonntag geschlossen, Samstag 9-13 Uhr") == []
    assert dates_in("Fr. 12.50") == [] and amounts_in("Fr. 12.50")[0][0] == Decimal("12.50")


def test_dashes_between_a_dates_figures_follow_the_pages_order_as_slashes_do() -> None:
    # a page that writes the month first ('10/31/2026', or dollars in the US) does with dashes
    # too; points are always the day first
    got = [dates_in(t, month_first=True)[0][0].isoformat() for t in ("11-05-2026", "11.05.2026")]
    assert got == ["2026-11-05", "2026-05-11"]
    assert dates_in("11-05-2026")[0][0].isoformat() == "2026-05-11"


def test_cents_printed_as_a_dash_are_money_to_the_cent() -> None:
    # as '8,00' is: a discount's '-8,–' counts among the amounts in cents, the rand's sign
    # stands before it
    got = [amounts_in(t)[0][0] for t in ("-8,–", "389,-", "R 18 500.–", "Fr. 1'234.–")]
    assert [str(v) for v in got] == ["-8.00", "389.00", "18500.00", "1234.00"]
    assert currencies_in("Total Inclusive | R 25 875.–") == ["ZAR"]
    assert [str(v) for v, _s, _e in amounts_in("6.105.000 | 118 000 FCFA")] == ["6105000", "118000"]


def _score(batch: str, use_xml: bool) -> dict[str, Any]:
    cases = corpus_cases(INVOICES / batch)
    assert cases, f"the {batch} batch at {INVOICES} is empty"
    return score(cases, use_xml=use_xml)


@pytest.mark.slow
def test_real_dev_set_with_embedded_xml() -> None:
    r = _score("dev", use_xml=True)
    assert r["files"] >= 27
    assert r["wrong_accepted"] == []
    assert r["correct"] == r["total"]  # every printed value, XML checked against the page


@pytest.mark.slow
def test_real_dev_set_layout_only() -> None:
    r = _score("dev", use_xml=False)
    assert r["wrong_accepted"] == []
    # 209 of 210: only the Factur-X sample's seller is its registered name, not its brand; a
    # rule that breaks another file (a body-text 'Abrechnung 2010' read as the title) shows here
    assert r["correct"] >= r["total"] - 1
    assert r["straight_through"] >= 24


@pytest.mark.slow
def test_second_batch_never_accepts_a_wrong_total() -> None:
    """dev2: 19 invoices from 17 sources, scored 44.6% before any rule was written with them
    in view; the rules for kinds of layout (issue 16) raised it to 94.6%, 12 straight through.
    One of those waits since the tax is checked against its rate: the Typst template's example,
    whose '19% Mehrwertsteuer' is 19 % of its gross."""
    r = _score("dev2", use_xml=True)
    assert r["files"] == 19
    assert r["wrong_accepted"] == []
    assert r["correct"] / r["total"] >= 0.94
    assert r["straight_through"] >= 11


@pytest.mark.slow
def test_the_invoice2data_batch_never_accepts_a_wrong_total() -> None:
    """i2d: the 7 real PDFs of the invoice2data sdist, 40/51 fields and 1 accepted (with a wrong
    seller) before any rule was written with them in view."""
    r = _score("i2d", use_xml=False)
    assert r["files"] == 7
    assert r["wrong_accepted"] == []
    assert r["correct"] >= r["total"] - 2  # QualityHosting's net, OYO's (not printed)
    assert r["straight_through"] >= 5


@pytest.mark.slow
def test_the_oca_batch_never_accepts_a_wrong_total() -> None:
    """oca: 14 real PDFs OCA/edi ships as test files, 86/106 fields and 5 accepted (2 with a
    wrong seller) before any rule was written with them in view."""
    r = _score("oca", use_xml=False)
    assert r["files"] == 14
    assert r["wrong_accepted"] == []
    assert r["correct"] >= r["total"] - 6  # the page whose fonts map no letters
    assert r["straight_through"] >= 9


@pytest.mark.slow
def test_the_ferd25_batch_never_accepts_a_wrong_total() -> None:
    """ferd25: 22 FeRD 2.5.2 samples as an e-invoice viewer prints them, 164/175 fields and 16
    accepted (2 with a wrong number or date) before any rule was written with them in view."""
    r = _score("ferd25", use_xml=False)
    assert r["files"] == 22
    assert r["wrong_accepted"] == []
    assert r["correct"] >= r["total"] - 2  # a payment reference's number, '210111 mit LV'
    assert r["straight_through"] >= 18


@pytest.mark.slow
def test_the_debsrc_batch_never_accepts_a_wrong_total() -> None:
    """debsrc: real invoices software projects keep as test files (Xero's, with no spaces in
    its text layer; wFirma's, its VAT table beside the amount paid: 14/16 fields and 1 straight
    through before any rule was written with them in view; Tryton's, its due date in a payment
    term table: 7/8 at first). Tryton's waits: nothing on its page backs its seller's name."""
    r = _score("debsrc", use_xml=False)
    assert r["files"] == 3
    assert r["wrong_accepted"] == []
    assert r["correct"] == r["total"]
    assert r["straight_through"] == 2


@pytest.mark.slow
def test_the_sdk_batch_never_accepts_a_wrong_total() -> None:
    """sdk: the sample invoices of two document-extraction SDKs (10/15 fields and none
    accepted before any rule was written with them in view): a web app's grids of labels over
    values with 'From | To' among them and dates spaced '22 / 11 / 2024'; a row of labels whose
    one amount is under 'Charges'. That one waits: its amount is printed once, its name backed
    by nothing."""
    r = _score("sdk", use_xml=False)
    assert r["files"] == 2
    assert r["wrong_accepted"] == []
    assert r["correct"] == r["total"]
    assert r["straight_through"] == 1


def test_an_embedded_e_invoice_says_which_of_two_printed_numbers_is_meant() -> None:
    # FeRD's safety-kit sample: the title's Nr. 9099999999, a payment reference naming
    # 'Rechnungsnummer:. 6069999999'; the page alone waits, the XML names the title's number
    pdf = INVOICES / "ferd25" / "ferd25_fallschutz_9099999999.pdf"
    alone = extract_invoice(pdf, use_xml=False)
    assert alone.status == "review"
    assert any(r.startswith("two invoice numbers are printed") for r in alone.reasons)
    ex = extract_invoice(pdf)
    assert ex.value("invoice_number") == "9099999999" and ex.status == "accepted", ex.reasons


def test_an_xml_total_the_page_adds_up_to_is_trusted() -> None:
    # the FeRD simple invoice prints its tax per rate only (19,25 and 37,62): the XML's tax
    # total 56,87 is not printed, but the page's own lines make it, and net + tax = gross
    ex = extract_invoice(INVOICES / "oca" / "oca_ferd1_einfach_471102.pdf", today=AS_OF)
    assert ex.value("tax_total") == "56.87" and ex.fields["tax_total"].source == "xml"
    assert ex.status == "accepted", ex.reasons


def test_a_page_whose_fonts_map_no_letters_says_so() -> None:
    # the FNFE sample whose fonts have no Unicode map: most glyphs come out as '(cid:N)'; on
    # its own it waits for a person who is told why, with its XML the XML's values are taken
    pdf = INVOICES / "oca" / "oca_fnfe_aubonmoulin_cid_fa_2017_0010.pdf"
    alone = extract_invoice(pdf, use_xml=False)
    assert alone.status == "review"
    assert alone.reasons[0].startswith("the page's text cannot be read: 56%"), alone.reasons
    with_xml = extract_invoice(pdf)
    assert with_xml.status == "review"
    assert "the values are the embedded factur-x.xml's" in with_xml.reasons[0]
    assert (with_xml.value("net_total"), with_xml.value("gross_total")) == ("624.90", "671.15")


def test_xml_of_another_document_is_not_trusted() -> None:
    ex = extract_invoice(DEV / "konik_acme_rechnung_42.pdf")
    assert ex.status == "review"
    assert any("describes another document" in r for r in ex.reasons)
    assert ex.value("invoice_number") == "42" and ex.fields["invoice_number"].source == "layout"
    assert any("1589.80" in r and "1689.80" in r for r in ex.reasons)  # the page's own sum is off


def test_xml_disagreeing_with_the_page_sends_to_review() -> None:
    ex = extract_invoice(DEV / "symtrax_erp_rechnung_fail.pdf")
    assert ex.value("currency") == "DEM" and ex.value("gross_total") == "37763.70"
    assert ex.status == "review"
    assert any("currency = EUR" in r for r in ex.reasons)


def test_sources_and_confidence() -> None:
    ex = extract_invoice(DEV / "ferd22_elektron.pdf")
    assert ex.fields["gross_total"].source == "xml" and ex.fields["gross_total"].confidence == 1.0
    ex = extract_invoice(DEV / "hetzner_r0005532486.pdf", today=AS_OF)
    assert ex.xml_file is None
    assert ex.fields["gross_total"].source == "layout"
    assert ex.status == "accepted"
    assert [li.line_total for li in ex.lines][:2] == ["41.18", "0.84"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from demo.sample_invoices import generate_invoices

    folder = tmp_path_factory.mktemp("gen")
    generate_invoices(folder, count=2, seed=21)
    return folder


def test_generated_set_every_field(generated: Path) -> None:
    for truth_file in sorted(generated.glob("*.truth.json")):
        data = json.loads(truth_file.read_text())
        ex = extract_invoice(generated / data["file"], use_xml=False)
        for f in FIELDS:
            assert same(f, ex.value(f), data["fields"][f]), (data["file"], f, ex.value(f))
        assert ex.status == "accepted", (data["file"], ex.reasons)


def test_totals_that_do_not_add_up_are_never_accepted(generated: Path) -> None:
    ex = extract_invoice(generated / "bad_totals.pdf")
    assert ex.status == "review"
    assert any("but the gross total is" in r for r in ex.reasons)


def _read(fields: dict[str, str]) -> Extraction:
    """An extraction of a seller, a number, euros and *fields*, each read with 0.9."""
    ex = Extraction("x")
    for k, v in {"seller": "A GmbH", "invoice_number": "1", "currency": "EUR", **fields}.items():
        ex.set(k, v, "layout", 0.9)
    return ex


def test_validation_checks_dates() -> None:
    from robot_lib.invoices import validate

    ex = _read(
        {
            "net_total": "10.00",
            "tax_total": "1.90",
            "gross_total": "11.90",
            "issue_date": "2026-05-10",
            "due_date": "2026-05-01",
        }
    )
    validate(ex, today=dt.date(2026, 6, 1))
    assert ex.status == "review" and any("before the issue date" in r for r in ex.reasons)
    ex.reasons = []
    ex.set("due_date", "2026-06-01", "layout", 0.9)
    validate(ex, today=dt.date(2024, 1, 1))
    assert any("more than a year in the future" in r for r in ex.reasons)


@pytest.mark.parametrize(
    ("net", "tax", "reason"),
    [("0.00", "50.00", "larger than the net"), ("50.00", "50.00", "equals the net")],
)
def test_a_tax_as_large_as_its_net_waits(net: str, tax: str, reason: str) -> None:
    # the sums hold (net + tax = gross), but no tax rate is 100 % or more
    from robot_lib.invoices import validate

    gross = f"{Decimal(net) + Decimal(tax):.2f}"
    ex = _read(
        {"issue_date": "2026-05-10", "net_total": net, "tax_total": tax, "gross_total": gross}
    )
    validate(ex, today=dt.date(2026, 6, 1))
    assert ex.status == "review" and any(reason in r for r in ex.reasons), ex.reasons


def test_a_vendor_template_fills_what_the_layout_rules_miss(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "odd.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(50, 800, "Quirky Widgets Co")
    c.drawString(50, 780, "Ref QW/77/2026   issued the twelfth, 2026-03-12")
    c.drawString(50, 760, "To settle: 119.00 (CHF) of which 19.00 is tax on 100.00")
    c.save()
    (tmp_path / "quirky.toml").write_text(
        '[vendor]\nname = "Quirky Widgets Co"\nmatch = ["Quirky Widgets"]\n'
        "[fields]\n"
        "invoice_number = { regex = 'Ref (\\S+)' }\n"
        "issue_date = { regex = 'issued the \\w+, (\\S+)' }\n"
        "gross_total = { regex = 'To settle: (\\S+)' }\n"
        "tax_total = { regex = 'of which (\\S+) is tax' }\n"
        "net_total = { regex = 'tax on (\\S+)' }\n"
        'currency = { value = "CHF" }\n'
    )
    plain = extract_invoice(pdf)
    assert plain.status == "review"
    ex = extract_invoice(pdf, templates=load_templates(tmp_path))
    assert ex.template == "quirky"
    assert (
        ex.value("invoice_number"),
        ex.value("issue_date"),
        ex.value("gross_total"),
        ex.value("currency"),
    ) == ("QW/77/2026", "2026-03-12", "119.00", "CHF")
    assert ex.fields["gross_total"].source == "template"
    assert ex.status == "accepted", ex.reasons


def test_bad_template_is_a_config_error(tmp_path: Path) -> None:
    from robot_lib.errors import ConfigError

    (tmp_path / "bad.toml").write_text(
        '[vendor]\nmatch=["x"]\n[fields]\ncolour = { value = "red" }\n'
    )
    with pytest.raises(ConfigError, match="bad.toml: unknown field"):
        load_templates(tmp_path)


def test_command_line_prints_json_lines(generated: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "robot_lib.invoices",
            str(generated / "northwind_0001.pdf"),
            str(generated / "bad_empty.pdf"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    first, second = (json.loads(line) for line in out)
    assert first["status"] == "accepted" and set(first["fields"]) >= set(FIELDS)
    assert second["status"] == "review" and "EmptyPdf" in second["reasons"][0]


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("invoice_number", "Faktura č. 2015-0009"),  # Czech
        ("invoice_number", "Numer faktury: FA/12/2023"),  # Polish
        ("invoice_number", "Fattura n. 42"),  # Italian
        ("invoice_number", "Nomor Invoice: INV-7"),  # Indonesian
        ("invoice_number", "Rechnung #2023-001"),  # '#' glued to the number
        ("invoice_number", "Serial No. AA.00065"),
        ("invoice_number", "#45"),  # on a line of its own under the title
        ("issue_date", "Datum vystavení: 10.02.2015"),
        ("issue_date", "Data wystawienia 2023-11-30"),
        ("issue_date", "Data de emissão 27/03/2015"),
        ("due_date", "Datum splatnosti: 24.02.2015"),
        ("due_date", "Termin płatności: 14.12.2023"),
        ("due_date", "Jatuh tempo 01/06/2024"),
        ("gross_total", "Celkem k úhradě 1 210,00 Kč"),
        ("gross_total", "Do zapłaty: 17 115,45 PLN"),
        ("gross_total", "Valor total da nota 99,00"),
        ("gross_total", "Total payable 350.20"),
        ("gross_total", "Montant dû 1 560,00 €"),  # what is owed, as 'Balance due'
        ("net_total", "Imponibile 100,00"),
        ("net_total", "Wartość netto 13 915,00"),
        ("tax_total", "Kwota VAT 3 200,45"),
        ("tax_total", "Total taxes 18.33"),
    ],
)
def test_label_words_of_more_languages(field: str, text: str) -> None:
    from robot_lib.invoices.labels import LABEL_RX, TOTAL_RX
    from robot_lib.invoices.parse import fold

    patterns = {**LABEL_RX, **TOTAL_RX}[field]
    assert any(p.search(fold(text)) for p, _w in patterns), (field, text)


def test_one_correction_teaches_each_unseen_layout(tmp_path: Path) -> None:
    """Labels in no vocabulary, Welsh, Icelandic, totals in a table, values in unlabelled
    boxes: the generic rules send them to review; a profile learned from the first invoice
    with its right values reads the vendor's next ones right, and they are accepted."""
    import json

    from demo.unseen_layouts import generate_unseen
    from robot_lib.invoices import extract_invoice
    from robot_lib.invoices.learn import learn_from_file
    from robot_lib.invoices.model import FIELDS as fields
    from robot_lib.invoices.templates import Template

    by_vendor: dict[str, list[Path]] = {}
    for vendor, pdf in generate_unseen(tmp_path, count=3, seed=9):
        by_vendor.setdefault(vendor, []).append(pdf)
    assert len(by_vendor) == 5
    for vendor, pdfs in by_vendor.items():
        truths = [json.loads(p.with_suffix(".truth.json").read_text())["fields"] for p in pdfs]
        assert extract_invoice(pdfs[0], use_xml=False).status == "review", vendor
        profile = learn_from_file(pdfs[0], {f: truths[0][f] for f in fields})
        learned = [Template.from_profile(f"learned:{vendor}", profile)]
        for pdf, truth in zip(pdfs[1:], truths[1:], strict=True):
            ex = extract_invoice(pdf, templates=learned, use_xml=False)
            got = {f: ex.value(f) for f in fields}
            assert got == {f: truth[f] for f in fields}, (vendor, pdf.name)
            assert ex.status == "accepted", (vendor, ex.reasons)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("UID: ATU12345678", "EUR"),
        ("USt-IdNr. DE 287 554 120 · Kunde: ATU12345678", "EUR"),  # two euro countries
        ("VAT GB 294 7731 08", "GBP"),
        ("NIP PL5842719903", "PLN"),
        ("DE 287 554 120 and PL5842719903", None),  # two currencies: the page does not say
        ("Order 12345678", None),
    ],
)
def test_the_currency_of_a_page_that_prints_none_comes_from_its_vat_numbers(
    text: str, want: str | None
) -> None:
    from robot_lib.invoices.countries import vat_currency

    assert vat_currency(text) == want


@pytest.mark.parametrize(
    ("text", "dates_ok", "want"),
    [
        ("RE 2026 1234", True, "RE2026 1234"),  # digit groups after it belong to it
        ("2026-7781 vom 04.11.2026", True, "2026-7781"),  # a date after it does not
        ("4711 100.00 EUR", True, "4711"),  # nor an amount
        ("2026.0042", True, "2026.0042"),  # no amount has four decimals
        ("1.190,00", True, None),  # an amount is no number
        ("2/11/2023", True, "2/11/2023"),  # after an explicit label, a slashed number
        ("2/11/2023", False, None),  # elsewhere a date
        ("R 18-31", True, "R18-31"),  # a capital split off by the renderer is its prefix
        ("FPR 118/26", True, "FPR 118/26"),  # a series before the number
        # the end of a label printed in capitals ('FOLIO NO:', 'ORDER ID:') is no prefix
        ("NO: 558213", True, "558213"),
        ("NR 2026-0042", True, "2026-0042"),
        ("ID: OD3264123", False, "OD3264123"),
    ],
)
def test_an_identifier_read_after_its_label(text: str, dates_ok: bool, want: str | None) -> None:
    from robot_lib.invoices.ids import read_id

    assert read_id(text, dates_ok=dates_ok) == want


def test_no_roman_month_in_a_quantity() -> None:
    assert dates_in("Qty 3 x 2026.00") == [] and dates_in("1.XIII.2026") == []
