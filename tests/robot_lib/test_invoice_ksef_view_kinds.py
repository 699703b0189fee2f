"""Kinds of layout the Polish e-invoice's official view prints (the Ministry of Finance's
visualisation of a KSeF invoice, its HTML printed by a browser; replayed once as a probe and not
kept), drawn here with other names and values: the number set flush right under its label
and wider than it ('Numer faktury' over 'FV 77/2026'), the document's kind as a caption under
it ('Faktura korygująca'), a correction's references to the invoice it corrects ('Numer
faktury korygowanej', 'Data wystawienia faktury, której dotyczy faktura korygująca'), and the
rates' summary as a table whose heads stand flush left in wide columns over amounts flush right,
with a column of the tax converted to złoty."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, same, totals_read
from tests.invoice_languages import Text, draw

# the summary's columns: each head's left edge and its column's right edge (amounts end there)
_HEADS = [
    ("Lp.", 13, 56),
    ("Stawka podatku", 63, 163),
    ("Kwota netto", 170, 269),
    ("Kwota podatku", 276, 376),
    ("Kwota brutto", 383, 483),
    ("Kwota podatku PLN", 490, 590),
]


def _page(
    number: str,
    caption: str,
    rates: list[tuple[str, str, str, str, str]],
    gross: str,
    currency: str = "PLN",
    corrected: tuple[str, str] | None = None,
) -> list[Text]:
    """The view's page: the number's box at the right, the corrected invoice's data (a
    correction's), the seller's and the buyer's sections side by side, 'Szczegóły' with the
    issue date under its long label, one item, the amount owed, the rates' summary (rate,
    net, tax, gross, the tax in złoty) and the payment's term."""
    page: list[Text] = [
        (-590, 24, "Numer faktury", 10),
        (-590, 50, number, 20),
        (-590, 70, caption, 10),
    ]
    y = 105
    if corrected is not None:
        page += [
            (6, y, "Dane identyfikacyjne faktury korygowanej", 12),
            (6, y + 20, "Data wystawienia faktury, której dotyczy faktura korygująca:", 9),
            (270, y + 20, corrected[0], 9),
            (6, y + 34, f"Numer faktury korygowanej: {corrected[1]}", 9),
        ]
        y += 60
    for x, head, nip, name, street, town in (
        (
            6,
            "Sprzedawca",
            "7743018265",
            "Stolarnia Dębowy Las Sp. z o.o.",
            "ul. Leśna 4",
            "09-400 Płock",
        ),
        (298, "Nabywca", "5252146610", "Hotel Pod Wieżą Sp. j.", "ul. Zamkowa 1", "87-100 Toruń"),
    ):
        page += [
            (x, y, head, 12),
            (x, y + 23, f"NIP: {nip}", 9),
            (x, y + 37, f"Nazwa: {name}", 9),
            (x, y + 61, "Adres", 9),
            (x, y + 77, street, 9),
            (x, y + 91, town, 9),
            (x, y + 105, "POLSKA", 9),
        ]
    y += 140
    page += [
        (6, y, "Szczegóły", 12),
        (6, y + 23, "Data wystawienia, z zastrzeżeniem art. 106na ust. 1 ustawy:", 9),
        (298, y + 23, "Miejsce wystawienia: Płock", 9),
        (6, y + 37, "2026-03-18", 9),
        (6, y + 70, "Pozycje", 12),
        (6, y + 92, f"Faktura wystawiona w cenach netto w walucie {currency}", 9),
        (13, y + 112, "Lp.", 8),
        (63, y + 112, "Nazwa towaru lub usługi", 8),
        (383, y + 112, "Stawka podatku", 8),
        (490, y + 112, "Wartość sprzedaży netto", 8),
        (13, y + 132, "1", 8),
        (63, y + 132, "Stół dębowy 200x90 cm", 8),
        (383, y + 132, rates[0][0], 8),
        (-582, y + 132, rates[0][1], 8),
        (-590, y + 160, f"Kwota należności ogółem: {gross} {currency}", 12),
        (6, y + 190, "Podsumowanie stawek podatku", 12),
    ]
    y += 215
    heads = _HEADS if currency != "PLN" else _HEADS[:-1]
    page += [(x0, y, head, 8) for head, x0, _x1 in heads]
    for k, row in enumerate(rates, 1):
        cells = [str(k), *row][: len(heads)]
        for (_head, x0, x1), cell in zip(heads, cells, strict=True):
            right = x0 > 150  # the amounts stand flush right, the rate and its number left
            page.append((-(x1 - 8) if right else x0, y + 20 * k, cell, 8))
    y += 20 * len(rates) + 40
    page += [(6, y, "Płatność", 12), (6, y + 20, "Forma płatności: Przelew", 9)]
    page += [(13, y + 40, "Termin płatności", 8), (13, y + 58, "2026-04-01", 8)]
    return page


_ONE_RATE = [("23%", "3 500,00", "805,00", "4 305,00", "3 474,29")]


