"""Pages written right to left (Arabic, Hebrew), read as their mirror image.

A text layer gives a right-to-left page's words as drawn, left to right: each Arabic word's
letters reversed ('ةرﻮﺗﺎﻓ' for 'فاتورة'), in the letters' presentation forms, and every label to
the right of its value ('1,410.06 ر.س | المبلغ دون ضريبة'), the description column rightmost in
the item table. The rules read labels left of their values. The mirror image of such a page is
a page they can read: each line's words in the order they are read, right to left, every word
at the place its mirror image would stand (a label left of its value again, the description
column first), an Arabic word's letters in their written order and plain letters (NFKC: 'الوصف').
A run of words in Latin letters or figures within the line ('Al Noor Trading Co.', '12,753.20',
'Unit Price') keeps its own order, as it is read left to right; a run is words a space apart,
not columns apart ('S31751  03/03/2026  05/03/2026' are three runs, each under its label).

Whether a page is written right to left its script alone cannot say (Odoo prints its Gulf
invoices with an Arabic label over each English one, laid out either way): a page with enough
right-to-left letters is read both ways, and its totals' evidence chooses (``extract_invoice``).
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


def right_to_left(text: str) -> bool:
    """Does *text* (a page's) have enough letters written right to left to be read mirrored?"""
    rtl = len(RTL_LETTER.findall(text))
    return rtl > 0 and rtl >= _SHARE * len(_LETTER.findall(text))


def mirrored_line(ws: list[Word], width: float) -> list[Word]:
    """A line's words (left to right, as drawn) on a page *width* points wide as its mirror
    image: in their reading order, at their mirrored places."""
    runs: list[list[Word]] = []
    for w in ws:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and not RTL_LETTER.search(w.text)
            and not RTL_LETTER.search(last.text)
            and w.x0 - last.x1 <= max(3.0, _SPACE * (w.size or 10))
        ):
            runs[-1].append(w)  # a Latin or numeric run goes on: a space apart, same line
        else:
            runs.append([w])
    out: list[Word] = []
    for run in reversed(runs):
        if RTL_LETTER.search(run[0].text):
            w = run[0]
            text = unicodedata.normalize("NFKC", w.text[::-1])
            out.append(replace(w, text=text, x0=width - w.x1, x1=width - w.x0))
            continue
        shift = width - run[-1].x1 - run[0].x0  # the run's box mirrored, its words in order
        moved = [replace(w, x0=w.x0 + shift, x1=w.x1 + shift) for w in run]
        if m := _LEADING_STOP.match(moved[0].text):
            moved[0] = replace(moved[0], text=moved[0].text[m.end() :])
            moved[-1] = replace(moved[-1], text=moved[-1].text + m.group(1))
        out.extend(moved)
    return out
