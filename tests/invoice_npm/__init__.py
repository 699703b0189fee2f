"""Invoices printed by five more invoice packages from npm, each with its own template: a
second round of layouts no rule of ours was written for (the first is
:mod:`tests.invoice_packages`; two of the five are in :mod:`tests.invoice_npm.more`). We give each package an invoice's values, as a shop or a
freelancer using it would; the page is the package's.

- ``invoiceit``: @rimiti/invoice-it 3.6 (a Pug template; the package prints it with
  PhantomJS, here Chromium prints the same HTML) in English and French: 'Invoice' over
  'Ref. : IN-00042' and 'Invoice date : 05/03/2026' at the top right, the seller's block in
  a grey box at the left and the customer's framed at the right, neither with a heading;
  'Amounts expressed in Euros' over the items ('VAT' as a rate per line, 'U.P', 'Qt',
  'Total exc. VAT'), then 'Total exc. VAT', 'Total VAT', 'Total inc. VAT' in a small
  table; the user's legal line in the footer. The package's own arithmetic is kept: each
  line's total is cut, not rounded, to two decimals;
- ``jspdftemplate``: jspdf-invoice-template-nodejs 1.4 (jsPDF) with every label the
  user's, in English, German and Italian: the seller's name and address flush right at the
  top, the customer under the user's 'Invoice issued for:' at the left, 'Invoice #: 19' and
  two dated lines flush right beside it, the item table, then the user's rows of totals, in
  the package's demo order ('Total:', 'VAT: 20 %', 'SubTotal:', each with its currency
  code after the amount) or the usual one ('SubTotal:', 'VAT (20%):', 'Total:'), 'Page 1 / 1';
- ``storify``: invoice-pdf 0.0.11 (a Jade template, Storify's own receipt for its Stripe
  subscriptions; printed by Chromium instead of PhantomJS): 'Storify Invoice' and the
  company's address, 'PAID', 'Invoice Date: March 5, 2026', a card transaction's ID and no
  invoice number, the plan's price in whole dollars where it has no cents ('$ 49'), the
  payment credited and 'Invoice balance $ 0'.

The pages whose total is one unit off are made by each package's own means: its total
raised after the package computed it (Storify's receipt prints one amount, and
invoice-creator computes and prints its total at once: none for them).

None of these packages is installed by ``make test``: the PDFs are made once and kept in
``tests/data/npm_invoices/`` with their values. ``python -m tests.invoice_npm [DIR]`` makes
them again; it needs ``node`` with ``@rimiti/invoice-it`` 3.6.0,
``jspdf-invoice-template-nodejs`` 1.4.40, ``invoice-pdf`` 0.0.11 (with the ``jade`` 0.28.2 it
names), ``generate-invoice`` 0.2.2 (with ``react`` 15, ``react-dom`` 15, ``node-jsx``),
``invoice-creator`` 1.0.1 (unpacked by hand: it names a placeholder package 'fs' that npm no
longer serves) and ``pdfkit`` 0.13 on ``NODE_PATH``; Roboto (Debian's ``fonts-roboto-unhinted``,
or ``ROBOTO_DIR``); and a Chromium (``make browser``).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import kept_names, printed, render_kept
from tests.invoice_npm import more

__all__ = ["FIXTURES", "LOCALES", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "npm_invoices"
LOCALES = {
    "invoiceit": ("en", "fr"),
    "jspdftemplate": ("en", "de", "it"),
    "storify": ("en",),
    **more.LOCALES,
}
HTML = ("invoiceit", "storify", "generateinvoice")  # node writes HTML, Chromium prints it
# the packages with no means of printing a total other than the one they compute
NO_OFF = ("storify", "invoicecreator")
Job = tuple[str, dict[str, Any], dict[str, Any]]

# (company, first name, last name, street number, street, post code, city, phone, e-mail)
II_SELLERS = {
    "en": [
        (
            "Brightline Studio Ltd",
            "Amelia",
            "Hart",
            "27",
            "Canal Street",
            "M1 3HE",
            "Manchester",
            "+44 161 496 0321",
            "hello@brightline.example",
        ),
        (
            "Corvid Labs",
            "Samuel",
            "Okafor",
            "4",
            "Broad Quay",
            "BS1 4DJ",
            "Bristol",
            "+44 117 496 0777",
            "billing@corvid.example",
        ),
    ],
    "fr": [
        (
            "Atelier Bois Doré SARL",
            "Claire",
            "Fontaine",
            "12",
            "rue des Tanneurs",
            "67000",
            "Strasbourg",
            "03 88 00 11 22",
            "contact@boisdore.example",
        ),
        (
            "Nuage Conseil SAS",
            "Hugo",
            "Marchand",
            "48",
            "boulevard Voltaire",
            "75011",
            "Paris",
            "01 42 00 33 44",
            "facturation@nuage.example",
        ),
    ],
}
II_LEGAL = {
    "en": "{name} - Registered in England and Wales no. 09876543 <br> VAT no. GB 284 1175 90",
    "fr": "{name} - Capital de 10 000 € - SIRET : 812 345 678 00021 <br> N° TVA : FR28812345678",
}
II_BUYERS = [
    ("Harbour & Finch LLP", "Nina", "Patel", "3", "Quay Street", "CF10 1EU", "Cardiff"),
    ("Boulangerie Moreau", "Luc", "Moreau", "5", "place du Marché", "21000", "Dijon"),
]
II_ITEMS = {
    "en": ["Website redesign", "Hosting, 12 months", "Copywriting (hours)", "Photography"],
    "fr": ["Table en chêne massif", "Pose et montage", "Vernis naturel", "Livraison"],
}


def _js_text(x: float) -> str:
    """A number as JavaScript's ``toString`` writes it (the shortest that reads back)."""
    return repr(x)[:-2] if repr(x).endswith(".0") else repr(x)


