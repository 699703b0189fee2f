"""Parsing printed values: amounts in both decimal styles (also whole amounts: '12.100,-',
'6.105.000'), dates in numeric and written forms (the month names of every language are in
:mod:`months`; '2026年10月14日', '令和8年', 'Ngày … tháng … năm …', '14.X.2026'), currencies from
codes, symbols and words (what a page's country says of an ambiguous sign, '$', '¥', 'kr', is in
:mod:`countries`)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from robot_lib.invoices.arabic_signs import arabic_signs
from robot_lib.invoices.months import MONTH_ALT, MONTHS, no_weekdays, weekday_spans

# ------------------------------------------------------------------ text


# letters that Unicode does not decompose into a base letter and an accent
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ħ": "h"})


@lru_cache(maxsize=16384)  # the same lines are folded by several readers
def fold(text: str) -> str:
    """Lower case without accents, for matching labels: 'Fällig am' -> 'fallig am'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    if _HANGUL.search(text):  # Korean syllables come apart into letters: put them together
        text = unicodedata.normalize("NFC", text)
    return text.lower().replace("ß", "ss").translate(_UNDECOMPOSED)


_HANGUL = re.compile("[\u1100-\u11ff]")


# an amount printed with its cents ('129,00', '$1,200.00')
CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")


def squashed(text: str) -> str:
    """fold() without any whitespace: 'ACME  Gmb H' and 'Acme GmbH' compare equal."""
    return "".join(fold(text).split())


# ------------------------------------------------------------------ amounts

# ' /' or '/': a narrow no-break space a PDF library's font lacks ('1 /234,56 €', jsPDF)
_SEP = r"(?: ?/|[.,'’\u00a0\u202f ])"
AMOUNT_RE = re.compile(
    r"(?<![\w.,'’/])"  # not glued to a word, a number or a date
    r"(?P<sign>[-−–]\s?)?"
    # Indian grouping first: '1,18,000.00' (lakh), '12,34,56,789.00' (crore)
    r"(?P<int>\d{1,2}(?:,\d{2})+,\d{3}(?=\.\d)|\d{1,3}(?:(?P<g>"
    + _SEP
    + r")\d{3})(?:(?P=g)\d{3})*|\d+)"
    r"(?P<dec>[.,]\d{2,4})"
    r"(?![\d])(?![.,]\d)(?![.,]\s?[-–])"
    r"(?!/\d)"  # '12.345.678/0001-90': a Brazilian CNPJ, an identifier
    r"(?P<after>[-−](?![\w-]))?"  # the sign after the amount: '120,00-' (SAP, Swiss rounding)
)
# a negative amount in brackets, as accounts print it: '(120,00)', '(£100.00)', '(EUR 5.00)';
# the opening bracket stands at most 6 characters before the amount ('( EUR ')
_OPEN = re.compile(r"\(\s?(?:[€$£]|[A-Z]{3})?\s?$")
_CLOSE = re.compile(r"\s?(?:[€$£]|[A-Z]{3})?\s?\)")
# a minus glued to the currency before the amount: '-£11.43', '-$5.00', '-€ 12,00', '-EUR 5.00',
# '-A$818.13' (a dollar with its country's letters, as ICU's English prints them: 'A$', 'CA$',
# 'NZ$', 'US$'; not a dash that parts a label from its value: 'Total - $5.00')
_SIGN_BEFORE = re.compile(r"(?<![\w.,])[-−–](?:[€$£¥₹]|[A-Z]{3}|[A-Z]{1,2}\$)\s?$")


_LEADER = re.compile(r"\.{3,}|…+|_{3,}")


def no_leaders(text: str) -> str:
    """Dot leaders ('Total ........1,234.00') as spaces: the same length, so spans hold."""
    return _LEADER.sub(lambda m: " " * len(m.group()), text)


def parse_amount(token: str, decimal: str | None = None) -> Decimal | None:
    """'1.234,56' / '1,234.56' / "1'234.56" / '1 234,56' / '-5,00' -> Decimal."""
    text = no_leaders(token.strip())
    m = AMOUNT_RE.search(text)
    if not m:
        return None
    return _amount_of(m, text)


