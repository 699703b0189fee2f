"""Invoices printed by Tryton, the open-source ERP (accounting, sales, stock) firms across Europe
and Latin America keep their books in: a real product's invoice page, which no rule of ours was
written for (one real Tryton invoice, printed in English, is in the real corpus's ``debsrc``
batch; these are its report in other languages, with the habits a firm's books give it).

The page is Tryton's own invoice report (``account_invoice/invoice.fodt``), printed through
LibreOffice as Tryton prints a report whose format is PDF: the lines the firm keeps as its
reports' header (its address, telephone) small and centred at the top, the firm's name under
them at the left; the customer's address (with the country, and the customer's VAT number if
it has one) at the right; 'Rechnung Nr.: RE-2026-00412' centred and underlined; 'Beschreibung:',
'Referenz:' and 'Datum:' and the firm's VAT number at the left; the lines under 'Beschreibung |
Menge | Einzelpreis | Steuern | Betrag' (the taxes as '[1]', '[2]'); a table of the taxes ('Steuer
| Netto | Betrag', one row per tax, its name wrapping in the narrow column) beside the totals
('Netto', 'Steuern', 'Rechnungsbetrag'); the payment term's table ('Datum | Betrag', the due
date and the amount); the footer the firm keeps (its bank, its registration) small at the
bottom. The labels are Tryton's own translations in the customer's language, dates and amounts
written by Tryton for that language.

One firm per language: an American firm in dollars with a sales tax (``en``), a German (``de``),
Spanish (``es``), French (``fr``), Italian (``it``), Dutch (``nl``) and Portuguese (``pt``) one in
euros, a Polish one in złoty (``pl``). Seed 0: one line at the standard rate, 30 days to pay;
seed 1: two or three lines at two rates (one rate in ``en``), 14 days, the customer's order as
the reference; seed 2: hours and units, a description, payable at once (the due date is the
invoice's), a private customer; seed 3: a customer abroad, no tax (the reverse charge's notice
under the tax, or an export); seeds 4 to 7 are the same kinds with other values (held out while
rules for 0 to 3 were written).

Tryton is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/tryton_invoices/`` with their values. ``python -m tests.invoice_tryton PYTHON
[DIR]`` makes them again, PYTHON being a Python 3.11 with ``trytond_account_invoice`` and
``proteus`` 7.0 installed (``pip install 'trytond_account_invoice==7.0.*' 'proteus==7.0.*'``),
and LibreOffice's ``soffice`` on the PATH (Debian: ``libreoffice-writer-nogui``).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIRMS", "FIXTURES", "SEEDS", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "tryton_invoices"
SEEDS = 8  # seeds 4-7 are 0-3's kinds with other values, held out while rules were written
CENT = Decimal("0.01")
# the firm, by the language its customers are written to: its currency and symbol; its name,
# street, postcode, city, country (code, name), VAT number; the lines it keeps as its reports'
# header and footer; its invoice numbers (prefix, padding, suffix); its taxes (standard,
# reduced or None, and the one for a customer abroad: name, notice); its payment terms' names
# (at once, 14 days, 30 days); the word its customers' orders are referred to by, and the
# description of a job of work
FIRMS: dict[str, dict[str, Any]] = {
    "en": {
        "order": "PO",
        "work": "Repairs and fitting, as agreed",
        "currency": ("USD", "$"),
        "firm": (
            "Blue Heron Outfitters, Inc.",
            "2150 Market Street",
            "94114",
            "San Francisco",
            ("US", "United States"),
            None,
        ),
        "header": "2150 Market Street, San Francisco, CA 94114\nPhone (415) 555-0142",
        "footer": "Please make checks payable to Blue Heron Outfitters, Inc.\n"
        "Wells Fargo Bank, ABA 121000248, Account 4417 2290 18",
        "numbers": ("INV-", 4, ""),
        "taxes": (
            ("Sales Tax 8.625%", "0.08625"),
            None,
            ("Export, no sales tax", "Export sale: no California sales tax"),
        ),
        "terms": ("Due on receipt", "Net 14", "Net 30"),
    },
    "de": {
        "order": "Bestellung",
        "work": "Wartung laut Auftrag",
        "currency": ("EUR", "€"),
        "firm": (
            "Nordlicht Kaffee GmbH",
            "Lange Reihe 71",
            "20099",
            "Hamburg",
            ("DE", "Germany"),
            "DE703082462",
        ),
        "header": "Lange Reihe 71 · 20099 Hamburg\nTelefon 040 28054411",
        "footer": "Hamburger Sparkasse · IBAN DE12 2005 0550 1234 5678 90 · BIC HASPDEHHXXX\n"
        "Geschäftsführer: Jan Petersen · Amtsgericht Hamburg HRB 123456",
        "numbers": ("RE-2026-", 5, ""),
        "taxes": (
            ("USt. 19 %", "0.19"),
            ("USt. 7 %", "0.07"),
            (
                "Steuerschuldnerschaft des Leistungsempfängers",
                "Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG)",
            ),
        ),
        "terms": ("Sofort ohne Abzug", "14 Tage netto", "30 Tage netto"),
    },
    "es": {
        "order": "Pedido",
        "work": "Trabajos según presupuesto",
        "currency": ("EUR", "€"),
        "firm": (
            "Cerámicas del Turia S.L.",
            "Calle de Colón 42",
            "46004",
            "Valencia",
            ("ES", "Spain"),
            "ESB41081670",
        ),
        "header": "Calle de Colón 42 - 46004 Valencia\nTel. 963 52 18 40",
        "footer": "CaixaBank - IBAN ES76 2100 0418 4502 0005 1332\n"
        "Inscrita en el Registro Mercantil de Valencia, tomo 10234, folio 87",
        "numbers": ("FV26/", 4, ""),
        "taxes": (
            ("IVA 21%", "0.21"),
            ("IVA 10%", "0.10"),
            (
                "Inversión del sujeto pasivo",
                "Operación exenta: inversión del sujeto pasivo (art. 84 Ley 37/1992)",
            ),
        ),
        "terms": ("Contado", "14 días", "30 días"),
    },
    "fr": {
        "order": "Commande",
        "work": "Travaux selon devis",
        "currency": ("EUR", "€"),
        "firm": (
            "Atelier Lumière SAS",
            "22 rue de la République",
            "69002",
            "Lyon",
            ("FR", "France"),
            "FR50531039931",
        ),
        "header": "22 rue de la République - 69002 Lyon\nTél. 04 78 42 15 90",
        "footer": "SAS au capital de 20 000 € - RCS Lyon 531 039 931\n"
        "IBAN FR76 3000 4008 2800 0123 4567 890 - BIC BNPAFRPPXXX",
        "numbers": ("FA2026-", 4, ""),
        "taxes": (
            ("TVA 20 %", "0.20"),
            ("TVA 5,5 %", "0.055"),
            ("Autoliquidation", "Autoliquidation - article 283-2 du CGI"),
        ),
        "terms": ("Comptant", "14 jours net", "30 jours net"),
    },
    "it": {
        "order": "Ordine",
        "work": "Lavori come da preventivo",
        "currency": ("EUR", "€"),
        "firm": (
            "Tipografia Bernardi S.r.l.",
            "Via dei Mille 18",
            "40121",
            "Bologna",
            ("IT", "Italy"),
            "IT86205840050",
        ),
        "header": "Via dei Mille 18 - 40121 Bologna\nTel. 051 234 5678",
        "footer": "Capitale sociale € 10.000 i.v. - REA BO-512345\n"
        "Banca di Bologna - IBAN IT60 X054 2811 1010 0000 0123 456",
        "numbers": ("", 0, "/2026"),
        "taxes": (
            ("IVA 22%", "0.22"),
            ("IVA 10%", "0.10"),
            (
                "Inversione contabile",
                "Operazione non imponibile, inversione contabile art. 7-ter DPR 633/72",
            ),
        ),
        "terms": ("Rimessa diretta", "14 giorni", "30 giorni data fattura"),
    },
    "nl": {
        "order": "Order",
        "work": "Werkzaamheden volgens offerte",
        "currency": ("EUR", "€"),
        "firm": (
            "Van Dijk Installatietechniek B.V.",
            "Oudegracht 145",
            "3511 AJ",
            "Utrecht",
            ("NL", "Netherlands"),
            "NL698704794B01",
        ),
        "header": "Oudegracht 145, 3511 AJ Utrecht\nTelefoon 030 231 4455",
        "footer": "KvK 30123456 - IBAN NL91 ABNA 0417 1643 00 - BIC ABNANL2A",
        "numbers": ("2026", 4, ""),
        "taxes": (
            ("BTW 21%", "0.21"),
            ("BTW 9%", "0.09"),
            ("BTW verlegd", "BTW verlegd naar de afnemer (art. 12 Wet OB)"),
        ),
        "terms": ("Direct", "14 dagen", "30 dagen"),
    },
    "pl": {
        "order": "Zamówienie",
        "work": "Prace zgodnie z ofertą",
        "currency": ("PLN", "zł"),
        "firm": (
            "Meble Kowalczyk Sp. z o.o.",
            "ul. Piotrkowska 120",
            "90-006",
            "Łódź",
            ("PL", "Poland"),
            "PL3259059718",
        ),
        "header": "ul. Piotrkowska 120, 90-006 Łódź\ntel. 42 630 11 20",
        "footer": "mBank S.A. - IBAN PL61 1140 2004 0000 3102 7654 3210\n"
        "KRS 0000123456, Sąd Rejonowy dla Łodzi-Śródmieścia",
        "numbers": ("FV/", 4, "/2026"),
        "taxes": (
            ("VAT 23%", "0.23"),
            ("VAT 8%", "0.08"),
            ("Odwrotne obciążenie", "Odwrotne obciążenie (art. 28b ustawy o VAT)"),
        ),
        "terms": ("Gotówka", "14 dni", "30 dni"),
    },
    "pt": {
        "order": "Encomenda",
        "work": "Trabalhos conforme orçamento",
        "currency": ("EUR", "€"),
        "firm": (
            "Cortiça Atlântica, Lda.",
            "Rua de Santa Catarina 210",
            "4000-447",
            "Porto",
            ("PT", "Portugal"),
            "PT582965381",
        ),
        "header": "Rua de Santa Catarina 210, 4000-447 Porto\nTel. 222 051 300",
        "footer": "Capital social 50.000 € - Conservatória do Registo Comercial do Porto\n"
        "Millennium bcp - IBAN PT50 0033 0000 4530 1234 5678 9",
        "numbers": ("FT 2026/", 0, ""),
        "taxes": (
            ("IVA 23%", "0.23"),
            ("IVA 6%", "0.06"),
            ("Autoliquidação", "IVA - autoliquidação (art. 6.º n.º 6 a) do CIVA)"),
        ),
        "terms": ("Pronto pagamento", "14 dias", "30 dias"),
    },
}
# what each firm sells: (name, price without tax, unit, the reduced rate's)
GOODS: dict[str, list[tuple[str, str, str, bool]]] = {
    "en": [
        ("Trail Backpack 38 L", "129.00", "Unit", False),
        ("Down Sleeping Bag -5°C", "289.50", "Unit", False),
        ("Titanium Cook Set", "74.95", "Unit", False),
        ("Trekking Poles, pair", "89.00", "Unit", False),
        ("Gear repair and fitting", "65.00", "Hour", False),
    ],
    "de": [
        ("Espresso Hafenblend, 1 kg", "22.60", "Unit", True),
        ("Filterkaffee Elbe, 500 g", "9.80", "Unit", True),
        ("Handmühle Edelstahl", "64.00", "Unit", False),
        ("Siebträger-Wartung", "58.00", "Hour", False),
        ("Barista-Schulung", "85.00", "Hour", False),
    ],
    "es": [
        ("Azulejo pintado a mano 15x15", "4.85", "Unit", False),
        ("Jarrón de cerámica esmaltada", "38.00", "Unit", False),
        ("Vajilla de 18 piezas", "149.00", "Unit", False),
        ("Libro Cerámica valenciana", "32.00", "Unit", True),
        ("Restauración de piezas", "45.00", "Hour", False),
    ],
    "fr": [
        ("Lampe de bureau laiton", "189.00", "Unit", False),
        ("Abat-jour lin naturel", "46.50", "Unit", False),
        ("Ampoule LED filament E27", "12.90", "Unit", False),
        ("Ouvrage Lumières de Lyon", "29.00", "Unit", True),
        ("Installation et réglage", "55.00", "Hour", False),
    ],
    "it": [
        ("Biglietti da visita, 500 pz", "48.00", "Unit", False),
        ("Carta intestata A4, 1000 fogli", "112.00", "Unit", False),
        ("Stampa libro, copia", "9.40", "Unit", True),
        ("Buste personalizzate, 500 pz", "67.50", "Unit", False),
        ("Impaginazione grafica", "42.00", "Hour", False),
    ],
    "nl": [
        ("Thermostaatkraan", "54.90", "Unit", False),
        ("Radiator 600x1000", "219.00", "Unit", False),
        ("CV-ketel onderhoud", "89.00", "Unit", False),
        ("Isolatie leidingwerk (renovatie)", "17.50", "Unit", True),
        ("Arbeid monteur", "62.50", "Hour", False),
    ],
    "pl": [
        ("Krzesło dębowe", "420.00", "Unit", False),
        ("Stół rozkładany 160 cm", "1890.00", "Unit", False),
        ("Regał na książki", "760.00", "Unit", False),
        ("Montaż mebli w lokalu mieszkalnym", "95.00", "Unit", True),
        ("Usługa projektowa", "150.00", "Hour", False),
    ],
    "pt": [
        ("Base de copos em cortiça, 6 un.", "8.90", "Unit", False),
        ("Painel de isolamento 50 mm", "23.40", "Unit", False),
        ("Livro Cortiça de Portugal", "27.00", "Unit", True),
        ("Mala de cortiça", "64.00", "Unit", False),
        ("Instalação de revestimento", "38.00", "Hour", False),
    ],
}
# customers: a firm at home (with its VAT number), a private person at home, a firm abroad:
# (name, street, postcode, city, country code, country name, VAT number)
Customer = tuple[str, str, str, str, str, str, str | None]
CUSTOMERS: dict[str, tuple[list[Customer], list[Customer]]] = {
    "en": (
        [
            (
                "Cascade Trail Supply LLC",
                "410 Pine Street",
                "98101",
                "Seattle",
                "US",
                "United States",
                None,
            )
        ],
        [("Maria Delgado", "77 Alder Way", "95060", "Santa Cruz", "US", "United States", None)],
    ),
    "de": (
        [
            (
                "Café Albrecht KG",
                "Bergstraße 12",
                "21335",
                "Lüneburg",
                "DE",
                "Germany",
                "DE500088387",
            )
        ],
        [("Jonas Albers", "Am Wall 3", "28195", "Bremen", "DE", "Germany", None)],
    ),
    "es": (
        [
            (
                "Restaurante La Albufera S.L.",
                "Avenida del Puerto 15",
                "46023",
                "Valencia",
                "ES",
                "Spain",
                "ESB16885832",
            )
        ],
        [("Lucía Martínez Ortega", "Calle Mayor 8", "12001", "Castellón", "ES", "Spain", None)],
    ),
    "fr": (
        [
            (
                "Hôtel des Célestins SARL",
                "4 rue Charles Dullin",
                "69002",
                "Lyon",
                "FR",
                "France",
                "FR02596036996",
            )
        ],
        [("Claire Dubois", "5 avenue Foch", "74000", "Annecy", "FR", "France", None)],
    ),
    "it": (
        [
            (
                "Libreria Zanichelli S.n.c.",
                "Piazza Maggiore 6",
                "40124",
                "Bologna",
                "IT",
                "Italy",
                "IT30218880042",
            )
        ],
        [("Giulia Romano", "Via Saragozza 91", "40135", "Bologna", "IT", "Italy", None)],
    ),
    "nl": (
        [
            (
                "Bakkerij De Molen V.O.F.",
                "Langestraat 33",
                "3811 AH",
                "Amersfoort",
                "NL",
                "Netherlands",
                "NL886019746B01",
            )
        ],
        [("Daan Bakker", "Twijnstraat 40", "3511 ZL", "Utrecht", "NL", "Netherlands", None)],
    ),
    "pl": (
        [
            (
                "Hotel Pod Różą Sp. j.",
                "ul. Floriańska 14",
                "31-021",
                "Kraków",
                "PL",
                "Poland",
                "PL7817502852",
            )
        ],
        [("Agnieszka Wiśniewska", "ul. Słoneczna 7", "10-125", "Olsztyn", "PL", "Poland", None)],
    ),
    "pt": (
        [
            (
                "Hotel Ribeira Lda.",
                "Cais da Ribeira 22",
                "4050-510",
                "Porto",
                "PT",
                "Portugal",
                "PT595496601",
            )
        ],
        [("Inês Carvalho", "Rua do Almada 301", "4050-038", "Porto", "PT", "Portugal", None)],
    ),
}
ABROAD: list[Customer] = [
    (
        "Alpenhof Hotelbetriebs GmbH",
        "Maria-Theresien-Straße 9",
        "6020",
        "Innsbruck",
        "AT",
        "Austria",
        "ATU57606969",
    ),
    ("Brasserie Van Loo BV", "Korenmarkt 11", "9000", "Gent", "BE", "Belgium", "BE0464918426"),
    (
        "Nordisk Design ApS",
        "Vesterbrogade 48",
        "1620",
        "København V",
        "DK",
        "Denmark",
        "DK92533603",
    ),
]
# the states and provinces North American addresses print after the city
STATES = {
    "Seattle": ("US-WA", "Washington"),
    "Santa Cruz": ("US-CA", "California"),
    "San Francisco": ("US-CA", "California"),
    "Vancouver": ("CA-BC", "British Columbia"),
}
# an American firm's customer abroad is in Canada (an export: no sales tax, no VAT number)
CANADA: Customer = (
    "Maple Ridge Outdoors Ltd.",
    "1055 West Georgia Street",
    "V6E 3P3",
    "Vancouver",
    "CA",
    "Canada",
    None,
)


def _rounded(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_EVEN)  # Tryton's currency rounding


def _party(who: Customer) -> dict[str, Any]:
    """A firm or customer as the renderer enters it in Tryton: its name, address (with the
    state or province a North American address prints) and VAT number."""
    name, street, postcode, city, code, country, vat = who
    return {
        "name": name,
        "street": street,
        "postal_code": postcode,
        "city": city,
        "country": [code, country],
        "state": STATES.get(city),
        "vat": vat,
    }


def invoice(language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the firm keeps in Tryton for one invoice, and the values its page prints."""
    rng = random.Random(f"tryton-{language}-{seed}")
    firm = FIRMS[language]
    kind = seed % 4
    code, symbol = firm["currency"]
    name, street, postcode, city, country, vat = firm["firm"]
    standard, reduced, abroad = firm["taxes"]
    goods = GOODS[language]
    units = [g for g in goods if g[2] == "Unit"]
    if kind == 0:
        chosen = [rng.choice([g for g in units if not g[3]])]
    elif kind == 1:
        chosen = rng.sample([g for g in units if reduced or not g[3]], rng.randint(2, 3))
        if reduced and not any(g[3] for g in chosen):
            chosen[-1] = next(g for g in units if g[3])
    elif kind == 2:
        chosen = [next(g for g in goods if g[2] == "Hour"), rng.choice(units)]
    else:
        chosen = rng.sample(units, 2)
    taxes = [{"name": standard[0], "rate": standard[1]}]
    if reduced:
        taxes.append({"name": reduced[0], "rate": reduced[1]})
    if kind == 3:
        taxes.append({"name": abroad[0], "rate": "0", "notice": abroad[1]})
    lines: list[dict[str, Any]] = []
    for title, price, unit, low in chosen:
        quantity = (
            rng.choice(["1.5", "2", "3.25", "6"])
            if unit == "Hour"
            else str(1 if kind == 0 else rng.randint(1, 12))
        )
        taxed = len(taxes) - 1 if kind == 3 else (1 if low and reduced else 0)  # which tax
        lines.append(
            {"name": title, "price": price, "quantity": quantity, "unit": unit, "tax": taxed}
        )
    bases: dict[int, Decimal] = {}
    for line in lines:
        amount = _rounded(Decimal(line["price"]) * Decimal(line["quantity"]))
        bases[line["tax"]] = bases.get(line["tax"], Decimal(0)) + amount
    net = sum(bases.values(), Decimal(0))
    tax = sum((_rounded(b * Decimal(taxes[i]["rate"])) for i, b in bases.items()), Decimal(0))
    homes, people = CUSTOMERS[language]
    if kind == 3:
        who = CANADA if language == "en" else rng.choice(ABROAD)
    elif kind == 2:
        who = rng.choice(people)
    else:
        who = rng.choice(homes)
    at = {0: 2, 1: 1, 2: 0, 3: 2}[kind]  # the term: at once (kind 2), 14 days (1), 30 days
    days, term = (0, 14, 30)[at], firm["terms"][at]
    # Tryton numbers a firm's invoices in the order of their dates: both rise with the seed
    issued = dt.date(2026, 1, 5) + dt.timedelta(days=40 * seed + rng.randint(0, 30))
    prefix, padding, suffix = firm["numbers"]
    following = 20 + 110 * seed + rng.randint(0, 100)
    number = f"{prefix}{following:0{padding}d}{suffix}"
    job = {
        "lang": language,
        "currency": code,
        "symbol": symbol,
        "firm": _party((name, street, postcode, city, *country, vat))
        | {"header": firm["header"], "footer": firm["footer"]},
        "prefix": prefix,
        "padding": padding,
        "suffix": suffix,
        "next": following,
        "taxes": taxes,
        "term": {"name": term, "days": days},
        "customer": _party(who),
        "date": issued.isoformat(),
        "reference": f"{firm['order']} {rng.randint(1000, 9999)}" if kind == 1 else None,
        "description": firm["work"] if kind == 2 else None,
        "lines": lines,
        "number": number,
        "net": f"{net:.2f}",
        "tax": f"{tax:.2f}",
        "gross": f"{net + tax:.2f}",
    }
    due = issued + dt.timedelta(days=days)
    return job, printed(number, issued, due, name, code, net, tax, net + tax)


def make(python: str, folder: Path = FIXTURES) -> None:
    """Print every kept invoice with Tryton (run by *python*) into *folder*."""
    jobs = product_jobs(invoice, FIRMS, seeds=SEEDS)
    render_kept(folder, [python, str(Path(__file__).with_name("render.py"))], jobs, timeout=1800)
