"""What on the page backs a seller's name: the companies on the first page (a name wrapped
in a narrow box joined), and the evidence that corroborates a guess: the name in the page's
web or e-mail address, printed again further down, its block or the legal footer carrying a
tax or company number or an IBAN (:data:`REGISTERED`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import (
    Segment,
    clean_name,
    company,
    overruns,
    printings,
    segments,
)
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.dated import DIRECT_DEBIT
from robot_lib.invoices.envelope import HEADING, POSTCODE_TOWN
from robot_lib.invoices.heading import is_label as _is_label
from robot_lib.invoices.labels import DOC_TITLE, TITLE_WORDS
from robot_lib.invoices.parse import fold
from robot_lib.invoices.parties import BARE_DOMAIN, DETAILS_HEAD, LEGAL_FORM, REGISTERED
from robot_lib.invoices.parties import BUYER_WORDS as _BUYER_WORDS

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.pdf import Word


def companies(
    first: list[TextLine], everywhere: list[TextLine] | None = None
) -> list[tuple[TextLine, Segment, str]]:
    """Every company name (a name with a legal form) on the first page, with its line and
    block; *everywhere*, the document's lines, may print a wrapped name whole."""
    out = []
    for pos, ln in enumerate(first):
        for sg in [cut_at_column(first, pos, o) for o in segments(ln, by_size=True)]:
            name = company(sg.text)
            if name is None and LEGAL_FORM.fullmatch(sg.text.strip()):
                # the form alone on its line, the name wrapped over it: 'Marcenaria Ipê' / 'Ltda.'
                name = wrapped(first, pos, sg, sg.text.strip(), everywhere)
                name = name if name != sg.text.strip() else None
            if name is None and _owned(first, pos, sg):
                name = sg.text.strip()  # 'Tankstelle Becker' over 'Inh. Jörg Becker'
            if name is not None:
                out.append((ln, sg, wrapped(first, pos, sg, name, everywhere)))
    return out


# a sole trader's owner named under the business's name ('Inh. Jörg Becker', 'Inhaberin: …')
_OWNER = re.compile(r"(?:inh\.|inhaber(?:in)?\b)\s*:?\s*[a-z]")


def _owned(first: list[TextLine], pos: int, sg: Segment) -> bool:
    """Is *sg* a sole trader's business name, its owner named on the line right under it, in
    its column ('Taxi Schneider' over 'Inh. Frank Schneider'): words, no figures, no label?"""
    text = sg.text.strip()
    if re.search(r"\d", text) or not re.search(r"[^\W\d_]{3}", text) or _is_label(sg.folded):
        return False
    under = first[pos + 1] if pos + 1 < len(first) else None
    if under is None or under.page != sg.line.page or not _OWNER.match(under.folded):
        return False
    size = _size(sg)
    near = under.top - sg.line.top < 2.5 * size
    x0, x1 = sg.words[0].x0, sg.words[-1].x1
    return near and under.words[0].x0 < x1 and under.words[-1].x1 > x0


# a brand's title line ending in the document's word: no part of the name under it
_TITLE_LAST = re.compile(
    r"\b(?:invoice|rechnung|facture|factuur|factura|fattura|faktura|receipt|quittung|recibo)$"
)


