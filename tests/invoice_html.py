"""Invoices as invoicing software makes them: HTML and CSS printed to PDF by Chromium.

Most invoices that SaaS billing and small-business tools send are web pages printed by a
headless browser. Their text layer differs from a drawing program's: table cells, text
set by CSS (uppercase, letter-spaced labels, synthesized bold), non-breaking and narrow
no-break spaces inside amounts as JavaScript's ``Intl.NumberFormat`` writes them, and the
totals as the last rows of the line table. This module writes such pages in four styles
and seven locales, with each locale's own wording (several synonyms, chosen per invoice),
number and date notation, and prints them with the shared Chromium; shared by the tests and
``benchmarks/invoice_accuracy.py --html``.

The styles are written after the habits of billing tools, not after our rules:
``receipt`` (a definition list under the title, "Bill to" beside the seller, a sentence
"€X due on DATE", the tax line "VAT (20% on €1,000.00)", an "Amount due" line),
``bordered`` (seller letterhead in spaced capitals, a bordered grid of labels over values,
From/To blocks side by side, the totals as the last rows of the line table, bank details)
and ``modern`` (labels in small capitals stacked over their values, a dark box with the
amount due, a three-column footer with address, contact and the VAT ID and IBAN). The fourth,
``long``, was written after the rules for the first three and scored before any rule was
changed for it: 30 to 42 lines over two pages (the table's header repeated on the second),
two tax rates with one line each (the US: a state and a county tax), their sum printed on odd
seeds only, and the seller's VAT ID in the footer.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_languages import _font

STYLES = ("receipt", "bordered", "modern", "long")
NBSP, NNBSP = "\u00a0", "\u202f"


@dataclass(frozen=True)
class Locale:
    code: str
    currency: str
    rate: Decimal
    title: tuple[str, ...]
    number: tuple[str, ...]
    issued: tuple[str, ...]
    due: tuple[str, ...]
    seller_head: str
    buyer_head: tuple[str, ...]
    columns: tuple[str, str, str, str]  # description, quantity, unit price, amount
    subtotal: tuple[str, ...]
    tax: tuple[str, ...]  # with {rate} and {base}
    total: tuple[str, ...]
    amount_due: str
    due_sentence: str  # with {amount} and {date}
    sellers: tuple[str, ...]
    buyer: str
    street: str
    town: str
    vat_id: str  # the seller's register line as printed in the footer
    iban: str
    money: Callable[[Decimal], str]
    dates: tuple[Callable[[dt.date], str], ...]  # numeric and written forms
    items: tuple[str, ...]


def _group(v: Decimal, thousands: str, decimal: str, min_group: int = 1) -> str:
    whole, frac = f"{v:.2f}".split(".")
    if len(whole) > 3 and (min_group == 1 or len(whole) > 4):
        parts = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = thousands.join([whole, *parts])
    return f"{whole}{decimal}{frac}"


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}


def _month(lang: str, d: dt.date) -> str:
    return MONTHS[lang].split()[d.month - 1]


LOCALES = [
    Locale(
        "en-GB",
        "GBP",
        Decimal(20),
        ("Invoice", "Tax invoice", "INVOICE"),
        ("Invoice number", "Invoice no.", "Invoice #"),
        ("Date of issue", "Invoice date", "Date"),
        ("Date due", "Due date", "Payment due"),
        "From",
        ("Bill to", "Invoice to", "Billed to"),
        ("Description", "Qty", "Unit price", "Amount"),
        ("Subtotal", "Sub-total", "Net amount"),
        ("VAT ({rate}% on {base})", "VAT @ {rate}%", "VAT {rate}%"),
        ("Total", "Total (GBP)", "Invoice total"),
        "Amount due",
        "{amount} due {date}",
        ("Harbourside Analytics Ltd", "Greenway Print & Design Ltd", "Fenwick Lane Studio Ltd"),
        "Marlow Logistics plc",
        "14 Quayside Road",
        "Bristol BS1 4QA",
        "VAT Reg. No. GB 284 5519 07",
        "GB29 NWBK 6016 1331 9268 19",
        lambda v: f"£{_group(v, ',', '.')}",
        (
            lambda d: f"{d.day} {_month('en', d)} {d.year}",
            lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
        ),
        ("Data pipeline setup", "Monthly analytics licence", "Workshop (half day)", "Support"),
    ),
    Locale(
        "en-US",
        "USD",
        Decimal("8.875"),
        ("Invoice", "INVOICE"),
        ("Invoice number", "Invoice #", "Invoice No"),
        ("Date of issue", "Invoice date", "Issued"),
        ("Date due", "Due date", "Due"),
        "From",
        ("Bill to", "Billed to", "Customer"),
        ("Description", "Qty", "Rate", "Amount"),
        ("Subtotal", "Sub total"),
        ("Sales tax ({rate}%)", "Tax ({rate}%)", "NY sales tax {rate}%"),
        ("Total", "Total due", "Balance due"),
        "Amount due",
        "{amount} due {date}",
        ("Bluebird Software, Inc.", "Copperline Media LLC", "Northfield Supply Co."),
        "Riverside Dental Group LLC",
        "350 Fifth Avenue, Suite 4100",
        "New York, NY 10118",
        "EIN 84-2913377",
        "Routing 021000021 · Account 4417 2290 13",
        lambda v: f"${_group(v, ',', '.')}",
        (
            lambda d: f"{_month('en', d)} {d.day}, {d.year}",
            lambda d: f"{_month('en', d)[:3]} {d.day}, {d.year}",
            lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
        ),
        ("Web hosting (annual)", "Design hours", "Domain renewal", "Onboarding session"),
    ),
    Locale(
        "de-DE",
        "EUR",
        Decimal(19),
        ("Rechnung", "RECHNUNG"),
        ("Rechnungsnr.", "Rechnungsnummer", "Rechnung Nr."),
        ("Rechnungsdatum", "Datum", "Ausgestellt am"),
        ("Fällig am", "Zahlbar bis", "Fälligkeitsdatum"),
        "Von",
        ("Rechnung an", "Rechnungsempfänger", "An"),
        ("Beschreibung", "Menge", "Einzelpreis", "Betrag"),
        ("Zwischensumme", "Summe netto", "Nettobetrag"),
        ("USt. {rate} %", "zzgl. {rate} % MwSt.", "Umsatzsteuer {rate} % auf {base}"),
        ("Gesamtbetrag", "Rechnungsbetrag", "Gesamt"),
        "Zu zahlen",
        "{amount} fällig am {date}",
        ("Lindner & Voss GmbH", "Kranich Medien UG (haftungsbeschränkt)", "Brückner IT GmbH"),
        "Hafenlogistik Nord GmbH",
        "Speicherstraße 21",
        "20457 Hamburg",
        "USt-IdNr.: DE 287 114 506",
        "DE89 3704 0044 0532 0130 00",
        lambda v: f"{_group(v, '.', ',')}{NBSP}€",
        (
            lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
            lambda d: f"{d.day}. {_month('de', d)} {d.year}",
        ),
        ("Wartungsvertrag Server", "Beratung (Stunden)", "Lizenz Jahresabo", "Schulung"),
    ),
    Locale(
        "fr-FR",
        "EUR",
        Decimal(20),
        ("Facture", "FACTURE"),
        ("Facture n°", "Numéro de facture", "N° de facture"),
        ("Date d'émission", "Date de facture", "Date"),
        ("Date d'échéance", "Échéance", "À régler avant le"),
        "De",
        ("Facturé à", "Client", "Destinataire"),
        ("Désignation", "Qté", "Prix unitaire", "Montant"),
        ("Total HT", "Sous-total HT", "Montant HT"),
        ("TVA {rate} %", "TVA ({rate} % de {base})", "Total TVA {rate} %"),
        ("Total TTC", "Montant TTC", "Net à payer"),
        "Montant dû",
        "{amount} à payer le {date}",
        ("Atelier Garance SARL", "Boulangerie Lefèvre SAS", "Cabinet Moreau & Associés SARL"),
        "Transports Girard SA",
        "18 rue des Tanneurs",
        "69002 Lyon",
        "N° TVA intracom. FR 41 503 218 774",
        "FR76 3000 6000 0112 3456 7890 189",
        lambda v: f"{_group(v, NNBSP, ',')}{NBSP}€",
        (
            lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            lambda d: f"{d.day} {_month('fr', d)} {d.year}",
        ),
        ("Maintenance mensuelle", "Création graphique", "Frais de déplacement", "Formation"),
    ),
    Locale(
        "es-ES",
        "EUR",
        Decimal(21),
        ("Factura", "FACTURA"),
        ("Factura n.º", "Número de factura", "Nº factura"),
        ("Fecha de emisión", "Fecha de factura", "Fecha"),
        ("Fecha de vencimiento", "Vencimiento"),
        "De",
        ("Facturar a", "Cliente"),
        ("Concepto", "Cant.", "Precio unitario", "Importe"),
        ("Base imponible", "Subtotal"),
        ("IVA {rate} %", "IVA ({rate} %)"),
        ("Total", "Total factura", "Total a pagar"),
        "Importe adeudado",
        "{amount} con vencimiento el {date}",
        ("Estudio Albarracín S.L.", "Distribuciones Ortega S.A.", "Talleres Ribera S.L."),
        "Hoteles Costa Brava S.A.",
        "Calle de Alcalá 48",
        "28014 Madrid",
        "CIF B-86543210",
        "ES91 2100 0418 4502 0005 1332",
        lambda v: f"{_group(v, '.', ',', min_group=2)}{NBSP}€",
        (
            lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            lambda d: f"{d.day} de {_month('es', d)} de {d.year}",
        ),
        ("Mantenimiento web", "Horas de consultoría", "Licencia anual", "Desplazamiento"),
    ),
    Locale(
        "nl-NL",
        "EUR",
        Decimal(21),
        ("Factuur", "FACTUUR"),
        ("Factuurnummer", "Factuurnr.", "Factuur nr."),
        ("Factuurdatum", "Datum"),
        ("Vervaldatum", "Te betalen voor"),
        "Van",
        ("Factuur aan", "Klant", "Aan"),
        ("Omschrijving", "Aantal", "Prijs", "Bedrag"),
        ("Subtotaal", "Totaal excl. btw"),
        ("Btw {rate}%", "BTW {rate}% over {base}"),
        ("Totaal", "Totaal incl. btw", "Te betalen"),
        "Openstaand bedrag",
        "{amount} te betalen vóór {date}",
        ("Van Dijk Installatietechniek B.V.", "Studio Oosterveld", "Bakker & Zn. B.V."),
        "Gemeente Zaanstad",
        "Prinsengracht 263",
        "1016 GV Amsterdam",
        "Btw-nr. NL8531.92.407.B01 · KvK 61234567",
        "NL91 ABNA 0417 1643 00",
        lambda v: f"€{NBSP}{_group(v, '.', ',')}",
        (
            lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
            lambda d: f"{d.day} {_month('nl', d)} {d.year}",
        ),
        ("Onderhoud installatie", "Arbeidsuren", "Materiaal", "Voorrijkosten"),
    ),
    Locale(
        "it-IT",
        "EUR",
        Decimal(22),
        ("Fattura", "FATTURA"),
        ("Fattura n.", "Numero fattura", "N. fattura"),
        ("Data fattura", "Data emissione", "Data"),
        ("Scadenza", "Data scadenza"),
        "Da",
        ("Destinatario", "Cliente", "Spett.le"),
        ("Descrizione", "Q.tà", "Prezzo unitario", "Importo"),
        ("Imponibile", "Totale imponibile", "Subtotale"),
        ("IVA {rate}%", "IVA ({rate}%)"),
        ("Totale", "Totale documento", "Totale fattura"),
        "Importo dovuto",
        "{amount} da pagare entro il {date}",
        ("Officina Bernardi S.r.l.", "Grafiche Lombarde S.p.A.", "Studio Ferraro S.r.l."),
        "Albergo Miramare S.r.l.",
        "Via Garibaldi 112",
        "10122 Torino",
        "P.IVA IT 04512370016",
        "IT60 X054 2811 1010 0000 0123 456",
        lambda v: f"{_group(v, '.', ',')}{NBSP}€",
        (
            lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
            lambda d: f"{d.day} {_month('it', d)} {d.year}",
        ),
        ("Assistenza tecnica", "Ore di consulenza", "Canone annuale", "Trasferta"),
    ),
]


# the second tax rate of the ``long`` style and the label of the sum of the tax lines
SECOND = {
    "en-GB": (Decimal(5), "Total VAT"),
    "en-US": (Decimal("4.5"), "Total tax"),
    "de-DE": (Decimal(7), "Summe USt."),
    "fr-FR": (Decimal("5.5"), "Total TVA"),
    "es-ES": (Decimal(10), "Total IVA"),
    "nl-NL": (Decimal(9), "Totaal btw"),
    "it-IT": (Decimal(10), "Totale IVA"),
}


def _rate(loc: Locale, r: Decimal) -> str:
    return f"{r:g}" if loc.code.startswith("en") else f"{r:g}".replace(".", ",")


def _cents(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def invoice(
    loc: Locale, style: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[str, dict[str, Any]]:
    """The HTML page of one invoice and the values printed on it; *off* is added to the
    printed total (a page whose total does not add up)."""
    rng = random.Random(f"{loc.code}-{style}-{seed}")
    pick = rng.choice
    seller = loc.sellers[seed % len(loc.sellers)]
    number = pick(["INV-{:04d}", "{}", "2026-{:04d}", "RE-2026-{}", "F2026/{:03d}", "A{:05d}"])
    number = number.format(rng.randint(7, 9999))
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = issued + dt.timedelta(days=pick([14, 30, 60]))
    date_form = pick(loc.dates)
    rows = []
    if style == "long":  # two pages of lines at two tax rates
        second, _sum_label = SECOND[loc.code]
        for i in range(rng.randint(30, 42)):
            unit = Decimal(rng.randint(300, 20_000)) / 100
            qty = rng.choice([1, 1, 2, 3, 4])
            r = loc.rate if loc.code == "en-US" else rng.choice([loc.rate, second])
            rows.append((f"{pick(loc.items)} {i + 1}", qty, unit, _cents(unit * qty), r))
    else:
        for desc in rng.sample(loc.items, rng.randint(1, 4)):
            qty = rng.choice([1, 1, 2, 3, 5, 12])
            unit = Decimal(rng.randint(1_500, 180_000)) / 100
            rows.append((desc, qty, unit, _cents(unit * qty), loc.rate))
    net = sum((r[3] for r in rows), Decimal(0))
    m = loc.money
    tax_form = pick(loc.tax)
    taxes = []  # label, amount: one line per rate (the US: a state and a county tax)
    for r in sorted(
        {row[4] for row in rows}
        | ({SECOND["en-US"][0]} if style == "long" and loc.code == "en-US" else set()),
        reverse=True,
    ):
        base = net if loc.code == "en-US" else sum((x[3] for x in rows if x[4] == r), Decimal(0))
        form = "County tax ({rate}%)" if loc.code == "en-US" and r != loc.rate else tax_form
        taxes.append((form.format(rate=_rate(loc, r), base=m(base)), _cents(base * r / 100)))
    tax = sum((t for _l, t in taxes), Decimal(0))
    gross = net + tax + off
    rate = _rate(loc, loc.rate)
    labels = {
        "title": pick(loc.title),
        "number": pick(loc.number),
        "issued": pick(loc.issued),
        "due": pick(loc.due),
        "buyer_head": pick(loc.buyer_head),
        "subtotal": pick(loc.subtotal),
        "tax": tax_form.format(rate=rate, base=m(net)),
        "total": pick(loc.total),
    }
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat(),
        "seller": seller,
        "currency": loc.currency,
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }
    e = html.escape
    values = {"number": number, "issued": date_form(issued), "due": date_form(due)}
    head = [(e(labels[k]), e(values[k])) for k in ("number", "issued", "due")]
    seller_block = f"<b>{e(seller)}</b><br>{e(loc.street)}<br>{e(loc.town)}"
    buyer_block = f"<b>{e(loc.buyer)}</b><br>{e(loc.town)}"
    cols = loc.columns
    line_rows = "".join(
        f"<tr><td>{e(d)}</td><td class=n>{q}</td><td class=n>{e(m(u))}</td>"
        f"<td class=n>{e(m(a))}</td></tr>"
        for d, q, u, a, _r in rows
    )
    sums = [(labels["subtotal"], m(net)), (labels["tax"], m(tax)), (labels["total"], m(gross))]
    table_head = (
        f"<tr><th>{e(cols[0])}</th><th class=n>{e(cols[1])}</th>"
        f"<th class=n>{e(cols[2])}</th><th class=n>{e(cols[3])}</th></tr>"
    )
    if style == "receipt":
        dl = "".join(f"<tr><td class=k>{k}</td><td>{v}</td></tr>" for k, v in head)
        sentence = loc.due_sentence.format(amount=m(gross), date=date_form(due))
        totals = "".join(
            f"<tr><td></td><td class=k>{e(k)}</td><td class=n>{e(v)}</td></tr>" for k, v in sums
        )
        totals += (
            f"<tr><td></td><td class=k><b>{e(loc.amount_due)}</b></td>"
            f"<td class=n><b>{e(m(gross))}</b></td></tr>"
        )
        body = f"""
