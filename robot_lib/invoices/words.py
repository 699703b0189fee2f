"""The words of a text layer made whole before they are read as lines: words a producer split
joined again (letter-spaced type, a capital set apart by kerning, TeX's cents after a math-mode
comma: :func:`mend`), characters cleaned (control characters, ligatures, invisible marks,
full-width forms, a currency sign a font lost: :func:`clean_text`), and the share of a text
layer's glyphs its fonts map to no letter (:func:`unmapped_share`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from robot_lib.invoices.labels import TITLE_WORDS, labels_in
from robot_lib.invoices.parse import fold
from robot_lib.pdf import Word


def _label_word(text: str) -> bool:
    f = fold(text)
    return bool(TITLE_WORDS.match(f)) or next(labels_in(f), None) is not None


def mend(ws: list[Word]) -> list[Word]:
    """Join words a text layer split: letter-spaced type ('F A C T U U R'), touching letters
    ('F' 'antastic' with no gap) or marks ('N' '.º' in small capitals), a capital set apart
    by kerning ('R echnung', 'T otal') when the joined word is a label, and an amount's cents
    after a decimal comma set in TeX's math mode, which puts a thin space after it ('2 246,'
    '00€')."""
    out: list[Word] = []
    for w in _unspaced(ws):
        prev = out[-1] if out else None
        if prev is not None and _MATH_COMMA.search(prev.text) and _CENTS.match(w.text):
            if w.x0 - prev.x1 < 0.25 * (w.size or 10):
                out[-1] = replace(prev, text=prev.text + w.text, x1=w.x1)
                continue
        if prev is not None and w.text[:1].isalpha() and prev.text[-1:].isalpha():
            gap = w.x0 - prev.x1
            kerned = (
                len(prev.text) == 1
                and prev.text.isupper()
                and w.text[:1].islower()
                and gap < 0.45 * (w.size or 10)
                and _label_word(prev.text + w.text)
            )
            if gap < 0.3 or kerned:
                out[-1] = replace(prev, text=prev.text + w.text, x1=w.x1)
                continue
        if prev is not None and abs(w.x0 - prev.x1) < 0.3:
            # small capitals: 'N' '.º', 'FATURA' '-RECIBO', 'JUSQU' "'" 'AU'
            glued = _GLUED.match(w.text) and prev.text[-1:].isalnum()
            if glued or (prev.text.endswith(("'", "’")) and w.text[:1].isalpha()):
                out[-1] = replace(prev, text=prev.text + w.text, x1=w.x1)
                continue
        out.append(w)
    return out


_MATH_COMMA = re.compile(r"\d,$")
# a mark a word's letters touch, set in another size (small capitals' full stop, hyphen,
# apostrophe)
_GLUED = re.compile(r"[.,:;º°ª'’-]+(?:[^\W\d_]|$)")  # (not an amount's sign: '-3.570,00')
_CENTS = re.compile(r"\d\d(?!\d)")


def _unspaced(ws: list[Word]) -> list[Word]:
    """Letter-spaced type (CSS ``letter-spacing`` on a heading or a label) comes out as one
    word per letter or two: a run of at least four such pieces, close together, is joined
    into words, split where a gap is clearly wider than the run's usual one (a space)."""
    out: list[Word] = []
    i = 0
    while i < len(ws):
        j = i + 1
        while (
            j < len(ws)
            and _piece(ws[j])
            and _piece(ws[i])
            and 0 <= ws[j].x0 - ws[j - 1].x1 < 0.8 * (ws[j].size or 10)
        ):
            j += 1
        run = ws[i:j]
        # (asked only of a single letter: every other word of every line passes here)
        if len(run) < 4 and len(ws[i].text) == 1 and (wide := _wide_title(ws, i)):
            out.append(wide[0])  # 'I  N  V  O  I  C  E', spaced wider than the type
            i = wide[1]
            continue
        if len(run) < 4 or sum(len(w.text) == 1 for w in run) * 2 < len(run):
            out.append(ws[i])
            i += 1
            continue
        gaps = sorted(b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False))
        space = 1.8 * gaps[len(gaps) // 2] + 0.5
        cur = run[0]
        for w in run[1:]:
            if w.x0 - cur.x1 > space:
                out.append(cur)
                cur = w
            else:
                cur = replace(cur, text=cur.text + w.text, x1=w.x1)
        out.append(cur)
        i = j
    return out


def _wide_title(ws: list[Word], i: int) -> tuple[Word, int] | None:
    """Single letters from *i* on, each up to twice the type's size from the one before and as
    evenly apart, that join into a title's or a label's word ('I N V O I C E' set with a
    letter-spacing wider than its letters): that word, and where the run ends."""
    j = i + 1
    while j < len(ws) and all(len(w.text) == 1 and w.text.isalpha() for w in (ws[j - 1], ws[j])):
        gap = ws[j].x0 - ws[j - 1].x1
        if not 0 <= gap < 2 * (ws[j].size or 10):
            break
        j += 1
    run = ws[i:j]
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:], strict=False)]
    if len(run) < 4 or max(gaps) > 1.5 * min(gaps) + 1:
        return None
    text = "".join(w.text for w in run)
    return (replace(run[0], text=text, x1=run[-1].x1), j) if _label_word(text) else None


