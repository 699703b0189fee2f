"""Invoices as billing software prints them: HTML pages printed by the shared Chromium
(``tests/invoice_html.py``: four styles, seven locales). Their text layer differs from a
drawing program's: letter-spaced capitals, table cells, no-break spaces inside amounts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.lines import build_lines
from robot_lib.invoices.model import FIELDS
from robot_lib.pdf import open_pdf
from tests.invoice_corpus import same
from tests.invoice_html import LOCALES, STYLES, html_cases, html_page, invoice, print_pdf


@pytest.fixture(scope="module")
def printed(chromium: Any, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, dict]]:
    return html_cases(chromium, tmp_path_factory.mktemp("html-invoices"), seeds=1)


@pytest.mark.parametrize("style", STYLES)
def test_every_locale_reads_right_and_goes_straight_through(
    printed: list[tuple[Path, dict[str, Any]]], style: str
) -> None:
    cases = [(p, t) for p, t in printed if f"-{style}-" in p.name]
    assert len(cases) == len(LOCALES)
    for pdf, truth in cases:
        ex = extract_invoice(pdf, use_xml=False)
        wrong = {f: ex.value(f) for f in FIELDS if not same(f, ex.value(f), truth.get(f))}
        assert not wrong, (pdf.name, wrong)
        assert ex.status == "accepted", (pdf.name, ex.reasons)


def test_letter_spaced_capitals_read_as_words(
    printed: list[tuple[Path, dict[str, Any]]],
) -> None:
    # the bordered style sets the seller's name and the title in spaced capitals
    pdf, truth = next((p, t) for p, t in printed if p.name.startswith("nl-NL-bordered"))
    with open_pdf(pdf) as doc:
        lines = build_lines(doc)
    words = {w.text for ln in lines for w in ln.words}
    assert set(truth["seller"].upper().split()) <= words
    assert any(ln.text == "FACTUUR" for ln in lines)


def test_a_total_that_does_not_add_up_goes_to_review(chromium: Any, tmp_path: Path) -> None:
    loc = next(lo for lo in LOCALES if lo.code == "fr-FR")
    text, truth = invoice(loc, "bordered", 0, off=Decimal("1.00"))
    pdf = tmp_path / "off.pdf"
    print_pdf(chromium, [(pdf, text)])
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("gross_total") == truth["gross_total"]
    assert ex.status == "review"
    assert any("but the gross total is" in r for r in ex.reasons), ex.reasons


def test_tax_labels_wrapped_in_their_cells(chromium: Any, tmp_path: Path) -> None:
    """Per-rate tax labels too long for their cell wrap onto a second line, and the row's
    amount, centred, sits between the two: each rate's tax is its row's amount (never the
    base under the label), and with no tax total printed the tax is their sum."""

    rows = [
        ("Zwischensumme", "1.500,00 €"),
        ("Umsatzsteuer 19 % auf 1.000,00 €", "190,00 €"),
        ("Umsatzsteuer 7 % auf 500,00 €", "35,00 €"),
        ("Gesamtbetrag", "1.725,00 €"),
    ]
    cells = "".join(
        f"<tr><td style='width:110px'>{k}</td><td class=n>{v}</td></tr>" for k, v in rows
    )
    body = (
        "<h1>Rechnung</h1><p>Rechnungsnr. RE-77<br>Rechnungsdatum 03.03.2026</p>"
        "<p><b>Lindner &amp; Voss GmbH</b><br>USt-IdNr. DE287114506</p>"
        f"<table style='width:260px'>{cells}</table>"
    )
    pdf = tmp_path / "wrapped.pdf"
    print_pdf(chromium, [(pdf, html_page(body))])
    with open_pdf(pdf) as doc:
        texts = [ln.text for ln in build_lines(doc)]
    assert "190,00 €" in texts  # the label did wrap: the row's amount is a line of its own
    ex = extract_invoice(pdf, use_xml=False)
    assert (ex.value("net_total"), ex.value("tax_total")) == ("1500.00", "225.00")
    assert ex.value("gross_total") == "1725.00"
    assert ex.status == "accepted", ex.reasons


@pytest.mark.parametrize(
    ("sums", "currency", "totals"),
    [
        # paid by card: the amount due is 0.00, the invoice's total is still the total
        (
            [("Subtotal", "$1,000.00"), ("Sales tax (8.875%)", "$88.75"), ("Total", "$1,088.75")]
            + [("Amount paid", "$1,088.75"), ("Amount due", "$0.00")],
            "USD",
            ["1000.00", "88.75", "1088.75"],
        ),
        # a discount between the items and the net: lines - discount = net
        (
            [("Subtotal", "$1,000.00"), ("Discount (10%)", "−$100.00")]
            + [("Total excluding tax", "$900.00"), ("Sales tax (8.875% on $900.00)", "$79.88")]
            + [("Total", "$979.88"), ("Amount due", "$979.88")],
            "USD",
            ["900.00", "79.88", "979.88"],
        ),
        # the total converted into the customer's currency: a second currency, named twice
        (
            [("Subtotal", "£1,000.00"), ("VAT 20%", "£200.00"), ("Total", "£1,200.00")]
            + [("Total in EUR (rate 1.1612)", "€1,393.44")],
            "GBP",
            ["1000.00", "200.00", "1200.00"],
        ),
    ],
)
def test_paid_discounted_and_converted_receipts(
    chromium: Any, tmp_path: Path, sums: list[tuple[str, str]], currency: str, totals: list[str]
) -> None:

    rows = "".join(f"<tr><td class=k>{k}</td><td class=n>{v}</td></tr>" for k, v in sums)
    sign = sums[0][1][0]
    body = (
        "<h1>Invoice</h1><p>Invoice number INV-0042<br>Date of issue March 3, 2026</p>"
        "<div class=cols><div><b>Bluebird Software, Inc.</b><br>New York, NY 10118</div>"
        "<div><span class=k>Bill to</span><br><b>Riverside Dental Group LLC</b></div></div>"
        "<table class=lines><tr><th>Description</th><th class=n>Qty</th>"
        "<th class=n>Unit price</th><th class=n>Amount</th></tr><tr><td>Pro plan (annual)</td>"
        f"<td class=n>1</td><td class=n>{sign}1,000.00</td><td class=n>{sign}1,000.00</td></tr>"
        f"</table><table class=sums2>{rows}</table>"
    )
    pdf = tmp_path / "receipt.pdf"
    print_pdf(chromium, [(pdf, html_page(body))])
    ex = extract_invoice(pdf, use_xml=False)
    assert [ex.value(k) for k in ("net_total", "tax_total", "gross_total")] == totals
    assert ex.value("currency") == currency
    assert [li.line_total for li in ex.lines] == ["1000.00"]
    assert ex.status == "accepted", ex.reasons
