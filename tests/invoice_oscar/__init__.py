"""Invoices printed by django-oscar-invoices, the invoice app of Django Oscar (the open-source
e-commerce framework shops are built on): a real product's invoice page, which no rule of ours
was written for. A shop sells; a customer checks out; the app makes the order's invoice, an HTML
document (``oscar_invoices/invoice.html``, after the much-copied 'simple HTML invoice template'
of sparksuite) that the shop mails or the customer opens and prints (Chromium here).

The page: 'Original invoice #26000147' in large type at the right, 'Order #100147' and 'Date:
02.12.2026' under it; the shop's name in large type at the left (its logo's place) and beside it
the business's name, 'VAT ID', the address and telephone (the template asks the address for
the e-mail and site, which it does not keep: they do not print); 'Shipping address' and
'Billing address' side by side; the items under '# | Description | Quantity | Unit price |
Total' (prices without tax); then 'Shipping charge' (without tax), 'Order tax' and 'Order total':
the net is not printed. The labels are Oscar's own translations in the shop's language (the
title and 'VAT ID' stay English, but for the Dutch title, 'Factuurnummer #…'), the amounts
written by Babel for that language ('€1,234.50', '1.234,50 €', '1 234,50 kr').

Seed 0: one item, shipped free; seed 1: two or three items and a shipping charge; seed 2: items
bought several at a time and a shipping charge; seed 3: a customer abroad, no tax; seeds 4 to 7
are the same kinds with other values (held out while rules for 0 to 3 were written).

django-oscar is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/oscar_invoices/`` with their values. ``python -m tests.invoice_oscar PYTHON
[DIR]`` makes them again, PYTHON being a Python 3.11 with ``django-oscar-invoices==0.2``
installed (it brings ``django-oscar`` 3.0.2 and Django 2.2) and then ``psycopg2-binary==2.9.9``
(the 2.8 it asks for does not load on 3.11, and Oscar's dashboard tables import it), and
Debian's Chromium.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "SEEDS", "SHOPS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "oscar_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
CENT = Decimal("0.01")
# the shop's language: (currency, VAT rate, shop's name, business's name, VAT ID, street,
# postcode, city, country code, country, telephone, e-mail, site)
SHOPS: dict[str, tuple[str, ...]] = {
    "en": (
        "GBP",
        "0.20",
        "Hedgerow Tea",
        "Hedgerow Tea Company Ltd",
        "GB284613297",
        "14 Castle Street",
        "YO1 9RN",
        "York",
        "GB",
        "United Kingdom",
        "+441904611234",
        "orders@hedgerowtea.co.uk",
        "https://hedgerowtea.co.uk",
    ),
    "de": (
        "EUR",
        "0.19",
        "Kaffeerösterei Nordlicht",
        "Nordlicht Kaffee GmbH",
        "DE318274659",
        "Lange Reihe 71",
        "20099",
        "Hamburg",
        "DE",
        "Deutschland",
        "+494028054411",
        "shop@nordlicht-kaffee.de",
        "https://nordlicht-kaffee.de",
    ),
    "fr": (
        "EUR",
        "0.20",
        "Papeterie Lumière",
        "Lumière Papeterie SAS",
        "FR61834562917",
        "22 rue de la République",
        "69002",
        "Lyon",
        "FR",
        "France",
        "+33478421590",
        "contact@papeterie-lumiere.fr",
        "https://papeterie-lumiere.fr",
    ),
    "nl": (
        "EUR",
        "0.21",
        "Fietsonderdelen Direct",
        "De Vries Fietsen B.V.",
        "NL862104597B01",
        "Oudegracht 145",
        "3511 AJ",
        "Utrecht",
        "NL",
        "Nederland",
        "+31302314455",
        "info@fietsonderdelendirect.nl",
        "https://fietsonderdelendirect.nl",
    ),
    "pl": (
        "PLN",
        "0.23",
        "Zielarnia Podlasie",
        "Zielarnia Podlasie Sp. z o.o.",
        "PL5422981734",
        "ul. Lipowa 18",
        "15-424",
        "Białystok",
        "PL",
        "Polska",
        "+48857443210",
        "sklep@zielarnia-podlasie.pl",
        "https://zielarnia-podlasie.pl",
    ),
    "sv": (
        "SEK",
        "0.25",
        "Fjällgarn",
        "Fjällgarn Handel AB",
        "SE556812345601",
        "Storgatan 12",
        "831 30",
        "Östersund",
        "SE",
        "Sverige",
        "+4663120045",
        "order@fjallgarn.se",
        "https://fjallgarn.se",
    ),
}
# what each shop sells: (title, price without tax)
GOODS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Yorkshire Breakfast Tea, 250 g", "6.25"),
        ("Earl Grey Loose Leaf, 100 g", "4.90"),
        ("Cast Iron Teapot, 0.8 l", "38.50"),
        ("Darjeeling First Flush, 100 g", "11.75"),
        ("Tea Gift Box, 12 Blends", "27.00"),
    ],
    "de": [
        ("Espresso Hafenblend, 1 kg", "22.60"),
        ("Filterkaffee Elbe, 500 g", "9.80"),
        ("Handmühle Edelstahl", "64.00"),
        ("Kaffeefilter Porzellan Gr. 4", "18.40"),
        ("Probierset 4 x 250 g", "29.90"),
    ],
    "fr": [
        ("Carnet de notes A5 pointillé", "12.50"),
        ("Stylo plume Lumière, bleu nuit", "45.00"),
        ("Encre de Chine, flacon 50 ml", "8.90"),
        ("Papier aquarelle 300 g, 20 feuilles", "16.75"),
        ("Agenda 2027 relié toile", "24.00"),
    ],
    "nl": [
        ("Kettingset Shimano 11-speed", "34.95"),
        ("Remblokken schijfrem (2 paar)", "12.40"),
        ("Buitenband Schwalbe 28 x 1.40", "27.50"),
        ("Fietsverlichting LED set", "39.00"),
        ("Zadel Comfort Gel", "44.80"),
    ],
    "pl": [
        ("Herbata z lipy, 100 g", "14.50"),
        ("Miód gryczany, 500 g", "32.00"),
        ("Mieszanka ziół na trawienie", "18.90"),
        ("Olej z czarnuszki, 250 ml", "41.20"),
        ("Zestaw ziół prezentowy", "89.00"),
    ],
    "sv": [
        ("Ullgarn Fjäll, 100 g", "69.00"),
        ("Stickor bambu 4 mm", "89.00"),
        ("Mönsterhäfte Tröjor", "149.00"),
        ("Alpackagarn, 50 g", "79.50"),
        ("Virkset nybörjare", "229.00"),
    ],
}
# customers: at home (in the shop's country) and abroad (outside the EU and the UK, no tax)
HOME: dict[str, list[tuple[str, str, str, str, str]]] = {
    "en": [("Eleanor", "Whitfield", "8 Mill Lane", "Harrogate", "HG1 2QT")],
    "de": [("Jonas", "Albrecht", "Bergstraße 12", "Lüneburg", "21335")],
    "fr": [("Claire", "Dubois", "5 avenue Foch", "Annecy", "74000")],
    "nl": [("Daan", "Bakker", "Langestraat 33", "Amersfoort", "3811 AH")],
    "pl": [("Agnieszka", "Wiśniewska", "ul. Słoneczna 7", "Olsztyn", "10-125")],
    "sv": [("Elin", "Lindqvist", "Kyrkvägen 4", "Umeå", "903 26")],
}
ABROAD = [
    ("Henry", "Sato", "1180 Kapiolani Blvd", "Honolulu", "96814", "US", "United States"),
    ("Mia", "Keller", "Seefeldstrasse 21", "Zürich", "8008", "CH", "Switzerland"),
    ("Ingrid", "Haugen", "Thorvald Meyers gate 40", "Oslo", "0555", "NO", "Norway"),
]


def invoice(language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the shop and its customer do for one invoice, and the values its page prints."""
    rng = random.Random(f"oscar-{language}-{seed}")
    currency, rate, shop, business, vat, street, postcode, city, cc, country, phone, email, site = (
        SHOPS[language]
    )
    kind = seed % 4
    goods = rng.sample(GOODS[language], 1 if kind == 0 else rng.randint(2, 3))
    lines = [(title, price, rng.randint(2, 5) if kind == 2 else 1) for title, price in goods]
    first, last, c_street, c_city, c_postcode = rng.choice(HOME[language])
    c_cc, c_country = cc, country
    if kind == 3:
        first, last, c_street, c_city, c_postcode, c_cc, c_country = rng.choice(ABROAD)
        rate = "0"
    shipping = Decimal(0) if kind == 0 else Decimal(rng.choice(["4.95", "6.90", "9.50"]))
    if currency in ("SEK", "PLN"):
        shipping *= 5
    # as Oscar's FixedRateTax: a unit's tax rounded (Decimal's default, half to even), times
    # the quantity; the shipping's tax rounded the same way
    tax = sum((Decimal(price) * Decimal(rate)).quantize(CENT) * qty for _t, price, qty in lines) + (
        shipping * Decimal(rate)
    ).quantize(CENT)
    net = sum(Decimal(price) * qty for _t, price, qty in lines) + shipping
    placed = dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 21), 5)
    order = 100000 + rng.randint(12, 4800)
    number = f"26{order - 100000:06d}"  # the app's: the year's two digits, the order's id
    job = {
        "language": language,
        "currency": currency,
        "rate": rate,
        "shop": shop,
        "business": business,
        "vat": vat,
        "address": [street, city, postcode, cc, country],
        "phone": phone,
        "email": email,
        "site": site,
        "customer": [first, last, c_street, c_city, c_postcode, c_cc, c_country],
        "lines": lines,
        "shipping": f"{shipping:.2f}",
        "shipping_tax": f"{(shipping * Decimal(rate)).quantize(CENT):.2f}",
        "order": str(order),
        "number": number,
        "placed": placed.isoformat(),
        "tax": f"{tax:.2f}",
        "gross": f"{net + tax:.2f}",
    }
    # the page prints no due date and no net (only the items', the shipping's, the tax and the
    # total): the net recorded is the total less the tax
    return job, printed(number, placed.date(), None, business, currency, net, tax, net + tax)


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with django-oscar-invoices (run by *python*) into *folder*."""
    jobs = product_jobs(invoice, SHOPS, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs)
