"""The labels of the amounts printed beside an invoice's net, tax and total: charges the total
includes (shipping, rounding, a tip, a fee), income tax withheld, charges outside the VAT, the
tax a total already includes, the amount payable after a withholding, a document-level
allowance, a base free of VAT; and the words of a reverse charge and of a contractor's hours
and hourly rate. Folded text (lower case, no accents), as in :mod:`labels`."""

from __future__ import annotations

import re

ALLOWANCE_WORDS = (
    # in the plural and as a participle too: 'Total discounted', 'Réductions', German
    # vouchers ('Gutscheine')
    # (not a subtotal's words: 'Total Products Before Discounts', 'Total avant réductions')
    r"(?<!before\s)(?<!after\s)(?<!avant\s)(?<!apres\s)(?<!vor\s)(?<!nach\s)"
    r"\b(?:discount(?:s|ed)?|allowances?|reductions?|rebates?|coupons?|vouchers?|promo\w*|"
    r"\w*(?:rabatt|nachlass)\w*|gutschein\w*|remises?|ristournes?|descuentos?|descontos?|"
    r"abatimentos?|bonificacion|scont[oi]|korting(?:en)?|rabat|sleva|zlava|alennus|"
    r"kedvezmeny|indirim|iskonto|εκπτωση|diskon|potongan|"  # (Indonesian 'Diskon', 'Potongan')
    # a promotion named by what it takes off: '10% off everything', '15 % off your order', a
    # coupon's '(€10.00 Off)', '(10,00 € Off)'
    r"(?:\d+(?:[.,]\d+)?\s?%|[$€£]\s?\d[\d.,]*|\d[\d.,]*[.,]\d\d(?:\s?[$€£])?)\s*off)\b"
)


# the words that say an amount is outside the VAT, a charge's label and a line's alike
_UNTAXED = (
    r"nicht\s*(?:umsatz)?steuerbar|keine\s*(?:ust|mwst|umsatzsteuer)|not\s*subject\s*to\s*vat|"
    r"outside\s*the\s*scope\s*of\s*(?:uk\s*)?vat|non\s*soumis\s*a\s*(?:la\s*)?tva|"
    r"niet\s*(?:met\s*btw\s*)?belast|nao\s*sujeit[oa]s?|nie\s*podlega\w*\s*(?:opodatkowaniu\s*)?vat|"
    r"neni\s*predmetem\s*dph|ei\s*alv|εκτος\s*φπα|neimpozabil\w*"
)
# a line that says its amount carries no VAT: an insurance premium a lease passes on
# ('Kfz-Versicherung inkl. 19 % Versicherungsteuer (nicht umsatzsteuerbar)'), a fee
# ('Court fee (no VAT)'): its amount is no VAT, whatever tax it names
NO_VAT = re.compile(r"\b(?:" + _UNTAXED + r"|ohne\s*(?:ust|mwst)|no\s*vat)\b")

