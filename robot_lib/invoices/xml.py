"""Embedded e-invoice XML: Factur-X / ZUGFeRD 1 and 2 / XRechnung (CII) and UBL."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree import ElementTree as ET

from robot_lib.invoices.model import LineItem

XML_NAMES = (
    "factur-x.xml",
    "zugferd-invoice.xml",
    "zugferd_invoice.xml",
    "xrechnung.xml",
    "ZUGFeRD-invoice.xml",
)


class XmlInvoice:
    """Values read from an e-invoice XML (all strings, normalized like extraction)."""

    def __init__(self, values: dict[str, str], lines: list[LineItem], syntax: str) -> None:
        self.values = values
        self.lines = lines
        self.syntax = syntax


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


def _find(el: ET.Element | None, *path: str) -> ET.Element | None:
    """First descendant matching the local-name path (each step searched at any depth)."""
    cur = el
    for step in path:
        if cur is None:
            return None
        cur = next((d for d in cur.iter() if d is not cur and _local(d.tag) == step), None)
    return cur


def _text(el: ET.Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    return el.text.strip() or None


def _amount(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return f"{Decimal(text):.2f}"
    except InvalidOperation:
        return None


def _date(text: str | None) -> str | None:
    if not text:
        return None
    t = text.strip()
    try:
        if re.fullmatch(r"\d{8}", t):
            return dt.date(int(t[:4]), int(t[4:6]), int(t[6:])).isoformat()
        return dt.date.fromisoformat(t[:10]).isoformat()
    except ValueError:
        return None


def _plain_number(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        d = Decimal(text).normalize()
    except InvalidOperation:
        return None
    return f"{d:f}"


def parse(data: bytes) -> XmlInvoice | None:
    """Parse CII or UBL; None if *data* is neither. DOCTYPEs are refused (no entities)."""
    if b"<!DOCTYPE" in data[:2048].upper() or b"<!ENTITY" in data[:4096].upper():
        return None
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return None
    name = _local(root.tag)
    if name in ("CrossIndustryInvoice", "CrossIndustryDocument"):
        return _cii(root)
    if name in ("Invoice", "CreditNote") and "oasis" in root.tag:
        return _ubl(root)
    if (
        _find(root, "ExchangedDocument") is not None
        or _find(root, "HeaderExchangedDocument") is not None
    ):
        return _cii(root)  # CII-shaped drafts (e.g. the 2013 CBFBUY 'Invoice')
    return None


def _first(*found: ET.Element | None) -> ET.Element | None:
    """The first element that exists (elements without children are falsy: no 'or')."""
    return next((f for f in found if f is not None), None)


def _date_of(el: ET.Element | None) -> str | None:
    """A CII date: DateTimeString inside, or the element's own text."""
    return _date(_text(_first(_find(el, "DateTimeString"), el)))


def _cii(root: ET.Element) -> XmlInvoice:
    doc = _first(_find(root, "ExchangedDocument"), _find(root, "HeaderExchangedDocument"))
    v: dict[str, Any] = {
        "invoice_number": _text(_children(doc, "ID")[0])
        if doc is not None and _children(doc, "ID")
        else None,
        "issue_date": _date_of(_find(doc, "IssueDateTime")),
        "seller": _text(_find(root, "SellerTradeParty", "Name")),
        "buyer": _text(_find(root, "BuyerTradeParty", "Name")),
        "currency": _text(_find(root, "InvoiceCurrencyCode")),
        "due_date": _date_of(_find(root, "SpecifiedTradePaymentTerms", "DueDateDateTime")),
        "po_number": _text(_find(root, "BuyerOrderReferencedDocument", "IssuerAssignedID")),
    }
    summ = _first(
        _find(root, "SpecifiedTradeSettlementHeaderMonetarySummation"),
        _find(root, "SpecifiedTradeSettlementMonetarySummation"),
    )
    if summ is not None:
        v["net_total"] = _amount(_text(_find(summ, "TaxBasisTotalAmount")))
        v["gross_total"] = _amount(_text(_find(summ, "GrandTotalAmount")))
        taxes = [t for t in summ.iter() if _local(t.tag) == "TaxTotalAmount"]
        pick = next((t for t in taxes if t.get("currencyID") == v["currency"]), None)
        pick = pick if pick is not None else (taxes[0] if taxes else None)
        v["tax_total"] = _amount(_text(pick))
        v["charges"] = _amount(_text(_find(summ, "ChargeTotalAmount")))
        v["allowances"] = _amount(_text(_find(summ, "AllowanceTotalAmount")))
    lines = []
    for li in (e for e in root.iter() if _local(e.tag) == "IncludedSupplyChainTradeLineItem"):
        lines.append(
            LineItem(
                description=_text(_find(li, "SpecifiedTradeProduct", "Name")) or "",
                quantity=_plain_number(_text(_find(li, "BilledQuantity"))),
                unit_price=_amount(_text(_find(li, "NetPriceProductTradePrice", "ChargeAmount"))),
                line_total=_amount(_text(_find(li, "LineTotalAmount"))),
            )
        )
    return XmlInvoice({k: x for k, x in v.items() if x}, lines, "CII")


def _ubl(root: ET.Element) -> XmlInvoice:
    def direct(name: str) -> str | None:
        return next((_text(c) for c in root if _local(c.tag) == name), None)

    supplier = _find(root, "AccountingSupplierParty")
    customer = _find(root, "AccountingCustomerParty")
    total = _find(root, "LegalMonetaryTotal")
    tax_total = next((c for c in root if _local(c.tag) == "TaxTotal"), None)
    v: dict[str, Any] = {
        "invoice_number": direct("ID"),
        "issue_date": _date(direct("IssueDate")),
        "due_date": _date(
            direct("DueDate") or _text(_find(root, "PaymentMeans", "PaymentDueDate"))
        ),
        "currency": direct("DocumentCurrencyCode"),
        "seller": _text(_find(supplier, "PartyName", "Name"))
        or _text(_find(supplier, "RegistrationName")),
        "buyer": _text(_find(customer, "PartyName", "Name"))
        or _text(_find(customer, "RegistrationName")),
        "po_number": _text(_find(root, "OrderReference", "ID")),
        "net_total": _amount(_text(_find(total, "TaxExclusiveAmount"))),
        "gross_total": _amount(_text(_find(total, "TaxInclusiveAmount"))),
        "tax_total": _amount(_text(_find(tax_total, "TaxAmount")))
        if tax_total is not None
        else None,
        "charges": _amount(_text(_find(total, "ChargeTotalAmount"))),
        "allowances": _amount(_text(_find(total, "AllowanceTotalAmount"))),
    }
    lines = []
    for li in (e for e in root.iter() if _local(e.tag) in ("InvoiceLine", "CreditNoteLine")):
        qty = next(
            (c for c in li if _local(c.tag) in ("InvoicedQuantity", "CreditedQuantity")), None
        )
        lines.append(
            LineItem(
                description=_text(_find(li, "Item", "Name")) or "",
                quantity=_plain_number(_text(qty)),
                unit_price=_amount(_text(_find(li, "Price", "PriceAmount"))),
                line_total=_amount(
                    _text(next((c for c in li if _local(c.tag) == "LineExtensionAmount"), None))
                ),
            )
        )
    return XmlInvoice({k: x for k, x in v.items() if x}, lines, "UBL")