def _amount_of(m: re.Match[str], text: str) -> Decimal | None:
    digits = re.sub(r"\D", "", m.group("int"))
    dec = m.group("dec")[1:]
    sep = m.group("g")
    if sep is not None and (sep == m.group("dec")[0] or "/" in sep and "," not in m.group("dec")):
        return None  # '1,234,56': not a well-formed amount
    try:
        value = Decimal(f"{digits}.{dec}")
    except InvalidOperation:
        return None
    negative = m.group("sign") or m.group("after") or _bracketed(text, m.start(), m.end())
    negative = negative or _SIGN_BEFORE.search(text, max(0, m.start() - 6), m.start())
    return -value if negative else value


def _bracketed(text: str, start: int, end: int) -> bool:
    """Does the amount at *start*:*end* of *text* stand alone in brackets, with its currency?"""
    opened = _OPEN.search(text, max(0, start - 6), start) is not None
    return opened and _CLOSE.match(text, end) is not None


# two amounts a renderer ran together: '163,16183,14' is 163,16 and 183,14
GLUED_RE = re.compile(r"(?<![\w.,])(\d+([.,])\d{2})(\d{1,3}\2\d{2})(?!\d)")

# cents printed as a dash after the decimal separator ('12.100,-', '1 500,–', 'Fr. 1'234.–')
DASH_CENTS = r"\s?[-–](?![\d-])"
# whole amounts, printed without cents: '12.100,-' / '1 500,–' (the dash stands for ,00),
# '6.105.000' / '1,250,000' (two or more thousands groups: no decimal reading is possible), and
# any after a currency's sign ('$800'). Spaces are no separators here: '600 123 456' is a phone.
_SIGNS = "$£€¥₹"  # signs printed before a whole amount: '$800'
WHOLE_RE = re.compile(
    # (not an identifier's digits after its letters and a hyphen: a Swiss company's UID,
    # 'MWST CHE-123.456.789', is no amount)
    r"(?<![\w.,'’/])(?<![A-Za-z]-)(?P<sign>[-−–]\s?)?"
    r"(?:(?P<dash>\d{1,3}(?:(?P<g>"
    + _SEP
    + r")\d{3})(?:(?P=g)\d{3})*|\d+)[.,]"
    + DASH_CENTS
    + r"|(?P<grouped>\d{1,3}(?P<g2>[.,'’])\d{3}(?:(?P=g2)\d{3})+)(?![\d])(?![.,]\d)(?!/\d)"
    # '118 000 FCFA', '100 000 ₸': grouped by spaces, before a currency printed without cents
    r"|(?P<spaced>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?=\s?(?:F\s?CFA|CFA|XOF|XAF|₸|₫|Ft)(?!\w))"
    # '$800', '¥ 25000': whole money after a currency's sign, no cents printed
    rf"|(?:(?<=[{_SIGNS}])|(?<=[{_SIGNS}]\s))(?P<signed>\d{{1,7}})(?![\d'’]|[.,]\d))"
)


def whole_number(text: str) -> Decimal:
    """A whole number's digits, its group separators left out ('6 100' is 6100)."""
    return Decimal(re.sub(r"\D", "", text))


def amounts_in(text: str) -> list[tuple[Decimal, int, int]]:
    """Every amount in *text* with its span (start, end), left to right."""
    return list(_amounts_in(text))


