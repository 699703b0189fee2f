"""Invoices printed by SQL-Ledger, the web ERP and accounting system small firms have run since
1999 (Debian's ``sql-ledger`` 3.2.6): a real product's invoice pages, which no rule of ours was
written for. A clerk types a sales invoice (the customer, the dates in the user's date format,
the parts or services with their prices and discounts, the tax accounts that apply) and prints
it: as HTML, which the browser prints (Chromium here), or as PDF, SQL-Ledger's LaTeX template
typeset by pdflatex.

Each language prints its own templates from SQL-Ledger's ``doc/templates``: the company's name
and address (and telephone and fax) as the letterhead; the title in spaced capitals ('I N V O I
C E', 'R E C H N U N G', 'F A C T U R E', 'F A C T U U R', 'F A K T U R A'); the number and
dates in a grid of labels over values (English: 'Invoice # | Date | Due | Order # | Salesperson
| Shipping Point | Ship via'), or labels beside values (German: 'Ausgestellt am', 'Bezahlbar
bis', 'Nummer'); the customer's and the ship-to addresses side by side; the items with number,
description, quantity, unit, price, discount and amount; 'Subtotal' (the net), a line per tax
account ('CA Sales Tax on 1,234.00 @ 7.25 %', 'Umsatzsteuer 19% auf 1.234,00', 'BTW 21%'),
and 'Balance Due' / 'Total' / 'Openstaand' / 'Att betala'. Amounts in the user's number format
('1,000.00', '1.000,00', "1'000.00", '1000,00'), dates in the user's date format (US
'mm/dd/yy', 'dd.mm.yy', 'dd/mm/yy', 'dd-mm-yy', 'yyyy-mm-dd': SQL-Ledger writes the year in
full).

Seed 0: items at one tax rate; seed 1: items at two rates (two tax accounts); seed 2: discounts
on the items; seed 3: a customer abroad, no tax; seeds 4 to 7 are the same kinds with other
values (held out while rules for 0 to 3 were written).

SQL-Ledger is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/sqlledger_invoices/`` with their values. ``python -m tests.invoice_sqlledger ROOT
[DIR]`` makes them again, ROOT being Debian's ``sql-ledger`` package unpacked (``apt-get
download sql-ledger && dpkg-deb -x sql-ledger_*.deb x``: ``x/usr/share/sql-ledger``), with
Debian's ``perl``, Chromium and TeX Live (``texlive-latex-base texlive-latex-recommended
texlive-fonts-recommended texlive-pictures texlive-lang-french texlive-lang-european
texlive-lang-german``). ``render.pl`` fills the print form as SQL-Ledger's print path
does with SQL-Ledger's own code for the numbers, the strings and the template; the ledger's
database is not run (the invoice is not posted).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "LOCALES", "OUTPUTS", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "sqlledger_invoices"
# how the clerk prints: HTML (printed by the browser) or PDF (SQL-Ledger's LaTeX templates)
OUTPUTS = ("html", "pdf")
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
# code: (template, currency, number format, date format, company, its address, telephone,
# tax accounts: (account, description, rate, registration number) at the standard and a
# reduced rate)
LOCALES: dict[str, tuple[Any, ...]] = {
    "us": (
        "Default",
        "USD",
        "1,000.00",
        "mm/dd/yy",
        "Brightwater Supply Co.",
        "1450 Harbor Blvd\nSanta Ana, CA 92704",
        "(714) 555-0148",
        [
            ("2310", "CA Sales Tax", 0.0725, "SR CH 101-234567"),
            ("2320", "Orange County District Tax", 0.005, "SR CH 101-234567"),
        ],
    ),
    "de": (
        "German",
        "EUR",
        "1.000,00",
        "dd.mm.yy",
        "Hanseatische Werkzeughandel GmbH",
        "Billstraße 118\n20539 Hamburg",
        "040 7851 2290",
        [
            ("3806", "Umsatzsteuer 19%", 0.19, "DE 284 117 903"),
            ("3801", "Umsatzsteuer 7%", 0.07, "DE 284 117 903"),
        ],
    ),
    "ch": (
        "German",
        "CHF",
        "1'000.00",
        "dd.mm.yy",
        "Aare Bürotechnik AG",
        "Bahnhofstrasse 21\n3011 Bern",
        "031 318 44 20",
        [
            ("2200", "MWST 8.1%", 0.081, "CHE-116.281.710 MWST"),
            ("2201", "MWST 2.6%", 0.026, "CHE-116.281.710 MWST"),
        ],
    ),
    "fr": (
        "French",
        "EUR",
        "1000,00",
        "dd/mm/yy",
        "Quincaillerie Delorme SARL",
        "14 rue des Tanneurs\n67000 Strasbourg",
        "03 88 32 14 70",
        [
            ("445710", "TVA collectée 20%", 0.20, "FR 47 812 345 678"),
            ("445711", "TVA collectée 5,5%", 0.055, "FR 47 812 345 678"),
        ],
    ),
    "nl": (
        "Dutch",
        "EUR",
        "1.000,00",
        "dd-mm-yy",
        "Van Dijk Kantoorartikelen B.V.",
        "Marktstraat 27\n8011 JH Zwolle",
        "038 421 6650",
        [
            ("2310", "BTW hoog", 0.21, "NL812345678B01"),
            ("2311", "BTW laag", 0.09, "NL812345678B01"),
        ],
    ),
    "sv": (
        "Swedish",
        "SEK",
        "1000,00",
        "yyyy-mm-dd",
        "Norrlands Kontorsmaterial AB",
        "Rådhusgatan 15\n852 34 Sundsvall",
        "060-12 45 80",
        [
            ("2611", "Utgående moms 25%", 0.25, "SE556677889901"),
            ("2621", "Utgående moms 12%", 0.12, "SE556677889901"),
        ],
    ),
}
# what each firm sells: (part number, description, unit, price), the last at the reduced rate
GOODS: dict[str, list[tuple[str, str, str, float]]] = {
    "us": [
        ("HB-2200", "Hose reel cart, 200 ft", "ea", 89.95),
        ("PV-0415", "PVC fitting assortment", "box", 34.50),
        ("LS-1180", "LED shop light, 4 ft", "ea", 42.75),
        ("SV-LAB", "Installation labor", "hr", 65.00),
        ("FD-0100", "Lawn fertilizer, 40 lb", "bag", 27.80),
    ],
    "de": [
        ("WZ-4410", "Drehmomentschlüssel 40-200 Nm", "Stk", 129.90),
        ("WZ-1022", "Bitsatz 32-tlg.", "Set", 24.50),
        ("SC-0870", "Schutzhandschuhe Gr. 9", "Paar", 6.85),
        ("DL-MONT", "Montage vor Ort", "Std", 68.00),
        ("BU-2026", "Fachbuch Werkzeugkunde", "Stk", 39.90),
    ],
    "ch": [
        ("BT-7710", "Aktenvernichter P-4", "Stk", 389.00),
        ("BT-0211", "Laminierfolien A4, 100 Stk.", "Pak", 24.90),
        ("BT-3300", "Etikettendrucker", "Stk", 149.00),
        ("DL-SERV", "Service vor Ort", "Std", 125.00),
        ("BT-BUCH", "Handbuch Büroorganisation", "Stk", 48.00),
    ],
    "fr": [
        ("QC-2210", "Perceuse visseuse 18 V", "pce", 149.00),
        ("QC-0340", "Coffret de vis inox", "lot", 22.40),
        ("QC-1185", "Escabeau aluminium 5 marches", "pce", 79.90),
        ("PR-POSE", "Main-d'oeuvre pose", "h", 52.00),
        ("QC-LIVR", "Guide du bricolage", "pce", 24.50),
    ],
    "nl": [
        ("KA-1001", "Kopieerpapier A4, 5 pakken", "doos", 21.95),
        ("KA-2240", "Bureaustoel ergonomisch", "st", 289.00),
        ("KA-0815", "Ordners breed, 10 stuks", "pak", 18.40),
        ("DV-INST", "Montage op locatie", "uur", 55.00),
        ("KA-BOEK", "Handboek kantoororganisatie", "st", 32.50),
    ],
    "sv": [
        ("NK-1010", "Kopieringspapper A4, 2500 ark", "kart", 289.00),
        ("NK-4420", "Skrivbordslampa LED", "st", 649.00),
        ("NK-0375", "Pärmar A4, 10-pack", "fp", 179.00),
        ("TJ-MONT", "Montering på plats", "tim", 650.00),
        ("NK-BOK", "Handbok kontorsorganisation", "st", 345.00),
    ],
}
# customers at home and abroad: (name, street, city, state, postcode, country)
CUSTOMERS: dict[str, list[tuple[str, ...]]] = {
    "us": [
        ("Pacific Ridge Landscaping", "2210 E Katella Ave", "Anaheim", "CA", "92806", ""),
        (
            "Coastal Property Services LLC",
            "88 Newport Center Dr",
            "Newport Beach",
            "CA",
            "92660",
            "",
        ),
    ],
    "de": [
        ("Kfz-Werkstatt Brandt OHG", "Am Hafen 4", "Lübeck", "", "23552", ""),
        ("Schreinerei Holm", "Dorfstraße 12", "Pinneberg", "", "25421", ""),
    ],
    "ch": [
        ("Treuhand Keller GmbH", "Marktgasse 9", "Thun", "", "3600", ""),
        ("Praxis Dr. med. Rüegg", "Seestrasse 44", "Spiez", "", "3700", ""),
    ],
    "fr": [
        ("Menuiserie Klein", "3 rue du Moulin", "Colmar", "", "68000", ""),
        ("Garage Muller & Fils", "21 route de Paris", "Haguenau", "", "67500", ""),
    ],
    "nl": [
        ("Notariskantoor De Boer", "Grote Kerkplein 6", "Kampen", "", "8261 ER", ""),
        ("Fysiotherapie Oosterveld", "Assendorperstraat 90", "Zwolle", "", "8012 DJ", ""),
    ],
    "sv": [
        ("Advokatbyrån Holm & Berg", "Storgatan 33", "Härnösand", "", "871 31", ""),
        ("Tandläkare Nyström AB", "Esplanaden 8", "Sundsvall", "", "852 31", ""),
    ],
}
ABROAD: dict[str, tuple[str, ...]] = {
    "us": (
        "Maple Grove Outfitters Ltd.",
        "412 Granville St",
        "Vancouver",
        "BC",
        "V6C 1T2",
        "Canada",
    ),
    "de": ("Bergsport Huber AG", "Bahnhofstrasse 5", "Chur", "", "7000", "Schweiz"),
    "ch": ("Müller Haustechnik GmbH", "Hauptstraße 18", "Konstanz", "", "78462", "Deutschland"),
    "fr": ("Atelier Lenoir Ltd", "17 Mill Street", "Canterbury", "", "CT1 2AB", "Royaume-Uni"),
    "nl": ("Osloveien Bygg AS", "Osloveien 44", "Drammen", "", "3015", "Noorwegen"),
    "sv": ("Fjordtre AS", "Strandgata 12", "Bergen", "", "5013", "Norge"),
}
DATES = {
    "mm/dd/yy": "%m/%d/%Y",
    "dd.mm.yy": "%d.%m.%Y",
    "dd/mm/yy": "%d/%m/%Y",
    "dd-mm-yy": "%d-%m-%Y",
    "yyyy-mm-dd": "%Y-%m-%d",
}


def round_amount(amount: float, places: int = 2) -> float:
    """SQL-Ledger's ``Form->round_amount``: half up by adding 0.501 of the last place, in
    floating point, as Perl does."""
    neg = -1 if amount < 0 else 1
    scale = 10.0**places
    return int(amount * scale + neg * 0.501) / scale


def invoice(output: str, code: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the clerk types for one invoice, printed as *output* ('html' or 'pdf'), and the
    values its page prints."""
    # (the HTML pages' values were drawn first, with no output in the seed)
    rng = random.Random(
        f"sqlledger-{code}-{seed}" if output == "html" else f"sqlledger-pdf-{code}-{seed}"
    )
    template, currency, numbers, dates, company, address, tel, taxes = LOCALES[code]
    kind = seed % 4
    customer = ABROAD[code] if kind == 3 else rng.choice(CUSTOMERS[code])
    goods = rng.sample(GOODS[code][:4], rng.randint(2, 3))
    if kind == 1:
        goods.append(GOODS[code][4])  # one item at the reduced rate
    # (part number, description, quantity, unit, price, discount %, tax accounts)
    lines: list[tuple[str, str, int, str, float, int, list[str]]] = []
    for part, description, unit, price in goods:
        qty = rng.choice([1, 1, 2, 3, 5]) if unit not in ("hr", "Std", "h", "uur", "tim") else 4
        discount = rng.choice([5, 10, 15]) if kind == 2 else 0
        reduced = part == GOODS[code][4][0]
        accounts = [] if kind == 3 else [taxes[1][0] if reduced else taxes[0][0]]
        if code == "us" and accounts:  # a state tax and a district tax on every item
            accounts = [taxes[0][0], taxes[1][0]] if kind == 1 else [taxes[0][0]]
        lines.append((part, description, qty, unit, price, discount, accounts))
    # IS.pm's invoice_details: each line rounded, each tax account's tax rounded once
    rates = {acc: rate for acc, _d, rate, _n in taxes}
    net = 0.0
    tax_by: dict[str, float] = {}
    for _p, _d, qty, _u, price, discount, accounts in lines:
        netprice = price - round_amount(price * discount / 100)
        total = round_amount(qty * netprice)
        net += total
        for acc in accounts:
            tax_by[acc] = tax_by.get(acc, 0.0) + total * rates[acc]
    tax = sum(round_amount(t) for t in tax_by.values())
    net, gross = round_amount(net), round_amount(net + tax)
    issued = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    terms = rng.choice([14, 30])
    due = issued + dt.timedelta(days=terms)
    n = rng.randint(1020, 4870)
    number = rng.choice([str(n), f"RE{issued:%y}{n:04d}", f"{issued:%Y}-{n:04d}"])
    name, street, city, state, postcode, country = customer
    fields = {
        "company": company,
        "address": address,
        "tel": tel,
        "fax": "",
        "businessnumber": taxes[0][3],
        "name": name,
        "address1": street,
        "city": city,
        "state": state,
        "zipcode": postcode,
        "country": country,
        "invnumber": number,
        "invdate": issued.strftime(DATES[dates]),
        "duedate": due.strftime(DATES[dates]),
        "terms": str(terms),
        "ordnumber": f"SO-{n + 310}" if rng.random() < 0.5 else "",
        "employee": rng.choice(["", "M. Carter", "J. Lindholm"]),
        "shippingpoint": "",
        "shipvia": rng.choice(["", "UPS"]),
        "currency": currency,
        "notes": "",
    }
    job = {
        "format": output,
        "template": template,
        "numberformat": numbers,
        "dateformat": dates,
        "fields": fields,
        "lines": lines,
        "taxes": {acc: [desc, rate, reg] for acc, desc, rate, reg in taxes},
        "gross": f"{gross:.2f}",
    }
    # the Swedish HTML page prints the terms, the French, Dutch and Swedish LaTeX ones the date
    # only in a sentence on interest
    labelled = template != "Swedish" if output == "html" else template in ("Default", "German")
    due_printed = due if labelled else None
    amounts = (Decimal(f"{v:.2f}") for v in (net, tax, gross))
    truth = printed(number, issued, due_printed, company, currency, *amounts)
    if kind == 3:
        truth["tax_total"] = None  # no tax account: no tax line printed
    return job, truth


def make(root: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with SQL-Ledger (unpacked at *root*) into *folder*."""
    jobs = product_jobs(invoice, OUTPUTS, LOCALES, seeds=SEEDS)
    render = Path(__file__).with_name("render.py")
    render_kept(folder, [sys.executable, str(render), root], jobs)
