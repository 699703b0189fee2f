"""Two more packages of :mod:`tests.invoice_npm`, made after its first three were scored and
their rules written:

- ``generateinvoice``: generate-invoice 0.2.2 (a Finnish freelancer's React template; the
  package prints it with PhantomJS, here Chromium prints the same HTML) in Finnish and
  English: the company's name large at the top, the sender's block under it with 'Puhelin',
  'IBAN', 'BIC/SWIFT' and 'Y-tunnus', 'Lasku' / 'Invoice' at the right over 'Päivä:',
  'Viite:' / 'Invoice#:' (a Finnish bank reference made from the company and invoice ids,
  grouped by fives), 'Maksuehto:', 'Eräpäivä:', then the customer's block, and under the items
  the package's own labels: the sum of the items as **'Brutto'** (it is the net), 'Alv 24%' /
  'Vat 24%', 'Vero' / 'Tax', 'Muuta' / 'Other' 0 and 'Yhteensä' / 'Total';
- ``invoicecreator``: invoice-creator 1.0.1 (pdfkit, Roboto; a Slovak e-shop's own invoice
  code, its company 'DIGITAL G s.r.o' fixed in it) in Slovak: 'DODÁVATEĽ' and 'ODOBERATEĽ'
  side by side, 'Faktúra', 'Číslo:', 'Dátum vystavenia:', 'Dátum dodania:', 'Dátum
  splatnosti:' with dates as '2.12.2026', the items with their price with the tax, then
  'Základ DPH 20 %', 'DPH 20%', 'Zľava', 'Celkom', amounts as '12.34€'. The package's own
  arithmetic is kept: its base is 80 % of the price with the tax and its tax 20 % of it (so
  the tax is a quarter of the base, not the fifth the rate says).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from tests.invoice_corpus import printed

__all__ = ["LOCALES", "generateinvoice", "invoicecreator"]

LOCALES = {"generateinvoice": ("en", "fi"), "invoicecreator": ("sk",)}
Job = tuple[dict[str, Any], dict[str, Any]]

# (name, company, street, post code, city, country, phone, IBAN, BIC, business ID)
GI_SENDERS = {
    "fi": [
        (
            "Aino Virtanen",
            "Virtanen Design Oy",
            "Hämeenkatu 12 B",
            "33100",
            "Tampere",
            "Suomi",
            "+358 40 123 4567",
            "FI21 1234 5600 0007 85",
            "NDEAFIHH",
            "2345678-9",
        ),
        (
            "Mikko Laine",
            "Laine Koodaus Tmi",
            "Aleksanterinkatu 5",
            "00100",
            "Helsinki",
            "Suomi",
            "+358 50 987 6543",
            "FI37 4006 1234 5678 90",
            "",
            "3141592-6",
        ),
    ],
    "en": [
        (
            "Jane Holt",
            "Holt Consulting Ltd",
            "22 Riverside Walk",
            "YO1 7DX",
            "York",
            "United Kingdom",
            "+44 1904 555 120",
            "GB33 BUKB 2020 1555 5555 55",
            "BUKBGB22",
            "09123456",
        ),
        (
            "Tom Reyes",
            "Reyes Web Studio",
            "410 Pine Street",
            "98101",
            "Seattle",
            "USA",
            "+1 206 555 0134",
            "US64 SVBK US6S 3300 9673 86",
            "",
            "91-1234567",
        ),
    ],
}
GI_RECIPIENTS = {
    "fi": (
        "Pekka Korhonen",
        "Korhonen Rakennus Oy",
        "Satamakatu 3",
        "40100",
        "Jyväskylä",
        "Suomi",
        "1122334-5",
    ),
    "en": (
        "Laura Bennett",
        "Bennett & Co",
        "5 Market Square",
        "LS1 6AA",
        "Leeds",
        "United Kingdom",
        "07654321",
    ),
}
GI_PRODUCTS = {
    "fi": ["Verkkosivujen suunnittelu", "Logon suunnittelu", "Ylläpito, 3 kk", "Konsultointi"],
    "en": ["Consulting (40 hours)", "Website maintenance", "Logo design", "Hosting, 12 months"],
}
# the VAT rate, how the user writes the currency (the package's default is '$' before it)
GI_MONEY = {"fi": (Decimal("0.24"), ("", " €")), "en": (Decimal("0.2"), ("£", ""))}


def _viite(company: int, invoice: int) -> str:
    """generate-invoice's ``makeReference``: a Finnish bank reference, base = company × 1000 +
    invoice, check digit by the weights 7, 3, 1 from the right, grouped by fives from the
    right."""
    base = str(company * 1000 + invoice)
    total, out = 0, ""
    for j, digit in enumerate(reversed(base)):
        total += int("731"[j % 3]) * int(digit)
        out = digit + (" " if (j + 1) % 5 == 0 else "") + out
    return out + str((10 - total % 10) % 10)


def generateinvoice(code: str, seed: int, off: Decimal) -> Job:
    rng = random.Random(f"generateinvoice-{code}-{seed}")
    s = GI_SENDERS[code][seed % 2]
    r = GI_RECIPIENTS[code]
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    days = rng.choice([8, 14, 30])
    company, ident = rng.randint(1, 99), rng.randint(1, 999)
    vat, (before, after) = GI_MONEY[code]
    if code == "en" and seed == 2:
        before = "$"  # the package's own default
    products, prices = [], []
    for what in rng.sample(GI_PRODUCTS[code], rng.randint(1, 3)):
        price = rng.randint(4000, 900000) / 100
        products.append({"name": what, "price": price})
        prices.append(price)
    # the package sums floats and prints them with toFixed(2), as Python's format does here
    net_f = sum(prices)
    tax_f = sum(p * (1 + float(vat)) - p for p in prices)
    gross_f = 0.0
    for p in prices:  # (a + price) + tax, as the package's reduce adds them
        gross_f = gross_f + p + (p * (1 + float(vat)) - p)
    net, tax, gross = (Decimal(f"{x:.2f}") for x in (net_f, tax_f, gross_f))
    body = {
        "producer": "generateinvoice",
        "language": code,
        "currency": [before, after],
        "sender": dict(
            zip(
                [
                    "name",
                    "company",
                    "address",
                    "postalCode",
                    "city",
                    "country",
                    "phone",
                    "iban",
                    "bic",
                    "companyId",
                ],
                s,
                strict=True,
            )
        ),
        "recipient": dict(
            zip(
                ["name", "company", "address", "postalCode", "city", "country", "companyId"],
                r,
                strict=True,
            )
        ),
        "invoice": {
            "vat": float(vat),
            "date": issued.isoformat(),
            "due": [days, "days"],
            "reference": [company, ident],
            "paymentTerm": f"{days} pv netto" if code == "fi" else f"NET {days} DAYS",
            "warningTerm": "7 pv" if code == "fi" else "7 DAYS",
            "interest": "8",
            "products": products,
        },
        "expect": [f"{net_f:.2f}", f"{tax_f:.2f}", f"{gross_f:.2f}"],
        "raise_total": f"{gross + off:.2f}" if off else None,
    }
    number = _viite(company, ident)
    due = issued + dt.timedelta(days=days)
    truth = printed(
        number, issued, due, s[1], "EUR" if code == "fi" else "GBP", net, tax, gross + off
    )
    if code == "fi":  # 'Viite' is the payment reference Finnish bills carry, not a number of theirs
        truth["invoice_number"] = None
    if before == "$":
        truth["currency"] = "USD"  # what a '$' on a British page reads as: the package's '$'
    return body, truth


# the e-shop's customers: (name, street, post code, city, e-mail)
IC_CUSTOMERS = [
    ("Ján Kováč", "Hlavná 14", "040 01", "Košice", "jan.kovac@example.sk"),
    ("Petra Horváthová", "Nám. SNP 7", "974 01", "Banská Bystrica", "petra.h@example.sk"),
    ("Reštaurácia U Dubu s.r.o.", "Dubová 3", "811 02", "Bratislava", "info@udubu.example.sk"),
]
IC_ITEMS = ["Online kurz Excel", "E-book Marketing", "Mesačné predplatné", "Konzultácia 1 h"]


def invoicecreator(seed: int) -> Job:
    rng = random.Random(f"invoicecreator-{seed}")
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    items, subtotal = [], 0
    for what in rng.sample(IC_ITEMS, rng.randint(1, 3)):
        cents = rng.randint(990, 49900)
        items.append({"item": what, "quantity": 1, "amount": cents})
        subtotal += cents
    discount = 0 if seed != 2 else 500
    number = f"2026{rng.randint(1, 9999):04d}"
    c = IC_CUSTOMERS[seed % len(IC_CUSTOMERS)]
    body = {
        "producer": "invoicecreator",
        "date": issued.isoformat(),
        "invoice": {
            "shipping": {
                "name": c[0],
                "address": c[1],
                "postal_code": c[2],
                "city": c[3],
                "email": c[4],
            },
            "items": items,
            "subtotal": subtotal,
            "discount": discount,
            "invoice_nr": number,
            "pageType": "logo",
        },
    }
    # toFixed(2) of cents × 0.8 / 100 and × 0.2 / 100, as the package prints them
    net = Decimal(f"{subtotal * 0.8 / 100:.2f}")
    tax = Decimal(f"{subtotal * 0.2 / 100:.2f}")
    gross = Decimal(subtotal - discount) / 100
    truth = printed(
        number, issued, issued + dt.timedelta(days=14), "DIGITAL G s.r.o", "EUR", net, tax, gross
    )
    return body, truth
