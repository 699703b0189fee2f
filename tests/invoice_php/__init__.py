"""Invoices PHP applications print: an ERP's PDF model drawn with TCPDF, and an invoicing
web app's HTML template rendered by dompdf. Many small firms' invoices come from such tools
(open-source ERPs and invoicing apps written in PHP); their text layers differ from every
other producer here (TCPDF places each cell with its own font subset; dompdf lays out CSS 2.1
tables and floats). Written after the genres' habits, not any application's code:

- ``erp`` (fr-FR, es-ES), TCPDF: the company's name where a logo would be, the title and the
  reference on one line at the top right ('Facture FA2611-0042') over 'Date facturation :',
  'Date échéance :', 'Code client :'; a shaded sender's box under 'Émetteur' and a framed
  recipient's box under 'Adressé à' side by side; 'Montants exprimés en Euros'; a ruled item
  table whose columns are 'Désignation | TVA | P.U. HT | Qté | Total HT' (with a per-line
  discount column 'Réduc.' on one seed in three); payment terms and the IBAN at the left, a
  totals box at the right ('Total HT', 'Total TVA 20%', 'Total TTC'); the legal footer with
  the company's capital, registration and VAT numbers; 'Page 1/1';
- ``web`` (en-GB, de-DE), dompdf: the seller's block at the left and the customer's at the
  right under 'To' / 'An', the heading 'Invoice 2026-0042', a small table of 'Invoice Date',
  'Due Date', 'Amount Due'; the item table 'Item | Description | Qty | Price | Total' with the
  totals as its last rows ('Subtotal', 'VAT (20%)', 'Total', 'Paid', 'Balance'); on one seed
  in three the customer has paid part already (the amount due is the balance, the gross stays
  the total); terms in the footer.

PHP is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/php_invoices/`` with their values. ``python -m tests.invoice_php [DIR]`` makes
them again (Debian: ``apt-get install php-cli php-tcpdf php-dompdf fonts-dejavu-core``).
"""

from __future__ import annotations

import datetime as dt
import html
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import kept_names, render_kept
from tests.invoice_pdflib.sheet import MONEY, cents

