"""The sender's own line: printed small over the recipient's address in an envelope's window
('Kerstin Humm • Straße 1 • 54321 Potsdam', 'Acme AG - Uferweg 40 - D-63571 Gelnhausen'), or
at the foot of the page with its street and town ('Hedgerow Tea Company - 3 Mill Lane - Bath BA1
1NN - United Kingdom', as a web shop signs its invoice). Either names the seller when no heading
does (see :mod:`seller`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices.backing import companies, foot_sender
from robot_lib.invoices.blocks import clean_name, company, segments
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.envelope import POSTCODE_TOWN, address_end
from robot_lib.invoices.parse import dates_in, fold, squashed
from robot_lib.invoices.parties import BANK_WORDS, REGISTERED
from robot_lib.invoices.top_names import Seller

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine


# the fields of a sender's line parted by dots or dashes (or, without them, by commas)
_FIELDS = r"\s+[•·|●]\s+|\s+[-–—−]\s+"
_RETURN_SEP = re.compile(_FIELDS + r"|\s*,\s+")


def return_line(first: list[TextLine], height: float) -> Seller | None:
    """'Kerstin Humm • Straße 1 • 54321 Potsdam' printed small over the recipient's address."""
    for i, ln in enumerate(first[:-1]):
        parts = [p for p in _RETURN_SEP.split(ln.text) if p.strip()]
        if len(parts) < 3 or ln.top > height * 0.45 or BANK_WORDS.search(ln.folded):
            continue  # low on the page, or the payment details ('Konto: … · IBAN … · BIC …')
        if dates_in(ln.text):
            continue  # a receipt's 'Fecha: sábado, 14 de noviembre de 2026 · Cajero: 03'
        dotted = re.search(r"[•·|●]", ln.text)
        # or dashes: 'Acme AG - Uferweg 40 - D-63571 Gelnhausen', the town after the name (and
        # maybe the tax number after the town: '… – 90409 Nürnberg – USt-IdNr.: DE 311 902 554')
        towns = [k for k, p in enumerate(parts) if k and POSTCODE_TOWN.search(p)]
        dashed = len(re.findall(r"\s[-–—−]\s", ln.text)) >= 2 and bool(towns)
        # a postcode; or, dotted, the letterhead's name first ('Atelier Morel • 8 rue de la
        # Barre • Lyon' under 'Atelier Morel', as letter classes print the street and town)
        lead = parts[0]
        if dotted or dashed:
            # its fields parted by dots or dashes, a comma parts a name only from an address's
            # figures: 'Sofia Almeida, Solicitadora · Rua Augusta 5 · 1100-053 Lisboa'
            head = re.split(_FIELDS, ln.text)[0]
            lead = head if not re.search(r"\d", head) else lead
        full = _fuller(first[:i], clean_name(lead))
        # or commas, the letterhead's name first, whole, and a town after it ('Mediendesign
        # Wagner, Hauptstraße 17, 69117 Heidelberg' under the letterhead 'Mediendesign Wagner';
        # not 'Duluth, MN 55802' under 'Duluth Medical Group', a town's name and a firm's)
        whole = full is not None and squashed(full) == squashed(clean_name(lead))
        commas = bool(towns) and "," in ln.text and whole
        if not (dotted or dashed or commas):
            continue
        if not (re.search(r"\b\d{4,5}\b", ln.text) or POSTCODE_TOWN.search(ln.text)) and not (
            dotted and full is not None
        ):
            continue
        size = max(w.size for w in ln.words)
        if i and _under_letterhead(first[i - 1], ln, size):
            continue  # the letterhead's own second line ('Web designer · Via Garibaldi 12 · …')
        under = [  # the address's first line: right under it, at its left edge, not smaller
            # (the next line on the page may stand lower: the window's top margin)
            sg
            for k, nxt in enumerate(first[i + 1 : i + 4])
            for sg in segments(nxt)
            if abs(sg.x0 - ln.words[0].x0) <= 20
            and size <= _size(sg)
            and 0 < nxt.top - ln.top <= (8 if k == 0 else 2.5) * _size(sg)
        ]
        if not dotted and towns[-1] < len(parts) - 1:
            # (the town before more: the address under the line opens with a name, not with the
            # figures of a legal footer's wrapped registration, '… RCS Toulouse' / '821 004 220')
            under = [sg for sg in under if re.match(r"\W*[^\W\d]", sg.text)]
        name = clean_name(lead)
        if under and 2 < len(name) <= 60 and not re.search(r"\d", name):
            full = full or name
            # 'Segelmacherei · Am Hafen 3 · …' over the address, 'Nordwind Segelmacherei GmbH'
            # in the legal footer (never in the address block under the sender line)
            if company(full) is None:
                key = re.compile(rf"\b{re.escape(fold(full))}\b")
                named = {n for _l, _s, n in companies(first[i + 7 :]) if key.search(fold(n))}
                full = named.pop() if len(named) == 1 else full
            return Seller(full, 0.8, "the sender line above the address")
    return None