BESIDE: dict[str, list[tuple[str, float]]] = {
    # amounts printed between the tax and the total that the total includes: shipping after
    # the tax (US style), freight, a rounding line ('Öresavrundning'); net + tax + these = gross
    "charges": [
        (
            # (British 'Carriage', 'Carriage Net': what shipping costs, the VAT charged on it)
            r"\b(?:shipping|freight|handling|postage|delivery|carriage|surcharge|versand\w*|porto\w*|"
            r"fracht\w*|verpackung|frais\s*(?:de\s*port|d.expedition)|(?:frais\s*de\s*)?livraison|"
            r"verzend\w*|envio|gastos\s*de\s*envio|spedizione|trasporto|frakt\w*|fragt\w*|forsendelse|"
            r"koszty?\s*(?:dostawy|wysylki|przesylki)|wysylka|przesylka|dostawa|toimitus\w*|postikulu\w*|doprava|postovne|"
            r"szallitas\w*|frete|portes|livrare|biaya\s*(?:kirim|pengiriman)|ongkos\s*kirim|ongkir|"
            # a fee on a line of its own among the totals: 'Total Fee $1.00', 'Gebühr 2,50 €'
            r"(?:total\s*)?fees?|gebuhr(?:en)?|cargos?)\b",
            0.9,
        ),
        # a surcharge on the goods' or services' sum: 'Energiezuschlag 8 %', 'Dieselzuschlag',
        # 'Mautzuschlag', Dutch 'Brandstoftoeslag', Danish 'Brændstoftillæg'; a carrier's on the
        # fuel's price: 'Indexation gazole', 'Recargo por combustible', 'Adeguamento gasolio',
        # 'Dopłata paliwowa', Turkish 'Yakıt ek ücreti'
        (
            r"\b\w+(?:zuschlag|toeslag|tillæg|tillagg|tillegg)\b|"
            r"\b(?:indexation|majoration|surcharge|recargo|revision|"
            r"adeguamento|supplemento|doplata|oplata|korekta)\s*(?:(?:por|de|du|del)\s*)?"
            r"(?:gazole|gasoil|gasoleo|gasolio|carburante?s?|combustibles?|paliwowa)\b|"
            r"\byakit\s*ek\s*ucreti\b",
            0.85,
        ),
        (
            # (German 'Rundungsdifferenz', Italian 'Arrotondamento', Dutch 'Afronding')
            r"\b(?:rounding|round(?:ed)?\s*-?\s*off|rundung\w*|(?:ores)?avrundning|afrunding|pyoristys|"
            r"arrondi|redondeo|arrotondament[oi]|afronding|arredondamento|"
            r"zaokrouhleni|zaokraglenie)\b",
            0.9,
        ),
        # an environmental levy among the totals, a fixed amount per item, no VAT rate: a web
        # shop's 'Eco Tax (-2.00)' beside 'VAT (20%)', an e-waste fee
        (
            r"\beco\s*-?\s*(?:tax|fee|levy)\b|\benvironmental\s*(?:fee|levy)\b|\be-?waste\s*fee\b",
            0.85,
        ),
        # an auction's premium on the hammer price, the VAT charged on it alone: 'Aufgeld 27 %',
        # "Buyer's premium 25%", 'Frais acheteur 30 % HT', 'Opgeld 25%', 'Vevői jutalék 25%'
        (
            r"\b(?:aufgeld|buyer.?s\s*premium|frais\s*(?:acheteur|de\s*vente)|opgeld|"
            r"vevoi\s*jutalek)\b",
            0.9,
        ),
        # a tip on a restaurant's or a taxi's bill, after the tax
        (r"\b(?:tip|gratuity|trinkgeld|pourboire|propina|mancia|fooi|dricks)\b", 0.9),
        # an exporter's charges between the goods' value and the total at a later point
        # ('Total FOB value', 'Ocean freight', 'Insurance', 'TOTAL CIF HAMBURG'; 'Packing and
        # loading'): a line of its own, its amount right after it
        (
            r"^\W*(?:(?:marine|cargo)\s*)?(?:insurance|packing(?:\s*(?:and|&)\s*loading)?)"
            r"(?:\s*(?:charges?|costs?))?(?=\W{0,3}(?:[$€£]|[a-z]{3}\b)?\W{0,2}-?\d)",
            0.85,
        ),
        # a template's catch-all line between the tax and the total: 'OTHER $12.50'
        (r"\b(?:other(?:\s*charges|\s*costs)?|misc\w*|sonstige\w*|divers)\b(?=\W{0,3}-?\d)", 0.6),
        # an Italian professional's pension contribution charged on top of the fees, part of
        # the taxable base: 'Contributo integrativo 4%', 'Rivalsa INPS 4%'
        (
            r"\b(?:contributo\s*(?:integrativo|previdenziale|cassa)|rivalsa(?:\s*inps)?|"
            r"cassa\s*(?:previdenza|nazionale))\b",
            0.9,
        ),
    ],
    # income tax the customer withholds and pays to the tax office, printed after the VAT as
    # a negative amount: 'Retención IRPF (15 %)', 'Ritenuta d'acconto 20%', 'Retenção na
    # fonte IRS', 'ISR retenido', 'Withholding tax'. Not part of the gross: the last total
    # after it is the amount payable (net + tax - withholding)
    "withholding": [
        (
            r"\b(?:retencion(?:es)?|retencao|retencoes|ritenuta|ritenute|withholding|withheld|"
            r"quellensteuer|retenue\s*a\s*la\s*source|irpf|irrf|wht)\b",
            0.9,
        ),
        (r"\b(?:iva|isr|iss|irs|pis|cofins|csll|inss)\s*(?:retid[oa]s?|retenid[oa]s?)\b", 0.9),
    ],
    # a charge outside the VAT that the invoice's total includes: a hotel's city tax ('Ortstaxe
    # ohne MwSt 9,60'), a fee not subject to VAT; net + tax + these = gross
    "tax_free": [
        (
            r"\b(?:ortstaxe|kurtaxe|kurbeitrag|tourismusabgabe|city\s*tax|tourist\s*tax|"
            r"taxe\s*de\s*sejour|tassa\s*di\s*soggiorno|impuesto\s*turistico|tasa\s*turistica|"
            r"toeristenbelasting|\w*steuerfrei|"
            # Italy's stamp duty on invoices without VAT
            r"(?:imposta|marca)\s*da\s*bollo|imposta\s*di\s*bollo|bollo\s*virtuale|"
            r"vat\s*exempt|exonere\s*de\s*tva|geen\s*btw|" + _UNTAXED + r")\b",
            0.9,
        ),
        # a disbursement marked so, as a solicitor's bill lists them ('Court fee (no VAT)'), or
        # any amount ('Donation to the Woodland Trust (no VAT)'); a donation at the checkout
        (r"\b(?:fees?|charges?|costs?|disbursements?)\s*\(\s*no\s*vat\s*\)", 0.95),
        (r"\(\s*no\s*vat\s*\)|\b(?:donations?|spenden?|donativos?)\b", 0.9),
        # what the seller paid in the customer's name and passes on without VAT: a customs
        # broker's or forwarder's duties and import VAT, a solicitor's fees ('Disbursements',
        # 'Verauslagter Zoll (durchlaufender Posten)', 'Débours : droits de douane',
        # 'Voorgeschoten invoerrechten', 'Suplidos', 'paid on your behalf')
        (
            r"\b(?:disbursements?|paid\s*(?:to\s*\w+\s*)?on\s*(?:your|the\s*client.?s)\s*behalf|"
            r"verauslagte?[rns]?|durchlaufende[rns]?\s*posten|"
            r"debours|voorgeschoten|verschotten|suplidos|despesas\s*reembolsaveis|"
            r"utlagg|udlæg|utlegg|ulkopuoliset\s*kulut|spese\s*anticipate|anticipate\s*in\s*nome|"
            # (a tax the notary collects for the tax office as its payer: 'pobrany jako płatnik',
            # Romanian 'încasat pentru buget')
            r"pobran[ya]\s*jako\s*platnik|incasat[aei]?\s*pentru\s*buget\w*|"
            r"(?:acquittee?s?|avancee?s?|payee?s?)\s*pour\s*votre\s*compte)\b",
            0.9,
        ),
    ],
    # the tax a total already includes, printed after it (prices with VAT, a shop's or a
    # receipt's way): 'enthaltene MwSt. 19 % 0,78 €', 'davon USt.', 'incl. VAT', 'dont TVA',
    # 'VAT included', 'Included VAT (20%) Amount: 16.67'
    "included_tax": [
        (
            # ('in diesem Beitrag enthaltene Versicherungsteuer': an insurer's premium)
            # (Swedish 'Varav moms 25%', Danish and Norwegian 'Heraf moms', 'Herav mva'; a rate
            # between: 'Including 25% VAT')
            r"^\W*(?:in\s*(?:diesem|dem)\s*\w+\s*)?(?:davon|hierin|darin|enthaltene?|inkl\.?|"
            r"incl\.?|inclusief|includes?|included|including|of\s*which|dont|incluye|incluido|waarvan|"
            r"varav|heraf|herav)\b[^0-9]{0,25}?(?:\d{1,2}(?:[.,]\d{1,2})?\s?%[^0-9]{0,10}?)?"
            r"\b(?:mwst|ust|umsatzsteuer|mehrwertsteuer|versicherungs?steuer|vat|tva|iva|btw|gst|"
            r"moms|mva|tax)\b",
            0.9,
        ),
        (
            # (its rate between: 'MwSt. 19% (im Preis enthalten)', 'VAT 20% (Included in Price)')
            r"^\W*(?:mwst|ust|vat|tva|iva|btw|gst|tax)\b[^0-9]{0,15}?"
            r"(?:\d{1,2}(?:[.,]\d{1,2})?\s?%[^0-9]{0,20}?)?\b(?:enthalten|included|"
            r"incluse?|incluid[oa]|inbegrepen)\b",
            0.9,
        ),
    ],
    # a discount printed between the tax and the total, that the total takes off (an
    # e-shop's coupon after the VAT: 'Zľava 5.00€', 'Discount -5.00'): net + tax - it = gross
    # (not one the subtotal says it includes: 'Includes discount "WELCOME5" £5.00')
    "discount_after": [(r"(?<!includes\s)(?<!including\s)(?<!incl\.\s)" + ALLOWANCE_WORDS, 0.8)],
    # the total rounded to the unit, printed under the total it rounds: 'Rounded Total',
    # 'Total (rounded)' (ERPNext's 'Grand Total ₹ 37,274.12' over 'Rounded Total ₹ 37,274.00')
    "rounded": [
        (
            r"\brounded\s*(?:grand\s*)?total\b|\b(?:grand\s*)?total\s*\(?\s*rounded\b|"
            r"\b(?:gesamt\w*|summe|betrag)\s*\(?\s*gerundet\b|\bgerundet\w*\s*(?:gesamt\w*|summe|betrag)\b",
            0.9,
        ),
    ],
    # what the freelancer is paid after a withholding: 'Líquido a percibir', 'Total a receber',
    # 'Netto a pagare' (the gross's own labels count too)
    "payable": [
        (
            r"\b(?:liquido\s*a\s*(?:percibir|pagar|cobrar|receber)|total\s*a\s*(?:percibir|"
            r"receber|cobrar|pagar)|importe\s*(?:liquido|a\s*percibir)|valor\s*(?:liquido|a\s*"
            r"receber)|netto\s*(?:a|da)\s*pagare|net\s*(?:amount\s*)?payable)\b",
            1.0,
        ),
    ],
}

