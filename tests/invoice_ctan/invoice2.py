"""Invoices written as KOMA-Script letters (``scrlttr2``) with the ``invoice2`` package (CTAN, by
Simon Dierl; GPL; in TeX Live): the letter's own parts as in :mod:`tests.invoice_ctan.letter`
(the sender at the top right, the return line over the window address, KOMA's reference line
'Customer no. | Invoice no. | Date' over its values, the subject) and invoice2's table, which
computes the invoice from its items in LaTeX3's decimal arithmetic and prints its own words for
the language: 'Amount | Item | VAT | Unit Price | Price' ('Anzahl | Posten | USt | Stückpreis |
Preis'), each row's price with its VAT in it, and under a rule 'Net Total', 'VAT', 'Gross Total'
('Nettobetrag', 'USt', 'Gesamtbetrag'), each rounded on its own to the cent (so the net and the
VAT may miss the gross by a cent). It leaves out the amount column when every amount is one, and
the VAT column, the net and the VAT when no item bears VAT; the thousands are parted with a thin
space (Swiss German: an apostrophe), the currency's symbol stands after each amount.

Three languages the package knows: English (British), German, Swiss German. Seed 0: items at
one rate, some of several units; 1: single items at one rate; 2: no VAT (a small business); 3:
prices with their VAT in them (the package's ``included-vat``), items at two rates. Seeds 4 to 7
the same kinds with other values.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.invoice_corpus import printed

CENT = Decimal("0.01")
# babel's language: the currency's symbol as the package prints it (and its code), the general
# and reduced rates, the sender (name, street, town), the client (name, street, town), the
# subject, the opening and closing, the goods (description, price) at each rate
LANGUAGES: dict[str, dict[str, Any]] = {
    "UKenglish": {
        "currency": (r"\pounds", "GBP"),
        "rates": ("0.2", "0.05"),
        "sender": ("Fenwick Joinery", "8 Rodney Street", "Liverpool L1 9EF"),
        "client": ("Albert Dock Cafe Ltd", "Unit 12, Atlantic Pavilion", "Liverpool L3 4AE"),
        "subject": "Invoice",
        "opening": ("Dear Sir or Madam,", "Yours faithfully"),
        "goods": [
            ("Oak counter top, fitted", "1240.00"),
            ("Shelving units", "385.50"),
            ("Labour, per hour", "42.00"),
            ("Delivery", "35.00"),
        ],
        "reduced": [("Child car seat", "89.00"), ("Energy-saving lamps", "12.40")],
    },
    "ngerman": {
        "currency": (r"\euro{}", "EUR"),
        "rates": ("0.19", "0.07"),
        "sender": ("Schreinerei Albrecht", "Kirchgasse 4", "79098 Freiburg"),
        "client": ("Hotel Schwarzwaldblick GmbH", "Talstraße 21", "79117 Freiburg"),
        "subject": "Rechnung",
        "opening": ("Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"),
        "goods": [
            ("Einbauschrank Eiche", "2150.00"),
            ("Montage, je Stunde", "48.00"),
            ("Türdrücker Edelstahl", "36.90"),
            ("Anfahrtspauschale", "29.00"),
        ],
        "reduced": [("Fachbuch Holzbau", "34.90"), ("Pflanzkübel mit Erde", "18.50")],
    },
    "swissgerman": {
        "currency": ("CHF", "CHF"),
        "rates": ("0.081", "0.026"),
        "sender": ("Gartenbau Meier", "Seestrasse 88", "8800 Thalwil"),
        "client": ("Wohnbaugenossenschaft Sonnhalde", "Rebweg 5", "8810 Horgen"),
        "subject": "Rechnung",
        "opening": ("Sehr geehrte Damen und Herren", "Freundliche Grüsse"),
        "goods": [
            ("Heckenschnitt", "680.00"),
            ("Rasenpflege, je Stunde", "72.00"),
            ("Entsorgung Grüngut", "95.00"),
            ("Neupflanzung Buchsbaum", "1240.00"),
        ],
        "reduced": [("Saatgut Blumenwiese", "48.00"), ("Dünger, 25 kg", "39.50")],
    },
}


def _cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def invoice(language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the letter and the table are given for one invoice, and the values its page
    prints (each total rounded on its own, as the package prints them)."""
    rng = random.Random(f"koma-invoice2-{language}-{seed}")
    lang = LANGUAGES[language]
    kind = seed % 4
    general, reduced = (Decimal(r) for r in lang["rates"])
    rate = Decimal(0) if kind == 2 else general
    items = []
    for desc, price in rng.sample(lang["goods"], 2 + seed % 2):
        count = 1 if kind == 1 else rng.choice([1, 2, 3])
        items.append({"count": count, "desc": desc, "price": price, "vat": str(rate)})
    if kind == 3:
        desc, price = rng.choice(lang["reduced"])
        items.append(
            {"count": rng.choice([1, 2]), "desc": desc, "price": price, "vat": str(reduced)}
        )
    included = kind == 3
    net = tax = gross = Decimal(0)
    for i in items:
        amount, vat = i["count"] * Decimal(i["price"]), Decimal(i["vat"])
        if included:  # (the prices hold their VAT: the package takes it out)
            net, tax, gross = (
                net + amount / (1 + vat),
                tax + amount * vat / (1 + vat),
                gross + amount,
            )
        else:
            net, tax, gross = net + amount, tax + amount * vat, gross + amount * (1 + vat)
    issued = dt.date(2026, 1, 14) + dt.timedelta(days=36 * seed + rng.randint(0, 30))
    number = f"R{issued:%y}-{rng.randint(100, 990)}"
    symbol, code = lang["currency"]
    job = {
        "package": "invoice2",
        "language": language,
        "date": issued.isoformat(),
        "number": number,
        "customer": f"{rng.randint(10000, 99999)}",
        "currency": symbol,
        "vat": str(rate),
        "included": included,
        "items": items,
        **{k: lang[k] for k in ("sender", "client", "subject", "opening")},
    }
    values = printed(number, issued, None, lang["sender"][0], code, *map(_cents, (net, tax, gross)))
    if not rate:  # (the package prints the gross total alone)
        values["net_total"] = values["tax_total"] = None
    return job, values