__all__ = ["FIXTURES", "LOCALES", "make", "spec"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "php_invoices"
LOCALES = {"erp": ("fr-FR", "es-ES"), "web": ("en-GB", "de-DE")}
ERP_WORDS = {
    "fr-FR": dict(
        title="Facture",
        issued="Date facturation",
        due="Date échéance",
        client="Code client",
        from_="Émetteur",
        to="Adressé à",
        amounts_in="Montants exprimés en Euros",
        heads=["Désignation", "TVA", "P.U. HT", "Qté", "Réduc.", "Total HT"],
        net="Total HT",
        tax="Total TVA {r}%",
        total="Total TTC",
        terms=["Conditions de règlement : {n} jours", "Mode de règlement : Virement bancaire"],
        bank="IBAN : {i}",
        page="Page 1/1",
    ),
    "es-ES": dict(
        title="Factura",
        issued="Fecha facturación",
        due="Fecha vencimiento",
        client="Código cliente",
        from_="Emisor",
        to="Enviar a",
        amounts_in="Importes expresados en Euros",
        heads=["Descripción", "IVA", "P.U.", "Cant.", "Dto.", "Base imp."],
        net="Base imponible",
        tax="Total IVA {r}%",
        total="Total",
        terms=["Condiciones de pago: {n} días", "Forma de pago: Transferencia bancaria"],
        bank="IBAN: {i}",
        page="Página 1/1",
    ),
}
ERP_PARTIES = {
    "fr-FR": (
        (
            "Atelier Numérique Rhône",
            "14 quai Saint-Vincent",
            "69001 Lyon",
            "Tél. : 04 72 10 45 88",
            "Email : contact@atelier-rhone.fr",
        ),
        (
            "Boulangerie Garnier SARL",
            "8 rue des Tanneurs",
            "38000 Grenoble",
            "N° TVA : FR58 478 221 904",
        ),
        "SAS au capital de 20 000 € - SIRET 812 345 678 00021 - NAF-APE 6201Z - "
        "RCS Lyon B 812 345 678 - N° TVA : FR41 812345678",
        "FR76 3000 4028 3700 0101 2345 678",
    ),
    "es-ES": (
        (
            "Soluciones Levante",
            "Calle Colón 22, 4º",
            "46004 Valencia",
            "Tel.: 963 12 45 78",
            "Email: info@solucioneslevante.es",
        ),
        ("Hostal Marina S.L.", "Paseo Marítimo 31", "03001 Alicante", "CIF: B03456712"),
        "Soluciones Levante S.L. - CIF B98765432 - Registro Mercantil de Valencia, "
        "Tomo 10234, Folio 120, Hoja V-174523",
        "ES12 2100 1234 5602 0012 3456",
    ),
}
ERP_ITEMS = {
    "fr-FR": [
        "Développement module de réservation",
        "Maintenance applicative (mois)",
        "Hébergement serveur dédié",
        "Formation utilisateurs (jour)",
        "Audit de sécurité",
    ],
    "es-ES": [
        "Desarrollo módulo de reservas",
        "Mantenimiento mensual",
        "Alojamiento servidor dedicado",
        "Formación de usuarios (día)",
        "Auditoría de seguridad",
    ],
}
WEB_WORDS = {
    "en-GB": dict(
        title="Invoice",
        to="To",
        issued="Invoice Date",
        due="Due Date",
        amount_due="Amount Due",
        heads=["Item", "Description", "Qty", "Price", "Total"],
        sub="Subtotal",
        tax="VAT ({r}%)",
        total="Total",
        paid="Paid",
        balance="Balance",
        terms="Payment within {n} days of the invoice date. Thank you for your business.",
    ),
    "de-DE": dict(
        title="Rechnung",
        to="An",
        issued="Rechnungsdatum",
        due="Fälligkeitsdatum",
        amount_due="Fälliger Betrag",
        heads=["Artikel", "Beschreibung", "Menge", "Preis", "Gesamt"],
        sub="Zwischensumme",
        tax="MwSt. ({r}%)",
        total="Gesamt",
        paid="Bezahlt",
        balance="Saldo",
        terms="Zahlbar innerhalb von {n} Tagen ab Rechnungsdatum. Vielen Dank für Ihren Auftrag.",
    ),
}
WEB_PARTIES = {
    "en-GB": (
        (
            "Harrow & Finch Consulting Ltd",
            "21 Castle Street",
            "Edinburgh EH2 3DN",
            "VAT GB 294 7731 08",
        ),
        ("Lochside Distillery Ltd", "Pier Road", "Oban PA34 5AB"),
    ),
    "de-DE": (
        (
            "Bergmann IT-Service GmbH",
            "Friedrichstraße 88",
            "10117 Berlin",
            "USt-IdNr.: DE 287 554 120",
        ),
        ("Weingut Albrecht", "Rheinstraße 5", "55116 Mainz"),
    ),
}
WEB_ITEMS = [
    ("Support", {"en": "Monthly support retainer", "de": "Monatliche Supportpauschale"}),
    ("Setup", {"en": "Server setup and migration", "de": "Servereinrichtung und Migration"}),
    ("Licence", {"en": "Backup software licence", "de": "Lizenz Backup-Software"}),
    ("Workshop", {"en": "On-site workshop", "de": "Workshop vor Ort"}),
    ("Hours", {"en": "Additional consulting hours", "de": "Zusätzliche Beratungsstunden"}),
]


def _erp(
    code: str, rng: random.Random, seed: int, off: Decimal
) -> tuple[dict[str, Any], dict[str, Any]]:
    w, m = ERP_WORDS[code], MONEY[code]
    seller, buyer, footer, iban = ERP_PARTIES[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    days = rng.choice([15, 30, 45])
    due = issued + dt.timedelta(days=days)
    number = f"FA{issued:%y%m}-{rng.randint(1, 400):04d}"
    discounts = seed % 3 == 1  # a per-line discount column
    rows, net = [], Decimal(0)
    for name in rng.sample(ERP_ITEMS[code], rng.randint(1, 4)):
        qty = rng.choice([1, 1, 2, 3, 5])
        unit = Decimal(rng.randint(8000, 180000)) / 100
        pct = rng.choice([0, 0, 5, 10]) if discounts else 0
        amount = cents(unit * qty * (100 - pct) / 100)
        net += amount
        row = [name, f"{m.rate:g}%", m.number(unit), str(qty)]
        row += [f"{pct}%" if pct else ""] if discounts else []
        rows.append([*row, m.number(amount)])
    heads = w["heads"] if discounts else w["heads"][:4] + w["heads"][5:]
    widths = [78, 14, 26, 14, 16, 42] if discounts else [90, 14, 28, 16, 42]
    aligns = ["L", "R", "R", "R", "R", "R"] if discounts else ["L", "R", "R", "R", "R"]
    tax = cents(net * m.rate / 100)
    gross = net + tax + off
    client = f"CU{issued:%y}{rng.randint(1, 12):02d}-{rng.randint(1, 300):05d}"
    spec = {
        "style": "erp",
        "words": {k.rstrip("_"): v for k, v in w.items() if isinstance(v, str)},
        "seller": list(seller),
        "buyer": list(buyer),
        "number": number,
        "head": [
            [w["issued"], issued.strftime(m.date)],
            [w["due"], due.strftime(m.date)],
            [w["client"], client],
        ],
        "columns": [[h, wd, al] for h, wd, al in zip(heads, widths, aligns, strict=True)],
        "rows": rows,
        "terms": [t.format(n=days) for t in w["terms"]] + [w["bank"].format(i=iban)],
        "totals": [
            [w["net"], m(net)],
            [w["tax"].format(r=f"{m.rate:g}"), m(tax)],
            [w["total"], m(gross)],
        ],
        "footer": footer,
    }
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat(),
        "seller": seller[0],
        "currency": "EUR",
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
        "_seller_aliases": [footer.split(" - ")[0]] if code == "es-ES" else [],
    }
    return spec, truth


_CSS = """
@font-face { font-family: 'DejaVu Sans'; src: url('file:///usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); }
@font-face { font-family: 'DejaVu Sans'; font-weight: bold;
  src: url('file:///usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'); }
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #333; }
h1 { font-size: 20pt; margin: 18px 0 6px 0; }
table { border-collapse: collapse; }
.parties td { vertical-align: top; width: 50%; }
.meta td { padding: 2px 12px 2px 0; }
.items { width: 100%; margin-top: 18px; }
.items th { background: #eeeeee; text-align: left; padding: 5px; border-bottom: 1px solid #999; }
.items td { padding: 5px; border-bottom: 1px solid #ddd; }
.items .num { text-align: right; }
.items .sum td { border: none; }
.footer { position: fixed; bottom: 0; font-size: 8pt; color: #777; }
"""


def _web(
    code: str, rng: random.Random, seed: int, off: Decimal
) -> tuple[dict[str, Any], dict[str, Any]]:
    w, m = WEB_WORDS[code], MONEY[code]
    seller, buyer = WEB_PARTIES[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    days = rng.choice([14, 30])
    due = issued + dt.timedelta(days=days)
    number = f"2026-{rng.randint(1, 900):04d}"
    esc = html.escape
    rows, net = [], Decimal(0)
    for item, desc in rng.sample(WEB_ITEMS, rng.randint(1, 4)):
        qty = rng.choice([1, 2, 4, 10])
        price = Decimal(rng.randint(4000, 90000)) / 100
        amount = cents(price * qty)
        net += amount
        rows.append(
            f"<tr><td>{esc(item)}</td><td>{esc(desc[code[:2]])}</td><td class='num'>{qty}</td>"
            f"<td class='num'>{esc(m(price))}</td><td class='num'>{esc(m(amount))}</td></tr>"
        )
    tax = cents(net * m.rate / 100)
    gross = net + tax + off
    paid = cents(gross * Decimal("0.3")) if seed % 3 == 1 else Decimal(0)
    sums = [(w["sub"], net), (w["tax"].format(r=f"{m.rate:g}"), tax), (w["total"], gross)]
    sums += [(w["paid"], paid), (w["balance"], gross - paid)]
    for label, value in sums:
        rows.append(
            f"<tr class='sum'><td colspan='3'></td><td class='num'><b>{esc(label)}</b></td>"
            f"<td class='num'>{esc(m(value))}</td></tr>"
        )
    left = "<br>".join([f"<b style='font-size:13pt'>{esc(seller[0])}</b>", *map(esc, seller[1:])])
    right = "<br>".join([f"<b>{esc(w['to'])}</b>", *map(esc, buyer)])
    meta = "".join(
        f"<tr><td>{esc(a)}:</td><td>{esc(b)}</td></tr>"
        for a, b in (
            (w["issued"], issued.strftime(m.date)),
            (w["due"], due.strftime(m.date)),
            (w["amount_due"], m(gross - paid)),
        )
    )
    heads = "".join(
        f"<th{' class=num' if i >= 2 else ''}>{esc(h)}</th>" for i, h in enumerate(w["heads"])
    )
    page = (
        f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head><body>"
        f"<table class='parties' width='100%'><tr><td>{left}</td><td>{right}</td></tr></table>"
        f"<h1>{esc(w['title'])} {esc(number)}</h1><table class='meta'>{meta}</table>"
        f"<table class='items'><tr>{heads}</tr>{''.join(rows)}</table>"
        f"<div class='footer'>{esc(w['terms'].format(n=days))}</div></body></html>"
    )
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat(),
        "seller": seller[0],
        "currency": m.currency,
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }
    return {"style": "web", "html": page}, truth


def spec(
    style: str, code: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the PHP renderer is given for one invoice, and the values printed on it; *off*
    is added to the printed total."""
    rng = random.Random(f"php-{style}-{code}-{seed}")
    return (_erp if style == "erp" else _web)(code, rng, seed, off)


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every style and locale, *seeds* invoices each and one whose total is one unit off:
    the PDFs and their values (``NAME.truth.json``) in *folder*."""
    jobs = [
        (name, *spec(style, code, seed, off))
        for style, code, seed, off, name in kept_names(LOCALES, seeds)
    ]
    render_kept(folder, ["php", str(Path(__file__).with_name("render.php"))], jobs)
