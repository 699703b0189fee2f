"""Italian e-invoices (FatturaPA 1.2, the XML every Italian business sends through the tax
office's exchange, SdI) as Italian businesses and accountants see and print them: the XML
turned into HTML by one of the three stylesheets OCA's ``l10n_it_fatturapa`` module ships for
its preview (PyPI ``odoo-addon-l10n_it_fatturapa`` 16.0.1.4.2, AGPL-3; run, not kept: the PDFs
are ours), printed by Chromium. Real stylesheets' pages, which no rule of ours was written for:

- ``asso``: AssoSoftware's (the Italian software houses' association; the view most accounting
  programs show): 'Cedente/prestatore (fornitore)' beside 'Cessionario/committente (cliente)',
  each as 'Denominazione: …', 'Indirizzo: …' lines; a grid 'Tipologia documento | Art. 73 |
  Numero documento | Data documento | Codice destinatario' over its values ('12-03-2026'); the
  lines; 'RIEPILOGHI IVA E TOTALI' with 'Totale imponibile | Totale imposta' per rate and
  'Totale documento'; the payment ('Data scadenza', 'Importo');
- ``ade``: the tax office's own (Agenzia delle Entrate, 'fattura ordinaria' v1.2.2): a long
  list of 'label: value' lines in sections ('Dati del cedente / prestatore', 'Numero documento:
  FPR 118/26', 'Data documento: 2026-03-12 (12 Marzo 2026)', 'Importo totale documento:
  1830.00', per rate 'Totale imponibile/importo: 1500.00', 'Totale imposta: 330.00') with
  the XML's own numbers (a point for the decimals, no thousands), over two pages;
- ``altoadige``: South Tyrol's bilingual German-Italian one: each label in German over its
  Italian, the XML's field number before each value ('2.1.1.[4|3] FPR 118/26 - 2026-03-12'),
  'Gesamtbetrag Dokument | Importo totale documento' 'EUR 1.830,00'.

Four sellers; seed 0: goods at 22 %, the document's total, a bank transfer with its due date;
1: a lawyer's fees with the pension fund's 4 % (cassa previdenziale) under the VAT and the
income tax withheld (ritenuta d'acconto 20 %: the payment is the total less it); 2: two rates
(22 %, 10 %) and an exempt line (N4), paid in cash, no due date; 3: no document total (the
XML leaves it out; the payment's amount is the total) and a line discount. Seeds 4 to 7 the
same kinds with other values (held out while rules for 0 to 3 were written).

The truth: the number and date the XML gives, the due date of its payment (when given), the
seller's name, the net (the rates' taxable amounts), the tax (their tax), the gross (both:
the total before any withholding, as the corpus defines it).

The stylesheets are not installed by ``make test``: the PDFs are made once and kept in
``tests/data/fatturapa_invoices/`` with their values. ``python -m tests.invoice_fatturapa
[DIR]`` makes them again (it fetches the module's wheel from PyPI and needs Chromium).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept
from tests.invoice_pdflib.sheet import cents

__all__ = ["FIXTURES", "SEEDS", "STYLES", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "fatturapa_invoices"
SEEDS = 8
STYLES = {
    "asso": "FoglioStileAssoSoftware.xsl",
    "ade": "Foglio_di_stile_fatturaordinaria_v1.2.2.xsl",
    "altoadige": "FoglioStileSouthTyrol-bilingue.xsl",
}
# the sellers (name, VAT number, street, postcode, town, province), each with its goods or
# services (description, unit price) at 22 % and at 10 %
SELLERS: list[dict[str, Any]] = [
    {
        "seller": (
            "Officina Meccanica Bertolini S.r.l.",
            "03456789012",
            "Via Industriale 14",
            "25124",
            "Brescia",
            "BS",
        ),
        "goods": [
            ("Revisione impianto frigorifero", "1500.00"),
            ("Sostituzione compressore", "2340.00"),
            ("Manodopera, ora", "42.50"),
            ("Guarnizioni e raccordi", "86.40"),
        ],
        "reduced": [("Manutenzione impianto abitazione", "380.00")],
    },
    {
        "seller": (
            "Hotel Alpenhof GmbH",
            "02876540219",
            "Via Dolomiti 21",
            "39046",
            "Ortisei",
            "BZ",
        ),
        "goods": [
            ("Sala riunioni, giornata intera", "650.00"),
            ("Servizio tecnico audio", "240.00"),
            ("Parcheggio, giorno", "15.00"),
        ],
        "reduced": [("Pernottamento camera doppia", "189.00"), ("Pranzo di lavoro", "32.00")],
    },
    {
        "seller": (
            "Tipografia Esposito & Figli S.a.s.",
            "07123450638",
            "Via Toledo 256",
            "80134",
            "Napoli",
            "NA",
        ),
        "goods": [
            ("Stampa brochure A4, 1000 copie", "890.00"),
            ("Biglietti da visita, 500", "65.00"),
            ("Progetto grafico", "420.00"),
        ],
        "reduced": [("Stampa libro, 200 copie", "1240.00")],
    },
]
LAWYER = {
    "seller": ("Studio Legale Fontana", "11223344556", "Corso Magenta 48", "20123", "Milano", "MI"),
    "goods": [
        ("Assistenza stragiudiziale", "1800.00"),
        ("Redazione contratto di locazione", "650.00"),
        ("Parere legale scritto", "900.00"),
    ],
}
CUSTOMERS = [
    ("Ristorante Da Mario S.n.c.", "09876543210", "Piazza Loggia 3", "25121", "Brescia", "BS"),
    ("Edilnord S.p.A.", "04455667788", "Viale Monza 120", "20127", "Milano", "MI"),
    ("Comune di Selva di Val Gardena", "00418120215", "Str. Meisules 213", "39048", "Selva", "BZ"),
]
EXEMPT = ("Corso di formazione sicurezza (esente art. 10)", "300.00")


def invoice(style: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the XML holds for one invoice, and the values its page prints."""
    rng = random.Random(f"fatturapa-{style}-{seed}")
    kind = seed % 4
    who = LAWYER if kind == 1 else SELLERS[(seed + len(style)) % len(SELLERS)]
    lines = []
    for desc, price in rng.sample(who["goods"], 1 if kind == 0 else 2):
        count = Decimal(1) if kind == 1 else Decimal(rng.choice([1, 1, 2, 3, 4]))
        discount = Decimal(rng.choice([5, 10])) if kind == 3 and not lines else None
        lines.append(
            {
                "desc": desc,
                "count": count,
                "price": Decimal(price),
                "rate": Decimal(22),
                "discount": discount,
                "nature": None,
            }
        )
    if kind == 2:
        desc, price = rng.choice(who["reduced"])
        lines.append(
            {
                "desc": desc,
                "count": Decimal(rng.choice([1, 2])),
                "price": Decimal(price),
                "rate": Decimal(10),
                "discount": None,
                "nature": None,
            }
        )
        lines.append(
            {
                "desc": EXEMPT[0],
                "count": Decimal(1),
                "price": Decimal(EXEMPT[1]),
                "rate": Decimal(0),
                "discount": None,
                "nature": "N4",
            }
        )
    for line in lines:
        amount = line["count"] * line["price"]
        if line["discount"]:
            amount -= cents(amount * line["discount"] / 100)
        line["amount"] = amount
    fund = cents(sum(x["amount"] for x in lines) * Decimal("0.04")) if kind == 1 else None
    rates: dict[tuple[Decimal, str | None], Decimal] = {}
    for line in lines:
        key = (line["rate"], line["nature"])
        rates[key] = rates.get(key, Decimal(0)) + line["amount"]
    if fund:
        rates[(Decimal(22), None)] += fund
    summary = [
        {"rate": r, "nature": n, "base": base, "tax": cents(base * r / 100)}
        for (r, n), base in rates.items()
    ]
    net = sum((s["base"] for s in summary), Decimal(0))
    tax = sum((s["tax"] for s in summary), Decimal(0))
    withheld = cents(sum(x["amount"] for x in lines) * Decimal("0.20")) if kind == 1 else None
    issued = dt.date(2026, 1, 9) + dt.timedelta(days=39 * seed + rng.randint(0, 30))
    due = issued + dt.timedelta(days=rng.choice([30, 60])) if kind != 2 else None
    number = rng.choice(["FPR {n}/{yy}", "{y}/{n:04d}", "{n}", "A-{n}"]).format(
        n=rng.randint(12, 640), y=issued.year, yy=issued.strftime("%y")
    )
    customer = CUSTOMERS[rng.randint(0, len(CUSTOMERS) - 1)]
    job = {
        "style": style,
        "seller": who["seller"],
        "customer": customer,
        "number": number,
        "date": issued.isoformat(),
        "due": due.isoformat() if due else None,
        "lines": [{k: str(v) if v is not None else None for k, v in x.items()} for x in lines],
        "summary": [{k: str(v) if v is not None else None for k, v in s.items()} for s in summary],
        "fund": str(fund) if fund else None,
        "withheld": str(withheld) if withheld else None,
        "total": str(net + tax) if kind != 3 else None,
        "payment": str(net + tax - (withheld or 0)),
        "cash": kind == 2,
        "iban": f"IT{rng.randint(10, 99)}X0{rng.randint(10**20, 10**21 - 1)}",
        "sent": f"{rng.randint(1, 99999):05d}",
    }
    return job, printed(number, issued, due, who["seller"][0], "EUR", net, tax, net + tax)


def make(folder: Path = FIXTURES) -> None:
    """Print every kept invoice through its stylesheet into *folder*."""
    jobs = product_jobs(invoice, STYLES, seeds=SEEDS)
    render_kept(folder, [sys.executable, str(Path(__file__).with_name("render.py"))], jobs)
