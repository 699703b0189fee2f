"""The seller, found by evidence on the first page.

Strongest first:

1. a seller heading ('Seller', 'Lieferant', 'Dodavatel', 'De :'): the name beside it, its
   'Name:' line, or the first line of its column. Headings side by side ('Seller  Buyer')
   are read as columns;
2. the sender's return line above a window-envelope address ('Acme • Street 1 • 12345 City'),
   or as the page's running header over the recipient's block, its tax number after the town
   (:mod:`sender_line`);
3. the letterhead: a company name with a legal form, high on the page and large, outside
   the buyer's block (:mod:`customer_block`), the address in the envelope window and the bank
   details;
4. the largest text at the top that is not a title.

A name from 3 or 4 is only a guess until the page corroborates it: the name in the web or
e-mail address printed on it, the name printed again further down (the legal footer), a
person's name over their own e-mail address, or the name the payment details give as the
account holder or payee ('Titulaire du compte : NETPRESSE'), which also stands in for a guess
nothing backs.
A guess nothing corroborates gives way to a letterhead with no legal form ('Cole & Finch
Design', 'Maître Sophie Lambert') when the guess stands in the recipient's block (under its
heading or in the envelope window, at the left or the right) or lower and smaller: a name at
the top printed again further down, or the largest name at the top whose band of the page
carries a tax number or IBAN, or that heads its own postal address, or that a banner at the top
prints large over its own block.
A guess in the recipient's block, or only the largest text, gives way to the sender's line at
the foot of the page: a name, then its street and number and its postcode and town ('Maison
Lavande - 12 rue des Lilas - 13001 Marseille - France', as a web shop signs its invoice).
Two parties' blocks side by side at the top with no heading over either (an invoicing app's
customer at the left, its user at the right) leave the choice to a person, unless one block
alone carries a tax number (a VAT number printed bare counts) of the country whose currency
the page bills in, or the guess's e-mail address spells its name and the block beside prints
none, or the page prints one block's e-mail address again outside it ('For questions, contact
us at …' at the foot: a page repeats its sender's contact) and the other's tax number does not
say otherwise (when it does, a person says); so do two blocks one over the other, each with an
e-mail address spelling its name (the name at the top is proposed). A customer's own e-mail
address in its block under 'Bill To' backs nothing, as its tax number there does not.
The evidence is returned with the name, so a review reason can say what was missing.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from robot_lib.invoices.backing import (
    AGAIN_DOWN,
    BY_ADDRESS,
    companies,
    corroborated,
    foot_sender,
)
from robot_lib.invoices.banners import banner
from robot_lib.invoices.blocks import Segment, clean_name, company, payee, segments
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.countries import register_currency, vat_currency, vat_number_in
from robot_lib.invoices.currency import dollar_home
from robot_lib.invoices.customer_block import (
    MONEY,
    buyer_segments,
    care_of_blocks,
    customer_companies,
    headed_beside,
    payer_names,
    printed,
)
from robot_lib.invoices.envelope import window_address
from robot_lib.invoices.heading import under_heading
from robot_lib.invoices.parse import currencies_in, fold, squashed
from robot_lib.invoices.parties import BANK_WORDS, REGISTERED, assigned_lines, received_from
from robot_lib.invoices.sender_line import foot_block, foot_line, return_line, thanked
from robot_lib.invoices.top_names import (
    MAIL,
    MAILBOX,
    REACH,
    TWICE,
    Seller,
    beside,
    block_says,
    column_of,
    echoed,
    in_buyer,
    largest,
    line_at,
    mail_in,
    name_under_brand,
    over_own_block,
    postal_under,
    sent_from,
    window_sender,
)
from robot_lib.invoices.validate import AT_FOOT
from robot_lib.invoices.vertical import vertical_seller

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine


def find_seller(lines: list[TextLine], height: float = 842.0) -> Seller | None:
    """The seller from the first page's lines; *height* is the page's height in points."""
    first = [ln for ln in lines if ln.page == 0]
    if not first:
        return None
    stub = received_from(lines)
    if stub is not None:  # a Brazilian note's receipt stub names its issuer
        return Seller(clean_name(stub), 0.9, "the receipt stub: 'RECEBEMOS DE … OS PRODUTOS'")
    headed = buyer_segments(first)  # the customer's block, under its heading ('Bill to')
    buyer = set(headed) | care_of_blocks(first, height)  # ... or over its 'c/o' or 'Attn:' line
    # ... or a payment form's payer's, or the company its heading names, printed again
    # outside its block (the giro's payer's box): wherever either is printed
    customers = payer_names(first) | customer_companies(first, headed)
    again = {c for c in customers if printed(first, {c}, block=False) - headed}
    paying = printed(first, again)
    buyer |= paying
    found = _under_heading(first) or _vertical(first) or return_line(first, height)
    if found is not None:
        return found
    names = companies(first, lines)
    # a factor the claim is assigned to ('… an die Nordfactor Finanz GmbH abgetreten'): its
    # name, wherever printed (the account holder's too), is never the seller's
    assigned = assigned_lines(lines)
    factors = {squashed(n) for ln in assigned if (n := company(ln.text))}
    names = [(ln, sg, n) for ln, sg, n in names if squashed(n) not in factors]
    # (nor those: 'Maksajan  Kiinteistö Oy Mäntytie 4', 'Hotell Fjordgløtt AS' in the giro)
    names = [(ln, sg, n) for ln, sg, n in names if not in_buyer(sg, paying)]
    window = window_address(first, height)
    if headed_beside(first, window, headed):
        window = set()  # the customer's block is beside it, under its heading: no window's
    if window and any(not in_buyer(sg, window | buyer) for _ln, sg, _n in names):
        buyer |= window  # a company elsewhere: the envelope's window holds the recipient's
    guess = _letterhead(first, names, buyer, height) or largest(first, buyer)
    if guess is None:  # (or the sender's block in the foot, no name at the top)
        return _thanked(first, lines, height) or foot_block(first, height)
    if headed and _customer_s_again(first, guess.name, headed):
        return Seller(guess.name, 0.5, f"{guess.evidence}; {_AGAIN}")  # the customer's own
    why = corroborated(guess.name, lines, height, buyer | window)
    if not why and guess.size and over_own_block(first, guess.size, guess.name, headed, height):
        why = TWICE  # the largest text, a banner printed again over its own block
    recipient = buyer | window
    received = any(n == guess.name and in_buyer(sg, recipient) for _ln, sg, n in names)
    if received and why.startswith(_CARRIES):
        why = ""  # the customer's tax number in its own block (Spain, Italy, Portugal print it)
    if received and why.startswith(BY_ADDRESS) and mail_in(column_of(first, guess.name)):
        why = ""  # ... or its e-mail address there, its domain spelling its name
    if not why and not received and _mailbox(first, guess):
        why = "its own e-mail address stands under it"
    shop = None if why else _thanked(first, lines, height)
    if shop is not None and squashed(shop.name) != squashed(guess.name):
        # the page thanks the customer for an order at a shop the guess is not (a customer's
        # company under 'Shipping Info', or an item's name the largest text)
        return shop
    if not why:
        # the account holder or payee the page names ('Titulaire du compte : NETPRESSE'),
        # unless it is the recipient's (a direct debit from the customer's account)
        paid = payee(lines)
        if assigned:
            paid = None  # the claim is assigned: the account holder is the factor, not the seller
        if paid is not None and not _names(first, recipient, paid):
            if squashed(paid) == squashed(guess.name):
                why = "the page names it as the payee"
            elif received or guess.confidence <= 0.6:
                return Seller(paid, 0.8, _PAYEE_WHY)
    if not why and received:
        # a company in the recipient's block (under its heading or in the envelope window)
        # that nothing else names is the recipient's when the page shows its sender otherwise
        other = echoed(first, lines, recipient, height, headed) or banner(first, recipient, height)
        if other is not None:
            return other
    if not why and (received or guess.confidence <= 0.5):
        # the guess is the customer's, or only the largest text: the sender signs the foot of
        # the page with its address ('Maison Lavande - 12 rue des Lilas - 13001 Marseille')
        foot = foot_line(first, height) or foot_block(first, height)
        if foot is not None:
            return foot
    bare = not why and not received and _bare(first, names, guess)
    if not why and not received and (guess.confidence <= 0.5 or bare):
        # the largest text backs nothing ('Global Wholesaler', a tagline over the letterhead):
        # a name at the top that the page's own web or e-mail address carries is the sender's;
        # so too when the company is a bare block (its name and address, no tax number, no
        # phone, e-mail or web) and that name's block gives one (or the top half of the page
        # prints its e-mail address: a shop's name alone under its logo): the bare one is the
        # addressee's
        other = echoed(first, lines, recipient, height, backed_by=BY_ADDRESS, reached=bare)
        if other is None and guess.confidence <= 0.5 and not bare:
            # (or, the guess only the largest text, a name at the top that the page prints
            # again further down: a sender's block small at the top and again in the footer,
            # 'Göteborgs Segelsällskap' in 8 pt, 'Pg 48 03 31-2' in 12 pt bold in the middle)
            other = echoed(first, lines, recipient, height, backed_by=AGAIN_DOWN)
        if other is None and guess.confidence <= 0.5 and not bare:
            # (or the largest text is only the topmost line, in type no larger than a name
            # under it that heads its own postal address: a company's tagline over its
            # letterhead, Odoo's report header 'Quality you can trust' over 'Desert Rose
            # Interiors' / 'Dubai' / 'United Arab Emirates')
            head = banner(first, recipient, height, addressed=True)
            if head is not None and head.size >= guess.size - 0.5 and head.top > guess.top:
                other = head if squashed(head.name) != squashed(guess.name) else None
            elif head is not None and squashed(head.name) == squashed(guess.name) and headed:
                # (or the largest text is the name itself, heading its own postal address,
                # the customer's block under its heading: Wave's 'Maple & Birch Design
                # Studio' at the top right over its street, town and country, 'BILL TO')
                other = head
        if other is not None:
            return other
    if not why:
        # a company name low in the page loses to a larger name above it (or level with it)
        # whose band of the page carries a tax number or IBAN (a letterhead with no legal form),
        # or that the page prints again further down or carries in its web or e-mail address
        # (a banner across the top: 'Nicolas Perrin' over the customer's 'Hexa Conseil SAS')
        # (the second asked only when the first does not stand over it)
        at = [(_size(sg), ln.top) for ln, sg, n in names if n == guess.name]
        if at:
            other = banner(first, recipient, height, registered=True)
            if not _larger_over(other, *at[0]):
                if bare and other is not None and other.size == at[0][0] and other.top < at[0][1]:
                    # ... or in type as large, over a bare block's company: the addressee's
                    band = other.evidence.split("; ")[-1]
                    why = f"a name over the bare block of {guess.name!r}; {band}"
                    return Seller(other.name, other.confidence, why, other.size, other.top)
                other = echoed(first, lines, recipient, height)
            if _larger_over(other, *at[0]):
                return other
    if not why:
        # one other company the page itself backs (its web or e-mail address, a second printing,
        # its tax number in its block) beats a name nothing backs, however large
        mine = squashed(guess.name)  # not the same company printed shorter or longer
        # (not a bank the payment details name: 'mBank S.A. - IBAN …' in the footer)
        others = [
            n
            for _ln, sg, n in names
            if not in_buyer(sg, recipient) and not BANK_WORDS.search(fold(n))
        ]
        others = [n for n in others if squashed(n) not in mine and mine not in squashed(n)]
        backed = [(n, w) for n in others for w in [corroborated(n, lines, height, recipient)] if w]
        if len({n for n, _w in backed}) == 1:
            return Seller(backed[0][0], 0.8, f"a company name on the page; {backed[0][1]}")
    if why.startswith("the legal footer"):
        # the registered name in the footer is the seller only if the page shows no other
        # name at the top (a brand: 'LE FOURNISSEUR' over 'FOURNISSEUR F SARL'; a letterhead
        # in a picture leaves the largest text to the envelope window or an item: no brand)
        # (a remark in the page's body type, 'Reverse charge', is no brand)
        top = _brand(first, recipient)
        # (nor the registered name's first words: 'vodafone' over 'Vodafone Italia S.p.A.'; a
        # word further in, 'SONNENSCHEIN' over 'Elektro Sonnenschein GmbH', still asks)
        if (
            top is not None
            and not squashed(guess.name).startswith(squashed(top.name))
            and _brand_like(first, top)
        ):
            why = ""
    stacked = _over_it(first, lines, guess, why, names, recipient, height) if not received else None
    if stacked is not None:
        return stacked
    if not why and not received and _level_with(names, guess.name, window):
        # a company's block level with the envelope window's address, side by side with it
        # (sparksuite's invoice: the sender at the left, the customer at the right): the
        # window's place alone does not say which is the sender's; the page's own web or
        # e-mail address spelling the window block's name does (WeasyPrint's sample invoice)
        sender = window_sender(first, lines, height, window)
        if sender is not None:
            return Seller(sender[0], 0.75, f"a name beside {guess.name!r}; {sender[1]}")
        return Seller(guess.name, 0.6, f"{guess.evidence}; {_BESIDE_WINDOW}")
    pair = beside(first, guess.name, recipient)
    carries = why.startswith(_CARRIES)
    mine_col = column_of(first, guess.name) if pair is not None else []
    if pair is not None and (not why or carries or _says_nothing(first, why, mine_col, pair[0])):
        # two blocks side by side at the top, no heading over either (an invoicing app's
        # customer at the left, its user at the right). The block that alone carries a tax
        # number is the sender's when that number's country bills in the page's currency
        # (a German VAT number on a page in euros, an ABN beside '$'); a customer's VAT number
        # is printed too, and a seller abroad may print none, so otherwise a person says
        # (whatever else backs either name: the customer's e-mail spells its name too)
        next_to, theirs_text, mine_text = pair
        theirs_col = column_of(first, next_to)
        theirs = _carries_number(theirs_col)
        carries = carries or _carries_number(mine_col)
        col, text = (theirs_col, theirs_text) if theirs else (mine_col, mine_text)
        # the block whose e-mail address the page prints again outside it ('For questions,
        # contact us at …' at the foot) is the sender's: a page repeats its sender's contact
        again = {
            n for n, c in ((guess.name, mine_col), (next_to, theirs_col)) if _mail_again(c, lines)
        }
        if theirs != carries and _bills_in_its_currency(
            "\n".join([text, *(o.text for o in col)]), lines
        ):
            name = next_to if theirs else guess.name
            why = "its block alone carries a tax number, of the country the page bills in"
            if again <= {name}:  # (the other's e-mail printed again: a person says)
                return Seller(
                    name, 0.75, f"a name beside {guess.name if theirs else next_to!r}; {why}"
                )
        elif len(again) == 1:
            name = again.pop()
            across = next_to if name == guess.name else guess.name
            why = "its block's e-mail address is printed again further down the page"
            return Seller(name, 0.75, f"a name beside {across!r}; {why}")
        name = next_to if theirs and not carries else guess.name
        across = guess.name if name == next_to else next_to
        note = f"'{across}' heads a block beside it, and no heading says which is the sender's"
        how = guess.evidence if name == guess.name else "its block carries a tax number"
        return Seller(name, 0.6, f"{how}; {note}")
    if carries and (named := name_under_brand(first, guess)) is not None:
        return Seller(
            named, 0.8, f"the name heading the block under the brand {guess.name!r}; {why}"
        )
    if why:
        return Seller(guess.name, max(guess.confidence, 0.6) + 0.15, f"{guess.evidence}; {why}")
    if received and not headed:
        # nothing names a sender and no heading marks the customer's block: the only company
        # name, in the envelope window's place, is as likely the recipient's
        return Seller(guess.name, min(guess.confidence, 0.6), _IN_WINDOW)
    return guess


_IN_WINDOW = "the only company name stands where the recipient's address goes"
_BESIDE_WINDOW = "an address block stands beside it, level with it, where an envelope's window goes"
_AGAIN = "its street, phone or e-mail stand again in the customer's block"


def _customer_s_again(first: list[TextLine], name: str, buyer: set[tuple[int, int]]) -> bool:
    """Do two or more of the lines under *name* in its block (a street, a phone, an e-mail: each
    with a digit or an '@') stand again in the customer's block, under its heading? Then it is
    the customer's own (a shop's template prints the billing address where a letterhead goes)."""
    col, top = column_of(first, name), min(i for i, _x in buyer)
    # in the name's type, above the customer's block (not a window under a sender's line)
    mine = [o for o in col[1:] if o.line.index < top and abs(_size(o) - _size(col[0])) < 0.6]
    theirs = {" ".join(o.folded.split()) for x in first for o in segments(x) if in_buyer(o, buyer)}
    same = {k for o in mine if (k := " ".join(o.folded.split())) in theirs}
    return len([k for k in same if re.search(r"\d|@", k)]) >= 2


_CARRIES = "its block carries"
_PAYEE_WHY = "the page names it as the account holder, the payee or the seller"
_THANKS = "the page thanks the customer for an order at it"


def _thanked(first: list[TextLine], lines: list[TextLine], height: float) -> Seller | None:
    """The shop a sentence thanks the customer for an order at (:func:`thanked`), backed
    when the page corroborates its name (its web or e-mail address spells it)."""
    shop = thanked(first)
    if shop is None:
        return None
    said = corroborated(shop, lines, height)
    return Seller(shop, 0.85 if said else 0.6, f"{_THANKS}{'; ' + said if said else ''}")


def _bare(first: list[TextLine], names: list[tuple[TextLine, Segment, str]], guess: Seller) -> bool:
    """The company *guess* names stands in a block that gives neither a tax or company number
    nor a way to reach it ('Ouse Valley Cycles Ltd' over its street and town): an
    addressee's block, as a sender's letterhead seldom is."""
    return any(
        n == guess.name
        and not block_says(first, ln, sg, REGISTERED)
        and not block_says(first, ln, sg, REACH)
        for ln, sg, n in names
    )


def _larger_over(other: Seller | None, size: float, top: float) -> bool:
    """Is *other* set larger than a name of *size* at *top*, and above it (or level with it)?"""
    return other is not None and other.size > size and other.top < top + 2


def _says_nothing(first: list[TextLine], why: str, mine: list[Segment], next_to: str) -> bool:
    """Does the guess's own e-mail or web address (its domain spelling its name: *why*) say
    nothing of which of two blocks side by side is the sender's? So when it stands right under
    the name in its block *mine* (a contact's), or when the block *next_to* heads prints one
    too."""
    mails = [i for i, o in enumerate(mine[1:]) if MAILBOX.search(o.folded)]
    if not why.startswith(BY_ADDRESS) or not mails:
        return False
    return mails[0] < 3 or mail_in(column_of(first, next_to))


def _over_it(
    first: list[TextLine],
    lines: list[TextLine],
    guess: Seller,
    why: str,
    names: list[tuple[TextLine, Segment, str]],
    recipient: set[tuple[int, int]],
    height: float,
) -> Seller | None:
    """Two parties' blocks one over the other, no heading over either (an app's company block
    at the top, the customer's under it), each with an e-mail address spelling its name: the
    guess's own e-mail (*why*) says nothing of which is the sender's. The name at the top that
    heads the block above is proposed, and a person says; None when the page shows no such
    pair."""
    if not why.startswith(BY_ADDRESS) or not mail_in(column_of(first, guess.name)):
        return None
    at = [ln.top for ln, _sg, n in names if n == guess.name] or [guess.top]
    above = echoed(first, lines, recipient, height, backed_by=BY_ADDRESS)
    if above is None or squashed(above.name) == squashed(guess.name) or above.top > at[0] - 20:
        return None
    if not mail_in(column_of(first, above.name)):
        return None
    note = (
        f"'{guess.name}' heads a block under it, with its own e-mail address too, and no "
        "heading says which is the sender's"
    )
    return Seller(above.name, 0.6, f"{above.evidence}; {note}")


def _mail_again(column: list[Segment], lines: list[TextLine]) -> bool:
    """Does the page print an e-mail address of the block *column* (under its name) again, on
    a line of no part of that block, not as where the document went ('sent to …')?"""
    own = {id(o.line) for o in column}
    mails = {m for o in column[1:] for m in MAIL.findall(o.folded)}
    return any(
        (at := ln.folded.find(m)) >= 0 and not _SENT_TO.search(ln.folded, 0, at)
        for m in mails
        for ln in lines
        if id(ln) not in own
    )


# the addressee's e-mail as the document's destination: 'Invoice sent to', 'gesendet an', 'envoyé à'
_SENT_TO = re.compile(r"\b(?:to|an|a|à)\s*:?\s*$")


def _carries_number(column: list[Segment]) -> bool:
    """Does a block at the top (:func:`column_of`) carry a tax or company number or an IBAN,
    or a VAT number printed with no label ('DE318776541'), whatever else backs its name?"""
    return any(REGISTERED.search(o.folded) or vat_number_in(o.text) for o in column)


def _mailbox(first: list[TextLine], guess: Seller) -> bool:
    """A person's name over their e-mail address ('Sammy Maystone' over
    'smaystone4@fake.com'): the sender's letterhead."""
    words = re.findall(r"[a-z]{4,}", fold(guess.name))
    near = [ln for ln in first if 0 < ln.top - guess.top <= 3 * max(guess.size, 8)]
    boxes = [m for ln in near for m in re.findall(r"([a-z0-9._-]+)@", ln.folded)]
    return guess.top > 0 and any(w in box for w in words for box in boxes)


