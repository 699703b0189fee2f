"""The totals' label words: the net, the tax, the gross and what was paid, in the languages of
:mod:`labels`, with the words of the amounts beside the totals (charges, withholdings,
included tax) from :mod:`labels_beside` merged in here; the languages in other scripts
(:mod:`labels_east`) are merged in :mod:`labels`. Patterns run on folded text, each with its
priority, as :mod:`labels`' do."""

from __future__ import annotations

from robot_lib.invoices.labels_beside import BESIDE

# the names of VAT, and the words that put a total with or without it ('incl. moms',
# 'exklusief BTW', 'ohne USt', 'hors TVA', 'bez DPH', 'ilman ALV', 'fără TVA')
_VAT = (
    r"(?:moms|mva|btw|vat|mwst|ust|tva|iva|alv|pdv|ddv|dph|afa|kdv|gst|pvn|pvm|kaibemaks|tax|taxes|"
    r"sales\s*tax|"
    r"umsatzsteuer|steuer|steuern|tasse|imposte|impuestos?|impostos?)"
)
_WITH = r"(?:incl|inkl|ink|inclu\w*|with|mit|med|s|sa|su|z|cu|con|com|dahil|inc)"
_WITHOUT = (
    r"(?:excl|exkl|ekskl|eks|exc|ex|excluding|exclusive|exclusief|excluido|ohne|zonder|hors|sans|sin|"
    r"sem|senza|bez|brez|fara|without|before|uten|utan|ilman|nelkul|haric)"
)
_SUM = (
    r"(?:total|totaal|summe|sum|summa|gesamt|betrag|bedrag|amount|montant|price|preis|prix|"
    r"importe|valor|valoare|i\s*alt|totalt|yhteensa|ukupno|celkom|celkem|spolu|toplam|osszesen|"
    r"osszeg|skupaj|razem|belopp|belob|belop|znesek|iznos)"
)

# the net's parts by how the VAT treats them, each on its line, added up as a net per rate is
# (:func:`choosing.rate_runs`): 'Summe steuerfreie Leistungen' (a seminar's fee), 'Summe
# steuerpflichtige Leistungen' (its catering), 'Total isento', 'Total sujeito a IVA'
NET_PARTS = (
    r"\b(?:(?:summe|gesamt)\s*(?:der\s*)?)?(?:umsatz)?steuer(?:freie?|pflichtige?|befreite?)n?\s*"
    r"(?:leistungen|umsatze|entgelte|betrage|lieferungen)\b|"
    r"\btotal\s*(?:isento|exento|sujeito\s*a\s*iva|sujeto\s*a\s*iva)\b"
)

# a subtotal's words: 'Subtotal', 'Sub total', 'Sous-total', 'Zwischensumme', 'Subtotale',
# 'Delsumma', 'Subtotaal'
_SUBTOTAL = r"(?:sub\s*-?\s*totale?|sous\s*-?\s*total|zwischensumme|delsumma|subtotaal)"
# the tax in it, before or after its word: 'incl. tax', 'inkl. MwSt.', 'impuestos incl.'
_TAX_IN = (
    r"(?:" + _WITH + r"\.?\s*" + _VAT + r"|" + _VAT + r"\s*(?:incl|inkl|included|incluidos?)\.?)"
)

# what was paid (the total again, on receipts); printed negative, as a credit against the
# bill: 'Payments/credits $ -49' over 'Invoice balance $ 0'
PAID = (
    r"\b(?:amount\s*paid|paid|deposited|payment\s*received|payments?\s*(?:/|and|&)\s*credits?|"
    r"bezahlt|zaplaceno|betaald)\b"
)

