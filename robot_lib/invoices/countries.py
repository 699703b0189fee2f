"""What a page says of its country, where its money's sign does not: the crown its 'kr' is
(words only Norwegian, Swedish or Danish invoices use), the peso its bare '$' is (the tax number
or the address), whether it is a Spanish or Portuguese page or one in a language that writes
the day first, and the currency of the country its VAT numbers belong to."""

from __future__ import annotations

import re

from robot_lib.invoices.parse import fold

# ... an amount's 'kr', or the amounts' column head's ('Summa (kr)')
_KR = re.compile(r"(?<=\d)\s?kr\.?(?![a-z])|\bkr\.?\s?(?=\d)|\(\s?kr\.?\s?\)", re.I)
# words only one of the three languages that write 'kr' uses on an invoice
_KRONA_WORDS = (
    ("NOK", re.compile(r"\b(?:mva|forfallsdato|a\s*betale|selger)\b")),
    (
        "SEK",
        re.compile(r"\b(?:att\s*betala|forfallodatum|fakturadatum|momsbelopp|saljare|summa)\b"),
    ),
    ("DKK", re.compile(r"\b(?:i\s*alt|forfaldsdato|at\s*betale|cvr|s(?:ae|æ)lger|belob)\b")),
)


def krona(text: str) -> str | None:
    """The currency of amounts printed with 'kr' (Swedish, Danish or Norwegian crowns), told
    apart by words only one of the three languages uses; None if no amount carries 'kr' or
    the words do not decide."""
    if not _KR.search(text):
        return None
    low = fold(text)
    found = [code for code, rx in _KRONA_WORDS if rx.search(low)]
    return found[0] if len(found) == 1 else None


# a bare '$' in Latin America is the peso: the country the page's tax number or address names
_PESO_COUNTRIES = (
    ("MXN", re.compile(r"\b(?:rfc|(?<!new\s)mexico|cdmx|estados\s*unidos\s*mexicanos)\b")),
    ("ARS", re.compile(r"\b(?:cuit|argentina|caba|afip)\b")),
    ("CLP", re.compile(r"\b(?:chile|santiago\s*de\s*chile)\b|\br\.u\.t\.|\bs\.i\.i\.")),
    ("COP", re.compile(r"\b(?:colombia|bogota|dian)\b")),
)
# words of a Spanish or Portuguese invoice: a bare '$' there may be a peso, and slashed dates
# put the day first
_IBERIAN_WORDS = re.compile(
    r"\b(?:factura|fecha|cantidad|descripcion|vencimiento|importe|cliente|precio|fatura|"
    r"vencimento|descricao|quantidade|valor|pagar|condiciones|gracias|iva|monto|neto|emision|"
    r"rut|nit|giro|senores|imponible)\b"
)


# the same sign, another country's money: the page's words tell ('Cameroun' -> XAF; the words
# only a Chinese invoice prints make '¥' the yuan, not the yen)
SAME_SIGN = {
    "XOF": ("XAF", re.compile(r"\b(?:cameroun|cameroon|gabon|congo|tchad|centrafrique)\b")),
    "INR": ("PKR", re.compile(r"\b(?:pakistan|karachi|lahore|islamabad|ntn)\b")),
    "VES": (
        "BOB",
        re.compile(r"\b(?:bolivia|la\s*paz|cochabamba|santa\s*cruz\s*de\s*la\s*sierra)\b"),
    ),
    "JPY": ("CNY", re.compile(r"发票|發票|人民币|人民幣|价税|價稅|税额|稅額|圆整|元整|开票|開票")),
}


# the riyal written out ('1,150.00 ريال'): Saudi Arabia's, Qatar's or Oman's, told by the one
# country of riyals the page names: the word after it ('ريال سعودي'), its cities, or a Saudi VAT
# number (fifteen figures, the first and the last a 3)
_RIYAL_COUNTRIES = (
    ("SAR", re.compile(r"سعودي|السعودية|الرياض|جدة|الدمام|الخبر|مكة|(?<!\d)3\d{13}3(?!\d)")),
    ("QAR", re.compile(r"قطري|قطر|الدوحة")),
    ("OMR", re.compile(r"عماني|سلطنة عمان|مسقط")),
)