def _cut(x: float) -> str:
    """invoice-it's ``formatOutputNumber``: two decimals, the rest cut off."""
    whole, _, dec = _js_text(x).partition(".")
    return f"{whole}.{(dec + '00')[:2]}"


def _round2(x: float) -> float:
    """invoice-it's ``round``: ``Math.round`` of the number moved two places (half up)."""
    return float(Decimal(_js_text(x)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _invoiceit(code: str, seed: int, off: Decimal) -> Job:
    rng = random.Random(f"invoiceit-{code}-{seed}")
    s = II_SELLERS[code][seed % 2]
    b = II_BUYERS[rng.randrange(2)]
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    ident = rng.randint(1, 999)
    pattern = rng.choice(
        ["$prefix{IN}$separator{-}$id{00000}", "$prefix{2026}$separator{/}$id{0000}"]
    )
    if code == "fr":
        pattern = pattern.replace("{IN}", "{FA}")
    articles, net, tax, gross = [], 0.0, 0.0, 0.0
    for what in rng.sample(II_ITEMS[code], rng.randint(1, 3)):
        price = rng.randint(500, 250000) / 100
        rate = rng.choice([20, 20, 10, 5.5] if code == "fr" else [20, 20, 5, 0])
        qt = rng.choice([1, 1, 2, 3, 5])
        line = _cut(price * qt)
        line_tax = _cut(_round2(float(line) * (rate / 100)))
        line_gross = _cut(_round2(float(line) + float(line_tax)))
        articles.append({"description": what, "tax": rate, "price": price, "qt": qt})
        net += float(line)
        tax += float(line_tax)
        gross += float(line_gross)
    printed_net, printed_tax, printed_gross = _cut(net), _cut(tax), _cut(gross)
    raised = _cut(float(Decimal(printed_gross) + off)) if off else printed_gross
    body = {
        "producer": "invoiceit",
        "lang": code,
        "emitter": dict(
            zip(
                [
                    "name",
                    "first_name",
                    "last_name",
                    "street_number",
                    "street_name",
                    "zip_code",
                    "city",
                    "phone",
                    "mail",
                ],
                s,
                strict=True,
            )
        ),
        "recipient": dict(
            zip(
                [
                    "company_name",
                    "first_name",
                    "last_name",
                    "street_number",
                    "street_name",
                    "zip_code",
                    "city",
                ],
                b,
                strict=True,
            )
        ),
        "date": issued.isoformat(),
        "date_format": "YYYY-MM-DD" if code == "en" and seed == 2 else "DD/MM/YYYY",
        "pattern": pattern,
        "id": ident,
        "footer": II_LEGAL[code].format(name=s[0]),
        "articles": articles,
        "expect": [printed_net, printed_tax, printed_gross],
        "raise_gross": raised if off else None,
    }
    digits = pattern.split("{")[-1].rstrip("}")
    number = pattern.split("$")[1][7:-1] + pattern.split("$")[2][10:-1] + f"{ident:0{len(digits)}d}"
    net_d, tax_d = Decimal(printed_net), Decimal(printed_tax)
    truth = printed(number, issued, None, s[0], "EUR", net_d, tax_d, Decimal(raised))
    return body, truth


# the user's words: (customer's heading, number label, issue date label, due date label,
# item heads, the totals' labels in the package's demo order: total, tax, subtotal; and in the
# usual order: subtotal, tax with its rate, total), the date as written, thousands and decimal
# marks, currency code, VAT rate
JT_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "to": "Invoice issued for:",
        "number": "Invoice #: ",
        "issued": "Invoice Date: ",
        "due": "Due Date: ",
        "heads": ["#", "Description", "Price", "Quantity", "Total"],
        "demo": ("Total:", "VAT:", "SubTotal:"),
        "usual": ("Subtotal:", "Sales tax ({rate}%):", "Total:"),
        "date": "%m/%d/%Y",
        "marks": (",", "."),
        "currency": "USD",
        "rate": 8,
    },
    "de": {
        "to": "Rechnung an:",
        "number": "Rechnung Nr.: ",
        "issued": "Rechnungsdatum: ",
        "due": "Zahlbar bis: ",
        "heads": ["Pos.", "Bezeichnung", "Einzelpreis", "Menge", "Gesamt"],
        "demo": ("Gesamt:", "MwSt.:", "Zwischensumme:"),
        "usual": ("Nettobetrag:", "MwSt. {rate}%:", "Gesamtbetrag:"),
        "date": "%d.%m.%Y",
        "marks": (".", ","),
        "currency": "EUR",
        "rate": 19,
    },
    "it": {
        "to": "Spett.le:",
        "number": "Fattura n. ",
        "issued": "Data fattura: ",
        "due": "Scadenza: ",
        "heads": ["N.", "Descrizione", "Prezzo", "Q.tà", "Importo"],
        "demo": ("Totale:", "IVA:", "Imponibile:"),
        "usual": ("Imponibile:", "IVA {rate}%:", "Totale documento:"),
        "date": "%d/%m/%Y",
        "marks": (".", ","),
        "currency": "EUR",
        "rate": 22,
    },
}
# (name, address, phone, e-mail, web site)
JT_SELLERS = {
    "en": [
        (
            "Pinecrest Landscaping LLC",
            "418 Alder Avenue, Portland, OR 97205",
            "(503) 555-0148",
            "office@pinecrest.example",
            "www.pinecrest.example",
        ),
        (
            "Summit Bookkeeping Co.",
            "90 State Street, Albany, NY 12207",
            "(518) 555-0199",
            "hello@summitbooks.example",
            "summitbooks.example",
        ),
    ],
    "de": [
        (
            "Elektro Schubert GmbH",
            "Lindenstraße 14, 04109 Leipzig",
            "0341 555 1200",
            "info@elektro-schubert.example",
            "www.elektro-schubert.example",
        ),
        (
            "Grafikbüro Anna Vogt",
            "Hauptstraße 3, 79098 Freiburg",
            "0761 555 334",
            "post@vogt-grafik.example",
            "vogt-grafik.example",
        ),
    ],
    "it": [
        (
            "Idraulica Ferri S.r.l.",
            "Via Emilia 120, 40133 Bologna",
            "051 555 7788",
            "amministrazione@ferri.example",
            "www.ferri.example",
        ),
        (
            "Studio Conti & Associati",
            "Corso Vittorio Emanuele 58, 10121 Torino",
            "011 555 2345",
            "studio@conti.example",
            "conti.example",
        ),
    ],
}
JT_BUYERS = {
    "en": ("Maple Street Dental", "22 Maple Street, Salem, OR 97301", "(503) 555-0111"),
    "de": ("Bäckerei Krüger OHG", "Marktplatz 7, 04275 Leipzig", "0341 555 9876"),
    "it": ("Albergo Bellavista", "Via del Lago 4, 22100 Como", "031 555 4433"),
}
JT_ITEMS = {
    "en": ["Lawn care, monthly", "Hedge trimming", "Mulch, cubic yard", "Irrigation repair"],
    "de": ["Arbeitszeit Elektriker", "Kabel NYM-J 3x1,5", "Steckdosen, Stück", "Anfahrt"],
    "it": ["Manodopera", "Rubinetto miscelatore", "Tubo multistrato", "Uscita tecnico"],
}


