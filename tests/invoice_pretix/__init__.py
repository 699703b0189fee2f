"""Invoices printed by pretix, the ticket shop many conferences, festivals and venues in
Europe sell through: a real product's invoice layouts, which no rule of ours was written for.
We give pretix an organizer, an event and an order, as an organizer using it would; pretix
builds the invoice from the order and its own renderer prints it (reportlab, Open Sans).

- ``classic``: 'Invoice from' over the organizer's address with its VAT-ID and Tax ID at the
  top left, 'Event' with the event's name and date at the right, 'Order code', 'Invoice to'
  over the customer's address, 'Invoice number' and 'Invoice date' at the right, each label
  in small capitals over its value; then 'Invoice', the lines with a net and a gross column
  per line, 'Invoice total', the order's payment deadline in a sentence, and a table of
  'Included taxes' (rate, net, gross, tax) per rate;
- ``modern1``: the event's name at the top, the organizer in a one-line sender line over the
  customer's window address and again beside it, 'Order code | Invoice number | Invoice date'
  in one row of labels over their values; the same lines and totals.

Prices are gross, as shops sell tickets; each ticket's tax is worked out by pretix and the
page prints no net total: the sum of the net values per rate in 'Included taxes' is the net.
The languages are pretix's own translations (English, German, French, Dutch, Spanish,
Italian, Polish, Czech, Swedish), and the money and dates are written as it writes them for
each. A paid order's invoice says so and asks for no payment: it has no due date. pretix
computes every total itself, so no page here is one unit off.

Seeds 0–2 sell tickets (from seed 1 on, goods at a reduced rate and a fee too); seed 3 shows
the taxes again in the customer's currency at the central bank's rate (a second taxes table
under 'Using the conversion rate of 1:4.2675 … this corresponds to:'); seed 4 bills a business
customer in another EU country, reverse charge (every line at 0 %, no taxes table, only the
total printed: no net or tax recorded); seed 5 is part paid ('Received payments',
'Outstanding payments').

``pretix`` is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/pretix_invoices/`` with their values. ``python -m tests.invoice_pretix PYTHON
[DIR]`` makes them again, where PYTHON is an interpreter with ``pretix`` 2026.8 installed
(``python -m venv /tmp/ptx && /tmp/ptx/bin/pip install pretix==2026.8.0``): it runs
``render.py`` beside this file, which sets pretix up on a temporary SQLite database.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "LOCALES", "RENDERERS", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "pretix_invoices"
RENDERERS = ("classic", "modern1")
LOCALES = ("en", "de", "fr", "nl", "es", "it", "pl", "cs", "sv")
SEEDS = 6
# (currency, the standard rate, the reduced rate, the tax's name on the page)
MONEY = {
    "en": ("GBP", "20", "5", "VAT"),
    "de": ("EUR", "19", "7", "MwSt."),
    "fr": ("EUR", "20", "5.5", "TVA"),
    "nl": ("EUR", "21", "9", "btw"),
    "es": ("EUR", "21", "10", "IVA"),
    "it": ("EUR", "22", "10", "IVA"),
    "pl": ("PLN", "23", "8", "VAT"),
    "cs": ("CZK", "21", "12", "DPH"),
    "sv": ("SEK", "25", "6", "Moms"),
}
# (organizer's legal name, street, post code, city, country, VAT ID, tax number, register)
SELLERS = {
    "en": [
        (
            "Harbourlight Events Ltd",
            "14 Quay Street",
            "BS1 4DB",
            "Bristol",
            "GB",
            "GB293847561",
            "",
            "Registered in England and Wales, No. 09876543",
        ),
        (
            "Pennine Festivals Limited",
            "3 Mill Lane",
            "HX1 2PQ",
            "Halifax",
            "GB",
            "GB176453829",
            "",
            "Company No. 11223344",
        ),
    ],
    "de": [
        (
            "Nordlicht Events GmbH",
            "Hafenstraße 12",
            "20457",
            "Hamburg",
            "DE",
            "DE298765432",
            "27/123/45678",
            "Amtsgericht Hamburg HRB 154321",
        ),
        (
            "Kulturwerk Süd e.V.",
            "Lindwurmstraße 88",
            "80337",
            "München",
            "DE",
            "DE314159265",
            "143/211/90876",
            "Amtsgericht München VR 20871",
        ),
    ],
    "fr": [
        (
            "Lumière Congrès SAS",
            "18 rue de la République",
            "69002",
            "Lyon",
            "FR",
            "FR45823456789",
            "",
            "RCS Lyon 823 456 789",
        ),
        (
            "Association Les Nuits Sonores du Lac",
            "5 quai des Arts",
            "74000",
            "Annecy",
            "FR",
            "FR12398765432",
            "",
            "SIRET 398 765 432 00018",
        ),
    ],
    "nl": [
        (
            "Grachtenlicht Evenementen B.V.",
            "Keizersgracht 221",
            "1016 DV",
            "Amsterdam",
            "NL",
            "NL859123456B01",
            "",
            "KvK 71234567",
        ),
        (
            "Stichting Noorderzon Podium",
            "Vismarkt 4",
            "9711 KS",
            "Groningen",
            "NL",
            "NL812345678B01",
            "",
            "KvK 40123456",
        ),
    ],
    "es": [
        (
            "Mediterránea Eventos S.L.",
            "Carrer de Balmes 112",
            "08008",
            "Barcelona",
            "ES",
            "ESB65432187",
            "",
            "Registro Mercantil de Barcelona, Tomo 45123, Hoja B-398211",
        ),
        (
            "Congresos del Norte S.A.",
            "Calle Uría 27",
            "33003",
            "Oviedo",
            "ES",
            "ESA33987654",
            "",
            "Registro Mercantil de Asturias, Tomo 3120",
        ),
    ],
    "it": [
        (
            "Eventi Laguna S.r.l.",
            "Fondamenta Nove 5120",
            "30121",
            "Venezia",
            "IT",
            "IT04567890123",
            "",
            "REA VE-412345",
        ),
        (
            "Festival Colline Toscane S.p.A.",
            "Via dei Servi 14",
            "50122",
            "Firenze",
            "IT",
            "IT06123450487",
            "",
            "REA FI-598877",
        ),
    ],
    "pl": [
        (
            "Wisła Konferencje Sp. z o.o.",
            "ul. Długa 44",
            "80-831",
            "Gdańsk",
            "PL",
            "PL5842789012",
            "",
            "KRS 0000765432",
        ),
        (
            "Fundacja Sceny Otwartej",
            "ul. Piotrkowska 101",
            "90-425",
            "Łódź",
            "PL",
            "PL7251987654",
            "",
            "KRS 0000612345",
        ),
    ],
    "cs": [
        (
            "Vltava Events s.r.o.",
            "Na Příkopě 22",
            "110 00",
            "Praha 1",
            "CZ",
            "CZ08765432",
            "",
            "C 312345 vedená u Městského soudu v Praze",
        ),
        (
            "Brněnské kulturní centrum, z. s.",
            "Kobližná 4",
            "602 00",
            "Brno",
            "CZ",
            "CZ26987654",
            "",
            "L 12345 vedená u Krajského soudu v Brně",
        ),
    ],
    "sv": [
        (
            "Skärgårdsfestivalen AB",
            "Strandvägen 7",
            "114 56",
            "Stockholm",
            "SE",
            "SE556789012301",
            "",
            "Org.nr 556789-0123",
        ),
        (
            "Göta Konferens & Event AB",
            "Södra Hamngatan 19",
            "411 14",
            "Göteborg",
            "SE",
            "SE559012345601",
            "",
            "Org.nr 559012-3456",
        ),
    ],
}
# (company, person, street, post code, city, country): the customer
BUYERS = [
    ("Fjordline Analytics AS", "Ingrid Berg", "Storgata 5", "0155", "Oslo", "NO"),
    ("Kestrel Robotics GmbH", "Jonas Weber", "Rosenweg 9", "8001", "Zürich", "CH"),
    ("", "Maria Lindqvist", "Kungsgatan 31", "753 21", "Uppsala", "SE"),
    ("Altamira Consulting S.L.", "Lucía Pérez", "Calle Mayor 8", "28013", "Madrid", "ES"),
    ("", "Tomasz Nowak", "ul. Polna 12", "00-635", "Warszawa", "PL"),
    ("Brightwater Media Ltd", "Oliver Grant", "22 Park Row", "LS1 5JL", "Leeds", "GB"),
]
# the event, and what its shop sells: (name, unit price in whole units, at the reduced rate)
EVENTS = {
    "en": (
        "Open Data Summit 2026",
        [
            ("Conference ticket", 349, False),
            ("Workshop: Data pipelines", 119, False),
            ("Printed programme", 12, True),
        ],
    ),
    "de": (
        "Hafenklang Festival 2026",
        [
            ("Festivalticket 3 Tage", 189, False),
            ("Camping-Pass", 45, False),
            ("Festivalbuch", 24, True),
        ],
    ),
    "fr": (
        "Rencontres du Numérique 2026",
        [
            ("Billet conférence", 290, False),
            ("Atelier : IA générative", 95, False),
            ("Billet concert", 38, True),
        ],
    ),
    "nl": (
        "Noorderlicht Conferentie 2026",
        [
            ("Toegangsbewijs conferentie", 275, False),
            ("Workshop Duurzaam bouwen", 85, False),
            ("Lunchpakket", 18, True),
        ],
    ),
    "es": (
        "Foro Tecnológico del Mediterráneo 2026",
        [
            ("Entrada general", 240, False),
            ("Taller de robótica", 90, False),
            ("Entrada concierto", 35, True),
        ],
    ),
    "it": (
        "Biennale del Design Digitale 2026",
        [
            ("Biglietto intero", 180, False),
            ("Laboratorio di tipografia", 75, False),
            ("Ingresso mostra", 15, True),
        ],
    ),
    "pl": (
        "Forum Innowacji Bałtyk 2026",
        [
            ("Bilet konferencyjny", 1290, False),
            ("Warsztaty: chmura", 450, False),
            ("Bilet na koncert", 120, True),
        ],
    ),
    "cs": (
        "Pražské dny softwaru 2026",
        [
            ("Vstupenka na konferenci", 7900, False),
            ("Workshop: Kubernetes", 2900, False),
            ("Vstupenka na koncert", 650, True),
        ],
    ),
    "sv": (
        "Nordiska Musikdagarna 2026",
        [
            ("Festivalpass", 2450, False),
            ("Masterclass: komposition", 950, False),
            ("Konsertbiljett", 395, True),
        ],
    ),
}
_BUYER_KEYS = ("company", "name", "street", "zipcode", "city", "country", "vat_id")
# a business customer with its VAT ID in another EU country than the seller's (by whether the
# seller is German)
RC_BUYERS = {
    False: (
        "Kestrel Robotik GmbH",
        "Jonas Weber",
        "Rosenweg 9",
        "80331",
        "München",
        "DE",
        "DE276452187",
    ),
    True: (
        "Altamira Consulting S.L.",
        "Lucía Pérez",
        "Calle Mayor 8",
        "28013",
        "Madrid",
        "ES",
        "ESB87654321",
    ),
}
# the customer's currency pretix shows the taxes in too, and its rate to one unit of the event's
FOREIGN = {
    "EUR": [("CZK", "25.1230"), ("PLN", "4.2675"), ("SEK", "11.0470"), ("HUF", "389.6500")],
    "GBP": [("EUR", "1.1650")],
    "PLN": [("EUR", "0.2343")],
    "CZK": [("EUR", "0.0398")],
    "SEK": [("EUR", "0.0905")],
}
FEES = ("payment", "shipping", "service")
FOOTERS = {
    "en": "{name} · {register} · Bank: Barclays · IBAN GB33 BUKB 2020 1555 5555 55 · BIC BUKBGB22",
    "de": "{name} · {register} · Hamburger Sparkasse · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX",
    "fr": "{name} · {register} · IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP",
    "nl": "{name} · {register} · IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A",
    "es": "{name} · {register} · IBAN ES91 2100 0418 4502 0005 1332",
    "it": "{name} · {register} · IBAN IT60 X054 2811 1010 0000 0123 456",
    "pl": "{name} · {register} · IBAN PL61 1090 1014 0000 0712 1981 2874",
    "cs": "{name} · {register} · IBAN CZ65 0800 0000 1920 0014 5399",
    "sv": "{name} · {register} · Bankgiro 5050-1055 · IBAN SE45 5000 0000 0583 9825 7466",
}
PREFIXES = ("RE-2026-", "INV", "{slug}-", "2026/")
CENT = Decimal("0.01")


def _tax(gross: Decimal, rate: Decimal) -> Decimal:
    """The tax in a gross price, rounded as pretix rounds it (its net half up, once)."""
    net = (gross - (gross * (1 - 100 / (100 + rate)))).quantize(CENT, ROUND_HALF_UP)
    return gross - net


def invoice(renderer: str, code: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What pretix is given for one invoice, and the values its page prints."""
    rng = random.Random(f"pretix-{renderer}-{code}-{seed}")
    currency, standard, reduced, tax_name = MONEY[code]
    s = SELLERS[code][(seed + (renderer == "modern1")) % 2]
    b = rng.choice(BUYERS)
    event, goods = EVENTS[code]
    paid = seed in (1, 3)
    rates = [Decimal(standard)] + ([Decimal(reduced)] if seed >= 1 else [])
    lines = []
    for name, price, low in rng.sample(goods, rng.randint(2, 3) if seed else 2):
        if low and len(rates) == 1:
            continue
        cents = Decimal(rng.choice([0, 0, 50, 90])) / 100 if price < 1000 else Decimal(0)
        lines.append(
            {
                "name": name,
                "price": f"{price + cents:.2f}",
                "count": rng.randint(1, 3),
                "rate": int(low),
            }
        )
    fee = None
    if seed >= 1 and rng.random() < 0.7:
        value = Decimal(rng.choice([150, 250, 399, 500])) / 100
        if currency in ("PLN", "SEK"):
            value *= 5
        if currency == "CZK":
            value *= 25
        fee = {"type": rng.choice(FEES), "value": f"{value:.2f}", "rate": 0}
    gross = tax = Decimal(0)
    for line in lines:
        price = Decimal(line["price"])
        gross += price * line["count"]
        tax += _tax(price, rates[line["rate"]]) * line["count"]
    if fee:
        gross += Decimal(fee["value"])
        tax += _tax(Decimal(fee["value"]), rates[0])
    issued = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = None if paid else issued + dt.timedelta(days=rng.choice([7, 14, 30]))
    slug = "".join(w[0] for w in event.split()[:3]).upper()
    prefix = rng.choice(PREFIXES).format(slug=slug)
    number = f"{rng.randint(1, 2400):05d}"
    job = {
        "renderer": renderer,
        "locale": code,
        "currency": currency,
        "seller": {
            "name": s[0],
            "street": s[1],
            "zipcode": s[2],
            "city": s[3],
            "country": s[4],
            "vat_id": s[5],
            "tax_id": s[6],
        },
        "buyer": dict(zip(_BUYER_KEYS[:6], b, strict=True)),
        "event": event,
        "event_day": (issued + dt.timedelta(days=rng.randint(20, 120))).isoformat(),
        "prefix": prefix,
        "number": number,
        "issued": issued.isoformat(),
        "due": due.isoformat() if due else None,
        "rates": [{"rate": f"{r}", "name": tax_name} for r in rates],
        "lines": lines,
        "fee": fee,
        "footer": FOOTERS[code].format(name=s[0], register=s[7]),
        "gross": f"{gross:.2f}",
        "tax": f"{tax:.2f}",
    }
    truth = printed(prefix + number, issued, due, s[0], currency, gross - tax, tax, gross)
    if seed == 3:  # the taxes again in the customer's currency, at the central bank's rate
        other, rate = rng.choice(FOREIGN[currency])
        day = issued - dt.timedelta(days=rng.randint(1, 4))
        job["foreign"] = {"currency": other, "rate": rate, "day": day.isoformat()}
    if seed == 4:  # a business customer in another EU country: the customer owes the VAT
        job["buyer"] = dict(zip(_BUYER_KEYS, RC_BUYERS[s[4] == "DE"], strict=True))
        job["reverse_charge"] = True
        job["tax"] = "0.00"
        truth["net_total"] = truth["tax_total"] = None  # only the total is printed
    if seed == 5:  # part of it paid already: what is received and what is still owed
        job["received"] = f"{(gross / 2).quantize(CENT):.2f}"
    return job, truth


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with pretix (run by *python*) into *folder*."""
    jobs = product_jobs(invoice, RENDERERS, LOCALES, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs)
