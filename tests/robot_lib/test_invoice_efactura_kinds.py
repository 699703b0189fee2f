"""Kinds of layout a Romanian e-Factura invoice prints when a firm prints its UBL with
eFactura-xml2pdf (PHP and TCPDF, the library many use instead of ANAF's own hard-to-read PDF;
replayed once as a probe at its own millimetres and not kept), drawn here with other names and
values: the number and the date after the title ('FACTURA BV 32970 / 2026-07-24'), the two
parties' boxes side by side, each with its own 'Nume' label, the item rows' numbers as PHP
prints a float ('2220', '1337.2'), and the totals at the foot in boxes, each label over its
value ('TOTAL' / 'fără TVA' / net, 'TVA 21%' over its tax, 'Bază calcul' over its base, 'TOTAL'
over the gross)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_MM = 72 / 25.4


def _mm(x: float, y: float, text: str, size: float) -> Text:
    return (x * _MM, y * _MM, text, size)  # (x < 0: right-aligned there)


_SELLER = "Maria Stanciu Traduceri Autorizate II"


def _page(title: str, items: list[tuple[str, str, str, str]], boxes: list[Text]) -> list[Text]:
    """The library's page: the title line, the seller's and the buyer's boxes side by side,
    the item table and the totals' boxes at the foot."""
    page = [
        _mm(10, 14, title, 12),
        _mm(-200, 14, "Tip document: 380 (Factură)", 8),
        _mm(-200, 18, "Instrument plată: 42 (Ordin de plată)", 8),
        _mm(50, 26, "VÂNZĂTOR", 10),
        _mm(145, 26, "CUMPĂRĂTOR", 10),
    ]
    rows = [
        ("Nume", _SELLER, "Scoala Gimnaziala nr. 5"),
        ("CIF", "42998877", "12345670"),
        ("Adresă", "Str. Doamnei nr. 5", "Str. Mihai Viteazu nr. 20"),
        ("Localitate", "Sector 3", "Constanta"),
    ]
    for k, (label, mine, theirs) in enumerate(rows):
        y = 33 + 3.6 * k
        page += [_mm(12.5, y, label, 8), _mm(35, y, mine, 8)]
        page += [_mm(110, y, label, 8), _mm(132.5, y, theirs, 8)]
    page.append(_mm(12.5, 47.4, "Cont", 8))
    page.append(_mm(35, 47.4, "RO89BTRL5759235357992400", 8))
    heads = [(10, "Linia"), (20, "Nume articol"), (95, "Preț net"), (115, "Moneda")]
    heads += [(130, "Cantitate"), (145, "U.M."), (165, "Cota TVA"), (180, "Valoare netă")]
    page += [_mm(x, 58, head, 8) for x, head in heads]
    for k, (name, price, qty, total) in enumerate(items):
        y = 66 + 5 * k
        page += [_mm(10, y, str(k + 1), 8), _mm(20, y, name, 8), _mm(95, y, price, 8)]
        page += [_mm(115, y, "RON", 8), _mm(130, y, qty, 8), _mm(145, y, "H87 (buc.)", 8)]
        page += [_mm(165, y, "21%", 8), _mm(180, y, total, 8)]
    return page + boxes


# the boxes at the foot: 'TOTAL' / 'fără TVA' / the net at the left, a box per rate and their
# total in the middle (each 'TVA …' over its tax, 'Bază calcul' over its base), 'TOTAL' over
# the gross at the right
_BOXES = [
    _mm(74, 264, "TVA 11%", 8),
    _mm(99, 264, "TVA 21%", 8),
    _mm(122, 264, "TVA TOTAL", 8),
    _mm(24, 266, "TOTAL", 10),
    _mm(74, 268.5, "340.89", 12),
    _mm(99, 268.5, "280.81", 12),
    _mm(125, 268.5, "621.7", 12),
    _mm(174, 268.5, "TOTAL", 10),
    _mm(24.5, 270, "fără TVA", 8),
    _mm(73, 272.5, "Bază calcul", 8),
    _mm(98, 272.5, "Bază calcul", 8),
    _mm(123, 272.5, "Bază calcul", 8),
    _mm(172.5, 273.5, "5057.92", 12),
    _mm(23, 275, "4436.22", 12),
    _mm(73, 277, "3099.02", 12),
    _mm(99, 277, "1337.2", 12),
    _mm(123, 277, "4436.22", 12),
]


def _one_rate(net: str, tax: str, gross: str) -> list[Text]:
    """The boxes at the foot for one rate: 'TOTAL' / 'fără TVA' over the net, 'TVA 21%' over
    the tax and 'Bază calcul' over the base, 'TOTAL' over the gross."""
    return [
        _mm(99, 264, "TVA 21%", 8),
        _mm(24, 266, "TOTAL", 10),
        _mm(101, 268.5, tax, 12),
        _mm(174, 268.5, "TOTAL", 10),
        _mm(24.5, 270, "fără TVA", 8),
        _mm(98, 272.5, "Bază calcul", 8),
        _mm(175, 273.5, gross, 12),
        _mm(25, 275, net, 12),
        _mm(100, 277, net, 12),
    ]


