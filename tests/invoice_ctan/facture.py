"""Invoices typeset with facture (CTAN, by Maïeul Rouquette; CC BY-SA; in TeX Live's
``texlive-lang-french``): a XeLaTeX class for a French small business's invoice, as its
documentation's examples write one. The class sets the page: the seller's name huge and grey at
the left of a framed box with the address, e-mail and phone at its right; 'Facture' large at
the right; three columns under it: 'Facturation' (the billed customer), 'Livraison' (where the
goods go; 'Livraison et Facturation' when the two are one) and 'Date : 3 mars 2026', 'Facture
n° 2026-041', 'Code client : …', 'À payer avant : …' (the date the class counts from the day
and the term); a table that the class computes with fltpoint from each line's quantity, price,
discount and rate: 'Produit | Quantité | Prix HT | Remise | Total HT | TVA | Prix TTC' (the rate
and '▷' the line's VAT in one cell), and under it 'Total HT :', 'Total TVA :', 'Total TTC :'
(each sum rounded on its own by numprint, so the printed three add up: the net has cents only);
the writer's footer at the bottom right. Options: ``sansremise`` (no discount column; the line's
rate is then its fourth argument, and the rate column shows the default rate whatever it is:
these writers give one rate, the default) and ``sansTVA`` ('Produit | Quantité | Prix | Remise
| Total', 'Total :' and 'TVA non applicable, art. 293 B', which writers outside France reword).

Three countries whose firms write French: France (the euro, 20 %, 10 % and 5,5 %), Belgium
(21 %, 6 %) and Switzerland (francs, which the writer sets as the class's unit: 8,1 %, 2,6 %).
Seed 0: discounts on some lines, one rate, a billing address apart from the delivery; 1: no
discount column (``sansremise``), one rate, the term and the customer's code; 2: no VAT
(``sansTVA``, a micro-business); 3: two rates and a discount, the term and the customer's code.
Seeds 4 to 7 the same kinds with other values.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from tests.invoice_corpus import printed
from tests.invoice_pdflib.sheet import cents

# the country: the currency (the unit the class prints, its code), the rates (general,
# reduced, in the class's notation), what a business free of VAT prints instead of the class's
# French law, the main font (the class's fontspec default is Latin Modern), the sellers (name,
# address lines, the footer's legal line), the customers (name, address lines), the goods
# (description, price with a decimal comma, as fltpoint reads it)
COUNTRIES: dict[str, dict[str, Any]] = {
    "france": {
        "currency": ("€", "EUR"),
        "rates": ("20", "5,5"),
        "exempt": None,
        "font": None,
        "sellers": [
            (
                "Atelier Lemoine",
                ["14 rue des Tanneurs", "67000 Strasbourg", "contact@atelier-lemoine.fr"],
                "Atelier Lemoine SARL au capital de 8 000 € --- SIRET 812 345 678 00019 --- "
                "TVA FR 32 812345678 --- IBAN FR76 3000 4008 2800 0123 4567 890",
            ),
            (
                "Reliures Garnier",
                ["3 place du Marché", "49100 Angers", "reliures.garnier@orange.fr"],
                "Paiement par virement à l’ordre de Reliures Garnier --- "
                "SIRET 523 118 940 00027 --- APE 1814Z",
            ),
        ],
        "customers": [
            ("Librairie du Centre", ["22 avenue Foch", "67000 Strasbourg"]),
            ("Mairie de Trélazé", ["Service culturel", "1 place Jean Jaurès", "49800 Trélazé"]),
        ],
        "goods": [
            ("Reliure demi-cuir", "85,00"),
            ("Restauration d’ouvrage ancien", "240,00"),
            ("Boîte de conservation", "62,50"),
            ("Dorure au fer, titre", "18,90"),
        ],
        "reduced": [
            ("Livre d’art, édition numérotée", "45,00"),
            ("Catalogue d’exposition", "29,90"),
        ],
    },
    "belgique": {
        "currency": ("€", "EUR"),
        "rates": ("21", "6"),
        "exempt": "Petite entreprise soumise au régime de la franchise de taxe",
        "font": "DejaVu Serif",
        "sellers": [
            (
                "Ferronnerie Delvaux",
                ["Rue de la Station 41", "5000 Namur", "info@delvaux-ferronnerie.be"],
                "BCE 0712.345.678 --- TVA BE 0712.345.678 --- IBAN BE68 5390 0754 7034",
            ),
        ],
        "customers": [
            ("Brasserie du Confluent SRL", ["Quai de Meuse 7", "5100 Jambes"]),
            ("Commune de Floreffe", ["Rue Émile Romedenne 9", "5150 Floreffe"]),
        ],
        "goods": [
            ("Garde-corps acier, pose", "1840,00"),
            ("Portail coulissant", "2460,00"),
            ("Main courante, par mètre", "96,50"),
            ("Déplacement", "45,00"),
        ],
        "reduced": [("Rénovation de grille, logement de plus de 10 ans", "780,00")],
    },
    "suisse": {
        "currency": ("CHF", "CHF"),
        "rates": ("8,1", "2,6"),
        "exempt": "Entreprise non assujettie à la TVA",
        "font": "DejaVu Sans",
        "sellers": [
            (
                "Menuiserie Favre",
                ["Rue du Port 12", "1003 Lausanne", "info@menuiserie-favre.ch"],
                "IBAN CH93 0076 2011 6238 5295 7 --- IDE CHE-123.456.789 TVA",
            ),
        ],
        "customers": [
            ("Hôtel du Lac SA", ["Quai Perdonnet 3", "1800 Vevey"]),
            ("Fondation Les Oliviers", ["Chemin des Vignes 5", "1009 Pully"]),
        ],
        "goods": [
            ("Table en chêne massif", "1234,50"),
            ("Pose et réglage", "310,40"),
            ("Étagère sur mesure", "685,00"),
            ("Vernis naturel", "48,20"),
        ],
        "reduced": [("Plants de haie, lot", "120,00")],
    },
}


def number(text: str) -> Decimal:
    """A price or rate as the writer gives it ('1234,50', '5,5') as a number."""
    return Decimal(text.replace(",", "."))


def invoice(country: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the class's commands are given for one invoice, and the values its page prints."""
    rng = random.Random(f"facture-{country}-{seed}")
    land = COUNTRIES[country]
    kind = seed % 4
    general, reduced = land["rates"]
    lines = []
    for desc, price in rng.sample(land["goods"], rng.randint(1, 3) if kind != 3 else 2):
        count = rng.choice([1, 1, 2, 3])
        off = rng.choice(["0", "0", "10,00", "25,50"]) if kind in (0, 3) else "0"
        lines.append({"desc": desc, "count": count, "price": price, "off": off, "rate": general})
    if kind == 3:
        desc, price = rng.choice(land["reduced"])
        lines.append({"desc": desc, "count": 1, "price": price, "off": "0", "rate": reduced})
    net = tax = Decimal(0)
    for line in lines:
        amount = number(line["price"]) * line["count"] - number(line["off"])
        net += amount
        tax += amount * number(line["rate"]) / 100
    if kind == 2:
        tax = Decimal(0)
    issued = dt.date(2026, 1, 12) + dt.timedelta(days=38 * seed + rng.randint(0, 30))
    ref = rng.choice(["{y}-{n:03d}", "F{y}{n:04d}", "{n}", "FA-{y}-{n}"]).format(
        y=issued.year, n=rng.randint(7, 480)
    )
    seller, address, footer = rng.choice(land["sellers"])
    customer, where = land["customers"][rng.randint(0, 1)]
    term = rng.choice([15, 30, 45]) if kind in (1, 3) else None
    job = {
        "package": "facture",
        "language": country,
        "date": issued.isoformat(),
        "number": ref,
        "options": {0: [], 1: ["sansremise"], 2: ["sansTVA"], 3: []}[kind],
        "unit": land["currency"][0],
        "rate": general,
        "font": land["font"],
        "seller": seller,
        "address": [
            *address,
            f"Tél. 0{rng.randint(1, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            f" {rng.randint(10, 99)} {rng.randint(10, 99)}",
        ],
        "footer": footer,
        "dest": [customer, *where],
        "fact": [customer, "Comptabilité", *where[-2:]] if kind == 0 else None,
        "code": f"C{rng.randint(100, 999)}" if term else None,
        "term": term,
        "exempt": land["exempt"] if kind == 2 else None,
        "lines": lines,
    }
    due = issued + dt.timedelta(days=term) if term else None
    values = printed(
        ref, issued, due, seller, land["currency"][1], cents(net), cents(tax), cents(net + tax)
    )
    if kind == 2:  # (the total only)
        values["net_total"] = values["tax_total"] = None
    return job, values
