"""Names at the top of the first page that a seller may go by when no heading or return line
gives it: the largest text that is no title, label or heading (nor a grid's head or value, nor
a label we do not know in a column of labels, :func:`in_labels`); a name the page prints again
further down or carries in its web or e-mail address, or sets large over its own postal block
(:func:`over_own_block`). None of them stands in the recipient's block (the customer's heading,
the envelope's window). And a second party's block beside a name, with no heading over either
(:func:`beside`), and the texts of a name's block (:func:`block_text`). The largest name whose
band of the page carries a tax number or IBAN, or that heads its own postal address, is found
in :mod:`robot_lib.invoices.banners`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from robot_lib.invoices.backing import (
    AGAIN_DOWN,
    BY_ADDRESS,
    addressed,
    corroborated,
    mailbox_of,
    title_half,
    title_under,
    wrapped,
)
from robot_lib.invoices.blocks import Segment, clean_name, segments
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.envelope import HEADING, HOUSE_NUMBER, POSTCODE_TOWN
from robot_lib.invoices.heading import grid_head
from robot_lib.invoices.heading import is_label as _is_label
from robot_lib.invoices.labels import (
    DESC_HEAD,
    DOC_TITLE,
    INVOICE_WORD,
    TITLE_WORDS,
    labels_at,
    labels_in,
)
from robot_lib.invoices.parse import dates_in, fold
from robot_lib.invoices.parties import BUYER_WORDS as _BUYER_WORDS
from robot_lib.invoices.parties import NAME_LABEL

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine


@dataclass
class Seller:
    name: str
    confidence: float
    evidence: str
    size: float = 0.0  # of the text it was read from, where that matters
    top: float = 0.0


def in_buyer(seg: Segment, buyer: set[tuple[int, int]]) -> bool:
    return (seg.line.index, round(seg.x0)) in buyer


REACH = re.compile(r"@|www\.|https?:|\b(?:tel|telefon|phone|fax|mobil\w*|tlf|puh)\b")


def block_says(first: list[TextLine], ln: TextLine, seg: Segment, rx: re.Pattern[str]) -> bool:
    """Does the block that starts with *seg* (the lines under it, in its column) say what
    *rx* finds: a tax or company number or an IBAN (``REGISTERED``), a phone number, an
    e-mail or a web address (``REACH``: a sender's letterhead gives one, an addressee's block
    does not)?"""
    pos = first.index(ln)
    for x in first[pos : pos + 6]:
        if x.top - ln.top > 80:
            break
        if any(abs(sg.x0 - seg.x0) < 20 and rx.search(sg.folded) for sg in segments(x)):
            return True
    return False


def sent_from(first: list[TextLine], names: list[str]) -> set[str]:
    """The *names* a web or e-mail address spells in its domain where it stands apart from the
    block of every company in *names* (in the page's foot, on a line of its own): the page's own
    address, the sender's; a contact's address stands in its company's block."""
    blocks = {(o.line.index, round(o.x0)) for n in names for o in column_of(first, n)}
    return {
        name
        for name in names
        if any(
            all((o.line.index, round(o.x0)) not in blocks for o in segments(ln))
            for ln in addressed(name, first)
        )
    }


def _untitled(text: str) -> str:
    """*text* without the document's word set in capitals after a name in other case ('Atelier
    Dubois FACTURE', 'Harbour Lane Ltd TAX INVOICE': the title beside the letterhead's name)."""
    words = text.split()
    for k in (2, 1):  # (the longer title first: 'TAX INVOICE', not 'INVOICE' alone)
        head, tail = " ".join(words[:-k]), " ".join(words[-k:])
        if head and tail.isupper() and not head.isupper() and DOC_TITLE.fullmatch(fold(tail)):
            return head
    return text


def largest(first: list[TextLine], buyer: set[tuple[int, int]]) -> Seller | None:
    runs = []
    for pos, ln in enumerate(first[:15]):
        # a table's heads ('Item | Qty | Price'), or its heading ('Items Ordered') over them;
        # under the heads, the table's rows: no letterhead
        if _heads_row(first, pos):
            break
        if _heads_row(first, pos + 1):
            continue
        # (nor the values under a grid's heads: 'Invoice Number | Order Reference' over '…')
        above = segments(first[pos - 1], by_size=True) if pos else []
        if any(grid_head(above, k) for k in range(len(above))):
            continue
        segs = segments(ln, by_size=True)
        for k, seg in enumerate(segs):
            txt = _untitled(seg.text.strip())
            if (
                TITLE_WORDS.match(fold(txt))
                or _KIND_TITLE.fullmatch(fold(txt))  # 'Medical Invoice': a kind of invoice
                # a grid's head after the first ('Invoice Number | Order Reference | Order date';
                # the first may be a block's name beside a grid: 'Shree Ganesh Traders | Invoice
                # No. | Dated')
                or (k > 0 and grid_head(segs, k))
                or len(txt) <= 2
                or txt[0] in "(#"  # a remark in brackets, a number ('# 1042')
                or txt.endswith(":")  # a label: 'Balance Due:' over or beside its amount
                or (k > 0 and segs[k - 1].text.rstrip().endswith(":"))  # its value: 'Name: Jana'
                or any(_AMOUNT.search(o.text) for o in segs[k : k + 2])  # 'Net   100.00', '8,50 €'
                or re.search(r"\d{3,}", txt)
                or _not_a_name(txt)
                or in_buyer(seg, buyer)
                or _BUYER_WORDS.search(seg.folded)
                or _is_label(seg.folded)
                or re.fullmatch(HEADING.pattern + r"\s*:?", seg.folded)  # 'Bill From' alone
                or _total_label(txt)  # 'Total' in large type, its amount beside it in smaller
                or _street_line(first, pos, seg)
                or _under_address_line(first, pos, seg)
            ):
                continue
            runs.append((_size(seg), ln.top, txt, pos, seg))
    if not runs:
        return None
    runs.sort(key=lambda r: (-r[0], r[1]))
    # (not a title's first half over its word: 'Commercial' over 'Invoice')
    size, top, text, pos, seg = next(
        (r for r in runs if not title_under(first, r[3], r[4])), runs[0]
    )
    text = wrapped(first, pos, seg, text)  # 'Lakeshore Plumbing & Heating' over 'Inc.'
    # 'Julien Moreau - Développeur web': the name before what the sender does
    name = _TRADE_SEP.split(text)[0]
    return Seller(clean_name(name), 0.5, "the largest text at the top", size, top)


def _heads_row(first: list[TextLine], pos: int) -> bool:
    """Line *pos* is a row of column heads (cells without figures) over a table's row: three
    or more cells, an amount among them ('Item | Unit Price | Qty | Price' over 'Cold brew kit
    | $39.00 | 1 | $39.00', 'Labor | 14 | $ 60 | $ 840')."""
    heads, row, after = (first[pos : pos + 3] + [None, None, None])[:3]
    if row is not None and after is not None and not re.search(r"\w", row.text):
        row = after  # (a currency's sign alone on a line of its own, set in larger type: '₹')
    if heads is None or row is None or len(heads.cells) < 2 or re.search(r"\d", heads.text):
        return False
    # (a row of any cells under a description's head: 'Descripción | Importe')
    described = any(DESC_HEAD.fullmatch(fold(heads.text[a:b].strip())) for a, b in heads.cells)
    # (an amount with its cents, or a whole one after its sign: '$ 60')
    amount = re.search(r"\d[.,]\d\d(?!\d)|[$€£]\s?\d", row.text) is not None
    return amount and (len(row.cells) >= 3 or described)


# a title that names a kind of invoice before its word ('Medical Invoice', 'Sales Invoice')
_KIND_TITLE = re.compile(r"[a-z]+\s+" + INVOICE_WORD.pattern + r"\s*:?")
_TRADE_SEP = re.compile(r"\s+[-–—|·•]\s+")


# an amount alone in its cell: '100.00 EUR', '$1,234.50', '-12,00 €'
_AMOUNT = re.compile(r"^\W{0,2}(?:[A-Z]{3}\s?)?-?[\d.,' ]*\d[.,]\d{2}(?:\s?(?:[A-Z]{3}|\W))?$")


# a web address printed without 'www.' ('kroeger-uebersetzungen.de'), in small letters
_WEB = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")


# a heading that speaks to the reader: 'Your Details', 'Ihre Daten', 'Vos informations', 'Sus
# detalles', 'I tuoi dati', 'Twoje dane', 'Uw gegevens' (folded)
_YOURS = re.compile(
    r"(?:your|ihre?|vos|votre|sus?|tus?|i\s*tuoi|i\s*suoi|dina|dine|twoje|uw|jouw|seus?)\s"
)
# the heading of an order's payment or shipping box ('Payment Method', 'Shipping Method:')
_METHOD = re.compile(
    r"(?:payment|shipping|delivery)\s*(?:method|information|info)|zahlungs\s*(?:art|methode)|"
    r"versandart|lieferart|mode\s*de\s*(?:paiement|livraison)|metodo\s*de\s*(?:pago|envio)"
)


def _street_line(first: list[TextLine], pos: int, seg: Segment) -> bool:
    """Is *seg* a block's street, its house number first, over the postcode and town where
    it starts ('8 impasse des Tilleuls' over '35000 Rennes', '77 Alder Street' over 'Portland,
    OR 97205')? An OCR layer may read it a point larger than the name over it."""
    if pos + 1 >= len(first) or not HOUSE_NUMBER.match(seg.text):
        return False
    under = segments(first[pos + 1])
    return any(abs(o.x0 - seg.x0) < 3 and POSTCODE_TOWN.search(o.text) for o in under)


def _under_address_line(first: list[TextLine], pos: int, seg: Segment) -> bool:
    """Does *seg* stand right under a line of an address in its column, a street, its house
    number first, or a postcode and town ('Central City' under '23 Main Street', 'AUSTRALIA'
    under 'MARINEVILLE NSW 2500')? A line of that address, its suburb or country, no name."""
    above = segments(first[pos - 1]) if pos else []
    return any(
        abs(o.x0 - seg.x0) < 3 and (HOUSE_NUMBER.match(o.text) or POSTCODE_TOWN.search(o.text))
        for o in above
    )


def _not_a_name(text: str) -> bool:
    """A web or e-mail address on its own, a date ('24/11/26', the day the page was printed),
    a heading addressed to the reader, or an order's payment or shipping box's."""
    return bool(
        _WEB.fullmatch(text)
        or MAIL.fullmatch(fold(text))
        or any(e - s == len(text) for _d, s, e in dates_in(text))
        or _YOURS.match(fold(text))
        or _METHOD.fullmatch(fold(text).strip(" :"))
    )


def _total_label(text: str) -> bool:
    """Is *text* a total's label alone ('Base imponible', 'Total'), left of its amount?"""
    f = fold(text)
    return any(m.end() == len(f) for m in labels_at(f, totals=True))


def _name_of(sg: Segment, skip: set[tuple[int, int]], shortest: int) -> str | None:
    """*sg*'s text as a name at the top of the page: not in the recipient's block, not a
    title, label or heading, with no digit, address or colon in it (nor after it: 'Offener
    Betrag:' over its amount is a label); after a name's own label ('Company: Lucía Romero
    Gil'), the rest; before the document's word in capitals, the name."""
    raw = sg.text.split(":", 1)[1].strip() if NAME_LABEL.match(sg.folded) else sg.text
    raw = _untitled(raw.strip())  # 'Atelier Dubois FACTURE'
    text, folded = clean_name(raw), fold(raw).strip()
    if (
        not shortest <= len(text) <= 60
        or re.search(r"\d|@|www\.|:", raw)
        or _not_a_name(text)
        or in_buyer(sg, skip)
        or TITLE_WORDS.match(fold(text))
        or _is_label(folded)
        or HEADING.match(folded)
        or _BUYER_WORDS.search(folded)
        # a total's label alone ('Base imponible', left of its amount in the next cell)
        or _total_label(text)
    ):
        return None
    return text


def echoed(
    first: list[TextLine],
    lines: list[TextLine],
    skip: set[tuple[int, int]],
    height: float,
    headed: set[tuple[int, int]] | None = None,
    backed_by: str = "its name is",
    reached: bool = False,
) -> Seller | None:
    """A letterhead with no legal form ('Cole & Finch Design'): a name in the top third of
    the page, outside the recipient's block, that the page prints again further down or
    carries in its web or e-mail address, or (given the blocks under a customer's heading,
    *headed*) prints large and again over its own block outside them (with *backed_by*, only
    the evidence that starts so; with *reached*, only a name whose block gives a phone, e-mail
    or web address, or whose e-mail address the top half of the page prints); the largest such
    name, with its size and place. A line of three parts or more is a table's head, unless its
    first part is a banner set large beside small labels and values ('Nicolas Perrin   Date de
    facture  10.09.2026')."""
    found = []
    for ln in first:
        if ln.top > height * 0.3:
            break
        segs = segments(ln, by_size=True)
        if len(segs) > 2 and _size(segs[0]) <= 1.5 * max(_size(o) for o in segs[1:]):
            continue
        for sg in segs if len(segs) <= 2 else segs[:1]:
            text = _name_of(sg, skip, shortest=5)
            if text is None or in_labels(first, first.index(ln), sg):
                continue
            if title_half(first, first.index(ln), sg):
                continue  # ('Note de frais et' over 'honoraires': a title in its box)
            if (
                reached
                and not block_says(first, ln, sg, REACH)
                and not _mailed(first, text, skip, height)
            ):
                continue
            why = corroborated(text, lines, height, skip)
            if why == AGAIN_DOWN and not _again_alone(text, lines, ln):
                why = ""  # one word printed again only inside other words: 'Mombasa, Kenya'
            whole = wrapped(first, first.index(ln), sg, text)
            if (
                not why
                and headed is not None
                and over_own_block(first, _size(sg), whole, headed, height)
            ):
                why = TWICE
            if why.startswith(backed_by) and not text.startswith("("):
                found.append((-_size(sg), ln.top, whole, why))
    if not found:
        return None
    size, top, name, why = min(found)
    return Seller(name, 0.8, f"the name at the top of the page; {why}", -size, top)


def _again_alone(name: str, lines: list[TextLine], at: TextLine) -> bool:
    """Is *name*, when one word, printed again below *at* where a part of a line starts with
    it, nothing after it but a separator ('Nordwind · Hafenstraße 1'), not inside a longer name
    or before a comma ('Duka la Vifaa Mombasa Ltd', 'Mombasa, Kenya': a town's name)?"""
    if " " in name.strip():
        return True
    key = fold(name).strip()
    return any(
        o.folded.strip() == key or re.match(re.escape(key) + r"\s+[-–—·•|]", o.folded.strip())
        for x in lines
        if x.page > at.page or x.top > at.top
        for o in segments(x)
    )


def _mailed(first: list[TextLine], name: str, skip: set[tuple[int, int]], height: float) -> bool:
    """Does the top half of the page print, outside the recipient's block (*skip*), an e-mail
    address spelling *name*? A way to reach it, though its block gives none: a shop's name
    alone under its logo, its street, phone and e-mail in a block of their own."""
    return any(
        mailbox_of(name, o.folded) and not in_buyer(o, skip)
        for x in first
        if x.top < height / 2
        for o in segments(x)
    )


TWICE = "its name is printed twice at the top: large, and over its own block"
_FIGURE = re.compile(r"\d")


def over_own_block(
    first: list[TextLine], size: float, name: str, headed: set[tuple[int, int]], height: float
) -> bool:
    """*name*, set large in type of *size* (over two lines, maybe), printed again in the top half of
    the page in smaller type, not under a customer's heading (*headed*), over lines of its own
    block that hold a figure (its street, postcode or phone): the sender's letterhead over its
    postal block, however close the two stand (and wherever: the block may stand where an
    envelope's window would show the recipient's)."""
    key = " ".join(fold(name).split())
    for pos, ln in enumerate(first):
        if ln.top > height * 0.5:
            break
        for sg in segments(ln, by_size=True):
            if " ".join(sg.folded.split()) != key or in_buyer(sg, headed):
                continue
            if size < 1.2 * _size(sg):
                continue
            if in_block(first, pos, sg, _FIGURE, 5):
                return True
    return False


def _under(first: list[TextLine], pos: int, sg: Segment, depth: int, reach: float) -> list[str]:
    """The texts in *sg*'s block under it: of the *depth* lines under line *pos* (within
    *reach* points), the parts that stand in its column, flush left with it or flush right
    (starting not far left of it)."""
    return [
        o.text
        for x in first[pos + 1 : pos + 1 + depth]
        if x.top - first[pos].top < reach
        for o in segments(x)
        if abs(o.x0 - sg.x0) < 20 or (abs(o.x1 - sg.x1) < 20 and o.x0 > sg.x0 - 60)
    ]


def column_of(first: list[TextLine], name: str) -> list[Segment]:
    """The block *name* heads at the top of the page, its name first: the parts of the lines
    under it in its column, flush left or flush right with it, each less than three lines
    under the one before (a contact's e-mail, a tax number after the address, however long
    the block); [] when *name* heads no line's part."""
    key = " ".join(fold(name).split())
    for pos, ln in enumerate(first):
        for sg in segments(ln):
            if not " ".join(sg.folded.split()).startswith(key):
                continue
            out, last, reach = [sg], ln.top, 3 * _size(sg)
            for x in first[pos + 1 :]:
                if x.page != ln.page or x.top - last > reach:
                    break
                for o in segments(x):
                    if aligned(o, sg):
                        out.append(o)
                        last = x.top
            return out
    return []


def aligned(o: Segment, sg: Segment) -> bool:
    """Is *o* set in *sg*'s column: flush left with it, or flush right?"""
    return abs(o.x0 - sg.x0) < 3 or abs(o.x1 - sg.x1) < 3


def block_text(
    first: list[TextLine], pos: int, sg: Segment, depth: int, reach: float = 80.0
) -> str:
    """The texts of *sg*'s block (of line *pos*): *sg* and the parts of the *depth* lines
    under it in its column (:func:`_under`), one a line."""
    return "\n".join([sg.text, *_under(first, pos, sg, depth, reach)])


def in_block(first: list[TextLine], pos: int, sg: Segment, rx: re.Pattern[str], depth: int) -> bool:
    """Do the lines under *sg* in its block (:func:`_under`, within 80 pt) say what *rx* finds?
    (With a figure, ``_FIGURE``: a street's, a postcode's or a phone's: a postal block, not a
    contact's name and e-mail.)"""
    return any(rx.search(t) for t in _under(first, pos, sg, depth, 80.0))


def in_labels(first: list[TextLine], pos: int, sg: Segment) -> bool:
    """*sg* (on line *pos*) is a label we do not know in a column of labels: a value stands
    right of it on its line, and on a line right above or below it a field's label stands
    flush left with it, its own value right of it ('Datum  06.01.26' / 'Leistungsdatum  Januar
    2026' / 'Rechnungsnummer  2026/395'): no name."""

    def paired(ln: TextLine, x0: float, x1: float, label: bool) -> bool:
        segs = segments(ln)
        return any(
            abs(o.x0 - x0) < 3
            and (not label or _is_label(o.folded))
            and any(v.x0 > max(o.x1, x1) for v in segs)
            for o in segs
        )

    ln = first[pos]
    if not paired(ln, sg.x0, sg.x1, False):
        return False
    near = [x for x in first[max(0, pos - 2) : pos + 3] if x is not ln and x.page == ln.page]
    return any(
        abs(x.top - ln.top) <= 2.5 * _size(sg) and paired(x, sg.x0, sg.x0, True) for x in near
    )


def beside(
    first: list[TextLine], name: str, skip: set[tuple[int, int]]
) -> tuple[str, str, str] | None:
    """The name that heads a block beside *name*'s on its line at the top of the page, in the
    same type, not in the recipient's block (*skip*) and over a postal block of its own: two
    parties' blocks side by side with no heading over either. None when there is none (a
    contact's name and e-mail beside it are no second party's block), or a seller's or
    customer's heading stands on the line above. Else the other name, and the texts of its
    block and of *name*'s."""
    key = " ".join(fold(name).split())
    for pos, ln in enumerate(first):
        segs = segments(ln, by_size=True)
        mine = [sg for sg in segs if " ".join(sg.folded.split()) == key]
        if not mine:
            continue
        above = first[pos - 1].folded if pos else ""
        if HEADING.search(above) or _BUYER_WORDS.search(above):
            return None  # headings over the two blocks ('Seller / Pardavėjas:  Buyer / …')
        # its line, then the lines up to a line and a half over or under it (one block set a
        # little lower: a logo over the sender's name), their parts clear of the name's
        near = [
            (j, sg)
            for j in range(max(0, pos - 2), min(len(first), pos + 3))
            if j == pos or abs(first[j].top - ln.top) < 1.6 * _size(mine[0])
            for sg in (segs if j == pos else segments(first[j], by_size=True))
            if j == pos or sg.x0 > mine[0].x1 or sg.x1 < mine[0].x0
        ]
        near.sort(key=lambda p: p[0] != pos)
        for j, sg in near:
            text = None if sg is mine[0] else _name_of(sg, skip, shortest=5)
            # (a name run into a label beside it, 'Harbourside Cafe Pty Ltd Invoice Date', is
            # the customer's line of a block of the invoice's details, not a second party's)
            if text is None or next(labels_in(fold(text)), None) is not None:
                continue
            if j != pos and (
                HEADING.search(first[j - 1].folded)
                or _BUYER_WORDS.search(first[j - 1].folded)
                or not _heads(first, j, sg)
            ):
                continue
            if abs(_size(sg) - _size(mine[0])) < 0.5 and in_block(first, j, sg, _FIGURE, 3):
                return text, block_text(first, j, sg, 5), block_text(first, pos, mine[0], 5)
        return None
    return None


def _heads(first: list[TextLine], j: int, sg: Segment) -> bool:
    """Does *sg* head its block: nothing over it in its column on the line above (within two
    lines of its type), as over a second line of a block ('Acme Corp.' over 'John Doe')?"""
    if j == 0 or first[j].top - first[j - 1].top > 2 * _size(sg):
        return True
    return not any(o.x0 < sg.x1 and o.x1 > sg.x0 for o in segments(first[j - 1]))


def window_sender(
    first: list[TextLine], lines: list[TextLine], height: float, window: set[tuple[int, int]]
) -> tuple[str, str] | None:
    """The name heading the envelope window's block (*window*), and why it is the sender's:
    the page's own web or e-mail address spells it, outside the block (a sample's sender at
    the left, its contact in the page's foot); None otherwise."""
    top = min(window)
    ln = next((x for x in first if x.index == top[0]), None)
    seg = next((sg for sg in segments(ln) if round(sg.x0) == top[1]), None) if ln else None
    if seg is None or re.search(r"\d", seg.text):
        return None
    name = clean_name(seg.text)
    backed = corroborated(name, lines, height)
    if not backed.startswith(BY_ADDRESS):
        return None
    # (not its own e-mail in its block: a customer's contact under its name)
    return None if mail_in(column_of(first, name)) else (name, backed)


# an e-mail or web address
MAILBOX = re.compile(r"@|www\.")
MAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+")  # an e-mail address (folded)


def mail_in(column: list[Segment]) -> bool:
    """Does an e-mail or web address stand in a block at the top (:func:`column_of`), under
    its name?"""
    return any(MAILBOX.search(o.folded) for o in column[1:])


def name_under_brand(first: list[TextLine], guess: Seller) -> str | None:
    """The name on the line right under the brand *guess*, at its left edge, in smaller type,
    that starts with the brand's first word and goes on with another ('SNCF Connect' over
    'SNCF Voyageurs', its street and town under it): the company behind the brand, whose block
    it heads; None when there is none."""
    key = fold(guess.name).split()
    at = line_at(first, guess)
    if at is None or at + 2 >= len(first) or len(key[0]) < 3:
        return None
    ln, nxt = first[at], first[at + 1]
    mine = [sg for sg in segments(nxt) if abs(sg.x0 - ln.words[0].x0) <= 2]
    if not mine or nxt.top - ln.top > 2.5 * guess.size or _size(mine[0]) >= guess.size - 1:
        return None
    text = clean_name(mine[0].text)
    words = fold(text).split()
    if len(words) < 2 or words[0] != key[0] or words == key or re.search(r"\d", text):
        return None
    # (its street and town under it: a block, not a tagline)
    return text if postal_under(first, at + 2) else None


def line_at(first: list[TextLine], name: Seller) -> int | None:
    """The index in *first* of the line the name read at the top stands on; None if none."""
    return next((i for i, ln in enumerate(first) if abs(ln.top - name.top) < 1), None)


def postal_under(first: list[TextLine], start: int) -> bool:
    """Does one of the three lines of *first* from *start* on print a postcode and town?"""
    return any(POSTCODE_TOWN.search(x.text) for x in first[start : start + 3])
