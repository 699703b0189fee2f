"""Invoices as server-side tools print them with a PDF library, cell by cell (FPDF-style).

Shops, hosting billing panels and open-source ERPs do not print web pages: they place
each text in a cell of a PDF library (FPDF, TCPDF) at a computed position, and big ERPs
print a fixed-width spool in Courier. Their habits differ from the layouts the rules were
written with, and so does the producer. This module prints such invoices with fpdf2 in
four styles, written after the tools' habits (not their code), each in four locales:

- ``hosting`` (a hosting billing panel): the seller's address at the top right with no
  heading, a status word (UNPAID, or a rotated PAID stamp), "Invoice #4821" with the
  invoice and due dates under it, "Invoiced To", the totals as the last rows of a two-column
  table (a "Credit" line of 0.00), a transactions table and a "Balance" line, amounts as
  "£1,234.56 GBP", and "PDF generated on DATE" in the footer;
- ``shop`` (a web shop): a logo box or the shop's name at the top left, the title with the
  date and "#IN000123" at the top right, billing and delivery addresses side by side, a grid
  of number / invoice date / order reference / order date with the values in the row
  below, a tax-detail table, the totals with shipping costs, no due date, and the shop's
  name and VAT number in the footer;
- ``erp`` (an open-source ERP): "Ref. : FA2611-0042" and "Invoice date :" at the top right,
  sender and recipient frames side by side under small headings, payment terms and bank
  details at the bottom left, the totals at the bottom right (on odd seeds a partial
  payment and the remainder) and the legal footer;
- ``spool`` (a big ERP's print spool): Courier, one text run per line padded with spaces,
  no letterhead (pre-printed paper), the seller only in the window envelope's sender line
  and the footer, "Number / Date / Customer" beside the address, the due date inside the
  terms of payment sentence.

Values change with the seed; shared by the tests and ``benchmarks/invoice_accuracy.py
--pdflib``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_languages import _font

STYLES = ("hosting", "shop", "erp", "spool")


@dataclass(frozen=True)
class Money:
    currency: str
    symbol: str  # "{}" where the number goes
    thousands: str
    decimal: str
    date: str  # strftime form
    rate: Decimal

    def number(self, v: Decimal) -> str:
        sign = "-" if v < 0 else ""
        whole, frac = f"{abs(v):.2f}".split(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        return sign + self.thousands.join([whole, *groups]) + self.decimal + frac

    def __call__(self, v: Decimal) -> str:
        return self.symbol.format(self.number(v))


MONEY = {
    "en-GB": Money("GBP", "£{}", ",", ".", "%d/%m/%Y", Decimal(20)),
    "en-US": Money("USD", "${}", ",", ".", "%m/%d/%Y", Decimal("8.875")),
    "de-DE": Money("EUR", "{} €", ".", ",", "%d.%m.%Y", Decimal(19)),
    "fr-FR": Money("EUR", "{} €", " ", ",", "%d/%m/%Y", Decimal(20)),
    "es-ES": Money("EUR", "{} €", ".", ",", "%d/%m/%Y", Decimal(21)),
    "it-IT": Money("EUR", "€ {}", ".", ",", "%d/%m/%Y", Decimal(22)),
    "nl-NL": Money("EUR", "€ {}", ".", ",", "%d-%m-%Y", Decimal(21)),
}

# Seller: name, street, town, register line; per style and locale.
SELLERS: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "hosting": {
        "en-GB": (
            "Skyline Hosting Ltd",
            "7 Canal Wharf",
            "Leeds LS11 5PS",
            "VAT No. GB 331 2087 46",
        ),
        "en-US": ("Bitforge Cloud LLC", "1200 Market Street", "Denver, CO 80202", "EIN 47-3319082"),
        "de-DE": (
            "Serverhaus Weber GmbH",
            "Am Rechenzentrum 3",
            "90411 Nürnberg",
            "USt-IdNr. DE 311 408 652",
        ),
        "nl-NL": (
            "Hoogland Hosting B.V.",
            "Kanaalweg 14",
            "3526 KL Utrecht",
            "BTW-nr. NL 8541.22.903.B01",
        ),
    },
    "shop": {
        "en-GB": (
            "Ashford Tea Company Ltd",
            "3 Market Row",
            "Ashford TN23 1AA",
            "VAT GB 402 7731 19",
        ),
        "fr-FR": (
            "Maison Lavande SARL",
            "12 rue des Tanneurs",
            "84000 Avignon",
            "TVA FR 61 512 334 908",
        ),
        "es-ES": (
            "Aceites del Sur S.L.",
            "Calle Almendro 8",
            "41004 Sevilla",
            "NIF ES B41 558 207",
        ),
        "it-IT": (
            "Pastificio Bruni S.r.l.",
            "Via dei Mulini 21",
            "40121 Bologna",
            "P.IVA IT 03318 770 372",
        ),
    },
    "erp": {
        "fr-FR": (
            "Atelier Morel SAS",
            "5 avenue Jean Jaurès",
            "69007 Lyon",
            "TVA FR 40 823 119 447",
        ),
        "en-GB": (
            "Kestrel Engineering Ltd",
            "Unit 4, Mill Lane",
            "Sheffield S3 8GG",
            "VAT GB 118 3360 52",
        ),
        "es-ES": (
            "Talleres Ortega S.L.",
            "Polígono Norte 12",
            "50014 Zaragoza",
            "NIF ES B50 227 981",
        ),
        "de-DE": (
            "Hofmann Anlagenbau GmbH",
            "Werkstraße 40",
            "70565 Stuttgart",
            "USt-IdNr. DE 147 220 396",
        ),
    },
    "spool": {
        "de-DE": (
            "Nordwerk Maschinenbau GmbH",
            "Hafenstr. 12",
            "28195 Bremen",
            "USt-IdNr. DE 114 982 337",
        ),
        "en-US": (
            "Cascade Industrial Supply Inc.",
            "2200 Harbor Ave SW",
            "Seattle, WA 98126",
            "EIN 91-2047735",
        ),
        "it-IT": (
            "Officine Meccaniche Rinaldi S.p.A.",
            "Via Torino 150",
            "10093 Collegno TO",
            "P.IVA IT 07731 190 018",
        ),
        "nl-NL": (
            "Van der Berg Techniek B.V.",
            "Havenstraat 9",
            "3011 AL Rotterdam",
            "BTW NL 8190.47.220.B01",
        ),
    },
}

BUYERS = {
    "en-GB": ("Marlow Logistics plc", "14 Quayside Road", "Bristol BS1 4QA"),
    "en-US": ("Riverside Dental Group LLC", "350 Fifth Avenue", "New York, NY 10118"),
    "de-DE": ("Hafenlogistik Nord GmbH", "Speicherstraße 21", "20457 Hamburg"),
    "fr-FR": ("Boulangerie Carrel", "8 place du Marché", "13001 Marseille"),
    "es-ES": ("Hostal La Giralda", "Calle Mateos Gago 4", "41004 Sevilla"),
    "it-IT": ("Trattoria Da Elena", "Corso Italia 9", "20122 Milano"),
    "nl-NL": ("Bakkerij De Molen", "Dorpsstraat 33", "1621 CE Hoorn"),
}

ITEMS = (
    "Service A-{}",
    "Licence pack {}",
    "Part no. {}-B",
    "Consulting hours {}",
    "Hosting plan {}",
    "Spare kit {}",
)

# Each tool's words in each of its locales.
WORDS: dict[str, dict[str, dict[str, str]]] = {
    "hosting": {
        "en-GB": dict(
            title="Invoice #{n}",
            issued="Invoice Date: {d}",
            due="Due Date: {d}",
            unpaid="UNPAID",
            paid="PAID",
            to="Invoiced To",
            desc="Description",
            amount="Total",
            sub="Sub Total",
            tax="{r}% VAT",
            credit="Credit",
            total="Total",
            tx="Transactions",
            tx_cols="Transaction Date|Gateway|Transaction ID|Amount",
            none="No Related Transactions Found",
            gateway="Bank Transfer",
            balance="Balance",
            generated="PDF Generated on {d}",
        ),
        "en-US": dict(
            title="Invoice #{n}",
            issued="Invoice Date: {d}",
            due="Due Date: {d}",
            unpaid="UNPAID",
            paid="PAID",
            to="Invoiced To",
            desc="Description",
            amount="Total",
            sub="Sub Total",
            tax="{r}% Sales Tax",
            credit="Credit",
            total="Total",
            tx="Transactions",
            tx_cols="Transaction Date|Gateway|Transaction ID|Amount",
            none="No Related Transactions Found",
            gateway="Credit Card",
            balance="Balance",
            generated="PDF Generated on {d}",
        ),
        "de-DE": dict(
            title="Rechnung #{n}",
            issued="Rechnungsdatum: {d}",
            due="Fälligkeitsdatum: {d}",
            unpaid="UNBEZAHLT",
            paid="BEZAHLT",
            to="Rechnungsempfänger",
            desc="Beschreibung",
            amount="Betrag",
            sub="Zwischensumme",
            tax="{r}% MwSt.",
            credit="Guthaben",
            total="Gesamtbetrag",
            tx="Transaktionen",
            tx_cols="Transaktionsdatum|Zahlungsart|Transaktions-ID|Betrag",
            none="Keine Transaktionen gefunden",
            gateway="Überweisung",
            balance="Restbetrag",
            generated="PDF erstellt am {d}",
        ),
        "nl-NL": dict(
            title="Factuur #{n}",
            issued="Factuurdatum: {d}",
            due="Vervaldatum: {d}",
            unpaid="ONBETAALD",
            paid="BETAALD",
            to="Gefactureerd aan",
            desc="Omschrijving",
            amount="Bedrag",
            sub="Subtotaal",
            tax="{r}% BTW",
            credit="Krediet",
            total="Totaal",
            tx="Transacties",
            tx_cols="Transactiedatum|Betaalmethode|Transactie-ID|Bedrag",
            none="Geen transacties gevonden",
            gateway="iDEAL",
            balance="Saldo",
            generated="PDF gegenereerd op {d}",
        ),
    },
    "shop": {
        "en-GB": dict(
            title="INVOICE",
            billing="Billing Address",
            delivery="Delivery Address",
            grid="Invoice Number|Invoice Date|Order Reference|Order date",
            cols="Reference|Product|Tax Rate|Unit Price (Tax excl.)|Qty|Total (Tax excl.)",
            taxes="Tax Detail|Tax Rate|Base price|Total Tax",
            products="Total Products",
            shipping="Shipping Costs",
            net="Total (Tax excl.)",
            tax="Total Tax",
            total="Total",
            method="Payment Method",
            wire="Bank wire",
            help="For more assistance, contact Support:",
        ),
        "fr-FR": dict(
            title="FACTURE",
            billing="Adresse de facturation",
            delivery="Adresse de livraison",
            grid="Numéro de facture|Date de facturation|Référence de commande|Date de commande",
            cols="Référence|Produit|Taux de taxe|Prix unitaire (HT)|Qté|Total (HT)",
            taxes="Détail des taxes|Taux de taxe|Prix de base|Total taxes",
            products="Total produits",
            shipping="Frais de livraison",
            net="Total (HT)",
            tax="Total taxes",
            total="Total",
            method="Moyen de paiement",
            wire="Virement bancaire",
            help="Pour toute assistance, merci de contacter le support :",
        ),
        "es-ES": dict(
            title="FACTURA",
            billing="Dirección de facturación",
            delivery="Dirección de entrega",
            grid="Número de factura|Fecha de factura|Referencia del pedido|Fecha del pedido",
            cols="Referencia|Producto|Tipo de impuesto|Precio unitario (sin IVA)|Cant.|Total (sin IVA)",
            taxes="Detalle de impuestos|Tipo de impuesto|Precio base|Total impuestos",
            products="Total productos",
            shipping="Gastos de envío",
            net="Total (sin IVA)",
            tax="Total impuestos",
            total="Total",
            method="Forma de pago",
            wire="Transferencia bancaria",
            help="Para más ayuda, contacte con soporte:",
        ),
        "it-IT": dict(
            title="FATTURA",
            billing="Indirizzo di fatturazione",
            delivery="Indirizzo di consegna",
            grid="Numero fattura|Data fattura|Riferimento ordine|Data ordine",
            cols="Riferimento|Prodotto|Aliquota|Prezzo unitario (tasse escl.)|Qtà|Totale (tasse escl.)",
            taxes="Dettaglio tasse|Aliquota|Prezzo base|Totale tasse",
            products="Totale prodotti",
            shipping="Spese di spedizione",
            net="Totale (tasse escl.)",
            tax="Totale tasse",
            total="Totale",
            method="Metodo di pagamento",
            wire="Bonifico bancario",
            help="Per assistenza, contatta il supporto:",
        ),
    },
    "erp": {
        "fr-FR": dict(
            title="Facture",
            ref="Réf. : {n}",
            issued="Date facturation : {d}",
            due="Date échéance : {d}",
            code="Code client : {c}",
            sender="Émetteur",
            to="Adressé à",
            unit="Montants exprimés en Euros",
            cols="Désignation|TVA|P.U. HT|Qté|Total HT",
            terms="Conditions de règlement : 30 jours",
            mode="Mode de règlement : Virement bancaire",
            net="Total HT",
            tax="Total TVA {r}%",
            total="Total TTC",
            paid="Payé",
            rest="Reste à payer",
            capital="SAS au capital de 10 000 €",
        ),
        "en-GB": dict(
            title="Invoice",
            ref="Ref. : {n}",
            issued="Invoice date : {d}",
            due="Due date : {d}",
            code="Customer code : {c}",
            sender="Sender",
            to="Bill to",
            unit="Amounts in Pounds",
            cols="Description|VAT|U.P.|Qty|Total (excl. tax)",
            terms="Payment terms: 30 days",
            mode="Payment type: Bank transfer",
            net="Total (excl. tax)",
            tax="VAT {r}%",
            total="Total (inc. tax)",
            paid="Paid",
            rest="Remainder unpaid",
            capital="Registered in England No. 08812294",
        ),
        "es-ES": dict(
            title="Factura",
            ref="Ref.: {n}",
            issued="Fecha facturación: {d}",
            due="Fecha vencimiento: {d}",
            code="Código cliente: {c}",
            sender="Emisor",
            to="Enviar a",
            unit="Importes en Euros",
            cols="Designación|IVA|P.U.|Cant.|Base imp.",
            terms="Condiciones de pago: 30 días",
            mode="Forma de pago: Transferencia bancaria",
            net="Base imponible",
            tax="IVA {r}%",
            total="Total",
            paid="Pagado",
            rest="Pendiente de pago",
            capital="Inscrita en el Registro Mercantil de Zaragoza",
        ),
        "de-DE": dict(
            title="Rechnung",
            ref="Nr.: {n}",
            issued="Rechnungsdatum: {d}",
            due="Fällig am: {d}",
            code="Kundennr.: {c}",
            sender="Rechnungssteller",
            to="Rechnungsempfänger",
            unit="Beträge in Euro",
            cols="Beschreibung|MwSt.|Preis netto|Menge|Summe netto",
            terms="Zahlungsbedingungen: 30 Tage",
            mode="Zahlungsart: Überweisung",
            net="Gesamt netto",
            tax="MwSt. {r}%",
            total="Gesamt brutto",
            paid="Bezahlt",
            rest="Offener Betrag",
            capital="Amtsgericht Stuttgart HRB 734112",
        ),
    },
    "spool": {
        "de-DE": dict(
            title="Rechnung",
            number="Nummer",
            date="Datum",
            customer="Kunde",
            order="Ihre Bestellung {o} vom {d}",
            page="Seite 1 von 1",
            cols="Pos  Material   Bezeichnung              Menge ME        Preis          Wert",
            unit="ST",
            items="Summe Positionen",
            tax="Mehrwertsteuer {r} %",
            total="Endbetrag",
            terms="Zahlungsbedingungen: zahlbar bis {d} ohne Abzug",
            bank="Bankverbindung",
        ),
        "en-US": dict(
            title="Invoice",
            number="Number",
            date="Date",
            customer="Customer",
            order="Your order {o} of {d}",
            page="Page 1 of 1",
            cols="Item Material   Description             Qty  UoM        Price         Value",
            unit="EA",
            items="Total items",
            tax="Sales tax {r} %",
            total="Final amount",
            terms="Terms of payment: payable by {d} without deduction",
            bank="Bank details",
        ),
        "it-IT": dict(
            title="Fattura",
            number="Numero",
            date="Data",
            customer="Cliente",
            order="Vostro ordine {o} del {d}",
            page="Pagina 1 di 1",
            cols="Pos  Materiale  Descrizione              Qtà UM       Prezzo        Valore",
            unit="PZ",
            items="Totale posizioni",
            tax="IVA {r} %",
            total="Importo finale",
            terms="Condizioni di pagamento: pagabile entro il {d} senza detrazioni",
            bank="Coordinate bancarie",
        ),
        "nl-NL": dict(
            title="Factuur",
            number="Nummer",
            date="Datum",
            customer="Klant",
            order="Uw bestelling {o} van {d}",
            page="Pagina 1 van 1",
            cols="Pos  Materiaal  Omschrijving            Aantal EH      Prijs        Waarde",
            unit="ST",
            items="Totaal posities",
            tax="BTW {r} %",
            total="Eindbedrag",
            terms="Betalingsvoorwaarden: te betalen voor {d} zonder aftrek",
            bank="Bankgegevens",
        ),
    },
}

IBAN = "DE89 3704 0044 0532 0130 00"


def _cents(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Sheet:
    """One A4 page of an FPDF-style document: text placed in cells at positions in mm."""

    def __init__(self, mono: bool = False) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.mono = mono
        if not mono:
            font = Path(_font())
            self.pdf.add_font("Body", "", str(font))
            self.pdf.add_font("Body", "B", str(font.with_name("Inter-Bold.ttf")))
        self.pdf.add_page()

    def put(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        bold: bool = False,
        w: float = 0,
        align: str = "L",
        fill: int | None = None,
        border: int = 0,
    ) -> None:
        """*text* in a cell whose top left is (x, y); with *w* and align 'R' or 'C', the
        text is placed inside the cell as the library does it."""
        from fpdf.enums import XPos, YPos

        pdf = self.pdf
        pdf.set_font("Courier" if self.mono else "Body", "B" if bold else "", size)
        if fill is not None:
            pdf.set_fill_color(fill)
        pdf.set_xy(x, y)
        pdf.cell(
            w or pdf.get_string_width(text) + 2,
            size * 0.5,
            text,
            border=border,
            align=align,
            fill=fill is not None,
            new_x=XPos.RIGHT,
            new_y=YPos.TOP,
        )

    def row(
        self, x: float, y: float, widths: list[float], cells: list[str], align: str = "", **kw: Any
    ) -> None:
        """A table row; *align* has a letter per cell (L, C, R); by default the first cell is
        left-aligned and the others right-aligned."""
        align = align or "L" + "R" * (len(cells) - 1)
        for w, text, a in zip(widths, cells, align, strict=True):
            self.put(x, y, text, w=w, align=a, **kw)
            x += w

    def save(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path


def invoice(
    code: str, style: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[Sheet, dict[str, Any]]:
    """One invoice of *style* in locale *code* and the values printed on it; *off* is added
    to the printed total (a page whose total does not add up)."""
    rng = random.Random(f"pdflib-{code}-{style}-{seed}")
    m, w = MONEY[code], WORDS[style][code]
    seller, street, town, register = SELLERS[style][code]
    buyer = BUYERS[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due: dt.date | None = issued + dt.timedelta(days=rng.choice([14, 30]))
    rows = []
    for i in rng.sample(range(len(ITEMS)), rng.randint(1, 5)):
        qty = rng.choice([1, 1, 2, 3, 6, 10])
        unit = Decimal(rng.randint(990, 95_000)) / 100
        rows.append((ITEMS[i].format(rng.randint(10, 99)), qty, unit, _cents(unit * qty)))
    items = sum((r[3] for r in rows), Decimal(0))
    shipping = Decimal(rng.choice([0, 495, 690, 1250])) / 100 if style == "shop" else Decimal(0)
    net = items + shipping
    tax = _cents(net * m.rate / 100)
    gross = net + tax + off
    rate = f"{m.rate:g}" if code.startswith("en") else f"{m.rate:g}".replace(".", ",")
    d = lambda day: day.strftime(m.date)  # noqa: E731
    number = ""
    s = Sheet(mono=style == "spool")
    if style == "hosting":
        number = str(rng.randint(1000, 99999))
        paid = seed % 2 == 1
        for i, text in enumerate([seller, street, town, register]):
            s.put(120, 12 + 4.5 * i, text, bold=i == 0, w=75, align="R")
        s.put(15, 14, seller.split()[0].upper(), size=16, bold=True)  # the logo's word mark
        if paid:
            with s.pdf.rotation(25, 170, 36):
                s.put(150, 32, w["paid"], size=24, bold=True)
        else:
            s.put(150, 36, w["unpaid"], size=16, bold=True, w=45, align="R")
        s.put(15, 50, w["title"].format(n=number), size=13, bold=True, w=180, fill=235)
        s.put(15, 57, w["issued"].format(d=d(issued)))
        s.put(15, 62, w["due"].format(d=d(due)))
        s.put(15, 74, w["to"], bold=True)
        for i, text in enumerate(buyer):
            s.put(15, 79 + 4.5 * i, text)
        y = 100.0
        money = lambda v: f"{m(v)} {m.currency}"  # noqa: E731
        s.row(15, y, [140, 40], [w["desc"], w["amount"]], bold=True, fill=225, border=1)
        for desc, qty, _unit, amount in rows:
            y += 6
            s.row(
                15,
                y,
                [140, 40],
                [f"{desc} ({qty} x)" if qty > 1 else desc, money(amount)],
                border=1,
            )
        for label, v in (
            (w["sub"], net),
            (w["tax"].format(r=rate), tax),
            (w["credit"], Decimal(0)),
            (w["total"], gross),
        ):
            y += 6
            s.row(15, y, [140, 40], [label, money(v)], bold=label == w["total"], border=1, fill=245)
        y += 14
        s.put(15, y, w["tx"], bold=True)
        y += 6
        cols = w["tx_cols"].split("|")
        s.row(15, y, [45, 45, 50, 40], cols, bold=True, fill=225, border=1)
        y += 6
        if paid:
            s.row(
                15,
                y,
                [45, 45, 50, 40],
                [d(due), w["gateway"], f"TX{rng.randint(10**8, 10**9)}", money(gross)],
                border=1,
            )
        else:
            s.put(15, y, w["none"], w=180, align="C", border=1)
        y += 6
        s.row(
            15,
            y,
            [140, 40],
            [w["balance"], money(Decimal(0) if paid else gross)],
            bold=True,
            border=1,
        )
        s.put(
            15,
            285,
            w["generated"].format(d=d(due + dt.timedelta(days=rng.randint(1, 40)))),
            size=7,
            w=180,
            align="C",
        )
    elif style == "shop":
        number = f"IN{rng.randint(1, 99999):06d}"
        order = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
        ordered = issued - dt.timedelta(days=rng.randint(0, 3))
        due = None
        if seed % 2 == 0:
            s.put(15, 14, seller.split(" ")[0] + " " + seller.split(" ")[1], size=18, bold=True)
        else:  # a logo picture: no text
            s.pdf.set_fill_color(180)
            s.pdf.rect(15, 10, 40, 16, style="F")
        s.put(120, 12, w["title"], size=14, bold=True, w=75, align="R")
        s.put(120, 19, d(issued), w=75, align="R")
        s.put(120, 24, f"#{number}", w=75, align="R")
        s.put(15, 40, w["billing"], bold=True)
        s.put(110, 40, w["delivery"], bold=True)
        for i, text in enumerate(buyer):
            s.put(15, 45 + 4.5 * i, text)
            s.put(110, 45 + 4.5 * i, text)
        heads = w["grid"].split("|")
        values = [f"#{number}", d(issued), order, d(ordered)]
        s.row(15, 66, [45] * 4, heads, "CCCC", bold=True, fill=225, border=1, size=8)
        s.row(15, 71, [45] * 4, values, "CCCC", border=1, size=8)
        y = 84.0
        widths = [22, 60, 20, 38, 12, 28]
        s.row(15, y, widths, w["cols"].split("|"), "LLCRCR", bold=True, fill=225, border=1, size=7)
        for desc, qty, unit, amount in rows:
            y += 6
            ref = f"R{rng.randint(1000, 9999)}"
            s.row(
                15,
                y,
                widths,
                [ref, desc, f"{rate} %", m(unit), str(qty), m(amount)],
                "LLCRCR",
                border=1,
                size=8,
            )
        y += 12
        heads = w["taxes"].split("|")
        s.row(15, y, [30, 20, 25, 25], heads, bold=True, fill=225, border=1, size=7)
        s.row(15, y + 5, [30, 20, 25, 25], ["", f"{rate} %", m(net), m(tax)], border=1, size=8)
        s.put(15, y + 16, f"{w['method']}: {w['wire']} {m(gross)}", size=8)
        sums = [
            (w["products"], items),
            (w["shipping"], shipping),
            (w["net"], net),
            (w["tax"], tax),
            (w["total"], gross),
        ]
        for i, (label, v) in enumerate(sums):
            s.row(
                130, y + 5.5 * i, [40, 25], [label, m(v)], bold=i == len(sums) - 1, border=1, size=8
            )
        s.put(15, 276, f"{seller} - {street} - {town}", size=7, w=180, align="C")
        s.put(
            15,
            280,
            f"{w['help']} support@{seller.split()[0].lower()}.example - {register}",
            size=7,
            w=180,
            align="C",
        )
    elif style == "erp":
        yymm = issued.strftime("%y%m")
        number = f"FA{yymm}-{rng.randint(1, 9999):04d}"
        s.put(15, 14, seller, size=15, bold=True)
        s.put(110, 12, w["title"], size=14, bold=True, w=85, align="R")
        s.put(110, 19, w["ref"].format(n=number), w=85, align="R", bold=True)
        s.put(110, 24, w["issued"].format(d=d(issued)), w=85, align="R")
        s.put(110, 29, w["due"].format(d=d(due)), w=85, align="R")
        s.put(110, 34, w["code"].format(c=f"CU{yymm}-{rng.randint(1, 999):05d}"), w=85, align="R")
        s.put(15, 42, w["sender"], size=8)
        s.put(110, 42, w["to"], size=8)
        s.pdf.set_fill_color(235)
        s.pdf.rect(15, 47, 85, 30, style="F")
        s.pdf.rect(110, 47, 85, 30)
        for i, text in enumerate(
            [seller, street, town, f"Tel.: +33 4 {rng.randint(10, 99)} 21 55 80"]
        ):
            s.put(17, 49 + 5 * i, text, bold=i == 0)
        for i, text in enumerate(buyer):
            s.put(112, 49 + 5 * i, text, bold=i == 0)
        s.put(110, 82, w["unit"], size=7, w=85, align="R")
        y = 88.0
        widths = [90, 18, 28, 14, 30]
        s.row(15, y, widths, w["cols"].split("|"), bold=True, border=1, size=8)
        for desc, qty, unit, amount in rows:
            y += 7
            s.row(
                15,
                y,
                widths,
                [desc, f"{rate}%", m.number(unit), str(qty), m.number(amount)],
                size=9,
            )
        s.pdf.line(15, y + 8, 195, y + 8)
        y = max(y + 16, 170)
        s.put(15, y, w["terms"], size=8)
        s.put(15, y + 5, w["mode"], size=8)
        s.put(15, y + 10, f"IBAN: {IBAN}", size=8)
        sums = [(w["net"], net), (w["tax"].format(r=rate), tax), (w["total"], gross)]
        if seed % 2 == 1:
            part = _cents(gross / 2)
            sums += [(w["paid"], part), (w["rest"], gross - part)]
        for i, (label, v) in enumerate(sums):
            s.row(
                115,
                y + 6 * i,
                [50, 30],
                [label, m.number(v)],
                bold=i == 2,
                fill=245 if i == 2 else None,
            )
        s.put(15, 280, f"{seller} - {w['capital']} - {register}", size=7, w=180, align="C")
        s.put(15, 284, "1/1", size=7, w=180, align="R")
    else:  # spool: one Courier run per line, padded with spaces
        number = str(90_000_000 + rng.randint(1, 999_999))
        order = str(4_500_000_000 + rng.randint(1, 99_999))
        ordered = issued - dt.timedelta(days=rng.randint(3, 20))
        n = m.number
        s.put(12, 40, f"{seller} · {street} · {town}", size=6.5)  # the envelope's sender line
        lines = [
            f"{buyer[0]:<44}{w['title']}",
            f"{buyer[1]:<44}{w['number']:<12}{number}",
            f"{buyer[2]:<44}{w['date']:<12}{d(issued)}",
            f"{'':<44}{w['customer']:<12}{rng.randint(100000, 199999)}",
            f"{'':<44}{w['order'].format(o=order, d=d(ordered))}",
            f"{'':<44}{w['page']}",
            "",
            "-" * 80,
            w["cols"],
            "-" * 80,
        ]
        for i, (desc, qty, unit, amount) in enumerate(rows):
            mat = f"{rng.randint(100, 999)}-{rng.randint(100, 999)}"
            lines.append(
                f"{(i + 1) * 10:<5}{mat:<11}{desc:<24}{qty:>6} {w['unit']:<4}{n(unit):>12}{n(amount):>14}"
            )
        lines += [
            "-" * 80,
            f"{'':<30}{w['items']:<36}{n(net):>14}",
            f"{'':<30}{w['tax'].format(r=f'{m.rate:.3f}' if code.startswith('en') else f'{m.rate:.3f}'.replace('.', ',')):<36}{n(tax):>14}",
            f"{'':<30}{w['total']:<28}{m.currency:<8}{n(gross):>14}",
            "",
            w["terms"].format(d=d(due)),
            f"{w['bank']}: IBAN {IBAN}",
        ]
        for i, text in enumerate(lines):
            s.put(12, 45 + 4.2 * i, text, size=8.5)
        s.put(12, 282, f"{seller}, {street}, {town}, {register}", size=6.5)
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "seller": seller,
        "currency": m.currency,
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }
    return s, truth


def pdflib_cases(folder: Path, seeds: int = 1) -> list[tuple[Path, dict[str, Any]]]:
    """Every style in each of its locales, *seeds* invoices each, printed into *folder*."""
    out = []
    for style in STYLES:
        for code in WORDS[style]:
            for seed in range(seeds):
                sheet, truth = invoice(code, style, seed)
                out.append((sheet.save(folder / f"{style}-{code}-{seed}.pdf"), truth))
    return out
