"""What stands beside a label on its line: where the label's own text ends
(:func:`right_text`, :func:`label_end`), whether an earlier label reads through it
(:func:`absorbed`), whether it labels an identifier ('VAT Reg. No.') or heads a column of rates
('MwSt %') rather than an amount, whether a word before it says there is none of it
(:func:`negated`)."""

from __future__ import annotations

import re

from robot_lib.invoices.lines import Hit, TextLine
from robot_lib.invoices.parse import amounts_in, dates_in

_RATE_WORD = re.compile(
    r"^\s*-?\s*(?:satz|sats|rate|tarif|taux|tasa|tarief|aliquota|aliquote|stawka|sazba|kanta)\b"
)


def rate_head(hit: Hit) -> bool:
    """'MwSt%', '%IVA', 'VAT %', 'USt. %', 'MwSt-Satz', 'VAT rate', 'Taux TVA': a label the percent
    sign or a word for rate touches heads the rates' column."""
    text = hit.line.text
    if text[max(0, hit.start - 1) : hit.start] == "%" or text[hit.end :].lstrip(" .")[:1] == "%":
        return True
    before = hit.line.folded[: hit.start].rstrip()
    if _RATE_WORD.match(hit.line.folded[hit.end :]):
        return True
    rate = re.search(r"\b(?:taux|tasa|tarief|aliquota|stawka|sazba)(?:\s*(?:de|d.|di))?$", before)
    if rate is None:
        return False
    # 'Sazba  DPH' a column apart: two heads side by side, the rate's and the tax's
    word = hit.line.words[hit.line.word_at(hit.start)]
    gap = hit.line.span_x(hit.start, hit.end)[0] - hit.line.span_x(rate.start(), rate.end())[1]
    return gap < (word.size or word.bottom - word.top)


def label_end(text: str, start: int, end: int) -> int:
    """Where the label *text*[start:end] ends without its trailing spaces and stops ('Nummer:
    ' ends after 'Nummer'): its own stops reach into nothing beside it."""
    return start + len(text[start:end].rstrip(" .:"))


def right_text(hit: Hit, others: list[Hit]) -> str:
    """Text right of the label up to the next label on the same line. A label followed by
    another in its cell with no value between them ('Summe inkl. USt: 5,00') reads through it;
    a label in a cell of its own ('Versandart: Standard' beside 'zzgl. 7% MwSt.: 3,17 €', two
    blocks side by side) is where this one's text ends; so is, after a label's cell that ends
    with its colon and no value, a later cell that opens with a label of its own and its value
    ('Data wystawienia, … ustawy:' beside 'Data otrzymania zapłaty: 2026-06-21': a grid of two
    columns whose first value stands under its label). An aside in brackets in a cell of its
    own is part of the label before it: 'PDV (VAT): 25%' reads through '[ osnovica (base):
    18.691,87 € ]' to '4.672,97 €'."""
    text = hit.line.text
    own = (hit.line.cell_at(hit.start) or (0, len(text)))[1]
    if (rest := text[hit.end : own].strip()) == "" or rest.endswith(":"):
        pair = next((a for a, _b in hit.line.cells if a >= own and _PAIR.match(text, a)), None)
        text = text[:pair] if pair is not None else text
    nxt = sorted(o.start for o in others if o.line is hit.line and hit.end <= o.start < len(text))
    if not amounts_in(text[hit.end :]) and not dates_in(text[hit.end :]):
        return text[hit.end : nxt[0]] if nxt else text[hit.end :]
    pos = hit.end
    aside = _aside(hit.line)
    for start in nxt:
        if any(a < start < b for a, b in aside):
            continue  # (the aside's own label)
        if _holds_value(text[pos:start]):  # a rate is none: 'VAT 20% Tax: £23.80'
            return text[hit.end : start]
        if start >= own:  # the cell that holds the next label begins this one's end
            return text[hit.end : max(a for a, _b in hit.line.cells if a <= start)]
        pos = start
    return text[hit.end :]


def _aside(ln: TextLine) -> list[tuple[int, int]]:
    """The spans of the line's asides: a cell that opens with a bracket and closes it, with an
    amount in it ('[ osnovica (base): 18.691,87 € ]')."""
    text = ln.text
    return [
        (a, b)
        for a, b in ln.cells
        if text[a] in "[("
        and text[b - 1] == {"[": "]", "(": ")"}[text[a]]
        and amounts_in(text[a:b])
    ]


# a cell that opens with a label and its value: 'Data otrzymania zapłaty: 2026-06-21'
_PAIR = re.compile(r"[^\W\d][^:\d]{0,40}:\s*\S")


def absorbed(hit: Hit, others: list[Hit]) -> bool:
    """True if an earlier label in the same cell of the line reads through this one (no value
    between: :func:`_holds_value`). A label in another cell ('Make all checks payable to …' at
    the left, 'SUBTOTAL $2,635.40' at the right of one printed line) is another block's."""
    text = hit.line.text
    cell = hit.line.cell_at(hit.start) or (0, len(text))
    before = [o for o in others if o.line is hit.line and o.end <= hit.start and o.start >= cell[0]]
    if not before or not amounts_in(text[hit.end :]):
        return False
    prev = max(before, key=lambda o: o.end)
    return not _holds_value(text[prev.end : hit.start])


def _holds_value(gap: str) -> bool:
    """True if *gap*, the text between two labels, holds a value of the first: an amount, a
    date, a number that is no rate ('Shipping method: Royal Mail Tracked 48  plus 10% VAT:
    £2.25'; not 'Total incl. 20% VAT: 120.00')."""
    return bool(amounts_in(gap) or dates_in(gap) or _NUMBER.search(gap))