<h1>{e(labels["title"])}</h1>
<table class=dl>{dl}</table>
<div class=cols><div>{seller_block}<br>{e(loc.vat_id)}</div>
<div><span class=k>{e(labels["buyer_head"])}</span><br>{buyer_block}</div></div>
<h2>{e(sentence)}</h2>
<table class=lines>{table_head}{line_rows}</table>
<table class=sums><col style="width:50%">{totals}</table>
<footer>{e(number)} · {e(sentence)} · 1/1</footer>"""
    elif style == "bordered":
        grid = (
            "<tr>"
            + "".join(f"<th>{k}</th>" for k, _ in head)
            + "</tr><tr>"
            + "".join(f"<td>{v}</td>" for _, v in head)
            + "</tr>"
        )
        totals = "".join(
            f"<tr class=sum><td colspan=3 class=n>{e(k)}</td><td class=n>{e(v)}</td></tr>"
            for k, v in sums
        )
        body = f"""
<div class=cols><div class=brand>{e(seller.upper())}<br>
<small>{e(loc.street)} · {e(loc.town)}</small></div>
<div class=title>{e(labels["title"].upper())}</div></div>
<table class=grid>{grid}</table>
<div class=cols><div><span class=k>{e(loc.seller_head)}</span><br>{seller_block}</div>
<div><span class=k>{e(labels["buyer_head"])}</span><br>{buyer_block}</div></div>
<table class="lines boxed">{table_head}{line_rows}{totals}</table>
<p>IBAN {e(loc.iban)}<br>{e(loc.vat_id)}</p>"""
    elif style == "long":
        stacked = "".join(f"<div><div class=cap>{k}</div><div>{v}</div></div>" for k, v in head)
        line_rows = "".join(
            f"<tr><td>{e(d)}</td><td class=n>{q}</td><td class=n>{e(m(u))}</td>"
            f"<td class=n>{_rate(loc, r)}{NBSP}%</td><td class=n>{e(m(a))}</td></tr>"
            for d, q, u, a, r in rows
        )
        sums = [(labels["subtotal"], m(net)), *((k, m(v)) for k, v in taxes)]
        if seed % 2 and len(taxes) > 1:  # odd seeds print the sum of the tax lines too
            sums.append((SECOND[loc.code][1], m(tax)))
        sums.append((labels["total"], m(gross)))
        totals = "".join(
            f"<tr><td class=k>{e(k)}</td><td class=n>{e(v)}</td></tr>" for k, v in sums
        )
        body = f"""
