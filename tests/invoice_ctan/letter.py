"""Invoices written as KOMA-Script letters (``scrlttr2``) with the ``invoice`` package (CTAN,
by Oliver Corff; both in TeX Live), as the package's documentation has a consultant bill: the
letter's own parts in babel's language (the sender at the top right, the return line over the
window address, KOMA's reference line 'Customer no. | Invoice no. | Date' over its values, the
subject, the opening) and the package's table, which computes the fees per project and prints
its own words for the language: 'Activity | Rate/Unit | Count | Amount (Euro)', 'Subtotal Fees',
'VAT (19%)', 'Subtotal <project>', 'Sum Fees', 'Sum VAT', 'Total' ('Zwischensumme Honorare',
'MWSt.', 'Summe Honorare', 'Gesamtsumme' …), its amounts with a point for the decimals in every
language. The closing falls on a second page.

Seven languages both packages know: English (British), German, French, Dutch, Spanish,
Swedish, Finnish. Seed 0: one project; 1: two projects; 2: no VAT (the package leaves its lines
out); 3: one project, hours in halves; seeds 4 to 7 the same kinds with other values.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.invoice_corpus import printed

CENT = Decimal("0.01")
# babel's language: the currency as the table names it (and its code), the VAT rate, the
# consultant (name, street, town), the client (name, street, town), the subject, the projects
# and the fees' activities
LANGUAGES: dict[str, dict[str, Any]] = {
    "UKenglish": {
        "currency": ("GBP", "GBP"),
        "rate": "20",
        "sender": ("Harriet Lowe Consulting", "21 Fenwick Street", "Liverpool L2 7NB"),
        "client": ("Mersey Freight Ltd", "Princes Dock, Unit 4", "Liverpool L3 1DL"),
        "subject": "Invoice",
        "opening": ("Dear Sir or Madam,", "Yours faithfully"),
        "projects": ["Warehouse review", "Tender support"],
        "fees": ["Site analysis", "Process workshop", "Report and recommendations"],
    },
    "ngerman": {
        "currency": ("Euro", "EUR"),
        "rate": "19",
        "sender": ("Dr. Anna Keller Unternehmensberatung", "Königstraße 14", "70173 Stuttgart"),
        "client": ("Maschinenbau Röhm GmbH", "Industriestraße 8", "73728 Esslingen"),
        "subject": "Rechnung",
        "opening": ("Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"),
        "projects": ["Reorganisation Vertrieb", "Lieferantenauswahl"],
        "fees": [
            "Analyse der Vertriebsstruktur",
            "Workshop mit Vertriebsleitung",
            "Abschlussbericht",
        ],
    },
    "french": {
        "currency": ("Euro", "EUR"),
        "rate": "20",
        "sender": ("Cabinet Morel Conseil", "8 rue de la Barre", "69002 Lyon"),
        "client": ("Soieries du Rhône SAS", "45 quai Saint-Vincent", "69001 Lyon"),
        "subject": "Facture",
        "opening": ("Madame, Monsieur,", "Veuillez agréer mes salutations distinguées."),
        "projects": ["Audit logistique", "Plan de formation"],
        "fees": ["Analyse des flux", "Atelier de direction", "Rapport final"],
    },
    "dutch": {
        "currency": ("Euro", "EUR"),
        "rate": "21",
        "sender": ("Van Dijk Advies", "Oudegracht 112", "3511 AW Utrecht"),
        "client": ("Utrechtse Bouwgroep B.V.", "Vaartsche Rijn 40", "3523 AB Utrecht"),
        "subject": "Factuur",
        "opening": ("Geachte heer, mevrouw,", "Met vriendelijke groet"),
        "projects": ["Procesanalyse", "Aanbesteding"],
        "fees": ["Interviews", "Werksessie directie", "Eindrapport"],
    },
    "spanish": {
        "currency": ("Euro", "EUR"),
        "rate": "21",
        "sender": ("Lucía Ferrer Consultoría", "Calle Colón 18", "46004 Valencia"),
        "client": ("Cerámicas del Turia S.L.", "Avenida del Puerto 210", "46023 Valencia"),
        "subject": "Factura",
        "opening": ("Estimados señores:", "Atentamente"),
        "projects": ["Análisis de costes", "Plan comercial"],
        "fees": ["Entrevistas", "Taller con la dirección", "Informe final"],
    },
    "swedish": {
        "currency": ("SEK", "SEK"),
        "rate": "25",
        "sender": ("Lindqvist Rådgivning", "Drottninggatan 33", "111 51 Stockholm"),
        "client": ("Mälarhamnen Logistik AB", "Hamnvägen 6", "721 30 Västerås"),
        "subject": "Faktura",
        "opening": ("Hej,", "Med vänliga hälsningar"),
        "projects": ["Lageranalys", "Upphandling"],
        "fees": ["Nulägesanalys", "Workshop med ledningen", "Slutrapport"],
    },
    "finnish": {
        "currency": ("Euro", "EUR"),
        "rate": "25.5",
        "sender": ("Virtanen Konsultointi", "Aleksanterinkatu 21", "00100 Helsinki"),
        "client": ("Saimaan Puutuote Oy", "Satamakatu 4", "53100 Lappeenranta"),
        "subject": "Lasku",
        "opening": ("Hyvä vastaanottaja,", "Ystävällisin terveisin"),
        "projects": ["Prosessikartoitus", "Hankintatuki"],
        "fees": ["Haastattelut", "Johdon työpaja", "Loppuraportti"],
    },
}


def invoice(language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the letter and the table are given for one invoice, and the values its page
    prints."""
    rng = random.Random(f"koma-invoice-{language}-{seed}")
    lang = LANGUAGES[language]
    kind = seed % 4
    rate = Decimal(0) if kind == 2 else Decimal(lang["rate"])
    projects = []
    net = tax = Decimal(0)
    for title in lang["projects"][: 2 if kind == 1 else 1]:
        fees = []
        for activity in rng.sample(lang["fees"], 2):
            price = Decimal(rng.choice(["650.00", "980.00", "1250.00", "1480.00"]))
            count = Decimal(rng.choice(["1.5", "2.5", "4.5"] if kind == 3 else ["1", "2", "3"]))
            fees.append({"activity": activity, "rate": str(price), "count": str(count)})
        subtotal = sum((Decimal(f["rate"]) * Decimal(f["count"]) for f in fees), Decimal(0))
        net += subtotal
        tax += (subtotal * rate / 100).quantize(CENT, ROUND_HALF_UP)
        projects.append({"title": title, "fees": fees})
    issued = dt.date(2026, 1, 12) + dt.timedelta(days=37 * seed + rng.randint(0, 30))
    number = f"{issued.year}-{rng.randint(40, 980):04d}"
    currency, code = lang["currency"]
    job = {
        "package": "invoice",
        "language": language,
        "date": issued.isoformat(),
        "number": number,
        "customer": f"K-{rng.randint(1000, 9999)}",
        "currency": currency,
        "vat": str(rate),
        "projects": projects,
        **{k: lang[k] for k in ("sender", "client", "subject", "opening")},
    }
    values = printed(number, issued, None, lang["sender"][0], code, net, tax, net + tax)
    if not rate:  # (the package prints no VAT line at all)
        values["tax_total"] = None
    return job, values
