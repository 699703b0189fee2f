"""The drawn pages of ``tests/invoice_pages`` with their text written otherwise, as vendors
write it their own way where the rounds were drawn with one way each:

- their issue and due dates in other formats (``DATE_STYLES``): ISO ('2026-11-14'), the month in
  words in the page's language ('14. November 2026', '14 de noviembre de 2026'), the American
  long form ('November 14, 2026'), the month abbreviated ('14-Nov-2026', '14 Nov 2026') and a
  two-digit year ('14.11.26'), the weekday before it ('Freitag, 14. November 2026'), the
  Czech and Slovak points with spaces ('14. 11. 2026'), an English ordinal ('14th November
  2026') and dashes between the figures ('14-11-2026'). Only the dates the page's values name
  are rewritten (a delivery or period date keeps its form, as a page mixing forms does);
- in capitals (``CASE_STYLES``): the whole page, or every cell without a figure (headings,
  labels and names, as templates that set their labels in capitals print them);
- their amounts with other thousands separators (``AMOUNT_STYLES``): a no-break space
  ('1 234,56'), none ('1234,56'), an apostrophe for amounts with a decimal point ('1'234.56');
  or with the currency's code for its symbol, after the amount or before it ('1.234,56 EUR',
  'USD 1,234.56' for '€ 1.234,56', '$1,234.56'), or the euro's name after it ('1.234,56 Euro');
  or a whole amount's cents as a dash ('1.234,–', the Swiss 'Fr. 1'234.–'); or a negative
  amount's sign after it ('8,00-', as SAP prints it) or the amount in brackets ('(8.00)');
- their labels without a colon (``LABEL_STYLES``): 'Invoice No 4711', 'Name Holzbau Brenner
  GmbH', as templates that set the label in bold and its value beside it print them; or, on
  English and German pages, each field's label in other words a vendor uses ('Invoice #',
  'Date of Issue', 'Pay By', 'Total excl. VAT', 'Grand Total'; 'Beleg-Nr.', 'Zahlungsziel',
  'Warenwert', 'Rechnungssumme'), one set of words per page, chosen by its text; the same on
  French, Spanish, Italian and Dutch pages ('Numéro de facture', 'Date d'émission', 'Base
  imponible', 'Totale documento', 'Uiterste betaaldatum');
- the invoice number's or the issue date's label as a bare word (``BARE_STYLES``): 'Number',
  'Nummer', 'Nr.', 'Numéro'; 'Date', 'Datum', 'Fecha', as templates print them in a column of
  labels under the title, on pages that still call themselves an invoice;
- a field's label and its value set otherwise (``FIELD_STYLES``): a dotted leader between a
  row's label and its value ('Subtotal ............ 1,080.00'), or the label over its value on
  a line of its own ('Invoice No.:' over '4711').
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from typing import Any

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}

# words that give a page's language away; the language with the most of them is the page's
_WORDS = {
    "de": r"\b(?:Rechnung\w*|Datum|Betrag|MwSt|USt|Summe|Zahlbar|Fällig\w*)\b",
    "fr": r"\b(?:Facture|TVA|Montant|TTC|Échéance|Date de facture)\b",
    "es": r"\b(?:Factura|Fecha|Importe|Vencimiento)\b",
    "it": r"\b(?:Fattura|Imponibile|Scadenza|Cedente|Importo)\b",
    "nl": r"\b(?:Factuur\w*|BTW|Bedrag|Vervaldatum)\b",
    "pt": r"\b(?:Fatura|Nota Fiscal|Vencimento|Emissão)\b",
    "en": r"\b(?:Invoice|Total|Date|Tax|Due)\b",
}

DATE_STYLES = (
    *("iso", "long", "us_long", "abbrev", "short_year", "weekday", "spaced_dots"),
    *("ordinal", "dashes"),
)
CASE_STYLES = ("capitals", "capital_labels")
AMOUNT_STYLES = (
    "nbsp_thousands",
    "no_thousands",
    "apostrophe_thousands",
    "code_after",
    "code_before",
    "word_after",
    "dash_cents",
    "minus_after",
    "parentheses",
)
LABEL_STYLES = ("no_colons", "other_labels", "other_labels_fr_es_it_nl")
BARE_STYLES = ("bare_number", "bare_date")
FIELD_STYLES = ("leaders", "stacked")
STYLES = DATE_STYLES + CASE_STYLES + AMOUNT_STYLES + LABEL_STYLES + BARE_STYLES + FIELD_STYLES


def language(lines: list[str]) -> str | None:
    """The language of a page's labels, by the words of ``_WORDS`` it prints the most of."""
    text = "\n".join(lines)
    hits = {k: len(re.findall(rx, text)) for k, rx in _WORDS.items()}
    best = max(hits, key=lambda k: (hits[k], k != "en"))  # a shared word ('Total') is no English
    return best if hits[best] else None


