"""Invoices typeset with isodoc (CTAN, by Wybo Dekker; in TeX Live's ``texlive-latex-extra``): a
LaTeX class for letters and invoices after the Dutch NEN 1026 letter standard, as its
documentation's invoice example writes one. The class sets the page: the sender's name large
at the top over a rule with the person, street and town under it, the return line over the
window address, a grid of four labels with the values under them ('Your letter of | Your
reference | Our reference | Date': the invoice's number is 'Our reference'), the subject, the
word 'invoice' in small capitals, a two-column table 'Description | Amount (£)' whose rows and
totals the writer gives (``\\iitem``, ``\\itotal[Subtotal]``, ``\\itotal`` with the language's
'Total'), the payment details (term of payment in days, IBAN, BIC, VAT number, the reference)
and a footer of contact fields. The class computes nothing: the writer puts the amounts in, as a
freelancer in each country writes them. Its default currency is the euro of its own symbol
font, which the text layer cannot name; the writers in Britain, the United States and Sweden
set theirs ('\\pounds', '\\$', 'kr').

Eight of its languages: British and American English, German, French, Dutch (whose word for
the invoice is 'rekening'), Italian, Spanish, Swedish. Seed 0: a few items, their subtotal, the
VAT and the total; 1: a small business that charges no VAT (the total only and the law's
sentence); 2: the customer's order number and letter date in the grid; 3: two VAT rates; seeds
4 to 7 the same kinds with other values.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.invoice_corpus import printed

CENT = Decimal("0.01")
# the language option: the bank (IBAN and BIC as the class wants them, in lower case; in the
# United States the routing and the account number), the currency (the table's symbol, its
# code), how amounts are written ("," or "." or " " for thousands, then the decimal mark), the
# VAT's word and rates (general, reduced), the subtotal's word, the sentence of a business that
# charges no VAT, the seller (company, person, street, postcode, town, country), the customers
# (name, address lines), the work billed (description, price)
LANGUAGES: dict[str, dict[str, Any]] = {
    "enGB": {
        "bank": ("gb29nwbk60161331926819", "nwbkgb2l"),
        "currency": (r"\pounds", "GBP"),
        "marks": ",.",
        "vat": ("VAT", "20", "5"),
        "subtotal": "Subtotal",
        "exempt": "No VAT is charged: the business is not registered for VAT.",
        "seller": (
            "Lowe & Pratt Design",
            "Harriet Lowe",
            "21 Fenwick Street",
            "L2 7NB",
            "Liverpool",
            "United Kingdom",
        ),
        "customers": [
            ("Mersey Freight Ltd", ["Princes Dock, Unit 4", "Liverpool L3 1DL"]),
            ("Wirral Garden Centre", ["88 Hoylake Road", "Birkenhead CH41 7BY"]),
        ],
        "work": [
            ("Brand identity, first drafts", "850.00"),
            ("Leaflet design, 4 pages", "420.00"),
            ("Photography, half day", "375.00"),
            ("Printing of 500 leaflets", "186.50"),
        ],
        "reduced": ("Children's activity books, 40 copies", "212.00"),
    },
    "enUS": {
        "bank": ("021000021", "483920117"),
        "currency": (r"\$", "USD"),
        "marks": ",.",
        "vat": ("Sales tax", "8.875", "4"),
        "subtotal": "Subtotal",
        "exempt": "Professional services are not subject to sales tax.",
        "seller": (
            "Hudson Lane Studio",
            "Maya Ortiz",
            "214 West 29th Street",
            "NY 10001",
            "New York",
            "USA",
        ),
        "customers": [
            ("Brooklyn Bagel Co.", ["77 Atlantic Avenue", "Brooklyn, NY 11201"]),
            ("Queens Dental Group", ["31-08 Steinway Street", "Astoria, NY 11103"]),
        ],
        "work": [
            ("Website redesign, phase 1", "2400.00"),
            ("Menu photography", "650.00"),
            ("Copywriting, 6 pages", "780.00"),
            ("Hosting setup", "145.00"),
        ],
        "reduced": ("Printed menus, 200 copies", "318.00"),
    },
    "deDE": {
        "bank": ("de89370400440532013000", "cobadeffxxx"),
        "currency": (None, "EUR"),
        "marks": ".,",
        "vat": ("MwSt.", "19", "7"),
        "subtotal": "Nettobetrag",
        "exempt": "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
        "seller": (
            "Schreinerei Brandl",
            "Josef Brandl",
            "Lindenweg 12",
            "83022",
            "Rosenheim",
            "Deutschland",
        ),
        "customers": [
            ("Gasthof Zur Post GmbH", ["Marktplatz 3", "83043 Bad Aibling"]),
            ("Familie Huber", ["Am Anger 7", "83059 Kolbermoor"]),
        ],
        "work": [
            ("Einbauschrank Eiche, Flur", "2.350,00"),
            ("Montage vor Ort, 6 Std.", "330,00"),
            ("Reparatur Eingangstür", "185,00"),
            ("Anfahrtspauschale", "45,00"),
        ],
        "reduced": ("Fachbuch Holzbau, 3 Stück", "89,70"),
    },
    "frFR": {
        "bank": ("fr1420041010050500013m02606", "psstfrpplyo"),
        "currency": (None, "EUR"),
        "marks": " ,",
        "vat": ("TVA", "20", "5,5"),
        "subtotal": "Total HT",
        "exempt": "TVA non applicable, art. 293 B du CGI.",
        "seller": ("Atelier Morel", "Claire Morel", "8 rue de la Barre", "69002", "Lyon", "France"),
        "customers": [
            ("Soieries du Rhône SAS", ["45 quai Saint-Vincent", "69001 Lyon"]),
            ("Librairie du Parc", ["12 place Carnot", "69002 Lyon"]),
        ],
        "work": [
            ("Création de logo", "900,00"),
            ("Mise en page catalogue, 24 pages", "1 440,00"),
            ("Retouche de 30 photos", "360,00"),
            ("Frais de déplacement", "62,40"),
        ],
        "reduced": ("Livres d'art, 12 exemplaires", "276,00"),
    },
    "nlNL": {
        "bank": ("nl91abna0417164300", "abnanl2a"),
        "currency": (None, "EUR"),
        "marks": ".,",
        "vat": ("BTW", "21", "9"),
        "subtotal": "Subtotaal",
        "exempt": "Vrijgesteld van btw (kleineondernemersregeling).",
        "seller": (
            "Bakker Vertalingen",
            "Sanne Bakker",
            "Oudegracht 112",
            "3511 AW",
            "Utrecht",
            "Nederland",
        ),
        "customers": [
            ("Utrechtse Bouwgroep B.V.", ["Vaartsche Rijn 40", "3523 AB Utrecht"]),
            ("Stichting Muziekhuis", ["Lange Viestraat 2", "3511 BK Utrecht"]),
        ],
        "work": [
            ("Vertaling jaarverslag, 9.400 woorden", "1.128,00"),
            ("Redactie website", "360,00"),
            ("Spoedtoeslag", "150,00"),
            ("Beëdigde vertaling akte", "85,00"),
        ],
        "reduced": ("Woordenboeken, 4 stuks", "156,00"),
    },
    "itIT": {
        "bank": ("it60x0542811101000000123456", "bpmoit22xxx"),
        "currency": (None, "EUR"),
        "marks": ".,",
        "vat": ("IVA", "22", "10"),
        "subtotal": "Imponibile",
        "exempt": "Operazione in franchigia da IVA ai sensi della L. 190/2014.",
        "seller": (
            "Studio Grafico Conti",
            "Luca Conti",
            "Via Garibaldi 18",
            "10122",
            "Torino",
            "Italia",
        ),
        "customers": [
            ("Pasticceria Gallo S.r.l.", ["Corso Vittorio Emanuele II 64", "10128 Torino"]),
            ("Enoteca del Borgo", ["Via Po 9", "10124 Torino"]),
        ],
        "work": [
            ("Progettazione etichette", "1.200,00"),
            ("Servizio fotografico", "680,00"),
            ("Stampa di 300 brochure", "245,00"),
            ("Revisione testi", "150,00"),
        ],
        "reduced": ("Manutenzione ordinaria locali", "320,00"),
    },
    "esES": {
        "bank": ("es9121000418450200051332", "caixesbbxxx"),
        "currency": (None, "EUR"),
        "marks": ".,",
        "vat": ("IVA", "21", "10"),
        "subtotal": "Base imponible",
        "exempt": "Operación exenta de IVA (art. 20 de la Ley 37/1992).",
        "seller": (
            "Ferrer Traducciones",
            "Lucía Ferrer",
            "Calle Colón 18",
            "46004",
            "Valencia",
            "España",
        ),
        "customers": [
            ("Cerámicas del Turia S.L.", ["Avenida del Puerto 210", "46023 Valencia"]),
            ("Hotel Albufera", ["Calle de la Paz 5", "46003 Valencia"]),
        ],
        "work": [
            ("Traducción de contrato, 6.200 palabras", "744,00"),
            ("Interpretación, media jornada", "390,00"),
            ("Revisión de catálogo", "210,00"),
            ("Gastos de desplazamiento", "38,50"),
        ],
        "reduced": ("Servicio de catering, 20 personas", "460,00"),
    },
    "svSE": {
        "bank": ("se4550000000058398257466", "essesess"),
        "currency": ("kr", "SEK"),
        "marks": " ,",
        "vat": ("Moms", "25", "12"),
        "subtotal": "Summa exkl. moms",
        "exempt": "Momsbefriad verksamhet enligt 3 kap. mervärdesskattelagen.",
        "seller": (
            "Lindqvist Snickeri",
            "Erik Lindqvist",
            "Drottninggatan 33",
            "111 51",
            "Stockholm",
            "Sverige",
        ),
        "customers": [
            ("Mälarhamnen Logistik AB", ["Hamnvägen 6", "721 30 Västerås"]),
            ("Bostadsrättsföreningen Eken", ["Ekvägen 14", "191 44 Sollentuna"]),
        ],
        "work": [
            ("Platsbyggd bokhylla, ek", "18 500,00"),
            ("Montering, 8 timmar", "4 400,00"),
            ("Byte av dörrkarm", "2 150,00"),
            ("Resekostnad", "350,00"),
        ],
        "reduced": ("Hotellövernattning, 2 nätter", "2 400,00"),
    },
}


# how each writer writes the date of the customer's letter (the class prints it as given)
LETTER_DATES = {
    "enGB": "%d %B %Y",
    "enUS": "%B %d, %Y",
    "deDE": "%d.%m.%Y",
    "frFR": "%d/%m/%Y",
    "nlNL": "%d-%m-%Y",
    "itIT": "%d/%m/%Y",
    "esES": "%d/%m/%Y",
    "svSE": "%Y-%m-%d",
}


def as_number(language: str, text: str) -> Decimal:
    """An amount as *language*'s writer writes it ('1.250,00', '1 250,00'), as a number."""
    thousands, decimal = LANGUAGES[language]["marks"]
    return Decimal(text.replace(thousands, "").replace(decimal, "."))


