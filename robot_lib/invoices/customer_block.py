"""The customer's block on an invoice's first page: the text under a buyer heading ('Bill to',
'Rechnungsempfänger', 'Client :') in its column, or centred or flush right under it, four lines
and more while they read as an address; the block a 'c/o' or 'Attn:' line marks; the name a
payment form's payer's label stands before, and the customer's company printed again outside its
block, wherever they are printed: what the seller's search leaves out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import Segment, clean_name, company, segments
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.heading import is_label
from robot_lib.invoices.parse import DASH_CENTS
from robot_lib.invoices.parties import BUYER_WORDS as _BUYER_WORDS
from robot_lib.invoices.parties import SELLER_HEADINGS

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

# an amount with its cents ('1.250,00', '12,–'): an item table's row, not an address's line
MONEY = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,' ]\d{3})*[.,](?:\d{2}(?![\d.,])|" + DASH_CENTS + ")")


def buyer_segments(first: list[TextLine]) -> set[tuple[int, int]]:
    """(line index, rounded x) of the text under a buyer heading, in or centred in its column;
    and of the text beside a bare heading in the next cell, and under that, when the block is a
    grid of labels and values ('Kupec | Hotel Bled d.d.' over 'Naslov | Cesta svobode 15')."""
    out: set[tuple[int, int]] = set()
    form = any(_FORM.search(ln.folded) for ln in first)
    for pos, ln in enumerate(first):
        segs = segments(ln)
        for k, seg in enumerate(segs):
            if not _BUYER_WORDS.search(seg.folded):
                continue
            if form and _RECEIVER.search(seg.folded):
                continue  # a payment form's payee ('Recipient', 'Mottagare' over the seller's)
            if len(seg.folded) > 40 and not _heads_company(seg):
                continue
            if _NUMBER_OF.search(seg.folded):
                continue  # 'N° de compte client : 1.406…', 'Customer ID': a number, no heading
            right = segs[k + 1].x0 - 4 if k + 1 < len(segs) else 10_000.0
            left = segs[k - 1].x1 if k else 0.0
            out.add((ln.index, round(seg.x0)))
            out |= _column(first, pos, seg, left, right)
            beside = segs[k + 1] if k + 1 < len(segs) else None
            if beside is not None and _bare_heading(seg) and _named(beside):
                far = segs[k + 2].x0 - 4 if k + 2 < len(segs) else 10_000.0
                out.add((ln.index, round(beside.x0)))
                out |= _column(first, pos, beside, seg.x1, far)
    return out


def _column(
    first: list[TextLine], pos: int, seg: Segment, left: float, right: float
) -> set[tuple[int, int]]:
    """(line index, rounded x) of the block's lines under *seg*, the *pos*-th line's segment,
    in its column between *left* and *right*."""
    out: set[tuple[int, int]] = set()
    last: tuple[float, float] | None = None  # the block's last line: its top, its size
    postal = True
    # its four lines, and up to three more while the block's lines follow each other with no
    # amount or label (a shop's customer: name, company, street, town, phone)
    j, skipped = 0, False
    for nxt in first[pos + 1 : pos + 16]:
        if j >= 7:
            break
        ours = [s2 for s2 in segments(nxt) if _under(s2, seg, left, right)]
        if not ours and last is not None and j >= 2:
            # a line of the column beside it only ('Due date' at the right, between the
            # customer's name and its street): the block goes on under it
            skipped = True
            continue
        # (no amount in any of them: an address, not an item table under 'Client :')
        postal = postal and not MONEY.search(nxt.text)
        # (past a skipped line, a name in large type over its address's lines)
        far = last is None or nxt.top - last[0] > (2.0 if skipped else 1.6) * last[1]
        if (j >= 4 or skipped) and (not postal or far or is_label(nxt.folded)):
            break
        j += 1
        for s2 in ours:
            out.add((nxt.index, round(s2.x0)))
            last = (nxt.top, _size(s2))
    return out


def _bare_heading(seg: Segment) -> bool:
    """Is *seg* a buyer's heading alone ('Kupec', 'Customer:')?"""
    return _BUYER_WORDS.fullmatch(seg.folded.strip(" :")) is not None


