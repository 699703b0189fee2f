"""The sample invoices' data: documents, lines, vendors, and how each vendor prints
numbers and dates (in its language)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def fmt_amount(d: Decimal, style: str) -> str:
    """1234.5 -> en '1,234.50', de '1.234,50', fr '1 234,50', ch "1'234.50"."""
    s = f"{d:,.2f}"
    if style == "en":
        return s
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        return s.replace(",", " ").replace(".", ",")
    if style == "ch":
        return s.replace(",", "'")
    raise KeyError(style)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "nl":
        return d.strftime("%d-%m-%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "en_short":
        return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    if style == "fr_long":
        return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}"
    if style == "es_long":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    raise KeyError(style)


@dataclass
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Invoice:
    vendor: str
    number: str
    issue: dt.date
    due: dt.date
    currency: str
    rate: Decimal
    lines: list[Line]
    buyer: str = "Acme Back Office Ltd"
    po: str | None = None
    gross_override: Decimal | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def net(self) -> Decimal:
        return sum((ln.total for ln in self.lines), Decimal("0"))

    @property
    def tax(self) -> Decimal:
        return (self.net * self.rate / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def gross(self) -> Decimal:
        return self.gross_override if self.gross_override is not None else self.net + self.tax

    def truth(self) -> dict[str, Any]:
        return {
            "invoice_number": self.number,
            "issue_date": self.issue.isoformat(),
            "due_date": self.due.isoformat(),
            "seller": self.vendor,
            "currency": self.currency,
            "net_total": f"{self.net:.2f}",
            "tax_total": f"{self.tax:.2f}",
            "gross_total": f"{self.gross:.2f}",
            "po_number": self.po,
            "lines": [
                {
                    "description": ln.description,
                    "quantity": f"{ln.quantity.normalize():f}",
                    "unit_price": f"{ln.unit_price:.2f}",
                    "line_total": f"{ln.total:.2f}",
                }
                for ln in self.lines
            ],
        }


@dataclass(frozen=True)
class Vendor:
    key: str
    name: str
    address: str
    currency: str
    rate: Decimal
    language: str
    amount_style: str
    date_style: str
    number_format: str
    draw: Callable[[Any, Invoice, Vendor], None]
    products: tuple[str, ...]
    max_lines: int = 6
    facturx: bool = False
