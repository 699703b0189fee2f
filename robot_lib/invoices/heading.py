"""The seller under its heading ('Seller', 'Lieferant', 'Dodavatel', 'De :', 'Verkauft von'):
the name beside it, its 'Name:' line, or the first line of its column. Headings side by side
('Seller  Buyer') are read as columns; a row of three or more labels over their values is a
grid, not the seller's block."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import Segment, clean_name, company, overruns, segments
from robot_lib.invoices.envelope import HEADING
from robot_lib.invoices.labels import TITLE_WORDS, labels_at
from robot_lib.invoices.parse import fold
from robot_lib.invoices.parties import BARE_NAME_LABEL, LEGAL_FORM, NAME_LABEL, NAME_WORD
from robot_lib.invoices.parties import BUYER_WORDS as _BUYER_WORDS

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.pdf import Word

_ID_LINE = re.compile(
    r"^[\w\s.-]*(?:nummer|number|nr|id|nip|ic|dic|vat|tax|ust|siret|cnpj|cuit|abn|regon|iva|"
    r"codice\s*fiscale|nif|cif)\b"
    r"\W*(?:[a-z]{0,3}\s?\d|:|$)"
)


# one word of letters and four figures or more: a tax number or a code ('24AAJFR3344D1ZB', an
# Indian GSTIN first in its party's block), no name
_CODE = re.compile(r"(?=(?:[a-z]*\d){4})[a-z\d]{8,}")


# a label's end, before its value across a gap: 'Customer No.', 'Tax ID', 'Tel', 'VAT:'
_LABEL_END = re.compile(r"(?:[.:#]|\b(?:no|nr|id|tel|phone|fax|vat|tax))\s*$")


def _one_type(ln: TextLine, name: str) -> str:
    """*name*, read from *ln*, up to a word set in another size: a title beside it in larger
    type is no part of it ('Đơn vị bán hàng: CÔNG TY TNHH …' level with 'HÓA ĐƠN …')."""
    words, texts = name.split(), [w.text for w in ln.words]
    for i in range(len(texts) - len(words) + 1):
        if texts[i : i + len(words)] == words:
            size = ln.words[i].size
            cut = next(
                (j for j, w in enumerate(ln.words[i : i + len(words)]) if abs(w.size - size) > 1),
                None,
            )
            return " ".join(words[:cut]) if cut else name
    return name


def _wrapped_capitals(first: list[TextLine], k: int, seg: Segment, name: str) -> str:
    """*name* in capitals beside its heading, with its last words wrapped onto the next line
    of its column in the same type, capitals alone ('… CÔNG TY CỔ PHẦN THƯƠNG MẠI HÀ' over
    'NỘI', then 'Địa chỉ: …'; a title in larger type at the right, on either line). *k*: the
    position of the name's line in *first*."""
    if not name.isupper():
        return name
    size = seg.words[0].size or 10.0  # (the heading's and its name's type)
    ln = first[k]
    for nxt in first[k + 1 : k + 3]:
        if nxt.page != ln.page or nxt.top - seg.words[0].top >= 1.6 * size:
            break
        words = [w for w in nxt.words if w.x0 < seg.x0 + 0.5 * (seg.x1 - seg.x0)]
        if not words:
            continue  # a line of the column at the right ('HÓA ĐƠN …' set a little lower)
        text = " ".join(w.text for w in words)
        alone = re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,2}", text) is not None
        same = all(abs(w.size - size) <= 0.5 for w in words)
        return f"{name} {text}" if alone and text.isupper() and same else name
    return name


