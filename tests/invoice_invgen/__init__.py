"""Invoices printed by invoice-generator 0.0.2 (PyPI, by NyanKiyoshi): a web shop's Django app
that fills its own HTML template and prints it with WeasyPrint, in its own translations
(English, German, French). A real package's page, which no rule of ours was written for.

The page is a letter for a window envelope: the shop's name, street and town in a small sender
line over the customer's address; 'Order ID: 10472' (the shop's invoice number: the package
takes it as ``invoice_id``; German 'Rechnung: …', French 'Numéro de commande : …') and
'Customer ID', 'Date of Invoice: March 3, 2026' in Django's date format for the language; the
items with their reference, quantity, price per unit, tax rate and net price; under them
'Total discounted', 'Shipping', 'Net total', 'VAT (19%)' and 'Gross total' (German
'Rechnungsbetrag', French 'Total (TTC)'); 'Please settle the payment by …' as a sentence. The
shop's name, address and VAT number stand again in the page's footer, beside its bank and the
management board. Amounts are written as Django writes numbers in the language (with the
thousands separator on), the currency after them as the shop names it.

Five shops: Ireland ('en', Django's English), England ('en_gb'), Germany ('de'), Switzerland
('de_ch', German words in Swiss formats) and France ('fr'). Seed 0: one or two items; 1:
several items and shipping; 2: a voucher, shipping, and the package's 'shipped upon receipt of
payment' and delivery dates; 3: paid at the order, no payment date. Seeds 4 to 7 are the same
kinds with other values (held out while rules for 0 to 3 were written).

invoice-generator is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/invgen_invoices/`` with their values. ``python -m tests.invoice_invgen [DIR]``
makes them again on a Debian machine with ``python3-django weasyprint`` (``render.py`` fetches
the package from PyPI itself).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "SEEDS", "SHOPS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "invgen_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
CENT = Decimal("0.01")
# the shop by locale: Django's language, the currency as the shop writes it (and its ISO
# code), the VAT rate, the shop's address (name, street, postcode, town), VAT number, the
# management board (name, text), the lines under the page (its bank), the invoice number's form
SHOPS: dict[str, dict[str, Any]] = {
    "en": {
        "language": "en",
        "currency": ("EUR", "EUR"),
        "rate": "23",
        "address": (
            "Burren Outdoor Supplies Ltd",
            "Unit 7, Ennis Business Park",
            "V95 T2X8",
            "Ennis",
        ),
        "vat": "IE6433435F",
        "executive": ("Siobhán Moran", "Registered in Ireland No. 512334"),
        "lines": ("Allied Irish Banks, Ennis", "IBAN IE64 AIBK 9310 0412 3456 78", "BIC AIBKIE2D"),
        "number": "{n}",
    },
    "en_gb": {
        "language": "en-gb",
        "currency": ("GBP", "GBP"),
        "rate": "20",
        "address": ("Pennine Tea Company Ltd", "14 Wharf Street", "HX1 1PQ", "Halifax"),
        "vat": "GB 294 7165 32",
        "executive": ("Thomas Aldridge", "Company No. 08123456 (England and Wales)"),
        "lines": ("Barclays Bank, Halifax", "Sort code 20-45-77, account 43127790"),
        "number": "PT-{n}",
    },
    "de": {
        "language": "de",
        "currency": ("€", "EUR"),
        "rate": "19",
        "address": ("Weserkontor Versand GmbH", "Hafenstraße 41", "28217", "Bremen"),
        "vat": "DE811224390",
        "executive": ("Jana Ohlsen", "Amtsgericht Bremen HRB 31245"),
        "lines": ("Sparkasse Bremen", "IBAN DE21 2905 0101 0012 3456 78", "BIC SBREDE22XXX"),
        "number": "RE{y}-{n}",
    },
    "de_ch": {
        "language": "de-ch",
        "currency": ("CHF", "CHF"),
        "rate": "8.1",
        "address": ("Bergkäserei Emmental AG", "Dorfstrasse 8", "3454", "Sumiswald"),
        "vat": "CHE-114.584.932 MWST",
        "executive": ("Urs Gerber", "Handelsregister des Kantons Bern"),
        "lines": ("Berner Kantonalbank", "IBAN CH93 0079 0016 2348 9710 2"),
        "number": "{y}{n}",
    },
    "fr": {
        "language": "fr",
        "currency": ("€", "EUR"),
        "rate": "20",
        "address": ("Atelier Loire Céramique SAS", "12 rue des Halles", "37000", "Tours"),
        "vat": "FR61824117520",
        "executive": ("Claire Lemoine", "SAS au capital de 10 000 € – RCS Tours 824 117 520"),
        "lines": ("Crédit Agricole Touraine Poitou", "IBAN FR76 1940 6370 1579 1234 5678 912"),
        "number": "F{y}-{n}",
    },
}
# the customers by locale: (name, street, postcode, town); the first a firm, the second a person
CUSTOMERS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [
        ("Atlantic Way Hostels Ltd", "3 Quay Street", "H91 K2P7", "Galway"),
        ("Aoife Brennan", "22 Clonard Road", "D12 XR65", "Dublin 12"),
    ],
    "en_gb": [
        ("The Copper Kettle Café", "5 Market Place", "YO17 7LX", "Malton"),
        ("Mrs Helen Crossley", "41 Moorside Avenue", "BD9 5HN", "Bradford"),
    ],
    "de": [
        ("Hanse Büroservice KG", "Am Wall 112", "28195", "Bremen"),
        ("Lukas Petersen", "Lindenweg 9", "24937", "Flensburg"),
    ],
    "de_ch": [
        ("Hotel Alpenblick AG", "Seestrasse 17", "3800", "Interlaken"),
        ("Regula Baumann", "Bahnhofweg 3", "8610", "Uster"),
    ],
    "fr": [
        ("Restaurant Le Petit Vouvray", "4 place Plumereau", "37000", "Tours"),
        ("Mme Sophie Garnier", "18 avenue de Grammont", "37000", "Tours"),
    ],
}
# what each shop sells: (reference, name, net price per unit)
GOODS: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("BO-2210", "Trekking tent, 2 person", "219.00"),
        ("BO-1184", "Merino base layer", "54.50"),
        ("BO-3307", "Headtorch 400 lm", "38.90"),
        ("BO-0912", "Rucksack 45 l", "1129.00"),
    ],
    "en_gb": [
        ("ASM-250", "Assam Breakfast, 250 g", "6.25"),
        ("EGR-100", "Earl Grey, 100 g tin", "8.40"),
        ("POT-06", "Stoneware teapot", "32.00"),
        ("SUB-12", "Tea club, 12 months", "1140.00"),
    ],
    "de": [
        ("WK-4471", "Versandkarton 40x30x20, 25 Stück", "18.90"),
        ("WK-1020", "Packband braun, 6 Rollen", "12.45"),
        ("WK-8830", "Etikettendrucker", "1289.00"),
        ("WK-2210", "Luftpolsterfolie 100 m", "34.80"),
    ],
    "de_ch": [
        ("EK-01", "Emmentaler AOP, 1 kg", "24.80"),
        ("EK-07", "Bergkäse gereift, 500 g", "16.40"),
        ("EK-12", "Fonduemischung, 800 g", "21.90"),
        ("EK-30", "Käselaib, 12 kg", "1168.00"),
    ],
    "fr": [
        ("ALC-112", "Bol en grès émaillé", "24.00"),
        ("ALC-208", "Assiette plate Ø 27 cm", "32.50"),
        ("ALC-315", "Service à thé, 6 pièces", "148.00"),
        ("ALC-990", "Vaisselle sur mesure, 40 couverts", "2360.00"),
    ],
}


def _money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def invoice(locale: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the package is given for one invoice, and the values its page prints."""
    rng = random.Random(f"invgen-{locale}-{seed}")
    shop = SHOPS[locale]
    kind = seed % 4
    goods = rng.sample(GOODS[locale], rng.randint(1, 2) if kind == 0 else rng.randint(2, 3))
    items: list[dict[str, Any]] = []
    for ref, name, price in goods:
        qty = rng.choice([1, 1, 2, 3, 5])
        items.append(
            {
                "reference": ref,
                "name": name,
                "quantity": qty,
                "net_price": price,
                "total_net": str(_money(qty * Decimal(price))),
            }
        )
    net = sum((Decimal(i["total_net"]) for i in items), Decimal(0))
    discount = -_money(net * Decimal(rng.choice([5, 10])) / 100) if kind == 2 else Decimal(0)
    shipping = Decimal(rng.choice(["4.90", "6.50", "12.00"])) if kind in (1, 2) else Decimal(0)
    net += discount + shipping
    rate = Decimal(shop["rate"])
    tax = _money(net * rate / 100)
    issued = dt.date(2026, 1, 5) + dt.timedelta(days=41 * seed + rng.randint(0, 30))
    due = None if kind == 3 else issued + dt.timedelta(days=rng.choice([10, 14, 30]))
    shipped = (issued + dt.timedelta(days=3), issued + dt.timedelta(days=6)) if kind == 2 else None
    number = shop["number"].format(y=issued.year, n=rng.randint(10400, 19800))
    currency, code = shop["currency"]
    name, street, postcode, town = shop["address"]
    job = {
        "language": shop["language"],
        "currency": currency,
        "vendor": {
            "address": shop["address"],
            "vat_number": shop["vat"],
            "executive": shop["executive"],
            "additional_text": shop["lines"],
        },
        "billing_address": CUSTOMERS[locale][rng.randint(0, 1)],
        "order": {
            "invoice_id": number,
            "customer_id": str(rng.randint(2000, 9000)),
            "date": issued.isoformat(),
            "payment_date_limit": due.isoformat() if due else None,
            "shipping_date_range": [d.isoformat() for d in shipped] if shipped else None,
            "tax_rate": shop["rate"],
            "total_discounted": str(discount) if discount else None,
            "total_shipping_net": str(shipping) if shipping else None,
            "total_tax": str(tax),
            "total_net": str(net),
            "total_gross": str(net + tax),
        },
        "items": items,
    }
    return job, printed(number, issued, due, name, code, net, tax, net + tax)


def make(folder: Path = FIXTURES) -> None:
    """Print every kept invoice with invoice-generator into *folder*."""
    jobs = product_jobs(invoice, SHOPS, seeds=SEEDS)
    command = ["/usr/bin/python3", str(Path(__file__).with_name("render.py"))]
    render_kept(folder, command, jobs)
