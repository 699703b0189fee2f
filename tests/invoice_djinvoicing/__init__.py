"""Invoices printed by django-invoicing, the Django app Slovak, Czech and other Central European
firms keep their invoices in: a real product's invoice page, which no rule of ours was written
for. A firm types its invoice in (supplier, bank, issuer, customer, dates, items with their tax
rates); the app numbers it and computes its totals, and its PDF path renders it with its
Bootstrap formatter (an HTML page the app hands to a headless Chrome service: Chromium here).

The page, in the invoice's language (django-invoicing's own translations: Slovak, Czech,
German, Hungarian, Polish, Romanian): the type and number in large type at the right
('Faktúra 2026/0147'), panels with a heading over their value: 'Dodávateľ' (the supplier, its
IČO, DIČ and IČ DPH, its bank and IBAN, the person who issued it), 'Odberateľ' (the customer),
'Dátum vystavenia', 'Dátum dodania', 'Dátum splatnosti' side by side, the payment's method and
symbols; the items with a quantity, unit, unit price, price, tax rate, VAT amount and total
with taxes; 'Súhrn': 'Základ' (the net) beside 'DPH' (the tax), and 'Celkom k úhrade' (the
amount due) in large type.

Seed 0: items at one rate; seed 1: a discount on the first item (a discount column, and the
price before the discount with the total discount beside the sums); seed 2: an advance already
paid (the total as 'Sum', the advance as 'Already paid', a smaller amount due); seed 3: a
supplier who is no VAT payer (no VAT columns; 'Not a VAT payer' where the VAT stands); seeds 4
to 7 are the same kinds with other values (held out while the rules for 0 to 3 were written).

django-invoicing is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/djinvoicing_invoices/`` with their values. ``python -m tests.invoice_djinvoicing
PYTHON BOOTSTRAP_CSS [DIR]`` makes them again, PYTHON being a Python with
``django-invoicing==13.1.0``, ``python-dateutil``, ``requests-futures`` and ``psycopg[binary]``
installed (the app imports the first two without naming them), the server Debian's
``postgresql`` (started here as the tests start it), and BOOTSTRAP_CSS the ``dist/css/bootstrap.min.css`` of
npm's ``bootstrap@4.1.1`` (``npm pack bootstrap@4.1.1``), with Debian's Chromium.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "SEEDS", "SUPPLIERS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "djinvoicing_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
CENT = Decimal("0.01")
# country: (language, currency, VAT rate, supplier's name, street, zip, city, Reg. No., Tax No.,
# VAT No., bank, IBAN, BIC, the issuer)
SUPPLIERS: dict[str, tuple[str, ...]] = {
    "SK": (
        "sk",
        "EUR",
        "23",
        "Tatra Web Studio s.r.o.",
        "Hlavná 42",
        "040 01",
        "Košice",
        "47258521",
        "2023815532",
        "SK2023815532",
        "Slovenská sporiteľňa, a.s.",
        "SK3109000000005123456789",
        "GIBASKBX",
        "Martina Kováčová",
    ),
    "CZ": (
        "cs",
        "CZK",
        "21",
        "Vltava Software s.r.o.",
        "Karlova 27",
        "110 00",
        "Praha 1",
        "27074358",
        "CZ27074358",
        "CZ27074358",
        "Komerční banka, a.s.",
        "CZ6501000000001234567890",
        "KOMBCZPP",
        "Jan Novotný",
    ),
    "DE": (
        "de",
        "EUR",
        "19",
        "Elbtal Datenservice GmbH",
        "Prager Straße 8",
        "01069",
        "Dresden",
        "HRB 41237",
        "203/115/04521",
        "DE298765431",
        "Ostsächsische Sparkasse",
        "DE89850503000221045678",
        "OSDDDE81XXX",
        "Katrin Vogel",
    ),
    "HU": (
        "hu",
        "HUF",
        "27",
        "Duna Informatika Kft.",
        "Váci út 76",
        "1133",
        "Budapest",
        "01-09-912345",
        "25412345-2-41",
        "HU25412345",
        "OTP Bank Nyrt.",
        "HU42117730161111101800000000",
        "OTPVHUHB",
        "Nagy Eszter",
    ),
    "PL": (
        "pl",
        "PLN",
        "23",
        "Wisła Systemy Sp. z o.o.",
        "ul. Mostowa 3",
        "30-001",
        "Kraków",
        "0000456789",
        "6762461234",
        "PL6762461234",
        "mBank S.A.",
        "PL61109010140000071219812874",
        "BREXPLPW",
        "Piotr Zieliński",
    ),
    "RO": (
        "ro",
        "RON",
        "21",
        "Carpați Soft SRL",
        "Str. Republicii 15",
        "400015",
        "Cluj-Napoca",
        "J12/3456/2015",
        "RO34567890",
        "RO34567890",
        "Banca Transilvania",
        "RO49BTRL01301202925690XX",
        "BTRLRO22",
        "Andrei Popescu",
    ),
}
# customers by the supplier's country: (name, street, zip, city, Reg. No., VAT No.)
CUSTOMERS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "SK": [
        ("Stavmont Prešov a.s.", "Levočská 9", "080 01", "Prešov", "36458921", "SK2020123456"),
        (
            "Lekáreň Sv. Anny s.r.o.",
            "Námestie SNP 4",
            "974 01",
            "Banská Bystrica",
            "45612378",
            "SK2023456781",
        ),
    ],
    "CZ": [
        ("Pekárna Dvořák s.r.o.", "Nádražní 112", "602 00", "Brno", "25896314", "CZ25896314"),
        (
            "Autoservis Hora a syn",
            "Pražská 8",
            "370 01",
            "České Budějovice",
            "61234987",
            "CZ6101234567",
        ),
    ],
    "DE": [
        ("Weinhaus Kessler KG", "Marktplatz 3", "01662", "Meißen", "HRA 2345", "DE312456789"),
        ("Praxis Dr. Lehmann", "Bautzner Straße 17", "01099", "Dresden", "", "DE276543219"),
    ],
    "HU": [
        (
            "Balaton Vendéglátó Kft.",
            "Kossuth utca 5",
            "8230",
            "Balatonfüred",
            "19-09-123456",
            "HU23456789",
        ),
        (
            "Tisza Logisztika Zrt.",
            "Szegedi út 40",
            "6000",
            "Kecskemét",
            "03-10-100234",
            "HU12345678",
        ),
    ],
    "PL": [
        ("Piekarnia Nowak s.c.", "ul. Długa 14", "80-827", "Gdańsk", "221234567", "PL5832345678"),
        (
            "Hotel Pod Wawelem Sp. z o.o.",
            "ul. Grodzka 50",
            "31-044",
            "Kraków",
            "351234567",
            "PL6762345678",
        ),
    ],
    "RO": [
        (
            "Transilvania Logistic SA",
            "Bd. 21 Decembrie 1989 nr. 77",
            "400124",
            "Cluj-Napoca",
            "J12/1234/2010",
            "RO27123456",
        ),
        (
            "Farmacia Dacia SRL",
            "Str. Mihai Viteazu 3",
            "550350",
            "Sibiu",
            "J32/567/2012",
            "RO31234567",
        ),
    ],
}
# (title, unit, unit price): the app's units are pieces, hours or none
ITEMS = [
    ("Web development", "HOURS", 45),
    ("Hosting, 12 months", "PIECES", 240),
    ("SSL certificate", "PIECES", 60),
    ("Consulting", "HOURS", 70),
    ("Domain renewal", "EMPTY", 15),
    ("Software licence", "PIECES", 890),
]
NUMBER_FORMATS = (
    "{{ invoice.date_issue|date:'Y' }}/{{ invoice.sequence }}",  # the app's own
    "{{ invoice.date_issue|date:'Y' }}{{ invoice.sequence|stringformat:'04d' }}",
    "FA{{ invoice.date_issue|date:'y' }}-{{ invoice.sequence|stringformat:'03d' }}",
)


def _round(v: Decimal) -> Decimal:
    return v.quantize(CENT, ROUND_HALF_EVEN)  # as Python's round() the app uses


def invoice(country: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the firm types in for one invoice, and the values its page prints."""
    rng = random.Random(f"djinvoicing-{country}-{seed}")
    lang, currency, rate, name, street, zip_, city, reg, tax_no, vat_no, bank, iban, bic, who = (
        SUPPLIERS[country]
    )
    c_name, c_street, c_zip, c_city, c_reg, c_vat = rng.choice(CUSTOMERS[country])
    kind = seed % 4
    payer = kind != 3
    items, net, base = [], Decimal(0), Decimal(0)
    for n, (title, unit, price) in enumerate(rng.sample(ITEMS, rng.randint(2, 4))):
        qty = (
            Decimal(rng.choice(["1", "1", "2", "3", "8", "12.5"]))
            if unit == "HOURS"
            else (Decimal(rng.choice(["1", "1", "2", "5"])))
        )
        scale = Decimal(100 if currency == "HUF" else 4 if currency in ("CZK", "PLN", "RON") else 1)
        cents = 0 if currency == "HUF" else rng.choice([0, 0, 50])
        unit_price = Decimal(price) * scale + Decimal(cents) / 100
        discount = Decimal(rng.choice([5, 10])) if kind == 1 and n == 0 else Decimal(0)
        sub = _round(_round(unit_price * qty) * (100 - discount) / 100)
        net += sub
        base += unit_price * qty * (100 - discount) / 100
        items.append(
            {
                "title": title,
                "quantity": f"{qty}",
                "unit": unit,
                "unit_price": f"{unit_price:.2f}",
                "discount": f"{discount}",
                "tax_rate": rate if payer else None,
            }
        )
    # as the app sums them (in SQL): the tax of the unrounded base, rounded half up; the total
    # the unrounded base and the tax, rounded as Python rounds; the net the items' rounded prices
    tax = (base * Decimal(rate) / 100).quantize(CENT, ROUND_HALF_UP) if payer else Decimal(0)
    gross = _round(base + tax)
    issued = dt.date(2026, rng.randint(1, 11), rng.randint(1, 27))
    due = issued + dt.timedelta(days=rng.choice([7, 14, 30]))
    fmt = rng.choice(NUMBER_FORMATS)
    first = rng.randint(12, 420)
    number = [f"{issued:%Y}/{first}", f"{issued:%Y}{first:04d}", f"FA{issued:%y}-{first:03d}"][
        NUMBER_FORMATS.index(fmt)
    ]
    paid = _round(gross * Decimal("0.3")).quantize(Decimal(1)) if kind == 2 else Decimal(0)
    job = {
        "number_format": fmt,
        "first": first,
        "invoice": {
            "type": "INVOICE",
            "language": lang,
            "date_issue": issued.isoformat(),
            "date_tax_point": issued.isoformat(),
            "date_due": due.isoformat(),
            "currency": currency,
            "already_paid": f"{paid:.2f}",
            "payment_method": "BANK_TRANSFER",
            "variable_symbol": int(number.replace("/", "").replace("FA", "").replace("-", "")),
            "bank_name": bank,
            "bank_country": country,
            "bank_iban": iban,
            "bank_swift_bic": bic,
            "supplier_name": name,
            "supplier_street": street,
            "supplier_zip": zip_,
            "supplier_city": city,
            "supplier_country": country,
            "supplier_registration_id": reg,
            "supplier_tax_id": tax_no,
            "supplier_vat_id": vat_no if payer else "",
            "issuer_name": who,
            "issuer_email": f"fakturacia@{name.split()[0].lower()}.example",
            "customer_name": c_name,
            "customer_street": c_street,
            "customer_zip": c_zip,
            "customer_city": c_city,
            "customer_country": country,
            "customer_registration_id": c_reg,
            "customer_vat_id": c_vat,
        },
        "items": items,
        "number": number,
        "net": f"{net:.2f}",
        "tax": f"{tax:.2f}" if payer else None,
        "gross": f"{gross:.2f}",
    }
    truth = printed(number, issued, due, name, currency, net, tax, gross)
    if not payer:
        truth["tax_total"] = None  # 'Not a VAT payer' where the VAT stands
    return job, truth


def make(python: str, css: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with django-invoicing (run by *python*, on a PostgreSQL server
    of its own) into *folder*."""
    from tests.servers import postgres

    jobs = product_jobs(invoice, SUPPLIERS, seeds=SEEDS)
    with postgres() as url:
        port = str(urlparse(url).port)
        render_kept(folder, [python, str(Path(__file__).with_name("render.py")), css, port], jobs)