def wrapped(
    first: list[TextLine],
    pos: int,
    sg: Segment,
    name: str,
    everywhere: list[TextLine] | None = None,
) -> str:
    """A letterhead name set in a narrow box wraps: 'VAN DIJK' over 'INSTALLATIETECHNIEK
    B.V.', 'Kranich Medien UG' over '(haftungsbeschränkt)', 'Cabinet Moreau & Associés' over
    'SARL', 'Carpintería' over 'Hermanos Ruiz' over 'S.L.' in display type, 'Coral Coast IT'
    over 'Services'. The other parts are the nearest texts in the same type whose left or right
    edge or centre is the name's, just above (two lines in display type) or below (up to three
    lines of plain words, only in display type: under a name in body type stand its address or
    department), in the same case, with no digits, no label or heading, and not a company of
    their own; and a legal form's rest alone under it ('Ltd.' over 'Şti.'). A part above it
    at a wider pitch (small type on a tall line: 'Friends of the Elbe' over 'Valley e.V.'), or
    a plain word below a company's name in any type ('Studio Huber Commercialisti' over
    'Associati'), joins it only where the document (*everywhere*) prints the two as one."""
    if not fold(sg.text).startswith(fold(name)[:3]):
        return name  # the name is not where the block starts

    sizes = sorted(w.size for ln in first for w in ln.words)
    display = _size(sg) >= 1.4 * sizes[len(sizes) // 2]

    def plain(other: Segment, column: bool = False) -> bool:
        t = other.text.strip()
        return (
            # not a one-word heading: 'From', 'Von', 'De' (in display type, or wrapped by a
            # sidebar's *column*, a name's word of four letters: 'Mette' over 'Holm' over
            # 'Grafisk', 'Notariskantoor Van den' over 'Berg')
            ((3 if display or column else 4) < len(t) <= 40 or " " in t)
            # no digits ('Payment is due within 30 days of the invoice date.' over the name);
            # in a *column*, a comma may stand before a word ('Hoffmann, notaires')
            and re.fullmatch(r"[^\W\d](?:[^\W\d]|[&.' -])*", t.replace(", ", " ") if column else t)
            is not None
            and (t.isupper() == sg.text.isupper() or bool(LEGAL_FORM.fullmatch(sg.text.strip())))
            and not (TITLE_WORDS.match(fold(t)) or _is_label(fold(t), totals=True))
            and not _TITLE_LAST.search(fold(t))  # 'Storify Invoice' over 'Livefyre, Inc'
            and not HEADING.match(other.folded)
            and not DETAILS_HEAD.fullmatch(other.folded.strip())  # 'Address' over the name
            and not _BUYER_WORDS.search(other.folded)
            and company(t) is None
        )

    below = _neighbour(first, sg, pos, 1)
    # (the comma the name's line ends with, before its rest: 'Escuela de Negocios Levante,'
    # over 'S.L.', 'Γεώργιος Νικολάου,' over 'Δικηγόρος')
    comma = "," if sg.text.rstrip().endswith(",") and name == clean_name(sg.text) else ""
    # a legal form (or its bracketed rest) alone on the line below: 'SARL', '(haftungsbeschränkt)',
    # or the legal form's rest ('Yılmaz Marangozluk Ltd.' over 'Şti.', '… Ticaret Limited' over
    # 'Şirketi': the name's last word and the line one form)
    if below is not None:
        rest = below[1].text
        last = name.split()[-1] if name.split() else ""
        whole = rest.startswith("(") or LEGAL_FORM.fullmatch(rest) is not None
        whole = whole or LEGAL_FORM.fullmatch(f"{last} {rest.strip()}") is not None
        longer = company(f"{name}{comma} {rest}") if whole or len(rest.strip()) <= 5 else None
        if longer and len(longer) > len(name) and (whole or longer.endswith(rest.strip())):
            name = longer
    if below is not None and display and company(name) is None:
        # the rest of the name with its legal form on the next line ('Tidewater Web' over
        # 'Services LLC'), where the block's width wrapped it: its first word would not have
        # fitted after the name within the widest line of the block under it
        rest = below[1].text.strip()
        longer = company(f"{name} {rest}")
        if longer == clean_name(f"{name} {rest}") and _wraps_at_block(first, sg, below):
            name = longer
    cur = sg  # (the line the name's last part stands on)
    for _ in range(3 if display else 0):  # ('Mette' over 'Holm' over 'Grafisk' over 'Design')
        if below is None or company(name) is not None or not plain(below[1]):
            break
        # (after the comma its line ends with: 'Γεώργιος Νικολάου,' over 'Δικηγόρος')
        after = "," if cur.text.rstrip().endswith(",") else ""
        name = f"{name.rstrip(',')}{after} {below[1].text.strip()}"
        cur, below = below[1], _neighbour(first, below[1], below[0], 1)
    for _ in range(2):  # ('Δικηγορική Εταιρεία' over 'Παπαδόπουλος &' over 'Συνεργάτες')
        if below is None or not (plain(below[1], column=True) or _rest_of_name(below[1].text)):
            break
        if company(name) is not None or not (
            _past_column(cur, below[1].words[0]) or _open_end(cur, below[1])
        ):
            break
        # a name its sidebar's (or its block's) width wrapped (after the comma its line ends
        # with, once)
        after = "," if cur.text.rstrip().endswith(",") else ""
        name = clean_name(f"{name.rstrip(',')}{after} {below[1].text.strip()}")
        cur, below = below[1], _neighbour(first, below[1], below[0], 1)
    if below is not None and (plain(below[1]) or _rest_of_name(below[1].text)):
        # a company's name whose last word wrapped ('Studio Huber Commercialisti' over
        # 'Associati', 'Hôtel des Ventes de Lyon' over 'SVV', '… Παπαδόπουλος' over '&
        # Συνεργάτες'): joined where the document prints the two as one
        comma = comma if name == clean_name(sg.text) else ""  # (the name unchanged)
        joined = clean_name(f"{name}{comma} {below[1].text.strip()}")
        if _as_one(everywhere or first, joined, (first[pos], first[below[0]])):
            name = joined
    at: tuple[int, Segment] | None = (pos, sg)
    ups = 0
    # (two lines above in display type; in body type one, or two that a sidebar's width wrapped:
    # 'Securitas Nord' over 'Sicherheitsdienst' over 'GmbH')
    while at is not None and ups < 2:
        low = at[1]
        at = _neighbour(first, low, at[0], -1)
        at = (at[0], cut_at_column(first, at[0], at[1])) if at is not None else None
        if at is None or not plain(at[1]):
            break
        if not display and not (ups == 0 and _wraps_under(first, at[1], pos, sg)):
            if not _past_column(at[1], low.words[0]):
                break  # 'Priya Shah' over 'Kestrel Architects LLP': a contact over its company
        name = clean_name(f"{at[1].text.strip()} {name}")
        ups += 1
    if (
        at is None
        and (display or not ups)
        and (wider := _neighbour(first, sg, pos, -1, reach=2.0))
        and plain(wider[1])
    ):
        # a name set in small type on a wider line pitch ('Friends of the Elbe' over 'Valley
        # e.V.'): its first half joins it only where the document prints the two as one
        joined = clean_name(f"{wider[1].text.strip()} {name}")
        if _as_one(everywhere or first, joined, (first[pos],)):
            name = joined
    return name


def _past_column(upper: Segment, word: Word) -> bool:
    """In a sidebar, would *word*, set after *upper*'s text, have made the line wider than its
    column (its text set flush left, flush right or centred)? Then the column's width wrapped
    it onto the next line."""
    col = upper.line.column
    if col is None:
        return False
    return overruns(col[0] + upper.x1 - upper.x0, _size(upper), word, col[1] + 1)


def _open_end(upper: Segment, lower: Segment) -> bool:
    """Does *upper* end where no name ends, after '&', a comma or a word for 'and' in lower
    case ('Δικηγορική Εταιρεία Παπαδόπουλος &' over 'Συνεργάτες', 'Popescu și' over 'Asociații',
    beside a title in large type that narrowed its block), *lower* in its type? Then the
    block's width wrapped the name."""
    return _OPEN_END.search(upper.text) is not None and abs(_size(upper) - _size(lower)) < 0.5


_OPEN_END = re.compile(r"(?:[&,]|\s(?:and|und|et|e|y|en|og|och|i|és|ve|ja|și|şi|и|και))\s*$")


def _rest_of_name(text: str) -> bool:
    """Could *text*, under a name, be its wrapped rest: letters only, an acronym or a
    partner's word after '&' ('SVV', '& Partners')?"""
    t = text.strip()
    return re.fullmatch(r"(?:& ?)?[^\W\d](?:[^\W\d]|[&.' -])+", t) is not None and (
        t.startswith("&") or (t.isupper() and len(t) <= 5)
    )


def _as_one(lines: list[TextLine], name: str, parts: tuple[TextLine, ...]) -> bool:
    """Do *lines* other than the name's own *parts* print *name* whole?"""
    key = " ".join(fold(name).split())
    return any(key in " ".join(x.folded.split()) for x in lines if all(x is not p for p in parts))


def cut_at_column(first: list[TextLine], pos: int, sg: Segment) -> Segment:
    """*sg*, the text of *first*[pos], cut where it runs on into the next column no wider
    apart than its words ('Blue Gum Digital Pty Wattle & Co Bakery' under 'STUDIO | CLIENT'):
    at the first word after its first that starts at a column of the row of headings just
    above it (the nearest of the three lines above that is parted into cells, each a heading's
    words, no figures: not a grid of labels and values that a name's word lines up with)."""
    for up in reversed(first[max(0, pos - 3) : pos]):
        if len(up.cells) < 2:
            continue
        if re.search(r"\d", up.text):
            break
        starts = [up.span_x(a, b)[0] for a, b in up.cells[1:]]
        for k, w in enumerate(sg.words[1:], 1):
            if any(abs(w.x0 - x) <= 2 for x in starts):
                return Segment(sg.words[:k], sg.line)
        break
    return sg


def _wraps_at_block(first: list[TextLine], sg: Segment, below: tuple[int, Segment]) -> bool:
    """Would the first word of *below* have overrun the widest line of the block under it (its
    lines starting where *sg* starts, up to five), set after *sg*'s text?"""
    pos, nxt = below
    widest = [
        o.x1
        for x in first[pos + 1 : pos + 6]
        for o in segments(x)
        if abs(o.x0 - sg.x0) <= 3 and x.top - nxt.line.top < 90
    ]
    if not widest:
        return False
    return overruns(sg.x1, _size(sg), nxt.words[0], max(widest) + 1)


def _wraps_under(first: list[TextLine], above: Segment, pos: int, sg: Segment) -> bool:
    """Would the first word of *sg* (the text of *first*[pos]) have overrun the widest line of
    its block (*sg* and the lines under it that share its left or right edge or its centre, up
    to five), set after *above*'s text? Only then did the block's width wrap a name there."""
    widest = [
        o.x1 - o.x0
        for x in first[pos : pos + 6]
        for o in segments(x)
        if x.top - sg.line.top < 90
        and min(abs(o.x0 - sg.x0), abs(o.x1 - sg.x1), abs(o.x0 + o.x1 - sg.x0 - sg.x1) / 2) < 3
    ]
    return overruns(above.x1 - above.x0, _size(sg), sg.words[0], max(widest) + 1)


def _neighbour(
    first: list[TextLine], at: Segment, p: int, step: int, reach: float = 1.6
) -> tuple[int, Segment] | None:
    """The nearest segment in *at*'s type just above (*step* -1) or below (1) it, within *reach*
    times its size, its left or right edge or centre at *at*'s."""
    # the nearest line first, past the lines of a column beside it (the address at the
    # right of a display name, whose lines stand between the name's two lines)
    near = range(p - 1, max(-1, p - 8), -1) if step < 0 else range(p + 1, p + 8)
    for k in near:
        if k >= len(first):
            break
        if abs(k - p) > 3 and (first[k].top - _top(at)) * step > reach * _size(at) + 2:
            break
        for other in segments(first[k], by_size=True):
            # (each part's own top: a larger title beside it sets its line's top)
            if not 0 < (_top(other) - _top(at)) * step <= reach * _size(at):
                continue
            # its left edge, its right edge (a box set right) or its centre
            edges = (
                other.x0 - at.x0,
                other.x1 - at.x1,
                (other.x0 + other.x1 - at.x0 - at.x1) / 2,
            )
            if min(map(abs, edges)) < 3 and abs(_size(other) - _size(at)) < 0.6:
                return k, other
    return None


def title_under(first: list[TextLine], pos: int, sg: Segment) -> bool:
    """Under *sg* (line *pos*) in its type stands a document's title alone ('Commercial' over
    'Invoice', 'Imposto da' over 'fatura'), or *sg* is a title's half (:func:`title_half`):
    no name."""
    below = _neighbour(first, sg, pos, 1)
    if below is not None and TITLE_WORDS.fullmatch(fold(below[1].text.strip())) is not None:
        return True
    return title_half(first, pos, sg)


# the end of a title's first half that runs on: a dash, '&' or a joining word
_RUNS_ON = re.compile(r"(?:[-–—&]|\b(?:et|and|und|de|du|des|of|y|e|en|i))$")


def title_half(first: list[TextLine], pos: int, sg: Segment) -> bool:
    """Is *sg* (line *pos*) either half of a title wrapped in its box, the upper half running
    on or a title itself ('Tankkartenabrechnung –' over 'Rechnung', 'Note de frais et' over
    'honoraires'), the two in one type?"""
    below = _neighbour(first, sg, pos, 1)
    above = _neighbour(first, sg, pos, -1)
    for a, b in filter(
        None, [(sg, below[1]) if below else None, (above[1], sg) if above else None]
    ):
        upper = fold(a.text).strip()
        runs_on = _RUNS_ON.search(upper) or DOC_TITLE.fullmatch(upper.rstrip(" -–—"))
        joined = " ".join(re.sub(r"[-–—]", " ", f"{upper} {fold(b.text)}").split())
        if runs_on and DOC_TITLE.fullmatch(joined):
            return True
    return False


def _top(sg: Segment) -> float:
    return min(w.top for w in sg.words)


BY_ADDRESS = "its name is in the web or e-mail address"  # what corroborated() says
AGAIN_DOWN = "its name is printed again further down"  # ... and another thing it says


_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})  # of a name in lower case


