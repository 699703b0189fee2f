"""Invoices a web application prints with pdfmake (PDFKit underneath), as JavaScript
invoice generators and billing apps do: the page is a JSON document definition of columns,
tables and text, laid out by pdfmake and set in Roboto. Written after such apps' habits (not
any app's code), one style in four locales:

- the seller's name and address at the top left with its tax number, the title and a table of
  number / issue date / due date at the top right (ISO dates in the US app), a rule, 'Billed to'
  and 'Ship to' or payment details side by side, an item table with light horizontal lines,
  the totals in a table at the right ('Subtotal', 'Discount (10%)' on some seeds, the tax, or
  'CGST @ 9%' and 'SGST @ 9%' in India, 'Total', 'Amount due'), notes, and 'Page 1 of 1' in
  the footer; amounts as the browser's Intl formats them ('₹1,23,456.00', 'R$ 1.234,56').

Node is not installed by ``make test``: the PDFs are made once and kept in
``tests/data/pdfmake_invoices/`` with their values. ``python -m tests.invoice_pdfmake [DIR]``
makes them again with ``node`` and ``pdfmake`` 0.2 (``npm install pdfmake@0.2`` in a folder
named by ``NODE_PATH``).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import kept_names, render_kept
from tests.invoice_pdflib.sheet import cents, grouped

__all__ = ["FIXTURES", "LOCALES", "definition", "make"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "pdfmake_invoices"
LOCALES = ("en-US", "en-IN", "de-DE", "pt-BR")
WORDS: dict[str, dict[str, Any]] = {
    "en-US": dict(
        title="INVOICE",
        no="Invoice #",
        issued="Issue date",
        due="Due date",
        to="Billed to",
        heads=["Item", "Qty", "Rate", "Amount"],
        sub="Subtotal",
        disc="Discount (10%)",
        tax=["Sales tax (8.5%)"],
        rate=Decimal("8.5"),
        total="Total",
        paid="Amount due",
        notes="Thank you for your business. Payment is due within {n} days.",
        cur="USD",
    ),
    "en-IN": dict(
        title="TAX INVOICE",
        no="Invoice No.",
        issued="Invoice Date",
        due="Due Date",
        to="Bill To",
        heads=["Item", "Qty", "Rate", "Amount"],
        sub="Sub Total",
        disc="Discount (10%)",
        tax=["CGST @ 9%", "SGST @ 9%"],
        rate=Decimal(18),
        total="Total",
        paid="Balance Due",
        notes="Please pay within {n} days by NEFT/RTGS to HDFC Bank, IFSC HDFC0000123.",
        cur="INR",
    ),
    "de-DE": dict(
        title="Rechnung",
        no="Rechnungsnummer",
        issued="Rechnungsdatum",
        due="Fällig am",
        to="Rechnungsempfänger",
        heads=["Beschreibung", "Menge", "Preis", "Betrag"],
        sub="Zwischensumme",
        disc="Rabatt (10 %)",
        tax=["MwSt. 19 %"],
        rate=Decimal(19),
        total="Gesamtbetrag",
        paid="Offener Betrag",
        notes="Zahlbar innerhalb von {n} Tagen ohne Abzug.",
        cur="EUR",
    ),
    "pt-BR": dict(
        title="FATURA",
        no="Fatura nº",
        issued="Data de emissão",
        due="Vencimento",
        to="Cobrar de",
        heads=["Descrição", "Qtd.", "Valor unit.", "Total"],
        sub="Subtotal",
        disc="Desconto (10%)",
        tax=["ISS (5%)"],
        rate=Decimal(5),
        total="Total",
        paid="Valor a pagar",
        notes="Pagamento em até {n} dias via PIX ou boleto.",
        cur="BRL",
    ),
}
PARTIES = {
    "en-US": (
        (
            "Brightloop Labs Inc.",
            "500 Howard Street, Suite 300",
            "San Francisco, CA 94105",
            "EIN 84-3318207",
        ),
        ("Cedar & Pine Outfitters LLC", "77 Ridge Road", "Boulder, CO 80302"),
    ),
    "en-IN": (
        (
            "Tanvi Software Solutions Pvt. Ltd.",
            "4th Floor, Prestige Tower, MG Road",
            "Bengaluru, Karnataka 560001",
            "GSTIN: 29AAKCT4412M1Z3",
        ),
        ("Sahyadri Textiles Ltd.", "Plot 18, MIDC Bhosari", "Pune, Maharashtra 411026"),
    ),
    "de-DE": (
        ("Nordlicht Apps GmbH", "Speicherstadt 12", "20457 Hamburg", "USt-IdNr. DE 318 004 562"),
        ("Fahrradhaus Brandt KG", "Lindenallee 40", "24105 Kiel"),
    ),
    "pt-BR": (
        (
            "Pixel Norte Tecnologia Ltda.",
            "Rua Oscar Freire, 1200",
            "São Paulo - SP, 01426-001",
            "CNPJ 34.118.905/0001-27",
        ),
        ("Café Serra Azul Ltda.", "Av. Afonso Pena, 3100", "Belo Horizonte - MG, 30130-008"),
    ),
}
ITEMS = [
    "Pro plan (annual)",
    "Additional seats",
    "Onboarding package",
    "Custom integration",
    "Priority support",
    "API usage (overage)",
]


def _money(code: str, v: Decimal) -> str:
    sign = "-" if v < 0 else ""
    if code == "en-IN":  # lakh grouping: 1,23,456
        return f"{sign}₹{grouped(v, ',', '.', lakh=True)}"
    if code == "en-US":
        return f"{sign}${grouped(v, ',', '.')}"
    return (
        f"{sign}{grouped(v, '.', ',')} €" if code == "de-DE" else f"{sign}R$ {grouped(v, '.', ',')}"
    )


def _day(code: str, d: dt.date) -> str:
    return d.strftime(
        {"en-US": "%Y-%m-%d", "en-IN": "%d-%m-%Y", "de-DE": "%d.%m.%Y", "pt-BR": "%d/%m/%Y"}[code]
    )


def definition(
    code: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pdfmake document definition of one invoice and the values printed on it; *off*
    is added to the printed total."""
    rng = random.Random(f"pdfmake-{code}-{seed}")
    w = WORDS[code]
    seller, buyer = PARTIES[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    days = rng.choice([7, 15, 30])
    due = issued + dt.timedelta(days=days)
    number = {
        "en-US": "INV-{:05d}",
        "en-IN": "TSS/26-27/{:03d}",
        "de-DE": "RE-{:06d}",
        "pt-BR": "2026/{:04d}",
    }[code].format(rng.randint(1, 900))
    rows, items = [], Decimal(0)
    for name in rng.sample(ITEMS, rng.randint(1, 4)):
        qty = rng.choice([1, 1, 2, 5, 10])
        unit = Decimal(rng.randint(1900, 250000)) / 100
        amount = cents(unit * qty)
        items += amount
        rows.append([name, str(qty), _money(code, unit), _money(code, amount)])
    discount = cents(items / 10) if seed % 3 == 1 else Decimal(0)
    net = items - discount
    taxes = [cents(net * w["rate"] / 100 / len(w["tax"])) for _t in w["tax"]]
    tax = sum(taxes, Decimal(0))
    gross = net + tax + off
    totals = [[w["sub"], _money(code, items)]]
    if discount:
        totals.append([w["disc"], _money(code, -discount)])
    totals += [[label, _money(code, t)] for label, t in zip(w["tax"], taxes, strict=True)]
    totals += [
        [{"text": w["total"], "bold": True}, {"text": _money(code, gross), "bold": True}],
        [w["paid"], _money(code, gross)],
    ]
    head = [[w["no"], number], [w["issued"], _day(code, issued)], [w["due"], _day(code, due)]]
    doc = {
        "pageSize": "LETTER" if code == "en-US" else "A4",
        "pageMargins": [40, 40, 40, 50],
        "defaultStyle": {"fontSize": 10},
        "footer": {"text": "Page 1 of 1", "alignment": "center", "fontSize": 8, "color": "#888"},
        "content": [
            {
                "columns": [
                    [
                        {"text": seller[0], "fontSize": 15, "bold": True},
                        *({"text": t, "fontSize": 9, "color": "#555"} for t in seller[1:]),
                    ],
                    [
                        {"text": w["title"], "fontSize": 24, "bold": True, "alignment": "right"},
                        {
                            "table": {"body": head},
                            "layout": "noBorders",
                            "alignment": "right",
                            "margin": [120, 6, 0, 0],
                        },
                    ],
                ]
            },
            {"canvas": [{"type": "line", "x1": 0, "y1": 8, "x2": 515, "y2": 8, "lineWidth": 0.5}]},
            {
                "margin": [0, 16, 0, 16],
                "columns": [
                    [{"text": w["to"], "bold": True, "color": "#555"}, *buyer],
                    [{"text": "", "width": "*"}],
                ],
            },
            {
                "table": {
                    "headerRows": 1,
                    "widths": ["*", "auto", "auto", "auto"],
                    "body": [[{"text": h, "bold": True} for h in w["heads"]], *rows],
                },
                "layout": "lightHorizontalLines",
            },
            {
                "margin": [0, 12, 0, 0],
                "columns": [
                    {"width": "*", "text": ""},
                    {"width": "auto", "table": {"body": totals}, "layout": "noBorders"},
                ],
            },
            {"text": w["notes"].format(n=days), "margin": [0, 24, 0, 0], "fontSize": 9},
        ],
    }
    truth = {
        "invoice_number": number,
        "issue_date": issued.isoformat(),
        "due_date": due.isoformat(),
        "seller": seller[0],
        "currency": w["cur"],
        "net_total": f"{net:.2f}" if not discount else None,
        "tax_total": f"{tax:.2f}",
        "gross_total": f"{gross:.2f}",
    }
    return doc, truth


def make(folder: Path = FIXTURES, seeds: int = 3) -> None:
    """Every locale, *seeds* invoices each and one whose total is one unit off: the PDFs
    and their values (``NAME.truth.json``) in *folder*."""
    jobs = [
        (name, *definition(code, seed, off))
        for _app, code, seed, off, name in kept_names({"app": LOCALES}, seeds)
    ]
    render_kept(folder, ["node", str(Path(__file__).with_name("render.js"))], jobs)