# a document-level allowance printed between the items and the net total
ALLOWANCE = re.compile(ALLOWANCE_WORDS)
# a base free of VAT among the totals: 'Exento', 'Exempt', 'MwSt-befreit', 'Steuerfrei'
EXEMPT = re.compile(
    r"\b(?:exent[oa]s?|exempt\w*|\w*befreit|\w*steuerfrei|esente|exonere\w*|vrijgesteld|"
    r"isent[oa]s?|zwolnion\w*|osvobozen\w*)\b"
)
# a reverse charge: the customer owes the VAT, the invoice prints none (its tax column holds
# the rates, 0 %); most cite the EU directive's articles
REVERSE_CHARGE = re.compile(
    r"\b(?:reverse\s*charge|steuerschuldnerschaft|autoliquidation|frais\s*inverses|"
    r"inversion\s*del\s*sujeto\s*pasivo|cargo\s*revertido|inversione\s*contabile|btw\W*verleg\w*|"
    r"odwrotne\s*obciazenie|prenesen\w*\s*danov\w*|dan\s*odvadi\s*prijemce|omvand\s*skattskyldighet|"
    r"omvendt\s*(?:betalingspligt|avgiftsplikt)|kaanteinen\s*verovelvollisuus)\b|2006/112"
)
# a contractor's hours and hourly rate printed with the totals
TOTAL_HOURS = re.compile(
    r"\b(?:total\s*(?:hours|hrs)|hours\s*total|stunden\s*gesamt|gesamtstunden|summe\s*stunden|"
    r"totaal\s*(?:aantal\s*)?uren|total\s*(?:des\s*)?heures|heures\s*totales|horas\s*totales|"
    r"total\s*(?:de\s*)?horas|ore\s*totali|totale\s*ore)\b\W*"
)
HOURLY_RATE = re.compile(
    r"\b(?:hourly\s*rate|rate\s*per\s*hour|stundensatz|stundenlohn|uurtarief|taux\s*horaire|"
    r"tarif\s*horaire|tarifa\s*por\s*hora|tariffa\s*oraria)\b"
)
