"""Kinds of layout of invoices written right to left, in Arabic: a Saudi 'فاتورة ضريبية' with its
labels in Arabic alone (as ZATCA's e-invoicing asks for them: 'رقم الفاتورة', 'تاريخ الإصدار',
'الإجمالي غير شامل ضريبة القيمة المضافة', 'مجموع ضريبة القيمة المضافة', 'الإجمالي شامل ضريبة
القيمة المضافة'), and a Gulf invoice with an English label beside each Arabic one, laid out right
to left as Odoo lays out its GCC invoice for a customer who reads Arabic (replayed once as a
probe through Chromium, and not kept): the page mirrored, each label right of its value, the
description column rightmost. Laid out here in HTML with other names and values, printed by
Chromium with ``dir=rtl``: the text layer gives each Arabic word's letters reversed, in their
presentation forms, and every value left of its label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices.rtl import mirrored_line, right_to_left, written
from robot_lib.pdf import Word
from tests.invoice_corpus import AS_OF, read_page
from tests.invoice_html import print_pdf
from tests.invoice_pages.arabic import (
    SELLER,
    VAT_TOTALS,
    arabic_page,
    bilingual_page,
    odoo_rtl_page,
)


def _read(chromium: Any, path: Path, html: str) -> tuple[dict[str, str | None], str, list[str]]:
    print_pdf(chromium, [(path, html)])
    return read_page(path)


def _word(text: str, x0: float, x1: float) -> Word:
    return Word(text, x0, x1, 100.0, 110.0, 0, 10.0)


def test_a_line_drawn_right_to_left_read_in_its_own_order() -> None:
    # as a text layer gives 'تاريخ الفاتورة: 05/09/2026' beside 'المصدر: S87476' on a page
    # 595 points wide: the Arabic words' letters reversed, in presentation forms, left to
    # right as drawn; the date and the code keep their own order, each a run of its own
    drawn = [
        _word("S87476", 100, 130),
        _word(":رﺪﺼﻤﻟا", 134, 170),
        _word("05/09/2026", 300, 350),
        _word(":ةرﻮﺗﺎﻔﻟا", 354, 400),
        _word("ﺦﻳرﺎﺗ", 403, 430),
    ]
    read = mirrored_line([written(w) for w in drawn], 595)
    assert " ".join(w.text for w in read) == "تاريخ الفاتورة: 05/09/2026 المصدر: S87476"
    assert [round(w.x0) for w in read] == [165, 195, 245, 425, 465]  # (595 - x1, in order)
    # a run of Latin words a space apart keeps its order, a column's gap parts two runs, and
    # a full stop drawn at the run's left is its end ('.Al Noor Trading Co')
    drawn = [_word(".Al", 20, 34), _word("Noor", 37, 60), _word("Co", 63, 75)]
    assert [w.text for w in mirrored_line(drawn, 595)] == ["Al", "Noor", "Co."]
    drawn = [_word("Taxes", 177, 209), _word("Unit", 215, 241), _word("Price", 244, 274)]
    assert [w.text for w in mirrored_line(drawn, 595)] == ["Unit", "Price", "Taxes"]
    assert written(_word("ﻒﺻﻮﻟا", 0, 20)).text == "الوصف"  # (as written, in plain letters)
    # a page is read both ways when a fifth of its letters or more are written right to left
    assert right_to_left("فاتورة ضريبية Tax Invoice")
    assert not right_to_left("Tax Invoice INV/2026/00012 Total 1,150.00 ر.س")


def test_a_saudi_tax_invoice_in_arabic_alone(chromium: Any, tmp_path: Path) -> None:
    # the number, the dates and the totals under Arabic labels, each value left of its label:
    # nothing had been read but a seller, and nothing accepted
    got, status, reasons = _read(chromium, tmp_path / "a.pdf", arabic_page(VAT_TOTALS))
    assert (got["invoice_number"], got["issue_date"], got["due_date"]) == (
        "SA-2026-0417",
        "2026-10-14",
        "2026-11-13",
    ), reasons
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "1000.00",
        "150.00",
        "1150.00",
    ), reasons
    assert (got["seller"], got["currency"], status) == (SELLER[0], "SAR", "accepted"), reasons
    # the amount due ('المبلغ المستحق') and the net as a subtotal ('المجموع الفرعي')
    other = [
        ("المجموع الفرعي", "1,000.00"),
        ("ضريبة القيمة المضافة (15%)", "150.00"),
        ("المبلغ المستحق", "1,150.00"),
    ]
    got, status, reasons = _read(chromium, tmp_path / "b.pdf", arabic_page(other))
    assert (got["net_total"], got["tax_total"], got["gross_total"], status) == (
        "1000.00",
        "150.00",
        "1150.00",
        "accepted",
    ), reasons


def test_a_gulf_invoice_laid_out_right_to_left(chromium: Any, tmp_path: Path) -> None:
    # the English title after its Arabic one in the mirror image ('فاتورة ضريبية Tax Invoice
    # INV/…'): the title's number (it had been a number at an unsure label, and the page had
    # waited); the totals left of their labels, the Arabic labels with the English ones
    page = odoo_rtl_page("ر.س", ("1,000.00", "150.00", "1,150.00"))
    got, status, reasons = _read(chromium, tmp_path / "g.pdf", page)
    assert got["invoice_number"] == "INV/2026/00012", reasons
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "1000.00",
        "150.00",
        "1150.00",
    ), reasons
    assert (got["seller"], got["issue_date"], status) == (SELLER[0], "2026-03-19", "accepted")


def test_a_kuwaiti_invoice_in_arabic_with_no_tax(chromium: Any, tmp_path: Path) -> None:
    # no VAT, the net and the total alone; the total's dinar sign drawn in pieces, its
    # letters on the label's line and its dot on the amount's, lower ('الإجمالي د ك' over
    # '9,534.880 .'): the amount beside the label, the sign's pieces no text between them
    # (the total had not been read, and the page had waited)
    seller = ["Al Kout Medical Supplies Co. K.S.C.C.", "Block 3, Sharq", "Kuwait City", "Kuwait"]
    page = odoo_rtl_page("د.ك", ("9,534.880", "", "9,534.880"), seller=seller, english=False)
    got, status, reasons = _read(chromium, tmp_path / "k.pdf", page)
    assert (got["invoice_number"], got["seller"], got["currency"]) == (
        "INV/2026/00012",
        seller[0],
        "KWD",
    ), reasons
    assert (got["net_total"], got["gross_total"], status) == ("9534.880", "9534.880", "accepted")


def test_a_bilingual_saudi_invoice_read_as_drawn(chromium: Any, tmp_path: Path) -> None:
    # the Arabic twin of each line read in its written order: 'المورد:' beside 'Supplier:' is
    # the heading's twin, no name (it had been taken for the seller), and the label under it
    # ends with a colon; its date drawn day first ('11-03-2026') beside the same date year
    # first proves the day comes first (the Gulf's dates had waited); the tax's and the total's
    # amounts wrapped in their cells, the riyal's sign over the figures (not read, and the page
    # had waited); the page is read as drawn, left to right, its totals adding up so
    page = bilingual_page([("Consulting", "4", "1,000.00")], "1,000.00", "150.00", "1,150.00")
    got, status, reasons = _read(chromium, tmp_path / "e.pdf", page)
    assert got["seller"] == SELLER[0], reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-03-11", "2026-04-10"), reasons
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "1000.00",
        "150.00",
        "1150.00",
    ), reasons
    assert (got["invoice_number"], status) == ("SINV-2026-00417", "accepted"), reasons


def test_a_table_s_foot_printed_again_on_each_page(chromium: Any, tmp_path: Path) -> None:
    # the items run onto a second page; the browser prints the table's foot, its totals, at
    # the foot of the first page too, and its heads again on the second: the rows go on under
    # those (the first page's rows had been all the items, and the page had waited on their sum)
    items = [(f"Item {k}", "1", "100.00") for k in range(1, 5)]
    page = bilingual_page(items, "400.00", "60.00", "460.00", gap=300)
    got, status, reasons = _read(chromium, tmp_path / "f.pdf", page)
    assert (got["net_total"], got["gross_total"], status) == ("400.00", "460.00", "accepted"), (
        reasons
    )


def test_a_page_read_as_drawn_is_not_read_again_mirrored(
    chromium: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its totals add up as drawn, but its items add up to less than its net: the page waits
    # for a person, read as drawn; its mirror image is not read (it would read the seller's
    # Arabic name, and may read no item: 1 of the 40 held-out pages of the probe had been
    # accepted so, with the Arabic name)
    import robot_lib.invoices as invoices

    readings: list[bool] = []
    read = invoices._read

    def spy(*args: Any, mirror: bool = False) -> Any:
        readings.append(mirror)
        return read(*args, mirror=mirror)

    monkeypatch.setattr(invoices, "_read", spy)
    page = bilingual_page([("Desk", "1", "900.00")], "1,000.00", "150.00", "1,150.00")
    got, status, reasons = _read(chromium, tmp_path / "m.pdf", page)
    assert status == "review" and any("line totals add up to" in r for r in reasons), reasons
    assert (got["seller"], readings) == (SELLER[0], [False]), reasons
    # ... while a page written right to left, its totals not adding up as drawn, is
    readings.clear()
    got, status, reasons = _read(chromium, tmp_path / "r.pdf", arabic_page(VAT_TOTALS))
    assert (readings, status) == ([False, True], "accepted"), reasons


def test_a_seller_named_in_arabic_alone(chromium: Any, tmp_path: Path) -> None:
    # the letterhead's company in Arabic: its form before its name ('شركة', a company) or
    # after it ('المحدودة', limited), or no form and its VAT number under it ('الرقم الضريبي'):
    # the seller (the customer's company in English, with its 'PJSC', had been accepted as the
    # seller); where its name is printed is found for the validation station, as written
    from robot_lib.invoices import extract_invoice

    address = ["طريق الملك فهد", "الرياض 12214", "المملكة العربية السعودية"]
    for name, tax_id in (
        ("شركة النور للتجارة", False),
        ("النور للتجارة المحدودة", False),
        ("مصنع القصيم للتمور", True),
    ):
        path = tmp_path / "s.pdf"
        print_pdf(
            chromium, [(path, arabic_page(VAT_TOTALS, seller=[name, *address], tax_id=tax_id))]
        )
        ex = extract_invoice(path, use_xml=False, today=AS_OF)
        assert (ex.value("seller"), ex.status) == (name, "accepted"), ex.reasons
        assert ex.boxes["seller"][0] == 0 and ex.boxes["seller"][1] > 400  # (at the top right)


def test_the_riyal_written_out(chromium: Any, tmp_path: Path) -> None:
    # amounts with the word 'ريال' (riyal), as a shop's point-of-sale invoice prints them: the
    # Saudi riyal beside a Saudi VAT number (fifteen figures, a 3 first and last), the Qatari
    # one on a page that names Doha; no currency had been read, and every page had waited
    cases = (
        (SELLER, True, "SAR"),
        (["Doha Bright Events", "Al Sadd Street", "الدوحة", "Qatar"], False, "QAR"),
    )
    for seller, tax_id, code in cases:
        page = arabic_page(VAT_TOTALS, seller=seller, tax_id=tax_id, sign="ريال")
        got, _status, reasons = _read(chromium, tmp_path / "r.pdf", page)
        assert got["currency"] == code, reasons
    # ... and the word alone, on a page that names no country of riyals, says none
    page = arabic_page(VAT_TOTALS, seller=["Doha Bright Events"], tax_id=False, sign="ريال")
    got, status, reasons = _read(chromium, tmp_path / "n.pdf", page)
    assert (got["currency"], status) == (None, "review"), reasons