def addressed(name: str, lines: list[TextLine]) -> list[TextLine]:
    """The *lines* that print a web or e-mail address whose domain spells a word of *name*."""
    words = _name_words(name)
    return [ln for ln in lines if _spelled(words, ln.folded)]


def mailbox_of(name: str, folded: str) -> bool:
    """Does the folded text print an e-mail address (not a web address: 'a transaction from
    Storify.com' names a brand, not a mailbox) whose domain spells a word of *name*?"""
    words = _name_words(name)
    return any(w in d for d in re.findall(r"@([a-z0-9.-]+)\.[a-z]{2,}", folded) for w in words)


def _name_words(name: str) -> list[str]:
    """The words of *name* a domain may spell (four letters or more, no legal form)."""
    # (a web address writes 'ö' as 'oe', 'ß' as 'ss': 'Kröger' in 'kroeger-uebersetzungen.de')
    spelled = fold(name) + " " + fold(name.lower().translate(_ASCII))
    return [w for w in re.findall(r"[a-z0-9]{4,}", spelled) if not LEGAL_FORM.fullmatch(w)]


def _spelled(words: list[str], folded: str) -> bool:
    """Does the folded text print a web or e-mail address whose domain spells one of *words*?"""
    domains = re.findall(r"(?:@|www\.|https?://)([a-z0-9.-]+)\.[a-z]{2,}", folded)
    domains += BARE_DOMAIN.findall(folded)  # 'harborviewtampa.com' printed without 'www.'
    return any(w in d for d in domains for w in words)


