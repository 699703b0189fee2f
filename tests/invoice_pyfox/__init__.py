"""Invoices printed by pyfox-invoice 0.1.1 (PyPI, MIT, 2026): a young invoice library that
prints with Typst through its own templates and its own labels, number and date formats for
five regions (EU English, Germany, France, Poland, Ukraine), with a payment QR code (SEPA's
EPC code, Poland's ZBP, Ukraine's NBU). A real package's pages, which no rule of ours was
written for.

Two of its styles: ``classic`` (the title and number at the top, seller and buyer side by
side under 'Seller' / 'Buyer', the dates, the items, 'Subtotal', 'VAT (23%)', 'Total', the
bank details and the QR code) and ``modern`` (its own arrangement of the same). Its third,
``compact-bill``, always prints a payment request ('Zahlungsaufforderung', 'Wezwanie do
zapłaty'), not an invoice: left out. The package takes the totals as given: they are ours,
computed here as a firm's software would.

Seed 0: one line with VAT; 1: two or three lines with VAT and a note; 2: no VAT (the small
business's or the reverse charge's tax note); 3: several lines with VAT, no due date; seeds 4
to 7 are the same kinds with other values (held out while rules for 0 to 3 were written).

pyfox-invoice is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/pyfox_invoices/`` with their values. ``python -m tests.invoice_pyfox PYTHON
[DIR]`` makes them again, PYTHON being a Python 3.12 (the package's least) with
``pyfox-invoice==0.1.1`` and ``typst==0.14.8`` installed (its least: 0.15 drops a function its templates call).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "REGIONS", "SEEDS", "STYLES", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "pyfox_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
STYLES = ("classic", "modern")
CENT = Decimal("0.01")
# the seller by region: currency, VAT rate, name, tax ID, address (one line, as the package
# takes it), e-mail, phone, IBAN, the payment details the region asks for (label: value), the
# tax note without VAT, the note
REGIONS: dict[str, dict[str, Any]] = {
    "en": {
        "currency": "EUR",
        "rate": "23",
        "seller": (
            "Cliffside Analytics Ltd",
            "IE3668997OH",
            "Unit 4, Eastgate Business Park, Little Island, Cork T45 KX02, Ireland",
            "billing@cliffside.ie",
            "+353 21 435 0199",
        ),
        "iban": "IE29AIBK93115212345678",
        "no_vat": "Reverse charge: VAT to be accounted for by the recipient (Art. 196 VAT Directive)",
        "note": "Thank you for your business.",
    },
    "de": {
        "currency": "EUR",
        "rate": "19",
        "seller": (
            "Lindenhof Software GmbH",
            "DE298296572",
            "Hafenstraße 12, 28217 Bremen",
            "rechnung@lindenhof-software.de",
            "+49 421 3879 220",
        ),
        "iban": "DE89370400440532013000",
        "no_vat": "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
        "note": "Vielen Dank für Ihren Auftrag.",
    },
    "fr": {
        "currency": "EUR",
        "rate": "20",
        "seller": (
            "Studio Garance SARL",
            "FR30442571527",
            "14 quai de la Fosse, 44000 Nantes",
            "compta@studio-garance.fr",
            "+33 2 40 48 12 90",
        ),
        "iban": "FR7630006000011234567890189",
        "no_vat": "TVA non applicable, art. 293 B du CGI",
        "note": "Merci de votre confiance.",
    },
    "pl": {
        "currency": "PLN",
        "rate": "23",
        "seller": (
            "Kodowanie Wisła Sp. z o.o.",
            "1363902094",
            "ul. Grodzka 28, 31-044 Kraków",
            "faktury@kodowanie-wisla.pl",
            "+48 12 421 55 80",
        ),
        "iban": "PL61109010140000071219812874",
        "no_vat": "Zwolnienie z VAT na podstawie art. 113 ust. 1 ustawy o VAT",
        "note": "Dziękujemy za współpracę.",
    },
    "uk": {
        "currency": "UAH",
        "rate": "20",
        "seller": (
            "ТОВ «Дніпро Софт»",
            "41234567",
            "вул. Січових Стрільців 21, м. Київ, 04053",
            "rahunky@dnipro-soft.ua",
            "+380 44 390 12 34",
        ),
        "iban": "UA213223130000026007233566001",
        "no_vat": "Не є платником ПДВ",
        "note": "Дякуємо за співпрацю.",
    },
}
# the buyers by region: (name, tax ID or None, address, e-mail or None)
BUYERS: dict[str, list[tuple[str, str | None, str, str | None]]] = {
    "en": [
        (
            "Harbour Logistics Ltd",
            "IE6388047V",
            "3 Custom House Quay, Dublin 1, D01 W6X0",
            "ap@harbourlogistics.ie",
        ),
        ("Nordic Freight ApS", "DK25798767", "Havnegade 39, 1058 København K, Denmark", None),
    ],
    "de": [
        (
            "Weserland Möbel KG",
            "DE500088387",
            "Am Speicher 7, 28217 Bremen",
            "buchhaltung@weserland-moebel.de",
        ),
        ("Praxis Dr. Jana Koch", None, "Schwachhauser Heerstraße 88, 28209 Bremen", None),
    ],
    "fr": [
        (
            "Librairie Coiffard SA",
            "FR02596036996",
            "7 rue de la Fosse, 44000 Nantes",
            "factures@coiffard.fr",
        ),
        ("Cabinet Martin & Roux", None, "3 place Graslin, 44000 Nantes", None),
    ],
    "pl": [
        (
            "Piekarnia Lajkonik Sp. j.",
            "7817502852",
            "ul. Dietla 50, 31-039 Kraków",
            "ksiegowosc@lajkonik.pl",
        ),
        ("Anna Kowalska", None, "ul. Długa 12/4, 31-147 Kraków", None),
    ],
    "uk": [
        (
            "ТОВ «Карпати Логістик»",
            "38765432",
            "вул. Городоцька 174, м. Львів, 79022",
            "buh@karpaty-logistic.ua",
        ),
        ("ФОП Коваленко Олена Петрівна", "3012345678", "вул. Сумська 10, м. Харків, 61002", None),
    ],
}
# what each seller bills: (description, unit, price)
WORK: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("Data pipeline review", "h", "140.00"),
        ("Dashboard licence, annual", "pcs", "1200.00"),
        ("Workshop, half day", "pcs", "850.00"),
        ("Support retainer, monthly", "mo", "600.00"),
    ],
    "de": [
        ("Softwareentwicklung", "Std.", "95.00"),
        ("Wartungsvertrag, monatlich", "Mon.", "240.00"),
        ("Schulung vor Ort", "Tag", "780.00"),
        ("Lizenz Lagerverwaltung", "Stk.", "1490.00"),
    ],
    "fr": [
        ("Identité visuelle", "forfait", "2400.00"),
        ("Maquettes site web", "j", "450.00"),
        ("Impression affiches A2", "u", "3.80"),
        ("Retouches photo", "h", "65.00"),
    ],
    "pl": [
        ("Programowanie aplikacji", "godz.", "180.00"),
        ("Hosting, miesięcznie", "mies.", "350.00"),
        ("Audyt bezpieczeństwa", "szt.", "4200.00"),
        ("Szkolenie zespołu", "dzień", "2600.00"),
    ],
    "uk": [
        ("Розробка програмного забезпечення", "год", "1200.00"),
        ("Технічна підтримка, місяць", "міс", "8500.00"),
        ("Аудит коду", "шт", "24000.00"),
        ("Навчання персоналу", "день", "9600.00"),
    ],
}
# units billed by time, whose quantities may be fractions
HOURS = ("h", "Std.", "godz.", "год", "j")


def _money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def invoice(style: str, region: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the package is given for one invoice, and the values its page prints."""
    rng = random.Random(f"pyfox-{style}-{region}-{seed}")
    r = REGIONS[region]
    kind = seed % 4
    name, tax_id, address, email, phone = r["seller"]
    work = rng.sample(WORK[region], 1 if kind in (0, 2) else rng.randint(2, 3))
    items = []
    for desc, unit, price in work:
        qty = Decimal(rng.choice(["1.5", "4", "8", "12.5"] if unit in HOURS else ["1", "2", "3"]))
        amount = _money(qty * Decimal(price))
        items.append(
            {
                "description": desc,
                "quantity": str(qty),
                "unit": unit,
                "unit_price": price,
                "total_amount": str(amount),
            }
        )
    net = sum((Decimal(i["total_amount"]) for i in items), Decimal(0))
    rate = Decimal(0) if kind == 2 else Decimal(r["rate"])
    tax = _money(net * rate / 100)
    issued = dt.date(2026, 1, 3) + dt.timedelta(days=38 * seed + rng.randint(0, 30))
    due = None if kind == 3 else issued + dt.timedelta(days=rng.choice([7, 14, 30]))
    prefix = {"en": "INV-", "de": "RE-", "fr": "F-", "pl": "FV/", "uk": "РФ-"}[region]
    number = f"{prefix}{issued.year}-{rng.randint(10, 480):03d}"
    # without VAT: a private customer of a small business, or (EU English) a business abroad
    buyer = BUYERS[region][1 if kind == 2 else 0]
    extra: dict[str, Any] = {"beneficiary": name, "remittance_information": number}
    if region == "pl":
        extra["tax_id"] = tax_id
    if region == "uk":
        extra["beneficiary_tax_id"] = tax_id
    data: dict[str, Any] = {
        "number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "seller": {
            "name": name,
            "tax_id": tax_id,
            "address": address,
            "email": email,
            "phone": phone,
        },
        "buyer": {"name": buyer[0], "tax_id": buyer[1], "address": buyer[2], "email": buyer[3]},
        "items": items,
        "subtotal": str(net),
        "vat_line": {"tax_rate": str(rate), "tax_amount": str(tax)},
        "total": str(net + tax),
        "currency": r["currency"],
        "payment_details": {"iban": r["iban"], "currency": r["currency"], **extra},
        "tax_note": r["no_vat"] if kind == 2 else None,
        "note": r["note"] if kind == 1 else None,
        "type": "invoice",
    }
    job = {"style": style, "region": region, "invoice": data}
    return job, printed(number, issued, due, name, r["currency"], net, tax, net + tax)


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with pyfox-invoice (run by *python*) into *folder*."""
    jobs = product_jobs(invoice, STYLES, REGIONS, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs)
