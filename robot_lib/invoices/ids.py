"""An identifier read from the text after its label: the invoice's or an order's number
('Nr. RE-2026-0042', '# 4711', 'No: 558213'), not a date, an amount or other words."""

from __future__ import annotations

import re
from typing import Any

from robot_lib.invoices.labels import NUMBER_WORD, STOP_WORDS
from robot_lib.invoices.parse import amounts_in, dates_in, fold, no_leaders

# (and 'Nº' or 'N°' glued to the number: 'Factura Nº2026-0608'; and the bracket that closes
# the label's second language: 'Broj računa (Invoice number): 165-1-1')
_LEAD = re.compile(
    r"^[\s:#.\-–°º)]*(?:[Nn]\.?[°º]\.?\s*[:#]?\s*)?(?:(?:"
    + NUMBER_WORD
    + r")\.?\s*[:#]?\s*)?[:#\s]*"
)


def read_id(text: str, dates_ok: bool = False) -> str | None:
    """An identifier at the start of *text*: contains a digit, is not a date or amount. With
    *dates_ok* (right after an explicit 'invoice number' label) a slashed or bare number that
    reads as a date is an identifier too: '2/11/2023' is number 2 of November in many ledgers,
    '20260208' the 208th invoice of 2026."""
    text = _LEAD.sub("", no_leaders(text))  # 'No: ........ 558213'
    tokens = text.split()
    out: list[str] = []
    for tok in tokens[:4]:
        clean = tok.strip(",;:()")
        if not clean or fold(clean) in STOP_WORDS:
            break
        out.append(clean)
        if any(c.isdigit() for c in clean):
            break
    if not out or not any(c.isdigit() for c in out[-1]) or len(out) > 2:
        return None  # two words before a number: some other text ('Sydney NSW 2000')
    prefix = len(out) == 2 and out[0].isalpha() and out[0].isupper()
    if prefix and fold(out[0]) in ("no", "nr", "id", "vat"):
        # 'FOLIO NO: 558213', 'ORDER ID: OD3264…' in capitals: a label's end; the title's own
        # word, Poland's 'Faktura VAT 87/2026'
        value = out[1]
    elif prefix and len(out[0]) <= 2:
        value = out[0] + out[1]  # 'R 18-31': a prefix split off by the renderer
    elif prefix and len(out[0]) <= 4:
        value = f"{out[0]} {out[1]}"  # 'FPR 118/26': a series before the number
    else:
        value = out[-1]
    value = _GLUED_LABEL.sub("", value)  # 'Rechnungsnummer1F4E33CA-0003': its label ran into it
    after = tokens[len(out)] if len(tokens) > len(out) else ""
    if _PAGE_WORD.fullmatch(fold(after)) and re.fullmatch(r"\d{1,3}(?:/\d{1,3})?", value):
        return None  # the page's count beside the title ('Számla … 1/1 oldal', '1/2 page(s)')
    # a number in two parts around a slash set apart: Teamleader's '2026 / 244'; else groups
    # of digits after it belong to it ('RE 2026 1234', Orange's '61 559 427 418'), a date or
    # an amount does not
    rest = [t.strip(",;:()") for t in tokens[len(out) : len(out) + 2]]
    if rest[:1] == ["/"] and len(rest) == 2 and re.fullmatch(r"\d{1,6}", rest[1]):
        value = f"{value} / {rest[1]}"
    else:
        for tok in tokens[len(out) : len(out) + 3]:
            if not re.fullmatch(r"\d{3,}", tok):
                break
            value = f"{value} {tok}"
    # after an explicit label, '2/11/2023' and '20260208' are numbers that read as dates
    dated = _is_whole(dates_in(value), value) and not (
        dates_ok and ("/" in value or value.isdigit())
    )
    # '2026.0042' after an explicit label: no amount has four decimals, and none's first group
    # of thousands starts with a nought ('000.053.006', Brazil's note numbers)
    money = _is_whole(amounts_in(value), value) and not re.fullmatch(
        r"\d{2,}\.\d{4,}|0\d{1,2}(?:[.,]\d{3})+", value
    )
    if len(value) > 40 or dated or money:
        return None
    if re.fullmatch(r"\d{1,2}[.,]?", value):
        if any(s == 0 and e > len(value) for _v, s, e in dates_in(text)):
            return None  # the day of a date in words ('24. Januar 2014'), not a number
        return None if len(out) > 1 else value
    return value


# a number's label run into its value in the text layer, the label wider than its cell
# ('Rechnungsnummer1F4E33CA-0003', 'Invoicenumber20260042'): a word ending in a number's word
_GLUED_LABEL = re.compile(r"^[^\W\d_]*(?:nummer|number|numero)(?=\d|[A-Z]+\d)", re.I)
# a page's word after its count: Hungarian 'oldal', 'page(s)', 'Seite(n)', 'strona', 'sivu' …
_PAGE_WORD = re.compile(
    r"(?:oldal|pages?(?:\(s\))?|seiten?|stron[ay]?|str\.?|stran[ai]?|stranka|sivua?|sida|"
    r"sider?|pagina|lapa|puslapis|lehekulg|sayfa)[.,;:]?"
)


def _is_whole(found: list[Any], value: str) -> bool:
    return any(s == 0 and e >= len(value.rstrip(".,")) for _v, s, e in found)


# a series' label and its letters ('Serija VP'), alone on its line or before the number's label
# on it: a Lithuanian invoice's number is its series and its number (folded text)
_SERIES = re.compile(r"\b(?:serija|series)\s*:?\s*([a-z]{1,6})\s*$")


def series_before(line: str, folded: str, above: tuple[str, str] | None) -> str | None:
    """The series printed before a number's label: in *line* up to the label (*folded*, its
    folded text), or alone on the line *above* (its text and folded text); as printed."""
    m = _SERIES.search(folded)
    if m:
        return line[m.start(1) : m.end(1)]
    if above is None:
        return None
    text, low = above
    m = _SERIES.search(low)
    return text[m.start(1) : m.end(1)] if m and not low[: m.start()].strip(" |:") else None