def _named(seg: Segment) -> bool:
    """Does *seg* read as a name (a value beside its label), not another heading or label
    ('Rechnung an: | Rechnung von:', the seller's heading beside the customer's)?"""
    text = seg.folded.strip()
    if not re.search(r"[^\W\d_]{2}", text) or text.endswith(":") or _BUYER_WORDS.match(text):
        return False
    return not SELLER_HEADINGS.match(text) and not is_label(text)


def payer_names(first: list[TextLine]) -> set[str]:
    """The names (folded) a payment form's payer's label stands right before, in its cell or the
    next ('Maksajan  Helsingin kaupunki', "Payer's  Nordic Retail Group AB"): the customer's."""
    names = set()
    for ln in first:
        if not _PAYER.search(ln.folded):
            continue  # (most lines: no payer's label anywhere on them)
        segs = segments(ln)
        for k, sg in enumerate(segs):
            if not (m := _PAYER.match(sg.folded)):
                continue
            name = " ".join(sg.folded[m.end() :].split())
            if name and sg.words[len(m.group(0).split())].size - sg.words[0].size < 1:
                continue  # a sentence ('maksajan ilmoittaman tilinumeron …'), not a label
            if not name and k + 1 < len(segs) and segs[k + 1].x0 - sg.x1 < 2 * _size(sg):
                name = " ".join(segs[k + 1].folded.split())
            if name[:1].isalpha():  # (not the block's town beside the label's last line)
                names.add(name)
    return names


def customer_companies(first: list[TextLine], headed: set[tuple[int, int]]) -> set[str]:
    """The companies (folded) whose names stand alone in a cell of the customer's block under
    its heading (:func:`buyer_segments`): 'Hotell Fjordgløtt AS' under 'Kunde# 152'."""
    return {
        " ".join(sg.folded.split())
        for ln in first
        for sg in segments(ln)
        if (ln.index, round(sg.x0)) in headed and company(sg.text) == clean_name(sg.text)
    }


def printed(first: list[TextLine], names: set[str], block: bool = True) -> set[tuple[int, int]]:
    """(line index, rounded x) of the cells that print one of the folded *names*, alone or after
    a payer's label, wherever they stand (in the envelope's window at the top too), and (with
    *block*) of the lines of its block under it (its address), as for :func:`buyer_segments`."""
    out: set[tuple[int, int]] = set()
    if not names:
        return out  # (most pages: no customer's name printed twice to look for)
    for pos, ln in enumerate(first):
        for sg in segments(ln):
            text = " ".join(sg.folded.split())
            m = _PAYER.match(text)
            if text in names:
                x = sg.x0
            elif m and text[m.end() :].strip() in names:
                x = sg.words[len(m.group(0).split())].x0
            else:
                continue
            out |= {(ln.index, round(sg.x0)), (ln.index, round(x))}  # (its cell, or the name's)
            top, size = ln.top, _size(sg)
            for nxt in first[pos + 1 : pos + 8] if block else ():
                if nxt.top - top > 2.2 * size:
                    break
                # (its cell, or the part of a cell that starts there: a label's next line may
                # run into it, 'nimi ja  c/o Isännöinti Virta Oy')
                under = [(s2, w) for s2 in segments(nxt) for w in s2.words if abs(w.x0 - x) < 3]
                out |= {(nxt.index, round(v)) for s2, w in under for v in (s2.x0, w.x0)}
                top = nxt.top if under else top
    return out