def test_a_number_set_flush_right_under_its_label_is_read_whole(tmp_path: Path) -> None:
    # 'Numer faktury' over 'FV 77/2026', both flush right and the number wider than its label:
    # the text under the label's span alone had read '77/2026', and such pages were accepted
    # with the number cut (spaces count for nothing in a number, as the corpus compares them)
    page = _page("FV 77/2026", "Faktura podstawowa", _ONE_RATE, "4 305,00")
    got, status, reasons = read_page(draw(tmp_path / "n.pdf", page))
    assert same("invoice_number", got["invoice_number"], "FV 77/2026"), (got, reasons)
    assert got["issue_date"] == "2026-03-18", reasons
    assert status == "accepted", reasons


def test_rate_rows_under_heads_set_flush_left_are_read_by_their_columns(tmp_path: Path) -> None:
    # heads at the left of wide columns, amounts at the right, and a last column of the tax
    # in złoty: no amount stood under its head nor near its right edge, and the net and tax
    # were not read (the rates' sums are the invoice's; the złoty column is no total)
    rates = [
        ("23% lub 22%", "2 800,00", "644,00", "3 444,00", "2 779,13"),
        ("8% lub 7%", "700,00", "56,00", "756,00", "241,72"),
    ]
    page = _page("FA/2026/0311", "Faktura podstawowa", rates, "4 200,00", "EUR")
    got, status, reasons = read_page(draw(tmp_path / "r.pdf", page))
    assert totals_read(got) == ("3500.00", "700.00", "4200.00"), reasons
    assert got["currency"] == "EUR", reasons
    assert status == "accepted", reasons


def test_a_correction_s_references_are_not_its_own_date_and_number(tmp_path: Path) -> None:
    # 'Data wystawienia faktury, której dotyczy faktura korygująca: 2026-01-12' (the date of
    # the invoice corrected) above the correction's own 'Data wystawienia …: 2026-03-18' had
    # been read as the issue date; 'Numer faktury korygowanej' names the other's number too
    rates = [("23%", "-500,00", "-115,00", "-615,00", "")]
    page = _page(
        "KOR/4/2026",
        "Faktura korygująca",
        rates,
        "-615,00",
        corrected=("2026-01-12", "FV/9/01/2026"),
    )
    got, status, reasons = read_page(draw(tmp_path / "k.pdf", page))
    assert got["issue_date"] == "2026-03-18", reasons
    assert got["invoice_number"] == "KOR/4/2026", reasons
    assert status == "review", reasons


def test_a_caption_under_the_number_naming_a_correction_keeps_it_from_being_booked(
    tmp_path: Path,
) -> None:
    # the view names the document's kind only in the caption under its number, in the body's
    # type; a correction that raises the price prints positive amounts that add up, and such a
    # page read as an ordinary invoice
    page = _page("KOR/5/2026", "Faktura korygująca", _ONE_RATE, "4 305,00")
    got, status, reasons = read_page(draw(tmp_path / "c.pdf", page))
    assert totals_read(got) == ("3500.00", "805.00", "4305.00"), reasons
    assert status == "review" and any("a credit note" in r for r in reasons), reasons
    # (an ordinary invoice's caption keeps nothing back)
    page = _page("FV 78/2026", "Faktura podstawowa", _ONE_RATE, "4 305,00")
    _got, status, reasons = read_page(draw(tmp_path / "p.pdf", page))
    assert status == "accepted", reasons


def test_an_advance_invoice_waits_to_be_booked_against_its_order(tmp_path: Path) -> None:
    # 'Faktura zaliczkowa' (an advance on an order): its totals are the advance's and add up,
    # its lines are the order's (here the one item, 3 500,00 net, is the whole order, and the
    # advance is 40 % of it): read as an ordinary invoice it had waited on the lines alone, and
    # an advance of the whole order, whose lines add up, had been booked as an ordinary invoice
    rates = [("23%", "1 400,00", "322,00", "1 722,00", "")]
    page = _page("FV 80/2026", "Faktura zaliczkowa", rates, "1 722,00")
    k = next(i for i, t in enumerate(page) if t[2] == "1 400,00")  # the item's, above the rates'
    page[k] = (*page[k][:2], "3 500,00", page[k][3])
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert totals_read(got) == ("1400.00", "322.00", "1722.00"), reasons
    assert status == "review" and any("an advance invoice" in r for r in reasons), reasons
    # ... and so does one whose advance is the whole order, where the lines add up too
    page = _page("FV 81/2026", "Faktura zaliczkowa", _ONE_RATE, "4 305,00")
    got, status, reasons = read_page(draw(tmp_path / "w.pdf", page))
    assert totals_read(got) == ("3500.00", "805.00", "4305.00"), reasons
    assert status == "review" and any("an advance invoice" in r for r in reasons), reasons


def test_a_pair_in_the_next_column_is_not_the_value_of_a_label_over_its_own(
    tmp_path: Path,
) -> None:
    # an advance invoice's 'Szczegóły': the issue date's long label, its value under it, and
    # beside the label, in the next column, 'Data otrzymania zapłaty: 2026-03-14' (the day the
    # advance came in), which had been read as the issue date
    page = _page("FV 79/2026", "Faktura podstawowa", _ONE_RATE, "4 305,00")
    page = [t for t in page if not t[2].startswith("Miejsce wystawienia")]
    y = next(t[1] for t in page if t[2].startswith("Data wystawienia"))
    page.append((298, y, "Data otrzymania zapłaty: 2026-03-14", 9))
    got, _status, reasons = read_page(draw(tmp_path / "z.pdf", page))
    assert got["issue_date"] == "2026-03-18", reasons


