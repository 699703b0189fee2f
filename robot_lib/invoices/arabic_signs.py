"""The Arab currencies' signs: two letters with dots after the amount ('1,150.00 ر.س', the
Saudi riyal; 'د.إ' the dirham, 'د.ك' the Kuwaiti dinar, '.د.ب' the Bahraini), as a text layer
gives them: in the order they are written, or reversed, right to left as drawn, and in the
letters' presentation forms ('ﺱ.ﺭ')."""

from __future__ import annotations

import re
import unicodedata

_SIGNS = {
    "رس": "SAR",
    "دإ": "AED",
    "دب": "BHD",
    "رع": "OMR",
    "دك": "KWD",
    "رق": "QAR",
    "جم": "EGP",
    "دم": "MAD",
    "دت": "TND",
    "دج": "DZD",
    "دا": "JOD",
}
_SIGNS |= {k[::-1]: v for k, v in _SIGNS.items()}
_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_SIGN = re.compile(
    r"(?<![\u0600-\u06ff])\.?\s?([\u0600-\u06ff])\s?\.\s?([\u0600-\u06ff])\.?(?![\u0600-\u06ff])"
)


def arabic_signs(text: str) -> list[tuple[int, str]]:
    """The currencies whose Arab signs *text* prints, each with where it stands."""
    if not _ARABIC.search(text):
        return []
    out = []
    for m in _SIGN.finditer(unicodedata.normalize("NFKC", text)):
        if (code := _SIGNS.get(m.group(1) + m.group(2))) is not None:
            out.append((m.start(), code))
    return out