def _printings(d: dt.date) -> list[tuple[str, str, str]]:
    """How the rounds print *d*: (text, order, separator), longest first."""
    out = [(f"{d.year}-{d.month:02d}-{d.day:02d}", "iso", "-")]
    for day in (f"{d.day:02d}", str(d.day)):
        for month in (f"{d.month:02d}", str(d.month)):
            for sep in (".", "/", "-", " / "):
                out += [(f"{day}{sep}{month}{sep}{d.year}", "dmy", sep)]
                out += [(f"{month}{sep}{day}{sep}{d.year}", "mdy", sep)]
    return sorted(out, key=lambda p: -len(p[0]))


def _written(d: dt.date, style: str, lang: str | None, order: str, sep: str) -> str | None:
    """*d* in *style*, or None where the style has no form in the page's language."""
    if style == "iso":
        return d.isoformat()
    if style == "short_year":
        s = sep.strip() or "."
        first, second = (d.month, d.day) if order == "mdy" else (d.day, d.month)
        return f"{first:02d}{s}{second:02d}{s}{d.year % 100:02d}"
    if style == "spaced_dots":  # Czech and Slovak: '14. 11. 2026'
        return None if order == "mdy" else f"{d.day}. {d.month}. {d.year}"
    if style == "dashes":  # '14-11-2026', '11-14-2026': the page's order, dashes between
        first, second = (d.month, d.day) if order == "mdy" else (d.day, d.month)
        return f"{first:02d}-{second:02d}-{d.year}"
    if lang not in MONTHS or (style == "us_long" and lang != "en"):
        return None
    month = MONTHS[lang].split()[d.month - 1]
    if style == "weekday":
        day = WEEKDAYS[lang].split()[d.weekday()]
        return {
            "en": f"{day}, {d.day} {month} {d.year}",
            "de": f"{day}, {d.day}. {month} {d.year}",
            "es": f"{day}, {d.day} de {month} de {d.year}",
            "pt": f"{day}, {d.day} de {month} de {d.year}",
        }.get(lang, f"{day} {d.day} {month} {d.year}")
    if style == "us_long":
        return f"{month} {d.day}, {d.year}"
    if style == "ordinal":  # English only: '14th November 2026', 'November 14th, 2026'
        if lang != "en":
            return None
        nth = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return (
            f"{month} {d.day}{nth}, {d.year}"
            if order == "mdy"
            else f"{d.day}{nth} {month} {d.year}"
        )
    if style == "abbrev":
        short = month[:3].capitalize()
        return f"{d.day:02d}-{short}-{d.year}" if lang == "en" else f"{d.day:02d} {short} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {month} de {d.year}"
    return f"{d.day}. {month} {d.year}" if lang == "de" else f"{d.day} {month} {d.year}"


