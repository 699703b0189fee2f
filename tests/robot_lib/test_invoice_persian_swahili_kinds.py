"""Kinds of layout of small firms' invoices in Persian (right to left, its own digits), Swahili,
Uzbek and Irish (replayed once as probes through Chromium, not kept): each language's labels of
the number, the dates and the totals, its name of the VAT and its currency."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import assert_small_firm
from tests.invoice_html import plain_page, print_pdf

_CASES = [
    (
        "persian",
        True,
        ["شرکت بازرگانی پارس", "خیابان ولیعصر، پلاک ۱۲، تهران"],
        "صورتحساب فروش",
        [
            ("شماره صورتحساب", "۲۰۲۶/۴۷۵"),
            ("تاریخ", "۲۰۲۶-۰۴-۱۲"),
            ("مهلت پرداخت", "۲۰۲۶-۰۵-۱۲"),
        ],
        [
            ("جمع قبل از مالیات", "۱۴,۳۷۳,۰۰۰.۰۰ ریال"),
            ("مالیات بر ارزش افزوده", "۱,۴۳۷,۳۰۰.۰۰ ریال"),
            ("مبلغ قابل پرداخت", "۱۵,۸۱۰,۳۰۰.۰۰ ریال"),
        ],
        ("2026/475", "2026-04-12", "2026-05-12", "IRR", "14373000.00", "1437300.00", "15810300.00"),
    ),
    (
        "swahili",
        False,
        ["Duka la Vifaa Mombasa Ltd", "Barabara ya Moi 14, Mombasa · PIN P051234567X"],
        "ANKARA YA KODI",
        [
            ("Namba ya ankara", "2026/130"),
            ("Tarehe", "14/03/2026"),
            ("Tarehe ya mwisho ya malipo", "13/04/2026"),
        ],
        [
            ("Jumla ndogo", "KSh 13,492.00"),
            ("VAT 16%", "KSh 2,158.72"),
            ("Jumla kuu", "KSh 15,650.72"),
        ],
        ("2026/130", "2026-03-14", "2026-04-13", "KES", "13492.00", "2158.72", "15650.72"),
    ),
    (
        "uzbek",
        False,
        ['"Toshkent Savdo" MChJ', "Amir Temur ko'chasi 12, Toshkent · STIR 301234567"],
        "HISOB-FAKTURA",
        [("Hisob-faktura №", "2026/650"), ("Sana", "14.03.2026"), ("To'lov muddati", "29.03.2026")],
        [
            ("QQSsiz summa", "25 204 000,00 so'm"),
            ("QQS 12%", "3 024 480,00 so'm"),
            ("Jami to'lov", "28 228 480,00 so'm"),
        ],
        ("2026/650", "2026-03-14", "2026-03-29", "UZS", "25204000.00", "3024480.00", "28228480.00"),
    ),
    (
        "irish",
        False,
        ["Siopa Crua-earraí Uí Bhriain Teo", "Sráid Mhór 12, Gaillimh · Uimhir CBL IE 1234567T"],
        "SONRASC",
        [("Uimhir sonraisc", "2026/807"), ("Dáta", "14/03/2026"), ("Dáta dlite", "13/04/2026")],
        [("Fo-iomlán", "€1,300.00"), ("CBL 23%", "€299.00"), ("Iomlán le híoc", "€1,599.00")],
        ("2026/807", "2026-03-14", "2026-04-13", "EUR", "1300.00", "299.00", "1599.00"),
    ),
]


@pytest.mark.parametrize(
    ("rtl", "seller", "title", "head", "sums", "want"),
    [c[1:] for c in _CASES],
    ids=[c[0] for c in _CASES],
)
def test_a_small_firms_invoice_in_one_more_language(
    chromium: Any,
    tmp_path: Path,
    rtl: bool,
    seller: list[str],
    title: str,
    head: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    want: tuple[str, ...],
) -> None:
    # before these labels every field but the seller was read as nothing (Persian, its digits
    # '۰'…'۹' not read as figures), or the number, the due date and the totals (Swahili, Irish),
    # or the dates, the totals and the currency (Uzbek)
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, plain_page(rtl, seller, title, head, sums))])
    assert_small_firm(pdf, seller[0], want)