def under_heading(first: list[TextLine]) -> tuple[str, str] | None:
    """The seller under or beside its heading, and how it was found."""
    for pos, ln in enumerate(first):
        segs = segments(ln)
        for k, seg in enumerate(segs):
            m = HEADING.match(seg.folded) or _paired_heading(segs, k)
            if not m or grid_head(segs, k) or (k == 0 and _sentence_goes_on(first, ln)):
                continue
            rest = seg.folded[m.end() :].strip()
            if rest == ":" and k + 1 < len(segs) and _value_cell(segs[k + 1].folded):
                # its value in the next cell ('Biller:   Harbor Point Consulting')
                name = _block_name(segs[k + 1].text)
                if len(name) > 2 and re.search(r"[^\W\d_]{2}", name):
                    return name, "beside the seller heading"
            if rest.startswith(":"):
                name = _one_type(ln, _block_name(seg.text[len(seg.text) - len(rest) + 1 :]))
                name = _wrapped_capitals(first, pos, seg, name)
                # two letters at least: not 'Seller: (seal)', a blank to stamp
                if len(name) > 2 and re.search(r"[^\W\d_]{2}", name):
                    return name, "beside the seller heading"
            elif rest and (len(rest.split()) > 1 or re.search(r"\d", rest)):
                # 'Verkauft von Amazon EU S.à r.l.': the heading, then a company and nothing else
                name = seg.text[len(seg.text) - len(rest) :]
                if company(name) == clean_name(name) and not re.search(r"\d", name):
                    return clean_name(name), "beside the seller heading"
                continue  # running text that starts with the word, not a heading
            right = segs[k + 1].x0 - 4 if k + 1 < len(segs) else 10_000.0
            below = _first_in_column(first, ln, seg.x0, right, (seg.x0 + seg.x1) / 2)
            if below:
                return below, "under the seller heading"
    return None


def _value_cell(folded: str) -> bool:
    """Is the cell right of a heading its value: no label, no heading of either party's
    ('Seller:   Buyer:', 'Pour :') and no title?"""
    return not (
        is_label(folded)
        or HEADING.match(folded)
        or _BUYER_WORDS.search(folded)
        or _TO_WORD.fullmatch(folded)
        or TITLE_WORDS.match(folded)
        or folded.rstrip().endswith(":")
    )


def _sentence_goes_on(first: list[TextLine], ln: TextLine) -> bool:
    """*ln* goes on with the sentence of the line above ('… has sold this product' / 'on behalf
    of Loomly Apps Ltd.'): words that open it are no heading."""
    pos = first.index(ln)
    above = first[pos - 1] if pos else None
    size = max(w.size for w in ln.words) or 10.0
    return (
        above is not None
        and 0 < ln.top - above.top < 1.6 * size
        and abs(above.words[0].x0 - ln.words[0].x0) < 2
        and len(above.words) >= 6
        and above.text[-1:].islower()  # no full stop, colon or figure ends it
    )


def grid_head(segs: list[Segment], k: int) -> bool:
    """'VENDEDOR | TRABAJO | CONDICIONES DE PAGO | FECHA DE VENCIMIENTO': a row of three or
    more labels over a row of values (the salesperson's name under 'Vendedor'), one of them
    another field's label; not the seller's block. Unless the customer's heading stands in
    the row too: 'From | To | PO no | Invoice no' heads the parties' columns as well."""
    if len(segs) < 3 or any(re.search(r"\d", o.folded) for o in segs):
        return False
    if _customer_beside(segs[k]):
        return False
    return any(is_label(o.folded) for i, o in enumerate(segs) if i != k)


# 'À' and 'Para' head the customer's column only beside 'De' ('De | À', 'De | Para')
_TO_WORD = re.compile(r"(?:a|para)\s*:?")


def _customer_beside(seg: Segment) -> bool:
    """Does a cell of *seg*'s line, apart from it, hold only the customer's heading ('To',
    'Bill To:', 'An', 'À')? Cells parted where a gap is wider than a space: a heading set
    right-aligned in its column comes close to the next ('À  Bon de commande')."""
    cells = (
        t.folded.strip() for t in segments(seg.line, tight=True) if t.x1 < seg.x0 or t.x0 > seg.x1
    )
    return any(_BUYER_WORDS.fullmatch(f) or _TO_WORD.fullmatch(f) for f in cells)


# 'Von' | 'An', 'Van' | 'Aan', 'De' | 'Cliente', 'Da' | 'Destinatario': a word that is a
# seller heading only when it stands alone in its cell beside the buyer's heading
_PAIRED = re.compile(r"(?:von|van|de|da|from|fra|od|z)(?=\s*:?\s*$)")


def _paired_heading(segs: list[Segment], k: int) -> re.Match[str] | None:
    m = _PAIRED.match(segs[k].folded)
    others = (o for i, o in enumerate(segs) if i != k)
    if m and (any(_BUYER_WORDS.search(o.folded) for o in others) or _customer_beside(segs[k])):
        return m
    return None


