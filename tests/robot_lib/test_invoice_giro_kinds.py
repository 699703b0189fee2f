"""Kinds of layout a Norwegian invoice prints on the standard giro form F60-1, as Fryktelig Fin
Faktura (a free Norwegian invoicing program, Python and reportlab; replayed once as a probe at its
own millimetres and not kept) prints it, drawn here with other names and values: the seller's
name large at the top left, the customer's block under 'Kunde# 092', the invoice's facts at the
right, the rows with their tax, 'Netto: … MVA: … TOTALT: …' on one line, and at the foot the
giro: the customer's block again in the payer's box ('Betalt av') and the seller's in the
payee's ('Betalt til'), with or without those labels (paper with the form preprinted)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

_MM = 72 / 25.4


def _mm(x: float, y: float, text: str, size: float) -> Text:
    """*y* from the page's foot, as the program places its text (x < 0: right-aligned there)."""
    return (x * _MM, (297 - y) * _MM, text, size)


_SELLER = ("Kari Berg Design", "Kari Berg", "Thorvald Meyers gate 44", "0557 Oslo")
_CUSTOMER = ("Hotell Fjordgløtt AS", "Strandkaien 2", "6856 Sogndal")
_ROWS = [("1 Leder a kr 247", "kr 247.00", "kr 61.75", "kr 308.75")]
_TOTALS = ("kr 247.00", "kr 61.75", "kr 308.75")


def _page(
    labels: bool,
    rows: list[tuple[str, str, str, str]] = _ROWS,
    totals: tuple[str, str, str] = _TOTALS,
) -> list[Text]:
    page = [_mm(15, 270, _SELLER[0], 16)]
    info = [
        *_SELLER[1:],
        "Telefon: 900 11 222",
        "Bankkonto: 15031234567",
        "Org.nr: 998 765 432 MVA",
    ]
    page += [_mm(160, 290 - 3.5 * k, line, 8) for k, line in enumerate(info)]
    page += [_mm(20, 260 - 4.2 * k, t, 10) for k, t in enumerate(["Kunde# 092", *_CUSTOMER])]
    facts = ["FAKTURA", "Fakturanr: 1455", "Leveringsdato: 2026-09-15", "Fakturadato: 2026-09-15"]
    facts += ["Forfallsdato: 2026-10-05", "Side: 1 av 1"]
    page += [_mm(150, 260 - 4.2 * k, t, 10) for k, t in enumerate(facts)]
    page += [_mm(20, 215, "Beskrivelse", 10), _mm(-140, 215, "Pris", 10)]
    page += [_mm(-160, 215, "Mva", 10), _mm(-180, 215, "SUM", 10)]
    for k, (text, net, tax, gross) in enumerate(rows):
        y = 205 - 3 * k
        page += [_mm(20, y, text, 8), _mm(-140, y, net, 8), _mm(-160, y, tax, 8)]
        page.append(_mm(-180, y, gross, 8))
    page += [_mm(-110, 134, f"Netto: {totals[0]}", 8), _mm(-140, 134, f"MVA: {totals[1]}", 8)]
    page.append(_mm(-180, 134, f"TOTALT: {totals[2]}", 10))
    # the giro: the account and the amount, the due date, the invoice's facts again, the
    # payer's box and the payee's, each under its label when the form is printed with them
    page += [_mm(20, 105, "15031234567", 10), _mm(88, 105, totals[2], 10)]
    page += [_mm(170, 95, "2026-10-05", 10), _mm(15, 90, "Fakturanr: 01455", 10)]
    page += [_mm(15, 86, "Kundenr: 0092", 10), _mm(15, 82, "Fakturadato: 2026-09-15", 10)]
    page += [_mm(15, 58 - 4.2 * k, t, 10) for k, t in enumerate(_CUSTOMER)]
    page += [_mm(115, 58 - 4.2 * k, t, 10) for k, t in enumerate(_SELLER)]
    if labels:
        page += [_mm(15, 118, "KVITTERING", 14), _mm(15, 110, "Innbetalt til konto", 10)]
        page += [_mm(15, 65, "Betalt av", 6), _mm(113, 65, "Betalt til", 6)]
    return page


def test_the_customers_company_printed_again_in_the_giro(tmp_path: Path) -> None:
    # the customer's company under 'Kunde# 092', printed again in the giro's payer's box, the
    # seller's name without a legal form: the customer's had been taken for the seller at the
    # foot ('printed again further down') and the page accepted, with the form's labels or not
    for labels in (True, False):
        got, status, reasons = read_page(draw(tmp_path / "g.pdf", _page(labels)))
        assert got["seller"] == _SELLER[0], (labels, reasons)
        assert status == "accepted", (labels, reasons)


def test_a_printed_total_a_cent_off_its_rows(tmp_path: Path) -> None:
    # each row's tax rounded, the rows' taxes add up to a cent more than the tax the page
    # prints ('MVA: kr 470.13'): the rows' sum had been taken for the tax, and the page
    # accepted with it, net + tax a cent off the gross
    rows = [
        ("1 Leder a kr 247", "kr 247.00", "kr 29.64", "kr 276.64"),
        ("2 Timer elektriker a kr 880.99", "kr 1761.98", "kr 440.50", "kr 2202.47"),
    ]
    totals = ("kr 2008.98", "kr 470.13", "kr 2479.11")
    got, status, reasons = read_page(draw(tmp_path / "t.pdf", _page(True, rows, totals)))
    assert totals_read(got) == ("2008.98", "470.13", "2479.11"), reasons
    assert status == "accepted", reasons
