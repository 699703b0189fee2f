"""What LaTeX's fonts and math mode do to an invoice's amounts, seen on the kept CTAN pages
(``tests/data/ctan_invoices``) and drawn on their own: the currency signs of its symbol fonts,
whose glyphs map to no character or to a letter (marvosym's euro '(cid:164)', eurosym's euro
'e'), and a decimal comma set in math mode, which puts a thin space after it ('2 246, 00')."""

from __future__ import annotations

from robot_lib.invoices.words import mend
from robot_lib.pdf import Word, open_pdf
from tests.invoice_ctan import FIXTURES


def _words(name: str) -> list[str]:
    with open_pdf(FIXTURES / name) as doc:
        return [w.text for w in doc.words()]


def test_marvosyms_euro_reads_as_the_euro() -> None:
    # isodoc's default currency, marvosym's euro: 'Betrag (€)' in the amounts' column head
    words = _words("isodoc-deDE-0.pdf")
    assert any(w.endswith("(€)") for w in words), words
    assert not any("(cid:" in w for w in words)


def test_eurosyms_euro_reads_as_the_euro() -> None:
    # invoice2's German table with eurosym's \\euro after each amount ('2558,50e' had been read,
    # no amount and no currency in it): the euro sign
    words = _words("invoice2-ngerman-0.pdf")
    assert sum(w.endswith("€") for w in words) >= 5, words
    assert not any(w[:1].isdigit() and w.endswith("e") for w in words), words


def _word(text: str, x0: float, size: float = 10.0) -> Word:
    return Word(text, x0, x0 + 5.0 * len(text), 100.0, 110.0, 0, size)


def test_cents_after_a_math_mode_comma_join_their_amount() -> None:
    # TeX's math comma: '2 246,' and '00€' a thin space apart (a sixth of an em) are one amount
    first = _word("246,", 100.0)
    joined = mend([first, _word("00€", first.x1 + 1.7)])
    assert [w.text for w in joined] == ["246,00€"]


def test_a_comma_and_a_word_space_part_two_numbers() -> None:
    # a list's '12, 34' with a word's space between them stays two numbers
    first = _word("12,", 100.0)
    assert [w.text for w in mend([first, _word("34", first.x1 + 3.3)])] == ["12,", "34"]
