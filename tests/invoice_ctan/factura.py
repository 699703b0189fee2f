"""Invoices typeset by factura (CTAN, by Emilio Lazo Zaia; in TeX Live's
``texlive-latex-extra``): a LaTeX class for Venezuela's legal invoices, which computes the
invoice itself from its items (each at the general or the reduced VAT rate, or exempt) and sets
its own page: the issuer's letterhead (``\\Membrete``), 'FACTURA Nº 001482' and 'Fecha de
emisión', the customer's data in a framed box under 'Datos del cliente' (set in a bold made by
printing each letter twice, as the class does: the text layer reads 'DDaattooss'), the items,
and per rate its base ('BI G', 'BI R', 'Exento'), its tax ('IVA G (16%)') and the 'TOTAL' in
bolívars ('Bs.3.311,80'). Also in German, as the class's own German example sets it
('Rechnung-Nr: 000118', 'Netto 19%', 'MwSt A', 'Brutto'; the euro sign from ``eurosym``, whose
glyph the text layer reads as 'e'), with the due date's label in German added.

Seed 0: items at the general rate, paid at once (no due date); 1: the general and the reduced
rate, on credit; 2: the general rate and an exempt item, on credit; 3: several items at the
general rate, on credit. Seeds 4 to 7 are the same kinds with other values.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.invoice_corpus import printed

CENT = Decimal("0.01")
# the language: currency, the general and the reduced rate, the issuer's letterhead lines,
# the customers (name, tax number, address), the goods at each rate
LANGUAGES: dict[str, dict[str, Any]] = {
    "spanish": {
        "currency": "VES",
        "rates": {"G": "16", "R": "8"},
        "letterhead": [
            "Distribuidora Los Andes C.A.",
            "Av. Bolívar, Edif. Centro, Local 2, Mérida",
            "RIF: J-30123456-7",
        ],
        "customers": [
            ("Ferretería El Tornillo C.A.", "J-40987654-3", "Calle 5, Local 3, Barquisimeto, Lara"),
            ("Panadería La Espiga C.A.", "J-31234567-8", "Av. Libertador, Valencia, Carabobo"),
        ],
        "goods": {
            "G": [
                ("Taladro percutor 750 W", "1250.00"),
                ("Caja de tornillos 4x40", "35.50"),
                ("Juego de llaves combinadas", "480.00"),
                ("Escalera de aluminio, 6 peldaños", "2150.00"),
            ],
            "R": [("Harina de maíz precocida, bulto", "310.00")],
            "E": [("Libro técnico de electricidad", "220.00")],
        },
    },
    "german": {
        "currency": "EUR",
        "rates": {"G": "19", "R": "7"},
        "letterhead": [
            "Werkstatt Lindner e.K.",
            "Gartenstraße 8, 72764 Reutlingen",
            "USt-IdNr: DE287654321",
        ],
        "customers": [
            ("Bäckerei Sommer GmbH", "DE301234567", "Marktplatz 3, 72762 Reutlingen"),
            ("Praxis Dr. Haller", "DE298765432", "Lederstraße 14, 72764 Reutlingen"),
        ],
        "goods": {
            "G": [
                ("Regal aus Eiche, 80 cm", "340.00"),
                ("Reparatur Haustür", "185.00"),
                ("Einbauschrank nach Maß", "2480.00"),
                ("Tischplatte Nussbaum", "620.00"),
            ],
            "R": [("Fachbuch Holzbearbeitung", "49.90")],
            "E": [("Zuschuss Ausbildungsplatz (durchlaufender Posten)", "150.00")],
        },
    },
}


def invoice(language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the class's commands are given for one invoice, and the values its page prints."""
    rng = random.Random(f"factura-{language}-{seed}")
    lang = LANGUAGES[language]
    kind = seed % 4
    goods = lang["goods"]
    picked = [("G", g) for g in rng.sample(goods["G"], 3 if kind == 3 else 1)]
    if kind == 1:
        picked.append(("R", goods["R"][0]))
    if kind == 2:
        picked.append(("E", goods["E"][0]))
    items = []
    bases: dict[str, Decimal] = {}
    for rate, (desc, price) in picked:
        qty = rng.choice([1, 2, 3, 5, 10])
        items.append({"rate": rate, "qty": qty, "desc": desc, "price": price})
        amount = (qty * Decimal(price)).quantize(CENT, ROUND_HALF_UP)
        bases[rate] = bases.get(rate, Decimal(0)) + amount
    tax = sum(
        (
            (base * Decimal(lang["rates"][r]) / 100).quantize(CENT, ROUND_HALF_UP)
            for r, base in bases.items()
            if r != "E"
        ),
        Decimal(0),
    )
    net = sum(bases.values(), Decimal(0))
    issued = dt.date(2026, 1, 9) + dt.timedelta(days=39 * seed + rng.randint(0, 30))
    credit = None if kind == 0 else rng.choice([15, 30])
    number = rng.randint(100, 2400)
    job = {
        "package": "factura",
        "language": language,
        "letterhead": lang["letterhead"],
        "number": number,
        "customer": lang["customers"][rng.randint(0, 1)],
        "date": issued.isoformat(),
        "credit": credit,
        "items": items,
    }
    due = issued + dt.timedelta(days=credit) if credit else None
    seller, currency = lang["letterhead"][0], lang["currency"]
    return job, printed(f"{number:06d}", issued, due, seller, currency, net, tax, net + tax)
