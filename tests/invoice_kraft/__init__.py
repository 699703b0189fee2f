"""Invoices printed by Kraft, the KDE program German craftsmen and small firms write their
quotes and invoices with: a real product's invoice layouts, which no rule of ours was written
for. Kraft 1.0 (Debian bookworm's ``kraft``) ships two invoice templates, and both are printed
here with the values Kraft gives them and the converter Kraft runs for each (``render.py``):

- ``rml``: ``invoice.trml``, printed by Kraft's ``erml2pdf.py`` with ReportLab: a letter for
  a window envelope. The firm's name stands only in the sender line over the customer's
  address and in the page's footer (with the owner's name before it); the date alone at the
  right, no label; the title 'Rechnung 2612-4' with no number word; the salutation and the
  firm's own opening words; the items with a number, text, quantity, unit, price and sum;
  'Netto', one '+19% MwSt.' line per rate and 'Summe' (the gross) under them; the firm's own
  closing words (where firms write their terms, bank and tax number) and the greeting;
- ``html``: ``invoice.gtmpl``, printed by WeasyPrint: the same letter with a labelled block
  ('Art', 'Dokument Nr.', 'Datum') at the right, the title, the same items and sums, and the
  firm's name, phone and e-mail in the page's footer beside its web address.

Kraft writes money with Qt's ``QLocale::toCurrencyString`` ('2.495,18 €', '£1,234.50',
'CHF 1’234.50', '€ 1.234,50'), the date in the format its settings name (the locale's short
form by default, or the long form, ISO, RFC 2822, or 'dd.MM.yyyy'), and the labels in its
own translations (German; its Dutch translation has none of the document's labels, so a Dutch
firm's page says 'Net', 'VAT', 'Sum' under its own 'Factuur'). Kraft knows two tax rates, the
full and the reduced one: a document with both marks its reduced items and prints a line per
rate; a small business exempt from VAT bills every item without tax.

Seed 0 bills at the full rate; seed 1 adds items at the reduced rate; seed 2 is seed 1's kind
with other values (made and scored after the rules for seeds 0 and 1); seed 3 is a small
business's invoice without VAT (the exemption said in the closing words).

Kraft is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/kraft_invoices/`` with their values. ``python -m tests.invoice_kraft [DIR]``
makes them again on a Debian machine with ``python3-pyqt5 python3-reportlab python3-six
python3-pypdf2 python3-pystache python3-django weasyprint`` (``render.py`` fetches Debian's
``kraft`` package itself with ``apt-get download`` and unpacks it).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import printed, product_jobs, render_kept

__all__ = ["FIXTURES", "LOCALES", "SEEDS", "TEMPLATES", "invoice", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "kraft_invoices"
TEMPLATES = ("rml", "html")
SEEDS = 4
CENT = Decimal("0.01")
# locale: (currency, the full rate, the reduced rate, the firm's name for an invoice)
LOCALES = {
    "de_DE": ("EUR", "19", "7", "Rechnung"),
    "de_AT": ("EUR", "20", "10", "Rechnung"),
    "de_CH": ("CHF", "8.1", "2.6", "Rechnung"),
    "en_GB": ("GBP", "20", "5", "Invoice"),
    "en_US": ("USD", "8.25", "4", "Invoice"),
    "nl_NL": ("EUR", "21", "9", "Factuur"),
}
# the firm's contact in the address book: (owner, firm, street, postcode, city, phone, e-mail, web)
FIRMS: dict[str, list[tuple[str, ...]]] = {
    "de_DE": [
        (
            "Klaus Wagner",
            "Tischlerei Wagner",
            "Hauptstraße 5",
            "79100",
            "Freiburg",
            "0761 123456",
            "info@tischlerei-wagner.de",
            "https://tischlerei-wagner.de",
        ),
        (
            "Sabine Krüger",
            "Krüger Malerfachbetrieb GmbH",
            "Am Mühlbach 17",
            "34117",
            "Kassel",
            "0561 7788990",
            "buero@krueger-maler.de",
            "",
        ),
    ],
    "de_AT": [
        (
            "Johann Pichler",
            "Elektro Pichler e.U.",
            "Linzer Straße 44",
            "4600",
            "Wels",
            "07242 56 789",
            "office@elektro-pichler.at",
            "https://elektro-pichler.at",
        ),
        (
            "Maria Hofer",
            "Hofer Gartengestaltung",
            "Grabenweg 3",
            "6020",
            "Innsbruck",
            "0512 34 56 78",
            "hofer@garten-hofer.at",
            "",
        ),
    ],
    "de_CH": [
        (
            "Urs Meier",
            "Meier Sanitär AG",
            "Bahnhofstrasse 21",
            "8400",
            "Winterthur",
            "052 212 34 56",
            "info@meier-sanitaer.ch",
            "https://meier-sanitaer.ch",
        ),
        (
            "Claudia Frei",
            "Frei Schreinerei GmbH",
            "Dorfstrasse 9",
            "3600",
            "Thun",
            "033 221 45 67",
            "kontakt@frei-schreinerei.ch",
            "",
        ),
    ],
    "en_GB": [
        (
            "Tom Ashworth",
            "Ashworth Joinery Ltd",
            "14 Mill Lane",
            "YO1 7HP",
            "York",
            "01904 612345",
            "tom@ashworthjoinery.co.uk",
            "https://ashworthjoinery.co.uk",
        ),
        (
            "Priya Shah",
            "Shah Electrical Services",
            "3 Canal Street",
            "M1 3HE",
            "Manchester",
            "0161 496 0321",
            "office@shahelectrical.co.uk",
            "",
        ),
    ],
    "en_US": [
        (
            "Dave Kowalski",
            "Kowalski Home Repair LLC",
            "2210 Elm Street",
            "44113",
            "Cleveland",
            "(216) 555-0147",
            "dave@kowalskirepair.com",
            "https://kowalskirepair.com",
        ),
        (
            "Rosa Delgado",
            "Delgado Landscaping",
            "87 Ocotillo Road",
            "85716",
            "Tucson",
            "(520) 555-0199",
            "rosa@delgadolandscaping.com",
            "",
        ),
    ],
    "nl_NL": [
        (
            "Pieter de Vries",
            "Timmerbedrijf De Vries",
            "Kerkstraat 12",
            "3811 CV",
            "Amersfoort",
            "033 461 2345",
            "info@timmerbedrijfdevries.nl",
            "https://timmerbedrijfdevries.nl",
        ),
        (
            "Anouk Jansen",
            "Jansen Schilderwerken",
            "Molenweg 8",
            "5611 AB",
            "Eindhoven",
            "040 244 5566",
            "anouk@jansenschilders.nl",
            "",
        ),
    ],
}
CUSTOMERS: dict[str, list[tuple[str, str, str]]] = {
    "de": [
        ("Familie Bergmann", "Lindenweg 12", "Frau Bergmann"),
        ("Hausverwaltung Sommer KG", "Goethestraße 40", "Herr Sommer"),
        ("Dr. Petra Albrecht", "Rosenstraße 3", "Frau Dr. Albrecht"),
    ],
    "en": [
        ("Mr and Mrs Fletcher", "22 Orchard Close", "Mr and Mrs Fletcher"),
        ("Harbour View Lettings", "5 Quay Road", "Ms Turner"),
        ("Dr Helen Price", "9 Beech Avenue", "Dr Price"),
    ],
    "nl": [
        ("Familie Bakker", "Dorpsstraat 31", "mevrouw Bakker"),
        ("VvE De Linde", "Lindelaan 2", "heer Smit"),
        ("Dr. M. Visser", "Parkweg 14", "mevrouw Visser"),
    ],
}
PLACES = {
    "de_DE": ("79104", "Freiburg"),
    "de_AT": ("4020", "Linz"),
    "de_CH": ("8004", "Zürich"),
    "en_GB": ("LS1 4AP", "Leeds"),
    "en_US": ("44106", "Cleveland"),
    "nl_NL": ("3512 JE", "Utrecht"),
}
# (text, unit, unit price, at the reduced rate)
GOODS: dict[str, list[tuple[str, str, int, bool]]] = {
    "de": [
        ("Einbauschrank Eiche nach Maß\ninkl. Montage", "Stck.", 1840, False),
        ("Arbeitszeit Geselle", "Std.", 58, False),
        ("Arbeitszeit Meister", "Std.", 72, False),
        ("Innentür Buche, furniert", "Stck.", 465, False),
        ("Anfahrt", "pausch.", 45, False),
        ("Dielenboden Lärche geölt", "qm", 89, False),
        ("Fachbuch Holzpflege", "Stck.", 24, True),
        ("Pflegeanleitung, gedruckt", "Stck.", 12, True),
    ],
    "en": [
        ("Fitted oak wardrobe\nincluding fitting", "Pcs.", 1840, False),
        ("Labour, joiner", "Hours", 48, False),
        ("Labour, master craftsman", "Hours", 62, False),
        ("Internal door, beech veneer", "Pcs.", 385, False),
        ("Call-out charge", "pausch.", 55, False),
        ("Larch floorboards, oiled", "sm", 79, False),
        ("Wood care handbook", "Pcs.", 18, True),
        ("Printed care guide", "Pcs.", 9, True),
    ],
    "nl": [
        ("Inbouwkast eiken op maat\ninclusief montage", "Stk.", 1840, False),
        ("Arbeidsloon timmerman", "Uur", 52, False),
        ("Arbeidsloon meester", "Uur", 66, False),
        ("Binnendeur beuken fineer", "Stk.", 420, False),
        ("Voorrijkosten", "pausch.", 49, False),
        ("Vloerdelen lariks geolied", "m2", 84, False),
        ("Handboek houtverzorging", "Stk.", 21, True),
        ("Onderhoudsgids, gedrukt", "Stk.", 10, True),
    ],
}
# the firm's own words (Kraft's texts for an invoice): salutation, opening, greeting
WORDS = {
    "de": (
        "Guten Tag {},",
        "für die ausgeführten Arbeiten erlauben wir uns, wie folgt zu berechnen:",
        "Mit freundlichen Grüßen",
    ),
    "en": (
        "Dear {},",
        "Thank you for your order. We invoice the work carried out as follows:",
        "Kind regards",
    ),
    "nl": (
        "Geachte {},",
        "Hierbij brengen wij de uitgevoerde werkzaamheden in rekening:",
        "Met vriendelijke groet",
    ),
}
# the closing words: the terms, with the day to pay by or without, then bank and tax details
TERMS = {
    "de": (
        "Bitte überweisen Sie den Rechnungsbetrag bis zum {} auf unser Konto.",
        "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
    ),
    "en": (
        "Please pay the amount due by {} to the account below.",
        "Payment within 14 days of the invoice date, please.",
        "Not registered for VAT: no VAT is charged.",
    ),
    "nl": (
        "Wij verzoeken u het bedrag vóór {} over te maken.",
        "Betaling binnen 14 dagen na factuurdatum.",
        "Vrijgesteld van btw op grond van de kleineondernemersregeling.",
    ),
}
BANK = {
    "de_DE": "IBAN DE12 6805 0101 0012 3456 78 · Steuernummer 06/123/45678",
    "de_AT": "IBAN AT61 2032 0321 0012 3456 · UID ATU12345678",
    "de_CH": "IBAN CH93 0076 2011 6238 5295 7 · MWST CHE-123.456.789",
    "en_GB": "Sort code 20-45-77, account 43218765 · VAT reg. no. GB 293 4567 81",
    "en_US": "ACH: routing 041215663, account 8807345512",
    "nl_NL": "IBAN NL91 ABNA 0417 1643 00 · btw-nummer NL001234567B01 · KvK 12345678",
}
# how each locale writes the day to pay by in the closing words
DAY = {"de": "%d.%m.%Y", "en": "%d/%m/%Y", "nl": "%d-%m-%Y"}
# Kraft's date formats by seed: the locale's short form (its default), long, ISO, RFC 2822
# ('dd.MM.yyyy' for seed 2 in German)
DATE_FORMATS = ("", "Long", "ISO", "RFC")
IDENTS = ("{y}{w:02d}-{n}", "RE-{y}-{n:04d}", "{y}/{n:03d}", "R{n:05d}")


def _round(v: Decimal) -> Decimal:
    return v.quantize(CENT, ROUND_HALF_UP)


def invoice(template: str, code: str, seed: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """What Kraft's archived document holds for one invoice, and the values its page prints."""
    rng = random.Random(f"kraft-{template}-{code}-{seed}")
    currency, full, reduced, doc_type = LOCALES[code]
    lang = code[:2]
    firm = FIRMS[code][(seed + len(template)) % 2]
    name, street, addressee = rng.choice(CUSTOMERS[lang])
    goods = GOODS[lang]
    picked = rng.sample([g for g in goods if not g[3]], rng.randint(2, 4))
    if seed in (1, 2):
        picked += rng.sample([g for g in goods if g[3]], rng.randint(1, 2))
    items, net, at_full, at_low = [], Decimal(0), Decimal(0), Decimal(0)
    for text, unit, price, low in picked:
        once = unit == "pausch."  # a flat charge
        qty = Decimal(1) if once else Decimal(rng.choice(["1", "1", "2", "3", "4.5", "6", "12.5"]))
        cents = Decimal(rng.choice([0, 0, 50, 90])) / 100
        total = _round(qty * (price + cents))
        kind = "none" if seed == 3 else "reduced" if low else "full"
        net += total
        at_full += total if kind == "full" else 0
        at_low += total if kind == "reduced" else 0
        items.append(
            {
                "text": text,
                "quantity": f"{qty}",
                "unit": unit,
                "price": f"{price + cents:.2f}",
                "tax": kind,
            }
        )
    tax = _round(at_full * Decimal(full) / 100) + _round(at_low * Decimal(reduced) / 100)
    issued = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    due = issued + dt.timedelta(days=rng.choice([10, 14, 30]))
    salut, opening, greeting = WORDS[lang]
    pay_by, within, exempt = TERMS[lang]
    if seed == 3:
        terms, due_on = f"{within}\n{exempt}", None
    elif rng.random() < 0.5:
        terms, due_on = pay_by.format(due.strftime(DAY[lang])), due
    else:
        terms, due_on = within, None
    style = "German" if seed == 2 and lang == "de" else DATE_FORMATS[seed]
    n = rng.randint(3, 480)
    ident = rng.choice(IDENTS).format(y=issued.year, w=issued.isocalendar()[1], n=n)
    owner, org, f_street, f_code, f_city, phone, mail, url = firm
    postcode, city = PLACES[code]
    job = {
        "template": template,
        "locale": code,
        "full_tax": full,
        "reduced_tax": reduced,
        "date": issued.isoformat(),
        "date_format": style,
        "doc_type": doc_type,
        "ident": ident,
        "address": f"{name}\n{street}\n{postcode} {city}",
        "salut": salut.format(addressee),
        "goodbye": f"{greeting}\n{owner}",
        "pretext": opening,
        "posttext": f"{terms}\n{BANK[code]}",
        "me": {
            "name": owner,
            "organisation": org,
            "street": f_street,
            "postcode": f_code,
            "locality": f_city,
            "phone": phone,
            "email": mail,
            "url": url,
        },
        "customer": {
            "name": name,
            "organisation": "",
            "street": street,
            "postcode": postcode,
            "locality": city,
        },
        "items": items,
        "net": f"{net:.2f}",
        "tax": f"{tax:.2f}",
    }
    truth = printed(ident, issued, due_on, org, currency, net, tax, net + tax)
    if seed == 3 and template == "rml":
        truth["tax_total"] = None  # the letter prints no tax line when no item is taxed
    return job, truth


def make(folder: Path = FIXTURES) -> None:
    """Print every kept invoice as Kraft prints it into *folder*."""
    jobs = product_jobs(invoice, TEMPLATES, LOCALES, seeds=SEEDS)
    command = ["/usr/bin/python3", str(Path(__file__).with_name("render.py"))]
    render_kept(folder, command, jobs)