def care_of_blocks(first: list[TextLine], height: float = 842.0) -> set[tuple[int, int]]:
    """(line index, rounded x) of the addressee's block that a 'c/o' or 'Attn:' line marks
    ('Widget Corp.' over 'c/o Steve Widget', 'Attention: Accounts Payable'): the line, the name
    up to two lines over it and the lines under it in its column, as for :func:`buyer_segments`.
    A 'c/o' line in the top tenth of the page (*height* in points) is the letterhead's own (a
    club's treasurer's address: 'Malmö Schackklubb' over 'c/o Lindqvist'); an 'Attn:' line there
    is still an addressee's (a compact page's customer block at the very top)."""
    out: set[tuple[int, int]] = set()
    for pos, ln in enumerate(first):
        for sg in segments(ln):
            if not _CARE_OF.match(sg.folded):
                continue
            if ln.top < 0.1 * height and sg.folded.startswith("c/o"):
                continue  # the letterhead's own, above where any envelope's window goes
            near = first[max(0, pos - 2) : pos + 5]
            for x in near:
                if x.page == ln.page and abs(x.top - ln.top) < 6 * (_size(sg) or 10):
                    out |= {(x.index, round(o.x0)) for o in segments(x) if abs(o.x0 - sg.x0) < 3}
    return out


# the line that names whom a block is for: 'c/o', 'Attn:', 'Attention:', 'z. Hd.', 'T.a.v.'
_CARE_OF = re.compile(
    r"(?:c/o|attn\b\.?|attention\b|z\.\s?hd\.?|zu\s*handen\b|a\s*l.attention\b|t\.\s?a\.\s?v\.)"
)


def _under(s2: Segment, head: Segment, left: float, right: float) -> bool:
    """Does *s2* stand in the column of the customer's heading *head* (between *left* and
    *right*, its neighbours), or flush with it at the right or centred under it?"""
    off = (s2.x1 - head.x1, (s2.x0 + s2.x1 - head.x0 - head.x1) / 2)  # right, centre
    flush = min(abs(off[0]), abs(off[1])) < 3 and s2.x0 > left
    return head.x0 - 15 <= s2.x0 < min(right, head.x1 + 40) or flush


def _heads_company(seg: Segment) -> bool:
    """A customer's heading opens the block, the customer's company right after it, with no
    colon between ('Bill To Orchid Software LLP, GSTIN 29AAKFO4321M1ZP')."""
    m = _BUYER_WORDS.match(seg.folded)
    rest = " ".join(seg.text.split()[len(m.group(0).split()) :]) if m else ""
    name = company(rest) if rest else None
    return name is not None and clean_name(rest).startswith(name)


# a bank transfer form: its payer's block, or its payee's account ('Maksajan nimi ja osoite',
# 'Mottagarens kontonummer', "Recipient's account number"), and the words of its payee's block,
# which elsewhere head the customer's ('Recipient', 'Mottagare')
_PAYER = re.compile(r"(?<!\w)(?:maksajan|betalarens|payer's)(?!\w)")
_FORM = re.compile(
    r"(?<!\w)(?:maksajan|betalarens|payer's|saajan\s*tilinumero|mottagarens\s*kontonummer|"
    r"recipient's\s*account)(?!\w)"
)
_RECEIVER = re.compile(r"(?<!\w)(?:recipient|mottagare|mottaker|modtager)(?!\w)")


# words that make a customer word the label of a number ('N° client', 'Customer ID')
_NUMBER_OF = re.compile(r"(?<!\w)(?:n[o°º]|nr|num\w*|number|id|compte|account|konto)(?!\w)")


# a block's heading that names where goods go, not who is billed ('Ship to', 'Lieferadresse',
# 'Dirección de entrega'): the unheaded block beside it may be the bill's addressee
_DELIVERY = re.compile(r"ship|deliver|liefer|livraison|entrega|envio|consegna|spedizione|versand")


def headed_beside(
    first: list[TextLine], window: set[tuple[int, int]], headed: set[tuple[int, int]]
) -> bool:
    """Does the customer's block under its heading (*headed*) stand level with the block at an
    envelope window's place (*window*), apart from it, the heading naming the customer and not
    where goods go? A page has one addressee: the block at the window's place is then the
    sender's (a freelancer's name, street, town and 'NIF:' at the top left, 'CLIENTE' over the
    customer's block beside it)."""
    if not window or window & headed or not {i for i, _x in window} & {i for i, _x in headed}:
        return False
    heads = [
        sg.folded
        for ln in first
        for sg in segments(ln)
        if (ln.index, round(sg.x0)) in headed and _BUYER_WORDS.search(sg.folded)
    ]
    return not any(_DELIVERY.search(h) for h in heads)
