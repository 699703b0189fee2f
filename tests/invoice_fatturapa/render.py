"""Print the invoices of :mod:`tests.invoice_fatturapa`: ``python render.py IN.json OUT.pdf ...``.
Each job becomes a FatturaPA 1.2 XML (as an Italian invoicing program writes one, in the
schema's order), which the job's stylesheet from OCA's ``l10n_it_fatturapa`` wheel (fetched
from PyPI) turns into HTML, printed by Chromium on A4 as a browser prints it."""

from __future__ import annotations

import json
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from lxml import etree
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from robot_lib.browser.find import find_browser  # noqa: E402
from robot_lib.browser.launch import ROOT_SAFE_ARGS  # noqa: E402
from tests.invoice_corpus import unpacked_sdist  # noqa: E402
from tests.invoice_fatturapa import STYLES  # noqa: E402

NS = "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2"
WHEEL = "odoo-addon-l10n_it_fatturapa==16.0.1.4.2"


def _el(parent: Any, tag: str, text: str | None = None) -> Any:
    e = etree.SubElement(parent, tag)
    e.text = text
    return e


def _two(x: str) -> str:
    return f"{Decimal(x):.2f}"


def _party(parent: Any, tag: str, who: list[str], regime: bool) -> None:
    name, vat, street, postcode, town, province = who
    party = _el(parent, tag)
    data = _el(party, "DatiAnagrafici")
    ident = _el(data, "IdFiscaleIVA")
    _el(ident, "IdPaese", "IT")
    _el(ident, "IdCodice", vat)
    _el(_el(data, "Anagrafica"), "Denominazione", name)
    if regime:
        _el(data, "RegimeFiscale", "RF01")
    seat = _el(party, "Sede")
    for key, value in (
        ("Indirizzo", street),
        ("CAP", postcode),
        ("Comune", town),
        ("Provincia", province),
        ("Nazione", "IT"),
    ):
        _el(seat, key, value)


def fattura(job: dict[str, Any]) -> Any:
    """The FatturaPA XML of *job*."""
    root = etree.Element(f"{{{NS}}}FatturaElettronica", nsmap={"p": NS}, versione="FPR12")
    head = _el(root, "FatturaElettronicaHeader")
    sent = _el(head, "DatiTrasmissione")
    ident = _el(sent, "IdTrasmittente")
    _el(ident, "IdPaese", "IT")
    _el(ident, "IdCodice", job["seller"][1])
    _el(sent, "ProgressivoInvio", job["sent"])
    _el(sent, "FormatoTrasmissione", "FPR12")
    _el(sent, "CodiceDestinatario", "M5UXCR1")
    _party(head, "CedentePrestatore", job["seller"], regime=True)
    _party(head, "CessionarioCommittente", job["customer"], regime=False)
    body = _el(root, "FatturaElettronicaBody")
    doc = _el(_el(body, "DatiGenerali"), "DatiGeneraliDocumento")
    _el(doc, "TipoDocumento", "TD01")
    _el(doc, "Divisa", "EUR")
    _el(doc, "Data", job["date"])
    _el(doc, "Numero", job["number"])
    if job["withheld"]:
        held = _el(doc, "DatiRitenuta")
        _el(held, "TipoRitenuta", "RT01")
        _el(held, "ImportoRitenuta", _two(job["withheld"]))
        _el(held, "AliquotaRitenuta", "20.00")
        _el(held, "CausalePagamento", "A")
    if job["fund"]:
        fund = _el(doc, "DatiCassaPrevidenziale")
        base = sum(Decimal(x["amount"]) for x in job["lines"])
        for key, value in (
            ("TipoCassa", "TC01"),
            ("AlCassa", "4.00"),
            ("ImportoContributoCassa", _two(job["fund"])),
            ("ImponibileCassa", f"{base:.2f}"),
            ("AliquotaIVA", "22.00"),
            ("Ritenuta", "SI"),
        ):
            _el(fund, key, value)
    if job["total"]:
        _el(doc, "ImportoTotaleDocumento", _two(job["total"]))
    goods = _el(body, "DatiBeniServizi")
    for n, line in enumerate(job["lines"], 1):
        row = _el(goods, "DettaglioLinee")
        _el(row, "NumeroLinea", str(n))
        _el(row, "Descrizione", line["desc"])
        _el(row, "Quantita", _two(line["count"]))
        _el(row, "PrezzoUnitario", _two(line["price"]))
        if line["discount"]:
            off = _el(row, "ScontoMaggiorazione")
            _el(off, "Tipo", "SC")
            _el(off, "Percentuale", _two(line["discount"]))
        _el(row, "PrezzoTotale", _two(line["amount"]))
        _el(row, "AliquotaIVA", _two(line["rate"]))
        if job["withheld"]:
            _el(row, "Ritenuta", "SI")
        if line["nature"]:
            _el(row, "Natura", line["nature"])
    for part in job["summary"]:
        sums = _el(goods, "DatiRiepilogo")
        _el(sums, "AliquotaIVA", _two(part["rate"]))
        if part["nature"]:
            _el(sums, "Natura", part["nature"])
        _el(sums, "ImponibileImporto", _two(part["base"]))
        _el(sums, "Imposta", _two(part["tax"]))
        if part["nature"]:
            _el(sums, "RiferimentoNormativo", "Esente art. 10 DPR 633/72")
        else:
            _el(sums, "EsigibilitaIVA", "I")
    pay = _el(body, "DatiPagamento")
    _el(pay, "CondizioniPagamento", "TP02")
    detail = _el(pay, "DettaglioPagamento")
    _el(detail, "ModalitaPagamento", "MP01" if job["cash"] else "MP05")
    if job["due"]:
        _el(detail, "DataScadenzaPagamento", job["due"])
    _el(detail, "ImportoPagamento", _two(job["payment"]))
    if not job["cash"]:
        _el(detail, "IBAN", job["iban"])
    return root


def main(pairs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = unpacked_sdist(WHEEL, Path(tmp), wheel=True) / "odoo/addons/l10n_it_fatturapa/data"
        sheets = {k: etree.XSLT(etree.parse(str(data / f))) for k, f in STYLES.items()}
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=find_browser()[0], args=list(ROOT_SAFE_ARGS)
            )
            page = browser.new_page()
            for src, out in zip(pairs[::2], pairs[1::2], strict=True):
                job = json.loads(Path(src).read_text(encoding="utf-8"))
                page.set_content(str(sheets[job["style"]](fattura(job))), wait_until="load")
                page.pdf(path=out, format="A4", print_background=True)
            browser.close()


if __name__ == "__main__":
    main(sys.argv[1:])