def foot_line(first: list[TextLine], height: float) -> Seller | None:
    """A name that opens a line at the foot of the page, its street and number and its
    postcode and town after it, parted by dashes, dots or bars: the sender's address as a
    shop's invoice prints it under the page ('Hedgerow Tea Company - 3 Mill Lane - Bath BA1
    1NN - United Kingdom'), with no legal form to tell a company."""
    for ln in first:
        if ln.top < height * 0.75 or BANK_WORDS.search(ln.folded):
            continue
        for sg in segments(ln):
            name = clean_name(re.split(r"\s+[-–—•·|]\s+", sg.text)[0])
            if 3 <= len(name) <= 60 and not re.search(r"[\d:@]", name) and foot_sender(sg, name):
                return Seller(
                    name, 0.75, "the sender's line at the foot of the page, with its address"
                )
    return None


def foot_block(first: list[TextLine], height: float) -> Seller | None:
    """A sender's block at the foot of the page, as letters print it under a rule in columns
    ('Kanzlei Dr. Rossi' over 'Kärntner Straße 12' over '1010 Wien', its tax number and IBAN in
    the columns beside it): a name opening a column in the bottom quarter, its street and number
    and its postcode and town under it at its left edge, the foot's lines carrying a tax number
    or an IBAN. The name is the column's first line: no digit, colon or bank in it."""
    for i, ln in enumerate(first):
        if ln.top < height * 0.75:
            continue
        near = first[i : i + 4]
        if not any(REGISTERED.search(x.folded) for x in near):
            continue
        for sg in segments(ln):
            name = clean_name(sg.text)
            if (
                not 3 <= len(name) <= 60
                or re.search(r"[\d:@]", name)
                or BANK_WORDS.search(fold(name))
            ):
                continue
            under = [o.text for x in near[1:] for o in segments(x) if abs(o.x0 - sg.x0) <= 3]
            street = bool(under) and re.search(r"[^\W\d]{2,}.*\d|\d.*[^\W\d]{2,}", under[0])
            if street and any(address_end(t) for t in under[1:]):
                return Seller(
                    name, 0.75, "the sender's block at the foot of the page, its address under it"
                )
    return None


def _under_letterhead(above: TextLine, ln: TextLine, size: float) -> bool:
    """*ln* sits right under a larger line that starts at its left edge: it continues that
    letterhead, it is no sender line over a window address."""
    big = max(w.size for w in above.words)
    return (
        0 < ln.top - above.top <= 3 * big
        and abs(above.words[0].x0 - ln.words[0].x0) <= 3
        and big > size + 1
    )


def _fuller(above: list[TextLine], name: str) -> str | None:
    """The letterhead's name that starts with the sender line's: it may give it in full
    ('Jonas Weber' over the address, 'Jonas Weber Softwareentwicklung' at the top), or with
    the spaces a small type's text layer loses ('AtelierMorel')."""
    key = squashed(name)
    for ln in above:
        for sg in segments(ln, by_size=True):
            text = clean_name(sg.text)
            if squashed(text).startswith(key) and len(text) <= 60 and not re.search(r"\d", text):
                return text
    return None


# a shop thanks its customer for an order placed with it: 'Thanks for your order at Tulpenhof
# Bloemen', 'Thank you for shopping with us at …', 'Bedankt voor je bestelling bij …', 'Vielen
# Dank für Ihre Bestellung bei …', 'Merci pour votre commande chez …', 'Gracias por su compra en …'
_THANKED = re.compile(
    r"\b(?:thanks?(?:\s*you)?\s*(?:for\s*(?:your|the)\s*(?:order|purchase)|for\s*shopping)"
    r"(?:\s*with\s*us)?\s*(?:at|with|from)|"
    r"bedankt\s*voor\s*(?:je|uw)\s*(?:bestelling|aankoop)\s*bij|"
    r"dank\s*fur\s*ihre?n?\s*(?:bestellung|einkauf)\s*bei|"
    r"merci\s*pour\s*votre\s*(?:commande|achat)\s*(?:chez|sur)|"
    r"gracias\s*por\s*(?:su|tu)\s*(?:pedido|compra)\s*en)\s+"
)


def thanked(first: list[TextLine]) -> str | None:
    """The shop a sentence on the page thanks the customer for an order at: the words after
    it to the sentence's end, a name (a capital first, six words at most), or None."""
    for ln in first:
        m = _THANKED.search(ln.folded)
        if m is None:
            continue
        rest = ln.text[m.end() :]
        # a company's name whole, its legal form's stop kept ('Northwind Supply Co.'); else the
        # words to the sentence's end
        name = company(rest) or ""
        if not name or not rest.lstrip().startswith(name[:4]):
            name = re.split(r"[.!]\s|[.!]$|\s[-–—|]\s", rest)[0].strip(" ,;:")
        if name[:1].isupper() and len(name.split()) <= 6 and not re.search(r"\d{3}", name):
            return name
    return None