def riyal(text: str) -> str | None:
    """The currency of amounts printed with the word 'ريال', told by the one country of riyals the
    page names (the word after it among them); None if it prints no such word or they do not
    decide."""
    if "ريال" not in text:
        return None
    found = [code for code, rx in _RIYAL_COUNTRIES if rx.search(text)]
    return found[0] if len(found) == 1 else None


def peso(text: str) -> str | None:
    """The peso a bare '$' stands for on a page whose tax number or address names one
    country ('RFC', 'México' → MXN; 'CUIT' → ARS); None if none or several do."""
    low = fold(text)
    found = [code for code, rx in _PESO_COUNTRIES if rx.search(low)]
    return found[0] if len(found) == 1 else None


# invoice words of languages that write the day first, whatever the currency
_DAY_FIRST_WORDS = re.compile(
    r"\b(?:facture|rechnung\w*|factura|fattura|factuur|faktura|fatura|datum|montant|betrag|"
    r"importe|importo|bedrag|echeance|faellig|fallig|fecha|scadenza|vervaldatum|"
    r"rechnungsdatum|factuurdatum|date\s*de\s*facture|tva|mwst|ust|btw|iva|kdv|tarihi)\b"
)


def day_first_language(text: str) -> bool:
    """Is *text* written in a language that puts the day first (two of its invoice words:
    'Facture', 'TVA'; 'Rechnung', 'MwSt')? A French page billed in US dollars still does."""
    return len(set(_DAY_FIRST_WORDS.findall(fold(text)))) >= 2


def us_style_dates(text: str) -> bool:
    """Does *text* write its slashed dates as a US program does by default, a day or month of
    one digit with no leading zero ('6/9/2026', JavaScript's `toLocaleDateString()`), and none
    padded ('06/09/2026', as British, Irish and Australian programs write)? On a page outside
    the US the day-first order it is read in is then a guess. Not on a page that also writes
    dates with dots ('10. 02. 2015'), day first wherever they are written."""
    if _DOTTED_YEAR.search(text):
        return False
    found = _SLASHED_YEAR.findall(text)
    padded = any(x.startswith("0") for a, b in found for x in (a, b))
    return not padded and any(len(a) == 1 or len(b) == 1 for a, b in found)


_SLASHED_YEAR = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/\d{4}(?![\d/])")
_DOTTED_YEAR = re.compile(r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?![\d.])")


def iberian(text: str) -> bool:
    """Is *text* a Spanish or Portuguese invoice (three of their invoice words)?"""
    return len(set(_IBERIAN_WORDS.findall(fold(text)))) >= 3


# VAT numbers by country (EU, the UK, Switzerland, Norway, India, Brazil's CNPJ) and the
# currency the country pays in: a page that prints no currency at all is in it
_VAT_IDS = (
    ("EUR", r"ATU(?:\s?\d){8}"),
    ("EUR", r"DE(?:\s?\d){9}"),
    ("EUR", r"FR\s?[0-9A-HJ-NP-Z]{2}(?:\s?\d){9}"),
    ("EUR", r"IT(?:\s?\d){11}"),
    ("EUR", r"ES\s?[A-Z0-9]\d{7}[A-Z0-9]"),
    ("EUR", r"NL(?:\s?\d){9}\s?B\s?\d{2}"),
    ("EUR", r"BE\s?0?\d{3}[\s.]?\d{3}[\s.]?\d{3}"),
    ("EUR", r"(?:PT|FI|LU|EE|EL|SI|MT|LV|LT|SK|HR|CY|IE)(?=[\s\d])(?:\s?[0-9]){7,11}[A-Z]{0,2}"),
    ("GBP", r"GB(?:\s?\d){9}"),
    ("PLN", r"PL(?:\s?\d){10}"),
    ("CZK", r"CZ(?:\s?\d){8,10}"),
    ("HUF", r"HU(?:\s?\d){8}"),
    ("SEK", r"SE(?:\s?\d){12}"),
    ("DKK", r"DK(?:\s?\d){8}"),
    ("RON", r"RO(?:\s?\d){2,10}"),
    ("CHF", r"CHE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}"),
    ("INR", r"\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]"),  # India's GSTIN
    ("BRL", r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}"),  # Brazil's CNPJ: '07.345.812/0001-60'
)
_VAT_RE = [(code, re.compile(r"(?<![A-Za-z0-9])" + rx + r"(?![0-9])")) for code, rx in _VAT_IDS]


