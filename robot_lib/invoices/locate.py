"""Where a value is printed: the boxes of the words that spell an extracted (or corrected)
value on the page, for the validation station to highlight and for a person to check.

A value is matched in its printed forms: an amount ``1234.50`` is found as ``1.234,50``,
``1,234.50`` or ``EUR 1 234,50``; a date ``2026-03-11`` as ``11.03.2026`` or ``March 11,
2026``; a text case- and accent-blind, also when the text layer split it over words.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from robot_lib.invoices.parse import amounts_in, dates_in, parse_amount, squashed
from robot_lib.invoices.rtl import as_read
from robot_lib.invoices.templates import AMOUNT_FIELDS, DATE_FIELDS
from robot_lib.pdf import Document, Word

Box = tuple[int, float, float, float, float]  # page, x0, top, x1, bottom (PDF points)


def _same(name: str, value: str, text: str) -> bool:
    if name in AMOUNT_FIELDS:
        a = parse_amount(text)
        try:
            return a is not None and abs(a - Decimal(value)) < Decimal("0.005")
        except ArithmeticError:
            return False
    if name in DATE_FIELDS:
        try:
            want = dt.date.fromisoformat(value)
        except ValueError:
            return False
        return any(d == want for d, _s, _e in [*dates_in(text), *dates_in(text, True)])
    return squashed(text) == squashed(value)


def _box(words: list[Word]) -> Box:
    return (
        words[0].page,
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.x1 for w in words),
        max(w.bottom for w in words),
    )


def _may_hold(name: str, value: str, text: str) -> bool:
    """A cheap test a whole line must pass before its word runs are read (the parsers
    remember the lines they read)."""
    if name in AMOUNT_FIELDS:
        try:
            want = Decimal(value)
        except ArithmeticError:
            return False
        return any(abs(a - want) < Decimal("0.005") for a, _s, _e in amounts_in(text))
    if name in DATE_FIELDS:
        if value[2:4] not in text or value[8:].lstrip("0") not in text:
            return False  # no year and day digits: no date to read
        return _same(name, value, text)
    return squashed(value)[:3] in squashed(text)


def locate(doc: Document, values: dict[str, Any], most_words: int = 6) -> dict[str, Box]:
    """For each field of *values*, the box of the shortest run of words on one line that
    spells it (the last such run for totals, which are printed last; the first otherwise)."""
    # (Arabic words as written, as the values were read: :mod:`rtl`)
    lines = [as_read(ws) for ws in doc.lines()]
    texts = [" ".join(w.text for w in line) for line in lines]
    out: dict[str, Box] = {}
    for name, value in values.items():
        if value in (None, ""):
            continue
        found: list[Box] = []
        for line, text in zip(lines, texts, strict=True):
            if not _may_hold(name, str(value), text):
                continue
            for n in range(1, min(most_words, len(line)) + 1):  # the fewest words first
                hits = [
                    _box(line[i : i + n])
                    for i in range(len(line) - n + 1)
                    if _same(name, str(value), " ".join(w.text for w in line[i : i + n]))
                ]
                if hits:
                    found += hits
                    break
            if found and name not in AMOUNT_FIELDS:
                break
        if found:
            out[name] = found[-1] if name in AMOUNT_FIELDS else found[0]
    return out
