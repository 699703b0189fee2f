"""The currency of an invoice whose page names none at a label: the code or symbol most of
its amounts carry (a total's line counts three times), read with what the page says of its
country: a bare '$' on a Spanish or Portuguese page is the peso its tax number or address names,
'¥' on a Chinese invoice is the yuan, 'kr' the crown of the page's language; else the currency
of the country its VAT numbers belong to; a bare '$' beside an Australian, New Zealand,
Canadian or Singapore business number, or of a seller whose own block names that country
('Sydney NSW', 'Australia 2000'), is that country's dollar. A sign printed once ('Rs -40.00' in
a note) is a guess unless it is the only currency on a page that names the country paying in
it."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from robot_lib.invoices.blocks import segments
from robot_lib.invoices.blocks import size as _size
from robot_lib.invoices.countries import (
    SAME_SIGN,
    krona,
    peso,
    register_currency,
    riyal,
    vat_currency,
)
from robot_lib.invoices.money_columns import converted_marks
from robot_lib.invoices.parse import OTHER_DOLLARS, amounts_in, currencies_in, fold, says_usd
from robot_lib.invoices.top_names import block_text

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine
    from robot_lib.invoices.model import Extraction


# the countries that pay in a currency whose sign is a word or a letter ('Rs', 'Rp', 'RM')
_HOME = {
    "INR": re.compile(r"\bindia\b|\bgstin\b"),
    "IDR": re.compile(r"\bindonesia\b|\bnpwp\b"),
    "MYR": re.compile(r"\bmalaysia\b"),
    "PKR": re.compile(r"\bpakistan\b"),
    "KES": re.compile(r"\bkenya\b"),
    "BDT": re.compile(r"\bbangladesh\b"),
    "PEN": re.compile(r"\b(?:peru|perú)\b"),
}


# the countries whose business numbers say which dollar a bare '$' is
_DOLLAR_HOME = {
    "AUD": re.compile(
        r"\babn\s*:?\s*\d{2}\s?\d{3}\s?\d{3}\s?\d{3}\b|\baustralian\s*business\s*number\b"
    ),
    "NZD": re.compile(r"\bnzbn\b|\bgst\s*(?:no|number)\s*:?\s*\d{2,3}-\d{3}-\d{3}\b"),
    "CAD": re.compile(r"\bgst\s*/\s*hst\b|\b\d{9}\s?rt\s?\d{4}\b"),
    "SGD": re.compile(r"\buen\s*:?\s*\d{8,9}[a-z]\b"),
}


def dollar_home(folded: str) -> str | None:
    """The dollar of the country whose business number the (folded) page prints, or None."""
    return next((code for code, rx in _DOLLAR_HOME.items() if rx.search(folded)), None)


# the countries whose own dollar a bare '$' is, when the seller's own block names them
_DOLLAR_LANDS = {
    # (or an Australian state's code before its postcode: 'Bondi Beach NSW 2026')
    "AUD": r"australia|(?:nsw|vic|qld|tas|act|nt|wa|sa)\s+\d{4}",
    "NZD": "new zealand",
    # (or a province's code before a postal code: 'Winnipeg, MB R3C 0B1', 'Montréal (QC) H2X 1Y4')
    "CAD": r"canada|(?:ab|bc|mb|nb|nl|ns|nt|nu|on|pe|qc|sk|yt)\)?[.,]?\s+[a-z]\d[a-z]\s?\d[a-z]\d",
    "SGD": "singapore",
    "HKD": "hong kong",
}
_US = re.compile(r"\b(?:united\s*states|usa|u\.s\.a\.)\b")
_STREET = re.compile(r"\d{1,5}[a-z]?\s+[^\W\d]{2,}")  # '27 Maple Ave', '12b Quay Street'


def seller_dollar(lines: list[TextLine], name: str) -> str | None:
    """The dollar of the country the seller's own block names under its *name* on the first
    page ('Wattlebird Media Pty Ltd' over 'Sydney NSW' over 'Australia 2000'), or the column
    of its address beside it, a street on the name's line ('Sam Okafor   27 Maple Ave' over
    'Toronto, ON' over 'Canada'); 'USD' when it names the United States and no other; None
    when it names none or more than one."""
    key = " ".join(fold(name).split())
    first = [ln for ln in lines if ln.page == 0]
    texts = [
        fold(
            block_text(first, pos, o, 8, reach=90)
        )  # (its lines may interleave with a block beside it)
        for pos, ln in enumerate(first)
        if key in " ".join(ln.folded.split())
        for segs in [segments(ln)]
        for k, sg in enumerate(segs)
        if key in " ".join(sg.folded.split())
        for o in [sg, *(o for o in segs[k + 1 : k + 2] if _STREET.match(o.text))]
    ]
    texts += _mail_block(first, name)
    named = {
        c
        for c, land in _DOLLAR_LANDS.items()
        if any(re.search(rf"\b(?:{land})\b", t) for t in texts)
    }
    if any(_US.search(t) for t in texts):
        return None if named else "USD"
    return named.pop() if len(named) == 1 else None


def _mail_block(first: list[TextLine], name: str) -> list[str]:
    """The block over an e-mail or web address whose domain spells the seller's *name* (its
    first word of four letters or more), its lines following each other up to it: the seller's
    address where its name stands apart from it (a shop's name under its logo at the right, its
    address at the left)."""
    words = re.findall(r"[a-z]{4,}", fold(name))
    for pos, ln in enumerate(first):
        for sg in segments(ln):
            m = _DOMAIN.search(sg.folded)
            if not words or m is None or words[0] not in (m.group(1) or m.group(2)):
                continue
            block, top = [sg.text], ln.top
            for x in reversed(first[max(0, pos - 6) : pos]):
                same = [o for o in segments(x) if abs(o.x0 - sg.x0) < 3]
                if not same:
                    continue  # a line of the column beside only (the invoice's date)
                if top - x.top > 1.8 * (_size(same[0]) or 10):
                    break
                block.insert(0, same[0].text)
                top = x.top
            return [fold("\n".join(block))]
    return []


_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+)|www\.([\w-]+)")


def page_currency(
    lines: list[TextLine],
    totals_at: set[int],
    full: str,
    spanish_or_portuguese: bool,
    seller_home: str | None = None,
) -> list[tuple[str, float, str]]:
    """(code, confidence, the evidence) from the amounts of *lines* (those at *totals_at*
    are total lines), or []; *seller_home* is the dollar of the country the seller's own block
    names, if any."""
    counts: Counter[str] = Counter()
    for ln in lines:
        # each line is one witness per currency: 'Total in EUR €1,393.44' names it twice
        # (not a currency that marks only amounts converted: '590,00 € (1 153,94 лв.)')
        for code in set(currencies_in(ln.text)) - converted_marks(ln.text):
            counts[code] += 3 if ln.index in totals_at else 1
    if "USD" in counts and OTHER_DOLLARS & counts.keys() and not says_usd(full):
        del counts["USD"]  # the bare '$' signs were the dollar the page names
    bare = "USD" in counts and not says_usd(full) and spanish_or_portuguese
    pesos = peso(full) if bare else None
    if pesos is not None:  # 'RFC', 'México', 'CUIT': the '$' signs are that country's pesos
        counts[pesos] = counts.get(pesos, 0) + counts.pop("USD")
    # 'FCFA' in Cameroon, 'Rs.' in Pakistan, '¥' on a Chinese invoice
    folded = fold(full)
    dollar = None
    if "USD" in counts and not says_usd(full) and not spanish_or_portuguese:
        # a bare '$' beside another country's business number: 'ABN 51 824 753 556', or of
        # a seller whose own block is in that country; not when the seller's block is in the
        # United States (the number is the customer's: a US seller's '$' to an Australian firm)
        dollar = None if seller_home == "USD" else dollar_home(folded) or seller_home
        if dollar is not None:
            counts[dollar] = counts.get(dollar, 0) + counts.pop("USD")
    for sign, (other, country) in SAME_SIGN.items():
        if sign in counts and country.search(folded):
            counts[other] = counts.get(other, 0) + counts.pop(sign)
    if counts:
        code, n = counts.most_common(1)[0]
        second = counts.most_common(2)[1][1] if len(counts) > 1 else 0
        conf = 0.85 if n >= 2 * max(second, 1) else 0.6
        note = "the code or symbol most amounts carry"
        home = _HOME.get(code)
        if conf < 0.85 and not second and home is not None and home.search(folded):
            # printed once ('Discount of Rs -40.00'), the only currency on a page addressed
            # in the country that pays in it
            conf, note = 0.85, "the only currency on the page, that of the country it names"
        elif conf < 0.85 and not second and _headed(lines, code):
            # printed once, in brackets in the amounts' column head ('Amount (GBP)', 'Betrag
            # (Euro)'): the amounts under it are in it
            conf, note = 0.85, "the amounts' column head names it"
        elif conf < 0.85 and not second and code == seller_home:
            # printed once ('USD' alone under 'Invoice amount'), the only currency on a page
            # whose seller's own block is in the country that pays in it
            conf, note = 0.85, "the only currency on the page, that of the seller's country"
        elif conf < 0.85 and not second and code == vat_currency(full):
            # printed once ('Saldo 0,00 EUR'), the only currency on a page whose VAT numbers
            # belong to a country that pays in it
            conf = 0.85
            note = "the only currency on the page, that of the country of its VAT numbers"
        if pesos is not None or (dollar is not None and code == dollar):
            note = "'$' with the page's tax number or address of the country"
        elif code == "USD" and bare:
            conf = 0.6  # a peso or the dollar?
            note = "a bare '$' on a Spanish or Portuguese page: a peso or the US dollar"
        return [(code, conf, note)]
    kr = krona(full)
    if kr is not None:  # 'kr' names three currencies: the page's language tells which
        return [(kr, 0.8, "'kr' with the page's Swedish, Danish or Norwegian words")]
    ry = riyal(full)
    if ry is not None:  # 'ريال' names three currencies: the country the page names tells which
        return [(ry, 0.8, "'ريال' (riyal) with the country the page names")]
    by_vat = vat_currency(full)
    if by_vat is not None:
        return [
            (
                by_vat,
                0.75,
                "no currency printed: the country of the page's VAT numbers pays in it",
            )
        ]
    # ... or of its company or tax numbers under their country's own label ('P.IVA 01432003837')
    by_register = register_currency(full)
    if by_register is not None:
        note = "no currency printed: the country of the page's company or tax numbers pays in it"
        return [(by_register, 0.75, note)]
    return []


# in brackets after a word ('Amount (GBP)'), or after a comma in a head ('Ціна, грн',
# 'Price, EUR')
_HEAD_CURRENCY = re.compile(r"\w\s?\(([^()\d]{1,12})\)|\w,\s?([^\W\d]{2,4}\.?)(?!\S)")


def _headed(lines: list[TextLine], code: str) -> bool:
    """A line of heads with no amount names *code* in brackets or after a comma after a word
    ('Amount (GBP)', 'Сума, грн')."""
    return any(
        not amounts_in(ln.text)
        and code in currencies_in(" ".join(" ".join(m) for m in _HEAD_CURRENCY.findall(ln.text)))
        for ln in lines
    )


# a sentence that gives a rate of exchange and introduces the amounts in another currency:
# 'Using the conversion rate of 1:4.2675 … this corresponds to:', 'Mit dem Wechselkurs von
# 1:11,0470 … entspricht dies:', 'Używając kursu wymiany …, odpowiada to:' (folded text)
_CONVERSION = re.compile(
    r"\b(?:conversion\w*|konverzn\w*\s*kurz\w*|exchange\s*rate|rate\s*of\s*exchange|"
    r"\w*wechselkurs\w*|umrechnungskurs\w*|taux\s*de\s*change|tipo\s*de\s*cambio|tasa\s*de\s*cambio|"
    r"tasso\s*di\s*cambio|wisselkoers|vaxlingskurs\w*|vaxelkurs\w*|valutakurs\w*|vekselkurs\w*|"
    r"kurs\w*\s*(?:wymiany|walut\w*)|smenn\w*\s*kurz\w*)\b"
)


def converted_lines(lines: list[TextLine]) -> set[int]:
    """The lines of amounts a sentence on exchange introduces, ending with a colon on its line
    or the next: the taxes again in another currency, under the invoice's own. Up to the
    first line without an amount after them."""
    out: set[int] = set()
    for ln in lines:
        if not _CONVERSION.search(ln.folded):
            continue
        ends = [x for x in lines[ln.index : ln.index + 2] if x.page == ln.page]
        if not any(x.text.rstrip().endswith(":") for x in ends):
            continue
        seen = False
        for x in lines[ln.index + 1 : ln.index + 12]:
            amounts = bool(x.page == ln.page and currencies_in(x.text) and amounts_in(x.text))
            if x.page != ln.page or (seen and not amounts):
                break
            seen = seen or amounts
            out.add(x.index)
    return out


def currency_at_total(ex: Extraction, lines: list[TextLine]) -> None:
    """A currency guessed from one witness is sure when its code stands with the gross
    amount ('Forma de pago: Transferencia - USD 460.00')."""
    f, gross = ex.fields.get("currency"), ex.value("gross_total")
    if f is None or gross is None or f.confidence >= 0.85:
        return
    code = re.compile(rf"(?<![A-Za-z]){f.value}(?![A-Za-z])")
    for ln in lines:
        if code.search(ln.text) and any(v == Decimal(gross) for v, _s, _e in amounts_in(ln.text)):
            ex.set("currency", f.value, "layout", 0.85, "its code stands with the total")
            return
