"""Invoices printed by invoicepy 0.1.2 (PyPI, MIT, by Adam W.): a freelancer's command-line tool
that stores companies and customers and prints each invoice from its own HTML template with
WeasyPrint. A real package's page, which no rule of ours was written for.

The page is the package's template (after sparksuite's simple HTML invoice): the package's logo
at the top left, 'Invoice: INV0042', 'Date: 2026-03-14' and 'Due: 2026-03-29' at the right (the
dates as Python prints them; the due date the customer's payment term later), 'Seller:' with the
company's name, address and its own extra line (its VAT or company number) beside 'Buyer' with
the customer's; the items ('Product | Qty | Price | VAT | Total', the quantity with two decimals,
prices with the currency's symbol glued before them and no thousands separator: '€1250.00');
under them, in one cell, 'Total w/o VAT:', 'VAT' and 'Total:' over each other, their amounts in
the next cell; with no VAT on any line the VAT column and the first two go, 'Total' alone
stays. Then the bank, 'IBAN:' and 'SWIFT/BIC:'. Its bilingual template (``simple_lt.html``)
writes every label in English and Lithuanian ('Invoice/ Sąskaita #:', 'Due / Apmokėti iki:',
'Seller / Pardavėjas:', 'Total w/o VAT/ Iš viso(be PVN):'). The package computes the totals
from the lines in floating point and prints them with two decimals.

Five sellers: a Scottish design studio (pounds), a Lithuanian one on the bilingual template
(euros), an Irish software firm (euros), a Polish studio (złoty: 'zł1250.00') and an American
web shop that charges no VAT. Seed 0: two or three lines with VAT; 1: no VAT on any line; 2:
hours in fractions at an hourly rate; 3: one line without VAT among taxed ones (the template
then leaves that row's VAT cell out and its total slides under the VAT column: the package's
own defect). Seeds 4 to 7 are the same kinds with other values (held out while rules for 0 to 3
were written).

invoicepy is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/invoicepy_invoices/`` with their values. ``python -m tests.invoice_invoicepy
[DIR]`` makes them again on a Debian machine with ``weasyprint python3-pydantic
python3-email-validator python3-jinja2 python3-click`` (``render.py`` fetches the package's
wheel from PyPI itself).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "SEEDS", "SELLERS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "invoicepy_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
# the seller: its template, currency, VAT rate, company (as the package's configuration stores
# it), its customers, what it bills (description, price) and an hour's rate, a line it bills
# without VAT
SELLERS: dict[str, dict[str, Any]] = {
    "scotland": {
        "template": "simple.html",
        "currency": "GBP",
        "vat": 20,
        "company": {
            "name": "Thistle & Pine Studio Ltd",
            "address": {
                "first_line": "14 Broughton Street",
                "post_code": "EH1 3RH",
                "city": "Edinburgh",
                "country": "United Kingdom",
            },
            "payment_information": {
                "bank_name": "Royal Bank of Scotland",
                "iban": "GB33BUKB20201555555555",
                "swift": "RBOSGB2L",
            },
            "email": "hello@thistlepine.example",
            "extra_info": "VAT Reg. No. GB 284 1935 62",
        },
        "customers": [
            ("Leith Harbour Brewing Co", "3 Ocean Drive", "EH6 6JJ", "Edinburgh", "United Kingdom"),
            ("Glasgow Print Works", "52 Trongate", "G1 5EP", "Glasgow", "United Kingdom"),
        ],
        "work": [
            ("Label design, four beers", 1450.0),
            ("Brand guidelines", 980.0),
            ("Website illustrations", 620.0),
            ("Photography, half day", 375.0),
        ],
        "hourly": ("Design hours", 65.0),
        "untaxed": ("Print proofs, paid on your behalf", 84.5),
    },
    "lithuania": {
        "template": "simple_lt.html",
        "currency": "EUR",
        "vat": 21,
        "company": {
            "name": "UAB Gintaro Dizainas",
            "address": {
                "first_line": "Gedimino pr. 27",
                "post_code": "LT-01104",
                "city": "Vilnius",
                "country": "Lietuva",
            },
            "payment_information": {
                "bank_name": "Swedbank, AB",
                "iban": "LT121000011101001000",
                "swift": "HABALT22",
            },
            "email": "info@gintarodizainas.example",
            "extra_info": "Įmonės kodas 305123456, PVM kodas LT100012345611",
        },
        "customers": [
            ("UAB Baltijos Logistika", "Šilutės pl. 91", "LT-94101", "Klaipėda", "Lietuva"),
            ("SIA Rīgas Tekstils", "Brīvības iela 85", "LV-1001", "Rīga", "Latvija"),
        ],
        "work": [
            ("Logotipo kūrimas / Logo design", 890.0),
            ("Svetainės dizainas / Website design", 2150.0),
            ("Lankstinukas / Leaflet", 340.0),
            ("Fotografavimas / Photography", 410.0),
        ],
        "hourly": ("Konsultacijos / Consulting hours", 45.0),
        "untaxed": ("Kelionės išlaidos / Travel costs", 63.2),
    },
    "ireland": {
        "template": "simple.html",
        "currency": "EUR",
        "vat": 23,
        "company": {
            "name": "Curragh Software Ltd",
            "address": {
                "first_line": "Unit 4, Grand Canal Quay",
                "post_code": "D02 XY45",
                "city": "Dublin 2",
                "country": "Ireland",
            },
            "payment_information": {
                "bank_name": "Bank of Ireland",
                "iban": "IE29AIBK93115212345678",
                "swift": "BOFIIE2D",
            },
            "email": "accounts@curragh.example",
            "extra_info": "VAT No. IE 6388047V",
        },
        "customers": [
            ("Galway Bay Seafoods Ltd", "Docks Road", "H91 T2C8", "Galway", "Ireland"),
            (
                "Shannon Aero Services",
                "Smithstown Industrial Estate",
                "V14 EW60",
                "Shannon",
                "Ireland",
            ),
        ],
        "work": [
            ("Mobile app, sprint 3", 4800.0),
            ("Server maintenance, March", 450.0),
            ("Code review", 720.0),
            ("Licence, reporting module", 1200.0),
        ],
        "hourly": ("Development hours", 95.0),
        "untaxed": ("Domain renewal, passed on at cost", 18.99),
    },
    "poland": {
        "template": "simple.html",
        "currency": "PLN",
        "vat": 23,
        "company": {
            "name": "Nowak Studio sp. z o.o.",
            "address": {
                "first_line": "ul. Piotrkowska 104",
                "post_code": "90-006",
                "city": "Łódź",
                "country": "Polska",
            },
            "payment_information": {
                "bank_name": "mBank S.A.",
                "iban": "PL61109010140000071219812874",
                "swift": "BREXPLPW",
            },
            "email": "biuro@nowakstudio.example",
            "extra_info": "NIP 7252345678",
        },
        "customers": [
            ("Mleczarnia Kowalscy sp. j.", "ul. Polna 12", "95-200", "Pabianice", "Polska"),
            ("Hotel Manufaktura", "ul. Drewnowska 58", "91-002", "Łódź", "Polska"),
        ],
        "work": [
            ("Projekt opakowania", 3200.0),
            ("Sesja zdjęciowa produktu", 1850.0),
            ("Katalog, 16 stron", 2400.0),
            ("Aktualizacja strony www", 900.0),
        ],
        "hourly": ("Godziny projektowe", 150.0),
        "untaxed": ("Opłata skarbowa", 17.0),
    },
    "usa": {
        "template": "simple.html",
        "currency": "USD",
        "vat": 0,  # (no VAT in the United States; the package has no sales tax)
        "company": {
            "name": "Bluebird Web Works LLC",
            "address": {
                "first_line": "1120 SE Hawthorne Blvd",
                "post_code": "97214",
                "city": "Portland, OR",
                "country": "USA",
            },
            "payment_information": {
                "bank_name": "Umpqua Bank",
                "iban": "US-ACH 123000220 / 4471 2093 88",
                "swift": "UMPQUS66",
            },
            "email": "billing@bluebirdweb.example",
            "extra_info": "EIN 93-1234567",
        },
        "customers": [
            ("Rose City Roasters", "800 NW 6th Ave", "97209", "Portland, OR", "USA"),
            ("Cascade Bike Rentals", "45 W Main St", "98660", "Vancouver, WA", "USA"),
        ],
        "work": [
            ("Shop theme customisation", 1650.0),
            ("Checkout integration", 980.0),
            ("Monthly care plan", 149.0),
            ("Product photo retouching", 260.0),
        ],
        "hourly": ("Support hours", 85.0),
        "untaxed": ("Stock photo licence", 45.0),
    },
}


def invoice(seller: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What invoicepy is given for one invoice, and the values its page prints (the package's
    own arithmetic: floats, printed with two decimals)."""
    rng = random.Random(f"invoicepy-{seller}-{seed}")
    who = SELLERS[seller]
    kind = seed % 4
    rate = 0 if kind == 1 else who["vat"]
    if kind == 2:
        desc, hourly = who["hourly"]
        picked = [(desc, hourly, rng.choice([7.5, 12.25, 18.5, 3.75]))]
        picked += [(d, p, 1.0) for d, p in rng.sample(who["work"], 1)]
    else:
        picked = [
            (d, p, float(rng.choice([1, 1, 2]))) for d, p in rng.sample(who["work"], 2 + seed % 2)
        ]
    lines = [{"name": d, "qty": q, "price": p, "vat": rate} for d, p, q in picked]
    if kind == 3:
        desc, price = who["untaxed"]
        lines.insert(
            rng.randint(0, len(lines)), {"name": desc, "qty": 1.0, "price": price, "vat": 0}
        )
    net = sum(x["qty"] * x["price"] for x in lines)
    tax = sum(x["qty"] * x["price"] * (x["vat"] / 100) for x in lines)
    issued = dt.date(2026, 1, 12) + dt.timedelta(days=39 * seed + rng.randint(0, 30))
    customer, street, postcode, town, country = who["customers"][rng.randint(0, 1)]
    term = rng.choice([14, 15, 30])
    series = {"scotland": "TP", "lithuania": "GD", "ireland": "CS", "poland": "FV", "usa": "BW"}
    job = {
        "template": who["template"],
        "series": series[seller],
        "number": rng.randint(3, 480),
        "date": issued.isoformat(),
        "currency": who["currency"],
        "company": who["company"],
        "customer": {
            "name": customer,
            "address": {
                "first_line": street,
                "post_code": postcode,
                "city": town,
                "country": country,
            },
            "payment_term_days": term,
        },
        "lines": lines,
    }
    number = f"{job['series']}{job['number']:04d}"
    due = issued + dt.timedelta(days=term)
    # (as the package prints its floats: two decimals each, the gross summed before)
    amounts = (Decimal(f"{x:.2f}") for x in (net, tax, net + tax))
    values = printed(number, issued, due, who["company"]["name"], who["currency"], *amounts)
    if not any(x["vat"] for x in lines):  # 'Total' alone: no net, no tax printed
        values["net_total"] = values["tax_total"] = None
    return job, values


def make(folder: Path = FIXTURES) -> None:
    """Print every kept invoice with invoicepy into *folder*."""
    jobs = product_jobs(invoice, SELLERS, seeds=SEEDS)
    render_kept(folder, ["/usr/bin/python3", str(Path(__file__).with_name("render.py"))], jobs)
