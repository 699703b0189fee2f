"""Invoices printed by invoicer 0.1.0 (PyPI, MIT, by František Gažo): a Slovak freelancer's
tool that bills a month's hours per client and prints the invoice with ReportLab, in Slovak,
through its own layout. A real package's page, which no rule of ours was written for.

The page: 'Faktúra' and the number in bold at the top left ('202603001', the month's first);
the contractor under 'DODÁVATEĽ' at the left (name, address, 'IČO:', 'DIČ:', and either 'Nie je
platiteľ DPH' or, for a client abroad, 'IČ DPH:' with 'Osoba registrovaná podľa §7a zákona o
DPH' and 'Prenesenie daňovej povinnosti'); the client in a frame under 'ODBERATEĽ' at the right
with its own numbers under the frame; 'Dátum vystavenia', 'Dátum dodania', 'Dátum splatnosti',
each over its date; a grey band with 'IBAN', 'SWIFT', 'VS' (the variable symbol: the invoice's
number) and 'Suma na úhradu' each over its value; the items ('Č.', 'Názov položky', 'Počet',
'MJ', 'Jedn. cena', 'Cena Spolu'), a discount line ('Zľava za doklad 5,00 %') if any, 'Celkom
EUR 1 234,50', and the signature. No VAT is charged, and no net or tax is printed: the total alone.

Two freelancers. Seed 0: a client at home, one project's hours; 1: hours and expenses; 2: a
client abroad (the reverse charge's words); 3: a discount; seeds 4 to 7 are the same kinds with
other values (held out while rules for 0 to 3 were written).

invoicer is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/invoicer_invoices/`` with their values. ``python -m tests.invoice_invoicer [DIR]``
makes them again on a Debian machine with ``python3-reportlab python3-yaml`` (``render.py``
fetches the package from PyPI itself).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "FREELANCERS", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "invoicer_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
# the freelancer: name, address lines, IČO, DIČ, IČ DPH, phone, e-mail, IBAN, SWIFT, hourly rate
FREELANCERS: dict[str, dict[str, Any]] = {
    "kovac": {
        "name": "Ing. Martin Kováč",
        "address": ["Hlavná 112", "040 01 Košice", "Slovensko"],
        "ico": "50123456",
        "dic": "1087654321",
        "icdph": "SK1087654321",
        "phone": "+421 905 123 456",
        "email": "martin@kovac.dev",
        "iban": "SK31 1100 0000 0026 1234 5678",
        "swift": "TATRSKBX",
        "rate": 35,
    },
    "hruskova": {
        "name": "Lucia Hrušková – LH Design",
        "address": ["Obchodná 7", "811 06 Bratislava", "Slovensko"],
        "ico": "47789012",
        "dic": "1049988776",
        "icdph": "SK1049988776",
        "phone": "+421 948 777 210",
        "email": "lucia@lhdesign.sk",
        "iban": "SK89 0900 0000 0051 2233 4455",
        "swift": "GIBASKBX",
        "rate": 28,
    },
}
# clients: (name, address lines, IČO, DIČ, IČ DPH); the first two at home, the last abroad
CLIENTS: list[tuple[str, list[str], str, str, str]] = [
    (
        "Tatra Apps s.r.o.",
        ["Mlynské nivy 16", "821 09 Bratislava", "Slovensko"],
        "46512233",
        "2023401122",
        "SK2023401122",
    ),
    (
        "Východná logistika a.s.",
        ["Priemyselná 3", "080 01 Prešov", "Slovensko"],
        "36478812",
        "2020112233",
        "SK2020112233",
    ),
    (
        "Brno Mobile s.r.o.",
        ["Kounicova 22", "602 00 Brno", "Česká republika"],
        "07412589",
        "CZ07412589",
        "CZ07412589",
    ),
]
PROJECTS = ["Flotila", "Kasa", "Rezervácie", "Sklad"]


def invoice(freelancer: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the package's PDF writer is given for one invoice, and the values its page
    prints."""
    rng = random.Random(f"invoicer-{freelancer}-{seed}")
    who = FREELANCERS[freelancer]
    kind = seed % 4
    client = CLIENTS[2] if kind == 2 else CLIENTS[rng.randint(0, 1)]
    project = rng.choice(PROJECTS)
    hours = Decimal(rng.choice([12, 24, 37.5, 61, 84.5, 120]))
    items = [
        {
            "kind": rng.choice(["mobile", "desktop"]),
            "project": project,
            "amount": str(hours),
            "unit": "hod",
            "price": str(who["rate"]),
        }
    ]
    if kind == 1:
        items.append(
            {
                "kind": "ks",
                "project": project,
                "amount": "1",
                "unit": "ks",
                "price": rng.choice(["48.50", "120.00", "312.75"]),
            }
        )
    total = sum((Decimal(i["amount"]) * Decimal(i["price"]) for i in items), Decimal(0))
    discount = Decimal(0)
    if kind == 3:  # the package prints the percentage the amount makes of the items
        discount = (total * Decimal(rng.choice([5, 10])) / 100).quantize(Decimal("0.01"))
    total -= discount
    # the month billed: the invoice is dated its last day, due 14 days after
    month = 1 + (seed * 3 + rng.randint(0, 2)) % 12
    issued = dt.date(2026, month, calendar.monthrange(2026, month)[1])
    due = issued + dt.timedelta(days=14)
    number = f"{issued:%Y%m}{rng.randint(1, 3):03d}"
    job = {
        "number": number,
        "issue_date": f"{issued:%d.%m.%Y}",
        "delivery_date": f"{issued:%d.%m.%Y}",
        "due_date": f"{due:%d.%m.%Y}",
        "contractor": {
            k: who[k] for k in ("name", "address", "ico", "dic", "icdph", "phone", "email")
        },
        "bank_account": {"iban": who["iban"], "swift": who["swift"]},
        "client": dict(zip(("name", "address", "ico", "dic", "icdph"), client, strict=True)),
        "items": items,
        "discount": str(discount),
    }
    # no net and no tax printed: the total alone ('Celkom', 'Suma na úhradu')
    values = printed(number, issued, due, who["name"], "EUR", total, Decimal(0), total)
    return job, {**values, "net_total": None, "tax_total": None}


def make(folder: Path = FIXTURES) -> None:
    """Print every kept invoice with invoicer's PDF writer into *folder*."""
    jobs = product_jobs(invoice, FREELANCERS, seeds=SEEDS)
    command = ["/usr/bin/python3", str(Path(__file__).with_name("render.py"))]
    render_kept(folder, command, jobs)
