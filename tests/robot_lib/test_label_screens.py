"""The label screens (``lines._screen``) let through exactly the lines their patterns match:
led by the characters the patterns can start with, they pass over a line's other positions,
and must never pass over a label."""

from __future__ import annotations

import re
from pathlib import Path

from robot_lib.invoices.labels import LABEL_RX, TOTAL_RX
from robot_lib.invoices.layout import LayoutExtractor
from robot_lib.invoices.lines import _first_chars, _screen
from robot_lib.pdf import open_pdf

_CORPUS = Path(__file__).resolve().parents[1] / "data" / "invoices"


def test_a_patterns_first_characters() -> None:
    assert _first_chars(re.compile(r"\b(?:invoice|bill)\s*no\b")) == {"i", "b"}
    assert _first_chars(re.compile(r"(?<!net )\btotal")) == {"t"}
    assert _first_chars(re.compile(r"n[o°º]\.?")) == {"n"}
    assert _first_chars(re.compile(r"(?:tax\s*)?invoice")) == {"t", "i"}
    assert _first_chars(re.compile(r"^\W*skatt\b")) == {"^"}  # tried at the line's start
    assert _first_chars(re.compile(r"\w*rabatt")) is None  # any letter: no lead
    assert _first_chars(re.compile(r"total", re.I)) == {"t", "T"}
    assert _first_chars(re.compile(r"x|(?i:total)")) == {"x", "t", "T"}
    assert _first_chars(re.compile(r"\d+\s*days")) is None  # ('\d': any script's digits)


def test_a_screen_lets_through_the_lines_its_patterns_match() -> None:
    texts = ["", "  : 12,00", "skatt 25 %", "zzz invoice no. 7", "Total", "net total", "#45"]
    for pdf in sorted(_CORPUS.rglob("*.pdf"))[::4]:
        texts += [ln.folded for ln in LayoutExtractor(open_pdf(pdf)).lines]
    assert len(texts) > 500
    for table in (LABEL_RX, TOTAL_RX):
        for field, patterns in table.items():
            rxs = tuple(rx for rx, _w in patterns)
            plain = re.compile("|".join(f"(?:{rx.pattern})" for rx in rxs))
            screen = _screen(rxs)
            for t in texts:
                assert bool(screen.search(t)) == bool(plain.search(t)), (field, t)
