"""The recipient's address in a window envelope's field, told from a letterhead's own address
block: where it stands, its lines, its postcode and town, and what it never carries (phone,
e-mail, web address, a tax number but its own VAT number under its town)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import Segment, segments
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.parse import fold
from robot_lib.invoices.parties import SELLER_HEADINGS

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

# a seller heading that opens a block ('Verkäufer', 'From'), without the value after it
HEADING = re.compile(SELLER_HEADINGS.pattern.replace(r"\s*(?::\s*(.*))?$", ""))

# a street, its house number first: '410 Congress Ave', '12b Quay Street', '8, rue Haute'
HOUSE_NUMBER = re.compile(r"\s*\d{1,5}[a-z]?,?\s+[^\W\d]")

# a US town's state and ZIP code after a comma: 'Austin, TX 78701'
US_STATE_ZIP = r",\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
POSTCODE_TOWN = re.compile(
    # '80331 München', 'D-80331', '1010 Wien', Romania's six figures: '010061 București'
    r"(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,6}\s+[^\W\d]{2,}"
    # '1100-053 Lisboa', '31-147 Kraków', '01310-100 São Paulo', '130 00 Praha'
    r"|(?:^|\s)(?:\d{4,5}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2})\s+[^\W\d]{2,}"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"  # 'LS1 4AB'
    r"|\b[AC-FHKNPRTV-Y]\d[\dW]\s[AC-FHKNPRTV-Y\d]{4}\b"  # Ireland's Eircode: 'H91 R2TX'
    r"|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d\s*$"  # Canada's: 'M5H 2M5'
    r"|"
    + US_STATE_ZIP
    + r"|\b[^\W\d]{3,}\s+\d{4,5}\s*$"  # the town first, as US-made ERPs print it: 'Drammen 3015'
    # ... and India's PIN of six figures after the town and its state's code: 'Mumbai MH 400002'
    + r"|\b[^\W\d]{3,}(?:\s+[A-Z]{2})?\s*[-\u2013]?\s*[1-9]\d{5}\s*$"
)
# the Gulf's countries, whose addresses end with the country's name and no postcode ('Sheikh
# Zayed Road' / 'Dubai' / 'United Arab Emirates')
_NO_POSTCODE_COUNTRY = re.compile(
    r"(?:united\s*arab\s*emirates|u\.?a\.?e\.?|(?:kingdom\s*of\s*)?saudi\s*arabia|k\.?s\.?a\.?|"
    r"(?:kingdom\s*of\s*)?bahrain|(?:state\s*of\s*)?qatar|(?:sultanate\s*of\s*)?oman|"
    r"(?:state\s*of\s*)?kuwait)"
)


def address_end(text: str) -> bool:
    """Does *text* end a postal address: a postcode and town, or a country whose addresses
    have none?"""
    return bool(POSTCODE_TOWN.search(text) or _NO_POSTCODE_COUNTRY.fullmatch(fold(text).strip()))


_DOTS = re.compile(r"[•·●]")
_CONTACT = re.compile(
    r"@|www\.|https?:|\b(?:tel|telefon|phone|fax|iban|bic|vat|ust|hrb|tax|mwst|steuer\w*)\b", re.I
)


def window_address(first: list[TextLine], height: float) -> set[tuple[int, int]]:
    """The address in a window envelope's field: three to seven lines of one size at the
    left (or, in Swiss, French and Belgian letters, at the right), below the letterhead and
    in the upper half, ending with a postcode and town (and the country), with no phone,
    e-mail, web address or tax number (a letterhead's own address block has them) but for
    the recipient's VAT number under the town. (line index, rounded x) of its lines, as for
    the buyer's block; empty if there is none."""
    for pick in (0, -1):
        blocks: list[list[Segment]] = []
        for ln in first:
            if ln.column is not None:
                continue  # a sidebar's line: the sender's column, no envelope's window
            seg = segments(ln)[pick]
            if not 0.1 * height < ln.top < 0.45 * height or (
                seg.x0 >= 200 if pick == 0 else seg.x0 < 250
            ):
                continue
            if len(_DOTS.findall(seg.text)) >= 2:
                continue  # the sender's line over the address ('Hotel … · Uferpromenade 3 · …')
            block = blocks[-1] if blocks else []
            if block and _next_in_block(block[-1], seg):
                block.append(seg)
            else:
                blocks.append([seg])
        found = []
        for block in blocks:
            if pick == 0 and _cut_off(first, block, height):
                continue  # a letterhead's block under its name, the field's top cutting it
            # at the right, the block starts in the field, or a few points over it: not a
            # letterhead running into it (at the left, where the sender's own block stands over
            # the field, the block is taken as it stands)
            head = _over(first, block[0], height) if pick else []
            if head is None:
                continue
            if _is_address(block := head + block):
                found.append(block)
        # the page's first lines are its letterhead when another address stands under them
        # (a sender's name, street and town at the top, the customer's in the field below)
        if len(found) > 1 and found[0][0].line is first[0]:
            found = found[1:]
        if found:
            return {(sg.line.index, round(sg.x0)) for sg in found[0]}
    return set()


def _over(first: list[TextLine], top: Segment, height: float) -> list[Segment] | None:
    """The lines just over the field that run into the block at the right *top* heads: a
    company's name a few points over a tenth of the page, its street under it (where the
    field starts depends on the font the page was printed with); None if the block runs on up
    the page, a letterhead's."""
    out: list[Segment] = []
    for ln in reversed([ln for ln in first if ln.top < top.line.top]):
        seg = segments(ln)[-1]
        if not _next_in_block(seg, out[0] if out else top):
            return out
        if ln.top <= 0.07 * height:
            return None
        out.insert(0, seg)
    return out


def _cut_off(first: list[TextLine], block: list[Segment], height: float) -> bool:
    """Does *block* run on from the line over it in its column, above the field's top, at the
    block's own pitch (a sender's name at the top left over its street, town and country, the
    field cutting the block under its name; not a date's line a blank line over the address)?"""
    top = block[0]
    pitch = block[1].line.top - top.line.top if len(block) > 1 else 0
    # the line over it in its column (a block beside it may print lines between)
    above = [sg for ln in first if ln.index < top.line.index for sg in segments(ln)[:1]]
    above = [sg for sg in above if abs(sg.x0 - top.x0) < 3][-1:]
    return any(
        sg.line.top <= 0.1 * height
        and _next_in_block(sg, top)
        and top.line.top - sg.line.top <= 1.25 * pitch
        for sg in above
    )


def _next_in_block(prev: Segment, seg: Segment) -> bool:
    """*seg* continues the block whose last line is *prev*: close under it, at its left edge,
    in its size."""
    return (
        0 < seg.line.top - prev.line.top <= 2.2 * _size(seg)
        and abs(seg.x0 - prev.x0) < 3
        and abs(_size(seg) - _size(prev)) < 1
    )


def _is_address(block: list[Segment]) -> bool:
    if not 3 <= len(block) <= 7 or _size(block[0]) > 12:
        return False
    texts = [sg.text for sg in block]
    # the recipient's VAT number under its address ('Europäische USt-IdNr.:' over
    # 'DE500088387'; a reverse charge asks for it): after the town and the country, its own
    texts = texts[: len(texts) - _tax_id_tail(texts)]
    if any(_CONTACT.search(t) for t in texts) or HEADING.match(block[0].folded):
        return False
    return any(address_end(t) for t in texts[-2:])


_COUNTRY_LINE = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}")
# a VAT number's label ending its line ('European VAT Number:'), or a line ending with one
# ('VAT-UE: PL7817502852', 'ATU57606969')
_TAX_ID_LINE = re.compile(
    r"\b(?:vat|ust|tva|iva|btw|nip|nif|cif|uid|moms|mva|tax|steuer\w*|fiscal\w*)\b[^:]*:\s*$|"
    # ... or the label and the number on one line: 'VAT: 312178871406603', 'TRN: 100…'
    r"^\s*(?:vat|trn|tax\s*id)\b[^:\d]{0,20}:\s*\d{9,15}\s*$|"
    # India's: 'GSTIN: 27AAACR5055K1Z7', and the state the supply is made in, the customer's
    r"^\s*gstin\s*:?\s*\d{2}[0-9A-Z]{13}\s*$|^\s*place\s*of\s*supply\b|"
    r"(?<!\w)[A-Z]{2}\s?(?=(?:[A-Z]?\d){6})[0-9A-Z]{8,12}\s*$",
    re.I,
)


def _tax_id_tail(texts: list[str]) -> int:
    """How many last lines of a block are a VAT number and its label printed under an
    address's town (and country): none if the lines above them end no address."""
    n = 0
    while n < min(2, len(texts) - 3) and _TAX_ID_LINE.search(texts[-1 - n]):
        n += 1
    rest = texts[: len(texts) - n]
    if n and not (
        address_end(rest[-1])
        or (_COUNTRY_LINE.fullmatch(rest[-1].strip()) and POSTCODE_TOWN.search(rest[-2]))
    ):
        return 0
    return n