def corroborated(
    name: str, lines: list[TextLine], height: float, customer: set[tuple[int, int]] | None = None
) -> str:
    """What else on the page points at *name*: its web or e-mail address (not one that stands
    only in the *customer*'s block, given as (line index, rounded x) of its texts: a project's
    title naming the customer, 'Chesapeake Outfitters Inc. engagement', is not backed by
    'ap@chesapeakeoutfitters.com' under 'Client'), or the name printed again further down."""
    words = _name_words(name)
    at = [sg for ln in addressed(name, lines) for sg in segments(ln) if _spelled(words, sg.folded)]
    if any((sg.line.index, round(sg.x0)) not in (customer or set()) for sg in at):
        return f"{BY_ADDRESS} on the page"
    key = " ".join(fold(name).split())
    where = printings(key, lines)
    if len(key) >= 6 and len(where) >= 2:
        if where[-1].page > where[0].page or where[-1].top - where[0].top > 200:
            return AGAIN_DOWN
        if any(_account_holder(key, ln, lines) for ln in where):
            return "its name is printed again as the holder of the account to pay"
    # a letterhead block (top half) that carries a tax or company number or an IBAN (under
    # the name, or under its second printing: a large name over the sender's block that
    # repeats it); a name in the legal footer is the registered name, which may not be the
    # one the page shows
    for ln in [
        x for x in where[:2] or _wrapped_at(key, lines) if x.page == 0 and x.top < height / 2
    ]:
        pos = lines.index(ln)
        # the name's own block, where blocks stand side by side on its line
        # (in its own type: a title in display type beside it is no part of it)
        parts = segments(ln, by_size=True)
        mine = [sg for sg in parts if _starts(key, sg)] or parts
        block = [
            sg
            for x in lines[pos : pos + 6]
            if x.page == ln.page and x.top - ln.top < 80
            for sg in segments(x)
            # its own line, and aligned with it on the left, or on the right (a letterhead set
            # flush right), or on its centre (a letterhead centred, a till's receipt)
            if x is ln
            or abs(sg.x0 - mine[0].x0) < 20
            or abs(sg.x1 - mine[-1].x1) < 20
            or abs(sg.x0 + sg.x1 - mine[0].x0 - mine[-1].x1) < 20
        ]
        if any(_registered(sg) for sg in block) or registered_under(lines, pos, mine[0]):
            return "its block carries a tax or company number or an IBAN"
    # the legal footer: the name with its register entry, tax number or IBAN beside it
    for ln in [x for x in where[:1] if x.page == 0 and x.top > height * 0.75]:
        pos = lines.index(ln)
        near = [x.folded for x in lines[pos : pos + 3] if x.page == 0]
        if any(REGISTERED.search(t) for t in near + _footer_block(lines, pos, key)):
            return "the legal footer names it with its register entry or tax number"
    return ""