def _from_column(sg: Segment, x0: float) -> list[Word]:
    """A block's words from the column at *x0* on: words left of it that a wide gap parts
    from the rest belong to the column before ('Anna Schmidt   Amazon EU S.à r.l.')."""
    words = list(sg.words)
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].x1 <= x0 - 4 and words[i].x0 - words[i - 1].x1 > 8:
            return words[i:]
    return words


def _subheading(ln: TextLine, nxt: list[TextLine]) -> bool:
    """*ln* heads a part of the block in type larger than the lines under it, and a 'Name:'
    line follows within three lines ('Dati anagrafici' over the tax number and
    'Denominazione: …'): no name, the labelled one is."""
    size = max(w.size for w in ln.words)
    return (
        bool(nxt)
        and size > max(w.size for w in nxt[0].words) + 1
        and len(ln.words) <= 4
        and not re.search(r"\d", ln.text)
        and any(named(x.text) is not None for x in nxt)
    )


# the next column's label and value: 'Ländercode: DE', 'Contact point email: …'
_NEXT_LABEL = re.compile(r"[^\W\d][^:\d]{0,40}:\s*\S")


def _first_in_column(
    first: list[TextLine], head: TextLine, x0: float, x1: float, centre: float
) -> str | None:
    """The first name-like text in the column [x0, x1) under *head* (or centred under it):
    a 'Name:' line's value, or a line that is neither a number nor an identifier
    ('Nummer: 549910', 'NIP: 999')."""
    pos = first.index(head)
    below = first[pos + 1 : pos + 7]

    def column_text(ln: TextLine) -> str:
        # the line's blocks that reach into the column (a name centred under its heading
        # starts left of it), else the block under the heading's centre
        segs = segments(ln)
        reach = [sg for sg in segs if sg.x1 > x0 - 15 and sg.x0 < x1]
        # ... but a block that starts right of the heading and reaches under the next one is
        # that one's, right-aligned in its column ('Petalcraft   Anna Whitfield' under 'From'
        # and 'To')
        reach = [sg for sg in reach if sg.x0 <= x0 + 2 or sg.x1 <= x1 + 4]
        words = [
            w
            for sg in reach
            for w in _from_column(sg, x0)
            if w.x0 < x1  # not the next column's ('Denominazione: Bianchi …' beside it)
        ]
        if not words:
            words = next((sg.words for sg in segs if sg.x0 <= centre <= sg.x1), [])
        text = " ".join(w.text for w in words)
        for i, (a, b) in enumerate(zip(words, words[1:], strict=False)):
            if b.x0 - a.x1 > 0.8 * (a.size or 10):
                # the next column's text across a gap wider than a space ('Kranich
                # Softwarehaus GmbH' beside 'Torstraße 140'): the name ends there, at its
                # legal form, or where a street or a postcode follows a name with no figure
                before = " ".join(w.text for w in words[: i + 1])
                after = " ".join(w.text for w in words[i + 1 :])
                if before.endswith(":") and named(before + " x") is not None:
                    continue  # a 'Name:' label before its value across the label's column
                if named(before) is not None and _NEXT_LABEL.match(after):
                    return before  # a grid of two columns: 'Firmenname: …   Ländercode: DE'
                if NAME_WORD.match(fold(after)) or TITLE_WORDS.match(fold(after)):
                    # the next block's own 'Name' label ('… II   Nume  Scoala …'), or the
                    # document's title set between the parties' columns ('… PFA   FACTURA')
                    return before
                figure = re.search(r"\d", after) and not re.search(r"\d", before)
                figure = figure and not _LABEL_END.search(fold(before))  # 'Customer No.'
                if company(before) == clean_name(before) or figure:
                    return before
                break
        if any(w.x0 >= x1 for sg in reach for w in sg.words):
            # the block runs on into the next column ('Atelier Garnier SARL Boulangerie'
            # with 'Lemoine' cut off): a company's name ends with its legal form
            return company(text) or text
        return text

    for i, ln in enumerate(below):
        if ln.top - head.top > 90:
            return None
        text = column_text(ln)
        f = fold(text).strip()
        if not f:
            continue
        nm = named(text)
        if nm is None and (around := _wrapped_round(below[i:], column_text, x0, x1)) is not None:
            return around
        if nm is not None:
            text = nm
        elif (
            _subheading(ln, below[i + 1 : i + 4])
            or _ID_LINE.match(f)
            or len(f) <= 2
            or not re.search(r"[^\W\d_]{2}", f)
            or len(re.findall(r"\d", f)) * 2 > len(f)  # a tax number alone: 'IT01234567890'
            or _CODE.fullmatch(f)  # ... or a code of letters and figures: '24AAJFR3344D1ZB'
            or (f.startswith("(") and f.endswith(")"))  # a remark: '(Not for remittance)'
        ):
            continue
        if TITLE_WORDS.match(f):
            return None  # the document's title: the word above was a caption, not a heading
        # the next line with text in this column (past a line of the column beside it only:
        # 'Atelier Nordlicht' over 'Status' at the right over 'GmbH')
        j = next((k for k in range(i + 1, len(below)) if column_text(below[k]).strip()), i + 1)
        nxt = column_text(below[j]) if j < len(below) else ""
        rest = named(nxt)
        if nm is None and rest is not None and company(text) is None:
            # the start of a name the 'Name:' line below goes on with: 'MVM Musterhafter' over
            # 'Name: Versicherungsverein Musterstadt a.G.' (a company of its own stays alone)
            if company(rest):
                return clean_name(f"{text} {rest}")
        # a name wrapped onto the next line: this one ends with a joining word or sign
        joined = bool(re.search(r"(?:[&,+-]|\b(?:and|und|et|y|i|e|en|&amp;))\s*$", fold(text)))
        # (or its legal form alone on the next line: 'Officine Meccaniche Rossi' / 'S.r.l.', or
        # a 'Name:' line's name with the rest of it: 'Denominazione: Officine' / 'Rossi S.r.l.')
        joined = joined or LEGAL_FORM.fullmatch(nxt.strip()) is not None
        joined = joined or bool(nm is not None and not company(text) and company(f"{text} {nxt}"))
        # (or wrapped in its narrow cell: 'Kaffeerösterei' / 'Lindner' under 'Von')
        if not joined and j < len(below) and not company(text):
            plain = re.fullmatch(r"[^\W\d][\w&.'() -]*", nxt.strip()) is not None
            # (a legal form ending the two: 'Harbourline' over 'Consulting Ltd' wrapped where the
            # column's padding ends, before its heading's neighbour: its widest text tells)
            formed = company(f"{text} {nxt}") is not None
            joined = plain and _wraps(ln, below[j], x0, x1, below if formed else [])
            # (or a 'Name:' value wrapped back under its label in a narrow block, the next line
            # set closer under it than it is under the row above: 'Nazwa: Zakład Usług
            # Transportowych Marek' / 'Wiśniewski')
            under = plain and nm is not None and _under_label(below, i, j, column_text, x0, x1)
            joined = joined or under
        if joined and nxt and not re.search(r"\d", nxt):
            text = f"{text} {nxt}"
        return _block_name(text)
    return None


