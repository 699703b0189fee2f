"""Kinds of layout a Spanish open-source ERP's invoice prints (FacturaScripts' core PDF, its
Cezpdf tables replayed once as a probe and not kept), drawn here with other names and values:
the totals as a table of one row under 'Divisa | Neto | Impuestos | IRPF | Total', the income
tax a freelancer's customer withholds in a column of its own and the total after it; and an
item row whose last cells ran into each other ('15,001.183,15')."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from tests.invoice_corpus import AS_OF, read_page, totals_read
from tests.invoice_languages import Text, draw


def _page(rows: list[tuple[str, ...]], totals: tuple[str, ...]) -> list[Text]:
    """The letterhead at the right, 'Factura: …' and the pairs of the header, the item table
    under its shaded heads and the totals' table under theirs."""
    page: list[Text] = [(-565, 48, "Marta Vidal Traducciones", 18)]
    page += [(-565, 62, "52341234K - Calle San Vicente 21", 9), (-565, 73, "46002, Valencia", 9)]
    page += [
        (-565, 84, "963 112 445 marta@vidaltraducciones.es", 9),
        (30, 124, "Factura: FAC2026A37", 15),
    ]
    page += [(35, 154, "Fecha: 21-09-2026", 9), (302, 154, "Cliente: Editorial Turia S.L.", 9)]
    page += [
        (35, 167, "Número: 37", 9),
        (302, 167, "CIF/NIF: B46123456", 9),
        (35, 180, "Serie: A", 9),
    ]
    heads = ["Referencia - Descripción", "Cantidad", "Precio", "IVA", "IRPF", "Total"]
    xs = [35, -280, -335, -380, -425, -560]
    page += [(x, 214, h, 9) for x, h in zip(xs, heads, strict=True)]
    for k, row in enumerate(rows):
        page += [(x, 234 + 13 * k, t, 9) for x, t in zip(xs, row, strict=True)]
    y = 254 + 13 * len(rows)
    heads = ["Divisa", "Neto", "Impuestos", "IRPF", "Total"]
    xs = [35, -241, -348, -454, -560]
    page += [(x, y, h, 9) for x, h in zip(xs, heads, strict=True)]
    return page + [(x, y + 20, t, 9) for x, t in zip(xs, totals, strict=True)]


_ROWS = [("TR1 - Traducción jurada (páginas)", "12,00", "35,00", "21,00", "15,00", "420,00")]
_ROWS += [("TR2 - Revisión de estilo", "1,00", "80,00", "21,00", "15,00", "80,00")]


def test_the_tax_withheld_in_a_column_of_the_totals_table(tmp_path: Path) -> None:
    # 'Neto 500,00 | Impuestos 105,00 | IRPF 75,00 | Total 530,00': the total is what the
    # customer pays after withholding the income tax; the invoice's gross is net + tax (the
    # total had been read as the gross, no net beside it, and the page waited)
    totals = ("Euros", "500,00", "105,00", "75,00", "530,00")
    pdf = draw(tmp_path / "a.pdf", _page(_ROWS, totals))
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("500.00", "105.00", "605.00"), reasons
    ex = extract_invoice(pdf, use_xml=False, today=AS_OF)
    assert (ex.withheld, ex.payable) == ("75.00", "530.00"), reasons
    assert status == "accepted", reasons


def test_a_withheld_column_that_does_not_close_leaves_the_page_waiting(tmp_path: Path) -> None:
    # the same table whose total is not net + tax - the tax withheld: nothing says which is owed
    totals = ("Euros", "500,00", "105,00", "75,00", "540,00")
    _got, status, reasons = read_page(draw(tmp_path / "b.pdf", _page(_ROWS, totals)))
    assert status == "review", reasons


def test_a_row_whose_last_cells_ran_together_is_read_without_an_error(tmp_path: Path) -> None:
    # '15,001.183,15' (the rate withheld and the line's total) under the total's column looks
    # like an amount and is none: reading the item table's sums had stopped with an IndexError
    rows = [("TL1 - Taladro percutor 800W", "6,00", "207,57", "21,00", "", "15,001.183,15")]
    totals = ("Euros", "1.183,15", "248,46", "177,47", "1.254,14")
    got, status, reasons = read_page(draw(tmp_path / "c.pdf", _page(rows, totals)))
    assert got["invoice_number"] == "FAC2026A37", reasons
    assert status == "review", reasons
