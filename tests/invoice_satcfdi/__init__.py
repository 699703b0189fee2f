"""Mexican e-invoices (CFDI 4.0) as satcfdi 26.10.1 (PyPI, MIT; the library Mexican firms and
accountants read, build and print their CFDIs with) prints them: the "representación impresa"
its ``render.pdf_write`` makes of a stamped CFDI's XML, its own HTML template printed by
WeasyPrint. A real package's page, which no rule of ours was written for.

The page, as the package prints it: 'CFDI de Ingreso'; a grid whose heads stand over their
values: 'Serie | Folio | Emisor | Receptor' (the issuer's and the receiver's names in capitals,
as the tax register writes them and CFDI 4.0 wants them: no legal form; under each its RFC, its
tax regime and postcode), 'Fecha de Emisión' over the date and time ('2026-03-05 10:22:31');
'Moneda | Método de Pago | Forma de Pago | Uso CFDI' over 'MXN - Peso Mexicano | Pago en una
sola exhibición | …', 'Tipo de Cambio | Exportación | Condiciones de Pago'; 'Conceptos':
'Descripción | Cantidad | Valor Unitario | Descuento | Importe' (amounts with a comma for the
thousands and no currency sign), each line's taxes in a small grid under it ('+ Traslados |
3,700.00 | IVA | 16.0000% | 592.00', '- Retenciones …'); then 'Subtotal', 'Descuento', '+
Traslados IVA 16.0000%', '- Retenciones ISR', 'Total'; the stamp: 'Timbre Fiscal Digital',
'Folio Fiscal:' (the UUID the tax office's stamp gives the invoice), 'Fecha de Certificación:',
the seals and the QR code.

Three issuers: ``moral`` (a company in Monterrey: VAT 16 %), ``fisica`` (a self-employed
professional billing companies, who withhold income tax and two thirds of the VAT), ``frontera``
(a shop in Tijuana, on the border's VAT of 8 %). Seed 0: one line, a series; 1: several lines,
a discount, no series (the folio alone); 2: a line at 0 % beside the others; 3: dollars at an
exchange rate (``moral``, ``frontera``) or the withholdings (``fisica``). Seeds 4 to 7 the same
kinds with other values (held out while rules for 0 to 3 were written).

The invoice's number is the series and the folio ('A 1187', the folio alone without a series);
the gross is the total with VAT before any withholding (as the corpus defines it: the page's
'Total' is then what is paid, smaller). No due date is printed.

satcfdi is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/satcfdi_invoices/`` with their values. ``python -m tests.invoice_satcfdi PYTHON
[DIR]`` makes them again with a *PYTHON* that has ``satcfdi==26.10.1`` installed (it pulls
WeasyPrint). The stamp's UUID and seals are drawn (no tax office stamps here); the package
prints them as it prints a real one.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept
from tests.invoice_pdflib.sheet import cents

__all__ = ["FIXTURES", "ISSUERS", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "satcfdi_invoices"
SEEDS = 8
# the issuer: its name and RFC as the register writes them, its tax regime, its postcode, the
# VAT rate (as the CFDI writes it), the customers (name, RFC, regime, postcode), the goods or
# services (SAT's product key, unit key, description, unit price), the goods at 0 %
ISSUERS: dict[str, dict[str, Any]] = {
    "moral": {
        "name": "CLIMAS Y REFRIGERACION DEL NORTE",
        "rfc": "CRN150312KA4",
        "regime": "601",
        "postcode": "64000",
        "rate": "0.160000",
        "customers": [
            ("HOTEL PASEO SANTA LUCIA", "HPS0904217Q2", "601", "64010"),
            ("COMERCIALIZADORA EL NOGAL", "CNO1107053B9", "601", "66220"),
        ],
        "goods": [
            (
                "72101500",
                "E48",
                "Mantenimiento preventivo de equipo de aire acondicionado",
                "1850.00",
            ),
            ("40101701", "H87", "Equipo minisplit inverter 2 toneladas", "14250.00"),
            ("72101500", "E48", "Instalación de equipo minisplit", "3200.00"),
            ("40142000", "H87", "Tubería de cobre 3/8, tramo de 15 m", "1189.50"),
        ],
        "zero": [("50131700", "H87", "Garrafón de agua purificada 20 l", "45.00")],
    },
    "fisica": {
        "name": "MARIANA LOPEZ RUIZ",
        "rfc": "LORM850623HT5",
        "regime": "612",
        "postcode": "06700",
        "rate": "0.160000",
        "customers": [
            ("GRUPO EDITORIAL ALAMEDA", "GEA1203154N8", "601", "03100"),
            ("DESPACHO CONTABLE REFORMA", "DCR0810229P1", "601", "06600"),
        ],
        "goods": [
            ("80111600", "E48", "Honorarios por traducción técnica inglés-español", "6500.00"),
            ("82111800", "E48", "Corrección de estilo, 120 cuartillas", "4800.00"),
            ("80111600", "E48", "Asesoría editorial, 10 horas", "7000.00"),
        ],
        "zero": [("55101500", "H87", "Libro impreso, ejemplar de autor", "350.00")],
    },
    "frontera": {
        "name": "FERRETERIA Y MATERIALES LA MESA",
        "rfc": "FMM1906115R3",
        "regime": "601",
        "postcode": "22105",
        "rate": "0.080000",
        "customers": [
            ("CONSTRUCTORA OTAY", "COT1502067H4", "601", "22430"),
            ("MANTENIMIENTO INDUSTRIAL BAJA", "MIB1710183K9", "601", "22000"),
        ],
        "goods": [
            ("30111601", "H87", "Cemento gris, saco de 50 kg", "268.00"),
            ("30102200", "H87", "Varilla corrugada 3/8, pieza", "139.90"),
            ("27112000", "H87", "Rotomartillo SDS 800 W", "2399.00"),
            ("31161500", "H87", "Tornillo para tablaroca, caja con 1000", "312.40"),
        ],
        "zero": [("50202300", "H87", "Agua embotellada, paquete de 24", "96.00")],
    },
}


def invoice(issuer: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the CFDI holds for one invoice, and the values its page prints."""
    rng = random.Random(f"satcfdi-{issuer}-{seed}")
    who = ISSUERS[issuer]
    kind = seed % 4
    rate = Decimal(who["rate"])
    lines = []
    for key, unit, desc, price in rng.sample(who["goods"], 1 if kind == 0 else 2):
        count = 1 if issuer == "fisica" else rng.choice([1, 2, 3, 5])
        off = (
            cents(Decimal(price) * count * Decimal(rng.choice([5, 10])) / 100)
            if kind == 1
            else None
        )
        lines.append(
            {
                "key": key,
                "unit": unit,
                "desc": desc,
                "count": count,
                "price": price,
                "off": str(off) if off else None,
                "rate": str(rate),
            }
        )
    if kind == 2:
        key, unit, desc, price = rng.choice(who["zero"])
        lines.append(
            {
                "key": key,
                "unit": unit,
                "desc": desc,
                "count": rng.choice([1, 2, 4]),
                "price": price,
                "off": None,
                "rate": "0.000000",
            }
        )
    withheld = issuer == "fisica" and kind == 3
    net = tax = Decimal(0)
    for line in lines:  # (as the package computes each line's tax: rounded to the cent)
        base = Decimal(line["price"]) * line["count"] - Decimal(line["off"] or 0)
        net += base
        tax += cents(base * Decimal(line["rate"]))
    issued = dt.datetime(2026, 1, 8, 9, 0) + dt.timedelta(
        days=37 * seed + rng.randint(0, 30), minutes=rng.randint(0, 600), seconds=rng.randint(0, 59)
    )
    serie = rng.choice(["A", "F", "FAC"]) if kind != 1 else None
    folio = str(rng.randint(120, 4800))
    currency = "USD" if kind == 3 and not withheld else "MXN"
    customer = who["customers"][rng.randint(0, 1)]
    job = {
        "issuer": {k: who[k] for k in ("name", "rfc", "regime", "postcode")},
        "customer": customer,
        "lines": lines,
        "withheld": withheld,
        "serie": serie,
        "folio": folio,
        "date": issued.isoformat(),
        "currency": currency,
        "exchange": f"{rng.uniform(16.8, 19.4):.4f}" if currency == "USD" else None,
        "payment": rng.choice([("PUE", "03"), ("PUE", "04"), ("PPD", "99")]),
        "terms": rng.choice([None, "Crédito a 30 días", "Contado"]),
        "uuid": "-".join(f"{rng.getrandbits(bits):0{bits // 4}X}" for bits in (32, 16, 16, 16, 48)),
        "stamped": (issued + dt.timedelta(minutes=rng.randint(1, 40))).isoformat(),
        "seed": seed,
    }
    number = f"{serie} {folio}" if serie else folio
    values = printed(
        number, issued.date(), None, who["name"], currency, cents(net), tax, cents(net) + tax
    )
    return job, values


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with satcfdi (installed for *python*) into *folder*."""
    jobs = product_jobs(invoice, ISSUERS, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs, timeout=1200)