@lru_cache(maxsize=16384)  # several readers ask about the same lines
def _amounts_in(text: str) -> tuple[tuple[Decimal, int, int], ...]:
    text = seen = _GLUED_PREFIX.sub(_unglued, no_leaders(text))  # (seen: before any blanking)
    out = []
    for g in GLUED_RE.finditer(text):
        for part, start in ((g.group(1), g.start(1)), (g.group(3), g.start(3))):
            out.append((Decimal(part.replace(",", ".")), start, start + len(part)))
        text = text[: g.start()] + " " * (g.end() - g.start()) + text[g.end() :]
    for m in AMOUNT_RE.finditer(text):
        v = _amount_of(m, text)
        if v is not None:
            out.append((v, m.start(), m.end()))
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    # where the amounts so far end; do signs stand before them ('$40 $80') or after ('40 € 1')?
    ends = {e for _v, _s, e in out}
    first = min((s for _v, s, _e in out), default=None)
    lead = seen[max(0, first - 2) : first].strip()[-1:] if first is not None else "$"
    after = lead == "" or lead not in _SIGNS
    for m in WHOLE_RE.finditer(text):
        sign = m.start() - 1 - (text[m.start() - 1] == " ") if m.group("signed") else -9
        if after and (sign in ends or sign - 1 in ends):
            continue  # the sign ends the amount before it: '1 840,00 € 1' (a column's code)
        digits = re.sub(
            r"\D",
            "",
            m.group("dash") or m.group("grouped") or m.group("spaced") or m.group("signed"),
        )
        # '12.100,-' prints its cents, as a dash: money to the cent, as '12.100,00' is
        whole = Decimal(digits + ".00" if m.group("dash") else digits)
        out.append((-whole if m.group("sign") else whole, m.start(), m.end()))
        ends.add(m.end())
    return tuple(sorted(out, key=lambda a: a[1]))


# ------------------------------------------------------------------ dates

_MONTH_ALT = MONTH_ALT