def _starts(key: str, sg: Segment) -> bool:
    """Does *sg* print the folded name *key*, or its first words (the rest wrapped)?"""
    text = " ".join(sg.folded.split())
    return key in text or key.startswith(f"{text} ")


def _wrapped_at(key: str, lines: list[TextLine]) -> list[TextLine]:
    """The line that prints the first words of the folded name *key* where the next line
    prints the rest ('Étude Schmit &' over 'Hoffmann, notaires' in a sidebar)."""
    for ln, nxt in zip(lines, lines[1:], strict=False):
        rest = " ".join(segments(nxt)[0].folded.split())
        for sg in segments(ln):
            head = " ".join(sg.folded.split())
            if key.startswith(f"{head} ") and key[len(head) + 1 :].startswith(rest):
                return [ln]
    return []


def _footer_block(lines: list[TextLine], pos: int, key: str) -> list[str]:
    """The folded texts of the lines under the name *key* on line *pos* that start where it
    starts, each right under the one before: its block, its address over its VAT number
    ('Google Cloud EMEA Limited' / 'Velasco' / … / 'Ireland' / 'VAT Number: …')."""
    ln = lines[pos]
    x0 = next((sg.x0 for sg in segments(ln) if key in " ".join(sg.folded.split())), None)
    if x0 is None:
        return []
    out: list[str] = []
    last = ln
    for x in lines[pos + 1 : pos + 8]:
        size = max(w.size for w in last.words) or 10.0
        if x.page != ln.page or x.top - last.top > 1.8 * size:
            break
        mine = [sg for sg in segments(x) if abs(sg.x0 - x0) <= 2]
        if not mine:
            break
        out.append(mine[0].folded)
        last = x
    return out


