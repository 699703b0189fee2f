"""Print the invoices of :mod:`tests.invoice_satcfdi` with satcfdi: ``python render.py IN.json
OUT.pdf ...`` with a Python that has ``satcfdi==26.10.1`` installed. Each job becomes a CFDI 4.0
built with the package's own classes (which compute each line's taxes, the subtotal, the
discount and the total), written as XML, given a stamp (the tax office's Timbre Fiscal Digital
with the job's UUID and drawn seals, as a stamped CFDI carries it), read back as a received
CFDI is read (so the package's catalogs name each code) and printed by ``render.pdf_write``."""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree
from satcfdi import render
from satcfdi.cfdi import CFDI
from satcfdi.create.cfd import cfdi40

TFD = "http://www.sat.gob.mx/TimbreFiscalDigital"
CFD = "http://www.sat.gob.mx/cfd/4"


def _taxes(line: dict[str, Any], withheld: bool) -> cfdi40.Impuestos:
    """The line's VAT; for a person's fees billed to a company, the withholdings too: income
    tax (ISR) 10 % and two thirds of the VAT."""
    vat = cfdi40.Traslado(impuesto="002", tipo_factor="Tasa", tasa_o_cuota=Decimal(line["rate"]))
    if not withheld:
        return cfdi40.Impuestos(traslados=vat)
    return cfdi40.Impuestos(
        traslados=vat,
        retenciones=[
            cfdi40.Retencion(impuesto="001", tipo_factor="Tasa", tasa_o_cuota=Decimal("0.100000")),
            cfdi40.Retencion(impuesto="002", tipo_factor="Tasa", tasa_o_cuota=Decimal("0.106667")),
        ],
    )


def _seal(rng: random.Random, size: int) -> str:
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(size))).decode()


def cfdi(job: dict[str, Any]) -> bytes:
    """The stamped CFDI's XML for *job*."""
    rng = random.Random(job["uuid"])
    issuer, (name, rfc, regime, postcode) = job["issuer"], job["customer"]
    method, form = job["payment"]
    c = cfdi40.Comprobante(
        emisor=cfdi40.Emisor(
            rfc=issuer["rfc"], nombre=issuer["name"], regimen_fiscal=issuer["regime"]
        ),
        lugar_expedicion=issuer["postcode"],
        receptor=cfdi40.Receptor(
            rfc=rfc,
            nombre=name,
            domicilio_fiscal_receptor=postcode,
            regimen_fiscal_receptor=regime,
            uso_cfdi="G03",
        ),
        conceptos=[
            cfdi40.Concepto(
                clave_prod_serv=i["key"],
                cantidad=Decimal(i["count"]),
                clave_unidad=i["unit"],
                descripcion=i["desc"],
                valor_unitario=Decimal(i["price"]),
                descuento=Decimal(i["off"]) if i["off"] else None,
                objeto_imp="02",
                impuestos=_taxes(i, job["withheld"]),
            )
            for i in job["lines"]
        ],
        moneda=job["currency"],
        tipo_cambio=Decimal(job["exchange"]) if job["exchange"] else None,
        serie=job["serie"],
        folio=job["folio"],
        forma_pago=form,
        metodo_pago=method,
        condiciones_de_pago=job["terms"],
        fecha=dt.datetime.fromisoformat(job["date"]),
    )
    root = etree.fromstring(c.xml_bytes())
    root.set("NoCertificado", f"000010000007{rng.randint(10**7, 10**8 - 1)}")
    root.set("Certificado", _seal(rng, 1200))
    root.set("Sello", _seal(rng, 256))
    stamp = etree.SubElement(
        etree.SubElement(root, f"{{{CFD}}}Complemento"),
        f"{{{TFD}}}TimbreFiscalDigital",
        nsmap={"tfd": TFD},
    )
    for key, value in (
        ("Version", "1.1"),
        ("UUID", job["uuid"]),
        ("FechaTimbrado", job["stamped"]),
        ("RfcProvCertif", "SPR190613I52"),
        ("SelloCFD", root.get("Sello")),
        ("NoCertificadoSAT", "00001000000706181251"),
        ("SelloSAT", _seal(rng, 256)),
    ):
        stamp.set(key, value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def main(pairs: list[str]) -> None:
    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        render.pdf_write(CFDI.from_string(cfdi(job)), out)


if __name__ == "__main__":
    main(sys.argv[1:])