def _piece(w: Word) -> bool:
    # (a number's sign too: 'INVOICE · #956' letter-spaced, '#' '9' '5' '6')
    return len(w.text) <= 2 and all(c.isalnum() or c in ".,&-()#" for c in w.text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# ... but before the thousands of an amount with cents it stood for the narrow no-break space
# many locales group thousands with (French, as Django and ICU write it): '1\x00162,70'
_GROUP_GAP = re.compile(
    r"(?<=\d)[\x00-\x08\x0e-\x1f\x7f](?=\d{3}(?:[\x00-\x08\x0e-\x1f\x7f]\d{3})*[.,]\d{2}(?!\d))"
)


def clean_text(w: Word) -> Word:
    """A glyph the font maps to no character comes out as a control character or '(cid:0)':
    before the thousands of an amount with cents it stood for a narrow space ('1 162,70'),
    between two other letters or digits for a hyphen (a non-breaking one, most often:
    '87B37C9-0152'), elsewhere it is dropped; when every other glyph is one, the text was
    written two bytes a character in a one-byte font (jsPDF with a character its font lacks)
    and they all go. No value ever carries a control character. (An accent set as a glyph of
    its own, LaTeX's default fonts' 'Ku¨hn', has joined its letter in the page's letters:
    :mod:`robot_lib.pdf_accents`.) A ligature
    ('Proﬁ Werkzeug', 'ﬁnal') is its letters; a soft hyphen or a zero-width space ('Rechnungs\xadnummer',
    as browsers print a word they may break) is nothing; Arabic's and Persian's digits are ours."""
    text = w.text
    if not text.isascii() and _INVISIBLE.search(text):
        text = text.translate(_LETTERS)
    if _FULL_WIDTH.search(text):  # East Asian forms: '：', '（', '￥', full-width digits
        text = text.translate(_TO_HALF_WIDTH)
    if _EASTERN.search(text):  # Arabic's and Persian's digits ('۱۲,۰۴۰,۰۰۰.۰۰', '٪۱۰'), as ours
        text = text.translate(_TO_WESTERN)
    text = _CID.sub("\x00", text) if "(cid:" in text else text
    if _LOST_SIGN.match(text):  # '¹4,044.00': '₹' cut to one byte by a font that lacks it
        text = text[1:]
    if _CONTROL.search(text):
        text = _GROUP_GAP.sub(" ", text)  # '1\x00162,70': a narrow space the font lacks
        bare = _CONTROL.sub("", text)
        if len(text) - len(bare) < max(2, len(bare) - 1):
            bare = _CONTROL.sub("", re.sub(r"(?<=\w)[\x00-\x1f\x7f](?=\w)", "-", text))
        text = bare
    return w if text == w.text else replace(w, text=text)


_CID = re.compile(r"\(cid:\d+\)")
# a glyph with no character: not '(cid:0)', the high byte of a character written in two bytes
# to a one-byte font (jsPDF), whose low byte reads right
_CID_GLYPH = re.compile(r"\(cid:[1-9]\d*\)")


def unmapped_share(texts: Iterable[str]) -> float:
    """The share of glyphs in *texts* (the words as pdfplumber reads them) whose font maps them
    to no character ('(cid:12)')."""
    raw = "".join(texts)
    glyphs = len(_CID_GLYPH.findall(raw)) if "(cid:" in raw else 0
    return glyphs / max(1, len(_CID.sub("", raw)) + glyphs) if glyphs else 0.0


# a currency sign from U+20A0-20BF (₹ ₺ ₽ ₴ ₩ ₦ ₱ ₫ ₪) written in a one-byte font keeps only its
# low byte (PDFKit's and pdfmake's standard fonts): '₹' prints as '¹', '₩' as '©', before an
# amount with cents. The sign is lost; the amount stays
_LOST_SIGN = re.compile(r"[¹º½´©¦±«ª](?=\d{1,3}(?:[,.]\d{3})*[.,]\d{2}$)")
_FULL_WIDTH = re.compile("[\uff01-\uff5e\uffe5\u3000]")
# the digits of Arabic and Persian ('٠'…'٩', '۰'…'۹'), their decimal and thousands separators and
# percent sign
_EASTERN = re.compile("[\u0660-\u066c\u06f0-\u06f9]")
_TO_WESTERN = {0x660 + k: str(k) for k in range(10)} | {0x6F0 + k: str(k) for k in range(10)}
_TO_WESTERN |= {0x66A: "%", 0x66B: ".", 0x66C: ","}
# ligatures, soft hyphens and zero-width characters: what they stand for (or nothing)
_INVISIBLE = re.compile("[\ufb00-\ufb06\u00ad\u200b-\u200d\u2060\ufeff]")
_LETTERS = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st"}
_LETTERS |= {0xFB06: "st"} | dict.fromkeys((0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF), "")
_TO_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0xFFE5: "¥", 0x3000: " "}
