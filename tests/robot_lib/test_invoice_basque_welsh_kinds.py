"""Kinds of layout of small firms' invoices in Basque, Galician, Welsh and Afrikaans (replayed once
as probes through Chromium, not kept): each language's labels of the number, the dates and the
totals, and its name of the VAT ('BEZ', 'IVE', 'TAW', 'BTW')."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import assert_small_firm
from tests.invoice_languages import Text, draw, rows_at

_CASES = [
    (
        "basque",
        ("Arotz Altzariak S.L.", "Kale Nagusia 12, 20012 Donostia · IFZ B20123456"),
        "FAKTURA",
        [("Faktura zk.", "2026/130"), ("Data", "14/03/2026"), ("Mugaeguna", "13/04/2026")],
        [("Zerga-oinarria", "1.300,00 €"), ("BEZ %21", "273,00 €"), ("Guztira", "1.573,00 €")],
        ("2026/130", "2026-03-14", "2026-04-13", "EUR", "1300.00", "273.00", "1573.00"),
    ),
    (
        "galician",
        ("Carpintaría Abeledo S.L.", "Rúa do Vilar 30, 15705 Santiago · NIF B15123456"),
        "FACTURA",
        [("Factura n.º", "2026/131"), ("Data", "14/03/2026"), ("Data de vencemento", "13/04/2026")],
        [
            ("Base impoñible", "1.300,00 €"),
            ("IVE 21 %", "273,00 €"),
            ("Total factura", "1.573,00 €"),
        ],
        ("2026/131", "2026-03-14", "2026-04-13", "EUR", "1300.00", "273.00", "1573.00"),
    ),
    (
        "welsh",
        ("Saer Coed Cymru Cyf", "Stryd Fawr 12, Caernarfon LL55 1RN · Rhif TAW GB 123 4567 89"),
        "ANFONEB",
        [
            ("Rhif anfoneb", "2026/132"),
            ("Dyddiad", "14/03/2026"),
            ("Dyddiad dyledus", "13/04/2026"),
        ],
        [("Is-gyfanswm", "£1,300.00"), ("TAW 20%", "£260.00"), ("Cyfanswm i'w dalu", "£1,560.00")],
        ("2026/132", "2026-03-14", "2026-04-13", "GBP", "1300.00", "260.00", "1560.00"),
    ),
    (
        "afrikaans",
        ("Houtwerk Pretorius (Edms) Bpk", "Kerkstraat 45, Stellenbosch 7600 · BTW-nr. 4123456789"),
        "BELASTINGFAKTUUR",
        [("Faktuurnommer", "2026/133"), ("Datum", "2026-03-14"), ("Vervaldatum", "2026-04-13")],
        [("Subtotaal", "R 1 300,00"), ("BTW 15%", "R 195,00"), ("Totaal verskuldig", "R 1 495,00")],
        ("2026/133", "2026-03-14", "2026-04-13", "ZAR", "1300.00", "195.00", "1495.00"),
    ),
]


@pytest.mark.parametrize(
    ("seller", "title", "head", "sums", "want"), [c[1:] for c in _CASES], ids=[c[0] for c in _CASES]
)
def test_a_small_firms_invoice_in_one_more_language(
    tmp_path: Path,
    seller: tuple[str, str],
    title: str,
    head: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    want: tuple[str, ...],
) -> None:
    # before these labels the Basque and Welsh pages' number, dates and totals were read as
    # nothing, the Afrikaans number ('Faktuurnommer') and the Galician due date ('Data de
    # vencemento') were missed
    items: list[Text] = [(60, 50, seller[0], 15), (60, 64, seller[1], 7), (60, 110, title, 13)]
    items += rows_at((60, 200), 130, 12, head)
    items += [(360, 130, "Bezeroa:", 9), (360, 142, "Gure Etxea Elkartea", 9)]
    items += rows_at((300, -540), 250, 14, sums)
    assert_small_firm(draw(tmp_path / "f.pdf", items), seller[0], want)