TOTALS: dict[str, list[tuple[str, float]]] = {
    "gross_total": [
        (r"\b(?:grand|invoice)\s*total\b", 1.0),
        (r"\btotal\s*(?:amount|incl\.?|including|inc\.?|gross)\b", 0.95),
        (r"\b(?:amount|total|balance)\s*due\b", 0.9),
        # 'Total (After tax)' (a shop's invoice, under 'Total (Before tax)' and 'Total Tax')
        (r"\b(?:total|amount)\s*\(?\s*after\s*tax(?:es)?\b", 1.0),
        # UBL's own names, as Peppol viewers print them: 'Tax inclusive (amount)'
        (r"\btax\s*inclusive(?:\s*amount)?\b", 1.0),
        (
            # (not 'Gesamtbetrag nach Kategorie': one VAT category's base, as e-invoice
            # viewers print it; nor 'Rechnungsbetrag (netto)' or 'Gesamtsumme (Netto)', the net)
            r"\b(?:gesamtbetrag(?!\s*nach\s*(?:kategorie|steuersatz))|"
            r"(?:rechnungsbetrag|rechnungssumme|gesamtsumme)(?!\s*\(?\s*(?:ohne|exkl|netto))|"
            r"bruttobetrag|bruttosumme|endbetrag)\b",
            1.0,
        ),
        # a ticket's or an order's total (not an item's 'Gesamtpreis (netto)', its line's net)
        # (and a taxi's or a coach's fare on its receipt, 'Fahrpreis')
        (r"\b(?:gesamtpreis|endpreis|fahrpreis)\b(?!\s*\(?\s*(?:ohne|exkl|netto))", 0.9),
        (r"\bsumme\s*(?:brutto|inkl)\b", 1.0),
        (r"\bbrutto\b", 0.8),
        (r"\bgross(?!\s*(?:weight|wt|mass|profit|margin|pay|salary))\b", 0.8),  # 'Gross £1,200.00'
        # ('Total (TTC)' too; Belgian 'Total TVAC', the VAT included)
        (r"\b(?:total|montant)\s*\(?\s*(?:t\.?t\.?c|tvac)\.?\b", 1.0),
        (r"\btotaal\s*(?:incl|te\s*betalen|bedrag)\b", 1.0),
        (r"\btotaal\b", 0.7),
        (r"\b(?:total\s*(?:de\s*(?:la\s*)?)?factura|importe\s*total|total\s*a\s*pagar)\b", 1.0),
        (r"\btotal\s*(?=[a-z]{3}\b|\([a-z]{3}\))", 0.85),
        (r"\btotal\b", 0.6),
        # (and a taxes table's heads: 'Valeur brute', 'Brutowaarde', 'Valore lordo', 'Hrubá hodnota')
        (
            r"\b(?:celkova\s*castka|wartosc\s*brutto|kwota\s*brutto|razem\s*brutto|valeur\s*brute|"
            r"bruttowert|brutowaarde|bruttovarde|bruttoverdi|bruttovaerdi|bruttoarvo|verollinen|valor\s*bruto|"
            r"valore\s*lordo|hruba\s*hodnota)\b",
            1.0,
        ),
        # what is left to pay, as 'amount due' (after an advance or a payment)
        (r"\b(?:(?:celkem\s*)?k\s*uhrade|do\s*zaplaty)\b", 0.9),
        (r"\b(?:valor\s*total(?:\s*da\s*(?:nota|fatura))?|totale\s*(?:fattura|documento))\b", 1.0),
        (r"\b(?:totale\s*da\s*pagare|total\s*(?:tagihan|pembayaran))\b", 1.0),
        (r"\b(?:celkem|razem|totale|jumlah)\b", 0.6),
        (r"\btotal\s*payable\b", 0.95),
        (r"\b(?:kwota\s*naleznosci(?:\s*ogolem)?|naleznosc\s*ogolem|razem\s*do\s*zaplaty)\b", 1.0),
        (r"\b(?:gesamt|insgesamt|endsumme)\b", 0.6),  # ('Insgesamt': in all)
        (r"\bsumme\b", 0.45),
        # English 'Sum' under 'Net' and a tax line per rate (not a policy's 'Sum insured')
        (r"\bsum\b(?!\s*(?:insured|assured))", 0.45),
        # insurance: the premium with the insurance tax
        (r"\b(?:total|gross|gesamt|brutto)\s*-?\s*(?:premium|beitrag)\b|\bgesamtbeitrag\b", 0.95),
        # the premium the bill asks, or the premium with the tax in it (the tax in brackets)
        (
            r"\brechnungsbeitrag\b|\bbeitrag\s*(?:inkl|einschl)\w*\.?(?:\s*\d+(?:[.,]\d+)?\s*%)?"
            r"\s*(?:versicherung\w*|mehrwert\w*|umsatz\w*)?steuer\b",
            0.95,
        ),
        (r"\b(?:eindtotaal|totaalbedrag|rechnungsendbetrag|gesamt\s*brutto)\b", 1.0),
        # the price with everything in it, what is owed: 'Totalt pris', 'Samlet pris',
        # 'Kokonaishinta', 'Cena celkom', 'Összár', 'Toplam fiyat'; 'Quantia devida', 'Forfalden
        # beløb', 'Kwota należna', 'Splatná částka', 'Esedékes összeg'
        (
            r"\b(?:totalt\s*pris|precio\s*total|preco\s*total|prezzo\s*totale|prix\s*total"
            r"|samlet\s*(?:pris|belob)|kokonaishinta|cena\s*celkom|osszar|toplam\s*fiyat)\b",
            1.0,
        ),
        (
            r"\b(?:cantidad\s*vencida|quantia\s*devida|(?:valor|montante|total)\s*devido"
            r"|importo\s*dovuto|importe\s*adeudado|verschuldigd\s*bedrag"
            r"|forfaldent?\s*belob|kwota\s*nalezna|splatna\s*c(?:a|ia)stka"
            r"|esedekes(?:\s*osszeg)?)\b",
            0.9,
        ),
        # an ERP's last line: 'Final amount', 'Eindbedrag', 'Importo finale', 'Montant final'
        (
            r"\b(?:final\s*amount|eindbedrag|importo\s*finale|montant\s*final|importe\s*final)\b",
            1.0,
        ),
        (r"\b(?:zahlbetrag|zu\s*zahlen(?:der\s*betrag)?|amount\s*to\s*pay)\b", 0.9),
        (r"\b(?:net\s*a\s*payer|zahlbetrag|amount\s*payable|te\s*betalen|payable)\b", 0.4),
        # what was paid: the total again, on receipts
        (PAID, 0.4),
        # what is left to pay: the total again when nothing was paid ('Offener Betrag')
        (
            r"\b(?:outstanding\s*amount|amount\s*outstanding|balance|"
            r"offene[rn]?\s*(?:betrag|summe|saldo)|restbetrag)\b",
            0.4,
        ),
        # a total with the tax in it: 'I alt inkl. moms', 'Total (VAT incl.)', 'Gesamtsumme mit USt'
        (r"\b" + _SUM + r"\w*\s*\(?\s*" + _WITH + r"\.?\s*" + _VAT + r"\b", 1.05),
        (r"\b" + _SUM + r"\w*\s*\(\s*" + _VAT + r"\s*(?:incl|inkl|included|incluido)\b", 1.05),
        # the subtotal with the tax in it, before what was paid or credited ('Subtotal (incl.
        # tax)', 'Zwischensumme (inkl. Steuern)', 'Delsumma (inkl. moms)', 'Subtotal (impuestos
        # incl.)' over 'Prepaid credits -€20.00' and 'Total'): the billed gross, however the
        # total under it reads (a charge after it makes the arithmetic choose the total)
        (r"\b" + _SUBTOTAL + r"\s*\(?\s*" + _TAX_IN + r"(?!\w)", 0.85),
        # a VAT table's last column, 'With VAT', 'S DPH', 'Com imposto' (after 'Without VAT')
        (r"\b" + _WITH + r"(?:\.\s*|\s+)" + _VAT + r"\b", 0.8),  # not 'SGST'
        (r"\b(?:[a-z]+\s*)?t\.?t\.?c\.?\b", 0.95),  # 'Facture TTC', 'Prime TTC'
        (r"\b(?:total\s*|montant\s*(?:total\s*)?|reste\s*)a\s*payer\b", 0.95),
        # the balance to pay, as 'Balance due': 'Solde à régler', 'Montant dû', Dutch
        # 'Openstaand', what is owed ('Skyldig', 'Geforderter Betrag')
        (
            r"\b(?:solde\s*(?:a\s*(?:regler|payer)|du)|montant\s*du(?!\s*[a-z])|"
            r"openstaand(?:\s*(?:bedrag|saldo))?|"
            r"skyldig(?:\s*belopp)?|geforderter\s*betrag)\b",
            0.9,
        ),
        # ('Factuurtotaal': the invoice's total, a web shop's)
        (
            r"\b(?:factuurbedrag|factuurtotaal|bedrag\s*te\s*(?:voldoen|betalen)|"
            r"totaal\s*te\s*incasseren)\b",
            1.0,
        ),
        (r"\b(?:te\s*voldoen)\b", 0.8),
        (r"\b(?:totalt\s*|summa\s*)?att\s*betala\b|\btotalbelopp\b|\bslutsumma\b", 1.0),
        (r"\b(?:(?:belob|belop)\s*)?(?:a|at)\s*betale\b", 0.95),
        # (and the partitive, 'Maksettavaa': what there is to pay)
        (r"\b(?:maksettava(?:a|\s*yhteensa)?|verollinen\s*yhteensa|loppusumma)\b", 1.0),
        (
            r"\b(?:kokku\s*(?:tasuda|kaibemaksuga)|tasuda\s*kokku|kopa\s*apmaksai|"
            r"summa\s*apmaksai)\b",
            1.0,
        ),
        (r"\bis\s*viso\b", 0.9),  # its net, 'Iš viso be PVM', is heavier
        (r"\b(?:yhteensa|i\s*alt|totalt|ukupno|skupaj|spolu|celkom|toplam|osszesen)\b", 0.6),
        (
            r"\b(?:brutto\s*(?:vegosszeg|osszesen|osszeg)|fizetendo(?:\s*(?:vegosszeg|osszeg))?|vegosszeg)\b",
            1.0,
        ),
        (r"\b(?:total\s*de\s*plata|de\s*plata|total\s*cu\s*tva)\b", 1.0),
        # Albanian 'Totali për pagesë', 'Vlera me TVSH'
        (
            r"\b(?:totali\s*(?:per\s*pagese|me\s*tvsh)|vlera\s*me\s*tvsh|shuma\s*per\s*pagese)\b",
            1.0,
        ),
        (r"\btotali\b", 0.6),
        # Basque 'Guztira', 'Ordaintzeko guztira'; Welsh 'Cyfanswm', 'Cyfanswm i'w dalu'; Irish
        # 'Iomlán (le híoc)'; Swahili 'Jumla kuu', 'Jumla ya kulipa'; Uzbek 'Jami (to'lov)'
        (
            r"\b(?:ordaintzeko\s*)?guztira\b|\bcyfanswm\b(?:\s*i.w\s*dalu\b)?|"
            r"\biomlan\b(?:\s*le\s*hioc\b)?|\bjumla\s*(?:kuu|ya\s*kulipa)\b|\bjami\b(?:\s*to.lov\b)?",
            0.9,
        ),
        # Azerbaijani 'Cəmi ödəniləcək', 'Ödəniləcək məbləğ', 'Cəmi'
        (r"\b(?:cəmi\s*odəniləcək|odəniləcək\s*(?:məbləg|cəmi))\b", 1.0),
        (r"\bcəmi\b", 0.6),
        (r"\b(?:genel\s*toplam|odenecek\s*(?:tutar|toplam)|vergiler\s*dahil\s*toplam)\b", 1.0),
        (r"\b(?:celkom\s*k\s*uhrade|na\s*uhradu|suma\s*k\s*uhrade|celkova\s*suma)\b", 1.0),
        (r"\b(?:ukupno\s*za\s*(?:platiti|placanje|uplatu)|za\s*(?:platiti|placilo|uplatu))\b", 1.0),
        # a shop's order total: 'Bestellsumme', 'Wartość zamówienia', 'Totalsumma för order'
        # (not 'Bestellwert': the goods' value, often before shipping or without the tax)
        (
            r"\b(?:bestellsumme|auftragssumme|bestelling\s*totaal|ordertotaal|totaal\s*bestelling|"
            r"(?:wartosc|suma|kwota)\s*zamowienia|totalsumma|ordersumma|ordretotal|ordresum|"
            r"totalsum|tilauksen\s*(?:yhteis|loppu)?summa|total\s*del\s*pedido|"
            r"totale\s*(?:dell\W?\s*)?ordine|total\s*(?:do\s*pedido|da\s*encomenda)|"
            r"total\s*de\s*la\s*commande|(?:celkem\s*za|cena)\s*objednavk[yu]|"
            r"rendeles\s*(?:vegosszege|osszege)|total\s*comanda)\b",
            0.9,
        ),
    ],
    "net_total": [
        (
            r"\b(?:net\s*total|total\s*net|net\s*amount|total\s*(?:excl\.?|excluding|before\s*tax)|"
            r"amount\s*before\s*tax|taxable\s*(?:amount|value)|untaxed\s*(?:amount|total)|"
            r"amount\s*untaxed|belastbaar\s*bedrag|steuerpflichtiger\s*betrag)\b",
            1.0,
        ),
        (r"\bsub\s*-?\s*total\b", 0.9),
        # the goods' value at an Incoterm before the main carriage, the freight and insurance
        # to come ('Total FOB value', 'Total EXW'; a lone total so named is the gross as well)
        (
            r"\b(?:total\s*)?(?:fob|exw|ex\s*works|fca|fas)\s*(?:value|amount)\b|\btotal\s*(?:fob|exw|fca|fas)\b",
            0.8,
        ),
        (r"\b(?:vlera|totali|shuma)\s*pa\s*tvsh\b", 1.0),  # Albanian 'Vlera pa TVSH'
        (r"\bədv\W?siz\s*məbləg\b", 1.0),  # Azerbaijani 'ƏDV-siz məbləğ'
        (
            r"\b(?:nettobetrag|nettosumme|summe\s*netto|gesamt\s*netto|netto\s*summe|nettogesamt|"
            r"(?:rechnungssumme|rechnungsbetrag|gesamtsumme)\s*\(?\s*(?:ohne|exkl|netto))\b",
            1.0,
        ),
        (r"\bnetto\b", 0.75),
        # Spanish and Portuguese 'Neto' alone; never 'Peso neto' (a weight) or 'Neto a pagar'
        (r"(?<!peso\s)\bneto\b(?!\s*a\s*(?:pagar|cobrar))", 0.75),
        # 'Net £300.00' alone; never 'Net 30' (payment terms) or 'Net weight'
        (
            r"(?<![.@/\w])net\b(?!\s*(?:weight|wt|mass|\d{1,3}\b(?![.,]\d)|days?|banking|profit|"
            r"a\s*payer|payable|due|to\s*pay|amount\s*(?:due|payable)))",
            0.8,
        ),
        # the subtotal over the tax: 'Zwischensumme', Polish 'Suma częściowa', Czech
        # 'Mezisoučet', Italian 'Subtotale', Swedish 'Delsumma'
        (r"\b(?:zwischensumme|suma\s*czesciowa|mezisoucet|subtotale|delsumma)\b", 0.8),
        # ('Total (HT)' too; Belgian 'Total HTVA', without the VAT)
        (r"\b(?:total|montant)\s*\(?\s*(?:h\.?t|htva)\.?\b", 1.0),
        (r"\btotal\s*hors\s*taxes?\b", 1.0),
        (NET_PARTS, 0.95),
        # an auction's hammer prices, the base its premium is charged on: 'Zuschlag', 'Summe
        # Zuschläge', Austrian 'Meistbot', 'Hammer price', 'Total hammer', 'Adjudication',
        # 'Hamerprijs', Hungarian 'Leütési ár'
        (
            r"\b(?:(?:summe|total|totaal)\s*(?:der\s*|des\s*)?)?"
            r"(?:zuschlag(?:spreis)?e?|meistbote?|hammer(?:\s*prices?)?|adjudications?|"
            r"hamerprij(?:s|zen)|leutesi\s*ar)\b",
            0.8,
        ),
        # a professional's fee alone on its line among the totals, its amount right after it:
        # 'Honorarium € 1.250,00', 'Honorários 500,00 €', 'Odměna advokáta 10 000 Kč', a Nordic
        # lawyer's 'Arvode', 'Salær', 'Palkkio', Romanian 'Onorariu', Greek 'Αμοιβή'
        (
            r"^\W*(?:honorarium|honorarios|odmena\s*advokata|arvode|salær|palkkio|onorariu|αμοιβη)"
            r"(?=(?:\s+[^\W\d]+){0,2}\W{0,3}(?:[$€£]|[a-z]{1,3}\b)?\W{0,2}\d)",
            0.7,
        ),
        # a fee's or a service's sum without the VAT, Belgian style: 'Honoraires HTVA'
        (r"\b(?:honoraires|prestations|frais)\s*\(?\s*(?:h\.?t\.?|htva)\b", 0.95),
        # a bare French 'H.T. :' / 'HT :' before its amount, in a box of totals: at its row's
        # start or after a figure (never a unit price's 'Prix HT :')
        (r"(?:^|(?<=\d\s)|(?<=\d\s\s))h\.?\s?t\.?(?=\s*:)", 0.8),
        (r"\b(?:subtotaal|totaal\s*excl|netto\s*bedrag)\b", 1.0),
        # (a subtotal as 'a partial total': Spanish and Portuguese 'Total parcial', Italian
        # 'Totale parziale', French 'Total partiel')
        (
            r"\b(?:base\s*imponible|importe\s*neto|subtotal|total\s*parcial|totale\s*parziale)\b",
            1.0,
        ),
        (r"\btotal\s*partiel\b", 1.0),
        # Chile's 'Monto Neto', Peru's 'Op. Gravada' (the taxed operations)
        # (and a taxes table's heads: 'Valeur nette', 'Nettowaarde', 'Čistá hodnota')
        (
            r"\b(?:monto|valor)\s*neto\b|\b(?:total\s*)?op(?:eracion(?:es)?)?\.?\s*gravadas?\b|"
            r"\b(?:valeur\s*nette|nettowert|nettowaarde|nettovarde|nettoverdi|nettovaerdi|nettoarvo|"
            r"valore\s*netto|cista\s*hodnota)\b",
            1.0,
        ),
        # the sum of the items (the net unless charges follow): 'Total items', 'Total Products'
        (
            r"\b(?:positionssumme|warenwert|summe\s*positionen|total\s*(?:items|products|produits|"
            r"productos)|totale\s*(?:posizioni|prodotti)|totaal\s*(?:posities|artikelen)|"
            r"items\s*total)\b",
            0.5,
        ),
        (
            r"\b(?:zaklad\s*dane|(?:celkem|cena)\s*bez\s*(?:dph|dane)|wartosc\s*netto|kwota\s*netto)\b",
            1.0,
        ),
        (r"\b(?:imponibile|totale\s*imponibile|base\s*de\s*calculo|dasar\s*pengenaan)\b", 1.0),
        # Portugal: 'Valor base', 'Total ilíquido', 'Base tributável', 'Incidência'
        (
            r"\b(?:valor\s*(?:base|iliquido|tributavel)|total\s*iliquido|base\s*tributavel|"
            r"incidencia)\b",
            1.0,
        ),
        (r"\b(?:zaklad|razem\s*netto)\b", 0.8),
        # Basque 'Zerga-oinarria' (the tax's base), Welsh 'Is-gyfanswm', Irish 'Fo-iomlán',
        # Swahili 'Jumla ndogo' (subtotals), Uzbek 'QQSsiz summa' (without VAT)
        (
            r"\bzerga\s*-?\s*oinarria\b|\bis\s*-?\s*gyfanswm\b|\bfo\s*-?\s*iomlan\b|"
            r"\bjumla\s*ndogo\b|\bqqssiz\s*summa\b",
            1.0,
        ),
        # a consultant's fees before the tax: 'Sum Fees', 'Summe Honorare', 'Total Honoraires',
        # 'Totaal Honorarium', 'Summa Arvoden', 'Työt yhteensä'; subtotals 'Mellansumma', 'Välisumma'
        (
            r"\b(?:sum(?:me|ma)?|total[e]?|totaal)\s*(?:of\s*|de\s*|des\s*)?(?:fees|honorare|"
            r"honoraires|honorarios?|honorarium|onorario|arvoden)\b|\btyot\s*yhteensa\b|"
            r"\b(?:mellansumma|valisumma)\b",
            0.95,
        ),
        # the VAT's base in Norway, Denmark, Sweden: 'MVA-grunnlag', 'Momsgrundlag', 'Momsunderlag'
        (
            r"\b(?:mva\s*-?\s*grunnlag|grunnlag\s*(?:for\s*)?mva|moms\s*-?\s*(?:grundlag|underlag)|"
            r"underlag\s*for\s*moms)\b",
            1.0,
        ),
        # the tax's base: 'Podstawa (opodatkowania)', 'Bază (de impozitare)', 'Adóalap', 'Tax base'
        (
            r"\b(?:podstawa(?:\s*opodatkowania)?|baza(?:\s*de\s*impozitare)?|adoalap|tax\s*base)\b",
            0.8,
        ),
        (r"\b(?:base|bazis)\b(?!\s*(?:price|fee|rate|unit))", 0.6),
        (r"\bsous\s*-?\s*total\b", 0.9),
        (r"\bsumme\b", 0.5),
        (r"\b(?:net\s*premium|premium\s*(?:excl|net)|nettobeitrag|netto\s*-?\s*betrag)\b", 1.0),
        (r"\b(?:bedrag\s*excl|totaal\s*exclusief|gesamt\s*netto)\b", 1.0),
        (r"\b(?:nettopris|precio\s*neto|preco\s*liquido|prix\s*net)\b", 0.9),
        # 'Charges', 'Total usage charges', 'Total commission' (a marketplace's fee invoice)
        (
            r"\b(?:total\s*)?(?:usage\s*|service\s*)?charges\b|\btotal\s*(?:commission|fees)\b|"
            # not "Premium support"; a total premium before its insurance tax
            r"\bpremium\b(?!\s+[a-z]{2})|\bgesamtbeitrag\b",
            0.55,
        ),
        # a total without the tax: 'Summa exkl. moms', 'Exclusief BTW', 'Montant hors TVA'
        (r"\b" + _SUM + r"\w*\s*\(?\s*" + _WITHOUT + r"\.?\s*" + _VAT + r"\b", 1.05),
        # UBL's own name, as Peppol viewers print it: 'Tax exclusive (amount)'
        (r"\btax\s*exclusive(?:\s*amount)?\b", 1.0),
        (r"\b" + _SUM + r"\w*\s*\(\s*" + _VAT + r"\s*(?:excl|exkl|excluded|excluido)\b", 1.05),
        (r"\(?\b" + _VAT + r"\s*(?:excl|exkl|excluded|excluido)\b\.?\)?", 0.9),
        (r"\b" + _WITHOUT + r"\.?\s*" + _VAT + r"\b", 0.95),
        (
            r"\b(?:veroton(?:\s*(?:yhteensa|hinta|summa))?|nettohinta|cista\s*cena|net\s*fiyat|"
            r"netto\s*(?:osszesen|osszeg|ertek))\b",
            1.0,
        ),
        (
            r"\b(?:(?:summa|kokku)\s*kaibemaksuta|maksustatav\s*summa|"
            r"(?:suma|is\s*viso)\s*be\s*pvm)\b",
            1.0,
        ),
        (r"\b(?:ara\s*toplam|mal\s*(?:ve\s*)?hizmet\s*toplam\s*tutari|matrah|osnovica)\b", 1.0),
    ],
    "tax_total": [
        (r"\b(?:total\s*(?:vat|tax|tva|iva|btw)|(?:vat|tax)\s*(?:amount|total))\b", 1.0),
        # the tax of all the sections: 'Sum VAT', 'Totaal BTW', 'Summa moms', 'ALV yhteensä'
        (r"\b(?:sum|summa|totaal)\s*(?:vat|btw|moms|alv)\b|\b(?:alv|moms)\s*yhteensa\b", 1.0),
        (
            r"\b(?:steuerbetrag|umsatzsteuerbetrag|mwst\.?\s*-?\s*betrag|ust\.?\s*-?\s*betrag|"
            r"summe\s*(?:der\s*)?(?:mwst|ust|umsatzsteuer|mehrwertsteuer))\b",
            1.0,
        ),
        (r"\b(?:montant\s*(?:de\s*la\s*)?tva|btw\s*bedrag|cuota\s*(?:de\s*)?iva)\b", 1.0),
        # Spain's equivalence surcharge, a second VAT line for retailers
        (r"\b(?:recargo\s*(?:de\s*)?equiv\w*|cuota\s*r\.?\s*e\.?)(?!\w)", 0.9),
        # (not the base of what is free of it: 'MwSt-befreit', 'USt-frei')
        (
            r"\b(?:zzgl\.?\s*)?(?:mwst|ust|umsatzsteuer|mehrwertsteuer)\b"
            r"(?!\.?\s*-?\s*(?:befreit|frei)\b)",
            0.8,
        ),
        # a workshop's VAT on the exchanged parts' value, added to the VAT: 'Altteilsteuer 19 %
        # auf 310,00 €', 'USt. auf Altteile'
        (r"\baltteil\s*-?\s*(?:steuer|ust|mwst)\b|\b(?:ust|mwst)\.?\s*auf\s*altteile?\b", 0.8),
        # a bare German 'Steuer (19 %)', not the tax number, rate or adviser
        (r"\bsteuer\b(?!\s*-?\s*(?:nr|nummer|id|satz|pflicht|frei|befrei|klasse|berat))", 0.75),
        # (not an environmental levy: 'Eco Tax (-2.00)', a charge)
        (r"\b(?:vat|tva|btw|iva|gst|sales\s*tax|(?<!eco\s)(?<!eco-)tax)\b", 0.75),
        # Peru's IGV; 'I.V.A.', 'T.V.A.' written with their dots
        (r"\b(?:igv|i\.\s?v\.\s?a|i\.\s?g\.\s?v|t\.\s?v\.\s?a)\b", 0.8),
        (
            # not a bare 'tasse' (a cup in German and French item lines)
            r"\b(?:total\s*taxes|taxes|insurance\s*tax|imposta(?!\s*(?:di|da)\s*bollo)|"
            r"totale\s*(?:iva|tasse|imposte?a?)|"
            r"imposte|total\s*impuestos|impuestos?)\b",
            0.9,
        ),
        # a total of the taxes with its preposition, as an ERP translates 'Tax Total' word for
        # word: 'Total de impuestos', 'Total des taxes', 'Total de impostos', 'Totaal belasting'
        (
            r"\b(?:total\s*(?:de|des|do|dos)\s*(?:impuestos|taxes|impostos)|"
            r"totaal\s*belasting)\b",
            0.9,
        ),
        (r"\b(?:celkem\s*dph|vyse\s*dph|kwota\s*vat|wartosc\s*vat|valor\s*do\s*imposto)\b", 1.0),
        (r"\b(?:dph|ppn|pajak|icms|iss|issqn)\b", 0.75),  # Brazil's ICMS and ISS
        (r"\b(?:skattebelopp|imposto|imposicion)\b|^\W*skatt\b", 0.8),
        (r"\b(?:kwota\s*podatku|suma\s*podatku|taxe\s*sur\s*la\s*valeur\s*ajoutee)\b", 1.0),
        # the tax's amount: Danish 'Skattebeløb', Finnish 'Veron määrä', Czech 'Částka daně'
        # (Slovak 'Výška dane', Turkish 'Vergi miktarı', Hungarian 'Adó összege')
        (
            r"\b(?:skattebelob|veron\s*maara|castka\s*dane|vyska\s*dane|vergi\s*miktari"
            r"|ado\s*osszege)\b",
            1.0,
        ),
        (r"^\W*skat\b(?!\s*(?:nr|nummer|id|sats))", 0.75),  # Danish 'Skat kr 9.825,00'
        # the tax alone before its amount: Slovak and Czech 'Daň', Hungarian 'Adó', Estonian
        # 'KM' (käibemaks)
        (r"^\W*(?:dan|ado|km)\b(?=\s*:?\s*(?:\d|[$€£]|$))", 0.75),
        # Polish 'Podatek' alone, the tax (not an income tax: 'podatek dochodowy')
        (r"\bpodatek\b(?!\s*(?:dochodowy|od\s*(?:osob|czynnosci|nieruchomosci)))", 0.75),
        (r"\btaxes?\b", 0.7),
        # a tax line that says there is none, with its 0.00: 'No VAT 0.00 €', 'Sans TVA 0,00 €',
        # 'Bez VAT 0,00 zł', 'Без ПДВ 0,00 ₴' (with an amount, 'without VAT' is the net)
        (
            r"^\W*(?:no|keine?|sans|bez|без|sin|senza|sem|zonder|ohne|ilman|uten|utan)\s*(?:"
            + _VAT
            + r"|пдв|ндс)\b\.?(?=\s*:?\s*\S{0,2}\s*0[.,]00(?!\d))",
            1.0,
        ),
        # the taxes, plural, beside the net and the total ('Steuern: 12,16 €', 'Belastingen',
        # 'Tributos', 'Podatki'): what an ERP prints for the sum of its tax lines (not Brazil's
        # 'Valor aproximado dos tributos', the taxes a price is estimated to hold, by law)
        (
            r"\b(?:steuern|belastingen|podatki|skatter|verot)\b|"
            r"(?<!aproximado\sdos\s)(?<!aprox\.\s)(?<!aprox\s)\btributos\b(?!\s*(?:aprox|totais))",
            0.8,
        ),
        (r"\b(?:versicherung(?:s)?steuer|premium\s*tax|btw\s*totaal|totaal\s*belastingen)\b", 1.0),
        (
            r"\b(?:total|totaal|totale|totalt|summa|i\s*alt|ukupno|spolu|osszes|razem|lacznie)\s*"
            + _VAT
            + r"\b",
            1.0,
        ),
        (r"\bbtw\s*-?\s*(?:bedrag|kosten)\b", 1.0),
        (
            r"\b(?:momsbelopp|momsbelob|mva\s*-?\s*belop|arvonlisavero|merverdiavgift|"
            r"afa\s*(?:osszesen|osszeg|ertek))\b",
            1.0,
        ),
        (r"\b(?:valoare\s*tva|hesaplanan\s*kdv|toplam\s*kdv|iznos\s*pdv|znesek\s*ddv)\b", 1.0),
        # (Finnish 'Vero', the tax, under 'Alv 24%': not 'veroton', 'verollinen', 'veronumero')
        # (Welsh 'TAW', Irish 'CBL', Uzbek 'QQS'; Basque 'BEZ' before its rate, not a Slavic
        # 'bez', without)
        (
            r"\b(?:moms|mva|alv|vero|afa|kdv|pdv|ddv|pvm|pvn|kaibemaks|belasting|tvsh|taw|cbl|qqs)\b|"
            r"\bbez(?=\s*%?\s*\d)",
            0.75,
        ),
        (r"\bvlera\s*e\s*tvsh\b", 1.0),  # Albanian 'Vlera e TVSH'
        (r"\bədv\b(?!\W?siz)", 0.75),  # Azerbaijani 'ƏDV' (not 'ƏDV-siz', without it)
        # India's central, state and integrated GST; Canada's harmonised, provincial, Quebec tax
        # ('CGST9 (9%)': the rate glued to the name, as billing apps print it)
        (
            r"\b(?:(?:cgst|sgst|igst|utgst)(?:\d{1,2}(?:[.,]\d{1,2})?)?|hst|pst|qst|tps|tvq|rst)\b",
            0.75,
        ),
    ],
}
TOTALS.update(BESIDE)
