"""Print the invoices of :mod:`tests.invoice_danfe` with brazilfiscalreport: ``python render.py
IN.json OUT.pdf ...`` with a Python that has ``brazilfiscalreport==1.3.1`` installed. Each job
becomes an authorised NF-e 4.00 (``nfeProc``: the note and the tax office's protocol), written
as the schema orders it, and is printed by the package's ``Danfe`` with the issuer's options.
(:func:`nfe` needs only the standard library: ``render_trustnfe.py`` prints the same notes.)"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ZERO = "0.00"
PIS_COFINS = (("PIS", "1.65"), ("COFINS", "7.60"))  # the non-cumulative regime's rates


def _share(base: Decimal, rate: str) -> Decimal:
    return (base * Decimal(rate) / 100).quantize(Decimal("0.01"))


def _tag(name: str, value: Any) -> str:
    return f"<{name}>{escape(str(value))}</{name}>"


def _tags(*pairs: tuple[str, Any]) -> str:
    return "".join(_tag(k, v) for k, v in pairs)


def _address(street: str, no: str, district: str, code: str, town: str, uf: str, cep: str) -> str:
    return _tags(
        ("xLgr", street),
        ("nro", no),
        ("xBairro", district),
        ("cMun", code),
        ("xMun", town),
        ("UF", uf),
        ("CEP", cep),
        ("cPais", "1058"),
        ("xPais", "BRASIL"),
    )


def _item(n: int, item: dict[str, Any], job: dict[str, Any]) -> str:
    """One item: the goods, their ICMS (in the price), IPI (added), PIS and COFINS and, for the
    reform's layout, the IBS and CBS of the test year."""
    base = Decimal(item["total"]) - Decimal(item["off"])
    rates = job["rates"]
    prod = _tags(
        ("cProd", item["code"]),
        ("cEAN", "SEM GTIN"),
        ("xProd", item["desc"]),
        ("NCM", item["ncm"]),
        ("CFOP", job["cfop"]),
        ("uCom", item["unit"]),
        ("qCom", f"{item['count']}.0000"),
        ("vUnCom", f"{Decimal(item['price']):.10f}"),
        ("vProd", item["total"]),
        ("cEANTrib", "SEM GTIN"),
        ("uTrib", item["unit"]),
        ("qTrib", f"{item['count']}.0000"),
        ("vUnTrib", f"{Decimal(item['price']):.10f}"),
    )
    if Decimal(item["off"]):
        prod += _tag("vDesc", item["off"])
    prod += _tag("indTot", "1")
    icms = _tags(
        ("orig", "0"),
        ("CST", "00"),
        ("modBC", "3"),
        ("vBC", f"{base:.2f}"),
        ("pICMS", rates["icms"]),
        ("vICMS", item["icms"]),
    )
    taxes = f"<ICMS><ICMS00>{icms}</ICMS00></ICMS>"
    if rates["ipi"]:
        ipi = _tags(("CST", "50"), ("vBC", f"{base:.2f}"), ("pIPI", rates["ipi"]))
        taxes += f"<IPI><cEnq>999</cEnq><IPITrib>{ipi}{_tag('vIPI', item['ipi'])}</IPITrib></IPI>"
    for tax, rate in PIS_COFINS:
        value = _share(base, rate)
        body = _tags(("CST", "01"), ("vBC", f"{base:.2f}"), (f"p{tax}", rate), (f"v{tax}", value))
        taxes += f"<{tax}><{tax}Aliq>{body}</{tax}Aliq></{tax}>"
    if item["cbs"] is not None:
        taxes += (
            "<IBSCBS><CST>000</CST><cClassTrib>000001</cClassTrib><gIBSCBS>"
            + _tag("vBC", f"{base:.2f}")
            + f"<gIBSUF>{_tags(('pIBSUF', '0.1000'), ('vIBSUF', item['ibs']))}</gIBSUF>"
            + f"<gIBSMun>{_tags(('pIBSMun', '0.0000'), ('vIBSMun', ZERO))}</gIBSMun>"
            + _tag("vIBS", item["ibs"])
            + f"<gCBS>{_tags(('pCBS', '0.9000'), ('vCBS', item['cbs']))}</gCBS>"
            + "</gIBSCBS></IBSCBS>"
        )
    return f'<det nItem="{n}"><prod>{prod}</prod><imposto>{taxes}</imposto></det>'


