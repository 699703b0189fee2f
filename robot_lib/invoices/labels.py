"""Label words per field, in English, German, French, Dutch, Spanish, Italian, Portuguese,
Czech, Slovak, Polish, Indonesian, Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian,
Turkish and Croatian/Slovenian; the languages in other scripts (Russian, Ukrainian, Bulgarian,
Greek, Chinese, Japanese, Korean) and Vietnamese come from :mod:`labels_east`, the totals'
words from :mod:`labels_totals`.

Patterns run on folded text (lower case, no accents: see :func:`parse.fold`). Each has a
priority: specific labels (``invoice number``) beat generic ones (``number``). Nothing here
names a vendor: these are the words invoices in these languages use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from robot_lib.invoices import labels_arabic as arabic
from robot_lib.invoices import labels_east as east
from robot_lib.invoices.labels_totals import TOTALS
from robot_lib.invoices.months import MONTH_ALT, WEEKDAY_ALT

# a liberal profession's fee note ('Note d'honoraires', 'Note de frais et honoraires', Belgian
# 'État de frais et honoraires', Dutch 'Declaratie', 'Honorarnote', 'Parcella'): the document's
# words and a title's
_FEE_NOTES = (
    r"note\s*d.honoraires(?:\s*et\s*(?:de\s*)?frais)?|"
    r"(?:note|etat)\s*de\s*frais(?:\s*et\s*(?:d.\s*)?honoraires)?|declaratie|"
    r"honorarnote|fee\s*note|nota\s*de\s*honorarios|parcella"
)
_DOC = (
    r"(?:[a-z]*rechnung(?:s?korrektur)?|gutschrift|invoice|credit\s*note|facture|avoir|bill|"
    # a sales invoice: 'Verkoopfactuur', Italian GnuCash's 'Documento di vendita'
    r"(?:verkoop)?fa[ck]tuur|documento\s*di\s*vendita|"
    # an invoice that is its own receipt: 'Fatura-Recibo', 'Factura-Recibo'
    r"factura(?:\s*-?\s*recibo)?|fatura(?:\s*-?\s*recibo)?|"
    r"fattura|faktura|faktur|rachunek|danovy\s*doklad|(?:myynti)?lasku|szamla|racun|arve|"
    r"rekins|saskaita|" + _FEE_NOTES + "|" + east.TITLES + "|" + arabic.TITLES + r")"
)
INVOICE_WORD = re.compile(r"\b" + _DOC)  # a label that names the invoice itself
# a kind of invoice between its word and 'No.' ('Factura Electrónica de Venta No.')
_KIND = (
    r"(?:(?:electronica|electronique|elettronica|eletronica|electronic|exenta|afecta|"
    r"de\s*venta|de\s*exportacion|de\s*servicios?)\s*)*"
)
# a number word: 'Nr', 'No', 'N°', 'N.º', 'Num', 'Number', 'Nummer', 'Numéro' (folded)
NUMBER_WORD = r"nr|no|n[o°º]|n\.[o°º]|num|number|nummer|numero"
_NO = r"(?:" + NUMBER_WORD + r"|#|[cn](?=\.)|cislo|numer|nomor|nro|st|br)"

# the document's title alone in its cell ('Rechnung', 'Tax invoice'), and a number word with
# no document word ('Nummer', 'Nr.:', 'Réf. :'): in the title's block, it names the document's
# number (see ``numbers.title_block``)
_RECEIPT = r"receipt|ticket|quittung|recibo|ricevuta|kassenbon|" + east.CJK_TITLES
# a Brazilian goods invoice's print: 'DANFE', its receipt stub's 'NF-e'
_NOTE = r"danfe|nf-?e"
DOC_TITLE = re.compile(
    r"(?:[a-z]+\s*-?\s*)?(?:" + _DOC + "|" + _RECEIPT + "|" + _NOTE + r")"
    # (its kind after it: 'Factura electrónica de venta')
    r"(?:\s*[a-z]+|\s*" + _KIND + r")?\s*:?\s*$"
)
GENERIC_NUMBER = re.compile(
    # (and the word in Czech, Slovak, Polish, Romanian, Croatian, Indonesian: 'Číslo:')
    r"(?:(?:" + NUMBER_WORD + r"|cislo|numer|numar|broj|nomor|nro|ref(?:eren(?:ce|cia|za|z))?)"
    r"(?!\w)\.?|#)\s*:?\s*"
)

# how sure the document's word names the number when it labels a value in a column of labels
# ('INVOICE: INV-100'; 'INVOICE INV0725' over 'DATE', :func:`numbers.heading_labels`)
DOC_WORD_LABEL = 0.84

# the words that may stand between a bare date word and its date: a month's or a weekday's
_MONTH_OR_DAY = MONTH_ALT + "|" + WEEKDAY_ALT

LABELS: dict[str, list[tuple[str, float]]] = {
    "invoice_number": [
        # (a middle dot between: 'INVOICE · #INV-0621', a title set with its number)
        # ('Invoice No. of: 1/03-2026', EasyInvoicePDF's English for Polish 'Faktura nr')
        (
            r"\b(?:invoice|inv|bill)\.?\s*(?:[·•]\s*)?(?:(?:no|nr|number|num)\b\.?"
            r"(?:\s*of(?=\s*:))?|#)",
            1.0,
        ),
        # 'Invoice REF :', 'Rechnungs REF' (a web shop's order reference as the invoice's)
        (r"\b(?:invoice|rechnungs?)\s*-?\s*ref\b\.?", 0.95),
        # ... and a bill's: 'Bill reference', as a telephone company's bill prints it
        (r"\bbill\s*(?:reference|ref)\b\.?", 0.9),
        # a web shop's invoice for its order: 'Invoice for #1042', 'Invoice for order #1042'
        (r"\binvoice\s*for\s*(?:order\s*)?#", 0.95),
        (r"\brechnungs?\s*-?\s*(?:nummer|nr)\b\.?", 1.0),
        (r"\b(?:rg|re)\.?\s*-?\s*nr\b\.?", 0.95),  # 'Rg.-Nr.', 'Re.-Nr.': Rechnungsnummer
        (r"\b(?:gutschrifts?|beleg|dokument)\s*-?\s*(?:nummer|nr)\b\.?", 0.95),
        # a travel agency's booking ('Vorgangs-Nr.'), its invoice's only number
        (r"\bvorgangs?\s*-?\s*(?:nummer|nr)\b\.?", 0.8),
        # (its kind between: 'Facture de solde N°', 'Facture d'acompte n°', 'Facture rectificative')
        (
            r"\bfacture\s*(?:(?:de\s*solde|d.acompte|rectificative|definitive|de\s*situation)\s*)?"
            r"(?:n\.?[o°º]?|numero)(?:(?!\w)|(?<=o)(?=[\w-]*\d))\.?",
            1.0,
        ),
        (r"\b(?:numero|n[o°º]|reference)\s*(?:de\s*(?:la\s*)?)?facture\b", 1.0),
        # (and the older 'Faktuur'; Afrikaans 'Faktuurnommer')
        (r"\bfa[ck]tuur\s*-?\s*(?:nummer|nommer|nr|no)\b\.?", 1.0),
        # Basque 'Faktura zk.' (zenbakia), Welsh 'Rhif anfoneb', Irish 'Uimhir sonraisc', Swahili
        # 'Namba ya ankara'
        (
            r"\bfaktura\s*(?:zk|zenbakia)\b\.?|\brhif\s*(?:yr\s*)?anfoneb\b|\buimhir\s*(?:an\s*)?"
            r"sonraisc\b|\bnamba\s*ya\s*ankara\b",
            1.0,
        ),
        (r"\bdeclaratie\s*-?\s*(?:nummer|nr)\b\.?", 0.95),  # a Dutch notary's or lawyer's bill
        # a French auction house's bill ('Bordereau d'adjudication'): 'Bordereau n°'
        (r"\bbordereau\s*(?:n\.?[o°º]?|numero)(?!\w)\.?", 0.9),
        (r"\bnr\.?\s*i\s*fatures\b", 1.0),  # Albanian 'Nr. i faturës'
        # Azerbaijani 'Hesab-faktura №', Uzbek 'Hisob-faktura №'
        (r"\b(?:hesab|hisob)\s*-?\s*faktura\s*(?:no|nr|n)(?!\w)\.?", 1.0),
        (r"\bfact\.\s*-?\s*nr\b\.?", 0.95),  # 'Fact.nr': factuurnummer, an ERP's short label
        (r"\bfactura\s*(?:n\.?[o°º]?|num|numero)(?:(?!\w)|(?<=o)(?=[\w-]*\d))\.?", 1.0),
        # (Catalan and Spanish 'Núm. factura')
        (r"\b(?:numero|num\.?|n\.?[o°º])\s*(?:de\s*(?:la\s*)?)?factura\b", 1.0),
        (
            r"\b(?:numero|n[o°º])\s*(?:della\s*|da\s*|del\s*)?(?:fattura|fatura|nota(?:\s*fiscal)?|nfs-?e|"
            r"documento\s*di\s*vendita)\b",
            1.0,
        ),
        # the number word first: 'N. fattura', 'Nr. Rechnung', 'No. de factura'
        (r"\b(?:nr\.?|n[o°º]\.?|n\.)\s*(?:de\s*(?:la\s*)?|della\s*|di\s*)?" + _DOC + r"\b", 1.0),
        (r"\b(?:cislo|numer)\s*(?:faktury|dokladu)\b", 1.0),
        (r"\b(?:nomor|no\.?)\s*(?:faktur|invoice|tagihan)\b", 1.0),
        (r"\bfaktura\s*-?\s*(?:nummer|nr|no)\b\.?", 1.0),
        # 'Faktura VAT nr', 'Faktura korygująca nr', 'Faktura – daňový doklad č.'
        (
            r"\bfaktura\s*(?:vat(?:\s*-?\s*marza)?|korygujaca|zaliczkowa|koncowa|proforma)\s*"
            r"(?:nr|no)(?!\w)\.?|\bdanovy\s*doklad\s*(?:c|cislo)(?!\w)\.?",
            1.0,
        ),
        (r"\blasku(?:n)?\s*-?\s*(?:numero|nro|nr)\b\.?", 1.0),
        (r"\bszamla\s*-?\s*(?:sorszama|szama|szam)\b", 1.0),
        (r"\bsorszam\b\.?", 0.9),  # Hungarian 'Sorszám:' (serial number) alone
        (r"\b(?:numar|nr\.?)\s*(?:factura|facturii)\b", 1.0),
        (r"\bfatura\s*(?:numarasi|no)\b\.?", 1.0),
        (r"\b(?:broj|stevilka)\s*(?:racuna|fakture)\b|\bracun\s*(?:st|br|broj)\b\.?", 1.0),
        (r"\b(?:invoice|rechnungs?)\s*-?\s*id\b", 0.95),
        # Malaysia's MyInvois: 'e-Invoice Code:' (the seller's own number; not China's 发票代码)
        (r"\be\s*-?\s*invoice\s*code\b", 0.9),
        (r"\bappel\s*de\s*(?:prime|cotisation)\s*(?:n[o°º]|numero)?", 0.95),
        (r"\bnumero\s*de\s*document\b", 0.9),
        (r"\b(?:numero\s*(?:de\s*|del\s*)?|n\.\s*)documento\b", 0.9),
        # a receipt's number: 'Receipt No:', 'N° ticket :', 'Beleg-Nr.', 'Nº de recibo'
        (
            r"\b(?:receipt|ticket|bon|recibo|ricevuta|quittung|kassenbon|scontrino)\s*-?\s*"
            r"(?:no|nr|number|nummer|numero|n[o°º]|#|id)(?!\w)\.?",
            0.9,
        ),
        (r"\bn[o°º]\.?\s*(?:de\s*|du\s*)?(?:ticket|recibo|bon|scontrino|ricevuta)\b", 0.9),
        (r"\b(?:document|credit\s*note)\s*(?:no|nr|number)\b\.?|\bdocumento?\s*#", 0.9),
        # ... also 'Fatura com impostos num.:', 'Factura con IVA nº' (what kind, then 'No.')
        (
            r"\b" + _DOC + r"(?:\s+(?:com|con|with|mit|avec)\s+[a-z]+)?\)?\s*" + _KIND + r"\s*"
            # ... and a word or two of kind before a code: 'Rechnung des Versicherers (575) Nr.'
            r"(?:(?:[a-z]{2,14}\s+)?[a-z]{2,14}\s*(?=\())?(?:\([^)]{0,40}\)\s*)*(?:"
            + _NO
            + r"(?!\w)\.?|#)\s*:?",
            0.85,
        ),
        (r"\bserial\s*(?:no|nr|number|#)(?!\w)\.?|\bserienummer\b\.?", 0.9),
        (r"\bfolio(?!\s*fiscal)\b\.?", 0.9),  # Mexico's CFDI: 'Folio: A-1547' (not the UUID)
        # the number and the date under one label: 'Numero e data doc.', 'Dok.-nummer und
        # -datum' over '41 - 2026-01-16'
        (r"\b(?:numero\s*e\s*data|nummer\s*und\s*-?\s*datum|number\s*and\s*date)\b", 0.85),
        (r"^#(?=\s?[a-z]{0,4}[-/.]?\d)", 0.7),  # '#45' on a line of its own, under the title
        (r"^n[o°º]\s*:", 0.5),  # 'Nº: 0004-1234' with no document word
        # 'INVOICE: INV-100' in a column of labels: the word and its colon, then a code (just
        # under 0.85: a value that reads as a date is no number here)
        (r"\b" + _DOC + r"\s*:\s*(?=[a-z]{0,4}[-/]?\d)", DOC_WORD_LABEL),
        # (and a series apart from its number when the date follows: 'FACTURA BV 32970 /
        # 2026-07-24')
        # (and the tax's word between: 'FAKTURA VAT FA/81/2026')
        (
            r"\b"
            + _DOC
            + r"\s*:?\s*(?:vat\s*)?(?=[a-z]{0,4}[-/]?\d|[a-z]{1,4}\s\d[\w-]*\s*/\s*\d)",
            0.6,
        ),
        # the title, its date and then its number: 'Facture du 14/12/2026 n° 30098877'
        (r"\b" + _DOC + r"\s+(?=(?:vom|du|dated|del|van)\s+\d)", 0.6),
    ],
    "issue_date": [
        (r"\b(?:invoice|billing|bill|issue|document)\s*date\b", 1.0),
        # the UK's time of supply: 'Date/Tax Point', 'Invoice date / tax point', 'Tax point'
        (r"\b(?:(?:invoice\s*)?date\s*(?:/|and|&)\s*tax\s*point|tax\s*point(?:\s*date)?)\b", 0.9),
        (r"\bdate\s*(?:of\s*)?(?:invoice|issue)\b", 1.0),
        # (and 'Rechungsdatum', a web framework's German file misspelling it)
        (r"\b(?:rechn?ungs|beleg|ausstellungs|ausgabe)\s*-?\s*datum\b", 1.0),
        (r"\btarix\b", 0.8),  # Azerbaijani 'Tarix' (the due date's is 'Ödəniş tarixi')
        (
            r"\bdate\s*(?:de\s*(?:la\s*)?|d.\s*|du\s*)?(?:facture|facturation|emission|bordereau)\b"
            r"(?!\s*(?:associee|precedente|d.origine|initiale))",
            1.0,
        ),
        (r"\bfactuurdatum\b", 1.0),
        (r"\bfecha\s*(?:de\s*(?:la\s*)?)?(?:factura|facturacion|emision|expedicion)\b", 1.0),
        (
            r"\bdata\s*(?:e\s*hora\s*)?(?:de\s*|da\s*|della\s*|di\s*)?(?:emissao|emissione|fattura|fatura|"
            r"documento\s*di\s*vendita|"
            r"fatturazione|faturamento)\b",
            1.0,
        ),
        (r"\bdatum\s*(?:der\s*|van\s*de\s*)?(?:rechnung|factuur)\b", 1.0),
        (r"\b(?:rechnung\s*)?erstellt\s*am\b", 0.85),
        # a template's 'Created: January 1, 2026' beside 'Due:'
        (r"^(?:created(?:\s*on)?|date\s*created|creation\s*date)\b", 0.85),
        (
            # (Czech 'Datum faktury', GnuCash's; Polish 'Data faktury')
            r"\b(?:(?:datum|den)\s*vystaveni|vystaven[oa](?:\s*dne)?|dat[au]m?\s*faktury|"
            r"data\s*wystawienia|"
            r"tanggal\s*(?:faktur|invoice|tagihan))\b",
            1.0,
        ),
        # Czech 'vystavení' put word for word: 'Date of exposure', 'Data de exposição'; and
        # Portugal's and Brazil's tax point, 'Data de tributação' (as 'Tax point' above)
        (r"\b(?:date\s*of\s*exposure|data\s*de\s*(?:exposicao|tributacao))\b", 0.9),
        (
            r"\b(?:fakturadatum|fakturadato|laskun\s*paivamaara|laskun\s*pvm|laskupaiva|"
            r"laskun\s*paiva|"  # 'Laskun päivä' (Elisa)
            r"szamla\s*kelte|(?:kiallitas|kibocsatas|kiadas)\s*(?:datuma|kelte)|data\s*(?:emiterii|facturii)|"
            r"fatura\s*tarihi|duzenleme\s*tarihi|"
            r"datum\s*(?:vyhotovenia|vystavenia|racuna|izdavanja|izdaje))\b",
            1.0,
        ),
        (r"\b(?:paivays|paivamaara|kelte?|keltezes|kuupaev|datums)\b", 0.85),  # as plain as "Date"
        (
            r"\b(?:data\s*(?:del\s*)?documento|fecha\s*(?:del\s*)?documento|date\s*du\s*document|"
            # (Danish, Norwegian and Swedish 'Bilagsdato', 'Bilagsdatum'; Dutch 'Documentdatum')
            r"belegdatum|dokumentdatum|documentdatum|bilagsdat(?:o|um)|document\s*date)\b",
            0.95,
        ),
        (r"^le(?=\s+\d)", 0.8),  # a receipt's 'Le 18/10/2026 à 14:32'
        # the day a shop's system made the order's invoice (OpenCart's box 'Date Added')
        (r"\bdate\s*added\b", 0.85),
        (r"^dated(?=\s*:?\s*$)", 0.95),  # 'Invoice No. | Dated' over their values (Tally)
        # 'Issued Aug 27, 2026', 'Date issued', 'Ausgestellt am', 'Émise le', 'Emitida el'
        (r"\b(?:date\s*)?issued(?!\s*(?:by|to|for)\b)(?:\s*(?:on|at|date))?\b", 0.9),
        (r"\b(?:ausgestellt|emise?|emitida|emessa)\s*(?:am|le|el|il)\b", 0.9),
        # Polish 'Wystawiono: 2026-07-21', 'Wystawiono dnia' (not 'przez', by; 'dla', for)
        (r"\bwystawion[oa](?:\s*dnia)?\b(?!\s*(?:przez|dla)\b)", 0.9),
        (
            r"(?<!due\s)(?<!delivery\s)(?<!order\s)(?<!payment\s)(?<!ship\s)(?<!supply\s)"
            # (not 'Date paid 1 June 2026' on a receipt: the day it was paid, no date of issue)
            r"\b(?:date|datum|fecha|dated|data|dato|tanggal|ngay|dyddiad|tarehe|sana)\b"
            # (and the notation in brackets: 'Data (zi/luna/an):', 'Date (dd/mm/yyyy)')
            r"(?:\s*\((?:[a-z]{1,4}\s*[/.-]\s*){2}[a-z]{1,4}\))?\s*:?(?!\s*paid\b)"
            # (a month or weekday before the figures: 'Date: March 3, 2026', 'Date Tue, 3 March';
            # another word names another date: 'Data consegna 21/10/2025', the delivery's)
            r"(?=\s*(?:\d|(?:" + _MONTH_OR_DAY + r")\.?,?\s+(?:\d|[a-z]{3})|$))",
            0.85,
        ),
    ],
    "due_date": [
        # (not a term's words: 'Due on receipt' in a 'Terms' cell names no date)
        (
            r"\b(?:due|payment\s*due|pay\s*by|payable\s*by)\s*(?:date)?\b"
            r"(?!\s*(?:on|upon)\s*receipt)",
            1.0,
        ),
        (r"\bdate\s*due\b(?!\s*date)", 1.0),  # 'DATE DUE' (not 'Invoice date  Due date')
        (r"\bfalligkeits\s*-?\s*(?:datum|tag)\b", 1.0),
        (r"\b(?:fallig\s*(?:am|bis)?|(?:be)?zahlbar\s*bis|zahlungsziel)\b", 0.95),
        # 'Bis zum 06.12.2026 netto', 'bis 18.11.2026 ohne Abzug', 'Bis zum 06-12-2026 netto': the
        # date the whole is due
        (
            r"^\W*bis\s*(?:zum\s*)?(?=(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|"
            r"\d{1,2}[.-]?\s?[a-z]{3,9}\.?[\s-]?\d{4})\s*(?:rein\s*)?(?:netto|ohne\s*abzug))",
            0.9,
        ),
        # 'Zahlbar ohne Abzug 17.09.2026', 'zahlbar rein netto bis zum 17.09.2026': a date
        # right after the terms
        (
            r"\bzahlbar\s*(?:rein\s*)?(?:netto|ohne\s*abzug)\s*(?:(?:bis\s*(?:zum\s*)?|am)\s*)?"
            r"(?=\s*\d)",
            0.9,
        ),
        (r"\bdate\s*d.\s*echeance\b", 1.0),
        # the date the payment falls due, as France's law words it: 'Date d'exigibilité du paiement'
        (r"\bdate\s*d.\s*exigibilite\b", 1.0),
        # 'À payer avant le 3 mars', 'À payer avant : 3 mars 2026'
        (r"\b(?:echeance|a\s*payer\s*avant(?:\s*le)?|au\s*plus\s*tard\s*le)\b", 0.9),
        # 'Payable jusqu'au' over its date in a grid, or its colon before it ('… | Payable
        # jusqu'au: 23.11.2025' in a strip); the date right after it, a closing sentence's words
        (r"\b(?:payable|a\s*payer)\s*jusqu.?au\b(?!\s*\d)", 0.95),
        # 'Paiement dû 2026-04-26' (its accent printed: 'Paiement du 12/03' is a payment's date)
        (r"\bpaiement\s*du(?=\s*:?\s*\d)", 0.9),
        (
            r"\b(?:vervaldatum|vervaldag|uiterste\s*betaaldatum|"
            r"te\s*(?:betalen|voldoen)\s*(?:voor|tot))\b",
            1.0,
        ),
        (r"\b(?:fecha|data)\s*limite\s*(?:de\s*)?(?:pago|pagamento)\b", 1.0),
        (r"\bfecha\s*(?:de\s*)?vencimiento\b|\bfecha\s*vencida\b|\bdata\s*do\s*pagamento\b", 1.0),
        (r"\bvencimiento\b", 0.9),
        # Catalan 'Data de venciment', 'Venciment'; Albanian 'Afati i pagesës'; Azerbaijani
        # 'Ödəniş tarixi', 'Son ödəniş tarixi'
        (r"\b(?:son\s*)?odənis\s*tarixi\b", 1.0),
        (r"\b(?:data\s*(?:de\s*)?)?venciment\b|\bafati\s*i\s*pageses\b", 0.95),
        # Galician 'Data de vencemento', Basque 'Mugaeguna', Welsh 'Dyddiad dyledus', Irish 'Dáta
        # dlite', Swahili 'Tarehe ya mwisho ya malipo', Uzbek 'To'lov muddati'
        (
            r"\b(?:data\s*(?:de\s*)?)?vencemento\b|\bmugaeguna\b|\bdyddiad\s*dyledus\b|"
            r"\bdata\s*dlite\b|\btarehe\s*ya\s*mwisho(?:\s*ya\s*malipo)?\b|\bto.lov\s*muddati\b",
            0.95,
        ),
        # AFIP's 'Fecha de Vto. para el pago' (not 'Fecha de Vto. de CAE', the authorisation's)
        (r"\bfecha\s*de\s*vto\.?\s*para\s*el\s*pago\b", 1.0),
        # 'Vence el 01 de dic. de 2026', Swedish and Norwegian 'Förfaller 17 feb. 2026': it falls due
        (r"\b(?:vence\s*el|forfaller)\b", 0.9),
        (r"\bfalligkeit\b", 0.8),
        (
            r"\b(?:zahlungsfrist|zahlungstermin|fallig\s*zum|payable\s*le|a\s*regler\s*avant\s*le)\b",
            0.9,
        ),
        (r"\b(?:datum\s*splatnosti|splatnost|termin\s*(?:platnosci|zaplaty))\b", 1.0),
        (r"\btermin\s*:", 0.8),  # bare, under the payment's kind: 'Płatność: przelew', 'Termin:'
        # ... and Portuguese 'Data de validade', the date it is valid until
        (
            r"\b(?:(?:data\s*(?:de\s*|di\s*)?)?(?:vencimento|scadenz[ae])|data\s*de\s*validade)\b",
            0.95,
        ),
        (r"\b(?:jatuh\s*tempo|date\s*limite\s*de\s*paiement)\b", 1.0),
        # ... and 'Payment target', German 'Zahlungsziel' put word for word (Kimai's English)
        (r"\b(?:pay(?:able)?\s*until|payment\s*(?:term|deadline|target)|zaplatit\s*do)\b", 0.9),
        # 'Deadline: March 8, 2026' among the invoice's dates (not a delivery's or an offer's)
        (r"(?<!delivery )(?<!submission )(?<!offer )\bdeadline\b", 0.85),
        (r"(?<!szallitasi )\bhatarido\b", 0.85),  # Hungarian 'Határidő' (not a delivery's)
        (
            r"\b(?:forfallodatum|forfaldsdato|forfallsdato|forfallodag|erapaiva|betalingsdato|"
            r"maksetahtaeg|makse\s*tahtpaev|tasuda\s*hiljemalt|apmaksas\s*termins|"
            r"samaksat\s*lidz|apmoketi\s*iki|"
            r"mokejimo\s*terminas|"
            r"fizetesi\s*hatarido|esedekesseg|data\s*scadent(?:ei|a)|scadenta|"
            r"(?:son\s*)?odeme\s*tarihi|vade\s*tarihi|datum\s*(?:splatnosti|dospijeca)|"
            r"rok\s*(?:placanja|placila))\b",
            1.0,
        ),
        # inside the terms of payment: 'pagabile entro il 02/05/2026', 'payable avant le ...'
        (
            r"\b(?:(?:pagabile|da\s*pagare)\s*entro(?:\s*il)?|pagadero\s*(?:antes\s*del|hasta\s*el)|"
            r"payable\s*avant\s*le|zahlbar\s*bis\s*zum|zahlen\s*sie\s*bis(?:\s*zum)?)\b",
            0.9,
        ),
        (
            r"\b(?:betalas\s*senast|payment\s*before|betales\s*innen|maksettava\s*viimeistaan)\b",
            0.9,
        ),
        # the last day to pay: Swedish 'Sista betaldatum' (the Peppol reference view's),
        # 'Sista betalningsdag', Danish 'Sidste rettidige betalingsdag', Norwegian 'Siste
        # betalingsdato', and 'Betalingsfrist'
        (
            r"\b(?:sista\s*betal(?:nings)?(?:dag|datum)|sidste\s*(?:rettidige\s*)?betalingsdag|"
            r"siste\s*betalings(?:dag|dato)|betalingsfrist)\b",
            1.0,
        ),
    ],
    "po_number": [
        # never 'PO Box 4120' (a postal box)
        (r"\b(?:purchase\s*order|p\.?\s*o\.?)(?!\s*box\b)\s*(?:no|nr|number|#)?\b\.?", 1.0),
        (r"\b(?:your\s*)?order\s*(?:no|nr|number|ref(?:erence)?|#)\b\.?", 0.9),
        (r"\bbestell\s*-?\s*(?:nummer|nr)\b\.?", 1.0),
        (r"\b(?:ihre\s*)?bestellung\b", 0.8),
        (r"\b(?:bon|n[o°º])\s*de\s*commande\b", 1.0),
        (r"\b(?:order|bestel)\s*-?\s*nummer\b", 1.0),
        (r"\b(?:uw\s*)?order\b", 0.6),
        (r"\b(?:numero\s*de\s*)?pedido\b", 0.9),
        (r"\borden\s*de\s*compra\b", 1.0),
        # a shop's order: 'Código de orden', "ID dell'ordine", 'ID zamówienia', 'Order ID'
        (
            r"\b(?:codigo\s*de\s*(?:orden|pedido)|id\s*dell.?\s*ordine|numero\s*d.?\s*ordine|"
            r"(?:id|numer)\s*zamowienia|order\s*id)\b",
            0.9,
        ),
    ],
    "currency": [
        (r"\b(?:currency|wahrung|rechnungswahrung|devise|valuta|moneda|divisa)\b\s*:?", 1.0),
        # a sentence that names it: 'All amounts in euros', 'Beträge in EUR', 'Montants en euros',
        # 'Amounts expressed in Euros', 'Montants exprimés en Euros'
        (
            r"\b(?:amounts|prices|figures|betrage|preise|alle\s*betrage|montants|prix|bedragen|"
            r"prijzen|importes|precios|prezzi|importi|valores|kwoty|castky|belopp|summat)\s*"
            # (the verb before or after its participle: 'Tous les prix indiqués sont en EUR')
            r"(?:(?:are|sind|sont|zijn|stated|shown|given|expressed|quoted|exprimes|indiques|"
            r"expresados|espressi|expressos)\s*){0,2}(?:in|en)\b",
            0.9,
        ),
        # ... in Swedish, Danish and Norwegian: 'Alla priser i SEK', 'Alle priser er i DKK'
        (r"\b(?:alla|alle)\s*(?:priser|belopp|belob|belop)\s*(?:ar\s*|er\s*)?i\b", 0.9),
    ],
}


TITLE_WORDS = re.compile(
    r"^(?:invoice|rechnung|facture|factuur|factura|gutschrift|credit note|tax invoice|logo|"
    r"page|seite|faktura|fattura|fatura|faktur|rachunek|receipt|quittung|recibo|nota fiscal|"
    r"danfe|pro\s*-?\s*forma|paid|details|seller|buyer|bill to|ship to|statement|credit memo|"
    r"debit note|nota de credito|beitragsrechnung|abrechnung|kassenbon|bon|ticket|"
    r"(?:myynti)?lasku|szamla|danovy\s*doklad|vyuctovani|vyuctovanie|"
    r"racun|kvitto|kvittering|hoa\s*don|arve|rekins|pvn\s*rekins|(?:pvm\s*)?saskaita|"
    # an Afrikaans tax invoice ('Belastingfaktuur'), an auction house's slip ('Bordereau
    # d'adjudication')
    r"(?:belasting)?faktuur|bordereau|"
    + _FEE_NOTES
    + "|"
    + east.TITLES
    + "|"
    + east.CJK_TITLES
    + "|"
    + arabic.TITLES
    + r")\b",
    re.I,
)
# a label that points at another document: 'Date de facture associée', 'original invoice no',
# Polish 'Numer faktury korygowanej', 'Data wystawienia faktury, której dotyczy faktura
# korygująca' (of the invoice corrected, which the correction concerns)
OTHER_DOCUMENT = re.compile(
    r"^\W{0,3}(?:associee|precedente|d.origine|initiale|originale?|related|previous|"
    r"ursprunglich\w*|korrigiert\w*|vorherig\w*|referenced|"
    r"(?:faktury\W*)?(?:korygowanej|pierwotnej|ktorej\s*dotyczy))\b"
)
STOP_WORDS = {"vom", "of", "dated", "du", "van", "del", "de", "from", "date", "datum", "fecha"}
STOP_WORDS |= set(east.DATE_AFTER_NUMBER.split("|"))
# ... and a period's word: 'Rechnung für 03/2026', 'Invoice for 04/2026' (the month billed)
STOP_WORDS |= {"fur", "for", "pour", "voor"}
CURRENCY_NEAR = re.compile(r"[A-Z]{3}")
# the words of a unit price, as a label or a column's head ('Unit price', 'Einzelpreis')
_UNIT_PRICE = (
    r"single\s*price|unit\s*price|price\s*per\s*unit|einzelpreis|stuckpreis|prix\s*unit\w*|"
    r"precio\s*unitario|eenheidsprijs|stukprijs|cena\s*jednostkowa|jednotkova\s*cena|enkelpris|"
    r"styckpris|enhedspris|enhetspris|yksikkohinta|pret\s*unitar"
)
# an item's unit price on a line of its own under it, with and without the tax ('Single price:
# €293.28 net / €349.00 gross', 'Einzelpreis: 22,43 € netto / 24,00 € brutto'): no total's line
UNIT_PRICE_LINE = re.compile(
    r"^\W*(?:" + _UNIT_PRICE + r"|prix\s*unique|prezzo(?:\s*unitario)?)\s*:"
)
# an item table's description and unit price heads ('Description | Item price | VAT | Sum')
DESC_HEAD = re.compile(
    r"\b(?:beschreibung|bezeichnung|description|designation|descripcion|"
    r"descrizione|descricao|omschrijving|artikel|leistung|item|produ\w*|popis|nazwa|opis|"
    r"beskrivelse|beskrivning|kuvaus|selite)\b"
)
UNIT_PRICE_HEAD = re.compile(r"\b(?:item\s*price|prezzo\s*unitario|" + _UNIT_PRICE + r")\b")
# the column headers of an item table (a total label among them heads a column of lines)
QTY_WORDS = re.compile(
    r"\b(?:qty|quantity|menge|anzahl|qte|quantite|quantita|q\.?ta|kvt|aantal|cantidad|cant|units?|"
    r"hours|ilosc|szt|pocet|"
    r"jumlah\s*unit|quantidade|hrs|stunden|std|heures|horas|ore|uren|mnozstvi|mnozstvo|"
    r"kolicina|kol|cantitate|miktar|mennyiseg|maara|antal|antall|jednotek|jednotky|unidades|"
    # (and a doctor's fee's multiplier, 'Faktor', heading the quantity's place)
    r"hoeveelheid|faktor)\b"
)


def compiled(
    table: dict[str, list[tuple[str, float]]],
) -> dict[str, list[tuple[re.Pattern[str], float]]]:
    return {k: [(re.compile(p), w) for p, w in v] for k, v in table.items()}


for _table, _more in (
    (LABELS, east.LABELS),
    (TOTALS, east.TOTALS),
    (LABELS, arabic.LABELS),
    (TOTALS, arabic.TOTALS),
):
    _table.update({field: _table[field] + patterns for field, patterns in _more.items()})
LABEL_RX = compiled(LABELS)
TOTAL_RX = compiled(TOTALS)
_FIELD_PATTERNS = tuple(rx for pats in LABEL_RX.values() for rx, _w in pats)
_ALL_PATTERNS = _FIELD_PATTERNS + tuple(rx for pats in TOTAL_RX.values() for rx, _w in pats)


def labels_at(folded: str, totals: bool = False) -> Iterator[re.Match[str]]:
    """Each field's label that opens the folded text ('invoice date wattle & gum …'), with
    *totals* a total's label too ('montant ttc'); in the tables' order."""
    for rx in _ALL_PATTERNS if totals else _FIELD_PATTERNS:
        if m := rx.match(folded):
            yield m


def labels_in(folded: str) -> Iterator[re.Match[str]]:
    """Every field's or total's label anywhere in the folded text, each pattern's hits in turn."""
    for rx in _ALL_PATTERNS:
        yield from rx.finditer(folded)