# an IBAN ('BE68539007547034', 'DE89 3704 0044 0532 0130 00')
IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?(?:[A-Z0-9]{4}\s?){2,7}[A-Z0-9]{1,4}\b")
# the heading of the payment's details, and what makes an account the customer's own, to be
# debited, not the one to pay: a direct debit's words (:data:`dated.DIRECT_DEBIT`), and its
# mandate's ('SEPA-Lastschriftmandat', 'debtor', 'domiciliation')
_PAYMENT_HEAD = re.compile(
    r"\b(?:payment\s*(?:info\w*|details?)|bank\s*(?:details|account)|bankverbindung|"
    r"zahlungsinformation\w*|betaalgegevens|betalingsgegevens|coordonnees\s*bancaires|"
    r"informations?\s*de\s*paiement|datos\s*bancarios|account\s*(?:holder|name)|kontoinhaber|"
    r"beneficiary|begunstigter)\b"
)
_DEBIT = re.compile(
    DIRECT_DEBIT.pattern + r"|\b(?:mandat\w*|domicili\w*|debtor|zahlungspflichtig\w*)\b"
)


def _account_holder(key: str, ln: TextLine, lines: list[TextLine]) -> bool:
    """The folded name *key*, printed on *ln*, stands in a block of payment details: under
    their heading and an IBAN on the four lines above, set flush with the IBAN on the left or
    the right ('Payment Info' / 'BE68539007547034' / 'GKCCBEBB' / 'Tuinaanleg Wouters BV'), and
    no word of a direct debit in it (the customer's own account, named with its holder)."""
    pos = lines.index(ln)
    above = [x for x in lines[max(0, pos - 4) : pos] if x.page == ln.page]
    mine = [sg for sg in segments(ln) if key in " ".join(sg.folded.split())]
    ibans = [sg for x in above for sg in segments(x) if IBAN.search(sg.text)]
    if not mine or not ibans:
        return False
    flush = any(abs(i.x0 - mine[0].x0) < 20 or abs(i.x1 - mine[0].x1) < 20 for i in ibans)
    block = " ".join(x.folded for x in [*above, ln])
    return flush and bool(_PAYMENT_HEAD.search(block)) and not _DEBIT.search(block)