def _level_with(
    names: list[tuple[TextLine, Segment, str]], name: str, window: set[tuple[int, int]]
) -> bool:
    """Does *name* stand among the lines of the envelope window's address (*window*), in a
    column of its own beside it?"""
    if not window:
        return False
    rows = [i for i, _x in window]
    xs = [x for _i, x in window]
    return any(
        n == name and min(rows) <= ln.index <= max(rows) and abs(sg.x0 - min(xs)) > 150
        for ln, sg, n in names
    )


def _names(first: list[TextLine], recipient: set[tuple[int, int]], name: str) -> bool:
    """Does the recipient's block print *name*?"""
    key = squashed(name)
    return any(
        key in squashed(sg.text) for ln in first for sg in segments(ln) if in_buyer(sg, recipient)
    )


# ------------------------------------------------------------------ 1. headings


def _under_heading(first: list[TextLine]) -> Seller | None:
    found = under_heading(first)
    return Seller(found[0], 0.85, found[1]) if found else None


def _vertical(first: list[TextLine]) -> Seller | None:
    name = vertical_seller(first)
    return Seller(name, 0.85, "in the box the seller's heading runs down") if name else None


# ------------------------------------------------------------------ 3./4. guesses


def _letterhead(
    first: list[TextLine],
    names: list[tuple[TextLine, Segment, str]],
    buyer: set[tuple[int, int]],
    height: float,
) -> Seller | None:
    scored: list[tuple[float, str, float, bool, bool]] = []
    # the first item row (two amounts on a line): what stands below it is no letterhead, even
    # in the top half of a short page ('… ist eine eingetragene Marke der Canon Inc.')
    items = next((ln.top for ln in first if len(MONEY.findall(ln.text)) >= 2), height)
    sent_names = sent_from(first, [n for _l, _s, n in names])
    for ln, seg, name in names:
        if BANK_WORDS.search(fold(name)) or BANK_WORDS.search(ln.folded):
            continue  # the bank in the payment details is never the seller
        size = max(w.size for w in seg.words)
        score = size * 2 - ln.top / height * 10
        if in_buyer(seg, buyer):
            score -= 40
        if ln.top > min(height * 0.5, items):
            score -= 15
        registered = block_says(first, ln, seg, REGISTERED)
        if registered:
            score += 6  # its own block names its VAT, GST or company number, or its IBAN
        # the page's own web or e-mail address (in its foot, apart from every block) spells it:
        # more than a tax number in a block, which may be the customer's (an EU business's)
        score += 8 if (sent := name in sent_names) else 0
        scored.append((score, name, ln.top, registered, sent or block_says(first, ln, seg, REACH)))
    if not scored:
        return None
    if any(r for *_x, r, _c in scored):
        # a name whose block gives neither a tax number nor a way to reach it (phone, e-mail,
        # web) is an addressee's, when another's block carries its tax number or IBAN
        scored = [(s - 12 if not (r or c) else s, n, t, r, c) for s, n, t, r, c in scored]
    best = max(scored, key=lambda x: x[0])
    where = "a company name in the letterhead" if best[2] < height * 0.5 else AT_FOOT
    if (
        where == AT_FOOT
        and best[0] <= 0
        and all(n == best[1] or in_buyer(sg, buyer) for _ln, sg, n in names)
        and any(n == best[1] and foot_sender(sg, n) for _ln, sg, n in names)
        # (a brand at the top: ask; an item's code is none, 'WL-08')
        and ((top := _brand(first, buyer)) is None or top.top > height / 3)
    ):  # the page's only company and only name, signing it at the foot with its address
        return Seller(best[1], 0.75, f"{AT_FOOT}, with its address")
    return Seller(best[1], 0.75 if best[0] > 0 else 0.6, where)