def money(language: str, x: Decimal) -> str:
    """*x* written as the language's writer writes amounts: '1,250.00', '1.250,00'."""
    marks: str = LANGUAGES[language]["marks"]
    thousands, decimal = marks[0], marks[1]
    whole, cents = f"{x:,.2f}".split(".")
    return whole.replace(",", thousands) + decimal + cents


def _rate(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def invoice(language: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the class's commands are given for one invoice, and the values its page prints."""
    lang = LANGUAGES[language]
    rng = random.Random(f"isodoc-{language}-{seed}")
    kind = seed % 4
    word, general, reduced = lang["vat"]
    work = rng.sample(lang["work"], 1 if kind == 2 and rng.random() < 0.5 else rng.randint(2, 3))
    rows = []
    net = Decimal(0)
    for desc, price in work:
        amount = as_number(language, price) * rng.choice([1, 1, 1, 2])
        net += amount
        rows.append((desc, money(language, amount)))
    base = {general: net}
    if kind == 3:
        desc, price = lang["reduced"]
        amount = as_number(language, price)
        rows.append((f"{desc} ({reduced}%)", money(language, amount)))
        net += amount
        base[reduced] = amount
    totals: list[tuple[str | None, str]] = []
    tax = Decimal(0)
    if kind == 1:
        totals.append((None, money(language, net)))
    else:
        totals.append((lang["subtotal"], money(language, net)))
        for rate, part in base.items():
            part_tax = (part * _rate(rate) / 100).quantize(CENT, ROUND_HALF_UP)
            tax += part_tax
            rows_word = (
                f"{word} {rate}%" if kind != 3 else f"{word} {rate}% ({money(language, part)})"
            )
            totals.append((rows_word, money(language, part_tax)))
        totals.append((None, money(language, net + tax)))
    issued = dt.date(2026, 1, 9) + dt.timedelta(days=41 * seed + rng.randint(0, 30))
    number = rng.choice(["{y}-{n:03d}", "{y}{n:04d}", "F{y}-{n:03d}", "{n}"]).format(
        y=issued.year, n=rng.randint(12, 640)
    )
    letter = issued - dt.timedelta(days=rng.randint(5, 25))
    company, who, street, postcode, town, country = lang["seller"]
    customer, address = lang["customers"][rng.randint(0, 1)]
    job = {
        "package": "isodoc",
        "language": language,
        "date": issued.isoformat(),
        "number": number,
        "currency": lang["currency"][0],
        "seller": {
            "company": company,
            "who": who,
            "street": street,
            "zip": postcode,
            "city": town,
            "country": country,
        },
        "to": [customer, *address],
        "rows": rows,
        "totals": totals,
        "note": lang["exempt"] if kind == 1 else None,
        "term": rng.choice([14, 21, 30]),
        "bank": lang["bank"],
        "vatno": None
        if kind == 1 or language == "enUS"
        else f"{company[:2].upper()}{rng.randint(10**8, 10**9 - 1)}",
        "yourref": f"PO {rng.randint(4000, 9800)}" if kind == 2 else None,
        "yourletter": letter.strftime(LETTER_DATES[language]) if kind == 2 else None,
    }
    values = printed(number, issued, None, company, lang["currency"][1], net, tax, net + tax)
    if kind == 1:  # (the total only: no net and no tax are printed)
        values["net_total"] = values["tax_total"] = None
    return job, values
