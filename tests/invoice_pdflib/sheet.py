"""The sheet an invoice is printed on (fpdf2, positions in mm), the locales' money and date
notation, and the values of one invoice as the styles draw them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.invoice_languages import _font


@dataclass(frozen=True)
class Money:
    currency: str
    symbol: str  # "{}" where the number goes
    thousands: str
    decimal: str
    date: str  # strftime form
    rate: Decimal

    def number(self, v: Decimal) -> str:
        return ("-" if v < 0 else "") + grouped(v, self.thousands, self.decimal)

    def __call__(self, v: Decimal) -> str:
        return self.symbol.format(self.number(v))


def grouped(v: Decimal, thousands: str, decimal: str, lakh: bool = False) -> str:
    """*v*'s size with two decimals, its thousands parted by *thousands* ('1.234.567,89'), or
    with *lakh* as India parts them ('12,34,567.89'); no sign: each notation puts it its way."""
    whole, frac = f"{abs(v):.2f}".split(".")
    groups: list[str] = []
    if lakh and len(whole) > 3:
        groups, whole = [whole[-3:]], whole[:-3]
    while len(whole) > (2 if groups and lakh else 3):
        size = 2 if lakh else 3
        groups.insert(0, whole[-size:])
        whole = whole[:-size]
    return thousands.join([whole, *groups]) + decimal + frac


MONEY = {
    "en-GB": Money("GBP", "£{}", ",", ".", "%d/%m/%Y", Decimal(20)),
    "en-US": Money("USD", "${}", ",", ".", "%m/%d/%Y", Decimal("8.875")),
    "de-DE": Money("EUR", "{} €", ".", ",", "%d.%m.%Y", Decimal(19)),
    "fr-FR": Money("EUR", "{} €", " ", ",", "%d/%m/%Y", Decimal(20)),
    "es-ES": Money("EUR", "{} €", ".", ",", "%d/%m/%Y", Decimal(21)),
    "it-IT": Money("EUR", "€ {}", ".", ",", "%d/%m/%Y", Decimal(22)),
    "nl-NL": Money("EUR", "€ {}", ".", ",", "%d-%m-%Y", Decimal(21)),
}

# Seller: name, street, town, register line; per style and locale.


@dataclass
class Inv:
    """One invoice's values; a style draws them on *sheet* and sets *number* (and *no_due*
    when its page prints no due date)."""

    code: str
    seed: int
    rng: random.Random
    m: Money
    w: dict[str, str]
    seller: tuple[str, str, str, str]
    buyer: tuple[str, str, str]
    rows: list[tuple[str, int, Decimal, Decimal]]
    issued: dt.date
    due: dt.date
    items: Decimal
    shipping: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    rate: str
    d: Callable[[dt.date], str]
    sheet: Sheet
    off: Decimal = Decimal(0)  # added to the printed total
    number: str = ""
    no_due: bool = False


def cents(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Sheet:
    """One page (A4, or a till roll's width) of an FPDF-style document: text placed in cells at positions in mm."""

    def __init__(self, mono: bool = False, page: str | tuple[float, float] = "A4") -> None:
        from fpdf import FPDF

        self.pdf = FPDF(unit="mm", format=page)
        self.pdf.set_auto_page_break(False)
        self.mono = mono
        if not mono:
            font = Path(_font())
            self.pdf.add_font("Body", "", str(font))
            self.pdf.add_font("Body", "B", str(font.with_name("Inter-Bold.ttf")))
        self.pdf.add_page()

    def put(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        bold: bool = False,
        w: float = 0,
        align: str = "L",
        fill: int | None = None,
        border: int = 0,
    ) -> None:
        """*text* in a cell whose top left is (x, y); with *w* and align 'R' or 'C', the
        text is placed inside the cell as the library does it."""
        from fpdf.enums import XPos, YPos

        pdf = self.pdf
        pdf.set_font("Courier" if self.mono else "Body", "B" if bold else "", size)
        if fill is not None:
            pdf.set_fill_color(fill)
        pdf.set_xy(x, y)
        pdf.cell(
            w or pdf.get_string_width(text) + 2,
            size * 0.5,
            text,
            border=border,
            align=align,
            fill=fill is not None,
            new_x=XPos.RIGHT,
            new_y=YPos.TOP,
        )

    def row(
        self, x: float, y: float, widths: list[float], cells: list[str], align: str = "", **kw: Any
    ) -> None:
        """A table row; *align* has a letter per cell (L, C, R); by default the first cell is
        left-aligned and the others right-aligned."""
        align = align or "L" + "R" * (len(cells) - 1)
        for w, text, a in zip(widths, cells, align, strict=True):
            self.put(x, y, text, w=w, align=a, **kw)
            x += w

    def save(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path