def rewritten(lines: list[str], truth: dict[str, Any], style: str) -> list[str] | None:
    """*lines* written in *style* (one of ``STYLES``); None when the style changes nothing."""
    if style in CASE_STYLES:
        out = [_capitals(x, style) for x in lines]
    elif style in ("code_after", "code_before", "word_after"):
        out = [_coded(x, truth.get("currency"), style) for x in lines]
    elif style == "dash_cents":
        out = [_WHOLE.sub(r"\1\2–", x) for x in lines]
    elif style in ("minus_after", "parentheses"):
        to = r"\1\2-" if style == "minus_after" else r"(\1\2)"
        out = [_NEGATIVE.sub(to, x) for x in lines]
    elif style in AMOUNT_STYLES:
        out = [_separated(x, style) for x in lines]
    elif style == "no_colons":
        out = [re.sub(r"(?<=[^\W\d_]):(?=\s)", "", x) for x in lines]
    elif style.startswith("other_labels"):
        langs = ("en", "de") if style == "other_labels" else ("fr", "es", "it", "nl")
        out = _relabelled(lines, truth, langs)
    elif style in BARE_STYLES:
        out = _bared(lines, truth, style.removeprefix("bare_"))
    elif style == "leaders":
        out = [_led(x) for x in lines]
    elif style == "stacked":
        out = _stacked(lines)
    else:
        return _redated(lines, truth, style)
    return out if out != lines else None


def _capitals(line: str, style: str) -> str:
    if line == "<pagebreak>":
        return line
    if style == "capitals":
        return line.upper()
    return "|".join(c if re.search(r"\d", c) else c.upper() for c in line.split("|"))


# a whole amount ('1.234,00', '1,234.00'), not a rate ('19,00 %'), for its cents as a dash
_WHOLE = re.compile(r"(?<![\d.,'])(\d{1,3}(?:[.,' \u00a0]\d{3})+|\d+)([.,])00(?![\d%]|\s%|[.,]\d)")
# a negative amount ('-8,00', '−£100.00', '- 5.00 €'), for its sign after it or its brackets
_NEGATIVE = re.compile(r"(?<![\w.,])[-−]\s?([€$£]\s?)?(\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2})(?![\d%])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,'])(\d{1,3}(?:\.\d{3})+),(\d{2})(?!\d)")
_POINT_DECIMAL = re.compile(r"(?<![\d.,'])(\d{1,3}(?:,\d{3})+)\.(\d{2})(?!\d)")


def _separated(line: str, style: str) -> str:
    """'1.234,56' and '1,234.56' with *style*'s thousands separator."""
    sep = {"nbsp_thousands": "\u00a0", "no_thousands": "", "apostrophe_thousands": "'"}[style]
    line = _POINT_DECIMAL.sub(lambda m: m[1].replace(",", sep) + "." + m[2], line)
    if style == "apostrophe_thousands":
        return line  # (Switzerland and Liechtenstein: with a decimal point only)
    return _COMMA_DECIMAL.sub(lambda m: m[1].replace(".", sep) + "," + m[2], line)


