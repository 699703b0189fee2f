"""The seven sample vendors and the layout each one prints (reportlab drawing)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from demo.invoice_model import Invoice, Vendor, fmt_amount, fmt_date

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
