"""Kinds of layout of an Argentine receipt as django-afip prints it (its 'Factura B' template and
stylesheet, replayed once as a probe through Chromium, not kept: 25 of 35 fields right): the
total alone in the item table's foot under 'Monto', no word beside it; the customer under
'Facturado a:'; and the date of issue cut at its column's end, its year flush right two lines
lower, a line of the issuer's address between ('Fecha de emisión: 3 de noviembre de' / '2026').
No currency is printed anywhere: such a page waits for a person to say it (the real corpus's own
AFIP invoice records none)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw

Row = tuple[str, str, str]  # description, quantity, unit price (as printed)


def _amount(v: Decimal) -> str:
    """*v* as Django localises a Decimal for es-AR, no thousands separator: '164519,14'."""
    return f"{v:.2f}".replace(".", ",")


def _page(seller: str, rows: list[Row], foot: Decimal | None = None) -> tuple[list[Text], str]:
    """The receipt of *rows* from *seller* to a company, its foot printing *foot* (by default
    the rows' sum), the year of its date of issue two lines under the rest; and the sum."""
    items: list[Text] = [
        (81, 76, seller, 10),
        (-539, 77, "Factura B", 13),
        (292, 84, "B", 16),
        (-539, 93, "Nº 0003-00000053", 10),
        (93, 103, "Av. Corrientes 1234, Piso 5", 10),
        (287, 103, "Código 6", 6),
        (-539, 106, "Fecha de emisión: 3 de noviembre de", 10),
        (62, 116, "C1043AAZ Ciudad Autónoma de Buenos", 10),
        (-539, 120, "2026", 10),
        (142, 130, "Aires", 10),
        (-539, 133, "CUIT: 30-71234567-8", 10),
        (94, 157, "IVA Responsable Inscripto", 10),
        (-539, 147, "Ingresos Brutos: Exento", 10),
        (56, 198, "Facturado a:", 10),
        (56, 211, "Distribuidora del Plata S.A., CUIT 30709998887", 10),
        (369, 211, "Condición de IVA: IVA Exento", 10),
        (56, 225, "Av. Belgrano 980, CABA", 10),
        (369, 225, "Condición de Pago: Cuenta corriente", 10),
        (99, 255, "Descripción", 10),
        (224, 255, "Cantidad", 10),
        (330, 255, "Precio Unitario", 10),
        (473, 255, "Monto", 10),
    ]
    total = Decimal(0)
    y = 282
    for desc, qty, price in rows:
        amount = Decimal(qty) * Decimal(price)
        total += amount
        items += [(92, y, desc, 10), (237, y, _amount(Decimal(qty)), 10)]
        items += [(-370, y, _amount(Decimal(price)), 10), (-510, y, _amount(amount), 10)]
        y += 27
    items += [(-510, y, _amount(total if foot is None else foot), 10)]
    items += [(56, y + 50, "CAE 94754245553573   Vto CAE 13 de noviembre de 2026", 10)]
    return items, f"{total:.2f}"


BREAD: Row = ("Pan francés (kg)", "2", "82259.57")
CAKES: Row = ("Torta de cumpleaños", "1", "18500.00")
BUNS: Row = ("Medialunas (docena)", "12", "4750.25")


@pytest.mark.parametrize("rows", [[BREAD], [BREAD, CAKES, BUNS]])
def test_the_items_sum_alone_in_the_table_s_foot(tmp_path: Path, rows: list[Row]) -> None:
    # no total had been read (no word names it), the date not (its year cut off), and the
    # customer under 'Facturado a:', in type as large, had been taken for the seller; the page
    # now waits only for its currency, which it does not print
    items, total = _page("Panadería La Espiga de Oro S.A.", rows)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["gross_total"] == total, reasons
    assert got["seller"] == "Panadería La Espiga de Oro S.A.", reasons
    assert got["invoice_number"] == "0003-00000053", reasons
    assert got["issue_date"] == "2026-11-03", reasons
    assert got["currency"] is None and reasons == ["currency not found"], reasons


def test_a_lone_amount_that_is_not_the_items_sum_is_no_total(tmp_path: Path) -> None:
    items, _total = _page("Panadería La Espiga de Oro S.A.", [BREAD, CAKES], Decimal("182019.15"))
    got, status, reasons = read_page(draw(tmp_path / "n.pdf", items))
    assert got["gross_total"] is None, reasons
    assert "gross_total not found" in reasons, reasons