_NUMBER = re.compile(r"\w{2,}\d|\d{2,}(?![\d.,]*\s*%)")


# around a tax word, these make it the label of an identifier: 'VAT Reg. No.', 'USt-IdNr.',
# 'TVA intracom.', 'N° TVA', 'P.IVA', 'Partita IVA'
_ID_AFTER = re.compile(
    # (not a registration's fee: 'Utlägg: registreringsavgift')
    r"^\W{0,3}(?:reg(?!\w*(?:avgift|afgift|gebyr|gebuhr|fee))\w*|registration|no|nr|number|nummer|"
    r"numero|numer|id\w*|n[o°º]|#|intra\w*)(?!\w)"
    # 'Vat in: CZ27364518' (VAT identification number)
    r"|^\W{0,3}in\s?:"
    # a VAT number: the country's code, then digits ('BTW NL 8190.47.220.B01', 'VAT GB 118…')
    r"|^\W{0,3}(?:at|be|bg|ch|cy|cz|de|dk|ee|el|es|fi|fr|gb|hr|hu|ie|it|lt|lu|lv|mt|nl|no|pl|"
    r"pt|ro|se|si|sk|xi)\s?[a-z]?\d{2}[\d .]{4,}\d"
)
_ID_BEFORE = re.compile(
    r"(?:^|\W)(?:n[o°º]|nr|no|num\w*|p|partita|code|cod)\W{0,3}$"
    # after the number it ends: Norway's 'NO 987 654 321 MVA', Switzerland's 'CHE-123.456.789 MWST'
    r"|\b[a-z]{2,3}\W{0,2}(?:\d[ .-]?){8,11}\s*$"
)


def identifier(h: Hit) -> bool:
    """A tax word that labels an identifier ('VAT Reg. No.', 'P.IVA', 'BTW NL 8190…',
    'Btw-nummer'), not an amount. (A number's word in its own cell before it heads another
    column: 'ACCOUNT NUMBER | TOTAL DUE'.)"""
    cell = (h.line.cell_at(h.start) or (0, 0))[0]
    return bool(
        _ID_AFTER.match(h.line.folded[h.end :]) or _ID_BEFORE.search(h.line.folded[cell : h.start])
    )


# a word that says the tax named after it is not there ('No VAT', 'TOTAL NO VAT', 'Keine MwSt.')
# or leaves it out ('ohne MwSt.', 'sans TVA', 'excl. VAT': the net's words)
_NONE = re.compile(
    r"\b(?:no|keine?|without|ohne|sans|sin|senza|sem|zonder|bez|ilman|ei|uten|utan|excl|exkl|hors|"
    # a seller who charges none: Czech 'Nejsem plátce DPH', 'Neplátce DPH', Slovak 'Nie som
    # platiteľ DPH'
    r"nejsem\s*platce|neni\s*platcem|neplatce|nie\s*(?:som|je)\s*platitel(?:om)?|neplatitel|"
    # an amount outside it: Czech 'není předmětem DPH', Polish 'nie podlega VAT', Greek 'εκτός
    # ΦΠΑ', Finnish 'ei alv' (in a row of totals' heads, no second tax's column)
    r"neni\s*predmetem|nie\s*podlega|εκτος)"
    r"\W{0,2}$"
)


def negated(hit: Hit, lines: list[TextLine]) -> bool:
    """A tax's word after a word that says there is none or leaves it out ('TOTAL NO VAT'):
    it labels no tax's amount. Also when that word ends the text over it in its cell, the
    label wrapped in a narrow column ('TOTAL NO' over 'VAT', nothing beside it: the amount
    under it is the next label's)."""
    ln = hit.line
    before = ln.folded[: hit.start]
    if _NONE.search(before):
        return True
    if before.strip() or not ln.index or lines[ln.index - 1].page != ln.page:
        return False
    above = lines[ln.index - 1]
    if ln.top - above.top > 2 * (ln.words[ln.word_at(hit.start)].size or 10):
        return False
    x0 = ln.span_x(hit.start, hit.end)[0]
    for a, b in above.cells:
        left, right = above.span_x(a, b)
        if left - 2 <= x0 <= right:  # the cell over the label: its first line
            return bool(_NONE.search(above.folded[a:b].rstrip()))
    return False


# a tax's service an item names, its word after the tax's ('Tax return preparation', 'Sales
# tax filing', 'VAT return Q1', 'Umsatzsteuer-Voranmeldung 03/2026') or before it ('Déclaration
# de TVA mensuelle'), as an accountant bills it (folded text)
_SERVICE_AFTER = re.compile(
    r"\W{0,3}(?:returns?|filings?|preparation|planning|computation|advice|advisory|consult\w*|"
    r"registration|compliance|reporting|declarations?|voranmeldung\w*|anmeldung\w*|erklarung\w*|"
    r"beratung\w*|mensuelle|trimestrielle|annuelle)\b"
)
_SERVICE_BEFORE = re.compile(
    r"\b(?:declaration|dichiarazione|declaracion|aangifte|liquidacion)\s*"
    r"(?:de\s*(?:la\s*)?|d.|della\s*|del\s*|van\s*de\s*)?$"
)


def tax_service(h: Hit) -> bool:
    """Is the tax's label *h* a service's name an item's row gives (:data:`_SERVICE_AFTER`)?"""
    folded = h.line.folded
    return bool(_SERVICE_AFTER.match(folded, h.end) or _SERVICE_BEFORE.search(folded, 0, h.start))
