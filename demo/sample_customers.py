"""The sample customers workbook: valid rows, a few invalid ones and one duplicate."""

from __future__ import annotations

import random
from pathlib import Path

FIRST = [
    "Ann",
    "Ben",
    "Chloe",
    "David",
    "Emma",
    "Felix",
    "Grace",
    "Hannah",
    "Ivan",
    "Julia",
    "Karim",
    "Lena",
    "Marco",
    "Nora",
    "Oscar",
    "Paula",
    "Quentin",
    "Rosa",
    "Sven",
    "Tara",
]
LAST = [
    "Schmidt",
    "Dupont",
    "Jansen",
    "Garcia",
    "Smith",
    "Rossi",
    "Novak",
    "Berg",
    "Kowalski",
    "Silva",
    "Meyer",
    "Laurent",
    "de Vries",
    "Lopez",
    "Brown",
    "Bianchi",
]
COMPANIES = [
    "Acme GmbH",
    "Blue Harbor BV",
    "Crescent SARL",
    "Delta Foods Ltd",
    "Evergreen AG",
    "Fjord Logistics AS",
    "Granite & Co",
    "Helix Pharma SA",
]
ROLES = ["CFO", "Accountant", "Buyer", "Office Manager", "Controller", "CEO", "AP Clerk"]
STREETS = ["Hauptstr.", "Rue de la Paix", "Keizersgracht", "Calle Mayor", "High Street"]
HEADERS = [
    "First Name",
    "Last Name",
    "Company Name",
    "Role in Company",
    "Address",
    "Email",
    "Phone Number",
]


def customer_rows(rows: int, seed: int, tag: str = "") -> list[dict[str, str]]:
    """*rows* customers; from 10 rows on: three invalid (bad email, missing last name, bad
    phone), one duplicate email within the workbook and one customer the demo portal already
    has (its seed data), which the portal refuses. Other emails are unique per *seed*/*tag*."""
    rng = random.Random(seed)
    out = []
    for i in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = rng.choice(COMPANIES)
        email = f"{first}.{last.replace(' ', '')}.{seed}{tag}.{i}@example.com".lower()
        out.append(
            {
                "First Name": first,
                "Last Name": last,
                "Company Name": company,
                "Role in Company": rng.choice(ROLES),
                "Address": f"{rng.choice(STREETS)} {rng.randint(1, 200)}, {rng.randint(10000, 99999)}",
                "Email": email,
                "Phone Number": f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(1000, 9999999)}",
            }
        )
    if rows >= 10:
        out[3]["Email"] = "not-an-email"
        out[6]["Last Name"] = ""
        out[8]["Phone Number"] = "call me maybe"
        out[-1]["Email"] = out[1]["Email"]  # a duplicate of row 2 in the workbook
        out[5]["Email"] = "ann.seed0@example.com"  # already in the demo portal: refused there
    return out


def write_customers(path: Path, rows: int = 50, seed: int = 7, tag: str = "") -> Path:
    from robot_lib import excel

    return excel.write_records(
        path, customer_rows(rows, seed, tag), sheet="Customers", columns=HEADERS
    )