_ITEMS = [
    ("Transport marfa Cluj - Bucuresti", "1543", "2", "3086"),
    ("Servicii de consultanta IT", "133.72", "10", "1337.2"),
    ("Tiparire brosuri A5", "4.34", "3", "13.02"),
]


def test_the_number_and_the_date_after_the_title(tmp_path: Path) -> None:
    # 'FACTURA FCT-2026-876 / 2026-08-15': the date after a slash had not been read on any
    # page, and a series apart from its number ('BV 32970') not even the number
    for title, number in (
        ("FACTURA FCT-2026-876 / 2026-08-15", "FCT-2026-876"),
        ("FACTURA BV 32970 / 2026-08-15", "BV32970"),
    ):
        got, _status, reasons = read_page(draw(tmp_path / "n.pdf", _page(title, _ITEMS, _BOXES)))
        assert (got["invoice_number"] or "").replace(" ", "") == number, reasons
        assert got["issue_date"] == "2026-08-15", reasons
        assert not any("issue_date" in r for r in reasons), reasons
    # (after a slash only a date right there: 'FACTURA 17 / Comanda 2026-08-01' gives none)
    page = _page("FACTURA 17 / Comanda 2026-08-01", _ITEMS, _BOXES)
    got, _status, reasons = read_page(draw(tmp_path / "o.pdf", page))
    assert got["issue_date"] != "2026-08-01", reasons


def test_the_sellers_name_ends_where_the_buyers_box_begins(tmp_path: Path) -> None:
    # both boxes print 'Nume' before the name: the seller's had been read with the buyer's
    # label after it ('Maria Stanciu Traduceri Autorizate II Nume')
    page = _page("FACTURA FCT-2026-876 / 2026-08-15", _ITEMS, _BOXES)
    got, _status, reasons = read_page(draw(tmp_path / "s.pdf", page))
    assert got["seller"] == _SELLER, reasons


def test_totals_in_boxes_each_label_over_its_value(tmp_path: Path) -> None:
    # the net under 'TOTAL' / 'fără TVA', each rate's tax under its 'TVA …' and their total
    # under 'TVA TOTAL' (as PHP prints it: '621.7'), the gross under the right box's 'TOTAL':
    # an amount on a label's line in the next box ('Bază calcul   5057.92') is that box's
    page = _page("FACTURA FCT-2026-876 / 2026-08-15", _ITEMS, _BOXES)
    got, status, reasons = read_page(draw(tmp_path / "t.pdf", page))
    assert totals_read(got) == ("4436.22", "621.70", "5057.92"), reasons
    assert status == "accepted", reasons
    # (one rate, every amount a whole number)
    boxes = _one_rate("2500", "525", "3025")
    items = [("Consultanta", "1250", "2", "2500")]
    got, status, reasons = read_page(
        draw(tmp_path / "u.pdf", _page("FACTURA 41 / 2026-08-15", items, boxes))
    )
    assert totals_read(got) == ("2500.00", "525.00", "3025.00"), reasons
    assert status == "accepted", reasons


def test_item_rows_printed_as_floats_add_up(tmp_path: Path) -> None:
    # a row's price and total printed bare ('1543 | RON | 2 | … | 3086') had been no item,
    # and the rows read added up to less than the net: every such page had waited
    page = _page("FACTURA FCT-2026-876 / 2026-08-15", _ITEMS, _BOXES)
    got, status, reasons = read_page(draw(tmp_path / "i.pdf", page))
    assert not any("line totals" in r for r in reasons), reasons
    assert status == "accepted", reasons
    # (a row whose numbers do not make its total is still no item: the sum shows it short)
    items = [*_ITEMS[:2], ("Tiparire brosuri A5", "4", "3", "13")]
    got, status, reasons = read_page(
        draw(tmp_path / "j.pdf", _page("FACTURA 9 / 2026-08-15", items, _BOXES))
    )
    assert status == "review" and any("line totals" in r for r in reasons), reasons


def test_a_document_type_code_of_a_credit_note_waits(tmp_path: Path) -> None:
    # 'Tip document: 381 (Notă de creditare)' with its amounts positive
    page = _page("FACTURA FCT-2026-876 / 2026-08-15", _ITEMS, _BOXES)
    page = [
        (x, y, "Tip document: 381 (Notă de creditare)" if t.startswith("Tip") else t, z)
        for x, y, t, z in page
    ]
    got, status, reasons = read_page(draw(tmp_path / "c.pdf", page))
    assert status == "review" and any("credit note" in r for r in reasons), reasons
    # ... and as the library prints a credit note: its totals negative, whole ('-525')
    boxes = _one_rate("-2500", "-525", "-3025")
    items = [("Consultanta", "1250", "-2", "2500")]
    got, status, reasons = read_page(
        draw(tmp_path / "d.pdf", _page("FACTURA 7 / 2026-08-15", items, boxes))
    )
    assert totals_read(got) == ("-2500.00", "-525.00", "-3025.00"), reasons
    assert status == "review", reasons
