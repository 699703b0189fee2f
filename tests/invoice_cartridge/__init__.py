"""Invoices printed by Cartridge 1.3.4 (PyPI, BSD; the shop app of the Mezzanine CMS): the
order invoice a shop's staff download as a PDF, the package's own template printed by
xhtml2pdf. A real package's page, which no rule of ours was written for.

The page, as the package's ``invoice`` view prints it (``?format=pdf``): an empty heading (the
template names the site's title, which the PDF's rendering, given no request, leaves out: the
shop's name is not on the page), 'Order ID: 1042' and the order's time in Django's format for
the language ('14 Mar 2026, 10:32 a.m.', '14. März 2026 10:32'); 'Your Details' with the
billing and the shipping details side by side, as label and value rows ('First name:', 'Last
name:', 'Street:' … in the language); 'Items Ordered' ('Item | Unit Price | Qty | Price'), the
amounts in the locale's currency format (Python's ``locale.currency``: '£62.00', '62,00 €',
'62,00 kr'; '62,00 zł' prints as '62,00 z■': xhtml2pdf's standard fonts lack 'ł', and other
Polish letters too); under them, right-aligned in one cell, 'Sub total:' (only with
shipping or a discount), the tax under the name the shop's tax handler gives it ('VAT 20%:'),
the shipping under its type's name, a discount, and 'Total:'. With prices that hold their tax
(``SHOP_TAX_INCLUDED``) the tax line is printed and not added.

Eight shops, in Cartridge's translations: British, American, German, French, Spanish, Italian,
Swedish, Polish. Seed 0: the tax added, nothing else; 1: the tax added and shipping; 2: prices
with their tax in them, and shipping; 3: no tax, shipping and a discount code. Seeds 4 to 7 are
the same kinds with other values (held out while rules for 0 to 3 were written). No net is
printed as such (the 'Sub total' is the items' alone, before shipping), nor the seller.

Cartridge is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/cartridge_invoices/`` with their values. ``python -m tests.invoice_cartridge PYTHON
[DIR]`` makes them again with a *PYTHON* that has ``Cartridge==1.3.4`` installed, on a machine
with the shops' locales (``render.py`` runs one process per shop).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "SEEDS", "SHOPS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "cartridge_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
CENT = Decimal("0.01")
# the shop: Django's language, the currency's locale and code, the tax's name and rate (its
# included form), the shipping's name, the customers (first and last name, street, town,
# postcode, country, phone, e-mail), the goods (SKU, description, price)
SHOPS: dict[str, dict[str, Any]] = {
    "gb": {
        "language": "en-gb",
        "locale": ("en_GB.UTF-8", "GBP"),
        "tax": ("VAT 20%", "20", "incl. VAT 20%"),
        "shipping": "Royal Mail Tracked 48",
        "customers": [
            (
                "Alice",
                "Brown",
                "12 Hope Street",
                "Leeds",
                "LS1 4AB",
                "United Kingdom",
                "0113 496 0123",
                "alice.brown@example.com",
            ),
            (
                "Tom",
                "Fraser",
                "4 Castle Wynd",
                "Stirling",
                "FK8 1EG",
                "United Kingdom",
                "01786 49 0122",
                "tom.fraser@example.com",
            ),
        ],
        "goods": [
            ("MER-12", "Merino DK, 10 balls", "62.00"),
            ("NDL-4", "Bamboo needles 4 mm", "12.25"),
            ("PAT-7", "Fair Isle pattern book", "18.99"),
            ("ALP-3", "Alpaca blend, 5 balls", "44.50"),
        ],
    },
    "us": {
        "language": "en-us",
        "locale": ("en_US.UTF-8", "USD"),
        "tax": ("Sales tax 8.875%", "8.875", "Sales tax included"),
        "shipping": "USPS Priority Mail",
        "customers": [
            (
                "Dana",
                "Reyes",
                "210 W 17th St",
                "New York",
                "10011",
                "USA",
                "212 555 0143",
                "dana.reyes@example.com",
            ),
            (
                "Omar",
                "Hill",
                "88 Grove Ave",
                "Hoboken",
                "07030",
                "USA",
                "201 555 0177",
                "omar.hill@example.com",
            ),
        ],
        "goods": [
            ("CB-01", "Cold brew kit", "39.00"),
            ("BN-12", "Single-origin beans, 12 oz", "17.50"),
            ("GR-02", "Burr grinder", "129.00"),
            ("MG-04", "Enamel mug set", "24.00"),
        ],
    },
    "de": {
        "language": "de",
        "locale": ("de_DE.UTF-8", "EUR"),
        "tax": ("MwSt. 19%", "19", "inkl. 19% MwSt."),
        "shipping": "DHL Paket",
        "customers": [
            (
                "Jana",
                "Keller",
                "Lindenstraße 4",
                "Freiburg",
                "79098",
                "Deutschland",
                "0761 288 410",
                "jana.keller@example.com",
            ),
            (
                "Paul",
                "Wagner",
                "Am Markt 2",
                "Weimar",
                "99423",
                "Deutschland",
                "03643 555 21",
                "paul.wagner@example.com",
            ),
        ],
        "goods": [
            ("TEE-50", "Grüner Tee, 250 g", "14.90"),
            ("KAN-1", "Teekanne Gusseisen", "49.00"),
            ("SIE-2", "Teesieb Edelstahl", "8.50"),
            ("SET-4", "Probierset, 6 Sorten", "24.90"),
        ],
    },
    "fr": {
        "language": "fr",
        "locale": ("fr_FR.UTF-8", "EUR"),
        "tax": ("TVA 20 %", "20", "dont TVA 20 %"),
        "shipping": "Colissimo",
        "customers": [
            (
                "Claire",
                "Dubois",
                "8 rue des Lilas",
                "Nantes",
                "44000",
                "France",
                "02 40 12 34 56",
                "claire.dubois@example.com",
            ),
            (
                "Hugo",
                "Martin",
                "15 cours Lafayette",
                "Lyon",
                "69003",
                "France",
                "04 78 55 01 23",
                "hugo.martin@example.com",
            ),
        ],
        "goods": [
            ("SAV-3", "Savon au lait d'ânesse", "7.90"),
            ("HUI-1", "Huile d'argan bio, 50 ml", "19.50"),
            ("BOU-6", "Bougie parfumée", "24.00"),
            ("COF-2", "Coffret découverte", "39.90"),
        ],
    },
    "es": {
        "language": "es",
        "locale": ("es_ES.UTF-8", "EUR"),
        "tax": ("IVA 21%", "21", "IVA 21% incluido"),
        "shipping": "Correos Express",
        "customers": [
            (
                "Lucía",
                "García",
                "Calle Mayor 12",
                "Madrid",
                "28013",
                "España",
                "910 555 123",
                "lucia.garcia@example.com",
            ),
            (
                "Jordi",
                "Puig",
                "Carrer de Sants 40",
                "Barcelona",
                "08014",
                "España",
                "933 555 210",
                "jordi.puig@example.com",
            ),
        ],
        "goods": [
            ("ACE-5", "Aceite de oliva virgen extra, 5 l", "42.00"),
            ("QUE-1", "Queso manchego curado", "18.90"),
            ("JAM-2", "Jamón ibérico loncheado", "24.50"),
            ("VIN-6", "Vino tinto Rioja, 6 botellas", "57.00"),
        ],
    },
    "it": {
        "language": "it",
        "locale": ("it_IT.UTF-8", "EUR"),
        "tax": ("IVA 22%", "22", "IVA 22% inclusa"),
        "shipping": "Corriere BRT",
        "customers": [
            (
                "Giulia",
                "Rossi",
                "Via Roma 21",
                "Bologna",
                "40121",
                "Italia",
                "051 555 0199",
                "giulia.rossi@example.com",
            ),
            (
                "Marco",
                "Bianchi",
                "Corso Italia 8",
                "Torino",
                "10121",
                "Italia",
                "011 555 0142",
                "marco.bianchi@example.com",
            ),
        ],
        "goods": [
            ("PAS-3", "Pasta di Gragnano, 3 kg", "16.50"),
            ("CAF-1", "Caffè in grani, 1 kg", "22.90"),
            ("MOK-6", "Moka 6 tazze", "34.00"),
            ("OLI-2", "Olio extravergine, 2 l", "28.00"),
        ],
    },
    "sv": {
        "language": "sv",
        "locale": ("sv_SE.UTF-8", "SEK"),
        "tax": ("Moms 25%", "25", "Inkl. moms 25%"),
        "shipping": "PostNord",
        "customers": [
            (
                "Elsa",
                "Lind",
                "Storgatan 5",
                "Uppsala",
                "753 20",
                "Sverige",
                "018 55 01 23",
                "elsa.lind@example.com",
            ),
            (
                "Johan",
                "Berg",
                "Kungsgatan 30",
                "Göteborg",
                "411 19",
                "Sverige",
                "031 55 02 40",
                "johan.berg@example.com",
            ),
        ],
        "goods": [
            ("ULL-1", "Ullfilt, 130 x 170", "649.00"),
            ("KOP-2", "Keramikkopp, 2-pack", "249.00"),
            ("LJU-4", "Stearinljus, 4-pack", "89.00"),
            ("BRA-1", "Skärbräda ek", "399.00"),
        ],
    },
    "pl": {
        "language": "pl",
        # (xhtml2pdf's standard fonts lack 'ł': the złoty's 'zł' prints as 'z■', no currency)
        "locale": ("pl_PL.UTF-8", None),
        "tax": ("VAT 23%", "23", "w tym VAT 23%"),
        "shipping": "InPost Paczkomat",
        "customers": [
            (
                "Anna",
                "Nowak",
                "ul. Długa 7",
                "Gdańsk",
                "80-827",
                "Polska",
                "58 555 01 23",
                "anna.nowak@example.com",
            ),
            (
                "Piotr",
                "Lis",
                "ul. Floriańska 3",
                "Kraków",
                "31-019",
                "Polska",
                "12 555 02 11",
                "piotr.lis@example.com",
            ),
        ],
        "goods": [
            ("MIO-1", "Miód lipowy, 1 kg", "59.00"),
            ("HER-3", "Herbata owocowa, 3 opak.", "36.00"),
            ("KUB-2", "Kubek ceramiczny", "29.90"),
            ("CZE-5", "Czekolada gorzka, 5 szt.", "45.00"),
        ],
    },
}


def _cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def invoice(shop: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What Cartridge's order holds for one invoice, and the values its page prints."""
    rng = random.Random(f"cartridge-{shop}-{seed}")
    s = SHOPS[shop]
    kind = seed % 4
    items = [
        {"sku": sku, "description": desc, "quantity": rng.choice([1, 1, 2, 3]), "unit_price": p}
        for sku, desc, p in rng.sample(s["goods"], rng.randint(2, 3))
    ]
    item_total = sum((i["quantity"] * Decimal(i["unit_price"]) for i in items), Decimal(0))
    name, rate, included_name = s["tax"]
    shipping = _cents(item_total * Decimal("0.05") + 3) if kind else None
    discount = _cents(item_total / 10) if kind == 3 else None
    included = kind == 2
    if kind == 3:
        tax = None
    elif included:  # (the prices hold it: printed, not added)
        tax = _cents((item_total + (shipping or 0)) * Decimal(rate) / (100 + Decimal(rate)))
    else:
        tax = _cents((item_total + (shipping or 0)) * Decimal(rate) / 100)
    total = item_total + (shipping or 0) - (discount or 0) + (0 if included else (tax or 0))
    placed = dt.datetime(2026, 1, 10, 9, 0) + dt.timedelta(
        days=37 * seed + rng.randint(0, 30), minutes=rng.randint(0, 600)
    )
    first, last, street, town, postcode, country, phone, email = s["customers"][rng.randint(0, 1)]
    details = {
        "first_name": first,
        "last_name": last,
        "street": street,
        "city": town,
        "state": "",
        "postcode": postcode,
        "country": country,
        "phone": phone,
    }
    order_id = rng.randint(1000, 9800)
    locale_name, code = s["locale"]
    job = {
        "language": s["language"],
        "site_title": f"Shop {shop}",  # (not printed: see above)
        "currency_locale": locale_name,
        "tax_included": included,
        "order": {
            "id": order_id,
            "time": placed.isoformat(),
            "shipping_type": s["shipping"] if shipping is not None else "",
            "tax_type": (included_name if included else name) if tax is not None else "",
            "discount_code": "WELCOME10" if discount is not None else "",
            "item_total": str(item_total),
            "shipping_total": str(shipping) if shipping is not None else None,
            "discount_total": str(discount) if discount is not None else None,
            "tax_total": str(tax) if tax is not None else None,
            "total": str(total),
            "billing": {**details, "email": email},
            "shipping": details,
            "items": items,
        },
    }
    values = printed(
        str(order_id), placed.date(), None, "", code or "", Decimal(0), tax or Decimal(0), total
    )
    values |= {"seller": None, "net_total": None, "currency": code}
    if tax is None:
        values["tax_total"] = None
    return job, values


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with Cartridge (installed for *python*) into *folder*."""
    jobs = product_jobs(invoice, SHOPS, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs, timeout=1200)
