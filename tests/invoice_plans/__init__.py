"""Invoices printed by django-plans, the Django app many sites selling subscriptions bill their
plans with: a real product's invoice page, which no rule of ours was written for. A site with
django-plans sells a plan; a user places an order and pays it, and django-plans makes its
invoice (``render.py`` runs the app itself on a new database, on the days given); the user
opens the invoice page and prints it from the browser (Chromium here).

django-plans' invoice page (``plans/invoices/PL_EN.html``) is a Polish VAT invoice with English
under each Polish label: 'Faktura VAT nr' and 'Invoice ID' beside the number in large type at
the right, 'ORYGINAŁ', 'Data wystawienia: Issued' and 'Data sprzedaży: Date of order' with their
dates, the shipping address, 'Sprzedawca: Seller' and 'Nabywca: Buyer' side by side with their
'Numer NIP: VAT ID', one item row under two-language heads ('Wartość netto Subtotal', 'Kwota VAT
TAX/VAT Amount', 'Wartość brutto Subtotal with TAX/VAT'), a 'Razem: Total' row of the net, the
rate, the tax and the gross, and 'Termin zapłaty: Payment till' with 'zapłacono dnia … paid'
and the day it was paid. Amounts are written in the user's language ('1990,00 PLN' in Polish and
German, '1990.00 EUR' in English); no tax ('n.p. n/a') for a company in another EU country
(with 'Odwrotne obciążenie. -Reverse charge.') or a buyer outside the EU, its amount 0,00.

Seed 0: a customer in the seller's country; seed 1: a consumer in another EU country, taxed at
that country's rate; seed 2: a company in another EU country (reverse charge, no tax); seed 3:
a customer outside the EU (no tax); seeds 4 to 7 are the same four kinds with other values
(made after the rules for seeds 0 to 3, and scored before any rule for them). The sellers:
Polish, German, Czech and Irish firms.

django-plans is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/plans_invoices/`` with their values. ``python -m tests.invoice_plans PYTHON
[DIR]`` makes them again, PYTHON being a Python with ``django-plans==2.8.2`` and
``time-machine`` installed (``python -m venv /tmp/dpv && /tmp/dpv/bin/pip install
django-plans==2.8.2 time-machine``), and Debian's Chromium.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "LANGUAGES", "SEEDS", "SELLERS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "plans_invoices"
LANGUAGES = ("pl", "en", "de")
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values (made after the rules for 0-3)
CENT = Decimal("0.01")
# the EU's standard rates, as django-plans' EUTaxationPolicy has them
RATES = {"PL": "23", "DE": "19", "CZ": "21", "IE": "23", "FR": "20", "AT": "20", "NL": "21"}
# (code, name, street, postcode, city, tax number, currency, the site's name)
SELLERS = {
    "PL": (
        "Chmurka Software Sp. z o.o.",
        "ul. Długa 12",
        "31-147",
        "Kraków",
        "PL6762467894",
        "PLN",
        "chmurka.pl",
    ),
    "DE": (
        "Taktwerk GmbH",
        "Torstraße 109",
        "10119",
        "Berlin",
        "DE293847561",
        "EUR",
        "taktwerk.io",
    ),
    "CZ": (
        "Datovka s.r.o.",
        "Vinohradská 1511/230",
        "100 00",
        "Praha 10",
        "CZ27082440",
        "CZK",
        "datovka.cz",
    ),
    "IE": (
        "Lakeview Analytics Ltd",
        "12 Baggot Street Lower",
        "D02 F891",
        "Dublin 2",
        "IE3456789OH",
        "EUR",
        "lakeview-analytics.ie",
    ),
}
# customers by where they are: (name, street, postcode, city, country, tax number)
HOME = {
    "PL": ("Biuro Rachunkowe Nowak", "ul. Polna 5", "00-635", "Warszawa", "PL", "PL5260250995"),
    "DE": ("Kanzlei Brandt & Vogel", "Hohe Straße 41", "50667", "Köln", "DE", "DE812398765"),
    "CZ": ("Účetnictví Dvořák s.r.o.", "Masarykova 17", "602 00", "Brno", "CZ", "CZ25596641"),
    "IE": ("Corrib Dental Practice", "4 Eyre Square", "H91 E2K8", "Galway", "IE", "IE9825613N"),
}
CONSUMERS = [
    ("Camille Roussel", "18 rue des Lilas", "69003", "Lyon", "FR", ""),
    ("Lukas Steiner", "Mariahilfer Straße 88", "1070", "Wien", "AT", ""),
    ("Sanne de Graaf", "Oudegracht 211", "3511 NK", "Utrecht", "NL", ""),
]
COMPANIES = [
    ("Atelier Moreau SARL", "7 quai de la Fosse", "44000", "Nantes", "FR", "FR40303265045"),
    ("Brouwer Logistiek B.V.", "Havenstraat 9", "3011 AB", "Rotterdam", "NL", "NL810462783B01"),
    ("Hofbauer Consulting GmbH", "Landstraße 22", "4020", "Linz", "AT", "ATU57612345"),
]
ABROAD = [
    ("Northwind Outfitters Inc.", "415 Pine Street", "98101", "Seattle", "US", ""),
    ("Maple Leaf Dental Group", "220 King Street West", "M5H 1K4", "Toronto", "CA", ""),
    ("Helvetia Treuhand AG", "Löwenstrasse 29", "8001", "Zürich", "CH", ""),
]
PLANS = [("Starter", 190), ("Business", 1990), ("Team", 490), ("Enterprise", 9900)]
PERIODS = {"pl": ("Rok", 365), "en": ("Year", 365), "de": ("Jahr", 365)}
NUMBER_FORMATS = (
    "{{ invoice.number }}/{% if invoice.type == invoice.INVOICE_TYPES.PROFORMA %}PF{% else %}"
    "FV{% endif %}/{{ invoice.issued|date:'m/Y' }}",  # django-plans' own
    "FV/{{ invoice.issued|date:'Y' }}/{{ invoice.number }}",
    "{{ invoice.issued|date:'Y' }}-{{ invoice.number|stringformat:'04d' }}",
)


def invoice(seller: str, language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the site and its user do for one invoice, and the values its page prints."""
    rng = random.Random(f"plans-{seller}-{language}-{seed}")
    name, street, postcode, city, tax_id, currency, site = SELLERS[seller]
    kind = seed % 4
    buyer = [HOME[seller], rng.choice(CONSUMERS), rng.choice(COMPANIES), rng.choice(ABROAD)][kind]
    rate = RATES[seller] if kind == 0 else RATES[buyer[4]] if kind == 1 else None
    plan, price = rng.choice(PLANS)
    net = Decimal(price) + Decimal(rng.choice([0, 0, 50, 99])) / 100
    # as django-plans: the gross rounded (Decimal's default, half to even), the tax what is left
    gross = (net * (Decimal(rate) + 100) / 100).quantize(CENT, ROUND_HALF_EVEN) if rate else net
    tax = gross - net
    placed = dt.date(2026, rng.randint(1, 11), rng.randint(1, 25))
    paid = placed + dt.timedelta(days=rng.randint(0, 3))
    fmt = rng.choice(NUMBER_FORMATS)
    first = rng.randint(2, 480)
    number = {
        0: f"{first}/FV/{paid:%m/%Y}",
        1: f"FV/{paid:%Y}/{first}",
        2: f"{paid:%Y}-{first:04d}",
    }[NUMBER_FORMATS.index(fmt)]
    period, days = PERIODS[language]
    job = {
        "issuer": {
            "issuer_name": name,
            "issuer_street": street,
            "issuer_zipcode": postcode,
            "issuer_city": city,
            "issuer_country": seller,
            "issuer_tax_number": tax_id,
        },
        "site": site,
        "currency": currency,
        "number_format": fmt,
        "first": first,
        "placed": placed.isoformat(),
        "paid": paid.isoformat(),
        "buyer": dict(
            zip(("name", "street", "zipcode", "city", "country", "tax_number"), buyer, strict=True)
        ),
        "plan": plan,
        "period": period,
        "days": days,
        "net": f"{net:.2f}",
        "rate": rate,
        "kind": "INVOICE",
        "language": language,
        "number": number,
        "tax": f"{tax:.2f}",
        "gross": f"{net + tax:.2f}",
    }
    # the invoice is issued the day the order is paid, and says it was paid that day
    # (no tax: the rate's cells say 'n.p. n/a', the tax's say 0,00)
    return job, printed(number, paid, paid, name, currency, net, tax, net + tax)


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with django-plans (run by *python*) into *folder*."""
    jobs = product_jobs(invoice, SELLERS, LANGUAGES, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs)