DATE_PATTERNS = [
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")),
    # '2026.09.05.' and '2026/09/05': year first (Hungarian, Chinese, Japanese ledgers)
    ("iso", re.compile(r"(?<![\w.,/])(\d{4})[./](\d{1,2})[./](\d{1,2})(?![\d,]|\.\d)")),
    # '2026. 07. 24.': a space after each point (Hungary's own way)
    ("iso", re.compile(r"(?<![\w.,/])((?:19|20)\d{2})\. (\d{1,2})\. (\d{1,2})\.?(?![\d,]|\.\d)")),
    ("num", re.compile(r"(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[.,]\d)")),
    # '10. 02. 2015': dotted with spaces (Czech, Slovak, Polish), four-digit year only
    ("num", re.compile(r"(?<![\d.,/-])(\d{1,2})(\.) (\d{1,2})\. (\d{4})(?!\d|[.,]\d)")),
    # '14 / 11 / 2026': a space on either side of each slash (invoicing apps), four-digit year
    ("num", re.compile(r"(?<![\d.,/-])(\d{1,2}) (/) (\d{1,2}) / (\d{4})(?!\d|[.,]\d)")),
    (
        "dmy_text",
        re.compile(
            # (the ordinal may be set apart, raised: '1 er mars 2026')
            r"(?<!\d)(\d{1,2})(?:\s?(?:st|nd|rd|th|er))?\.?\s*(?:de\s+)?("
            + _MONTH_ALT
            # (a point doubled: a Swedish abbreviation that ends with one, and the format's own
            # after it, '03 feb.. 2026')
            # (Chile's 'del': '27 de Enero del 2026')
            + r")\.{0,2}\s*(?:del?\s+)?,?\s*(\d{4})(?!\d)"
        ),
    ),
    (  # '2026. augusztus 22.' (Hungarian)
        "ymd_text",
        re.compile(r"(?<![\d.,])(\d{4})\.\s*(" + _MONTH_ALT + r")\s+(\d{1,2})\.?(?!\d)"),
    ),
    (  # '03-Nov-2026', '3/Nov/26', '09/sept./2026' (an abbreviation's dot kept)
        "dmy_dash",
        re.compile(
            r"(?<![\d.,/-])(\d{1,2})([-/])(" + _MONTH_ALT + r")\.?\2(\d{4}|\d{2})(?![\d.,])"
        ),
    ),
    (
        "mdy_text",
        # 'March 3, 2021', 'March 3 , 2021', 'April 8,2015' (no space after the comma)
        re.compile(
            r"\b(" + _MONTH_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s?,\s*|\s+)(\d{4})(?!\d)"
        ),
    ),
    ("compact", re.compile(r"(?<!\d)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")),
    # 'Ngày 14 tháng 10 năm 2026' (Vietnamese), 'Ngày (Date) 14 tháng (month) 10 năm (year) 2026'
    (
        "dmy",
        re.compile(
            r"(?:ngay\s*(?:\(date\)\s*)?)?(\d{1,2})\s*thang\s*(?:\(month\)\s*)?(\d{1,2})\s*"
            r"nam\s*(?:\(year\)\s*)?(\d{4})"
        ),
    ),
    # a Roman month between dots or dashes: '14.X.2026', '3-IV-2026' (Poland, Hungary, the
    # Balkans)
    (
        "dmy_roman",
        re.compile(r"(?<![\w.])(\d{1,2})([.-])\s?([xvi]{1,4})\2\s?((?:19|20)\d{2})(?!\d)"),
    ),
    # a Japanese era's year: '令和8年10月14日' (Reiwa 8 is 2026), '平成30年3月31日', '令和元年'
    ("era", re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    # '2026年10月14日' (Chinese, Japanese), '2026년 10월 14일' (Korean)
    ("cjk", re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")),
]


# what a date notation cannot be written without: a cheap test before its pattern
_NEEDS = {
    "dmy": re.compile("thang"),
    "dmy_roman": re.compile(r"\d[.-] ?[xvi]"),
    "cjk": re.compile("[年년]"),
    "era": re.compile("令和|平成"),
}

# The language of the page being read (set by ``extract_invoice``), for the month names two
# languages read differently: Croatian 'listopada' is October, Polish 'listopada' November.
page_language: ContextVar[str] = ContextVar("page_language", default="")
_MONTHS_OF = {"hr": {"listopada": 10, "lip": 6, "lis": 10}}
_CROATIAN = re.compile(
    r"\b(?:racun\w*|pdv|oib|dospijec\w*|ukupno|izdavanja|iznos\w*|placanj\w*|kupac)\b"
)
_POLISH = re.compile(r"\b(?:faktura|nip|sprzedawca|nabywca|razem|zaplaty|wystawienia|slownie|zl)\b")


def language_of(folded: str) -> str:
    """'hr' when the page's words (folded) are more Croatian than Polish, else '' (the
    default reading)."""
    return "hr" if len(_CROATIAN.findall(folded)) > len(_POLISH.findall(folded)) else ""


def dates_in(text: str, month_first: bool = False) -> list[tuple[dt.date, int, int]]:
    """Every date in *text* with its span. Numeric dates are day-first unless *month_first*
    (a first part over 12 or a second over 12 decides on its own)."""
    return list(_dates_in(text, month_first, page_language.get()))


@lru_cache(maxsize=16384)
def _dates_in(text: str, month_first: bool, language: str) -> tuple[tuple[dt.date, int, int], ...]:
    months = {**MONTHS, **_MONTHS_OF[language]} if language in _MONTHS_OF else MONTHS
    plain = no_leaders(fold(text))
    # a weekday before a date is the date's ('Freitag, 14. November 2026'): read without it,
    # its span reaches back over it
    spans = weekday_spans(plain)
    folded = no_weekdays(plain, spans)
    weekdays = {e: s for s, e in spans}
    out: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in DATE_PATTERNS:
        if kind in _NEEDS and not _NEEDS[kind].search(folded):
            continue  # the words or signs this notation cannot do without are not there
        for m in rx.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            d = _date_of(kind, m, month_first, months)
            if d is not None:
                start = m.start()
                if weekdays:
                    at = len(plain[:start].rstrip())
                    start = weekdays.get(at, start)
                out.append((d, start, m.end()))
                taken.append((m.start(), m.end()))
    return tuple(sorted(out, key=lambda x: x[1]))


def _date_of(
    kind: str, m: re.Match[str], month_first: bool, months: dict[str, int]
) -> dt.date | None:
    try:
        if kind in ("iso", "cjk"):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if kind == "dmy":
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if kind == "era":
            year = {"令和": 2018, "平成": 1988}[m.group(1)]
            year += 1 if m.group(2) == "元" else int(m.group(2))
            return dt.date(year, int(m.group(3)), int(m.group(4)))
        if kind == "dmy_roman":
            return dt.date(int(m.group(4)), _ROMAN.index(m.group(3)) + 1, int(m.group(1)))
        if kind == "compact":
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if kind == "num":
            a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
            year = int(y) + (2000 if len(y) == 2 else 0)
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                day, month = b, a
            elif month_first and sep in "/-":  # '11/05/2026', '11-05-2026'; never '11.05.2026'
                day, month = b, a
            else:
                day, month = a, b
            return dt.date(year, month, day)
        if kind == "dmy_text":
            return dt.date(int(m.group(3)), months[m.group(2)], int(m.group(1)))
        if kind == "dmy_dash":
            y = m.group(4)
            year = int(y) + (2000 if len(y) == 2 else 0)
            return dt.date(year, months[m.group(3)], int(m.group(1)))
        if kind == "ymd_text":
            return dt.date(int(m.group(1)), months[m.group(2)], int(m.group(3)))
        if kind == "mdy_text":
            return dt.date(int(m.group(3)), months[m.group(1)], int(m.group(2)))
    except (ValueError, KeyError):
        return None
    return None


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])")
_SLASHED_SPAN = re.compile(
    r"(?<![\d/.,])(\d{1,2})/(\d{1,2})\s?(?:[-–—]|to|bis|au|al)\s?(\d{1,2})/(\d{1,2})(?![\d/.,])"
)


