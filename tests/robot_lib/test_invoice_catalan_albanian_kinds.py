"""Kinds of layout of small firms' invoices in Catalan, Macedonian, Albanian and Kazakh (replayed
once as probes through Chromium, not kept): each language's labels of the number, the dates and
the totals, its currency's sign and its company forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import assert_small_firm, read_page
from tests.invoice_languages import Text, draw, rows_at

_CASES = [
    (
        "catalan",
        (
            "Serveis Informàtics del Vallès, SL",
            "Carrer de Sant Pere, 14, 08201 Sabadell · NIF B65432187",
        ),
        "FACTURA",
        [("Núm. factura", "2026/052"), ("Data", "14/03/2026"), ("Venciment", "13/04/2026")],
        [
            ("Base imposable", "1.300,00 €"),
            ("IVA 21%", "273,00 €"),
            ("Total factura", "1.573,00 €"),
        ],
        ("2026/052", "2026-03-14", "2026-04-13", "EUR", "1300.00", "273.00", "1573.00"),
    ),
    (
        "macedonian",
        ("Охрид Трејд ДОО", "бул. Туристичка 5, 6000 Охрид · ЕДБ МК4020098765432"),
        "ФАКТУРА",
        [("Фактура бр.", "488/2026"), ("Датум:", "14.07.2026"), ("Рок на плаќање", "29.07.2026")],
        [
            ("Износ без ДДВ", "30.500,00 ден."),
            ("ДДВ 18%", "5.490,00 ден."),
            ("Вкупно за плаќање", "35.990,00 ден."),
        ],
        ("488/2026", "2026-07-14", "2026-07-29", "MKD", "30500.00", "5490.00", "35990.00"),
    ),
    (
        "albanian",
        ("Adriatik Logjistik Sh.p.k.", "Lagjja 13, Rruga Tregtare, 2001 Durrës · NIPT K91876543B"),
        "FATURË TATIMORE",
        [("Nr. i faturës", "17/2026"), ("Data:", "02.05.2026"), ("Afati i pagesës", "01.06.2026")],
        [
            ("Vlera pa TVSH", "73.000,00 Lekë"),
            ("TVSH 20%", "14.600,00 Lekë"),
            ("Totali për pagesë", "87.600,00 Lekë"),
        ],
        ("17/2026", "2026-05-02", "2026-06-01", "ALL", "73000.00", "14600.00", "87600.00"),
    ),
    (
        "kazakh",
        ("«Дала Софт» ЖШС", "Абай даңғылы, 52, 050000 Алматы · БСН 180540012345"),
        "ШОТ-ФАКТУРА",
        [("Шот-фактура №", "4471"), ("Күні:", "12.03.2026"), ("Төлеу мерзімі", "22.03.2026")],
        [
            ("ҚҚС-сыз сома", "430 000,00 ₸"),
            ("ҚҚС 12%", "51 600,00 ₸"),
            ("Барлығы төлеуге", "481 600,00 ₸"),
        ],
        ("4471", "2026-03-12", "2026-03-22", "KZT", "430000.00", "51600.00", "481600.00"),
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
    # before these labels the number, the dates, the totals and the currency of all but the
    # Catalan page were read as nothing or wrong ('Фактура бр.', 'Nr. i faturës', 'ҚҚС', 'ден.',
    # 'Lekë'), and the Catalan's due date ('Venciment') and number ('Núm. factura') were missed
    items: list[Text] = [(60, 50, seller[0], 15), (60, 64, seller[1], 7), (60, 110, title, 13)]
    items += rows_at((340, -540), 130, 12, head)
    items += [(60, 130, "Client:", 9), (60, 142, "Hotel Vlora", 9)]
    items += rows_at((300, -540), 250, 14, sums)
    assert_small_firm(draw(tmp_path / "f.pdf", items), seller[0], want)


def test_a_date_under_its_bare_macedonian_word_in_a_grid(tmp_path: Path) -> None:
    # 'Фактура бр. | Датум | Рок на плаќање' over '488/2026 | 14.07.2026 | 29.07.2026': the date
    # under 'Датум' had not been read (the bare word was a label only with its date after it)
    items: list[Text] = [
        (60, 50, "Охрид Трејд ДОО", 15),
        (60, 64, "бул. Туристичка 5, 6000 Охрид", 7),
    ]
    grid = [("Фактура бр.", "Датум", "Рок на плаќање"), ("488/2026", "14.07.2026", "29.07.2026")]
    items += rows_at((60, 200, 340), 130, 12, grid)
    sums = [("Износ без ДДВ", "30.500,00 ден."), ("ДДВ 18%", "5.490,00 ден.")]
    sums += [("Вкупно за плаќање", "35.990,00 ден.")]
    items += rows_at((300, -540), 250, 14, sums)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["invoice_number"], got["issue_date"], got["due_date"]) == (
        "488/2026",
        "2026-07-14",
        "2026-07-29",
    ), reasons
