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

from robot_lib.invoices.parse import amounts_in, dates_in, fold, parse_amount
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
    return "".join(fold(text).split()) == "".join(fold(value).split())


def _box(words: list[Word]) -> Box:
    return (
        words[0].page,
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.x1 for w in words),
        max(w.bottom for w in words),
    )


class _Lines:
    """What each line of the document holds, worked out once for all fields: its amounts,
    its dates (read both ways), its letters without accents and spaces."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._amounts: dict[int, list[Decimal]] = {}
        self._dates: dict[int, set[str]] = {}
        self._letters: dict[int, str] = {}
        self._heads: dict[str, str] = {}

    def may_hold(self, i: int, name: str, value: str) -> bool:
        """A cheap test a line must pass before its word runs are read."""
        text = self.texts[i]
        if name in AMOUNT_FIELDS:
            if i not in self._amounts:
                self._amounts[i] = [a for a, _s, _e in amounts_in(text)]
            try:
                want = Decimal(value)
            except ArithmeticError:
                return False
            return any(abs(a - want) < Decimal("0.005") for a in self._amounts[i])
        if name in DATE_FIELDS:
            if value[2:4] not in text or value[8:].lstrip("0") not in text:
                return False  # no year and day digits: no date to read
            if i not in self._dates:
                both = [*dates_in(text), *dates_in(text, True)]
                self._dates[i] = {d.isoformat() for d, _s, _e in both}
            return value in self._dates[i]
        if i not in self._letters:
            self._letters[i] = "".join(fold(text).split())
        if value not in self._heads:
            self._heads[value] = "".join(fold(value).split())[:3]
        return self._heads[value] in self._letters[i]


def locate(doc: Document, values: dict[str, Any], most_words: int = 6) -> dict[str, Box]:
    """For each field of *values*, the box of the shortest run of words on one line that
    spells it (the last such run for totals, which are printed last; the first otherwise)."""
    lines = doc.lines()
    held = _Lines([" ".join(w.text for w in line) for line in lines])
    out: dict[str, Box] = {}
    for name, value in values.items():
        if value in (None, ""):
            continue
        found: list[Box] = []
        for k, line in enumerate(lines):
            if not held.may_hold(k, name, str(value)):
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