def vat_number_in(text: str) -> bool:
    """Does *text* print a VAT number of a country :data:`_VAT_IDS` knows, with no label
    ('DE318776541', 'GB 298 4471 16')?"""
    return any(rx.search(text) for _code, rx in _VAT_RE)


# a company's register or tax number by its country's own label, and the currency the country
# pays in (folded text: 'SIRET 812 345 678 00021', 'Steuernr. 29/512/34567', 'KvK 71234567',
# 'Registered in England and Wales')
_REGISTERS = (
    (
        "EUR",
        r"\b(?:siret\s*:?\s*(?:\d\s?){14}|siren\s*:?\s*(?:\d\s?){9}|rcs\s+[a-z -]+\d{3}\s?\d{3}\s?\d{3})",
    ),
    ("EUR", r"\b(?:steuer\s*-?\s*(?:nr|nummer)|st\.?\s*-?\s*nr)\.?\s*:?\s*\d+/\d+/?\d*"),
    ("EUR", r"\b(?:hr[ab]|kvk(?:\s*-?\s*(?:nr|nummer))?)\.?\s*:?\s*\d{4,8}\b"),
    ("EUR", r"\b(?:p\.?\s*iva|partita\s*iva)\s*:?\s*(?:it)?\s*\d{11}\b"),
    ("PLN", r"\b(?:nip|regon)\s*:?\s*\d{3}-?\d{2,3}-?\d{2}-?\d{2,3}\b"),
    ("GBP", r"\bregistered\s+in\s+(?:england|wales|scotland)"),
)
_REGISTER_RE = [(code, re.compile(rx)) for code, rx in _REGISTERS]


def register_currency(text: str) -> str | None:
    """The currency of the country whose own label a company or tax number of *text* carries
    ('SIRET …', 'Steuernr. …' → EUR), when all such numbers name one; else None."""
    folded = fold(text)
    found = {code for code, rx in _REGISTER_RE if rx.search(folded)}
    return found.pop() if len(found) == 1 else None


def vat_currency(text: str) -> str | None:
    """The currency of the country every VAT number on the page belongs to ('ATU12345678',
    'DE 123 456 789' → EUR); None if there is none or they belong to different currencies."""
    found = {code for code, rx in _VAT_RE if rx.search(text)}
    return found.pop() if len(found) == 1 else None


# a date written year first ('2026-03-11'), and one of day and month in either order
# ('11-03-2026', '11/03/2026')
_ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/.-])")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/.-])")


def twin_order(lines: list[str]) -> bool | None:
    """The order of day and month a page's numeric dates are written in, proven by one printed
    twice on a line, year first and then day and month (a bilingual row: 'Invoice Date:
    2026-03-11' beside its Arabic twin, which bidirectional text draws '11-03-2026'): True for
    the month first, False for the day first, None when no line proves it."""
    for text in lines:
        if "-" not in text:
            continue
        iso = {(int(y), int(m), int(d)) for y, m, d in _ISO.findall(text)}
        for a, _sep, b, y in _NUMERIC.findall(text) if iso else ():
            day_first = (int(y), int(b), int(a)) in iso
            if day_first != ((int(y), int(a), int(b)) in iso):
                return not day_first
    return None
