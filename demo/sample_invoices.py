"""Sample invoice PDFs from seven fictional vendors, each with its own layout, language,
date and number style, plus bad documents on purpose. A ``NAME.truth.json`` with the
printed values sits next to each good PDF.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

CENT = Decimal("0.01")

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def fmt_amount(d: Decimal, style: str) -> str:
    """1234.5 -> en '1,234.50', de '1.234,50', fr '1 234,50', ch "1'234.50"."""
    s = f"{d:,.2f}"
    if style == "en":
        return s
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        return s.replace(",", " ").replace(".", ",")
    if style == "ch":
        return s.replace(",", "'")
    raise KeyError(style)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "nl":
        return d.strftime("%d-%m-%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "en_short":
        return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    if style == "fr_long":
        return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    if style == "es_long":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    raise KeyError(style)


@dataclass
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Invoice:
    vendor: str
    number: str
    issue: dt.date
    due: dt.date
    currency: str
    rate: Decimal
    lines: list[Line]
    buyer: str = "Acme Back Office Ltd"
    po: str | None = None
    gross_override: Decimal | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def net(self) -> Decimal:
        return sum((ln.total for ln in self.lines), Decimal("0"))

    @property
    def tax(self) -> Decimal:
        return (self.net * self.rate / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def gross(self) -> Decimal:
        return self.gross_override if self.gross_override is not None else self.net + self.tax

    def truth(self) -> dict[str, Any]:
        return {
            "invoice_number": self.number,
            "issue_date": self.issue.isoformat(),
            "due_date": self.due.isoformat(),
            "seller": self.vendor,
            "currency": self.currency,
            "net_total": f"{self.net:.2f}",
            "tax_total": f"{self.tax:.2f}",
            "gross_total": f"{self.gross:.2f}",
            "po_number": self.po,
            "lines": [
                {
                    "description": ln.description,
                    "quantity": f"{ln.quantity.normalize():f}",
                    "unit_price": f"{ln.unit_price:.2f}",
                    "line_total": f"{ln.total:.2f}",
                }
                for ln in self.lines
            ],
        }


@dataclass(frozen=True)
class Vendor:
    key: str
    name: str
    address: str
    currency: str
    rate: Decimal
    language: str
    amount_style: str
    date_style: str
    number_format: str
    draw: Callable[[Any, Invoice, Vendor], None]
    products: tuple[str, ...]
    max_lines: int = 6
    facturx: bool = False


# ---------------------------------------------------------------- drawing helpers


class Pen:
    """A tiny layout helper over a reportlab canvas (y grows downwards from the top)."""

    def __init__(self, canvas: Any) -> None:
        from reportlab.lib.pagesizes import A4

        self.c = canvas
        self.w, self.h = A4

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10,
        bold: bool = False,
        font: str = "Helvetica",
        right: bool = False,
    ) -> None:
        face = {
            "Helvetica": ("Helvetica", "Helvetica-Bold"),
            "Times": ("Times-Roman", "Times-Bold"),
            "Courier": ("Courier", "Courier-Bold"),
        }[font][int(bold)]
        self.c.setFont(face, size)
        if right:
            self.c.drawRightString(x, self.h - y, s)
        else:
            self.c.drawString(x, self.h - y, s)

    def rule(self, y: float, x0: float = 50, x1: float = 545) -> None:
        self.c.line(x0, self.h - y, x1, self.h - y)

    def new_page(self) -> None:
        self.c.showPage()


def _table(
    pen: Pen,
    v: Vendor,
    inv: Invoice,
    y: float,
    heads: list[str],
    font: str = "Helvetica",
    per_page: int = 22,
    top_next: float = 80,
) -> float:
    """Draw the line-item table (description, qty, unit price, total); may add pages."""
    cols = [55, 330, 420, 540]

    def head(yy: float) -> float:
        for i, h in enumerate(heads):
            pen.text(cols[i], yy, h, 9, bold=True, font=font, right=i > 0)
        pen.rule(yy + 4)
        return yy + 18

    y = head(y)
    for n, ln in enumerate(inv.lines):
        if n and n % per_page == 0:
            pen.text(540, 810, "…", 9, font=font, right=True)
            pen.new_page()
            y = head(top_next)
        pen.text(cols[0], y, ln.description, 9, font=font)
        pen.text(
            cols[1],
            y,
            f"{ln.quantity.normalize():f}".replace(
                ".", "," if v.amount_style in ("de", "fr") else "."
            ),
            9,
            font=font,
            right=True,
        )
        pen.text(cols[2], y, fmt_amount(ln.unit_price, v.amount_style), 9, font=font, right=True)
        pen.text(cols[3], y, fmt_amount(ln.total, v.amount_style), 9, font=font, right=True)
        y += 15
    pen.rule(y - 8)
    return y + 10


def _totals(
    pen: Pen,
    v: Vendor,
    inv: Invoice,
    y: float,
    labels: tuple[str, str, str],
    suffix: str = "",
    font: str = "Helvetica",
    x_label: float = 360,
) -> float:
    a = v.amount_style
    for label, value, bold in (
        (labels[0], inv.net, False),
        (labels[1], inv.tax, False),
        (labels[2], inv.gross, True),
    ):
        pen.text(x_label, y, label, 10, bold=bold, font=font)
        pen.text(540, y, fmt_amount(value, a) + suffix, 10, bold=bold, font=font, right=True)
        y += 16
    return y


# ---------------------------------------------------------------- the seven layouts


def draw_northwind(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """English letterhead, labels right of values, GBP, '3 Nov 2026', 1,234.56."""
    pen.text(50, 60, v.name, 18, bold=True)
    pen.text(50, 76, v.address, 9)
    pen.text(400, 60, "INVOICE", 20, bold=True)
    pen.text(50, 120, "Bill to:", 9, bold=True)
    pen.text(50, 134, inv.buyer, 10)
    d = v.date_style
    rows = [
        ("Invoice No.:", inv.number),
        ("Invoice Date:", fmt_date(inv.issue, d)),
        ("Due Date:", fmt_date(inv.due, d)),
    ]
    if inv.po:
        rows.append(("PO Number:", inv.po))
    for i, (k, val) in enumerate(rows):
        pen.text(360, 120 + i * 15, k, 10, bold=True)
        pen.text(450, 120 + i * 15, val, 10)
    y = _table(pen, v, inv, 210, ["Description", "Qty", "Unit Price", "Amount"])
    y = _totals(pen, v, inv, y, ("Subtotal", f"VAT {v.rate}%", "Total GBP"))
    pen.text(50, y + 30, f"Please pay within 30 days. All amounts in {inv.currency} (£).", 9)


def draw_mueller(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """German, header block with labels and values in two columns, multi-page, 1.234,56 €."""
    pen.text(50, 50, v.name, 16, bold=True, font="Times")
    pen.text(50, 66, v.address, 8, font="Times")
    pen.text(50, 110, inv.buyer, 11, font="Times")
    pen.text(50, 124, "Postfach 12 34, 10115 Berlin", 9, font="Times")
    pen.text(50, 175, "Rechnung", 16, bold=True, font="Times")
    d = v.date_style
    rows = [
        ("Rechnungsnummer", inv.number),
        ("Rechnungsdatum", fmt_date(inv.issue, d)),
        ("Fällig am", fmt_date(inv.due, d)),
        ("Kundennummer", "K-4711"),
    ]
    if inv.po:
        rows.append(("Bestellnummer", inv.po))
    for i, (k, val) in enumerate(rows):
        pen.text(330, 100 + i * 14, k, 9, font="Times")
        pen.text(440, 100 + i * 14, val, 9, font="Times")
    y = _table(
        pen,
        v,
        inv,
        215,
        ["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
        font="Times",
        per_page=25,
    )
    rate = f"{v.rate:f}".replace(".", ",")
    _totals(
        pen,
        v,
        inv,
        y,
        ("Nettobetrag", f"zzgl. MwSt. {rate} %", "Gesamtbetrag"),
        suffix=" €",
        font="Times",
    )
    pen.text(
        50,
        800,
        "Bankverbindung: IBAN DE12 3456 7890 1234 5678 90 · Zahlbar ohne Abzug",
        7,
        font="Times",
    )


def draw_lumiere(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """French, long dates, 1 234,56 €, Factur-X XML embedded."""
    pen.text(50, 55, v.name, 17, bold=True)
    pen.text(50, 70, v.address, 8)
    pen.text(50, 84, "SIRET 123 456 789 00012 · TVA FR12345678901", 8)
    pen.text(360, 130, "Client :", 9, bold=True)
    pen.text(360, 144, inv.buyer, 10)
    pen.text(50, 130, f"FACTURE N° {inv.number}", 14, bold=True)
    d = v.date_style
    pen.text(50, 150, f"Date de facture : {fmt_date(inv.issue, d)}", 10)
    pen.text(50, 164, f"Date d'échéance : {fmt_date(inv.due, d)}", 10)
    if inv.po:
        pen.text(50, 178, f"Bon de commande : {inv.po}", 10)
    y = _table(pen, v, inv, 220, ["Désignation", "Qté", "Prix unitaire HT", "Montant HT"])
    _totals(
        pen,
        v,
        inv,
        y,
        ("Total HT", f"TVA {v.rate:f}".replace(".", ",") + " %", "Total TTC"),
        suffix=" €",
    )


def draw_vandijk(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """Dutch, values BELOW labels in a header band, 03-11-2026, EUR code."""
    pen.text(380, 50, v.name, 14, bold=True, right=False)
    pen.text(380, 64, v.address, 8)
    pen.text(50, 60, "FACTUUR", 22, bold=True)
    pen.text(50, 110, "Aan:", 9, bold=True)
    pen.text(50, 124, inv.buyer, 10)
    labels = ["Factuurnummer", "Factuurdatum", "Vervaldatum", "Valuta"]
    values = [
        inv.number,
        fmt_date(inv.issue, v.date_style),
        fmt_date(inv.due, v.date_style),
        inv.currency,
    ]
    if inv.po:
        labels.append("Ordernummer")
        values.append(inv.po)
    for i, (lab, val) in enumerate(zip(labels, values, strict=True)):
        pen.text(50 + i * 100, 170, lab, 8, bold=True)
        pen.text(50 + i * 100, 184, val, 10)
    y = _table(pen, v, inv, 230, ["Omschrijving", "Aantal", "Prijs", "Bedrag"])
    _totals(pen, v, inv, y, ("Subtotaal", f"BTW {v.rate}%", "Totaal te betalen"), suffix=" EUR")


def draw_summit(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """US English, '#' labels, MM/DD/YYYY, $1,234.56, 'Amount Due'."""
    pen.text(50, 60, v.name, 20, bold=True, font="Courier")
    pen.text(50, 78, v.address, 8, font="Courier")
    d = v.date_style
    pen.text(380, 60, f"Invoice # {inv.number}", 11, bold=True, font="Courier")
    pen.text(380, 76, f"Date: {fmt_date(inv.issue, d)}", 10, font="Courier")
    pen.text(380, 92, f"Due: {fmt_date(inv.due, d)}", 10, font="Courier")
    if inv.po:
        pen.text(380, 108, f"P.O. # {inv.po}", 10, font="Courier")
    pen.text(50, 130, "SOLD TO", 9, bold=True, font="Courier")
    pen.text(50, 144, inv.buyer, 10, font="Courier")
    cols = ["Item", "Qty", "Rate", "Amount"]
    y = _table(pen, v, inv, 200, cols, font="Courier")
    a = v.amount_style
    for label, value, bold in (
        ("Subtotal", inv.net, False),
        (f"Sales Tax ({v.rate}%)", inv.tax, False),
        ("Amount Due (USD)", inv.gross, True),
    ):
        pen.text(330, y, label, 10, bold=bold, font="Courier")
        pen.text(540, y, "$" + fmt_amount(value, a), 10, bold=bold, font="Courier", right=True)
        y += 16


def draw_alpen(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """Swiss German, ISO dates, CHF with apostrophes, totals labelled 'Total CHF'."""
    pen.text(50, 50, v.name, 15, bold=True)
    pen.text(50, 64, v.address, 8)
    pen.text(50, 78, "UID CHE-123.456.789 MWST", 8)
    pen.text(330, 120, inv.buyer, 10)
    pen.text(50, 170, f"Rechnung Nr. {inv.number}", 13, bold=True)
    pen.text(50, 188, f"Datum: {fmt_date(inv.issue, v.date_style)}", 10)
    pen.text(250, 188, f"Zahlbar bis: {fmt_date(inv.due, v.date_style)}", 10)
    if inv.po:
        pen.text(430, 188, f"Ihre Bestellung: {inv.po}", 9)
    y = _table(pen, v, inv, 230, ["Leistung", "Anzahl", "Ansatz", "Betrag"])
    _totals(pen, v, inv, y, ("Zwischensumme", f"MWST {v.rate}%", "Total CHF"))


def draw_garcia(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """Spanish, long dates, 1.234,56 €."""
    pen.text(50, 55, v.name, 16, bold=True)
    pen.text(50, 70, v.address + " · NIF B12345678", 8)
    pen.text(50, 120, "FACTURA", 18, bold=True)
    d = v.date_style
    pen.text(50, 145, f"Factura nº: {inv.number}", 10)
    pen.text(50, 160, f"Fecha de emisión: {fmt_date(inv.issue, d)}", 10)
    pen.text(50, 175, f"Fecha de vencimiento: {fmt_date(inv.due, d)}", 10)
    if inv.po:
        pen.text(50, 190, f"Pedido: {inv.po}", 10)
    pen.text(350, 145, "Cliente:", 9, bold=True)
    pen.text(350, 160, inv.buyer, 10)
    y = _table(pen, v, inv, 230, ["Concepto", "Cantidad", "Precio", "Importe"])
    _totals(pen, v, inv, y, ("Base imponible", f"IVA {v.rate}%", "Total factura"), suffix=" €")


VENDORS = [
    Vendor(
        "northwind",
        "Northwind Traders Ltd",
        "12 Wharf Road, London N1 7GR, United Kingdom",
        "GBP",
        Decimal("20"),
        "en",
        "en",
        "en_short",
        "NW-{n:05d}",
        draw_northwind,
        (
            "Copy paper A4 (box)",
            "Toner cartridge",
            "Desk lamp",
            "Filing cabinet",
            "Printer service",
            "Whiteboard markers",
        ),
    ),
    Vendor(
        "mueller",
        "Müller Bürobedarf GmbH",
        "Industriestraße 7, 70565 Stuttgart",
        "EUR",
        Decimal("19"),
        "de",
        "de",
        "de",
        "RE-{year}-{n:04d}",
        draw_mueller,
        (
            "Ordner breit",
            "Kugelschreiber blau",
            "Kopierpapier 80g",
            "Heftklammern",
            "Locher",
            "Tischkalender",
            "Briefumschläge C4",
            "Haftnotizen",
        ),
        max_lines=34,
    ),
    Vendor(
        "lumiere",
        "Société Lumière SARL",
        "8 rue des Lilas, 69003 Lyon, France",
        "EUR",
        Decimal("20"),
        "fr",
        "fr",
        "fr_long",
        "F{year}{n:04d}",
        draw_lumiere,
        ("Maintenance éclairage", "Ampoules LED", "Câblage", "Déplacement technicien"),
        facturx=True,
    ),
    Vendor(
        "vandijk",
        "Van Dijk Techniek B.V.",
        "Havenweg 3, 3011 Rotterdam, Nederland",
        "EUR",
        Decimal("21"),
        "nl",
        "de",
        "nl",
        "{year}-{n:05d}",
        draw_vandijk,
        ("Onderhoud installatie", "Reserveonderdelen", "Arbeidsuren", "Voorrijkosten"),
    ),
    Vendor(
        "summit",
        "Summit Software Inc.",
        "500 Market Street, San Francisco, CA 94105",
        "USD",
        Decimal("8.5"),
        "en",
        "en",
        "us",
        "SS{n:06d}",
        draw_summit,
        ("Annual license", "Support plan", "Onboarding", "Extra seats"),
    ),
    Vendor(
        "alpen",
        "Alpen Consulting AG",
        "Bahnhofstrasse 10, 8001 Zürich",
        "CHF",
        Decimal("8.1"),
        "de",
        "ch",
        "iso",
        "AC-{n:04d}",
        draw_alpen,
        ("Beratung", "Workshop", "Spesen", "Projektleitung"),
    ),
    Vendor(
        "garcia",
        "Hermanos García S.L.",
        "Calle Mayor 21, 28013 Madrid",
        "EUR",
        Decimal("21"),
        "es",
        "de",
        "es_long",
        "FAC-{year}-{n:03d}",
        draw_garcia,
        ("Mantenimiento", "Material eléctrico", "Mano de obra", "Desplazamiento"),
    ),
]


def make_invoice(v: Vendor, n: int, rng: random.Random, today: dt.date, tag: str = "") -> Invoice:
    issue = today - dt.timedelta(days=rng.randint(1, 60))
    count = rng.randint(1, v.max_lines)
    if v.max_lines > 25 and n % 2 == 0:
        count = rng.randint(27, v.max_lines)  # every other one runs over two pages
    lines = []
    for _ in range(count):
        qty = (
            Decimal(rng.choice([1, 1, 2, 3, 5, 10, 12]))
            if rng.random() < 0.8
            else Decimal(rng.choice(["0.5", "1.5", "2.25"]))
        )
        price = (Decimal(rng.randint(150, 250000)) / 100).quantize(CENT)
        lines.append(Line(rng.choice(v.products), qty, price))
    number = v.number_format.format(n=n + 1 + rng.randint(0, 50) * 100, year=issue.year) + tag
    po = f"PO-{rng.randint(10000, 99999)}" if rng.random() < 0.5 else None
    return Invoice(
        v.name,
        number,
        issue,
        issue + dt.timedelta(days=rng.choice([14, 30, 45])),
        v.currency,
        v.rate,
        lines,
        po=po,
    )


def render_pdf(path: Path, v: Vendor, inv: Invoice, encrypt: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    kwargs: dict[str, Any] = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, canModify=0)
    c = canvas.Canvas(str(path), invariant=1, **kwargs)
    c.setTitle(f"{v.name} invoice {inv.number}")
    c.setAuthor(v.name)
    v.draw(Pen(c), inv, v)
    c.showPage()
    c.save()
    if v.facturx:
        embed_facturx(path, inv)
    return path


def facturx_xml(inv: Invoice) -> bytes:
    """A minimal Factur-X (CII) document with the invoice's header and totals."""
    ns = (
        'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
        'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
        'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"'
    )
    lines = "".join(
        f"<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
        f"<ram:LineID>{i + 1}</ram:LineID></ram:AssociatedDocumentLineDocument>"
        f"<ram:SpecifiedTradeProduct><ram:Name>{ln.description}</ram:Name></ram:SpecifiedTradeProduct>"
        f"<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>"
        f"{ln.unit_price:.2f}</ram:ChargeAmount></ram:NetPriceProductTradePrice>"
        f"</ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>"
        f'<ram:BilledQuantity unitCode="C62">{ln.quantity}</ram:BilledQuantity>'
        f"</ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement>"
        f"<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{ln.total:.2f}"
        f"</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
        f"</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
        for i, ln in enumerate(inv.lines)
    )
    po = (
        (
            f"<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>{inv.po}</ram:IssuerAssignedID>"
            f"</ram:BuyerOrderReferencedDocument>"
        )
        if inv.po
        else ""
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice {ns}>'
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>"
        f"<rsm:ExchangedDocument><ram:ID>{inv.number}</ram:ID><ram:TypeCode>380</ram:TypeCode>"
        f'<ram:IssueDateTime><udt:DateTimeString format="102">{inv.issue:%Y%m%d}'
        "</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>"
        f"<rsm:SupplyChainTradeTransaction>{lines}<ram:ApplicableHeaderTradeAgreement>"
        f"<ram:SellerTradeParty><ram:Name>{inv.vendor}</ram:Name></ram:SellerTradeParty>"
        f"<ram:BuyerTradeParty><ram:Name>{inv.buyer}</ram:Name></ram:BuyerTradeParty>{po}"
        "</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>"
        f"<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{inv.currency}"
        "</ram:InvoiceCurrencyCode><ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>"
        f'<udt:DateTimeString format="102">{inv.due:%Y%m%d}</udt:DateTimeString>'
        "</ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>"
        "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:LineTotalAmount>{inv.net:.2f}</ram:LineTotalAmount>"
        f"<ram:TaxBasisTotalAmount>{inv.net:.2f}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{inv.currency}">{inv.tax:.2f}</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>{inv.gross:.2f}</ram:GrandTotalAmount>"
        f"<ram:DuePayableAmount>{inv.gross:.2f}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
        "</rsm:CrossIndustryInvoice>"
    )
    return xml.encode("utf-8")