def _sum(items: list[dict[str, Any]], key: str) -> str:
    return f"{sum((Decimal(i[key] or 0) for i in items), Decimal(0)):.2f}"


def _totals(job: dict[str, Any]) -> str:
    items = job["items"]
    bases = [Decimal(i["total"]) - Decimal(i["off"]) for i in items]
    pis_cofins = [f"{sum(_share(b, rate) for b in bases):.2f}" for _tax, rate in PIS_COFINS]
    icms = _tags(
        ("vBC", f"{sum(bases):.2f}"),
        ("vICMS", _sum(items, "icms")),
        ("vICMSDeson", ZERO),
        ("vFCP", ZERO),
        ("vBCST", ZERO),
        ("vST", ZERO),
        ("vFCPST", ZERO),
        ("vFCPSTRet", ZERO),
        ("vProd", _sum(items, "total")),
        ("vFrete", job["freight"]),
        ("vSeg", job["insurance"]),
        ("vDesc", _sum(items, "off")),
        ("vII", ZERO),
        ("vIPI", _sum(items, "ipi")),
        ("vIPIDevol", ZERO),
        ("vPIS", pis_cofins[0]),
        ("vCOFINS", pis_cofins[1]),
        ("vOutro", job["other"]),
        ("vNF", job["gross"]),
    )
    out = f"<ICMSTot>{icms}</ICMSTot>"
    if items[0]["cbs"] is not None:
        ibs, cbs = _sum(items, "ibs"), _sum(items, "cbs")
        nil = _tags(("vDif", ZERO), ("vDevTrib", ZERO))
        credit = _tags(("vCredPres", ZERO), ("vCredPresCondSus", ZERO))
        out += (
            f"<IBSCBSTot>{_tag('vBCIBSCBS', f'{sum(bases):.2f}')}<gIBS>"
            f"<gIBSUF>{nil}{_tag('vIBSUF', ibs)}</gIBSUF>"
            f"<gIBSMun>{nil}{_tag('vIBSMun', ZERO)}</gIBSMun>"
            f"{_tag('vIBS', ibs)}{credit}</gIBS>"
            f"<gCBS>{nil}{_tag('vCBS', cbs)}{credit}</gCBS></IBSCBSTot>"
        )
    return f"<total>{out}</total>"


