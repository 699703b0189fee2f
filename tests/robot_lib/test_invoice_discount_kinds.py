"""Kinds of layout of discounts around an invoice's totals (a wholesaler's terms with a cash
discount, a supplier's table of net, VAT and gross with a discount's row; replayed once as
probes through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _page(rows: list[tuple[str, str]], terms: str) -> list[Text]:
    """A wholesaler's invoice: two items, the totals' *rows*, the *terms* under them."""
    items: list[Text] = [(60, 50, "HANSA ELEKTRO", 17)]
    items += [
        (-540, 40 + 10 * i, t, 7)
        for i, t in enumerate(["Hansa Elektro GmbH", "Kai 4", "20457 Hamburg"])
    ]
    items += [
        (60, 110 + 12 * i, t, 9)
        for i, t in enumerate(["Elektro Voss GmbH", "Ringstraße 9", "21073 Hamburg"])
    ]
    items += rows_at((380, -540), 170, 12, [("Rechnung Nr.", "774120"), ("Datum", "18.05.2026")])
    head = [("Artikel", "Menge", "Einzelpreis", "Gesamt")]
    head += [
        ("Kabel NYM-J 3x1,5 100 m", "4", "62,50", "250,00"),
        ("LED-Panel 40 W", "5", "30,00", "150,00"),
    ]
    items += rows_at((60, 300, -460, -540), 230, 14, head)
    items += rows_at((330, -540), 300, 14, rows)
    return [
        *items,
        (60, 370, terms, 9),
        (60, 800, "Hansa Elektro GmbH · USt-IdNr. DE 118 552 630", 7),
    ]


def test_the_net_deadline_of_terms_with_a_cash_discount(tmp_path: Path) -> None:
    # 'bis 28.05.2026 abzüglich 2 % Skonto (466,48 €), bis 17.06.2026 netto.': no payment's
    # word before either date; the one the full amount is due by had not been read
    rows = [
        ("Warenwert netto", "400,00 €"),
        ("MwSt. 19 %", "76,00 €"),
        ("Rechnungsbetrag", "476,00 €"),
    ]
    terms = (
        "Zahlungsbedingungen: bis 28.05.2026 abzüglich 2 % Skonto (466,48 €), bis 17.06.2026 netto."
    )
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page(rows, terms)))
    assert got["due_date"] == "2026-06-17", reasons
    assert totals_read(got) == ("400.00", "76.00", "476.00"), reasons
    assert status == "accepted", reasons


def test_a_discounts_row_of_net_tax_and_gross_between_the_items_and_the_total(
    tmp_path: Path,
) -> None:
    # 'Less trade discount 5% | -£20.00 | -£4.00 | -£24.00' in a table of 'Net | VAT | Gross'
    # under the items: its gross had been taken for the discount, the items then not making
    # the net, and the page had waited
    items: list[Text] = [(60, 50, "HARTWELL", 18)]
    items += [
        (60, 66, "Hartwell Office Supplies Ltd · Unit 12, Riverside Park · Nottingham NG2 1RT", 7)
    ]
    items += [
        (60, 110 + 12 * i, t, 9)
        for i, t in enumerate(["The Grange Hotel", "High Street", "Oakham LE15 6AP"])
    ]
    items += rows_at((380, -540), 110, 12, [("Invoice", "40917"), ("Tax point", "18/05/2026")])
    rows = [
        ("Description", "Qty", "Unit price", "Net"),
        ("Copier paper A4, box", "10", "£25.00", "£250.00"),
    ]
    rows += [("Toner cartridge black", "2", "£75.00", "£150.00")]
    items += rows_at((60, 330, -460, -540), 200, 14, rows)
    table = [("", "Net", "VAT", "Gross"), ("Goods", "£400.00", "£80.00", "£480.00")]
    table += [("Less trade discount 5%", "-£20.00", "-£4.00", "-£24.00")]
    table += [("Invoice total", "£380.00", "£76.00", "£456.00")]
    items += rows_at((250, -400, -470, -540), 270, 14, table)
    items += [(60, 800, "Hartwell Office Supplies Ltd · VAT No. GB 204 7781 35", 7)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("380.00", "76.00", "456.00"), reasons
    assert status == "accepted", reasons


def test_a_cash_discount_offered_in_a_row_of_the_totals_table(tmp_path: Path) -> None:
    # 'abzgl. 2 % Skonto bei Zahlung bis 28.05.2026 | -8,00 € | -1,52 € | -9,52 €' under the
    # total's row, then 'Zahlbetrag bei Skonto': what is paid if the discount is taken had been
    # accepted as the invoice's net, tax and gross; the discount is only offered
    rows = [("", "Netto", "MwSt. 19 %", "Brutto"), ("Warenwert", "400,00 €", "76,00 €", "476,00 €")]
    rows += [("abzgl. 2 % Skonto bei Zahlung bis 28.05.2026", "-8,00 €", "-1,52 €", "-9,52 €")]
    rows += [("Zahlbetrag bei Skonto", "392,00 €", "74,48 €", "466,48 €")]
    items = _page([], "Zahlbar bis 17.06.2026 ohne Abzug.")
    items += rows_at((60, -380, -460, -540), 300, 14, rows)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("400.00", "76.00", "476.00"), reasons
    assert status == "accepted", reasons