<div class=cols><div>{seller_block}</div><div class=title2>{e(labels["title"])}</div></div>
<div class=row3>{stacked}</div>
<div class=cap>{e(labels["buyer_head"])}</div><div>{buyer_block}</div>
<table class=lines><thead><tr><th>{e(cols[0])}</th><th class=n>{e(cols[1])}</th>
<th class=n>{e(cols[2])}</th><th class=n>%</th><th class=n>{e(cols[3])}</th></tr></thead>
<tbody>{line_rows}</tbody></table>
<table class=sums2>{totals}</table>
<footer>{e(seller)} · {e(loc.vat_id)} · IBAN {e(loc.iban)}</footer>"""
    else:
        stacked = "".join(f"<div><div class=cap>{k}</div><div>{v}</div></div>" for k, v in head)
        totals = "".join(
            f"<tr><td class=k>{e(k)}</td><td class=n>{e(v)}</td></tr>" for k, v in sums[:2]
        )
        body = f"""
<div class=cols><div class=brand2>{e(seller)}</div>
<div class=title2>{e(labels["title"])}</div></div>
<div class=row3>{stacked}</div>
<div class=cap>{e(labels["buyer_head"])}</div><div>{buyer_block}</div>
<table class=lines>{table_head}{line_rows}</table>
<table class=sums2>{totals}</table>
<div class=duebox><span>{e(labels["total"])}</span><span>{e(m(gross))}</span></div>
<footer class=three><div>{e(seller)}<br>{e(loc.street)}<br>{e(loc.town)}</div>
<div>+44 20 7946 0958<br>billing@example.com</div>
<div>{e(loc.vat_id)}<br>IBAN {e(loc.iban)}</div></footer>"""
    return html_page(body), truth


CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Body; font-size: 9.5pt; color: #222; }
h1 { font-size: 22pt; margin: 0 0 10px; }
h2 { font-size: 14pt; margin: 18px 0; }
.k { color: #666; }
.n { text-align: right; }
table { border-collapse: collapse; }
.dl td { padding: 1px 24px 1px 0; }
.cols { display: flex; justify-content: space-between; margin: 16px 0; }
.cols > div { width: 46%; }
.lines { width: 100%; margin-top: 16px; }
.lines th { text-align: left; border-bottom: 1px solid #999; padding: 4px; font-weight: 600; }
.lines th.n { text-align: right; }
.lines td { padding: 4px; }
.boxed td, .boxed th { border: 1px solid #bbb; }
.sum td { font-weight: bold; }
.sums { width: 100%; margin-top: 8px; }
.sums td { padding: 3px 4px; border-top: 1px solid #eee; }
.brand { font-size: 13pt; letter-spacing: 0.12em; font-weight: bold; }
.title { text-align: right; font-size: 20pt; letter-spacing: 0.2em; color: #556; }
.grid { width: 100%; }
.grid th, .grid td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; }
.grid th { background: #f0f0f4; font-size: 8pt; text-transform: uppercase; }
.brand2 { font-size: 16pt; font-weight: bold; color: #1b4d89; }
.title2 { text-align: right; font-size: 26pt; color: #1b4d89; }
.row3 { display: flex; gap: 60px; margin: 18px 0; }
.cap { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.1em; color: #888; }
.sums2 { margin: 10px 0 0 auto; width: 45%; }
.sums2 td { padding: 3px 4px; }
.duebox { margin: 6px 0 0 auto; width: 45%; display: flex; justify-content: space-between;
  background: #1b4d89; color: white; padding: 8px; font-weight: bold; font-size: 12pt; }
footer { margin-top: 40px; font-size: 7.5pt; color: #777; }
footer.three { display: flex; justify-content: space-between; border-top: 1px solid #ccc;
  padding-top: 6px; }
"""


