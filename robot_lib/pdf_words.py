"""How pdfplumber's letters become words: a word drawn twice a hair apart to look bold
('RReecchhnnuunngg'), a text wider than its cell run into the next one (letters sorted left to
right interleave the two), two cells that touch (a label's last letter and its value's first a
hair apart: 'NumberINV-0165'), a line whose letters are spaced out ('R A ČUN'), and a
watermark's slanted letters.
:mod:`robot_lib.pdf` builds a page's words with them."""

from __future__ import annotations

from typing import Any

X_TOLERANCE = 1.5  # restores spaces that some fonts lose at pdfplumber's default of 3


def doubled(text: str) -> bool:
    """Every letter twice in a row ('GGmmbbHH', '22002266'): a word drawn twice."""
    return len(text) >= 6 and text[0] == text[1] and text[::2] == text[1::2]


def level(letters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's letters less those set at a slant, neither level nor turned a quarter: a
    watermark across the page ('ORIGINAL FOR RECIPIENT' at 45 degrees under an Indian
    invoice's duplicate print), whose letters fall among the lines' words ('INV/2026/0030O3')."""
    kept = [c for c in letters if not slanted(c["matrix"])]
    return kept if len(kept) < len(letters) else letters


def slanted(m: tuple[float, ...]) -> bool:
    """Is the letter's matrix turned between 10 and 80 degrees from level or upright?"""
    a, b = m[0], m[1]
    return b != 0 and a != 0 and 0.18 < abs(b / a) < 5.7


def untangled(raw: list[dict[str, Any]], letters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words, a line whose letters overlap read again in the order they were drawn: a text
    wider than its cell runs into the next one, and letters sorted left to right interleave
    the two ('1’840.90 CHF' over '1’840.90 CHF' reads '1’840.90 C1H’F840.90 CHF')."""
    bands = [(w["top"], w["bottom"]) for w in raw if overlapping(w["chars"])]
    if not bands:
        return raw
    from pdfplumber.utils.text import extract_words

    def within(top: float, bottom: float) -> bool:
        mid = (top + bottom) / 2
        return any(t <= mid <= b for t, b in bands)

    kept = [w for w in raw if not within(w["top"], w["bottom"])]
    again = [c for c in letters if c.get("upright", True) and within(c["top"], c["bottom"])]
    flow = extract_words(again, x_tolerance=X_TOLERANCE, extra_attrs=["size"], use_text_flow=True)
    return kept + flow


def unglued(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words, each cut where two letters stand apart by more than a tenth of their size
    and by three times the word's usual gap: two cells touching, a label's and its value's
    ('Invoice Number' and 'INV-0165' read 'NumberINV-0165'); a word's own letters stand
    closer, or all as far apart (a heading spaced out)."""
    out = []
    for w in raw:
        chars = w.get("chars")
        if not chars or len(chars) < 4:
            out.append(w)
            continue
        gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:], strict=False)]
        usual = sorted(gaps)[len(gaps) // 2]
        size = chars[0].get("size") or 10.0
        cuts = [
            i + 1 for i, g in enumerate(gaps) if g > 0.1 * size and g > 3 * max(usual, 0.02 * size)
        ]
        if not cuts:
            out.append(w)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(chars)], strict=True):
            part = chars[a:b]
            text = "".join(c["text"] for c in part)
            out.append(
                {**w, "text": text, "x0": part[0]["x0"], "x1": part[-1]["x1"], "chars": part}
            )
    return out


def overlapping(chars: list[dict[str, Any]]) -> bool:
    """Do two neighbouring letters cover each other by more than half the narrower one's width
    (not a kerned pair's sliver)?"""
    return any(
        b["x0"] < a["x1"] - 0.5 * min(a["x1"] - a["x0"], b["x1"] - b["x0"])
        for a, b in zip(chars, chars[1:], strict=False)
    )


def respaced(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words, those of a line set with its letters spaced out (CSS letter-spacing: each
    letter a point or two from the next) joined again where the spacing alone parts them: at
    a tolerance near that spacing, pdfplumber cuts some words and not others ('R A ČUN : 2026-
    261' for 'RAČUN : 2026-261'). A line's spacing is its words' usual gap between letters;
    a space between two words is wider by a space's width."""
    out: list[dict[str, Any]] = []
    line: list[dict[str, Any]] = []
    for w in raw:
        if line and (abs(w["top"] - line[-1]["top"]) > 0.5 or w["x0"] < line[-1]["x1"]):
            out += _rejoined(line)
            line = []
        line.append(w)
    return out + _rejoined(line)


def _rejoined(line: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """*line*'s words (one printed line, left to right), joined where their gap is the line's
    letter spacing (:func:`respaced`)."""
    probe = next((w["chars"] for w in line if len(w.get("chars") or []) >= 3), None)
    if probe is None or _median(_gaps(probe)) < 0.6:
        return line  # (most lines, told by one word: letters a hair apart or touching)
    inner = [g for w in line for g in _gaps(w.get("chars") or [])]
    if len(inner) < 3 or _median(inner) < 0.8:
        return line
    spacing = _median(inner)
    out = [line[0]]
    for w in line[1:]:
        a = out[-1]
        gap = w["x0"] - a["x1"]
        if abs(gap - spacing) <= 0.25 and abs(w.get("size", 0) - a.get("size", 0)) < 0.1:
            chars = [*(a.get("chars") or []), *(w.get("chars") or [])]
            out[-1] = {**a, "text": a["text"] + w["text"], "x1": w["x1"], "chars": chars}
            out[-1]["bottom"] = max(a["bottom"], w["bottom"])
        else:
            out.append(w)
    return out


def _gaps(chars: list[dict[str, Any]]) -> list[float]:
    """The gaps between the neighbouring letters *chars*."""
    return [float(b["x0"] - a["x1"]) for a, b in zip(chars, chars[1:], strict=False)]


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]
