"""Accents drawn as letters of their own, put back on their letters. TeX's classic fonts (OT1,
what LaTeX sets unless told otherwise) have no 'ä' or 'é': TeX draws the letter and a spacing
accent over it ('¨', '´', '˚', a cedilla '¸' under it). Their text layer then reads 'f¨allig',
'Bu¨rotechnik' (the accent before or after its letter, as their boxes fall), 'Num´ero',
'R˚adhusgatan', and a word split where the accent stands: no label or name matches. Each such
accent whose box stands over (or, a cedilla, under) a letter is joined to it: 'ä', 'é', 'å',
'ç' (an 'ı' under an accent is an 'i').

And the currency signs of LaTeX's symbol fonts, whose glyphs map to no character or to a
letter: marvosym's euro signs and pound (its ``\\EUR``, ``\\Pfund``, read '(cid:164)') and
eurosym's euro (its ``\\euro``, read 'e'), which many LaTeX invoices print amounts with."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# the spacing accents and the combining marks they stand for
ACCENTS = {
    "\u00a8": "\u0308",  # diaeresis ¨
    "\u00b4": "\u0301",  # acute ´
    "`": "\u0300",  # grave (TeX's grave accent is the backquote's glyph)
    "\u02c6": "\u0302",  # circumflex ˆ
    "\u02dc": "\u0303",  # tilde ˜
    "\u02da": "\u030a",  # ring ˚
    "\u00b8": "\u0327",  # cedilla ¸
    "\u02c7": "\u030c",  # caron ˇ
    "\u02d8": "\u0306",  # breve ˘
    "\u02d9": "\u0307",  # dot above ˙
    "\u02dd": "\u030b",  # double acute ˝
    "\u00af": "\u0304",  # macron ¯
    "\u02db": "\u0328",  # ogonek ˛
}


# the symbol fonts (subset or not) and their currency glyphs, as pdfminer reads them
_SYMBOL_FONT = re.compile(r"(?:^|\+)(?:MarVoSym|TeX-fey[a-z]{2}\d+)$")
_SIGNS = {f"(cid:{code})": "€" for code in (164, 99, 100, 101, 68)} | {"(cid:163)": "£", "e": "€"}


@lru_cache(maxsize=256)
def _symbol_font(name: str) -> bool:
    return _SYMBOL_FONT.search(name) is not None


def _signed(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """*chars* with the symbol fonts' currency glyphs read as their signs."""
    signs = [c["text"] in _SIGNS and _symbol_font(c.get("fontname", "")) for c in chars]
    if not any(signs):
        return chars
    return [c | {"text": _SIGNS[c["text"]]} if s else c for c, s in zip(chars, signs, strict=True)]


def composed(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """*chars* (pdfplumber's letters) with every accent drawn over or under a letter joined to
    it and the symbol fonts' currency signs read; the same list when the page has neither."""
    chars = _signed(chars)
    if not any(c["text"] in ACCENTS for c in chars):
        return chars
    joined: dict[int, str] = {}  # a letter's index: its accents' marks
    for i, c in enumerate(chars):
        if c["text"] in ACCENTS:
            at = _letter_under(chars, i)
            if at is not None:
                joined[at] = joined.get(at, "") + ACCENTS[c["text"]]
                joined[i] = ""  # the accent itself goes
    out = []
    for i, c in enumerate(chars):
        marks = joined.get(i)
        if marks is None:
            out.append(c)
        elif marks:
            base = "i" if c["text"] == "\u0131" else c["text"]
            out.append(c | {"text": unicodedata.normalize("NFC", base + marks)})
    return out


def _letter_under(chars: list[dict[str, Any]], i: int) -> int | None:
    """The index of the letter accent *i* is drawn on: one of the letters next to it in the
    text, whose box holds the accent's middle across, the accent standing over it (or under
    it, a cedilla or an ogonek)."""
    a = chars[i]
    mid = (a["x0"] + a["x1"]) / 2
    best: tuple[float, int] | None = None
    for j in (i - 1, i + 1, i - 2, i + 2):
        if not 0 <= j < len(chars):
            continue
        c = chars[j]
        if not c["text"].isalpha() or c["text"] in ACCENTS:
            continue
        if not c["x0"] - 0.5 <= mid <= c["x1"] + 0.5:
            continue
        height = c["bottom"] - c["top"]
        below = a["text"] in ("\u00b8", "\u02db")
        if below and not c["top"] < (a["top"] + a["bottom"]) / 2 < c["bottom"] + height * 0.5:
            continue
        if not below and not c["top"] - height * 0.5 < (a["top"] + a["bottom"]) / 2 < c["bottom"]:
            continue
        gap = abs(mid - (c["x0"] + c["x1"]) / 2)
        if best is None or gap < best[0]:
            best = (gap, j)
    return None if best is None else best[1]
