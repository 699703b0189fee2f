"""Kinds of layout whose letterhead is centred over the page: a small firm's invoice typed into a
word processor's template, the name with no legal form centred at the top, its address and its
VAT number centred under it; and a shop's till receipt on 80 mm paper, every line centred, as an
Arabic point-of-sale template prints it (replayed once as a probe through Chromium, not kept:
8 of its 20 pages waited on a seller the page backed with its tax number). The name's own block
carries the tax number, as a letterhead set flush left or flush right does."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_html import print_pdf

_WORD = (
    "<!DOCTYPE html><html lang=de><head><meta charset=utf-8><style>"
    "body{{font-family:'DejaVu Sans',sans-serif;font-size:12px;margin:40px 60px}}"
    ".c{{text-align:center}}h1{{font-size:22px;margin:0}}td{{padding:3px 6px}}"
    ".r{{text-align:right}}</style></head><body>"
    "<div class=c><h1>{name}</h1>{block}</div>"
    "<p style='margin-top:50px'>Familie Brandt<br/>Ahornweg 7<br/>79100 Freiburg</p>"
    "<h2 style='font-size:16px;margin-top:40px'>Rechnung</h2>"
    "<p>Rechnungsnummer: {number}<br/>Rechnungsdatum: 04.11.2026</p>"
    "<table style='width:100%'><tr><th style='text-align:left'>Leistung</th><th>Menge</th>"
    "<th class=r>Einzelpreis</th><th class=r>Gesamt</th></tr>"
    "<tr><td>Einbauschrank Eiche nach Maß</td><td>1</td><td class=r>2.400,00 €</td>"
    "<td class=r>2.400,00 €</td></tr>"
    "<tr><td>Montage</td><td>6</td><td class=r>65,00 €</td><td class=r>390,00 €</td></tr>"
    "</table><table style='margin-left:auto;margin-top:20px'>"
    "<tr><td>Nettobetrag</td><td class=r>2.790,00 €</td></tr>"
    "<tr><td>zzgl. 19 % USt.</td><td class=r>530,10 €</td></tr>"
    "<tr><td><b>Rechnungsbetrag</b></td><td class=r><b>3.320,10 €</b></td></tr></table>"
    "<p>Zahlbar innerhalb von 14 Tagen ohne Abzug.</p></body></html>"
)


@pytest.mark.parametrize("name", ["Tischlerei Holzmann", "Malerbetrieb Jonas Keller"])
@pytest.mark.parametrize("number", [True, False])
def test_a_centred_letterhead_backed_by_its_vat_number(
    chromium: Any, tmp_path: Path, name: str, number: bool
) -> None:
    # the name has no legal form and nothing else on the page names it: its own block, centred
    # under it, carries the VAT number. Without the number, a person says (as before)
    lines = ["Schwarzwaldstraße 12 · 79117 Freiburg", "Telefon 0761 448 120"]
    lines += ["USt-IdNr.: DE 287 441 903"] if number else []
    html = _WORD.format(
        name=escape(name), block="<br/>".join(escape(x) for x in lines), number="2026-118"
    )
    pdf = tmp_path / "w.pdf"
    print_pdf(chromium, [(pdf, html)])
    got, status, reasons = read_page(pdf)
    assert (got["gross_total"], got["invoice_number"]) == ("3320.10", "2026-118"), reasons
    assert got["seller"] == name, reasons
    if number:
        assert status == "accepted", reasons
    else:
        assert status == "review", reasons
        assert any(r.startswith("seller") for r in reasons), reasons


_TILL = (
    "<!DOCTYPE html><html dir=rtl lang=ar><head><meta charset=utf-8><style>"
    "@page{{size:80mm 200mm;margin:4mm}}body{{font-family:'DejaVu Sans',sans-serif;"
    "font-size:11px;text-align:center;margin:0}}h1{{font-size:17px;margin:0}}"
    "table{{width:100%;border-collapse:collapse}}td,th{{padding:2px}}</style></head><body>"
    "<h1>{name}</h1><p>{town}<br/>0596474427<br/>الرقم الضريبي: 310458221700003</p>"
    "<p>رقم الفاتورة: INV-{number} التاريخ: 16/05/2026</p><table><tr><th>المنتج</th>"
    "<th>الكمية</th><th>السعر</th><th>المجموع</th></tr>"
    "<tr><td>زيت زيتون</td><td>4</td><td>25.00</td><td>100.00</td></tr>"
    "<tr><td>شاي أخضر</td><td>2</td><td>15.00</td><td>30.00</td></tr></table>"
    "<p>المجموع الفرعي: 130.00 ريال<br/>الضريبة (15%): 19.50 ريال<br/>"
    "المجموع الإجمالي: 149.50 ريال</p><p>شكرا لزيارتكم</p></body></html>"
)


@pytest.mark.parametrize("name", ["بقالة الأمانة", "مكتبة الفجر"])
def test_a_till_receipt_centred_on_narrow_paper(chromium: Any, tmp_path: Path, name: str) -> None:
    # the shop's name has no company form; its block, centred under it, gives its VAT number
    html = _TILL.format(name=escape(name), town="العزيزية - مكة المكرمة", number="70431")
    pdf = tmp_path / "t.pdf"
    print_pdf(chromium, [(pdf, html)])
    got, status, reasons = read_page(pdf)
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "130.00",
        "19.50",
        "149.50",
    ), reasons
    assert (got["seller"], got["currency"]) == (name, "SAR"), reasons
    assert status == "accepted", reasons
