"""Five sample vendors whose layouts the generic rules were not written for: labels outside
every vocabulary, a Welsh and an Icelandic invoice (languages the label vocabularies do not
hold; the Estonian one they replaced is read since the Baltic words were added), totals in a table with the labels above
the values, and values in boxes without any label. The generic extractor sends them to
review; one approved correction is meant to teach each vendor (``benchmarks/teach_one.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from demo.invoice_layouts import Pen
from demo.invoice_model import Invoice, Vendor, fmt_amount, fmt_date


def _lines(pen: Pen, v: Vendor, inv: Invoice, y: float, heads: list[str]) -> float:
    a = v.amount_style
    for x, h in zip((50, 330, 410, 540), heads, strict=True):
        pen.text(x, y, h, 9, bold=True, right=x == 540)
    y += 16
    for ln in inv.lines:
        pen.text(50, y, ln.description, 9)
        pen.text(330, y, f"{ln.quantity.normalize():f}", 9)
        pen.text(410, y, fmt_amount(ln.unit_price, a), 9)
        pen.text(540, y, fmt_amount(ln.total, a), 9, right=True)
        y += 14
    return y + 12


def _labelled(pen: Pen, v: Vendor, inv: Invoice, words: dict[str, str], ident: str) -> None:
    """A letter with the vendor's own words for every label."""
    a, d = v.amount_style, v.date_style
    pen.text(50, 60, v.name, 16, bold=True)
    pen.text(50, 75, v.address, 9)
    pen.text(50, 88, ident, 9)
    pen.text(50, 130, inv.buyer, 10)
    rows = [
        (words["number"], inv.number),
        (words["issue"], fmt_date(inv.issue, d)),
        (words["due"], fmt_date(inv.due, d)),
    ]
    for i, (k, val) in enumerate(rows):
        pen.text(330, 120 + i * 15, k, 10)
        pen.text(450, 120 + i * 15, val, 10)
    y = _lines(pen, v, inv, 200, words["heads"].split("|"))
    for label, value in (
        (words["net"], inv.net),
        (words["tax"], inv.tax),
        (words["gross"], inv.gross),
    ):
        pen.text(330, y, label, 10)
        pen.text(540, y, f"{fmt_amount(value, a)} {inv.currency}", 10, right=True)
        y += 16


def draw_kestrel(pen: Pen, inv: Invoice, v: Vendor) -> None:
    words = {
        "number": "Our reference",
        "issue": "Raised on",
        "due": "Settle by",
        "heads": "Work|Hours|Rate|Charge",
        "net": "Goods value",
        "tax": "Duty at 20 percent",
        "gross": "Kindly remit",
    }
    _labelled(pen, v, inv, words, "Company No. 08812345, VAT GB 812 3456 78")


def draw_cymru(pen: Pen, inv: Invoice, v: Vendor) -> None:
    words = {
        "number": "Rhif yr anfoneb",
        "issue": "Dyddiad",
        "due": "Dyddiad dyledus",
        "heads": "Disgrifiad|Nifer|Pris|Swm",
        "net": "Cyfanswm heb TAW",
        "tax": "TAW 20 %",
        "gross": "I'w dalu",
    }
    _labelled(pen, v, inv, words, "Rhif cwmni 08812399, Rhif TAW GB 912 3456 70")


def draw_hraun(pen: Pen, inv: Invoice, v: Vendor) -> None:
    words = {
        "number": "Reikningsnúmer",
        "issue": "Útgáfudagur",
        "due": "Eindagi",
        "heads": "Lýsing|Magn|Einingarverð|Upphæð",
        "net": "Samtals án VSK",
        "tax": "VSK 24 %",
        "gross": "Til greiðslu",
    }
    _labelled(pen, v, inv, words, "Kennitala 450199-2019, VSK-númer 65432")


