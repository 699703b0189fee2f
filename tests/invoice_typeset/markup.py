"""One invoice's values as the Typst styles draw them, and the pieces of Typst markup they
are written with (every printed text goes in as a string literal, so no value can be
read as markup)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from tests.invoice_pdflib.sheet import Money

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}


@dataclass
class Doc:
    """One invoice's values; a style returns its Typst source and sets *number*, *seller*
    and what its page leaves out (*due_printed*, *net_printed*)."""

    code: str
    seed: int
    rng: random.Random
    m: Money
    rows: list[tuple[str, Decimal, Decimal, Decimal]]  # service, hours, rate, amount
    issued: dt.date
    due: dt.date
    items: Decimal
    discount: Decimal  # percent off the items
    net: Decimal
    tax: Decimal
    gross: Decimal
    exempt: bool  # no VAT charged
    off: Decimal  # added to the printed total (a page whose total does not add up)
    number: str = ""
    seller: str = ""
    due_printed: bool = True
    net_printed: bool = True
    aliases: tuple[str, ...] = ()  # other printed forms of the seller's name

    @property
    def lang(self) -> str:
        return self.code[:2]

    def short(self, day: dt.date) -> str:
        return day.strftime(self.m.date)

    def long(self, day: dt.date) -> str:
        """The date written out, as a letter gives it."""
        month = MONTHS[self.lang].split()[day.month - 1]
        if self.code == "de-AT" and day.month == 1:
            month = "Jänner"  # Austria's January
        if self.code == "en-US":
            return f"{month} {day.day}, {day.year}"
        if self.lang == "de":
            return f"{day.day}. {month} {day.year}"
        return f"{day.day} {month} {day.year}"

    def money(self, v: Decimal) -> str:
        return self.m(v)

    def plain(self, v: Decimal) -> str:
        """The amount without its currency (a table column whose head names it)."""
        return self.m.number(v)

    def hours(self, v: Decimal) -> str:
        text = f"{v.normalize():f}"
        return text if self.lang == "en" else text.replace(".", ",")


def q(text: str) -> str:
    """*text* as a Typst string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def t(text: str, size: float = 0, bold: bool = False, gray: bool = False) -> str:
    """A Typst expression printing *text* (optionally at *size* pt, bold, gray)."""
    args = [f"size: {size}pt"] * bool(size)
    args += ['weight: "bold"'] * bold + ["fill: luma(90)"] * gray
    return f"text({', '.join([*args, q(text)])})"


def lines(*texts: str, size: float = 0, bold_first: bool = False) -> str:
    """A content block of *texts*, one per line."""
    parts = [
        "#" + t(text, size, bold=bold_first and i == 0) for i, text in enumerate(texts) if text
    ]
    return "[" + " \\ ".join(parts) + "]"


def cells(*texts: str, size: float = 0, bold: bool = False) -> str:
    """Grid or table cells, one per text."""
    return ", ".join("[#" + t(text, size, bold) + "]" for text in texts)


def page(paper: str, font: str, size: float, lang: str, margin: str, footer: str = "none") -> str:
    """The page and text settings every style starts with."""
    return (
        "#set document(date: none)\n"
        f'#set page(paper: "{paper}", margin: {margin}, footer: {footer})\n'
        f'#set text(font: "{font}", size: {size}pt, lang: "{lang}")\n'
        "#set par(justify: false)\n"
    )