def slash_order(text: str) -> bool | None:
    """From all d/m/y dates in a document: True if month-first is proven (a middle part
    over 12), False if day-first is proven, None if every one is ambiguous."""
    month_first = day_first = False
    dated = [m.groups()[:2] for m in _SLASHED.finditer(text)]
    # a period written without its year, '1/2 – 1/31' or '01/03 - 31/03', is dates too
    spans = (p for m in _SLASHED_SPAN.finditer(text) for p in (m.groups()[:2], m.groups()[2:]))
    for pairs in (dated, spans):
        for x, y in pairs:
            a, b = int(x), int(y)
            if b > 12 >= a:
                month_first = True
            elif a > 12 >= b:
                day_first = True
        if month_first != day_first:
            return month_first
    return None


# ------------------------------------------------------------------ currencies

ISO_CURRENCIES = frozenset(
    "AED ARS AUD BGN BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS INR ISK JPY "
    "KES KRW MAD MXN MYR NGN NOK NZD PEN PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TRY TWD "
    "UAH USD VND ZAR DEM FRF NLG ESP ITL ATS BEF "
    # Africa, the Middle East, Asia and Latin America (not the codes that are English words:
    # ALL, CUP, TOP, BOB, GEL, AMD, BAM)
    "TND DZD XOF XAF GHS TZS UGX RWF ETB MUR BDT LKR NPR KZT UZS MNT KWD BHD OMR JOD "
    "UYU PYG CRC GTQ DOP HNL NIO TTD JMD XPF MKD MDL AZN VES".split()
)
SYMBOLS = {
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "zł": "PLN",
    "kč": "CZK",
    "₺": "TRY",
    "₽": "RUB",
    "₴": "UAH",
    "₪": "ILS",
    "₩": "KRW",
    "₫": "VND",
    "฿": "THB",
    "₦": "NGN",
    "₱": "PHP",
    "₸": "KZT",
    "₵": "GHS",
    "৳": "BDT",
    "₲": "PYG",
    "₡": "CRC",
}
SYMBOLS |= {"₼": "AZN", "₮": "MNT", "֏": "AMD"}
# dollars and the symbols that are words: a letter before '$' names another dollar
_DOLLARS = {
    "": "USD",
    "US": "USD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
    "SG": "SGD",
    "MX": "MXN",
    "R": "BRL",
    "NT": "TWD",
    "RD": "DOP",
    "TT": "TTD",
    "J": "JMD",
}
_DOLLAR_RE = re.compile(r"(?<![A-Za-z])([A-Z]{0,2})\$")
# a bare '$' is the US dollar unless the page names another dollar ('Total CAD', 'A$')
OTHER_DOLLARS = frozenset(v for v in _DOLLARS.values() if v != "USD")
_SAYS_USD = re.compile(r"(?<![A-Za-z])(?:USD|US\$|U\.S\.\s*dollars?)(?![A-Za-z])")
# symbols that are words, printed before the amount: 'Rp 15.000', 'Rs.1,234', 'S/ 120.00'
_BEFORE = {"Rp": "IDR", "Rs": "INR", "KSh": "KES", "RM": "MYR", "Tk": "BDT", "S/": "PEN"}
_BEFORE["Bs"] = "VES"  # the bolívar ('Bs.'), or Bolivia's boliviano (countries.SAME_SIGN)
_WORD_SYMBOLS = re.compile(r"(?<![A-Za-z])(" + "|".join(_BEFORE) + r")\.?(?=\s?-?\d)")
# the South African rand: 'R 1 150,00', 'R1,150.00' (never an invoice number's 'R 18-31')
_RAND = re.compile(
    r"(?<![A-Za-z$])R\s?(?=\d{1,3}(?:[ ,]\d{3})*[.,](?:\d{2}(?!\d)|" + DASH_CENTS + r"))"
)
# the Swiss franc's sign before an amount: 'Fr. 96.50', 'SFr. 12.00' (not 'Fr. 09.10.2026')
_FRANC = re.compile(r"(?<![A-Za-z])S?Fr\.?\s?(?=-?\d{1,3}(?:['’ ,.]\d{3})*[.,]\d{2}(?![\d.,]))")
# symbols that are words, printed after the amount: '12 700 Ft', '1.190,00 lei', '250,00 TL'
_AFTER_SYMBOLS = {"Ft": "HUF", "lei": "RON", "TL": "TRY", "din": "RSD", "грн": "UAH", "лв": "BGN"}
_AFTER_SYMBOLS |= {"руб": "RUB", "円": "JPY", "元": "CNY", "원": "KRW", "DH": "MAD", "Dhs": "MAD"}
_AFTER_SYMBOLS |= {"DA": "DZD", "DT": "TND", "FCFA": "XOF", "F CFA": "XOF", "CFA": "XOF"}
_AFTER_SYMBOLS |= {"đ": "VND", "ден": "MKD", "Lekë": "ALL", "Lek": "ALL"}  # ('42.570.000 đ')
_AFTER_SYMBOLS |= {"so'm": "UZS", "ریال": "IRR"}  # (Uzbekistan's som, Iran's rial)
_AFTER_RE = re.compile(r"(?<=\d)\s?(" + "|".join(_AFTER_SYMBOLS) + r")\.?(?![^\W\d_])")
WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "franken": "CHF",
    "francs suisses": "CHF",
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "dm": "DEM",
    # another country's dollar named in words is that dollar, not the US one
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "pounds sterling": "GBP",
    "zloty": "PLN",
    "zlotych": "PLN",
    "korun": "CZK",
    "koruna": "CZK",
    "forint": "HUF",
    "rupees": "INR",
    "reais": "BRL",
    "kronor": "SEK",
    "рублей": "RUB",
    "гривень": "UAH",
    "гривні": "UAH",
    "dong": "VND",
    "đồng": "VND",  # as printed, for the cheap test before folding
    "vnd": "VND",
}
WORDS |= {"դրամ": "AMD", "manat": "AZN", "tenge": "KZT", "төгрөг": "MNT", "грн": "UAH"}
# a currency written before its amount with no space: 'Rs.1,234.00', 'Rp.15.000,00',
# 'RM1,234.00', 'S/.120.00', 'kr.1.836,80', 'Bs.1.836,80', 'zł1250.00', 'CHF1234.50' (blanked
# before the amounts are read, so that the amount is not taken for the end of a word); and
# LaTeX's euro sign from the eurosym package, whose glyph a text layer reads as 'e'
# ('e1.240,00'), before an amount with its cents only
_GLUED_PREFIX = re.compile(
    r"(?<![A-Za-z])([A-Z]{3}|Rs|Rp|Bs|RM|S/|kr|Kr|Fr|SFr|zł|Zł|ZŁ)\.?(?=-?\d)|"
    r"(?<![\w.,])(e)(?=\d{1,3}(?:\.\d{3})*,\d{2}(?![\d.,])|\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,]))|"
    # the rand glued to its amount, cents and all: 'R4,800.00', 'R338.25', 'R1 250,00'
    r"(?<![\w.,])(R)"
    r"(?=\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,])|\d{1,3}(?:[ \u00a0]\d{3})*,\d{2}(?![\d.,]))"
)


