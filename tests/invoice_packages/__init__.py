"""Invoices printed by invoice packages other people wrote, with their own templates: layouts
no rule of ours was written for. We give each package an invoice's values, as a shop or a
small firm using it would; the page is the package's.

- ``ig_vat`` / ``ig_plain``: InvoiceGenerator 1.2 (PyPI, reportlab, from Prague) in English,
  Czech and Brazilian Portuguese: 'Provider' and 'Customer' boxes, 'Taxable invoice num.: N'
  beside the title, 'Date of exposure taxable invoice: Sep 18, 2026' as babel writes the
  locale's medium date, a VAT breakdown 'VAT rate | Tax | Without VAT | With VAT' with one row
  per rate and no sum row, then 'Total with tax: …' (a tax payer's invoice); or a bare
  'Total: …' (no VAT); Czech amounts '1 234,- Kč' in the package's default locale; the
  Brazilian CNPJ under the English label the translation lacks ('Vat in: 12.345.678/0001-90'),
  and translated column heads that overprint each other;
- ``pyinvoice``: PyInvoice 0.1.7 (PyPI, reportlab): key/value grids ('Invoice id:', 'Invoice
  date: 2026-07-25 14:02', 'Name: …' under 'Service Provider' and 'Client' side by side),
  'Subtotal', 'Vat/Tax (8.5%)', 'Total' as the item table's last rows, no currency anywhere, a
  transactions table on odd seeds;
- ``microinvoice``: microinvoice 1.0 (npm, PDFKit; made for a chat service's monthly
  invoices): labels over their values down the left ('Invoice Number:' over '2026-0697'),
  'Bill To:' and 'Bill From:' side by side with the customer first, amounts as '710.55 USD',
  'Total without VAT', 'VAT Rate', 'VAT Paid', 'Total paid with VAT'; the labels are the
  user's, here in English, French and German;
- ``pdfinvoice``: @h1dd3nsn1p3r/pdf-invoice 1.0 (npm, pdfmake): the seller as the largest text
  top left, 'I N V O I C E' letter-spaced, 'Ref no: #8637', a 'Subtotal' that already holds
  the tax ('Subtotal', 'Total Tax', 'Grand Total' equal to the subtotal: no net printed), a
  tax on the full price while the line total takes a discount first (the package's own
  arithmetic, kept), amounts by ``Intl`` for en-US, es-ES, en-IN and de-DE.

The pages whose total is one unit off are made by each package's own means: a total raised
after the package computed it, or (pdf-invoice) a fee printed that the total leaves out.

None of these packages is installed by ``make test``: the PDFs are made once and kept in
``tests/data/package_invoices/`` with their values. ``python -m tests.invoice_packages [DIR]``
makes them again; it needs ``InvoiceGenerator`` 1.2 and ``PyInvoice`` 0.1.7 importable, and
``node`` with ``microinvoice`` 1.0.6 and ``@h1dd3nsn1p3r/pdf-invoice`` 1.0.12 on ``NODE_PATH``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import keep_truth, kept_names, printed, render_kept
from tests.invoice_pdflib.sheet import cents

__all__ = ["FIXTURES", "LOCALES", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "package_invoices"
LOCALES = {
    "ig_vat": ("en", "cs", "pt_BR"),
    "ig_plain": ("en", "cs", "pt_BR"),
    "pyinvoice": ("en",),
    "microinvoice": ("en", "fr", "de"),
    "pdfinvoice": ("en-US", "es-ES", "en-IN", "de-DE"),
}
NODE = ("microinvoice", "pdfinvoice")
Job = tuple[str, dict[str, Any], dict[str, Any]]

# (name, street, city, post code, country, VAT number, phone, e-mail)
IG_SELLERS = {
    "en": [
        (
            "Brightwater Analytics Ltd",
            "14 Harbour Row",
            "Bristol",
            "BS1 5TT",
            "United Kingdom",
            "GB284117590",
            "+44 117 496 0123",
            "accounts@brightwater.example",
        ),
        (
            "Northfield Tooling Inc.",
            "2200 Commerce Drive",
            "Columbus, OH",
            "43215",
            "USA",
            "",
            "+1 614 555 0182",
            "billing@northfield.example",
        ),
    ],
    "cs": [
        (
            "Pekárna U Mlýna s.r.o.",
            "Nádražní 1245/18",
            "Brno",
            "602 00",
            "",
            "CZ27364518",
            "+420 541 222 333",
            "objednavky@umlyna.example",
        ),
        (
            "Ing. Tomáš Havlík",
            "Lipová 12",
            "Olomouc",
            "779 00",
            "",
            "CZ7802114456",
            "+420 602 111 444",
            "tomas@havlik.example",
        ),
    ],
    "pt_BR": [
        (
            "Oficina Digital Ltda.",
            "Rua Augusta, 1508",
            "São Paulo - SP",
            "01304-001",
            "Brasil",
            "12.345.678/0001-90",
            "+55 11 3333-4444",
            "financeiro@oficina.example",
        ),
        (
            "Casa Verde Paisagismo ME",
            "Rua das Flores, 77",
            "Curitiba - PR",
            "80010-010",
            "Brasil",
            "98.765.432/0001-10",
            "+55 41 3222-1100",
            "contato@casaverde.example",
        ),
    ],
}
IG_CLIENTS = {
    "en": ("Harbour & Finch LLP", "3 Quay Street", "Cardiff", "CF10 1EU"),
    "cs": ("Stavby Novák a.s.", "Průmyslová 7", "Praha 10", "108 00"),
    "pt_BR": ("Comércio Silva ME", "Av. Brasil, 400", "Rio de Janeiro", "20040-002"),
}
IG_ITEMS = {
    "en": ["Data pipeline maintenance (hours)", "Dashboard licence, annual", "On-site workshop"],
    "cs": ["Chléb kváskový 1 kg", "Rohlíky (bal. 10 ks)", "Dort na zakázku", "Rozvoz zboží"],
    "pt_BR": ["Desenvolvimento de site", "Hospedagem mensal", "Consultoria em SEO"],
}
# currency, the locale babel writes it in, the VAT rates the seller's items carry
IG_MONEY = {
    "en": [("GBP", "en_GB", (20,)), ("USD", "en_US", (0,))],
    "cs": [("CZK", "cs_CZ.UTF-8", (21, 12)), ("CZK", "cs_CZ", (21,))],
    "pt_BR": [("BRL", "pt_BR", (0, 5))],
}


def _invoicegenerator(code: str, seed: int, off: Decimal, vat: bool, pdf: Path) -> dict[str, Any]:
    os.environ["INVOICE_LANG"] = code  # the package reads its language here
    from InvoiceGenerator.api import Client, Creator, Invoice, Item, Provider
    from InvoiceGenerator.pdf import SimpleInvoice

    rng = random.Random(f"ig-{vat}-{code}-{seed}")
    s = IG_SELLERS[code][seed % len(IG_SELLERS[code])]
    currency, where, rates = IG_MONEY[code][seed % len(IG_MONEY[code])]
    provider = Provider(
        s[0],
        address=s[1],
        city=s[2],
        zip_code=s[3],
        country=s[4],
        vat_id=s[5],
        phone=s[6],
        email=s[7],
        bank_account=str(rng.randint(100000, 9999999)),
        bank_code="0100",
    )
    c = IG_CLIENTS[code]
    client = Client(c[0], address=c[1], city=c[2], zip_code=c[3])

    class Raised(Invoice):  # type: ignore[misc]  # the total printed *off* above the items'
        @property
        def price(self) -> Decimal:
            return Decimal(super().price) + (0 if vat else off)

        @property
        def price_tax(self) -> Decimal:
            return Decimal(super().price_tax) + off

    inv = Raised(client, provider, Creator(rng.choice(["Jana Dvořáková", "Mark Ellis"])))
    inv.currency, inv.currency_locale, inv.use_tax = currency, where, vat
    number = rng.choice(
        [
            f"2026{rng.randint(1, 999):04d}",
            f"FV-2026-{rng.randint(1, 300):03d}",
            str(rng.randint(1000, 99999)),
        ]
    )
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    due = issued + dt.timedelta(days=rng.choice([14, 30]))
    inv.number, inv.date, inv.payback = number, issued, due
    inv.taxable_date = issued if rng.random() < 0.5 else None
    inv.variable_symbol = number if code == "cs" else None
    for i in range(rng.randint(1, 3)):
        count = rng.choice([1, 2, 3, 5, 10, Decimal("1.5")])
        price = Decimal(rng.randint(500, 250000)) / 100
        if where == "cs_CZ.UTF-8":  # whole crowns: the package prints '1 234,- Kč'
            count, price = rng.choice([1, 2, 3, 5, 10]), Decimal(rng.randint(5, 2500))
        unit = rng.choice(["ks", "h", "pcs", ""])
        rate = Decimal(rng.choice(rates) if vat else 0)
        item = Item(count, price, description=IG_ITEMS[code][i], unit=unit, tax=rate)
        inv.add_item(item)
    even = Decimal("0.01")  # babel writes amounts rounded half to even
    net = sum((it.total for it in inv.items), Decimal(0)).quantize(even, ROUND_HALF_EVEN)
    gross = Decimal(inv.price_tax if vat else inv.price).quantize(even, ROUND_HALF_EVEN)
    SimpleInvoice(inv).gen(str(pdf))
    truth = printed(number, issued, due, s[0], currency, net, gross - net - off, gross)
    if not vat:  # only 'Total: …' is printed
        truth["net_total"] = truth["tax_total"] = None
    return truth


PYI_SELLERS = [
    (
        "CiCi Cloud Services LLC",
        "600 Battery St",
        "San Francisco",
        "CA",
        "US",
        "94111",
        "US-94-7712301",
    ),
    (
        "Kestrel Print Studio",
        "41 Mill Lane",
        "Leeds",
        "",
        "United Kingdom",
        "LS12 4DE",
        "GB 331 7712 09",
    ),
    ("Harborview Design Co.", "88 Pike Street", "Seattle", "WA", "US", "98101", None),
]


def _pyinvoice(code: str, seed: int, off: Decimal, pdf: Path) -> dict[str, Any]:
    from pyinvoice.models import ClientInfo, InvoiceInfo, Item, ServiceProviderInfo, Transaction
    from pyinvoice.templates import SimpleInvoice

    class Raised(SimpleInvoice):  # type: ignore[misc]  # the 'Total' row printed *off* above
        def _item_data_and_style(self) -> tuple[list[Any], list[Any]]:
            data, style = super()._item_data_and_style()
            data[-1] = (*data[-1][:-1], data[-1][-1] + off)
            return data, style

    rng = random.Random(f"pyinvoice-{code}-{seed}")
    s = PYI_SELLERS[seed % len(PYI_SELLERS)]
    doc = Raised(str(pdf))
    issued = dt.datetime(2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18), 7)
    due: dt.date = issued + dt.timedelta(days=30)
    if seed % 2:
        due = (issued + dt.timedelta(days=14)).date()  # a date without a time
    number = rng.choice([str(rng.randint(1000, 99999)), f"INV-{rng.randint(100, 9999)}"])
    doc.invoice_info = InvoiceInfo(number, issued, due)
    doc.service_provider_info = ServiceProviderInfo(
        name=s[0],
        street=s[1],
        city=s[2],
        state=s[3],
        country=s[4],
        post_code=s[5],
        vat_tax_number=s[6],
    )
    doc.client_info = ClientInfo(
        name=rng.choice(["Lumen Retail Group", "Maple & Oak Interiors"]),
        street="12 King St",
        city="Toronto",
        country="Canada",
        post_code="M5H 1A1",
        email="billing@lumen.example",
        client_id=rng.randint(100, 999),
    )
    net = Decimal(0)
    for _ in range(rng.randint(1, 4)):
        units, price = rng.randint(1, 12), Decimal(rng.randint(300, 90000)) / 100
        name = rng.choice(["Hosting", "Support", "Design", "Licence"])
        what = rng.choice(["Monthly plan, 50 GB", "Priority e-mail support", "Seat licence"])
        doc.add_item(Item(name, what, units, price))
        net += units * price
    rate = rng.choice([None, 5, 8.5, 20])
    tax = None if rate is None else cents(net * Decimal(str(rate)) / 100)
    if rate is not None:
        doc.set_item_tax_rate(rate)
    gross = net + (tax or 0) + off
    if seed % 2:
        doc.add_transaction(Transaction("Paypal", rng.randint(10**8, 10**9), issued, gross))
    doc.set_bottom_tip("Email: support@example.com<br />Don't hesitate to contact us.")
    doc.finish()
    truth = printed(number, issued.date(), due, s[0], "", net, tax or Decimal(0), gross)
    if isinstance(due, dt.datetime):
        truth["due_date"] = due.date().isoformat()
    truth["currency"] = None  # printed nowhere
    truth["tax_total"] = None if tax is None else truth["tax_total"]
    return truth


MI_WORDS = {
    "en": [
        "Invoice",
        "Invoice Number",
        "Status",
        "Paid",
        "Date",
        "Due Date",
        "Bill To",
        "Bill From",
        "Tax Identifier",
        "Description",
        "Quantity",
        "Subtotal",
        "Total without VAT",
        "VAT Rate",
        "VAT Paid",
        "Total paid with VAT",
        "Thank you for your business.",
    ],
    "fr": [
        "Facture",
        "Numéro de facture",
        "Statut",
        "Payée",
        "Date",
        "Échéance",
        "Facturé à",
        "Émis par",
        "N° TVA",
        "Description",
        "Quantité",
        "Sous-total",
        "Total HT",
        "Taux de TVA",
        "TVA",
        "Total TTC",
        "Merci de votre confiance.",
    ],
    "de": [
        "Rechnung",
        "Rechnungsnummer",
        "Status",
        "Bezahlt",
        "Datum",
        "Fällig am",
        "Rechnung an",
        "Rechnung von",
        "USt-IdNr.",
        "Beschreibung",
        "Menge",
        "Zwischensumme",
        "Summe netto",
        "MwSt-Satz",
        "MwSt",
        "Gesamtbetrag",
        "Vielen Dank für Ihren Auftrag.",
    ],
}
MI_SELLERS = {
    "en": ["Crispin Chat SAS", "2 Rue des Fleurs, Nantes", "France", "billing@crispin.example"],
    "fr": [
        "Atelier Lumière SARL",
        "18 avenue Jean Jaurès, 69007 Lyon",
        "France",
        "+33 4 72 00 11 22",
    ],
    "de": [
        "Nordlicht Software GmbH",
        "Speicherstadt 4, 20457 Hamburg",
        "Deutschland",
        "rechnung@nordlicht.example",
    ],
}
MI_BUYERS = [
    ["Jane Carter", "Blue Harbor Ltd", "jane@blueharbor.example", "14 Dock Road, Plymouth", "UK"],
    ["Luc Moreau", "Boulangerie Moreau", "luc@moreau.example", "5 place du Marché, Dijon"],
]


def _microinvoice(code: str, seed: int, off: Decimal) -> Job:
    rng = random.Random(f"microinvoice-{code}-{seed}")
    (title, number_l, status_l, paid, date_l, due_l, to_l, from_l, taxid_l, *heads) = MI_WORDS[code]
    net_l, rate_l, tax_l, gross_l, thanks = heads[3:]
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    due = issued + dt.timedelta(days=rng.choice([0, 15, 30]))
    shown = "%d.%m.%Y" if code == "de" else ("%d/%m/%y" if seed % 2 == 0 else "%d/%m/%Y")
    number = rng.choice([str(rng.randint(1, 9999)), f"{issued.year}-{rng.randint(1, 999):04d}"])
    rate = Decimal(19 if code == "de" else 20)
    currency = "USD" if code == "en" and seed % 2 == 0 else "EUR"
    parts, net = [], Decimal(0)
    for _ in range(rng.randint(1, 3)):
        q, price = rng.randint(1, 5), Decimal(rng.randint(900, 60000)) / 100
        what = rng.choice(["Pro plan, monthly", "Unlimited plan, yearly", "Extra seats"])
        parts.append([{"value": what}, {"value": q}, {"value": f"{q * price:.2f}", "price": True}])
        net += q * price
    tax = cents(net * rate / 100)
    gross = net + tax + off
    header = [{"label": number_l, "value": number}, {"label": status_l, "value": paid}]
    header += [{"label": date_l, "value": issued.strftime(shown)}]
    header += [{"label": due_l, "value": due.strftime(shown)}] if due != issued else []
    seller = MI_SELLERS[code]
    totals = [(net_l, f"{net:.2f}", True), (rate_l, f"{rate}%", False)]
    totals += [(tax_l, f"{tax:.2f}", True), (gross_l, f"{gross:.2f}", True)]
    invoice = {
        "name": title,
        "header": header,
        "currency": currency,
        "customer": [{"label": to_l, "value": rng.choice(MI_BUYERS)}],
        "seller": [
            {"label": from_l, "value": seller},
            {"label": taxid_l, "value": "FR40123456789"},
        ],
        "legal": [{"value": thanks, "weight": "bold", "color": "primary"}],
        "details": {
            "header": [{"value": h} for h in heads[:3]],
            "parts": parts,
            "total": [{"label": lb, "value": v, "price": p} for lb, v, p in totals],
        },
    }
    truth = printed(number, issued, due, seller[0], currency, net, tax, gross)
    truth["due_date"] = None if due == issued else truth["due_date"]
    return {"producer": "microinvoice", "options": {"data": {"invoice": invoice}}}, truth


PI_WORDS = {
    "es-ES": dict(
        invoice="F A C T U R A",
        refNumber="Referencia",
        date="Fecha",
        dueDate="Fecha de vencimiento",
        status="Estado",
        billTo="Facturar a",
        item="Artículo",
        quantity="Cantidad",
        price="Precio",
        discount="Descuento",
        tax="Impuesto",
        total="Total",
        subTotal="Subtotal",
        totalTax="Total Impuesto",
        fee="Cargo",
        grandTotal="Total final",
    ),
    "de-DE": dict(
        invoice="R E C H N U N G",
        refNumber="Rechnungsnr.",
        date="Datum",
        dueDate="Fällig am",
        status="Status",
        billTo="Rechnung an",
        item="Artikel",
        quantity="Menge",
        price="Preis",
        discount="Rabatt",
        tax="MwSt.",
        total="Gesamt",
        subTotal="Zwischensumme",
        totalTax="MwSt. gesamt",
        fee="Gebühr",
        grandTotal="Gesamtbetrag",
    ),
}
# currency, the rate of the taxed items, the date as the user writes it
PI_LOCALE = {
    "en-US": ("USD", 0, "%m/%d/%Y"),
    "es-ES": ("EUR", 21, "%d/%m/%Y"),
    "en-IN": ("INR", 18, "%d/%m/%Y"),
    "de-DE": ("EUR", 19, "%d.%m.%Y"),
}
PI_SELLERS = [
    "Festrol Corp.",
    "Kathmandu Web Works Pvt. Ltd.",
    "Solaria Energía S.L.",
    "Bergblick Medien GmbH",
]


def _pdfinvoice(code: str, seed: int, off: Decimal) -> Job:
    rng = random.Random(f"pdfinvoice-{code}-{seed}")
    currency, rate, shown = PI_LOCALE[code]
    issued = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    due = issued + dt.timedelta(days=rng.choice([7, 14, 30]))
    seller = rng.choice(PI_SELLERS)
    items, gross, tax = [], Decimal(0), Decimal(0)
    for _ in range(rng.randint(1, 4)):
        q, price = rng.randint(1, 4), rng.randint(10, 900)
        t, disc = rng.choice([rate, rate, 0]), rng.choice([0, 0, 10])
        what = rng.choice(
            [
                "Cloud VPS Server - Starter Plan",
                "Domain Registration - example.com",
                "Maintenance Charge - Yearly",
                "SSL certificate",
            ]
        )
        items.append({"name": what, "quantity": q, "price": price, "tax": t, "discount": disc})
        line = Decimal(q * price) * (100 - disc) / 100  # the package: discount, then tax
        gross += line * (100 + t) / 100
        tax += Decimal(q * price * t) / 100  # ... but its 'Total Tax' ignores the discount
    number = rng.choice([str(rng.randint(100, 9999)), f"INV-{rng.randint(10, 999)}"])
    company = {
        "name": seller,
        "address": "1711 W. El Segundo Blvd, Hawthorne, \n CA 90250",
        "phone": "Tel: (+1) 245 543 903",
        "email": "Mail: hello@festrol.example",
        "website": "Web: https://www.festrol.example",
        "taxId": "Tax ID: 1234567890",
    }
    customer = {
        "name": rng.choice(["John Doe", "Ana García"]),
        "company": "Xero Inc.",
        "address": "1234 Main Street, New York, NY 10001",
        "email": "Mail: joe@example.com",
    }
    invoice = {
        "number": number,
        "date": issued.strftime(shown),
        "dueDate": due.strftime(shown),
        "status": rng.choice(["Paid!", "Due pending!"]),
        "locale": code,
        "currency": currency,
    }
    if off:
        invoice["fee"] = int(off)  # printed as 'Total Fee', left out of the total
    payload = {
        "company": company,
        "customer": customer,
        "invoice": invoice,
        "items": items,
        "note": {"text": "Thank you for your business.", "italic": True},
    }
    words = PI_WORDS.get(code, {})
    body = {
        "producer": "pdfinvoice",
        "payload": payload,
        "config": {"string": words} if words else None,
    }
    tax, gross = cents(tax), cents(gross)
    truth = printed(number, issued, due, seller, currency, gross, tax, gross)
    truth["net_total"] = None if tax else truth["net_total"]  # 'Subtotal' holds the tax
    if currency == "INR":  # '₹' is not in Helvetica: it prints as '¹', no currency is legible
        truth["currency"] = None
    return body, truth


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every package and language, *seeds* invoices each and one whose total is one unit off:
    the PDFs and their values (``NAME.truth.json``) in *folder*."""
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    jobs: list[Job] = []
    for style, code, seed, off, name in kept_names(LOCALES, seeds):
        pdf = folder / f"{name}.pdf"
        if style == "microinvoice":
            jobs.append((name, *_microinvoice(code, seed, off)))
        elif style == "pdfinvoice":
            jobs.append((name, *_pdfinvoice(code, seed, off)))
        elif style == "pyinvoice":
            keep_truth(folder, name, _pyinvoice(code, seed, off, pdf))
        else:
            keep_truth(folder, name, _invoicegenerator(code, seed, off, style == "ig_vat", pdf))
    render_kept(folder, ["node", str(Path(__file__).with_name("render.js"))], jobs)