def nfe(job: dict[str, Any]) -> str:
    """The authorised NF-e's XML for *job*."""
    rng = random.Random(f"{job['number']}-{job['seed']}")
    issuer, customer = job["issuer"], job["customer"]
    issued = dt.datetime.fromisoformat(job["date"])
    stamp = issued.strftime("%Y-%m-%dT%H:%M:%S-03:00")
    uf = {"SP": "35", "PR": "41", "SC": "42"}[issuer["address"][5]]
    code = f"{rng.randint(10**7, 10**8 - 1)}"
    key = f"{uf}{issued:%y%m}{issuer['cnpj']}55{job['series']:03d}{job['number']:09d}1{code}"
    key += str(sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(key))) % 11 % 10)
    job["cfop"] = "5102" if customer[7] == issuer["address"][5] else "6102"
    job["rates"] = {"icms": job["icms_rate"], "ipi": job["ipi_rate"]}
    ide = _tags(
        ("cUF", uf),
        ("cNF", code),
        ("natOp", "Venda de mercadoria"),
        ("mod", "55"),
        ("serie", job["series"]),
        ("nNF", job["number"]),
        ("dhEmi", stamp),
        ("dhSaiEnt", stamp),
        ("tpNF", "1"),
        ("idDest", "1" if job["cfop"] == "5102" else "2"),
        ("cMunFG", issuer["address"][3]),
        ("tpImp", "1"),
        ("tpEmis", "1"),
        ("cDV", key[-1]),
        ("tpAmb", "1"),
        ("finNFe", "1"),
        ("indFinal", "1" if job["cash"] else "0"),
        ("indPres", "1"),
        ("procEmi", "0"),
        ("verProc", "ERP 5.3"),
    )
    street, no, district, town_code, town, state, cep, phone = issuer["address"]
    emit = (
        _tags(("CNPJ", issuer["cnpj"]), ("xNome", issuer["name"]))
        + "<enderEmit>"
        + _address(street, no, district, town_code, town, state, cep)
        + _tag("fone", phone)
        + "</enderEmit>"
        + _tags(("IE", issuer["ie"]), ("CRT", "3"))
    )
    name, doc, *where = customer
    dest = (
        _tags(("CPF" if len(doc) == 11 else "CNPJ", doc), ("xNome", name))
        + f"<enderDest>{_address(*where)}</enderDest>"
        + _tag("indIEDest", "9" if len(doc) == 11 else "2")
    )
    items = "".join(_item(n, i, job) for n, i in enumerate(job["items"], 1))
    transp = "<transp><modFrete>{}</modFrete>{}</transp>".format(
        "0" if Decimal(job["freight"]) else "9",
        "<transporta><CNPJ>04884082000135</CNPJ><xNome>Transportadora Sul Cargas Ltda</xNome>"
        "<IE>9012233445</IE><xEnder>BR-116, km 102</xEnder><xMun>Curitiba</xMun><UF>PR</UF>"
        "</transporta><vol><qVol>4</qVol><esp>VOLUMES</esp><pesoL>38.200</pesoL>"
        "<pesoB>41.000</pesoB></vol>"
        if Decimal(job["freight"])
        else "",
    )
    cobr = ""
    if job["due"]:
        fat = _tags(
            ("nFat", job["number"]),
            ("vOrig", job["gross"]),
            ("vDesc", ZERO),
            ("vLiq", job["gross"]),
        )
        dup = _tags(("nDup", "001"), ("dVenc", job["due"]), ("vDup", job["gross"]))
        cobr = f"<cobr><fat>{fat}</fat><dup>{dup}</dup></cobr>"
    pay = _tags(("indPag", "0" if job["cash"] else "1"), ("tPag", "01" if job["cash"] else "15"))
    pay = f"<pag><detPag>{pay}{_tag('vPag', job['gross'])}</detPag></pag>"
    extra = _tag(
        "infCpl",
        f"Pedido de compra nº {job['order']}. Vendedor: representante 14. "
        "Valor aproximado dos tributos conforme Lei 12.741/2012.",
    )
    prot = _tags(
        ("tpAmb", "1"),
        ("verAplic", "SVRS202601011200"),
        ("chNFe", key),
        ("dhRecbto", stamp),
        ("nProt", f"1{uf}26{rng.randint(10**10, 10**11 - 1)}"),
        ("digVal", "Q2hhdmUgZGUgdGVzdGU9PT0xMjM0NTY3OA=="),
        ("cStat", "100"),
        ("xMotivo", "Autorizado o uso da NF-e"),
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><NFe>'
        f'<infNFe Id="NFe{key}" versao="4.00"><ide>{ide}</ide><emit>{emit}</emit>'
        f"<dest>{dest}</dest>{items}{_totals(job)}{transp}{cobr}{pay}"
        f"<infAdic>{extra}</infAdic></infNFe></NFe>"
        f'<protNFe versao="4.00"><infProt>{prot}</infProt></protNFe></nfeProc>'
    )


def config(options: dict[str, Any]) -> Any:
    """The package's options as the issuer prints with them (a ``DanfeConfig``)."""
    from brazilfiscalreport.danfe import DanfeConfig
    from brazilfiscalreport.danfe.config import (
        DanfeLayout,
        FontType,
        ReceiptPosition,
        TaxConfiguration,
    )

    return DanfeConfig(
        layout=DanfeLayout[options["layout"]],
        font_type=FontType[options["font"]],
        receipt_pos=ReceiptPosition[options["receipt"]],
        tax_configuration=(
            TaxConfiguration.STANDARD_ICMS_IPI if options["ipi"] else TaxConfiguration.WITHOUT_IPI
        ),
    )


def main(pairs: list[str]) -> None:
    from brazilfiscalreport.danfe import Danfe

    for src, out in zip(pairs[::2], pairs[1::2], strict=True):
        job = json.loads(Path(src).read_text(encoding="utf-8"))
        Danfe(xml=nfe(job), config=config(job["issuer"]["print"])).output(out)


if __name__ == "__main__":
    main(sys.argv[1:])