# ------------------------------------------------ the same invoice as ksef-fop prints it
# (a Java library many Polish ERPs print KSeF invoices with: its XSL-FO printed by Apache FOP,
# the parties in the outer two of three narrow columns at 7 pt, bold labels with a footnote's
# mark, 'Data wystawienia¹', the rates' summary in bordered cells)


def _fop_page(seller: list[str], solid: float) -> list[Text]:
    """A page as ksef-fop lays it out: the number's box, the seller's and the buyer's columns
    (the seller's name on the lines *seller*, *solid* points apart), 'Szczegóły' with the issue
    date after its bold label, one item, the amount owed and the rates' summary."""
    page: list[Text] = [
        (-566, 40, "Numer faktury", 9),
        (-566, 60, "FV/212/05/2026", 16),
        (-566, 76, "Faktura podstawowa", 9),
        (28, 110, "Sprzedawca", 12),
        (384, 110, "Nabywca", 12),
        (28, 125, "NIP: 6342817590", 7),
        (384, 125, "NIP: 9512364807", 7),
        (384, 136.5, "Nazwa: Szkoła Podstawowa nr 4", 7),
    ]
    page.append((28, 136.5, f"Nazwa: {seller[0]}", 7))
    page += [(28, 136.5 + solid * k, text, 7) for k, text in enumerate(seller[1:], 1)]
    for x, street in (
        (28, "ul. Kościelna 7, 34-400 Nowy Targ"),
        (384, "ul. Szkolna 3, 34-400 Nowy Targ"),
    ):
        page += [(x, 172, "Adres", 7), (x, 183, street, 7), (x, 191.5, "Polska", 7)]
    page += [
        (28, 230, "Szczegóły", 12),
        (28, 248, "Data wystawienia¹: 2026-05-19", 8),
        (297, 248, "Miejsce wystawienia: Nowy Targ", 8),
        (28, 280, "Faktura wystawiona w cenach netto w walucie PLN", 8),
        (28, 298, "Pozycje", 12),
        (32, 316, "Lp.", 7),
        (64, 316, "Nazwa towaru lub usługi", 7),
        (360, 316, "Stawka podatku", 7),
        (470, 316, "Wartość sprzedaży netto", 7),
        (32, 332, "1", 7),
        (64, 332, "Wymiana okien PCV, 6 szt.", 7),
        (360, 332, "8%", 7),
        (-562, 332, "5 200,00", 7),
        (-566, 352, "Kwota należności ogółem: 5 616,00 PLN", 10),
        (28, 380, "Podsumowanie stawek podatku", 12),
    ]
    heads = [("Stawka podatku", 28, 162), ("Kwota netto", 162, 297), ("Kwota podatku", 297, 431)]
    heads.append(("Kwota brutto", 431, 566))
    row = ["8%", "5 200,00", "416,00", "5 616,00"]
    for (head, x0, x1), cell in zip(heads, row, strict=True):
        page.append((x0 + 4, 398, head, 7))
        page.append((x0 + 4 if cell.endswith("%") else -(x1 - 4), 414, cell, 7))
    return page


def test_a_footnotes_mark_after_a_label_is_no_part_of_it(tmp_path: Path) -> None:
    # 'Data wystawienia¹: 2026-05-19' (the mark's note, '¹ z zastrzeżeniem art. 106na …', at
    # the foot): the label had not been known with its mark, which folds to a '1' glued to it,
    # and no such page had an issue date
    page = _fop_page(["Stolarstwo Meblowe Nowak Sp. z o.o."], 8.4)
    page.append((28, 800, "¹ z zastrzeżeniem art. 106na ust. 1 ustawy", 7))
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert got["issue_date"] == "2026-05-19", reasons
    assert totals_read(got) == ("5200.00", "416.00", "5616.00"), reasons
    assert status == "accepted", reasons


def test_a_name_wrapped_under_its_label_in_a_narrow_column_is_read_whole(tmp_path: Path) -> None:
    # 'Nazwa: Zakład Usług Transportowych Marek' over 'Wiśniewski' in the seller's narrow column,
    # the two lines set solid (8,4 pt apart) where the rows stand 11,4 pt apart: one name, and
    # such pages had been accepted with the seller cut after the first line
    name = ["Zakład Usług Remontowych Tomasz", "Wiśniewski"]
    got, _status, reasons = read_page(draw(tmp_path / "w.pdf", _fop_page(name, 8.4)))
    assert got["seller"] == "Zakład Usług Remontowych Tomasz Wiśniewski", reasons
    # (a line set as far below as the rows are is a row of its own, not the name's rest)
    got, _status, reasons = read_page(draw(tmp_path / "r.pdf", _fop_page(name, 11.4)))
    assert got["seller"] == "Zakład Usług Remontowych Tomasz", reasons