# per language and field: the labels the rounds print (each at most once on a page) and other
# words for them; a balance's words ('Amount due', 'Balance Due') are left alone, a payment may
# stand between them and the total
_ROW = r"^\|?\s*"  # a total's label opens its row (a cell may stand empty before it)
_END = r"(?=\s*:?\s*\||\s*:?\s*$)"  # and is the whole of its cell
_SYNONYMS: dict[str, dict[str, tuple[str, list[str]]]] = {
    "en": {
        "invoice_number": (
            r"\bInvoice (?:No\.?|Number|#|no\.?)(?=\s*[:#]?\s)",
            ["Invoice #", "Invoice Number", "Inv. No.", "Invoice ID", "Bill No.", "Document No."],
        ),
        "issue_date": (
            r"\b(?:Invoice Date|Date of issue|Issue Date)(?=\s*:?\s)",
            ["Date of Issue", "Issued", "Date Issued", "Billing Date", "Invoice date", "Tax Point"],
        ),
        "due_date": (
            r"\b(?:Due Date|Payment Due|Due date)(?=\s*:?\s)",
            ["Payment Due", "Due By", "Pay By", "Payment Due Date", "Due"],
        ),
        "net_total": (
            r"^(?:Subtotal|Sub-total|Net total|Net Total)(?=\s*:?\s|\s*$|\s*\|)",
            ["Sub Total", "Net Amount", "Total excl. VAT", "Amount before tax", "Net Total"],
        ),
        "gross_total": (
            r"^(?:Grand Total|Invoice Total|Total Amount|Total amount)(?=\s*:?\s|\s*$|\s*\|)",
            ["Total", "Grand Total", "Invoice Total", "Total Amount", "Total (incl. VAT)"],
        ),
    },
    "de": {
        "invoice_number": (
            r"\b(?:Rechnungsnummer|Rechnungs-Nr\.|Rechnung Nr\.|Rechnungsnr\.)(?=\s*:?\s)",
            ["Rechnungsnummer", "Rechnungs-Nr.", "Rechnungsnr.", "Belegnummer", "Beleg-Nr."],
        ),
        "issue_date": (
            r"\bRechnungsdatum(?=\s*:?\s)",
            ["Belegdatum", "Ausstellungsdatum", "Rechnungs-Datum", "Datum der Rechnung"],
        ),
        "due_date": (
            r"\b(?:Fällig am|Fälligkeitsdatum|Zahlbar bis|Fällig bis)(?=\s*:?\s)",
            ["Fällig am", "Fälligkeitsdatum", "Zahlbar bis", "Zahlungsziel", "Fällig bis"],
        ),
        "net_total": (
            r"^(?:Nettobetrag|Summe netto|Zwischensumme|Gesamt netto|Nettosumme)(?=\s*:?\s|\s*$|\s*\|)",
            ["Nettobetrag", "Summe netto", "Zwischensumme", "Warenwert", "Rechnungsbetrag netto"],
        ),
        "gross_total": (
            r"^(?:Gesamtbetrag|Rechnungsbetrag|Bruttobetrag|Gesamtsumme|Endbetrag|Summe brutto)"
            r"(?=\s*:?\s|\s*$|\s*\|)",
            ["Gesamtbetrag", "Rechnungsbetrag", "Bruttobetrag", "Endbetrag", "Rechnungssumme"],
        ),
    },
    "fr": {
        "invoice_number": (
            r"\b(?:Facture n°|N° de facture|Numéro de facture|Facture N°)(?=\s*:?\s)",
            ["N° de facture", "Numéro de facture", "Facture n°", "Réf. facture", "N° facture"],
        ),
        "issue_date": (
            r"\b(?:Date de facture|Date d'émission|Date de la facture)(?=\s*:?\s)",
            ["Date d'émission", "Date de facturation", "Date de la facture", "Émise le"],
        ),
        "due_date": (
            r"\b(?:Date d'échéance|Échéance)(?=\s*:?\s)",
            ["Échéance", "Date d'échéance", "À régler avant le", "Date limite de paiement"],
        ),
        "net_total": (
            _ROW + r"(?:Total HT|Montant HT|Sous-total)" + _END,
            ["Total HT", "Montant HT", "Sous-total HT", "Total hors taxes", "Base HT"],
        ),
        "gross_total": (
            _ROW + r"(?:Total TTC|Montant TTC)" + _END,
            ["Total TTC", "Montant TTC", "Total toutes taxes comprises", "Montant total TTC"],
        ),
    },
    "es": {
        "invoice_number": (
            r"\b(?:Factura N[º°o]\.?|N[º°] de factura|Número de factura)(?=\s*:?\s)",
            ["Nº de factura", "Número de factura", "Factura nº", "Núm. factura"],
        ),
        "issue_date": (
            r"\b(?:Fecha de emisión|Fecha de factura)(?=\s*:?\s)",
            ["Fecha de emisión", "Fecha de expedición", "Fecha factura", "Emitida el"],
        ),
        "due_date": (
            r"\b(?:Fecha de vencimiento|Vencimiento)(?=\s*:?\s)",
            ["Vencimiento", "Fecha de vencimiento", "Fecha límite de pago", "Pagar antes de"],
        ),
        "net_total": (
            _ROW + r"(?:Subtotal|Base imponible|Importe neto)" + _END,
            ["Base imponible", "Subtotal", "Importe neto", "Total sin IVA"],
        ),
        "gross_total": (
            _ROW + r"(?:Total factura|Importe total|Total)" + _END,
            ["Total factura", "Importe total", "Total (IVA incluido)", "Total a pagar"],
        ),
    },
    "it": {
        "invoice_number": (
            r"\b(?:Fattura n\.|Numero fattura|N\. fattura)(?=\s*:?\s)",
            ["Numero fattura", "Fattura n.", "N. documento", "Fattura numero"],
        ),
        "issue_date": (
            r"\b(?:Data fattura|Data emissione)(?=\s*:?\s)",
            ["Data fattura", "Data emissione", "Data documento", "Data del documento"],
        ),
        "due_date": (
            r"\b(?:Data scadenza|Scadenza)(?=\s*:?\s)",
            ["Scadenza", "Data scadenza", "Scadenza pagamento", "Da pagare entro il"],
        ),
        "net_total": (
            _ROW + r"(?:Imponibile|Totale imponibile)" + _END,
            ["Imponibile", "Totale imponibile", "Totale netto", "Importo netto"],
        ),
        "gross_total": (
            _ROW + r"(?:Totale fattura|Totale documento|Totale)" + _END,
            ["Totale fattura", "Totale documento", "Totale da pagare", "Importo totale"],
        ),
    },
    "nl": {
        "invoice_number": (
            r"\b(?:Factuurnummer|Factuurnr\.)(?=\s*:?\s)",
            ["Factuurnummer", "Factuurnr.", "Factuur nr.", "Nummer"],
        ),
        "issue_date": (r"\bFactuurdatum(?=\s*:?\s)", ["Datum factuur", "Datum", "Factuurdatum"]),
        "due_date": (
            r"\bVervaldatum(?=\s*:?\s)",
            ["Vervaldatum", "Uiterste betaaldatum", "Betalen voor"],
        ),
        "net_total": (
            _ROW + r"(?:Subtotaal|Totaal excl\. BTW)" + _END,
            ["Subtotaal", "Totaal excl. btw", "Bedrag excl. BTW"],
        ),
        "gross_total": (
            _ROW + r"(?:Totaal incl\. BTW|Totaal)" + _END,
            ["Totaal incl. btw", "Totaalbedrag", "Totaal te betalen"],
        ),
    },
}