def _under_label(
    rows: list[TextLine],
    i: int,
    j: int,
    column_text: Callable[[TextLine], str],
    x0: float,
    x1: float,
) -> bool:
    """*rows*[j], the line after a 'Name:' line *rows*[i] in the column [x0, x1), holds the
    rest of its value: it starts where the label does in the column, right under it, and
    closer to it than the 'Name:' line is to the row above it (rows set apart, the lines of
    one value set solid)."""
    if j != i + 1 or i == 0 or not column_text(rows[i - 1]).strip() or ":" in column_text(rows[j]):
        return False
    ln, nxt, above = rows[i], rows[j], rows[i - 1]
    size = max(w.size for w in ln.words) or 10.0
    lead = [_lead(x, x0, x1) for x in (ln, nxt)]
    solid = nxt.top - ln.top
    return abs(lead[0] - lead[1]) <= 2 and solid < min(1.5 * size, 0.85 * (ln.top - above.top))


def _wrapped_round(
    rows: list[TextLine], column_text: Callable[[TextLine], str], x0: float, x1: float
) -> str | None:
    """The name of a 'Name:' row whose label or value wraps round the other, set in the
    middle of its cell: the label's first word over the value over its last ('Company' /
    'Ingenieurbüro Sabine Vogt' / 'name:'), or the value's first line over the label over
    its last ('Nordlicht IT-Service' / 'Firmenname:' / 'GmbH & Co. KG', its rest starting
    where the first line does in the column [x0, x1), right of the label)."""
    if len(rows) < 3:
        return None
    top, mid, low = (column_text(x).strip() for x in rows[:3])
    if not (top and mid and low) or any(re.search(r"\d", t) for t in (top, mid, low)):
        return None
    if low.endswith(":") and not mid.endswith(":") and named(f"{top} {low} x") is not None:
        return _block_name(mid)
    # (where each line starts in this column: a block beside it, the buyer's, is not measured)
    lead = [_lead(x, x0, x1) for x in rows[:3]]
    if (
        mid.endswith(":")
        and named(f"{mid} x") is not None
        and not low.endswith(":")
        and abs(lead[0] - lead[2]) <= 2
        and lead[1] < lead[0] - 20
    ):
        return _block_name(f"{top} {low}")
    return None