def _unglued(m: re.Match[str]) -> str:
    """A currency glued to its amount, blanked (a code's letters, 'INV1234', stay)."""
    code = m.group(1) or m.group(2) or m.group(3)
    return " " * len(m.group()) if len(code) != 3 or code in ISO_CURRENCIES else m.group()


_SYMBOL_RE = re.compile("|".join(re.escape(k) for k in SYMBOLS), re.I)
_WORDS_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(WORDS, key=len)[::-1]) + r")\b"
)
# a cheap test before folding: the first letters of a currency word
_WORDS_HINT = re.compile("|".join(sorted({re.escape(w[:2]) for w in WORDS})), re.I)
# (a code is a word of its own: not the start of 'ESPÉCIE')
_CODE_RE = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(ISO_CURRENCIES)) + r")(?![^\W\d_])")


def says_usd(text: str) -> bool:
    """True if *text* names the US dollar itself, not only with a bare '$'."""
    return bool(_SAYS_USD.search(text))


def currencies_in(text: str) -> list[str]:
    """Currency codes named in *text* (codes, symbols, a few words), in order of appearance."""
    found: list[tuple[int, str]] = [(m.start(), m.group(1)) for m in _CODE_RE.finditer(text)]
    for m in _DOLLAR_RE.finditer(text):
        if m.group(1) in _DOLLARS:
            found.append((m.start(), _DOLLARS[m.group(1)]))
    for m in _WORD_SYMBOLS.finditer(text):
        found.append((m.start(), _BEFORE[m.group(1)]))
    found += [(m.start(), "ZAR") for m in _RAND.finditer(text)]
    found += [(m.start(), "CHF") for m in _FRANC.finditer(text)]
    for m in _AFTER_RE.finditer(text):
        found.append((m.start(1), _AFTER_SYMBOLS[m.group(1)]))
    for m in _SYMBOL_RE.finditer(text):
        found.append((m.start(), SYMBOLS[m.group().lower()]))
    # LaTeX's euro sign from eurosym, read as 'e' glued to an amount ('e1.240,00')
    found += [(m.start(), "EUR") for m in _GLUED_PREFIX.finditer(text) if m.group(2)]
    found += arabic_signs(text)  # 'ر.س', the riyal's sign, and the others
    if _WORDS_HINT.search(text):  # fold only a text that may name a currency in words
        for m in _WORDS_RE.finditer(fold(text)):
            found.append((m.start(), WORDS[m.group()]))
    return [c for _, c in sorted(found)]


# the currencies with three decimals: only in them is '10.000' ten, elsewhere ten thousand
# ('10.000 + 1.900 = 11.900' adds up read either way; the yen and the won have no decimals)
THREE_DECIMALS = frozenset({"TND", "KWD", "BHD", "OMR", "JOD", "LYD", "IQD"})


def money_text(value: Decimal, currency: str | None) -> str:
    """*value* written to its currency's minor unit: three decimals for the dinars and the
    rial that have them ('10.631 KWD' stays 10.631), two for the others."""
    return f"{value:.3f}" if currency in THREE_DECIMALS else f"{value:.2f}"


def money_reading(value: Decimal, currency: str | None) -> Decimal:
    """*value* as an amount of *currency*: '10.000' (read with three decimals) is ten thousand
    unless the currency has three decimals."""
    exp = value.as_tuple().exponent
    if exp == -3 and currency not in THREE_DECIMALS:
        return (value * 1000).quantize(Decimal(1))
    return value
