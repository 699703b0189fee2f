"""Latin America's electronic invoices as their printed copies look, drawn as plain pages after
their kinds of layout: Chile's ('R.U.T.' box with 'FACTURA ELECTRONICA' over 'N° 4521', whole
pesos, 'MONTO NETO', 'I.V.A. 19%'), Colombia's ('Factura Electrónica de Venta No.', 'Fecha de
Expedición', the CUFE), Peru's ('F001-00000123' alone under the title, 'Op. Gravada', 'IGV
18%', 'S/'), Brazil's service invoice ('Número da Nota', 'Data e Hora de Emissão', 'PRESTADOR
DE SERVIÇOS' with 'Razão Social:'; the ISS is inside the service's value, so it waits), and
Ecuador's in US dollars ('USD' printed once, with the total's amount)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import misread
from tests.invoice_typeset import read_text_page

PAGES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "chile": (
        [
            "Comercial Andes SpA | | R.U.T.: 76.123.456-7",
            "Insumos de oficina | | FACTURA ELECTRONICA",
            "Av. Providencia 1234 | | N° 4521",
            "Santiago | | S.I.I. - SANTIAGO CENTRO",
            "",
            "Fecha Emision: 12 de noviembre de 2026",
            "Señor(es): Constructora Pacífico Ltda.",
            "R.U.T.: 77.654.321-K",
            "",
            "Codigo | Descripcion | Cantidad | Precio | Valor",
            "P-100 | Resma papel carta | 20 | 4.200 | 84.000",
            "P-220 | Toner láser negro | 1 | 16.000 | 16.000",
            "",
            "MONTO NETO $ | 100.000",
            "I.V.A. 19% $ | 19.000",
            "TOTAL $ | 119.000",
        ],
        {
            "invoice_number": "4521",
            "issue_date": "2026-11-12",
            "seller": "Comercial Andes SpA",
            "currency": "CLP",
            "net_total": "100000",
            "tax_total": "19000",
            "gross_total": "119000",
        },
    ),
    "colombia": (
        [
            "FACTURA ELECTRÓNICA DE VENTA No. SETP990001234",
            "Soluciones Caribe S.A.S.",
            "NIT 900.123.456-7",
            "Calle 72 # 10-34, Bogotá D.C.",
            "Fecha de Expedición: 05/11/2026",
            "Fecha de Vencimiento: 05/12/2026",
            "Cliente: Distribuidora El Dorado S.A. | NIT 800.765.432-1",
            "",
            "Ítem | Descripción | Cant. | Valor Unitario | Valor Total",
            "1 | Soporte técnico mensual | 1 | 1.000.000,00 | 1.000.000,00",
            "",
            "Subtotal | $ 1.000.000,00",
            "IVA 19% | $ 190.000,00",
            "Total a Pagar | $ 1.190.000,00",
            "CUFE: 8bb918b19ba22a694f1da11c643b5e9de39adf60311cf179179e9b33381030bcd4c3c3f156c506ed5908f9276f5bd9b4",
        ],
        {
            "invoice_number": "SETP990001234",
            "issue_date": "2026-11-05",
            "due_date": "2026-12-05",
            "seller": "Soluciones Caribe S.A.S.",
            "currency": "COP",
            "net_total": "1000000.00",
            "tax_total": "190000.00",
            "gross_total": "1190000.00",
        },
    ),
    "peru": (
        [
            "Inversiones Pacífico S.A.C. | | R.U.C. 20123456789",
            "Av. Larco 345, Miraflores | | FACTURA ELECTRÓNICA",
            "Lima | | F001-00000123",
            "",
            "Fecha de Emisión: 08/11/2026",
            "Señor(es): Minera del Sur S.A.",
            "RUC: 20987654321",
            "Tipo de Moneda: SOLES",
            "",
            "Cantidad | Unidad | Descripción | Valor Unitario | Importe",
            "2 | UND | Casco de seguridad | 45.00 | 90.00",
            "10 | PAR | Guantes de nitrilo | 9.00 | 90.00",
            "",
            "Op. Gravada: | S/ 180.00",
            "IGV 18%: | S/ 32.40",
            "Importe Total: | S/ 212.40",
            "SON: DOSCIENTOS DOCE CON 40/100 SOLES",
        ],
        {
            "invoice_number": "F001-00000123",
            "issue_date": "2026-11-08",
            "seller": "Inversiones Pacífico S.A.C.",
            "currency": "PEN",
            "net_total": "180.00",
            "tax_total": "32.40",
            "gross_total": "212.40",
        },
    ),
    "brazil_nfse": (
        [
            "PREFEITURA MUNICIPAL DE CAMPINAS",
            "NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e",
            "Número da Nota: 00000847 | Data e Hora de Emissão: 10/11/2026 14:22:05",
            "Código de Verificação: A1B2-C3D4",
            "",
            "PRESTADOR DE SERVIÇOS",
            "Razão Social: Ribeiro Consultoria em TI Ltda",
            "CNPJ: 12.345.678/0001-90",
            "Endereço: Rua Barão de Jaguara, 900 - Centro - Campinas/SP",
            "TOMADOR DE SERVIÇOS",
            "Razão Social: Agro Vale Comércio S.A.",
            "CNPJ: 98.765.432/0001-10",
            "",
            "DISCRIMINAÇÃO DOS SERVIÇOS",
            "Consultoria em infraestrutura de rede - outubro/2026",
            "",
            "VALOR TOTAL DO SERVIÇO = R$ 4.500,00",
            "Base de Cálculo (R$) | Alíquota (%) | Valor do ISS (R$)",
            "4.500,00 | 5,00 | 225,00",
        ],
        {
            "invoice_number": "00000847",
            "issue_date": "2026-11-10",
            "seller": "Ribeiro Consultoria em TI Ltda",
            "currency": "BRL",
            "gross_total": "4500.00",
        },
    ),
    "ecuador": (
        [
            "FERRETERIA LA COSTA CIA. LTDA.",
            "R.U.C.: 0991234567001",
            "Dir. Matriz: Av. 9 de Octubre 100, Guayaquil",
            "FACTURA",
            "No. 001-002-000004567",
            "Fecha de Emisión: 03/11/2026",
            "Razón Social / Nombres y Apellidos: Constructora Litoral S.A.",
            "Identificación: 0992345678001",
            "",
            "Cod. Principal | Cant. | Descripción | Precio Unitario | Precio Total",
            "CEM-50 | 40 | Cemento 50 kg | 8.10 | 324.00",
            "VAR-12 | 10 | Varilla 12 mm | 7.60 | 76.00",
            "",
            "SUBTOTAL 15% | 400.00",
            "SUBTOTAL 0% | 0.00",
            "SUBTOTAL SIN IMPUESTOS | 400.00",
            "IVA 15% | 60.00",
            "VALOR TOTAL | 460.00",
            "Forma de pago: Transferencia - USD 460.00",
        ],
        {
            "invoice_number": "001-002-000004567",
            "issue_date": "2026-11-03",
            "seller": "FERRETERIA LA COSTA CIA. LTDA.",
            "currency": "USD",
            "net_total": "400.00",
            "tax_total": "60.00",
            "gross_total": "460.00",
        },
    ),
}


@pytest.mark.parametrize("name", [n for n in PAGES if n != "brazil_nfse"])
def test_a_latin_american_invoice_reads_right_and_goes_straight_through(
    tmp_path: Path, name: str
) -> None:
    lines, truth = PAGES[name]
    ex = read_text_page(tmp_path / f"{name}.pdf", lines)
    assert misread(ex, truth) == {}
    assert ex.status == "accepted", ex.reasons


def test_a_brazilian_service_invoice_reads_its_header_and_waits_for_its_tax(
    tmp_path: Path,
) -> None:
    lines, truth = PAGES["brazil_nfse"]
    ex = read_text_page(tmp_path / "nfse.pdf", lines)
    wrong = misread(ex, truth)
    assert set(wrong) <= {"net_total", "tax_total"}, wrong  # the ISS is inside the total
    assert ex.status == "review"