def _relabelled(lines: list[str], truth: dict[str, Any], langs: tuple[str, ...]) -> list[str]:
    """On a page in one of *langs*, each field's label (printed once) in other words."""
    lang = language(lines)
    table = _SYNONYMS[lang] if lang in langs else {}
    out, seed = list(lines), zlib.crc32("\n".join(lines).encode())
    for k, (field, (rx, words)) in enumerate(table.items()):
        at = [i for i, x in enumerate(out) if field in truth and re.search(rx, x)]
        if len(at) == 1:
            out[at[0]] = re.sub(rx, words[(seed + k) % len(words)], out[at[0]], count=1)
    return out


# the number word or date word alone, without the document's word ('Number', 'Nummer', 'Nr.',
# 'Numéro', 'Date', 'Datum', 'Fecha'), as templates print them in a column of labels under the
# title 'INVOICE'
_BARE = {
    "number": {
        "en": ["Number", "No."],
        "de": ["Nummer", "Nr."],
        "fr": ["Numéro", "N°"],
        "es": ["Número", "Nº"],
        "it": ["Numero", "N."],
        "nl": ["Nummer", "Nr."],
    },
    "date": {
        "en": ["Date"],
        "de": ["Datum"],
        "fr": ["Date"],
        "es": ["Fecha"],
        "it": ["Data"],
        "nl": ["Datum"],
    },
}


_TITLE = re.compile(r"(?i)\b(?:invoice|rechnung|facture|factura|fattura|factuur)\b")


def _bared(lines: list[str], truth: dict[str, Any], what: str) -> list[str]:
    """The invoice number's (*what* 'number') or issue date's ('date') label, printed once on
    a page in one of ``_SYNONYMS``' languages, as the bare word of ``_BARE``."""
    lang = language(lines)
    field = "invoice_number" if what == "number" else "issue_date"
    if lang not in _SYNONYMS or field not in truth:
        return lines
    rx = _SYNONYMS[lang][field][0]
    out = list(lines)
    at = [i for i, x in enumerate(out) if re.search(rx, x)]
    if len(at) == 1:
        words = _BARE[what][lang]
        seed = zlib.crc32("\n".join(lines).encode())
        out[at[0]] = re.sub(rx, words[seed % len(words)], out[at[0]], count=1)
    # the page still says what it is (a title 'Rechnung Nr. 4471 vom …' made 'Nr. 4471 vom …'
    # would leave a page that no longer calls itself an invoice)
    return out if _TITLE.search("\n".join(out)) else lines


