"""Pages written right to left (Arabic, Hebrew), read as their mirror image.

A text layer gives a right-to-left page's words as drawn, left to right: each Arabic word's
letters reversed ('ةرﻮﺗﺎﻓ' for 'فاتورة'), in the letters' presentation forms, and every label to
the right of its value ('1,410.06 ر.س | المبلغ دون ضريبة'), the description column rightmost in
the item table. The rules read labels left of their values. The mirror image of such a page is
a page they can read: each line's words in the order they are read, right to left, every word
at the place its mirror image would stand (a label left of its value again, the description
column first). Whichever way a page is read, an Arabic word's letters are put in their written
order and plain letters (NFKC: 'الوصف', :func:`written`).
A run of words in Latin letters or figures within the line ('Al Noor Trading Co.', '12,753.20',
'Unit Price') keeps its own order, as it is read left to right; a run is words a space apart,
not columns apart ('S31751  03/03/2026  05/03/2026' are three runs, each under its label).

Whether a page is written right to left its script alone cannot say (Odoo prints its Gulf
invoices with an Arabic label over each English one, laid out either way): a page is read as
drawn, and a page with enough right-to-left letters whose totals do not add up so is read as
its mirror image too, which is kept if its totals add up (``extract_invoice``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from robot_lib.pdf import Word

# the letters written right to left: Arabic (with its presentation forms) and Hebrew
_RTL = "\u0590-\u05ff\u0600-\u065f\u066e-\u06d5\u06fa-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufefc"
RTL_LETTER = re.compile(f"[{_RTL}]")
_LETTER = re.compile(r"[^\W\d_]")
# a page with at least this share of its letters written right to left is read both ways
_SHARE = 0.2
# the widest a space between two words of one run is, in ems (a space is about a third of an em
# wide; table heads may stand only a fifth of an em further apart: 'Taxes  Unit Price')
_SPACE = 0.42
# a sentence's end or a label's colon that stood at the end of a run of Latin letters, drawn
# at its left in a right-to-left line ('.Al Noor Trading Co', ':Ref')
_LEADING_STOP = re.compile(r"^([.,:;!?]+)(?=[^\W\d_])")
# ... and a label's colon drawn at the left of a run of Arabic words ('المورد :' as read)
_STOP = re.compile(r":+")


def right_to_left(text: str) -> bool:
    """Does *text* (a page's) have enough letters written right to left to be read mirrored?"""
    rtl = len(RTL_LETTER.findall(text))
    return rtl > 0 and rtl >= _SHARE * len(_LETTER.findall(text))


def written(w: Word) -> Word:
    """A word as it is written: an Arabic or Hebrew word's letters, which a text layer gives
    as drawn, right to left ('ةرﻮﺗﺎﻓ'), in their written order and plain letters ('فاتورة')."""
    if not RTL_LETTER.search(w.text):
        return w
    return replace(w, text=unicodedata.normalize("NFKC", w.text[::-1]))


def as_read(ws: list[Word]) -> list[Word]:
    """A line's words (left to right, as drawn) on a page read left to right, as they are read:
    each :func:`written`, in :func:`in_reading_order`; a line with no letter written right to
    left as it is."""
    if not RTL_LETTER.search("".join(w.text for w in ws)):
        return ws
    return in_reading_order([written(w) for w in ws])


def in_reading_order(ws: list[Word]) -> list[Word]:
    """A line's words (left to right, as drawn, each :func:`written`) on a page read left to
    right, each run of Arabic words a space apart in the order it is read, right to left: the
    run's words at their mirrored places within the run ('ضريبة بدون' as drawn, 'بدون ضريبة' as
    read), a colon drawn at its left its end. Figures and Latin words stay where they are."""
    out = list(ws)
    k = 0
    while k < len(out):
        end = k
        # (a colon drawn at the run's left is its end: ': المورد', 'المورد:' as written)
        stop = _STOP.fullmatch(out[k].text) is not None and k + 1 < len(out)
        while (stop or RTL_LETTER.search(out[end].text)) and end + 1 < len(out):
            if not RTL_LETTER.search(out[end + 1].text) or _apart(out[end], out[end + 1]):
                break
            end += 1
            stop = False
        if end > k:  # a run of two Arabic words or more: mirrored within its span
            a, b = out[k].x0, out[end].x1
            run = [replace(w, x0=a + b - w.x1, x1=a + b - w.x0) for w in out[k : end + 1]]
            out[k : end + 1] = run[::-1]
        k = end + 1
    return out


def _apart(left: Word, right: Word) -> bool:
    """Two words further apart than a space: in two cells, not one run."""
    return right.x0 - left.x1 > max(3.0, _SPACE * (right.size or 10))


def mirrored_line(ws: list[Word], width: float) -> list[Word]:
    """A line's words (left to right, as drawn, each :func:`written`) on a page *width*
    points wide as its mirror image: in their reading order, at their mirrored places."""
    runs: list[list[Word]] = []
    for w in ws:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and not RTL_LETTER.search(w.text)
            and not RTL_LETTER.search(last.text)
            and not _apart(last, w)
        ):
            runs[-1].append(w)  # a Latin or numeric run goes on: a space apart, same line
        else:
            runs.append([w])
    out: list[Word] = []
    for run in reversed(runs):
        if RTL_LETTER.search(run[0].text):
            w = run[0]
            out.append(replace(w, x0=width - w.x1, x1=width - w.x0))
            continue
        shift = width - run[-1].x1 - run[0].x0  # the run's box mirrored, its words in order
        moved = [replace(w, x0=w.x0 + shift, x1=w.x1 + shift) for w in run]
        if m := _LEADING_STOP.match(moved[0].text):
            moved[0] = replace(moved[0], text=moved[0].text[m.end() :])
            moved[-1] = replace(moved[-1], text=moved[-1].text + m.group(1))
        out.extend(moved)
    return out