def _amount(value: Decimal, marks: tuple[str, str]) -> str:
    text = f"{value:,.2f}"
    return text.replace(",", "\0").replace(".", marks[1]).replace("\0", marks[0])


def _jspdftemplate(code: str, seed: int, off: Decimal) -> Job:
    rng = random.Random(f"jspdftemplate-{code}-{seed}")
    w = JT_WORDS[code]
    s = JT_SELLERS[code][seed % 2]
    buyer = JT_BUYERS[code]
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    due = issued + dt.timedelta(days=rng.choice([14, 30]))
    number = rng.choice([str(rng.randint(2, 400)), f"{issued.year}-{rng.randint(1, 300):03d}"])
    rows, net = [], Decimal(0)
    for i, what in enumerate(rng.sample(JT_ITEMS[code], rng.randint(1, 4)), start=1):
        price, qty = Decimal(rng.randint(1500, 60000)) / 100, rng.randint(1, 6)
        line = price * qty
        net += line
        # the demo passes the numbers as they are; a user writing a locale's marks formats them
        shown = (
            [str(price), str(line)]
            if seed == 0 and code == "en"
            else [_amount(price, w["marks"]), _amount(line, w["marks"])]
        )
        rows.append([i, what, shown[0], qty, shown[1]])
    rate = Decimal(w["rate"])
    tax = (net * rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    gross = net + tax + off
    cur, marks = w["currency"], w["marks"]
    if seed == 1:  # the usual order, the tax's rate in its label
        sub_l, tax_l, total_l = w["usual"]
        extra = [
            (sub_l, _amount(net, marks), cur),
            (tax_l.format(rate=rate), _amount(tax, marks), cur),
            (total_l, _amount(gross, marks), cur),
        ]
    else:  # the demo's order: the total first, the tax as a rate (seed 0) or an amount
        total_l, tax_l, sub_l = w["demo"]
        shown_tax = (str(rate), "%") if seed == 0 else (_amount(tax, marks), cur)
        extra = [
            (total_l, _amount(gross, marks), cur),
            (tax_l, *shown_tax),
            (sub_l, _amount(net, marks), cur),
        ]
    props = {
        "outputType": "arraybuffer",
        "business": {
            "name": s[0],
            "address": s[1],
            "phone": s[2],
            "email": s[3],
            "email_1": "",
            "website": s[4],
        },
        "contact": {
            "label": w["to"],
            "name": buyer[0],
            "address": buyer[1],
            "phone": buyer[2],
            "email": "",
            "otherInfo": "",
        },
        "invoice": {
            "label": w["number"],
            "num": number,
            "invDate": w["due"] + due.strftime(w["date"]),
            "invGenDate": w["issued"] + issued.strftime(w["date"]),
            "headerBorder": False,
            "tableBodyBorder": False,
            "header": [{"title": h} for h in w["heads"]],
            "table": rows,
            "additionalRows": [
                {"col1": a, "col2": b, "col3": c, "style": {"fontSize": 14 if i == 0 else 10}}
                for i, (a, b, c) in enumerate(extra)
            ],
            "invDescLabel": "",
            "invDesc": "",
        },
        "footer": {"text": ""},
        "pageEnable": True,
        "pageLabel": {"en": "Page ", "de": "Seite ", "it": "Pagina "}[code],
    }
    truth = printed(number, issued, due, s[0], cur, net, tax, gross)
    if seed == 0:  # the tax printed as its rate alone: no amount to read
        truth["tax_total"] = None
    return {"producer": "jspdftemplate", "props": props}, truth


# Storify's customers: (card holder, plan, price in cents, interval)
ST_PLANS = [("Business", 4900, "month"), ("Business", 49000, "year"), ("Pro", 1999, "month")]
ST_NAMES = ["Rebecca Lin", "Marco Bellini", "Olivia Grant"]


def _storify(seed: int) -> Job:
    rng = random.Random(f"storify-{seed}")
    plan, cents_, interval = ST_PLANS[seed % len(ST_PLANS)]
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    body = {
        "producer": "storify",
        "data": {
            "date": f"{issued:%B} {issued.day}, {issued.year}",
            "transactionId": "in_"
            + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(14)),
            "creditCardEnd": f"{rng.randint(0, 9999):04d}",
            "user": {"name": ST_NAMES[seed % len(ST_NAMES)]},
            "plan": ("Monthly " if interval == "month" else "Annual ") + plan + " plan",
            "price": cents_ / 100,
        },
    }
    gross = Decimal(cents_) / 100
    truth = printed("", issued, None, "Livefyre, Inc", "USD", gross, Decimal(0), gross)
    truth["invoice_number"] = truth["net_total"] = truth["tax_total"] = None
    return body, truth