def embed_facturx(path: Path, inv: Invoice) -> None:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    att = doc.new_attachment("factur-x.xml")
    att.set_data(facturx_xml(inv))
    tmp = path.with_suffix(".tmp")
    doc.save(str(tmp))
    doc.close()
    tmp.replace(path)


def make_scan(src: Path, dest: Path) -> Path:
    """An image-only copy of *src* (what a scanner produces): no text layer."""
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    doc = pypdfium2.PdfDocument(str(src))
    img = doc[0].render(scale=1.2).to_pil()
    doc.close()
    c = canvas.Canvas(str(dest), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return dest


def generate_invoices(
    folder: Path,
    count: int = 2,
    seed: int = 7,
    today: dt.date | None = None,
    bad: bool = True,
    tag: str = "",
) -> dict[str, Any]:
    """Write *count* invoices per vendor (+ truth JSON) and, with *bad*, the bad documents.
    *tag* is appended to every invoice number (distinct invoices across generated sets).

    Returns counts and the names of the bad files with what is wrong with each.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    today = today or dt.date.today()
    made: list[tuple[Vendor, Invoice, Path]] = []
    for i in range(count):
        for v in VENDORS:
            inv = make_invoice(v, i, rng, today, tag)
            path = folder / f"{v.key}_{i + 1:04d}.pdf"
            render_pdf(path, v, inv)
            (folder / f"{path.stem}.truth.json").write_text(
                json.dumps(
                    {
                        "file": path.name,
                        "vendor": v.key,
                        "language": v.language,
                        "facturx": v.facturx,
                        "fields": inv.truth(),
                    },
                    indent=1,
                    ensure_ascii=False,
                ),
                encoding="utf-8",
            )
            made.append((v, inv, path))
    badfiles: dict[str, str] = {}
    if bad and made:
        v0, inv0, p0 = made[0]
        (folder / "bad_corrupt.pdf").write_bytes(p0.read_bytes()[:400] + b"\x00garbage" * 50)
        badfiles["bad_corrupt.pdf"] = "corrupt"
        (folder / "bad_empty.pdf").write_bytes(b"")
        badfiles["bad_empty.pdf"] = "empty"
        (folder / "bad_not_a_pdf.pdf").write_text("Dear customer,\nthis is not a PDF.\n")
        badfiles["bad_not_a_pdf.pdf"] = "not a pdf"
        render_pdf(folder / "bad_encrypted.pdf", v0, inv0, encrypt="secret")
        badfiles["bad_encrypted.pdf"] = "encrypted"
        make_scan(p0, folder / "bad_scan.pdf")
        badfiles["bad_scan.pdf"] = "scan without text layer"
        v1 = next(v for v in VENDORS if not v.facturx)
        wrong = make_invoice(v1, 999, rng, today, tag)
        wrong.number = wrong.number + "-X"
        wrong.gross_override = wrong.net + wrong.tax + Decimal("10.00")
        render_pdf(folder / "bad_totals.pdf", v1, wrong)
        badfiles["bad_totals.pdf"] = "totals do not add up"
        # the same invoice again, as a new file (another scan/print of it)
        dv, dinv, _ = made[1 % len(made)]
        dinv_copy = Invoice(**{**dinv.__dict__, "extra": {"copy": True}})
        render_pdf(folder / "bad_duplicate.pdf", dv, dinv_copy)
        with (folder / "bad_duplicate.pdf").open("ab") as f:
            f.write(b"\n% a re-sent copy\n")
        badfiles["bad_duplicate.pdf"] = f"duplicate of {made[1 % len(made)][2].name}"
        later = (folder / "bad_duplicate.pdf").stat().st_mtime + 60
        os.utime(folder / "bad_duplicate.pdf", (later, later))  # it arrived after the original
    (folder / "bad_documents.json").write_text(json.dumps(badfiles, indent=1))
    return {"invoices": len(made), "bad documents": len(badfiles), "folder": str(folder)}
