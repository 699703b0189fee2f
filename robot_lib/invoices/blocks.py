"""The blocks of text a page is read in: a line's segments (the parts of a line printed
side by side), and company names in them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from robot_lib.invoices.labels import TITLE_WORDS, labels_at
from robot_lib.invoices.labels_east import CJK_FORM
from robot_lib.invoices.parse import fold
from robot_lib.invoices.parties import (
    BANK_WORDS,
    BUYER_BEFORE,
    BUYER_WORDS,
    LEGAL_FORM,
    NAME_LABEL,
    PREFIX_FORM,
    PREFIX_HINT,
    SELLER_HEADINGS,
)

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.pdf import Word


@dataclass
class Segment:
    """Words of a line that belong together (a column's part of the line)."""

    words: list[Word]
    line: TextLine

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def folded(self) -> str:
        return fold(self.text).strip()

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


def segments(ln: TextLine, by_size: bool = False, tight: bool = False) -> list[Segment]:
    """Split a line where the gap between two words is wider than about three letters:
    blocks printed side by side; with *by_size* also where the font size changes; *tight*,
    where it is wider than a space (a table's cells, however close its columns stand).
    Asked for many times a line: kept on the line."""
    memo: dict[tuple[bool, bool], list[Segment]] = ln.__dict__.setdefault("_segments", {})
    if (by_size, tight) in memo:
        return memo[(by_size, tight)]
    out: list[Segment] = []
    cur: list[Word] = []
    for w in ln.words:
        gap = (
            max(4.0, 1.4 * ln.space_em * (w.size or 10))
            if tight
            else max(14.0, 1.6 * (w.size or 10))
        )
        resized = by_size and abs(w.size - cur[-1].size) > 0.6 if cur else False
        if cur and (w.x0 - cur[-1].x1 > gap or resized):
            out.append(Segment(cur, ln))
            cur = []
        cur.append(w)
    if cur:
        out.append(Segment(cur, ln))
    memo[(by_size, tight)] = out
    return out


def size(seg: Segment) -> float:
    """The segment's type size, to a tenth of a point (one font's size comes out of a PDF
    as 10.244563999999968 on one line and 10.244564000000025 on the next)."""
    return round(max(w.size for w in seg.words), 1)


def overruns(end: float, size: float, word: Word, edge: float) -> bool:
    """Would *word*, set after text ending at *end* (a space of 0.3 em of type *size* between),
    run past *edge*? Then the width there wrapped the text before *word* onto its own line."""
    return end + 0.3 * size + (word.x1 - word.x0) > edge


# ------------------------------------------------------------------ names

_SEP = re.compile(r"\s*(?:[•·|●]|\s[-–—−]\s|,\s)\s*")  # dashes: hyphen, en, em, minus


# a legal form written out after the name, as a legal line prints it ('… - Société Anonyme au
# capital de …', '…, Gesellschaft mit beschränkter Haftung')
_SPELLED_FORM = re.compile(
    r"(?:^|[\s,])(?:soci[ée]t[ée]\s+(?:anonyme|par\s+actions\s+simplifi[ée]e|[àa]\s+responsabilit[ée]"
    r"\s+limit[ée]e|en\s+nom\s+collectif)|aktiengesellschaft|gesellschaft\s+mit\s+beschr[äa]nkter"
    r"\s+haftung|sociedad\s+(?:an[óo]nima|limitada)|societ[àa]\s+(?:per\s+azioni|a\s+responsabilit"
    r"[àa]\s+limitata)|public\s+limited\s+company|limited\s+liability\s+company)\b",
    re.I,
)


# the words before a payee's name in a payment sentence, or the seller's in a sales one
# ('All services are sold by Acme, Inc.', 'Thank you for shopping at Northwind Supply Co.')
PAYEE = re.compile(
    r"\b(?:payable\s*to|pay\s*to|in\s*favou?r\s*of|account\s*(?:name|holder)\s*:?|"
    r"(?:sold|supplied|provided)\s*by\s*:?|(?:shopping|ordering|buying)\s*(?:at|with|from)|"
    # (a marketplace's 'Sold by' in other languages: 'Vendu par Amazon EU S.à r.l., …')
    r"verkauft\s*von|vendu\s*par|venduto\s*da|vendido\s*por|verkocht\s*door|"
    r"zahlbar\s*an|zugunsten(?:\s*von)?|kontoinhaber\s*:?|empf(?:ä|ae)nger\s*:?|"
    r"(?:à|a)\s*l.ordre\s*de|au\s*nom\s*de|titulaire(?:\s*du\s*compte)?\s*:?|"
    r"t\.?\s*n\.?\s*v\.?|ten\s*name\s*van|"
    r"a\s*nombre\s*de|a\s*favor\s*de|intestato\s*a)\s+",
    re.I,
)


# a remittance slip's heading ('PAYMENT ADVICE', 'Remittance advice', 'Remittance slip') and its
# payee's line under it ('To:            Lakeshore Food Bank')
_ADVICE = re.compile(r"\b(?:payment|remittance)\s*(?:advice|slip)\b")
_ADVICE_TO = re.compile(r"\s*to\s*:\s+", re.I)


# a sentence that names a company ('Canon ist eine eingetragene Marke der Canon Inc.', 'X is a
# registered trademark of Y Ltd'): the name is what follows its last preposition
_OWNED_BY = re.compile(
    r"^.*\b(?:ist|sind|is|are|est|sont|wird|was|were|zijn|jest)\b.*?\b"
    r"(?:der|des|von|of|by|de|du|di|del|van)\s+(?=\S)",
    re.I,
)


# the small words a company's name may hold ('Haus der Technik', 'Comercial de la Costa')
_PARTICLES = frozenset(
    "de la le les del della di da das do dos du des der den die van von zu am an und and et y e "
    "i of the for fur für en".split()
)


def _unlabelled(name: str) -> str:
    """The name without a field's label that a column of labels runs into it ('Invoice Date
    Wattle & Gum Design Pty Ltd', the labels' column right-aligned beside the name's)."""
    f = fold(name)
    for m in labels_at(f) if len(f) == len(name) else ():
        if len(name[m.end() :].split()) >= 2:
            return name[m.end() :].strip(" :")
    return name


def _after_sentence(text: str) -> str:
    """The name that ends a sentence ('Wir haben unsere Forderung an die Nordfactor Finanz' →
    'Nordfactor Finanz '): after two lowercase words in a row that are no particles, the
    capitalised words before the legal form. Text that reads as no sentence stays whole."""
    words = text.split()
    plain = [w[:1].islower() and w.lower() not in _PARTICLES for w in words]
    if not any(a and b for a, b in zip(plain, plain[1:], strict=False)):
        return text
    k = len(words)
    while k and (words[k - 1][:1].isupper() or not words[k - 1][:1].isalpha()):
        k -= 1
    return " ".join(words[k:]) + " " if k < len(words) else text


# a group the seller belongs to: 'Ein Unternehmen der … Holding AG', 'A member of the … Group
# plc', 'Part of …', 'Une société du groupe …': that company is not the one that bills
_GROUP = re.compile(
    r"^\W*(?:(?:ein(?:e)?\s*)?(?:unternehmen|tochter\w*|marke)\s*der|a\s*(?:member|"
    r"subsidiary|division|company)\s*of|(?:part|member)\s*of|une?\s*(?:societe|filiale)\s*d[ue]|"
    r"una\s*(?:societa|azienda)\s*del|een\s*(?:onderdeel|dochter\w*)\s*van)\b"
)


# the words of a total's label before an abbreviation that reads as a legal form ('Total inc.
# VAT', 'Amount inc. GST': including)
_TOTAL_WORD = re.compile(r"(?:grand\s*|sub\s*-?\s*)?(?:total|sum|amount|price|balance)s?")


def company(text: str) -> str | None:
    """The company name in *text* if it carries a legal form ('Acme GmbH | Street 1')."""
    if _GROUP.match(fold(text)):
        return None
    if not (LEGAL_FORM.search(text) or PREFIX_HINT.search(text) or CJK_FORM.search(text)):
        spelled = _SPELLED_FORM.search(text)  # 'BOUYGUES TELECOM - Société Anonyme au capital …'
        if spelled is None or spelled.start() < 3:
            return None  # no form anywhere in it (most of a page's blocks): nothing to split
        name = _SEP.split(text[: spelled.start()].rstrip(" ,-–—−"))[-1]
        return clean_name(name) if len(name) > 2 and not re.search(r"\d|:", name) else None
    parts = _SEP.split(text)
    seps = _SEP.findall(text)
    for k, part in enumerate(parts):
        if k + 1 < len(parts) and LEGAL_FORM.fullmatch(parts[k + 1].strip()):
            part = f"{part}, {parts[k + 1]}"  # 'Bluebird Software, Inc.'
        if NAME_LABEL.match(fold(part).strip()):
            part = part.split(":", 1)[1]  # 'Company: Harbour Lane Design Ltd': the label names it
        if re.search(r"@|www\.|https?:|:", part):
            continue  # an address, not a name ('Booking.com B.V.' is one)
        if part.count(")") > part.count("("):
            continue  # a remark's end: '… (Microsoft' over 'Ireland Operations Ltd)'
        if PREFIX_FORM.match(part.strip()):
            return clean_name(part)  # 'PT Maju Jaya': Indonesia puts the form first
        cjk = _cjk_company(part)
        if cjk:
            return cjk
        payee = PAYEE.search(part) or _OWNED_BY.search(part)
        if payee and not LEGAL_FORM.search(part[: payee.end()]):
            part = part[payee.end() :]  # 'Please make checks payable to Orbit Labs GmbH'
        m = LEGAL_FORM.search(part)
        later = LEGAL_FORM.search(part, m.end()) if m else None
        partner = m is not None and re.search(r"&\s*co\.?$", part[m.start() : m.end()], re.I)
        if m and later and (part[: m.start()].rstrip().endswith("&") or partner):
            # a partner's '& Co.' inside the name, its form after a word or two more: 'Hansen &
            # Co. Revision I/S', 'Sixt GmbH & Co. Autovermietung KG'
            m = later if _WORDS.fullmatch(part[m.end() : later.start()]) else m
        if m and _TOTAL_WORD.fullmatch(fold(part[: m.start()]).strip()):
            continue  # a total's label: 'Total inc. VAT' is the total including it
        if m and part[: m.start()].rfind("(") > part[: m.start()].rfind(")"):
            continue  # inside a bracket: 'Amount Due (inc GST)', 'Importo dovuto (IVA inc.)'
        if m and m.start() > 1 and not re.search(r"\d[.,]?\d*\s*$", part[: m.start()]):
            name = _unlabelled(
                _after_sentence(part[: m.start()]) + part[m.start() : m.end()].strip()
            )
            if re.search(r"\d{4,}", name) or len(name) > 60:
                continue
            if k == 1 and seps[0].strip() in ("-", "–", "—", "−") and _firm(parts[0]):
                # the firm's name, a dash, then its trade and form: Portugal's 'Marés do Sul -
                # Comércio de Pescado, Lda.' is one name (not a sender's line: no street or town)
                name = f"{parts[0]} {seps[0].strip()} {name}"
            elif _partners(parts, seps, k, name):
                # partners' names in a list before the last two ('Harper, Collins & Wade LLP')
                name = ", ".join([*(p.strip() for p in parts[:k]), name])
            return clean_name(name)
    return None


_WORDS = re.compile(r"(?:\s+[^\W\d_][\w'-]*){1,3}\s+")  # a word or up to three, between spaces


_ANGLO_FORM = re.compile(r"(?i)\b(?:llp|llc|pllc|p\.c\.|ltd\.?|limited|inc\.?)$")


def _partners(parts: list[str], seps: list[str], k: int, name: str) -> bool:
    """Is the name *name*, the last of *parts* and its partners joined by '&' ('Collins & Wade
    LLP'), the end of a list of partners' surnames before it, each a capitalised word set off by
    a comma ('Harper, Collins & Wade LLP'), the whole text nothing else?"""
    if k == 0 or k != len(parts) - 1 or not re.match(r"[^\W\d_][\w'-]*\s*&", name):
        return False
    if not _ANGLO_FORM.search(name):
        return False  # (the English-speaking firms' way: not 'Berlin, Müller & Partner GmbH')
    names = all(
        re.fullmatch(r"[^\W\d_][\w'-]+", p.strip()) and p.strip()[0].isupper() for p in parts[:k]
    )
    return names and all(sep.strip() == "," for sep in seps[:k])


def _firm(text: str) -> bool:
    """Is *text*, before a dash, a firm's name: one to five words, the first capitalised, no
    figure, no title ('Rechnung - Muster GmbH') and no party's heading ('Lieferant - …')?"""
    folded = fold(text)
    if not _FIRM.fullmatch(text) or TITLE_WORDS.match(folded) or SELLER_HEADINGS.match(folded):
        return False
    return not BUYER_WORDS.fullmatch(folded)


_FIRM = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:\s+[^\W\d_][\w&'.]*){0,4}")


def printings(key: str, lines: list[TextLine]) -> list[TextLine]:
    """The lines that print the folded name *key*, less those where a customer's label stands
    right before it ('Customer  Harbourside Cafe Pty Ltd' on a payment slip: the customer's)."""
    flat = [(ln, " ".join(ln.folded.split())) for ln in lines]
    return [ln for ln, t in flat if key in t and not BUYER_BEFORE.search(t.split(key)[0])]


def _cjk_company(part: str) -> str | None:
    """A Chinese, Japanese or Korean company: its form glued to the name, before or after it
    ('上海星辰信息技术有限公司', '株式会社サンプル企画'), or a word of its own beside it ('주식회사
    누리소프트'); after a name label ('名称：'), before an honorific ('御中')."""
    if not CJK_FORM.search(part):
        return None
    tokens = re.sub(r"^[^:：]{0,12}[:：]\s*", "", part).split()
    for i, tok in enumerate(tokens):
        if not CJK_FORM.search(tok):
            continue
        if not CJK_FORM.fullmatch(tok):
            return clean_name(tok)
        # the form alone: with the word after it, else the word before it
        if i + 1 < len(tokens):
            return clean_name(f"{tok} {tokens[i + 1]}")
        return clean_name(f"{tokens[i - 1]} {tok}") if i else None
    return None


def payee(lines: list[TextLine]) -> str | None:
    """The name a sentence or a payment detail gives as the payee or the seller
    ('Titulaire du compte : NETPRESSE', 'Kontoinhaber: Jonas Weber', 'All payment to be made
    in favor of' over 'Oravel Stays Pvt. Ltd.'): the first such name on the pages."""
    heads = [i for i, x in enumerate(lines) if _ADVICE.search(x.folded)]
    for pos, ln in enumerate(lines):
        advice = any(pos - 3 <= i <= pos for i in heads)  # under a payment advice's heading
        for sg in segments(ln):
            m = PAYEE.search(sg.text + " ")  # the words may end the line: the name under them
            if m is None and advice:
                # a payment advice's 'To:', the slip sent back with the payment: its payee
                m = _ADVICE_TO.match(sg.text + " ")
            if m is None:
                continue
            rest = sg.text[m.end() - 1 :]
            if not rest.strip(" :") and pos + 1 < len(lines) and lines[pos + 1].page == ln.page:
                rest = segments(lines[pos + 1])[0].text  # the name on the line under it
            else:
                rest = " ".join([rest, *_wrapped_value(lines, pos, sg)])
            name = company(rest) or clean_name(_SEP.split(rest.strip(" :"))[0].rstrip("."))
            # a name, not the sentence going on ('… van Studio Vlinder onder vermelding van')
            words = name.split()
            if (
                2 < len(name) <= 60
                and len(words) <= 6
                and re.search(r"[^\W\d_]{2}", name)
                and not re.search(r"\d{3,}|@|:", name)
                and all(w[0].isupper() or len(w) <= 3 or not w[0].isalpha() for w in words)
                # a name has a capital ('Thank you for shopping with us!' names nobody)
                and any(w[0].isupper() for w in words)
            ):
                return name
    return None


def _wrapped_value(lines: list[TextLine], pos: int, sg: Segment) -> list[str]:
    """The rest of the value of *sg*'s label (on line *pos*) wrapped onto the line under it in
    a narrow box ('Account Name: Northbound Coffee' over 'Roasters' over 'Account No.: …'): the
    next part of its column, starting where the label does, a word or three with no figure or
    colon, with another 'Label: value' of the column right under it; else nothing."""
    size = sg.words[0].size or 10.0
    column: list[Segment] = []
    last = sg.line.top
    for x in lines[pos + 1 : pos + 6]:
        if x.page != sg.line.page or x.top - last > 1.6 * size:
            break
        part = [o for o in segments(x) if abs(o.x0 - sg.x0) < 2]
        if part:
            column.append(part[0])
            last = x.top
        if len(column) == 2:
            break
    if len(column) < 2 or not re.fullmatch(r"[^\W\d]+(?:\s[^\W\d]+){0,2}", column[0].text):
        return []
    if BANK_WORDS.search(column[0].folded) or not re.match(r"[^\W\d][\w .-]*:", column[1].text):
        return []
    # (the label's line filled its box: as wide as any other line of its column)
    return [column[0].text] if sg.x1 >= max(o.x1 for o in column) - 2 else []


def clean_name(text: str) -> str:
    """A name as printed, spaces collapsed; from a payment sentence, the payee's name
    ('Please make cheques payable to Declan Byrne Audio.')."""
    payee = PAYEE.search(text)
    if payee:
        text = text[payee.end() :].rstrip(".")
    return re.sub(r"\s+", " ", text).strip(" :,;|•·")
