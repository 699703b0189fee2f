"""Kinds of layout a small invoicing app prints in a compact header (seen on BambooInvoice's
PDF in three languages, printed once as a probe and not kept): the document's word and the
number over the date in a block of their own, the sender's address beside them sharing their
lines; the sender's name with the document's word after it in capitals; the due date in
brackets after the terms of payment as a count of days."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(
    title: str, number_line: str, date: str, name: str, terms: str, sums: list[str]
) -> list[Text]:
    """The number and the date at the left, the sender's name (in display type) and address
    at the right starting at the number's height, a customer's heading line, one item, the
    totals as lines of text and the terms of payment."""
    items: list[Text] = [(38, 72, number_line, 10), (38, 84, date, 10)]
    items += [(361, 48, name, 18)] + ([(361, 68, title, 18)] if title else [])
    address = ["Via Roma 14", "20121 Milano", "Italia", "http://www.studiobellini.it"]
    items += [(361, 84 + 12 * k, t, 10) for k, t in enumerate(address)]
    items += [(38, 160, "Bill to Caffè Aurora S.r.l.", 13), (38, 178, "Corso Como 9, Milano", 10)]
    items += [
        (38, 210, "Quantity", 10),
        (140, 210, "Work Description", 10),
        (400, 210, "Total", 10),
    ]
    items += [(38, 226, "1", 10), (140, 226, "Brand identity", 10), (400, 226, "€1200.00", 10)]
    items += [(38, 256 + 12 * k, t, 10) for k, t in enumerate(sums)]
    items += [(38, 310, terms, 10), (38, 324, "P.IVA IT 01234567890", 10)]
    return items


SUMS = ["Amount: €1,200.00", "IVA (22%): €264.00", "Total: €1,464.00"]


def test_the_number_after_the_title_word_over_its_date_beside_the_address(
    tmp_path: Path,
) -> None:
    # 'Invoice 30' over '7 September 2026', the sender's street beside the date on its line:
    # the number had been read at the bare title word only (uncertain), the date not at all
    items = _page("INVOICE", "Invoice 418", "7 September 2026", "Studio Bellini",
                  "Payment Terms: 30 Days (7 October 2026)", SUMS)  # fmt: skip
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", items))
    assert (got["invoice_number"], got["issue_date"]) == ("418", "2026-09-07"), reasons
    assert status == "accepted", reasons


@pytest.mark.parametrize(
    ("terms", "due"),
    [
        ("Payment Terms: 30 Days (7 October 2026)", "2026-10-07"),
        ("Zahlbar innerhalb von: 14 Tage (21. September 2026)", "2026-09-21"),
        ("Termes : 45 jours (22 octobre 2026)", "2026-10-22"),
        ("Terms: 10 days (due September 17, 2026)", "2026-09-17"),
        # (Spanish and Dutch were scored before the rule knew them: their own words)
        ("Término de pago: 30 días (7 de octubre de 2026)", "2026-10-07"),
        ("Betalingscondities: 30 dagen (7 oktober 2026)", "2026-10-07"),
        ("Payment Terms: Net 30 (due: October 7, 2026)", "2026-10-07"),
    ],
)
def test_the_due_date_in_brackets_after_the_terms_in_days(
    tmp_path: Path, terms: str, due: str
) -> None:
    items = _page("INVOICE", "Invoice 418", "7 September 2026", "Studio Bellini", terms, SUMS)
    got, _status, reasons = read_page(draw(tmp_path / "a.pdf", items))
    assert got["due_date"] == due, reasons


def test_a_date_in_brackets_after_the_terms_that_is_no_deadline(tmp_path: Path) -> None:
    # the days run from a date the brackets name: no due date is printed
    items = _page("INVOICE", "Invoice 418", "7 September 2026", "Studio Bellini",
                  "Payment Terms: 30 days (from 7 September 2026)", SUMS)  # fmt: skip
    got, _status, reasons = read_page(draw(tmp_path / "a.pdf", items))
    assert got["due_date"] is None, reasons


@pytest.mark.parametrize("title", ["FACTURE", "TAX INVOICE"])
def test_the_document_s_word_in_capitals_after_the_sender_s_name(
    tmp_path: Path, title: str
) -> None:
    # 'Studio Bellini FACTURE' on one line in display type: the word had been kept in the name
    name = f"Studio Bellini {title}"
    items = _page("", "Invoice 418", "7 September 2026", name,
                  "Payment Terms: 30 Days (7 October 2026)", SUMS)  # fmt: skip
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", items))
    assert got["seller"] == "Studio Bellini", reasons
    assert status == "accepted", reasons
