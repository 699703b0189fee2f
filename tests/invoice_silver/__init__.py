"""Invoices printed by django-silver 0.11.1 (PyPI, Apache 2.0; Presslabs' billing app for
subscription businesses): the invoice PDF silver makes when an invoice is issued, the package's
own template printed by xhtml2pdf. A real product's page, which no rule of ours was written for.

The page, as silver prints it (``billing_documents/invoice_pdf.html``, English only): 'invoice
CW-1042' (the document's kind in small letters, the provider's series and the number), 'Issue
date' and 'Due date' as '02 Mar. 2026', the tax's name and rate ('VAT 19.00%') when the invoice
is taxed; 'Issuer: NAME' beside 'Customer: NAME' in large type, each over 'Address:', the town,
the postcode, 'Email:' and the party's free 'extra' text (where a provider prints its VAT ID
and bank account; the customer's 'Tax ID:', 'Name:' and 'Customer Reference:'); the entries
('# | Service | Unit | Qty. | Unit price | Total Amount', each amount followed by the currency's
code) and 'Total'. **No net and no tax amount are printed**: each entry's 'Total Amount' holds
its tax already (silver adds the rate's tax to each entry), and the total is their sum.

Five providers: a Romanian host, a German software firm, a US analytics firm, a British agency
and a Dutch freelancer who bills under her own name (no company). Seed 0: taxed, a company
customer; 1: not taxed (a customer abroad; its extra text says why); 2: taxed, a person as
customer and more entries, hours in fractions; 3: taxed, a customer reference and a second
address line. Seeds 4 to 7 are the same kinds with other values, held out while rules were
written for 0 to 3. And each provider's seed 0 once more with its 'Total' one unit more than
the entries add up to ('ro-off' …): no other amount on the page backs it, so it must wait.

django-silver is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/silver_invoices/`` with their values. ``python -m tests.invoice_silver PYTHON
[DIR]`` makes them again, PYTHON being a Python with ``django-silver==0.11.1`` and
``typing_extensions`` installed (``python3 -m venv /tmp/sv && /tmp/sv/bin/pip install
django-silver==0.11.1 typing_extensions``).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "PROVIDERS", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "silver_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
CENT = Decimal("0.00")
# the provider as silver stores it, its currency, its tax's name and rate, its customers
# (company or None, first and last name, street, town, postcode, country, tax number) and
# what it sells (description, unit, unit price)
PROVIDERS: dict[str, dict[str, Any]] = {
    "ro": {
        "provider": {
            "name": "Cloudwise",
            "company": "Cloudwise Hosting SRL",
            "address_1": "Str. Fabricii 46",
            "city": "Bucharest",
            "zip_code": "060041",
            "country": "RO",
            "email": "billing@cloudwise.example",
            "extra": "VAT ID: RO 31245678\nTrade Register: J40/8812/2013\n"
            "IBAN: RO49 AAAA 1B31 0075 9384 0000 (Banca Transilvania)",
            "invoice_series": "CW",
        },
        "currency": "EUR",
        "tax": ("VAT", "19.00"),
        "customers": [
            (
                "Atelier Verde SRL",
                "Ana",
                "Pop",
                "Bd. Eroilor 12",
                "Cluj-Napoca",
                "400129",
                "RO",
                "RO 40012345",
            ),
            (
                "Nordlicht Media GmbH",
                "Jonas",
                "Weber",
                "Schanzenstraße 7",
                "Hamburg",
                "20357",
                "DE",
                "DE 298765432",
            ),
            (None, "Mihai", "Ionescu", "Str. Lalelelor 3", "Iași", "700259", "RO", None),
        ],
        "goods": [
            ("Managed WordPress, Business plan", "month", "249.00"),
            ("Extra storage", "GB", "0.40"),
            ("Staging environment", "month", "35.00"),
            ("Migration service", "site", "120.00"),
            ("Premium support", "hour", "65.00"),
        ],
    },
    "de": {
        "provider": {
            "name": "Lindner",
            "company": "Lindner Software GmbH",
            "address_1": "Oranienstraße 185",
            "city": "Berlin",
            "zip_code": "10999",
            "country": "DE",
            "email": "rechnung@lindner-software.example",
            "extra": "USt-IdNr.: DE 812 345 678\nAmtsgericht Charlottenburg HRB 123456 B\n"
            "IBAN: DE89 3704 0044 0532 0130 00, BIC: COBADEFFXXX",
            "invoice_series": "LS",
        },
        "currency": "EUR",
        "tax": ("USt.", "19.00"),
        "customers": [
            (
                "Bäckerei Hoffmann KG",
                "Eva",
                "Hoffmann",
                "Marktplatz 3",
                "Potsdam",
                "14467",
                "DE",
                "DE 137654321",
            ),
            (
                "Alpenblick Tourismus AG",
                "Martin",
                "Huber",
                "Seestrasse 21",
                "Luzern",
                "6006",
                "CH",
                "CHE-123.456.789 MWST",
            ),
            (None, "Katrin", "Schulz", "Bergmannstraße 44", "Berlin", "10961", "DE", None),
        ],
        "goods": [
            ("Kassensystem Lizenz, Filiale", "Monat", "89.00"),
            ("Zusatzkasse", "Stück", "29.00"),
            ("Einrichtung und Schulung", "Stunde", "95.00"),
            ("Datensicherung Cloud", "Monat", "12.50"),
            ("Schnittstelle DATEV", "Monat", "19.00"),
        ],
    },
    "us": {
        "provider": {
            "name": "Brightline",
            "company": "Brightline Analytics, Inc.",
            "address_1": "500 Howard Street",
            "address_2": "Suite 300",
            "city": "San Francisco",
            "state": "CA",
            "zip_code": "94105",
            "country": "US",
            "email": "ar@brightline.example",
            "extra": "EIN 94-3456789\nRemit to: Brightline Analytics, Inc., ACH routing 121000248,"
            " account 4417700091",
            "invoice_series": "BA",
        },
        "currency": "USD",
        "tax": ("Sales Tax", "8.63"),
        "customers": [
            (
                "Harbor Freight Cafe LLC",
                "Dana",
                "Reyes",
                "210 Embarcadero",
                "Oakland",
                "94607",
                "US",
                None,
            ),
            (
                "Maple Leaf Outfitters Ltd.",
                "Liam",
                "Tremblay",
                "88 Queen St W",
                "Toronto",
                "M5H 2M5",
                "CA",
                "GST 812345678 RT0001",
            ),
            (None, "Omar", "Hill", "1450 Valencia St", "San Francisco", "94110", "US", None),
        ],
        "goods": [
            ("Dashboard seats", "seat", "45.00"),
            ("Data warehouse connector", "month", "150.00"),
            ("Onboarding workshop", "hour", "180.00"),
            ("API calls over plan", "1000 calls", "0.85"),
            ("Custom report build", "report", "640.00"),
        ],
    },
    "gb": {
        "provider": {
            "name": "Fernhill",
            "company": "Fernhill Digital Ltd",
            "address_1": "27 King Street",
            "city": "Bristol",
            "zip_code": "BS1 4EF",
            "country": "GB",
            "email": "accounts@fernhill.example",
            "extra": "VAT Reg. No. GB 123 4567 89\nCompany No. 08123456\n"
            "Sort code 20-00-00, Account 43125678",
            "invoice_series": "FD",
        },
        "currency": "GBP",
        "tax": ("VAT", "20.00"),
        "customers": [
            (
                "Cotswold Cheese Co. Ltd",
                "Sarah",
                "Miles",
                "4 Church Lane",
                "Cirencester",
                "GL7 1AA",
                "GB",
                "GB 987 6543 21",
            ),
            (
                "Brouwerij De Gans BV",
                "Pieter",
                "Jansen",
                "Kanaalweg 9",
                "Utrecht",
                "3526 KL",
                "NL",
                "NL 812345678B01",
            ),
            (None, "Tom", "Fraser", "12 Hope Street", "Leeds", "LS1 4AB", "GB", None),
        ],
        "goods": [
            ("Website retainer", "month", "850.00"),
            ("Content design", "day", "420.00"),
            ("Hosting and monitoring", "month", "60.00"),
            ("Photography, half day", "session", "375.00"),
            ("Accessibility audit", "page", "35.00"),
        ],
    },
    "nl": {
        "provider": {
            "name": "Sanne de Vries",
            "company": None,
            "address_1": "Oudegracht 112",
            "city": "Utrecht",
            "zip_code": "3511 AX",
            "country": "NL",
            "email": "sanne@devries-vertalingen.example",
            "extra": "KvK 71234567\nBTW-id NL001234567B01\nIBAN NL91 ABNA 0417 1643 00",
            "invoice_series": "SV",
        },
        "currency": "EUR",
        "tax": ("BTW", "21.00"),
        "customers": [
            (
                "Tulp Uitgevers BV",
                "Joris",
                "Bakker",
                "Herengracht 300",
                "Amsterdam",
                "1016 CE",
                "NL",
                "NL 854321098B01",
            ),
            (
                "Éditions Lumière SAS",
                "Claire",
                "Dubois",
                "8 rue des Lilas",
                "Nantes",
                "44000",
                "FR",
                "FR 40 123456789",
            ),
            (None, "Lotte", "Visser", "Biltstraat 20", "Utrecht", "3572 AH", "NL", None),
        ],
        "goods": [
            ("Vertaling NL-EN", "woord", "0.14"),
            ("Revisie", "uur", "55.00"),
            ("Spoedtoeslag", "opdracht", "75.00"),
            ("Beëdigde vertaling", "document", "48.00"),
            ("Terminologielijst", "uur", "55.00"),
        ],
    },
}
# the customer's 'extra' text on an invoice without tax: why no tax is charged
UNTAXED = {
    "EU": "VAT reverse charge: Article 196, Council Directive 2006/112/EC",
    "other": "Export of services: not subject to {name}",
}
EU = {"RO", "DE", "NL", "FR"}


def _line(quantity: Decimal, price: str, rate: Decimal | None) -> Decimal:
    """An entry's 'Total Amount' as silver computes it: the quantity times the price, rounded to
    the cent, and its tax at the rate, rounded to the cent (Python's rounding, half to even)."""
    base = Decimal(quantity * Decimal(price)).quantize(CENT)
    return base + ((base * rate / 100).quantize(CENT) if rate else Decimal(0))


def invoice(provider: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What silver is given for one invoice, and the values its page prints."""
    rng = random.Random(f"silver-{provider}-{seed}")
    p = PROVIDERS[provider]
    kind = seed % 4
    taxed = kind != 1
    tax_name, rate = p["tax"]
    home = p["provider"]["country"]
    if kind == 1:  # a company abroad
        company, first, last, street, town, postcode, country, number = p["customers"][1]
    elif kind == 2:  # a person
        company, first, last, street, town, postcode, country, number = p["customers"][2]
    else:
        company, first, last, street, town, postcode, country, number = p["customers"][0]
    extra = ""
    if not taxed:
        extra = UNTAXED["EU" if home in EU and country in EU else "other"].format(name=tax_name)
    customer = {
        "company": company,
        "first_name": first,
        "last_name": last,
        "address_1": street,
        "city": town,
        "zip_code": postcode,
        "country": country,
        "email": f"{first.lower()}.{last.lower()}@example.com".replace("ö", "o"),
        "sales_tax_number": number,
        "currency": p["currency"],
        "extra": extra,
    }
    if kind == 3:
        customer["customer_reference"] = f"PO-{rng.randint(20000, 89999)}"
        customer["address_2"] = rng.choice(["Accounts Payable", "2nd floor", "Building B"])
    count = rng.randint(4, 5) if kind == 2 else rng.randint(1, 3)
    entries = []
    for description, unit, price in rng.sample(p["goods"], count):
        if unit in ("hour", "Stunde", "uur", "day"):
            quantity = Decimal(rng.choice(["1.5", "2", "3.25", "6", "7.5", "12"]))
        elif price.startswith("0."):
            quantity = Decimal(rng.choice(["850", "1200", "2400", "3150"]))
        else:
            quantity = Decimal(rng.choice([1, 1, 1, 2, 3, 5]))
        entries.append(
            {
                "description": description,
                "unit": unit,
                "quantity": str(quantity),
                "unit_price": price,
            }
        )
    percent = Decimal(rate) if taxed else None
    total = sum(
        (_line(Decimal(e["quantity"]), e["unit_price"], percent) for e in entries), Decimal(0)
    )
    issued = dt.date(2026, 1, 5) + dt.timedelta(days=41 * seed + rng.randint(0, 30))
    due = issued + dt.timedelta(days=rng.choice([14, 15, 30]))
    series = p["provider"]["invoice_series"]
    number = rng.randint(12, 4800)
    job = {
        "provider": {
            **p["provider"],
            "invoice_starting_number": 1,
            "proforma_series": f"{series}P",
            "proforma_starting_number": 1,
            "flow": "invoice",
        },
        "customer": customer,
        "number": number,
        "currency": p["currency"],
        "rate": rate if taxed else None,
        "tax_name": tax_name if taxed else None,
        "issued": issued.isoformat(),
        "due": due.isoformat(),
        "entries": entries,
    }
    seller = p["provider"]["company"] or p["provider"]["name"]
    values = printed(
        f"{series}-{number}", issued, due, seller, p["currency"], Decimal(0), Decimal(0), total
    )
    return job, values | {"net_total": None, "tax_total": None}


def misprinted(provider: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Seed 0's invoice of *provider* with its 'Total' printed one unit more than its entries add
    up to (silver keeps the total it computed at issue; here it is set otherwise before the PDF
    is printed): the page must wait."""
    job, values = invoice(provider, 0)
    total = Decimal(values["gross_total"]) + 1
    return job | {"printed_total": str(total)}, values | {"gross_total": f"{total:.2f}"}


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with django-silver (installed for *python*) into *folder*, and
    each provider's misprinted one ('PROVIDER-off')."""
    jobs = product_jobs(invoice, PROVIDERS, seeds=SEEDS)
    jobs += [(f"{p}-off", *misprinted(p)) for p in PROVIDERS]
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs, timeout=1200)