def registered_under(lines: list[TextLine], pos: int, name: Segment) -> bool:
    """Does the address of the name *name* (on line *pos*) set apart under it, in its column,
    the lines between empty there (a block of details beside them), carry a tax or company
    number or an IBAN? 'Studio Kowalczyk' in display type over 'Invoice Number | PO Number |
    …' at the right, then 'Prinsengracht 112' / '1015 EA Amsterdam' / 'VAT: NL…' under the
    name. The address opens with a figure, a street or a postcode (not a name of its own: a
    customer's block); nothing else stands under the name before it, and something beside (a
    block right under the name is its own, read with it: the caller's)."""
    out: list[Segment] = []
    ln = lines[pos]
    skipped = False
    for x in lines[pos + 1 : pos + 14]:
        if x.page != ln.page or x.top - ln.top > 160:
            break
        parts = segments(x)
        col = [sg for sg in parts if abs(sg.x0 - name.x0) < 20]
        if not col and not out and all(sg.x0 > name.x1 for sg in parts):
            skipped = True
            continue  # (the details beside)
        if not col or not skipped or not out and not re.search(r"\d", col[0].text):
            break
        out += col
    return any(_registered(sg) for sg in out)


def _registered(seg: Segment) -> bool:
    """Does *seg*, of a name's block, carry a tax or company number or an IBAN: the word and a
    number, in it or in the segment right of it on its line ('VAT No' · 'GB 284 6617 90'), not
    the word alone (an item table's 'TVA' or 'VAT' head under the block)?"""
    m = REGISTERED.search(seg.folded)
    if m is None:
        return False
    after = [o for o in segments(seg.line) if o.x0 > seg.x0][:1]
    return any(re.search(r"\d", t) for t in [seg.folded[m.end() :], *(o.text for o in after)])


def foot_sender(seg: Segment, name: str) -> bool:
    """*seg* is a sender's line at the foot of the page: the company *name*, then its street
    and number and its postcode and town, parted by commas, dots or dashes ('Lumen Consulting
    SRL, Rue de la Loi 42, 1040 Etterbeek'), as a firm whose letterhead is an image signs its
    pages."""
    text = seg.text.strip()
    if not text.startswith(name):
        return False
    parts = [
        p.strip() for p in re.split(r"\s*[,·•|]\s*|\s+[-–—]\s+", text[len(name) :]) if p.strip()
    ]
    return (
        len(parts) >= 2
        and bool(re.search(r"[^\W\d]{2,}.*\d|\d.*[^\W\d]{2,}", parts[0]))  # street and number
        # (the town in a part of its own, or over two: 'Chicago, IL 60603')
        and any(POSTCODE_TOWN.search(" " + p) for p in [*parts[1:], ", ".join(parts[1:])])
    )
