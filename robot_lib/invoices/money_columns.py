"""Totals a page prints twice, in its own currency and in another, each under a head that
names its currency ('EUROS | FRANCS' over 'TOTAL TTC 5381.32 35299.16', an old French
invoice's box; 'CHF | EUR' over a Swiss one's): the amounts under the second head are the
same totals converted, never the invoice's; so is an amount in brackets after a line's first,
marked with another currency ('1 344,00 € (2 628,64 лв.)', Bulgaria's changeover)."""

from __future__ import annotations

import re
from decimal import Decimal

from robot_lib.invoices.lines import TextLine
from robot_lib.invoices.parse import amounts_in, currencies_in

# a head that is a currency's name alone ('EUROS', 'Francs'; folded text), or its code
_CURRENCY_NAME = re.compile(
    r"(?:euros?|francs?|dollars?|pounds?|livres?|pesetas?|lire|marks?|escudos?)\s*:?"
)
_BELOW = 6  # lines under the heads that may hold their amounts
# (a quick look first: a line with no currency's name, code or sign in it heads no such columns)
_ANY = re.compile(
    r"(?i:euro|franc|dollar|pound|livre|peseta|lire|mark|escudo)|\b[A-Z]{3}\b|[€$£]|лв|kč|zł|ft\b"
)


def converted_amounts(lines: list[TextLine]) -> dict[int, set[Decimal]]:
    """Line index -> the amounts on it that stand under a currency's head other than the
    first of a line of such heads (the invoice's own currency comes first), or in brackets
    after its first amount, marked with another currency than it."""
    out: dict[int, set[Decimal]] = {}
    for ln in lines:
        # an amount in brackets after the line's first in another currency
        if converted := {v for v, _c in _converted(ln.text)}:
            out.setdefault(ln.index, set()).update(converted)
        if re.search(r"\d", ln.text) or not _ANY.search(ln.text):
            continue
        cells = [(a, b) for a, b in ln.cells if _head(ln.text[a:b].strip(), ln.folded[a:b].strip())]
        # (one currency twice is no conversion: 'Adet | USD | USD', amounts' codes wrapped
        # in their cells under a row of items)
        if len(cells) != 2 or len({ln.folded[a:b].strip() for a, b in cells}) == 1:
            continue
        heads = [ln.span_x(a, b) for a, b in cells]
        (a0, a1), (b0, b1) = heads
        for x in lines[ln.index + 1 : ln.index + 1 + _BELOW]:
            if x.page != ln.page:
                break
            for v, s, e in amounts_in(x.text):
                x0, x1 = x.span_x(s, e)
                mid = (x0 + x1) / 2
                # under the second head: nearer its middle than the first's
                if x1 > a1 and abs(mid - (b0 + b1) / 2) < abs(mid - (a0 + a1) / 2):
                    out.setdefault(x.index, set()).add(v)
    return out


def _head(text: str, folded: str) -> bool:
    """Is a cell a currency's head: its name ('EUROS'), its code ('CHF') or its sign alone
    ('€ | лв.': a Bulgarian invoice's totals in euros and in leva)?"""
    if _CURRENCY_NAME.fullmatch(folded) or (
        re.fullmatch(r"[A-Z]{3}", text) and currencies_in(text)
    ):
        return True
    # (a sign alone, no word beside it: not 'EP €', 'GP €' heading a unit price and a total)
    sign = len(text) <= 4 and not re.search(r"\d|\s", text)
    return sign and bool(currencies_in(f"1,00 {text}"))


def converted_marks(text: str) -> set[str]:
    """The currencies that on *text* mark only amounts converted from its first amount's."""
    return {c for _v, c in _converted(text)}


def _converted(text: str) -> list[tuple[Decimal, str]]:
    """The amounts on *text* marked with another currency than its first amount's, in brackets
    after it ('590,00 € (1 153,94 лв.)'): that amount converted, not the invoice's; with
    their currency."""
    if "(" not in text:
        return []
    found = amounts_in(text)
    if len(found) < 2:
        return []
    marks = [_mark(text, s, e) for _v, s, e in found]
    first = marks[0]
    return [
        (v, m)
        for (v, s, _e), m in zip(found[1:], marks[1:], strict=True)
        if first and m and m != first and "(" in text[max(0, s - 6) : s]
    ]


def _mark(text: str, start: int, end: int) -> str | None:
    """The currency marked right before or right after the amount at *start*:*end*."""
    after = currencies_in(text[start:end] + text[end : end + 5])
    before = currencies_in(text[max(0, start - 5) : start] + "1,00")
    found = after or before
    return found[0] if found else None