def _lead(ln: TextLine, x0: float, x1: float) -> float:
    """Where *ln* starts in the column [x0, x1) (a word reaching into it from up to 15 points
    left counts); *x0* when it prints nothing there."""
    return min((w.x0 for w in ln.words if w.x1 > x0 - 15 and w.x0 < x1), default=x0)


def _wraps(
    ln: TextLine, nxt: TextLine, x0: float, x1: float, column: list[TextLine] | None = None
) -> bool:
    """*nxt* holds the rest of *ln*'s text in the column [x0, x1): *ln* is a row of cells set
    right over *nxt*, whose texts each start where one of *ln*'s cells does, without figures
    (the row's cells wrapped, not the next row), and whose first word in this column would not
    have fitted after *ln*'s text in it (a column's gap is half an em at least; with *column*,
    the lines under the heading, nor past the widest text the column prints: its padding)."""
    size = max(w.size for w in ln.words) or 10.0
    cells, rest = segments(ln), segments(nxt)
    if len(cells) < 2 or not 0 < nxt.top - ln.top < 1.6 * size:
        return False
    # (not a column beside the row's cells, its lines at other heights: 'October 1, 2026')
    rest = [r for r in rest if r.x0 <= cells[-1].x1 + size]
    if any(not any(abs(r.x0 - c.x0) <= 2 for c in cells) or re.search(r"\d", r.text) for r in rest):
        return False
    mine = [c for c in cells if x0 - 2 <= c.x0 < x1]
    first = [r for r in rest if x0 - 2 <= r.x0 < x1]
    if len(mine) != 1 or len(first) != 1:
        return False
    edge = x1 - 0.5 * size
    widest = [sg.x1 for other in column or [] for sg in segments(other) if x0 - 2 <= sg.x0 < x1]
    if widest:
        edge = min(edge, max(widest) + 1)
    return overruns(mine[0].x1, size, first[0].words[0], edge)


def _block_name(text: str) -> str:
    """The name a seller's block starts with; when its address goes on on the same line
    ('ООО "Ромашка", ИНН 7701234567, 123456, …', 'Marta Ruiz Photography LLC, 88 Elm Street,
    …'), the company in it or the text before the first comma."""
    name = clean_name(text)
    if re.search(r",.*\d", name):
        return company(name) or clean_name(name.split(",")[0])
    return name


def is_label(folded: str, totals: bool = False) -> bool:
    """A field's label opens the text ('Factuurnr.', 'Invoice date'; with *totals*, a total's
    too: 'Montant TTC'): a label, not a name."""
    return next(labels_at(folded, totals), None) is not None


def named(text: str) -> str | None:
    """The name a 'Name:' line gives ('Name: Holzbau Brenner GmbH'); a label printed without
    its colon only before a company's whole name ('Firmenname Wendel Haustechnik GmbH', not
    'Firma Hans Weber', a trader's name)."""
    f = fold(text).strip()
    if NAME_LABEL.match(f):
        return text.split(":", 1)[1]
    bare = BARE_NAME_LABEL.match(f)
    rest = text.strip()[bare.end() :] if bare and len(f) == len(text.strip()) else ""
    return rest if rest and company(rest) == clean_name(rest) else None