def draw_tabular(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """Header grid and totals as tables: labels on one row, values on the row below."""
    a, d = v.amount_style, v.date_style
    pen.text(50, 60, v.name, 16, bold=True)
    pen.text(50, 75, v.address, 9)
    pen.text(50, 88, "IBAN GB33 BUKB 2020 1555 5555 55", 9)
    heads, vals = (
        ("Document", "Dated", "Payable by"),
        (
            inv.number,
            fmt_date(inv.issue, d),
            fmt_date(inv.due, d),
        ),
    )
    for i, (h, val) in enumerate(zip(heads, vals, strict=True)):
        pen.text(300 + i * 85, 120, h, 9, bold=True)
        pen.text(300 + i * 85, 134, val, 10)
    y = _lines(pen, v, inv, 190, ["Item", "Units", "Each", "Line"])
    for i, (h, amount) in enumerate(
        zip(("Before tax", "Tax", "To settle"), (inv.net, inv.tax, inv.gross), strict=True)
    ):
        pen.text(300 + i * 85, y + 10, h, 9, bold=True)
        pen.text(300 + i * 85, y + 24, fmt_amount(amount, a), 10)


def draw_boxed(pen: Pen, inv: Invoice, v: Vendor) -> None:
    """Values in boxes with no label at all: number and dates top right, totals bottom."""
    a, d = v.amount_style, v.date_style
    pen.text(50, 60, v.name, 16, bold=True)
    pen.text(50, 75, v.address, 9)
    pen.text(50, 88, "USt-IdNr. DE298765432", 9)
    pen.c.rect(400, pen.h - 160, 145, 60)
    pen.text(540, 118, inv.number, 11, bold=True, right=True)
    pen.text(540, 134, fmt_date(inv.issue, d), 10, right=True)
    pen.text(540, 150, fmt_date(inv.due, d), 10, right=True)
    y = _lines(pen, v, inv, 200, ["Artikel", "Menge", "Preis", "Betrag"])
    pen.c.rect(400, pen.h - (y + 52), 145, 58)
    for i, val in enumerate((inv.net, inv.tax, inv.gross)):
        pen.text(540, y + 10 + i * 16, fmt_amount(val, a), 10, bold=i == 2, right=True)


UNSEEN_VENDORS = [
    Vendor(
        "kestrel",
        "Kestrel Joinery Ltd",
        "4 Mill Lane, Leeds LS1 4AB, United Kingdom",
        "GBP",
        Decimal("20"),
        "en",
        "en",
        "en_short",
        "KJ{n:05d}",
        draw_kestrel,
        ("Bespoke shelving", "Door fitting", "Site visit", "Oak boards"),
    ),
    Vendor(
        "cymru",
        "Gweithdy Derw Cyf",
        "Stryd y Bont 5, Aberystwyth SY23 1PZ, Cymru",
        "GBP",
        Decimal("20"),
        "cy",
        "en",
        "de",
        "{n:06d}",
        draw_cymru,
        ("Cytundeb cynnal", "Darnau sbâr", "Oriau technegydd", "Costau teithio"),
    ),
    Vendor(
        "hraun",
        "Hraunvirki ehf.",
        "Hafnargata 9, 101 Reykjavík, Ísland",
        "ISK",
        Decimal("24"),
        "is",
        "de",
        "de",
        "H-{year}-{n:04d}",
        draw_hraun,
        ("Viðhald", "Varahlutir", "Uppsetning", "Ferðakostnaður"),
    ),
    Vendor(
        "tabular",
        "Tabula Office Supplies Ltd",
        "22 Grid Street, Bristol BS1 6QQ, United Kingdom",
        "GBP",
        Decimal("20"),
        "en",
        "en",
        "en_short",
        "TOS/{n:05d}",
        draw_tabular,
        ("Ring binders", "Label printer", "Desk organiser", "Paper reams"),
    ),
    Vendor(
        "boxed",
        "Kasten Logistik GmbH",
        "Hafenstraße 12, 28217 Bremen",
        "EUR",
        Decimal("19"),
        "de",
        "de",
        "de",
        "KL{year}{n:04d}",
        draw_boxed,
        ("Palettenstellplatz", "Umschlag", "Kommissionierung", "Transport"),
    ),
]


def generate_unseen(folder: Path, count: int = 4, seed: int = 11) -> list[tuple[str, Path]]:
    """*count* invoices of each unseen vendor (+ truth JSON); returns (vendor, pdf)."""
    from demo.sample_invoices import make_invoice, render_pdf

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    today = dt.date.today()
    out: list[tuple[str, Path]] = []
    for v in UNSEEN_VENDORS:
        for i in range(count):
            inv = make_invoice(v, i, rng, today)
            path = render_pdf(folder / f"{v.key}_{i + 1:04d}.pdf", v, inv)
            truth: dict[str, Any] = {"file": path.name, "vendor": v.key, "fields": inv.truth()}
            path.with_suffix(".truth.json").write_text(json.dumps(truth, indent=1))
            out.append((v.key, path))
    return out