def html_page(body: str) -> str:
    font = base64.b64encode(Path(_font()).read_bytes()).decode()
    face = f"@font-face {{ font-family: Body; src: url(data:font/ttf;base64,{font}); }}"
    return f"<!doctype html><html><head><meta charset=utf-8><style>{face}{CSS}</style></head><body>{body}</body></html>"


def plain_page(
    rtl: bool,
    seller: list[str],
    title: str,
    head: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    grid: bool = False,
) -> str:
    """A small firm's invoice as plain HTML: its name and address line, its title, a table of
    the head's labels and values (with *grid*, a row of the labels over a row of the values)
    and one of the totals; written right to left with *rtl*."""
    e = html.escape
    rows = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in head)
    if grid:
        cell = "<td style='padding-right:8mm'>{}</td>"
        rows = "".join(
            "<tr>" + "".join(cell.format(e(x[k])) for x in head) + "</tr>" for k in (0, 1)
        )
    total = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in sums)
    direction = ' dir="rtl"' if rtl else ""
    return (
        f"<!doctype html><html{direction}><head><meta charset=utf-8></head>"
        "<body style=\"font-family:'DejaVu Sans'; font-size:10pt; margin:20mm\">"
        f"<div style='font-size:16pt; font-weight:bold'>{e(seller[0])}</div><div>{e(seller[1])}</div>"
        f"<div style='margin-top:10mm; font-size:14pt; font-weight:bold'>{e(title)}</div>"
        f"<table>{rows}</table><table style='margin-top:10mm'>{total}</table></body></html>"
    )


def print_pdf(browser: Any, pages: list[tuple[Path, str]]) -> None:
    """Print each (path, HTML) with Chromium, as a billing tool's headless browser does."""
    page = browser.new_page()
    try:
        for path, text in pages:
            page.set_content(text, wait_until="load")
            page.pdf(path=str(path), format="A4", print_background=True)
    finally:
        page.close()


def html_cases(browser: Any, folder: Path, seeds: int = 1) -> list[tuple[Path, dict[str, Any]]]:
    """Every locale in every style, *seeds* invoices each, printed into *folder*."""
    out, pages = [], []
    for loc in LOCALES:
        for style in STYLES:
            for seed in range(seeds):
                text, truth = invoice(loc, style, seed)
                path = folder / f"{loc.code}-{style}-{seed}.pdf"
                pages.append((path, text))
                out.append((path, truth))
    print_pdf(browser, pages)
    return out
