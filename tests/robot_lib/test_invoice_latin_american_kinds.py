"""Kinds of layout of Latin American electronic invoices (replayed once as a probe through
Chromium: Alegra, Nubox, Xubio, Nubefact; not kept). Alegra (Colombia): 'Factura electrónica de
venta' over 'No. FEV 5070'. Nubefact (Peru): the box 'RUC …' / 'FACTURA ELECTRÓNICA' /
'F001-00003518', each line centred. Nubox (Chile): 'Fecha Emision: 27 de Enero del 2026'.
Xubio (Argentina, AFIP's own layout): 'Punto de Venta: 00002 Comp. Nro: 00065568', 'Fecha de
Vto. para el pago' beside the period billed, and the authorisation's 'Fecha de Vto. de CAE'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, centred, draw, rows_at

_ITEMS = (45, -420, -550)


def _foot(y: float, sums: list[tuple[str, str]]) -> list[Text]:
    """An item row and the totals under it."""
    items = rows_at(_ITEMS, y, 14, [["Descripción", "Cantidad", "Importe"]])
    items += rows_at(_ITEMS, y + 14, 14, [["Servicio de consultoría", "2", sums[0][1]]])
    return items + rows_at((380, -550), y + 45, 13, sums)


def test_a_number_word_under_a_title_with_its_kind(tmp_path: Path) -> None:
    # 'Factura electrónica de venta' is the page's title, its kind after its word: the 'No.'
    # under it is the invoice's (the held-out Alegra pages waited with no number)
    items: list[Text] = [(45, 50, "Soluciones Andinas Ltda.", 13)]
    items += [(45, 63, "NIT: 830.045.678-1", 9), (45, 74, "Carrera 7 # 71-21, Bogotá", 9)]
    items += [(-550, 50, "Factura electrónica de venta", 12), (-550, 65, "No. FEV 5070", 13)]
    grid = [["Señor(es)", "Fecha de expedición", "Fecha de vencimiento"]]
    grid += [["Restaurante El Fogón S.A.S.", "21/08/2026", "20/09/2026"]]
    items += rows_at((45, 300, 430), 120, 12, grid)
    items += _foot(170, [("Subtotal", "$ 900.000,00"), ("IVA (19%)", "$ 171.000,00")])
    items += [(380, 241, "Total", 9), (-550, 241, "$ 1.071.000,00", 9)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "FEV 5070", reasons
    assert totals_read(got) == ("900000.00", "171000.00", "1071000.00"), reasons
    assert status == "accepted", reasons


def test_a_number_centred_under_a_centred_title(tmp_path: Path) -> None:
    # Peru's box: 'RUC 20601234567', 'FACTURA ELECTRÓNICA', 'F001-00003518', each line centred
    # (the number alone under the title was read only flush with one of its edges)
    items: list[Text] = [(45, 45, "Inversiones Miraflores S.A.C.", 13)]
    items += [(45, 58, "Av. Larco 1150 Of. 402", 9), (45, 69, "Miraflores - Lima - Lima", 9)]
    box = [("RUC 20601234567", 10), ("FACTURA ELECTRÓNICA", 12), ("F001-00003518", 10)]
    items += [centred(470, 48 + 15 * i, text, size) for i, (text, size) in enumerate(box)]
    items += [(45, 110, "Fecha de emisión: 22/06/2026", 9), (300, 110, "Señor(es): Minera S.A.", 9)]
    items += _foot(150, [("OP. GRAVADA S/", "1,000.00"), ("IGV 18.00 % S/", "180.00")])
    items += [(380, 221, "IMPORTE TOTAL S/", 9), (-550, 221, "1,180.00", 9)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "F001-00003518", reasons
    assert totals_read(got) == ("1000.00", "180.00", "1180.00"), reasons
    assert status == "accepted", reasons


def test_a_date_with_del_before_its_year(tmp_path: Path) -> None:
    items: list[Text] = [(45, 45, "COMERCIAL LOS ANDES SPA", 12), (45, 58, "Giro: Venta", 9)]
    items += [(400, 45, "R.U.T.: 76.123.456-7", 10), (400, 58, "FACTURA ELECTRONICA", 10)]
    items += [(400, 71, "N° 1234", 10), (45, 100, "Fecha Emision: 27 de Enero del 2026", 9)]
    items += _foot(150, [("MONTO NETO", "$ 1.000.000"), ("I.V.A. 19%", "$ 190.000")])
    items += [(380, 221, "TOTAL", 9), (-550, 221, "$ 1.190.000", 9)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["issue_date"] == "2026-01-27", reasons
    assert totals_read(got) == ("1000000.00", "190000.00", "1190000.00"), reasons
    assert status == "accepted", reasons


def test_afip_s_point_of_sale_and_its_count_and_the_day_to_pay(tmp_path: Path) -> None:
    # 'Punto de Venta: 00002 Comp. Nro: 00065568' is the invoice '00002-00065568'; 'Fecha de
    # Vto. para el pago' its due date, and 'Fecha de Vto. de CAE' (the authorisation's) none
    items: list[Text] = [(45, 55, "Distribuidora del Litoral S.A.", 12), (300, 55, "FACTURA", 15)]
    items += [(45, 70, "Razón Social: Distribuidora del Litoral S.A.", 8)]
    items += [(300, 70, "Punto de Venta: 00002   Comp. Nro: 00065568", 9)]
    items += [(300, 82, "Fecha de Emisión: 03/11/2026", 9), (300, 94, "CUIT: 30-69876543-2", 9)]
    items += [(45, 82, "Condición frente al IVA: IVA Responsable Inscripto", 8)]
    period = "Período Facturado Desde: 01/11/2026 Hasta: 03/11/2026"
    items += [(45, 120, period + "   Fecha de Vto. para el pago: 03/12/2026", 8)]
    items += [(45, 135, "CUIT: 20-25123456-3   Razón Social: Panadería La Espiga", 8)]
    items += _foot(170, [("Importe Neto Gravado: $", "1000,00"), ("IVA 21%: $", "210,00")])
    items += [(380, 241, "Importe Total: $", 9), (-550, 241, "1210,00", 9)]
    items += [(380, 280, "CAE N°: 76123456789012", 8)]
    items += [(380, 292, "Fecha de Vto. de CAE: 13/11/2026", 8)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["invoice_number"] == "00002-00065568", reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-11-03", "2026-12-03"), reasons
    assert totals_read(got) == ("1000.00", "210.00", "1210.00"), reasons
    assert status == "accepted", reasons
