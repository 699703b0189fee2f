"""Invoices typeset by LaTeX packages from CTAN (in TeX Live, Debian's ``texlive-latex-extra``),
each through its own layout: real packages' pages, which no rule of ours was written for.
simpleinvoice is described here; factura, a Venezuelan invoice class, in
:mod:`tests.invoice_ctan.factura`; the invoice package's table in a KOMA-Script letter in
:mod:`tests.invoice_ctan.letter`, invoice2's in :mod:`tests.invoice_ctan.invoice2`; isodoc's
letter-style invoice in :mod:`tests.invoice_ctan.isodoc`; facture's French invoice in
:mod:`tests.invoice_ctan.facture`.

simpleinvoice (by Mathias Lohne) typesets a whole invoice from a few commands, in English or
Norwegian.

The page, as the package's ``\\makeinvoice`` sets it: the customer's name and address at the
left; at the right a huge title ('Invoice', 'Faktura'), a rule, the sender's name, address,
phone and e-mail, a rule, and 'Our ref' / 'Your ref', 'Invoice number: 42', 'Invoice date:',
'Deadline:' ('Vår ref', 'Fakturanummer', 'Fakturadato', 'Forfallsdato'); the items
('Description', 'Item price', 'VAT', 'Sum': the sum with its VAT); 'Subtotal:', 'VAT:',
'Total:' ('MVA-grunnlag', 'MVA', 'Å betale') flush right; a warning about late payment;
'Payment info' ('Betalingsinformasjon') with the number, the total ('Sum å betale') and the
account; the sender again in the foot. The dates are TeX's: the day is set and the package's
own ``\\today`` and deadline (``\\DayAfter``) write them in babel's words for the language.
The amounts are written as the user writes them (the package takes strings): here as a
freelancer in each country would ('£1,250.00', '1 250,00 kr').

Two languages, the package's options ``english`` (a British sender) and ``norsk``; seed 0: one
item; 1: several items; 2: no VAT (an exempt service, 0 %); 3: several items with the
references; seeds 4 to 7 are the same kinds with other values (held out while rules for 0 to 3
were written).

TeX Live is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/ctan_invoices/`` with their values. ``python -m tests.invoice_ctan [DIR]`` makes
them again where ``pdflatex``, ``texlive-latex-extra``, ``lmodern`` and, for factura
(:mod:`tests.invoice_ctan.factura`), ``texlive-lang-spanish`` and ``texlive-plain-generic``, and
for the letters ``texlive-science`` (``siunitx``), for facture ``texlive-xetex`` and
``texlive-lang-french`` are installed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept
from tests.invoice_ctan import factura, facture, invoice2, isodoc, letter

__all__ = ["FIXTURES", "LANGUAGES", "PACKAGES", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "ctan_invoices"
# each package and its languages (factura's: :mod:`tests.invoice_ctan.factura`)
PACKAGES = {
    "simpleinvoice": ("english", "norsk"),
    "factura": ("spanish", "german"),
    "invoice": tuple(letter.LANGUAGES),
    "isodoc": tuple(isodoc.LANGUAGES),
    "invoice2": tuple(invoice2.LANGUAGES),
    "facture": tuple(facture.COUNTRIES),
}
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
CENT = Decimal("0.01")
# the package's language option: the currency, the VAT rate, the sender (name, address lines,
# phone, e-mail, account), the customers (name, address lines, a contact), what is billed
LANGUAGES: dict[str, dict[str, Any]] = {
    "english": {
        "currency": "GBP",
        "rate": "20",
        "sender": (
            "Marsh Web Studio",
            ["12 Tanner Row", "York YO1 6JB"],
            "01904 622 418",
            "hello@marshweb.co.uk",
            "Sort code 40-47-84, account 71025533",
        ),
        "customers": [
            ("Ouse Valley Cycles Ltd", ["4 Bridge Street", "Selby YO8 4AB"], "Tom Archer"),
            ("The Minster Bakehouse", ["27 Low Petergate", "York YO1 7HZ"], "Ruth Bell"),
        ],
        "work": [
            ("Website redesign, fixed fee", "1850.00"),
            ("Hosting and maintenance, 12 months", "360.00"),
            ("Product photography, half day", "275.00"),
            ("Copywriting, 5 pages", "425.00"),
        ],
        "exempt": "Training course (exempt)",
    },
    "norsk": {
        "currency": "NOK",
        "rate": "25",
        "sender": (
            "Fjordlys Design AS",
            ["Strandkaien 14", "5013 Bergen"],
            "55 31 44 90",
            "post@fjordlys.no",
            "1503 27 48211",
        ),
        "customers": [
            ("Bryggen Kaffebrenneri AS", ["Øvregaten 9", "5003 Bergen"], "Kari Nilsen"),
            ("Nordnes Seilforening", ["Nordnesbakken 2", "5005 Bergen"], "Ola Hansen"),
        ],
        "work": [
            ("Logo og visuell profil", "18500.00"),
            ("Nettside, oppsett", "12400.00"),
            ("Trykksaker, 500 stk.", "3250.00"),
            ("Fotografering, halv dag", "4900.00"),
        ],
        "exempt": "Kurs i grafisk design (unntatt MVA)",
    },
}


def _money(language: str, x: Decimal) -> str:
    """An amount as a freelancer writes it: '£1,250.00', '1 250,00 kr'."""
    if language == "english":
        return f"£{x:,.2f}"
    return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " kr"


def invoice(package: str, language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What *package*'s commands are given for one invoice, and the values its page prints."""
    if package == "factura":
        return factura.invoice(language, seed)
    if package == "invoice":
        return letter.invoice(language, seed)
    if package == "isodoc":
        return isodoc.invoice(language, seed)
    if package == "invoice2":
        return invoice2.invoice(language, seed)
    if package == "facture":
        return facture.invoice(language, seed)
    rng = random.Random(f"{package}-{language}-{seed}")
    lang = LANGUAGES[language]
    kind = seed % 4
    rate = Decimal(0) if kind == 2 else Decimal(lang["rate"])
    if kind == 2:
        work = [(lang["exempt"], rng.choice(["1200.00", "2400.00", "3600.00"]))]
    else:
        work = rng.sample(lang["work"], 1 if kind == 0 else rng.randint(2, 3))
    items = []
    net = Decimal(0)
    for desc, price in work:
        count = rng.choice([1, 1, 2, 3])
        amount = Decimal(price) * count
        net += amount
        text = desc if count == 1 else f"{count} × {desc}"
        gross = (amount * (100 + rate) / 100).quantize(CENT, ROUND_HALF_UP)
        items.append([text, _money(language, amount), str(rate), _money(language, gross)])
    tax = (net * rate / 100).quantize(CENT, ROUND_HALF_UP)
    issued = dt.date(2026, 1, 7) + dt.timedelta(days=40 * seed + rng.randint(0, 30))
    days = rng.choice([14, 21, 30])
    number = str(rng.randint(20, 480))
    name, address, phone, email, account = lang["sender"]
    customer = lang["customers"][rng.randint(0, 1)]
    job = {
        "package": package,
        "language": language,
        "date": issued.isoformat(),
        "deadline": days,
        "number": number,
        "sender": {"name": name, "address": address, "phone": phone, "email": email},
        "account": account,
        "receiver": {"name": customer[0], "address": customer[1]},
        "refs": {"yours": customer[2], "ours": name} if kind == 3 else None,
        "items": items,
        "subtotal": _money(language, net),
        "vat": _money(language, tax),
        "total": _money(language, net + tax),
    }
    due = issued + dt.timedelta(days=days)
    return job, printed(number, issued, due, name, lang["currency"], net, tax, net + tax)


def make(folder: Path = FIXTURES) -> None:
    """Typeset every kept invoice with its package into *folder*."""
    jobs = [
        job
        for package, languages in PACKAGES.items()
        for job in product_jobs(invoice, [package], languages, seeds=SEEDS)
    ]
    render_kept(folder, [sys.executable, str(Path(__file__).with_name("render.py"))], jobs)