# a value alone: an amount, a date or a code, not words ('Sydney NSW 2000', 'INVOICE: INV-100')
_VALUE = re.compile(r"\s*(?:[-−]?(?:[€$£₹]|[A-Z]{3}\s)?\s?\d|[A-Z]{1,5}[-/]?\d)[^:]*$")


def _led(line: str) -> str:
    """A line's last two cells, a label and its value, with a dotted leader between them: one
    cell when they are the whole line ('Subtotal ............ 1,080.00', 'Invoice No.:
    ............ 4711'), further right the leader in the label's cell ('| | Total ........ |
    58,98 €')."""
    cells = line.split("|")
    if len(cells) < 2 or not cells[-2].strip() or re.search(r"\d", cells[-2]):
        return line
    if not _VALUE.match(cells[-1]):
        return line  # a row of cells that are no label and its value ('Jane Doe | FedEx')
    if len(cells) > 2:  # further right in its row: the leader fills the label's own cell
        return "|".join([*cells[:-2], cells[-2].rstrip() + " " + "." * 8 + " ", cells[-1]])
    return cells[-2].rstrip() + " " + "." * 12 + " " + cells[-1].strip()


def _stacked(lines: list[str]) -> list[str]:
    """A line that is only the invoice number's, the issue date's or the due date's label and
    its value ('Invoice No.: 4711') as the label over the value, as templates stack them."""
    lang = language(lines)
    if lang not in _SYNONYMS:
        return lines
    fields = ("invoice_number", "issue_date", "due_date")
    heads = [_SYNONYMS[lang][f][0] for f in fields]
    out = []
    for x in lines:
        m = next((m for rx in heads if "|" not in x and (m := re.match(rx, x))), None)
        rest = x[m.end() :] if m else ""
        value = rest.lstrip(" :#")
        if m and re.search(r"\d", value) and not re.search(r"\d", x[: m.end()]):
            out += [x[: m.end()] + rest[: len(rest) - len(value)].rstrip(), value]
        else:
            out.append(x)
    return out


_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "₹": "INR", "zł": "PLN", "Kč": "CZK"}
_AMOUNT = r"\d{1,3}(?:[.,' \u00a0]\d{2,3})*[.,]\d{2}(?!\d)"


def _coded(line: str, currency: str | None, style: str) -> str:
    """The page's currency symbol beside an amount replaced by its code, after the amount or
    before it, or the euro's by its name after it ('1.234,56 Euro')."""
    for symbol, code in _SYMBOLS.items():
        if code != currency:
            continue
        if style == "word_after":  # the euro's name: '1.234,56 Euro'
            if code != "EUR":
                continue
            code = "Euro"
        to = code + r" \1" if style == "code_before" else r"\1 " + code
        line = re.sub(rf"{re.escape(symbol)}\s?({_AMOUNT})", to, line)
        line = re.sub(rf"({_AMOUNT})\s?{re.escape(symbol)}", to, line)
    return line


def _redated(lines: list[str], truth: dict[str, Any], style: str) -> list[str] | None:
    """*lines* with the issue and due dates written in *style*; None when neither changes."""
    lang, out, changed = language(lines), list(lines), False
    for field in ("issue_date", "due_date"):
        if field not in truth:
            continue
        d = dt.date.fromisoformat(truth[field])
        for printed, order, sep in _printings(d):
            rx = re.compile(rf"(?<![\d./-]){re.escape(printed)}(?![\dT]|[./-]\d)")
            if any(rx.search(x) for x in out):
                new = _written(d, style, lang, order, sep)
                if new is not None and new != printed:
                    out, changed = [rx.sub(new, x) for x in out], True
                break
    return out if changed else None
