"""Kinds of layout of small firms' invoices in Hebrew (written right to left), Armenian,
Azerbaijani and Mongolian (replayed once as probes through Chromium, not kept): lines in
Armenian and Hebrew letters had never been searched for labels, and each language's labels,
currency and company forms were unknown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import assert_small_firm
from tests.invoice_html import plain_page, print_pdf

_CASES = [
    (
        "hebrew",
        True,
        ['טכנולוגיות הגליל בע"מ', "רחוב הרצל 25, חיפה · ח.פ. 514567890"],
        "חשבונית מס מספר 59700",
        [("תאריך:", "30/05/2026"), ("לתשלום עד:", "29/06/2026")],
        [('סה"כ לפני מע"מ', "₪5,700.00"), ('מע"מ 18%', "₪1,026.00"), ('סה"כ לתשלום', "₪6,726.00")],
        ("59700", "2026-05-30", "2026-06-29", "ILS", "5700.00", "1026.00", "6726.00"),
    ),
    (
        "armenian",
        False,
        ["«Սևան Լոգիստիկ» ՍՊԸ", "Կոմիտասի պող. 40, Երևան 0012 · ՀՎՀՀ 00267890"],
        "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ",
        [("Հաշիվ №", "9891"), ("Ամսաթիվ:", "03.04.2026"), ("Վճարման ժամկետ", "18.04.2026")],
        [
            ("Գումարը առանց ԱԱՀ", "475 000,00 դրամ"),
            ("ԱԱՀ 20%", "95 000,00 դրամ"),
            ("Ընդամենը վճարման", "570 000,00 դրամ"),
        ],
        ("9891", "2026-04-03", "2026-04-18", "AMD", "475000.00", "95000.00", "570000.00"),
    ),
    (
        "azerbaijani",
        False,
        ["Xəzər Texnologiya MMC", "Nizami küç. 45, AZ1000 Bakı · VÖEN 1401234567"],
        "HESAB-FAKTURA",
        [
            ("Hesab-faktura №", "118/2026"),
            ("Tarix:", "12.06.2026"),
            ("Ödəniş tarixi", "22.06.2026"),
        ],
        [
            ("ƏDV-siz məbləğ", "1.270,00 manat"),
            ("ƏDV 18%", "228,60 manat"),
            ("Cəmi ödəniləcək", "1.498,60 manat"),
        ],
        ("118/2026", "2026-06-12", "2026-06-22", "AZN", "1270.00", "228.60", "1498.60"),
    ),
    (
        "mongolian",
        False,
        ["Талст Технологи ХХК", "Сүхбаатар дүүрэг, Улаанбаатар · Регистр 5123456"],
        "НЭХЭМЖЛЭХ",
        [("Нэхэмжлэх №", "4471"), ("Огноо:", "15.07.2026"), ("Төлөх хугацаа", "29.07.2026")],
        [
            ("НӨАТ-гүй дүн", "2.460.000,00 ₮"),
            ("НӨАТ 10%", "246.000,00 ₮"),
            ("Нийт төлөх дүн", "2.706.000,00 ₮"),
        ],
        ("4471", "2026-07-15", "2026-07-29", "MNT", "2460000.00", "246000.00", "2706000.00"),
    ),
]


@pytest.mark.parametrize(
    ("rtl", "seller", "title", "head", "sums", "want"),
    [c[1:] for c in _CASES],
    ids=[c[0] for c in _CASES],
)
def test_a_small_firms_invoice_in_one_more_script(
    chromium: Any,
    tmp_path: Path,
    rtl: bool,
    seller: list[str],
    title: str,
    head: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    want: tuple[str, ...],
) -> None:
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, plain_page(rtl, seller, title, head, sums))])
    assert_small_firm(pdf, seller[0], want, straight=False)