def _print_html(folder: Path, names: list[str]) -> None:
    """Print each NAME.html node wrote with Chromium, no request leaving the page (the
    templates ask for a web font and a placeholder logo; offline, the browser's own font and
    no logo print, as they would for a user without a network)."""
    from robot_lib.browser.launch import shared_browser

    page = shared_browser().new_page()
    page.route(
        "**/*",
        lambda route: route.abort() if route.request.url.startswith("http") else route.continue_(),
    )
    try:
        for name in names:
            html = folder / f"{name}.html"
            page.goto(html.as_uri(), wait_until="load")
            page.pdf(path=str(folder / f"{name}.pdf"), format="A4", print_background=True)
            html.unlink()
    finally:
        page.close()


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every package and language, *seeds* invoices each and one whose total is one unit off
    (none for the two that cannot print one): the PDFs and their values (``NAME.truth.json``) in
    *folder*."""
    folder = folder.resolve()
    jobs: list[Job] = []
    for style, code, seed, off, name in kept_names(LOCALES, seeds):
        if off and style in NO_OFF:
            continue
        if style == "storify":
            jobs.append((name, *_storify(seed)))
        elif style == "generateinvoice":
            jobs.append((name, *more.generateinvoice(code, seed, off)))
        elif style == "invoicecreator":
            jobs.append((name, *more.invoicecreator(seed)))
        elif style == "invoiceit":
            jobs.append((name, *_invoiceit(code, seed, off)))
        else:
            jobs.append((name, *_jspdftemplate(code, seed, off)))
    render_kept(folder, ["node", str(Path(__file__).with_name("render.js"))], jobs)
    _print_html(folder, [name for name, body, _ in jobs if body["producer"] in HTML])
