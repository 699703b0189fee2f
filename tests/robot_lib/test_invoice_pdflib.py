"""Invoices printed cell by cell with a PDF library, as shops, hosting panels, ERPs and print
spools make them, and the kinds written after the rules for those: a till's receipt, the
printout of an Italian e-invoice, a two-page spool carrying its running sum, desktop
accounting's boxed invoice and a utility bill (``tests/invoice_pdflib``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.model import FIELDS
from tests.invoice_corpus import same
from tests.invoice_pdflib import LOCALES, STYLES, Sheet, invoice, pdflib_cases


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict[str, Any]]]:
    return pdflib_cases(tmp_path_factory.mktemp("pdflib-invoices"), seeds=2)


@pytest.mark.parametrize("style", STYLES)
def test_every_locale_reads_right_and_goes_straight_through(
    printed: list[tuple[Path, dict[str, Any]]], style: str
) -> None:
    cases = [(p, t) for p, t in printed if p.name.startswith(f"{style}-")]
    assert len(cases) == 2 * len(LOCALES[style])
    for pdf, truth in cases:
        if pdf.name.startswith("boxed-en-US"):
            continue  # prints no currency at all: see the test below
        ex = extract_invoice(pdf, use_xml=False)
        wrong = {f: ex.value(f) for f in FIELDS if not same(f, ex.value(f), truth.get(f))}
        assert not wrong, (pdf.name, wrong)
        assert ex.status == "accepted", (pdf.name, ex.reasons)


def test_a_page_that_prints_no_currency_goes_to_review_naming_it(
    printed: list[tuple[Path, dict[str, Any]]],
) -> None:
    # a US accounting invoice with no '$' and no 'USD' anywhere: the extractor does not guess
    # one from the address; a person says it once, and the profile learned from that
    # correction reads the vendor's next invoice
    from robot_lib.invoices.learn import learn_from_file
    from robot_lib.invoices.templates import Template

    cases = [(p, t) for p, t in printed if p.name.startswith("boxed-en-US")]
    assert len(cases) == 2
    for pdf, truth in cases:
        ex = extract_invoice(pdf, use_xml=False)
        assert ex.value("currency") is None
        assert ex.value("gross_total") == truth["gross_total"]
        assert ex.status == "review" and "currency not found" in ex.reasons, ex.reasons
    # the person's correction of the first invoice reads the vendor's next one
    (first, truth0), (second, truth1) = cases
    profile = learn_from_file(first, {f: truth0[f] for f in FIELDS})
    learned = [Template.from_profile("learned:lakeshore", profile)]
    ex = extract_invoice(second, templates=learned, use_xml=False)
    assert {f: ex.value(f) for f in FIELDS} == {f: truth1[f] for f in FIELDS}
    assert ex.status == "accepted", ex.reasons


def test_a_total_that_does_not_add_up_goes_to_review(tmp_path: Path) -> None:
    for style, code in (
        ("spool", "en-US"),
        ("erp", "de-DE"),
        ("till", "es-ES"),
        ("fatturapa", "it-IT"),
        ("statement", "fr-FR"),
    ):
        sheet, truth = invoice(code, style, 3, off=Decimal(1))
        ex = extract_invoice(sheet.save(tmp_path / f"{style}.pdf"), use_xml=False)
        assert ex.status == "review", style
        assert ex.value("gross_total") is None or ex.value("gross_total") == truth["gross_total"]


def _page(tmp_path: Path, rows: list[tuple[float, float, str]], mono: bool = True) -> Path:
    sheet = Sheet(mono=mono)
    for x, y, text in rows:
        sheet.put(x, y, text, size=9)
    return sheet.save(tmp_path / "page.pdf")


TOTALS = [
    (100, 120, "Total items                    1,000.00"),
    (100, 125, "Sales tax 10.000 %               100.00"),
    (100, 130, "Final amount          USD      1,100.00"),
]


def test_a_number_word_names_the_invoice_only_in_the_titles_block(tmp_path: Path) -> None:
    # under the title, in its column: the document's number
    pdf = _page(
        tmp_path,
        [
            (15, 30, "Acme Parts Inc."),
            (110, 30, "Invoice"),
            (110, 35, "Number      4711-22"),
            *TOTALS,
        ],
    )
    assert extract_invoice(pdf, use_xml=False).value("invoice_number") == "4711-22"
    # the same words elsewhere name some other number: no invoice number is made up
    for rows in (
        [(15, 30, "Acme Parts Inc."), (110, 30, "Invoice"), (15, 60, "Number      4711-22")],
        [(15, 30, "Acme Parts Inc."), (110, 30, "Invoice"), (110, 80, "Number      4711-22")],
        # a tax number under the title ('St.-Nr.', the German 'Steuernummer') is no number word
        [(15, 30, "Acme Parts Inc."), (110, 30, "Invoice"), (110, 35, "St.-Nr. 218/5731/0449")],
    ):
        ex = extract_invoice(_page(tmp_path, rows + TOTALS), use_xml=False)
        assert ex.value("invoice_number") is None
        assert ex.status == "review"


def test_a_quantity_column_never_joins_the_total_beside_it(tmp_path: Path) -> None:
    # 'Preis netto | Menge | Summe netto': '3' and '981,27' are two cells, not 3 981,27
    sheet, truth = invoice("de-DE", "erp", 0)
    ex = extract_invoice(sheet.save(tmp_path / "erp.pdf"), use_xml=False)
    totals = sum((Decimal(li.line_total or 0) for li in ex.lines), Decimal(0))
    assert ex.lines and totals == Decimal(truth["net_total"])
    assert ex.status == "accepted", ex.reasons


def test_the_due_date_inside_the_terms_of_payment(tmp_path: Path) -> None:
    sheet, truth = invoice("it-IT", "spool", 0)
    ex = extract_invoice(sheet.save(tmp_path / "it.pdf"), use_xml=False)
    assert ex.value("due_date") == truth["due_date"]


def test_a_shops_customer_is_never_its_seller(tmp_path: Path) -> None:
    # the shop's logo is a picture: its name is printed only in the footer, while the customer
    # stands under 'Billing Address' and 'Delivery Address'
    sheet, truth = invoice("en-GB", "shop", 1)
    ex = extract_invoice(sheet.save(tmp_path / "shop.pdf"), use_xml=False)
    assert ex.value("seller") == truth["seller"]
    assert ex.value("due_date") is None


def test_a_tax_larger_than_the_net_is_never_accepted(tmp_path: Path) -> None:
    # net + tax = gross holds, but no VAT rate is over 100 %: net and tax were swapped
    rows = [
        (15, 20, "Acme Parts Inc."),
        (120, 20, "Invoice no. 4711"),
        (120, 25, "Invoice date 03/11/2026"),
        (100, 120, "Net total                 10.00"),
        (100, 125, "VAT                       90.00"),
        (100, 130, "Total USD                100.00"),
    ]
    ex = extract_invoice(_page(tmp_path, rows), use_xml=False)
    assert (ex.value("net_total"), ex.value("tax_total")) == ("10.00", "90.00")
    assert ex.status == "review"
    assert any("larger than the net" in r for r in ex.reasons), ex.reasons


def test_a_vat_number_in_a_page_footer_does_not_end_the_item_table(tmp_path: Path) -> None:
    # the first page's footer carries 'BTW NL 8190.47.220.B01'; the items go on on page two,
    # after the running sum carried forward ('Transport')
    sheet, truth = invoice("nl-NL", "carry", 1)
    ex = extract_invoice(sheet.save(tmp_path / "carry.pdf"), use_xml=False)
    assert {li.line_total for li in ex.lines}.isdisjoint({None})
    totals = sum((Decimal(li.line_total or 0) for li in ex.lines), Decimal(0))
    assert totals == Decimal(truth["net_total"])
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize("discount", [True, False])
def test_no_net_line_the_items_with_a_discount_and_the_tax_make_the_total(
    tmp_path: Path, discount: bool
) -> None:
    # items, perhaps a discount, the VAT and the total; the net the tax was taken on is not
    # printed: it is the items with the discount, when they make the total to the cent
    rows = [
        (15, 20, "Fenwick Lane Studio Ltd"),
        (120, 20, "Invoice no. 2026-118"),
        (120, 25, "Invoice date 03/11/2026"),
        (15, 60, "Description                Qty   Unit price       Amount"),
        (15, 66, "Brand workshop               1      £600.00      £600.00"),
        (15, 72, "Logo design                  2      £200.00      £400.00"),
        *([(100, 84, "Discount (10%)              -£100.00")] if discount else []),
        (100, 90, f"VAT 20%                      £{'180.00' if discount else '200.00'}"),
        (100, 96, f"Total                      £{'1,080.00' if discount else '1,200.00'}"),
    ]
    ex = extract_invoice(_page(tmp_path, rows), use_xml=False)
    assert ex.value("net_total") == ("900.00" if discount else "1000.00")
    assert ex.fields["net_total"].source == "derived"
    assert ex.status == "accepted", ex.reasons
    # one cent off anywhere: nothing is derived, and a person looks at it
    rows[-1] = (100, 96, f"Total                      £{'1,080.01' if discount else '1,200.01'}")
    ex = extract_invoice(_page(tmp_path, rows), use_xml=False)
    assert ex.value("net_total") is None and ex.status == "review"
