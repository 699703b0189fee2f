"""Invoices open-source ERPs print through wkhtmltopdf (Qt WebKit): their HTML report templates
rendered to PDF, as the ERPs that most small firms on GitHub run do. Written after the genres'
habits, not any ERP's templates:

- ``odoo`` (en-US, nl-BE, de-DE): the company's name and address small at the top left under
  a rule, the customer's address at the right, 'Invoice INV/2026/00042' as the heading, a row of
  'Invoice Date:' / 'Due Date:' / 'Source:' over their values, the lines 'Description | Quantity
  | Unit Price | Taxes | Amount' ('5.00 Units', '15%'), a totals table at the right ('Untaxed
  Amount', 'Tax 15%', 'Total'; on one seed in three 'Paid on DATE' and 'Amount Due'), 'Please
  use the following communication for your payment: INV/2026/00042', 'Payment terms: 30 Days',
  and a footer of phone, e-mail, web site and tax ID with 'Page: 1 / 1';
- ``erpnext`` (en-IN, en-GB): a letterhead with the company's name, 'SALES INVOICE' and the
  number ('ACC-SINV-2026-00042') at the top, two columns of fields ('Customer Name:', 'Date:',
  'Due Date:'), 'Sr | Item | Quantity | Rate | Amount', then 'Total', the tax lines named after
  their accounts ('CGST - TSS 9%', 'VAT - HFC 20%'), 'Grand Total', 'Rounded Total', 'In Words:
  INR Eleven Thousand … only.', 'Outstanding Amount'.

wkhtmltopdf is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/wkhtml_invoices/`` with their values. ``python -m tests.invoice_wkhtml [DIR]``
makes them again (Debian: ``apt-get install wkhtmltopdf``).
"""

from __future__ import annotations

import datetime as dt
import html
import os
import random
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import keep_truth, kept_names, printed
from tests.invoice_pdflib.sheet import cents, grouped