def _brand(first: list[TextLine], buyer: set[tuple[int, int]]) -> Seller | None:
    """The largest text at the top outside the recipient's block (*buyer*) when it may be a
    brand: no figure in it (the recipient's postcode in an envelope window, an item's code
    'WL-08', a number are none)."""
    top = largest(first, buyer)
    return top if top is not None and not re.search(r"\d", top.name) else None


def _brand_like(first: list[TextLine], top: Seller) -> bool:
    """Is *top* set in type larger than the first page's body text (its most common size), or
    does it head a postal address ('LE FOURNISSEUR' over '35 rue d'ici' and '75018 PARIS')? A
    remark in the body's type, 'Reverse charge', is no brand."""
    sizes = Counter(round(w.size) for ln in first for w in ln.words)
    if not sizes or top.size > sizes.most_common(1)[0][0] + 0.5:
        return True
    at = line_at(first, top)
    return at is not None and postal_under(first, at + 1)


def _bills_in_its_currency(block: str, lines: list[TextLine]) -> bool:
    """Does the tax number in *block* (a VAT number, or a company's number under its country's
    own label) belong to a country that bills in a currency the page's amounts carry (a bare
    '$' standing for any dollar)?"""
    code = vat_currency(block) or register_currency(block) or dollar_home(fold(block))
    printed = {c for ln in lines for c in currencies_in(ln.text)}
    return code is not None and (code in printed or (code in _DOLLARS and "USD" in printed))


_DOLLARS = frozenset({"USD", "AUD", "NZD", "CAD", "SGD", "HKD"})
