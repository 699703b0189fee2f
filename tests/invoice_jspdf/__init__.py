"""Invoices drawn in the browser with jsPDF and jspdf-autotable, as online invoice generators
and small SaaS billing pages do: text placed at computed positions in jsPDF's built-in
Helvetica (no font embedded), the items as an autotable, amounts and dates formatted by the
browser's ``Intl`` for the page's locale. Written after the genres' habits, not any app's code:

- ``gen`` (en-US, de-DE), an online invoice generator: the seller's name and address at the
  top left, a large 'INVOICE' and '# INV-0042' at the top right over a column of right-aligned
  labels ('Date:', 'Payment Terms:', 'Due Date:', 'PO Number:') and a shaded 'Balance Due:'
  box; 'Bill To:' and 'Ship To:' side by side; a striped item table with a dark header; the
  totals right-aligned ('Subtotal:', 'Tax (8.25%):', 'Shipping:' on odd seeds, 'Total:',
  'Amount Paid:', 'Balance Due:'), a partial payment on one seed in three; 'Notes:' and
  'Terms:'; dates as 'Nov 5, 2026' / '5. Nov. 2026';
- ``saas`` (en-GB, fr-FR), a subscription service's invoice: 'Invoice' at the top left and the
  service's name at the top right, a grid of 'Invoice number' / 'Date of issue' / 'Date due',
  the seller's and the customer's blocks side by side ('Bill to'), a large '£1,234.50 due
  5 December 2026' line, the items, then 'Subtotal', 'Total excluding tax' on even seeds,
  'VAT - United Kingdom (20% on £1,028.75)', 'Total', 'Amount due', and a footer repeating
  the number, the amount and the due date.

The French pages carry a real defect of such apps: ``Intl`` groups French thousands with a
narrow no-break space (U+202F), which Helvetica's encoding lacks, so jsPDF writes the whole
string as two-byte text: each character of '1 234,50 €' (and of any label in the same string)
comes with an empty glyph, and the narrow space prints as ' /' (jsPDF issues #2828 and #3442;
PDFKit #1071 and react-pdf #944 print the same '1 /234,50 €').

Node is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/jspdf_invoices/`` with their values. ``python -m tests.invoice_jspdf [DIR]``
makes them again with ``node``, ``jspdf`` 4 and ``jspdf-autotable`` 5 (``npm install jspdf
jspdf-autotable`` in a folder named by ``NODE_PATH``).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import kept_names, printed, render_kept
from tests.invoice_pdflib.sheet import cents

__all__ = ["FIXTURES", "LOCALES", "make", "spec"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "jspdf_invoices"
LOCALES = {"gen": ("en-US", "de-DE"), "saas": ("en-GB", "fr-FR")}
CURRENCY = {"en-US": "USD", "de-DE": "EUR", "en-GB": "GBP", "fr-FR": "EUR"}
RATE = {"en-US": Decimal("8.25"), "de-DE": Decimal(19), "en-GB": Decimal(20), "fr-FR": Decimal(20)}
SHORT = {"month": "short", "day": "numeric", "year": "numeric"}
LONG = {"dateStyle": "long"}
Op = dict[str, Any]

GEN_WORDS = {
    "en-US": dict(
        title="INVOICE",
        date="Date:",
        terms="Payment Terms:",
        net_days="Net {n}",
        due="Due Date:",
        po="PO Number:",
        balance="Balance Due:",
        bill="Bill To:",
        ship="Ship To:",
        heads=["Item", "Quantity", "Rate", "Amount"],
        sub="Subtotal:",
        tax="Tax ({r}%):",
        shipping="Shipping:",
        total="Total:",
        paid="Amount Paid:",
        notes=("Notes:", "Thanks for your business!"),
        terms_text=("Terms:", "Please pay within {n} days. Late payments incur 1.5% per month."),
    ),
    "de-DE": dict(
        title="RECHNUNG",
        date="Datum:",
        terms="Zahlungsbedingungen:",
        net_days="{n} Tage netto",
        due="Fälligkeitsdatum:",
        po="Bestellnummer:",
        balance="Offener Betrag:",
        bill="Rechnung an:",
        ship="Lieferadresse:",
        heads=["Artikel", "Menge", "Preis", "Betrag"],
        sub="Zwischensumme:",
        tax="Steuer ({r}%):",
        shipping="Versand:",
        total="Gesamt:",
        paid="Bezahlter Betrag:",
        notes=("Notizen:", "Vielen Dank für Ihren Auftrag!"),
        terms_text=("Bedingungen:", "Zahlbar innerhalb von {n} Tagen ohne Abzug."),
    ),
}
GEN_PARTIES = {
    "en-US": (
        ("Bluebird Design Studio LLC", "1420 Market Street, Suite 210", "Denver, CO 80202"),
        ("Harbor Freight Logistics Inc.", "300 Pier Avenue", "Long Beach, CA 90802"),
        ("Harbor Freight Logistics Inc.", "Dock 7, 2100 Harbor Way", "Long Beach, CA 90813"),
    ),
    "de-DE": (
        ("Falkenried Webdesign", "Hauptstraße 14", "79098 Freiburg", "USt-IdNr.: DE 291 774 306"),
        ("Sanitätshaus Vogt GmbH", "Bahnhofstraße 3", "79539 Lörrach"),
        ("Sanitätshaus Vogt GmbH", "Lager Nord, Am Gleis 9", "79541 Lörrach"),
    ),
}
GEN_ITEMS = {
    "en-US": [
        "Logo design",
        "Brand guidelines (PDF)",
        "Website mockups",
        "Business card layout",
        "Photo retouching (hour)",
    ],
    "de-DE": [
        "Logo-Entwurf",
        "Gestaltungsrichtlinien (PDF)",
        "Website-Entwürfe",
        "Visitenkarten-Layout",
        "Bildbearbeitung (Stunde)",
    ],
}
SAAS_WORDS = {
    "en-GB": dict(
        title="Invoice",
        number="Invoice number",
        issued="Date of issue",
        due="Date due",
        bill="Bill to",
        due_line=" due ",
        pay="Pay online",
        heads=["Description", "Qty", "Unit price", "Amount"],
        sub="Subtotal",
        excl="Total excluding tax",
        tax="VAT - United Kingdom ({r}% on ",
        total="Total",
        amount_due="Amount due",
        page="Page 1 of 1",
    ),
    "fr-FR": dict(
        title="Facture",
        number="Numéro de facture",
        issued="Date d'émission",
        due="Date d'échéance",
        bill="Facturer à",
        due_line=" dus le ",
        pay="Payer en ligne",
        heads=["Description", "Qté", "Prix unitaire", "Montant"],
        sub="Sous-total",
        excl="Total hors taxes",
        tax="TVA - France ({r} % sur ",
        total="Total",
        amount_due="Montant dû",
        page="Page 1 sur 1",
    ),
}
SAAS_PARTIES = {
    "en-GB": (
        (
            "Quillstack Ltd",
            "10 Bloomsbury Way",
            "London WC1A 2SL",
            "United Kingdom",
            "billing@quillstack.io",
            "GB VAT 318 5520 47",
        ),
        (
            "Marlow & Price LLP",
            "4 Kings Road",
            "Reading RG1 3AR",
            "United Kingdom",
            "accounts@marlowprice.co.uk",
        ),
    ),
    "fr-FR": (
        (
            "Tramontane SAS",
            "25 rue de la République",
            "13002 Marseille",
            "France",
            "facturation@tramontane.fr",
            "TVA FR 61 823 456 789",
        ),
        (
            "Librairie Castellane SARL",
            "8 place Castellane",
            "13006 Marseille",
            "France",
            "compta@librairie-castellane.fr",
        ),
    ),
}
SAAS_ITEMS = {
    "en-GB": ["Team plan", "Additional seats", "Storage add-on (500 GB)", "Premium support"],
    "fr-FR": ["Offre Équipe", "Utilisateurs supplémentaires", "Stockage (500 Go)", "Support"],
}


def _text(x: float, y: float | Op, parts: Any, **style: Any) -> Op:
    return {"text": parts, "x": x, "y": y, **style}


def _money(v: Decimal) -> dict[str, str]:
    return {"m": f"{v:.2f}"}


def _gen(code: str, rng: random.Random, seed: int, off: Decimal) -> tuple[list[Op], dict[str, Any]]:
    w = GEN_WORDS[code]
    seller, buyer, ship = GEN_PARTIES[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    days = rng.choice([15, 30])
    due = issued + dt.timedelta(days=days)
    number = ("INV-{:04d}" if code == "en-US" else "RE-2026-{:03d}").format(rng.randint(1, 600))
    rows, net = [], Decimal(0)
    for name in rng.sample(GEN_ITEMS[code], rng.randint(1, 4)):
        qty = rng.choice([1, 1, 2, 3, 6])
        rate = Decimal(rng.randint(4500, 95000)) / 100
        amount = cents(rate * qty)
        net += amount
        rows.append([name, str(qty), _money(rate), _money(amount)])
    tax = cents(net * RATE[code] / 100)
    shipping = Decimal(rng.randint(900, 4500)) / 100 if seed % 2 else Decimal(0)
    gross = net + tax + shipping + off
    paid = cents(gross * Decimal("0.4")) if seed % 3 == 1 else Decimal(0)
    grey = [110, 110, 110]
    ops: list[Op] = [_text(15, 20, seller[0], size=15, bold=True)]
    ops += [_text(15, 27 + 5 * i, t) for i, t in enumerate(seller[1:])]
    ops += [
        _text(195, 24, w["title"], size=26, align="right"),
        _text(195, 32, f"# {number}", size=11, align="right", color=grey),
    ]
    grid = [(w["date"], {"d": issued.isoformat(), "f": SHORT})]
    grid += [
        (w["terms"], w["net_days"].format(n=days)),
        (w["due"], {"d": due.isoformat(), "f": SHORT}),
    ]
    grid += [(w["po"], f"PO-{rng.randint(1000, 9999)}")]
    for i, (label, value) in enumerate(grid):
        ops += [_text(160, 48 + 6 * i, label, align="right", color=grey)]
        ops += [_text(195, 48 + 6 * i, value, align="right")]
    ops += [{"rect": [110, 69, 87, 8], "fill": [235, 235, 235]}]
    ops += [_text(160, 74.5, w["balance"], bold=True, align="right")]
    ops += [_text(195, 74.5, _money(gross - paid), bold=True, align="right")]
    ops += [_text(15, 50, w["bill"], color=grey), _text(15, 56, buyer[0], bold=True)]
    ops += [_text(15, 61 + 5 * i, t) for i, t in enumerate(buyer[1:])]
    ops += [_text(65, 50, w["ship"], color=grey)]
    ops += [_text(65, 56 + 5 * i, t) for i, t in enumerate(ship[1:])]
    table = {"head": w["heads"], "body": rows}
    ops += [{"table": table, "y": 88, "right": [1, 2, 3], "headFill": [51, 51, 51]}]
    sums = [(w["sub"], net), (w["tax"].format(r=f"{RATE[code]:g}"), tax)]
    sums += [(w["shipping"], shipping)] if shipping else []
    sums += [(w["total"], gross), (w["paid"], paid), (w["balance"], gross - paid)]
    for i, (label, value) in enumerate(sums):
        bold = label == w["total"]
        ops += [_text(160, {"after": 8 + 6 * i}, label, align="right", color=grey, bold=bold)]
        ops += [_text(195, {"after": 8 + 6 * i}, _money(value), align="right", bold=bold)]
    below = 8 + 6 * len(sums) + 10
    for i, (label, text) in enumerate((w["notes"], w["terms_text"])):
        ops += [_text(15, {"after": below + 12 * i}, label, color=grey)]
        ops += [_text(15, {"after": below + 12 * i + 5}, text.format(n=days))]
    truth = printed(number, issued, due, seller[0], CURRENCY[code], net, tax, gross)
    return ops, truth


def _saas(
    code: str, rng: random.Random, seed: int, off: Decimal
) -> tuple[list[Op], dict[str, Any]]:
    w = SAAS_WORDS[code]
    seller, buyer = SAAS_PARTIES[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = issued + dt.timedelta(days=rng.choice([7, 14, 30]))
    prefix = "".join(rng.choice("ABCDEF0123456789") for _ in range(8))
    number = f"{prefix}-{rng.randint(1, 60):04d}"
    rows, net = [], Decimal(0)
    for name in SAAS_ITEMS[code][: rng.randint(1, 4)]:
        qty = rng.choice([1, 1, 5, 12, 25])
        unit = Decimal(rng.choice([900, 1200, 2900, 4900, 9900, 24900])) / 100
        amount = cents(unit * qty)
        net += amount
        rows.append([name, str(qty), _money(unit), _money(amount)])
    tax = cents(net * RATE[code] / 100)
    gross = net + tax + off
    due_day = {"d": due.isoformat(), "f": LONG}
    grey = [100, 100, 100]
    ops: list[Op] = [
        _text(15, 22, w["title"], size=20, bold=True),
        _text(195, 22, seller[0], size=12, bold=True, align="right"),
    ]
    grid = [(w["number"], number), (w["issued"], {"d": issued.isoformat(), "f": LONG})]
    grid += [(w["due"], due_day)]
    for i, (label, value) in enumerate(grid):
        ops += [
            _text(15, 34 + 5 * i, label, size=9, bold=True),
            _text(55, 34 + 5 * i, value, size=9),
        ]
    ops += [_text(15, 58, seller[0], size=9, bold=True)]
    ops += [_text(15, 63 + 4.5 * i, t, size=9) for i, t in enumerate(seller[1:])]
    ops += [_text(80, 58, w["bill"], size=9, bold=True)]
    ops += [_text(80, 63 + 4.5 * i, t, size=9) for i, t in enumerate(buyer)]
    ops += [_text(15, 98, [_money(gross), w["due_line"], due_day], size=14, bold=True)]
    ops += [_text(15, 105, w["pay"], size=9, color=[80, 90, 220])]
    table = {"head": w["heads"], "body": rows}
    ops += [{"table": table, "y": 112, "right": [1, 2, 3], "theme": "plain"}]
    sums = [(w["sub"], net)]
    sums += [(w["excl"], net)] if seed % 2 == 0 else []
    sums += [([w["tax"].format(r=f"{RATE[code]:g}"), _money(net), ")"], tax)]
    sums += [(w["total"], gross), (w["amount_due"], gross)]
    for i, (label, value) in enumerate(sums):
        y = {"after": 8 + 6 * i}
        ops += [{"line": [110, {"after": 3 + 6 * i}, 195]}]
        ops += [_text(110, y, label, size=9), _text(195, y, _money(value), size=9, align="right")]
    footer = [f"{number} · ", _money(gross), w["due_line"], due_day, f" · {w['page']}"]
    ops += [_text(15, 287, footer, size=8, color=grey)]
    truth = printed(number, issued, due, seller[0], CURRENCY[code], net, tax, gross)
    return ops, truth


def spec(
    style: str, code: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the jsPDF renderer is given for one invoice, and the values printed on it; *off*
    is added to the printed total."""
    rng = random.Random(f"jspdf-{style}-{code}-{seed}")
    ops, truth = (_gen if style == "gen" else _saas)(code, rng, seed, off)
    page = "letter" if code == "en-US" else "a4"
    return {"locale": code, "currency": CURRENCY[code], "format": page, "ops": ops}, truth


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every style and locale, *seeds* invoices each and one whose total is one unit off:
    the PDFs and their values (``NAME.truth.json``) in *folder*."""
    jobs = [
        (name, *spec(style, code, seed, off))
        for style, code, seed, off, name in kept_names(LOCALES, seeds)
    ]
    render_kept(folder, ["node", str(Path(__file__).with_name("render.js"))], jobs)