__all__ = ["FIXTURES", "LOCALES", "make", "page"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "wkhtml_invoices"
LOCALES = {"odoo": ("en-US", "nl-BE", "de-DE"), "erpnext": ("en-IN", "en-GB")}
CURRENCY = {"en-US": "USD", "nl-BE": "EUR", "de-DE": "EUR", "en-IN": "INR", "en-GB": "GBP"}
DATES = {"en-US": "%m/%d/%Y", "nl-BE": "%d/%m/%Y", "de-DE": "%d.%m.%Y", "en-IN": "%d-%m-%Y"}
DATES["en-GB"] = "%d/%m/%Y"


def money(code: str, v: Decimal) -> str:
    """As the ERP formats an amount of the locale's currency: '$ 1,234.56', '1.234,56 €',
    '₹ 1,23,456.00', '£ 1,234.56'."""
    sign = "-" if v < 0 else ""
    if code == "en-IN":
        return f"{sign}₹\u00a0{grouped(v, ',', '.', lakh=True)}"
    if code in ("nl-BE", "de-DE"):
        return f"{sign}{grouped(v, '.', ',')}\u00a0€"
    symbol = {"en-US": "$", "en-GB": "£"}[code]
    return f"{sign}{symbol}\u00a0{grouped(v, ',', '.')}"


ODOO_WORDS = {
    "en-US": dict(
        title="Invoice",
        issued="Invoice Date:",
        due="Due Date:",
        source="Source:",
        heads=["Description", "Quantity", "Unit Price", "Taxes", "Amount"],
        units="Units",
        untaxed="Untaxed Amount",
        tax="Tax {r}%",
        total="Total",
        paid="Paid on {d}",
        amount_due="Amount Due",
        communication="Please use the following communication for your payment: {n}",
        terms="Payment terms: {days} Days",
        rate=Decimal(15),
    ),
    "nl-BE": dict(
        title="Factuur",
        issued="Factuurdatum:",
        due="Vervaldatum:",
        source="Bron:",
        heads=["Omschrijving", "Hoeveelheid", "Prijs per eenheid", "Belastingen", "Bedrag"],
        units="Stuks",
        untaxed="Excl. btw",
        tax="Btw {r}%",
        total="Totaal",
        paid="Betaald op {d}",
        amount_due="Te betalen bedrag",
        communication="Gebruik de volgende mededeling voor uw betaling: {n}",
        terms="Betalingstermijn: {days} dagen",
        rate=Decimal(21),
    ),
    "de-DE": dict(
        title="Rechnung",
        issued="Rechnungsdatum:",
        due="Fälligkeitsdatum:",
        source="Quelle:",
        heads=["Beschreibung", "Menge", "Einzelpreis", "Steuern", "Betrag"],
        units="Stück",
        untaxed="Nettobetrag",
        tax="MwSt. {r}%",
        total="Gesamt",
        paid="Bezahlt am {d}",
        amount_due="Fälliger Betrag",
        communication="Bitte verwenden Sie für Ihre Zahlung den Verwendungszweck: {n}",
        terms="Zahlungsbedingungen: {days} Tage",
        rate=Decimal(19),
    ),
}
ODOO_PARTIES = {
    "en-US": (
        (
            "Blue Heron Software Inc.",
            "250 Executive Park Blvd, Suite 3400",
            "San Francisco CA 94134",
        ),
        ("Deco Addict", "77 Santa Barbara Rd", "Pleasant Hill CA 94523"),
        (
            "+1 555-555-5556",
            "info@blueheron.example",
            "https://blueheron.example",
            "Tax ID: US12345677",
        ),
    ),
    "nl-BE": (
        ("Kantoorwerk BV", "Kortrijksesteenweg 12", "9000 Gent"),
        ("Brasserie De Klok", "Markt 4", "8000 Brugge"),
        (
            "+32 9 123 45 67",
            "info@kantoorwerk.be",
            "https://www.kantoorwerk.be",
            "Btw: BE0477472701",
        ),
    ),
    "de-DE": (
        ("Nordwerk Systeme GmbH", "Am Sandtorkai 50", "20457 Hamburg"),
        ("Fahrradhaus Brandt KG", "Lindenallee 40", "24105 Kiel"),
        (
            "+49 40 123456",
            "info@nordwerk.example",
            "https://nordwerk.example",
            "USt-IdNr.: DE287554120",
        ),
    ),
}
ODOO_ITEMS = [
    "[FURN_8220] Four Person Desk",
    "[E-COM07] Large Cabinet",
    "Office Chair Black",
    "Drawer",
]
ERP_WORDS = {
    "en-IN": dict(
        taxes=[("CGST - TSS 9%", Decimal(9)), ("SGST - TSS 9%", Decimal(9))],
        words="In Words: INR {w} only.",
    ),
    "en-GB": dict(taxes=[("VAT - HFC 20%", Decimal(20))], words="In Words: GBP {w} only."),
}
ERP_PARTIES = {
    "en-IN": (
        (
            "Tanvi Software Solutions Pvt. Ltd.",
            "4th Floor, Prestige Tower, MG Road",
            "Bengaluru 560001",
        ),
        "Sahyadri Textiles Ltd.",
        "GSTIN: 29AAKCT4412M1Z3",
    ),
    "en-GB": (
        ("Harrow & Finch Consulting Ltd", "21 Castle Street", "Edinburgh EH2 3DN"),
        "Lochside Distillery Ltd",
        "VAT Reg. No.: GB 294 7731 08",
    ),
}
ERP_ITEMS = ["Consulting (hours)", "Support retainer", "Server setup", "Training day"]

_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11px; color: #222; }
.header { border-bottom: 1px solid #999; padding-bottom: 4px; font-size: 10px; }
table { border-collapse: collapse; }
.lines { width: 100%; margin-top: 16px; }
.lines th { border-bottom: 1px solid #333; text-align: left; padding: 4px; }
.lines td { border-bottom: 1px solid #ddd; padding: 4px; }
.num { text-align: right; }
.totals { float: right; width: 45%; margin-top: 12px; }
.totals td { padding: 3px 4px; }
.footer { position: absolute; top: 800px; width: 100%; text-align: center; font-size: 9px;
  border-top: 1px solid #999; }
"""


def _doc(body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head><body>{body}</body></html>"
    )


def _odoo(code: str, rng: random.Random, seed: int, off: Decimal) -> tuple[str, dict[str, Any]]:
    w, esc = ODOO_WORDS[code], html.escape
    seller, buyer, contact = ODOO_PARTIES[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    days = rng.choice([15, 30, 45])
    due = issued + dt.timedelta(days=days)
    number = f"INV/2026/{rng.randint(1, 900):05d}"
    rows, net = [], Decimal(0)
    for name in rng.sample(ODOO_ITEMS, rng.randint(1, 4)):
        qty = rng.choice([1, 2, 5, 10])
        unit = Decimal(rng.randint(2500, 150000)) / 100
        amount = cents(unit * qty)
        net += amount
        rows.append(
            f"<tr><td>{esc(name)}</td><td class='num'>{qty}.00 {w['units']}</td>"
            f"<td class='num'>{unit:.2f}</td><td class='num'>{w['rate']:g}%</td>"
            f"<td class='num'>{esc(money(code, amount))}</td></tr>"
        )
    tax = cents(net * w["rate"] / 100)
    gross = net + tax + off
    paid = cents(gross) if seed % 3 == 1 else Decimal(0)
    day = DATES[code]
    sums = [(w["untaxed"], net), (w["tax"].format(r=f"{w['rate']:g}"), tax), (w["total"], gross)]
    if paid:
        sums += [(w["paid"].format(d=(issued + dt.timedelta(days=3)).strftime(day)), paid)]
        sums += [(w["amount_due"], gross - paid)]
    totals = "".join(
        f"<tr><td>{'<b>' if label == w['total'] else ''}{esc(label)}</td>"
        f"<td class='num'>{esc(money(code, v))}</td></tr>"
        for label, v in sums
    )
    heads = "".join(f"<th{' class=num' if i else ''}>{h}</th>" for i, h in enumerate(w["heads"]))
    body = (
        f"<div class='header'><b>{esc(seller[0])}</b><br>{'<br>'.join(map(esc, seller[1:]))}</div>"
        f"<div style='margin: 30px 0 0 55%'>{'<br>'.join(map(esc, buyer))}</div>"
        f"<h2 style='margin-top:40px'>{w['title']} {number}</h2>"
        "<table style='width:70%'><tr>"
        f"<td><b>{w['issued']}</b></td><td><b>{w['due']}</b></td><td><b>{w['source']}</b></td>"
        f"</tr><tr><td>{issued.strftime(day)}</td><td>{due.strftime(day)}</td>"
        f"<td>S{rng.randint(10000, 99999)}</td></tr></table>"
        f"<table class='lines'><tr>{heads}</tr>{''.join(rows)}</table>"
        f"<table class='totals'>{totals}</table><div style='clear:both'></div>"
        f"<p>{esc(w['communication'].format(n=number))}</p>"
        f"<p>{esc(w['terms'].format(days=days))}</p>"
        f"<div class='footer'>{' | '.join(map(esc, contact))}<br>Page: 1 / 1</div>"
    )
    truth = printed(number, issued, due, seller[0], CURRENCY[code], net, tax, gross)
    return _doc(body), truth


_ONES = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen".split()


def _erpnext(code: str, rng: random.Random, seed: int, off: Decimal) -> tuple[str, dict[str, Any]]:
    w, esc = ERP_WORDS[code], html.escape
    (seller, street, town), buyer, tax_id = ERP_PARTIES[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = issued + dt.timedelta(days=rng.choice([15, 30]))
    number = f"ACC-SINV-2026-{rng.randint(1, 900):05d}"
    rows, net = [], Decimal(0)
    for i, name in enumerate(rng.sample(ERP_ITEMS, rng.randint(1, 4)), start=1):
        qty = rng.choice([1, 2, 4, 8])
        rate = Decimal(rng.randint(100, 3000)) * (10 if code == "en-IN" else 1)
        amount = cents(rate * qty)
        net += amount
        rows.append(
            f"<tr><td>{i}</td><td>{esc(name)}</td><td class='num'>{qty}</td>"
            f"<td class='num'>{esc(money(code, rate))}</td>"
            f"<td class='num'>{esc(money(code, amount))}</td></tr>"
        )
    taxes = [(label, cents(net * r / 100)) for label, r in w["taxes"]]
    tax = sum((t for _l, t in taxes), Decimal(0))
    gross = net + tax + off
    thousands = int(gross) // 1000
    spoken = f"{_ONES[thousands] if thousands < len(_ONES) else thousands} Thousand and more"
    sums = [("Total", net), *taxes, ("Grand Total", gross), ("Rounded Total", gross)]
    sums += [("Outstanding Amount", gross)]
    totals = "".join(
        f"<tr><td>{esc(label)}</td><td class='num'>{esc(money(code, v))}</td></tr>"
        for label, v in sums
    )
    day = DATES[code]
    fields = [("Customer Name:", buyer), ("Date:", issued.strftime(day))]
    fields += [("Due Date:", due.strftime(day))]
    body = (
        f"<div style='text-align:right'><b style='font-size:18px'>{esc(seller)}</b><br>"
        f"{esc(street)}<br>{esc(town)}<br>{esc(tax_id)}</div><hr>"
        f"<h2>SALES INVOICE<br><small>{number}</small></h2>"
        "<table style='width:60%'>"
        + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in fields)
        + "</table><table class='lines'><tr><th>Sr</th><th>Item</th><th class='num'>Quantity</th>"
        f"<th class='num'>Rate</th><th class='num'>Amount</th></tr>{''.join(rows)}</table>"
        f"<table class='totals'>{totals}</table><div style='clear:both'></div>"
        f"<p>{esc(w['words'].format(w=spoken))}</p>"
    )
    truth = printed(number, issued, due, seller, CURRENCY[code], net, tax, gross)
    return _doc(body), truth


def page(style: str, code: str, seed: int, off: Decimal = Decimal(0)) -> tuple[str, dict[str, Any]]:
    """The HTML of one invoice and the values printed on it; *off* is added to the total."""
    rng = random.Random(f"wkhtml-{style}-{code}-{seed}")
    return (_odoo if style == "odoo" else _erpnext)(code, rng, seed, off)


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every style and locale, *seeds* invoices each and one whose total is one unit off:
    the PDFs and their values (``NAME.truth.json``) in *folder*."""
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        for style, code, seed, off, name in kept_names(LOCALES, seeds):
            doc, truth = page(style, code, seed, off)
            src = Path(tmp) / f"{name}.html"
            src.write_text(doc, encoding="utf-8")
            page_size = ["--page-size", "A4", "--zoom", "1.35"]
            command = ["wkhtmltopdf", "-q", *page_size, str(src), str(folder / f"{name}.pdf")]
            subprocess.run(command, check=True, capture_output=True, timeout=120, env=env)
            keep_truth(folder, name, truth)
