"""The words that name an invoice's parties: the headings of the seller's and the buyer's
blocks, the legal forms that end (or, in Indonesia, Russia, Ukraine and Arabic, start) a
company's name, the words of a bank (whose name in the payment details is never the
seller's), the words of a claim assigned to a factor (whose name is never the seller's
either), a web address printed without 'www.' (which may back the name of the letterhead), and
the issuer a Brazilian note's receipt stub names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from robot_lib.invoices import labels_arabic as arabic
from robot_lib.invoices import labels_east as east

if TYPE_CHECKING:
    from robot_lib.invoices.lines import TextLine

SELLER_HEADINGS = re.compile(
    # (an e-invoice viewer's section: 'Informationen zum Verkäufer', 'Information about the
    # seller', KoSIT's XRechnung visualisation)
    r"^(?:(?:informationen\s*zum|information\s*about\s*the)\s*(?=verkaufer|seller))?"
    r"(?:verkaufer|seller|supplier|vendor|lieferant|rechnungssteller|vendeur|fournisseur|"
    r"emetteur|verkoper|leverancier|vendedor|proveedor|emisor|sold\s*by|from|dodavatel|"
    r"prodavajici|prodejce|poskytovatel|sprzedawca|dostawca|wystawca|emitente|"
    r"prestador(?:\s*(?:de|dos)\s*servicos?)?|"
    r"fornitore|fornecedor|"
    # (the tax office's e-invoice view: 'Dati del cedente / prestatore')
    r"(?:dati\s*del\s*)?cedente(?:\s*/\s*prestatore)?(?:\s*\(fornitore\))?|"
    r"penjual|provider|issuer|bill\s*from|issued\s*by|de(?=\s*:)|restaurant(?=\s*:)|saljaren?|leverantor(?:en)?|s(?:ae|æ)lger|"
    # 'Emitida por', the sender ('Avsändare'); 'From' alone in Danish and Norwegian ('Fra'),
    # Swedish ('Från') and German ('Von'), as an invoicing app's block headings print it
    r"emitid[ao]\s*por|avsandare|(?:fra|fran|von)(?=\s*:?\s*$)|"
    # a marketplace's 'Sold by': 'Verkauft von', 'Vendu par', 'Venduto da', 'Vendido por'
    r"verkauft\s*von|vendu\s*par|venduto\s*da|vendido\s*por|verkocht\s*door|"
    r"selger|leverandor|myyja|elado|szallito|furnizor|vanzator|satici|prodavatelj|izdavatelj|"
    r"dobavitelj|prodajalec|muuja|piegadatajs|pardevejs|pardavejas|tiekejas|"
    # the one who did the work or sends the letter: 'Auftragnehmer', 'Leistungserbringer',
    # 'Prestataire', 'Service provider', 'Contractor', 'Absender', 'Afzender', 'Remitente'
    # ... or issues the invoice: 'Aussteller', 'Biller', 'Emisor', 'Émetteur'
    r"auftragnehmer|leistungserbringer|rechnungs?(?:er)?steller|aussteller|biller|emisor|emissor|"
    r"emetteur|emittente|absender|prestataire(?:\s*de\s*services)?|"
    r"expediteur|service\s*provider|contractor|remitente|mittente|afzender|opdrachtnemer|"
    # a billing service's letterhead: 'Invoice issued on behalf of:', 'Im Namen und für
    # Rechnung von', 'Au nom et pour le compte de', 'Per conto di', 'En nombre y por cuenta de'
    # (not 'au nom de' alone: the payment details' account holder, 'in the name of')
    r"(?:invoice\s*)?(?:issued\s*)?on\s*behalf\s*of|im\s*namen\s*und\s*fur\s*rechnung\s*von|"
    r"au\s*nom\s*et\s*pour\s*le\s*compte\s*de|per\s*conto\s*di|"
    r"en\s*nombre\s*y\s*por\s*cuenta\s*de|"
    # (a shop's box 'Store' over its name; not 'Store: Downtown', a receipt's branch)
    r"nadawca|wykonawca|zhotovitel|store(?!\s*:\s*\S)|"
    + east.SELLER_HEADINGS
    + "|"
    + east.CJK_SELLER
    + r")(?!\w)"
    r"\s*(?::\s*(.*))?$"
)

_BUYER = (
    r"\b(?:bill\s*to|sold\s*to|ship\s*to|invoice\s*to|customer|client|kunde|an|aan|cliente|"
    r"prepared\s*for|kaufer|rechnungsempfanger|leistungsempfanger|destinataire|factureren\s*aan|klant|"
    r"auftraggeber|besteller|opdrachtgever|afnemer|receptor|ostaja|kopare|objednatel|"
    r"zamawiajacy|mandant|"
    # (not an auction's charge to the buyer: "Buyer's premium", 'Frais acheteur')
    r"buyer(?!\W{0,2}s?\s*(?:premium|commission))|(?<!frais\s)(?<!commission\s)acheteur|"
    r"koper|comprador|odberatel|kupujici|nabywca|destinatario|"
    r"tomador(?:\s*(?:de|dos)\s*servicos?)?|"
    r"committente|cessionario|pembeli|kepada|billed\s*to|kund|asiakas|vevo|cumparator|"
    r"alici|musteri|kupac|kupec|facturar\s*a|facturado\s*a|facturer?\s*a|expedier\s*a|livrer\s*a|"
    r"fatturare\s*a|rechnung\s*an|"
    r"maksja|ostja|sanemejs|pircejs|pirkejas|"
    r"spett\.?\s*le|spettabile|invoiced\s*to|adresse\s*a|enviar\s*a|gefactureerd\s*aan|"
    # Portugal: 'Adquirente', 'Exmo(s). Sr(s).'
    r"adquirente|exm[oa]s?(?:\(s\))?\.?\s*s(?:r|ra|rs|enhor)|"
    # a shop's address blocks: 'Billing Address', 'Adresse de livraison', 'Lieferadresse',
    # 'Shipping Details', 'Shipping Info', 'Rechnungsanschrift', 'Coordonnées de facturation'
    r"(?:billing|delivery|shipping|invoice)\s*(?:address|details|info(?:rmation)?)|"
    r"adresse\s*de\s*(?:facturation|livraison)|(?:rechnungs|liefer)anschrift|"
    r"coordonnees\s*de\s*(?:facturation|livraison)|detalles\s*de\s*(?:facturacion|envio)|"
    r"dati\s*di\s*(?:fatturazione|spedizione)|dettagli\s*di\s*(?:fatturazione|spedizione)|"
    r"direccion\s*de\s*(?:facturacion|entrega|envio)|indirizzo\s*di\s*(?:fatturazione|consegna|"
    r"spedizione)|rechnungsadresse|lieferadresse|factuuradres|afleveradres|bezorgadres|"
    # a block headed by the billing or the delivery alone: 'Facturation', 'Livraison et
    # Facturation', 'Facturación', 'Fatturazione', 'Consegna' (not 'Date de facturation')
    r"(?<![\w\s])(?:(?:livraison|entrega|envio|consegna|spedizione)\s*(?:et|y|e)\s*)?"
    r"(?:facturation|livraison|facturacion|entrega|envio|fatturazione|consegna|spedizione)"
    r"(?=\s*:?\s*$)|"
    # 'To' alone as a block's heading (not 'Pay to', 'Remit to': the seller's); 'Recipient:',
    # 'Empfänger:' alone over the addressee's block (beside a name: a payment's payee); the
    # Turkish address 'SAYIN' (to the esteemed) over the customer's (the e-Fatura's view)
    r"(?<![\w\s])(?:to|recipient|empfanger|til|till|sayin)(?=\s*:?\s*$)|"
    # the reader's own block on a receipt, as its heading: 'Your details', 'Ihre Daten', 'Uw
    # gegevens' (not 'Please check your details' in a sentence)
    r"(?<![\w\s])(?:your\s*(?:details|information)|ihre\s*(?:daten|angaben)|uw\s*gegevens|"
    r"vos\s*(?:coordonnees|informations))|"
    # the receiver ('Mottagare', 'Mottaker', 'Modtager'), 'Factura destinada a' (invoiced to)
    r"mottagare|mottaker|modtager|(?:factura\s*)?destinada\s*a|"
    + east.BUYER_HEADINGS
    + "|"
    + east.CJK_BUYER
    + r")(?!\w)"
)
# a block that names the customer ('Bill to:', 'Kunde', 'Покупатель (Заказчик):')
BUYER_WORDS = re.compile(_BUYER + r"\s*:?")
# a customer's label right before a name ('Customer  Harbourside Cafe Pty Ltd' on a payment slip)
BUYER_BEFORE = re.compile(_BUYER + r"\s*:?\s*$")

# the Gulf's joint-stock companies' forms: Kuwait's 'K.S.C.C.', 'K.S.C.P.', Bahrain's 'B.S.C.
# (c)', Qatar's 'Q.P.S.C.', Oman's 'SAOC' / 'SAOG', the Emirates' 'PJSC'
GULF_FORMS = (
    r"k\.\s?s\.\s?c\.(?:\s?[cp]\.)?|b\.\s?s\.\s?c\.?(?:\s?\(c\))?|q\.\s?(?:p\.\s?)?s\.\s?c\.?|"
    r"(?-i:SAO[CG]|S\.A\.O\.[CG]\.?|P\.?J\.?S\.?C\.?)"
)

LEGAL_FORM = re.compile(
    r"(?<![\w.])(?:"
    # compound forms first, so that the whole of each is taken: 'S.A. de C.V.', 'Co., Ltd.'
    r"s\.?\s?a\.?(?:\s?p\.?\s?i\.?)?\s*de\s*c\.?\s?v\.?|s\.?\s*de\s*r\.?\s?l\.?(?:\s*de\s*c\.?\s?v\.?)?|"
    r"co\.?,?\s*ltd\.?|"
    # (a company's 'Co.' and its Gulf form: 'Al Kout Medical Supplies Co. K.S.C.C.', '… Co. W.L.L.')
    r"co\.\s*(?:" + GULF_FORMS + r"|w\.\s?l\.\s?l\.?|l\.\s?l\.\s?c\.?|(?-i:LLC|WLL))|"
    r"pte\.?\s*ltd\.?|sdn\.?\s*bhd\.?|bhd\.?|s\.a\.s\.|s[aà]rl|lda\.?|"
    r"s\.\s?a\.\s?c\.|e\.\s?i\.\s?r\.\s?l\.|c\.\s?a\.|"  # Peru, Venezuela's 'C.A.'
    r"l\.\s?l\.\s?c\.?|fz\s?-?\s?llc|fze|fzco|w\.\s?l\.\s?l\.?|"  # the Gulf
    # (a Saudi sole proprietor's establishment, 'Est.', ending the name)
    r"(?-i:Est\.)(?=\s*(?:$|[,;|]))|" + GULF_FORMS + "|"
    r"bvba|sprl|commv|ehf\.?|(?-i:SIA|UAB|O[UÜ]|E?OOD|EAD)|"
    # Welsh 'Cyf' (Cyfyngedig, limited)
    r"cyf\.?|cyfyngedig|"
    # 'S.à r.l.', 'PartG mbB', 'S.r.l.s.', French partnerships and professional companies,
    # Swedish company words
    r"s\.?\s?à\.?\s?r\.?\s?l\.?|partg(?:\s*mbb)?|partgmbb|s\.r\.l\.s\.|"
    r"(?-i:SpA|eG|SNC|SCI|SCP|SELARL|SELAS|SCOP|SCS)|kommanditbolag|handelsbolag|aktiebolag|"
    r"(?-i:Tmi|Ky|Ay)|"  # Finland's sole trader and partnerships, as they write them
    r"oy\s*ab|ab\s*oy|oyj\s*abp|abp|"  # ... and its companies' two languages: 'Oy Ab', 'Oyj Abp'
    # Turkey's companies spelled out: 'Anonim Şirketi', 'Limited Şirketi' (and 'Ltd. Şti.')
    r"(?:anonim|limited|kollektif|komandit)\s*[sş]irketi|"
    r"ltd\.?\s*[sş]ti\.?|gmbh(?:\s*&\s*co\.?(?:\s*kg)?)?|(?<=gesellschaft\s)mbh|ag|kg|ohg|ug(?:\s*\(haftungsbeschr(?:a|ä|ae)nkt\))?|e\.\s?k\.|ltd\.?|limited|llc|inc\.?|"
    r"corp\.?|plc|jsc|(?<!die\s)(?<!der\s)stiftung|ggmbh|s\.?\s?a\.?\s?r\.?\s?l\.?|sas|s\.a\.|sa|b\.?\s?v\.?|n\.v\.|s\.l\.|s\.r\.l\.|"
    r"s\.p\.a\.|oy|ab|aps|gbr|co\.|ltda\.?|eireli|(?:spol\.\s?)?s\.?\s?r\.?\s?o\.|a\.s\.|sp\.\s?z\s?o\.\s?o\.|"
    r"s\.a\.?u\.|s\.l\.u\.|sasu|eurl|llp|pllc|p\.c\.|l\.p\.|pty\.?\s*ltd\.?|kgaa|e\.\s?v\.|e\.\s?g\.|a\.\s?g\.|vvag|asa|"
    r"oyj|[aikp]/s|kft\.?|zrt\.?|nyrt\.?|bt\.|srl|s\.r\.l\.|a\.[sş]\.|"
    r"d\.o\.o\.|d\.d\.|j\.d\.o\.o\.|sh\.\s?p\.\s?k\.?|sh\.\s?a\.|"  # (Albania's 'Sh.p.k.', 'Sh.a.')
    r"(?-i:MMC|ASC|QSC)|"  # (Azerbaijan's)
    r"(?:\(edms\)\s*)?bpk\.?|"  # (South Africa's in Afrikaans: '(Edms) Bpk', '(Pty) Ltd')
    r"(?-i:MChJ)|"  # (Uzbekistan's limited company)
    r"teoranta|(?-i:Teo)\.?(?=\s*(?:$|[,;|]))|"  # (Ireland's, in Irish, ending the name)
    # Slovenia's sole trader ('Marko Novak s.p.'), at the end of the name (not an Italian
    # provincial road, 'S.P. 12')
    r"s\.\s?p\.(?=\s*(?:$|[,;|•·(]))|"
    # Czech associations, institutes, public benefit companies and partnerships
    r"z\.\s?s\.|z\.\s?[uú]\.|o\.\s?p\.\s?s\.|v\.\s?o\.\s?s\.|k\.\s?s\.|"
    # Norwegian and Swedish forms that are English words, and an Italian or Chilean 'SpA' in a
    # name set in capitals (not a hotel's 'Spa'): capitals, at the end of the name
    r"(?-i:(?:AS|HB|KB|SPA)(?=\s*(?:$|[,;|•·(]))|"
    + east.SUFFIX_FORMS
    + "|"
    + east.PREFIX_FORMS
    + "|"
    + arabic.SUFFIX_FORMS
    + "|"
    + arabic.PREFIX_FORMS
    + "))"
    r"(?![\w])",
    re.I,
)

# a line about the bank (payment details): its company name is the bank's, not the seller's
BANK_WORDS = re.compile(
    r"\b(?:[a-z]*bank|banque|banco|banca|sparkasse|kreditinstitut|iban|bic|swift|"
    r"bankverbindung|bankovni\s*spojeni|rachunek\s*bankowy|" + east.BANK_WORDS + r")\b"
)
# the heading of a column of the sender's details, in a footer or a letterhead ('Address |
# Bank account | Contact', 'Anschrift', 'Kontakt', 'Coordonnées'): never a word of a name
DETAILS_HEAD = re.compile(
    r"(?:address|adresse|anschrift|indirizzo|direccion|endereco|adres|contact|contacts|kontakt|"
    r"contatti|contacto|coordonnees|bank\s*(?:account|details)|bankverbindung|bank)\s*:?"
)
# a legal form printed before the name (Indonesia: 'PT Maju Jaya', 'CV Sinar Abadi'; a German
# foundation: 'Stiftung Warentest')
# and in Russia and Ukraine, often with the name in quotes: 'ООО «Ромашка»', 'ТОВ "Дніпро"'
_PREFIXES = (
    r"(?-i:(?:PT|CV|Stiftung|SIA|UAB|" + east.PREFIX_FORMS + "|" + arabic.PREFIX_FORMS + r"))"
)
# somewhere in a text: it may hold a name with its form first
PREFIX_HINT = re.compile(_PREFIXES)
PREFIX_FORM = re.compile(
    _PREFIXES + r"\.?\s+[«\"„“']?[^\W\d_a-zа-яіїєґ][^\W\d]"
    r"[^\d@:]{1,50}$"
)
# a name's label before it, in a party's block: 'Name:', 'Raison sociale :', '名称：'
_NAME_WORDS = (
    r"(?:name|nazwa(?:\s*firmy)?|firma|firmenname|company(?:\s*name)?|raz(?:on|ao)\s*social|"
    r"raison\s*sociale|nom(?:\s*de\s*l.entreprise)?|nome|nama|nazev|bedrijfsnaam|"
    r"denominazione|ragione\s*sociale|denominacion|denominacao|nume|denumire|名\s*称)"
)
NAME_LABEL = re.compile(rf"^{_NAME_WORDS}\s*:\s*(.+)$")
# the word alone, or before its value ('Nume', the next block's label across a gap)
NAME_WORD = re.compile(rf"^{_NAME_WORDS}(?!\w)")
# the same label printed without its colon ('Firmenname Wendel Haustechnik GmbH'): a label only
# before a company's name (see heading.named)
BARE_NAME_LABEL = re.compile(rf"^{_NAME_WORDS}\s+(?=\S)")

# a claim sold to a factor: 'Forderung … abgetreten', 'assigned to', 'cédée à', 'ceduta a'
ASSIGNED = re.compile(
    r"\b(?:abgetreten|abtretung|factoring|assigned\s*to|cedee?s?\s*a|subroge\w*|cedid[oa]s?\s*a|"
    r"cedut[oa]\s*a|gecedeerd)\b"
)


def assigned_lines(lines: list[TextLine]) -> list[TextLine]:
    """The lines that say the claim is assigned, with the line above when the sentence wraps
    onto the one that says it ('… an die Nordfactor Finanz GmbH' / 'abgetreten.')."""
    out: list[TextLine] = []
    for ln in lines:
        if ASSIGNED.search(ln.folded):
            wraps = ln.index > 0 and ln.text[:1].islower()
            out += [lines[ln.index - 1], ln] if wraps else [ln]
    return out


# a web address printed bare, with a top-level domain firms use ('acme-tools.com', 'x.co.uk')
BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])([a-z0-9-]{3,}(?:\.[a-z0-9-]+)*)\."
    r"(?:com|net|org|io|biz|info|co|eu|de|at|ch|fr|it|es|nl|be|pl|cz|se|dk|no|fi|us|ca|uk|ie|in)"
    r"(?:\.[a-z]{2})?(?![\w.-]*\w)"
)


# a Brazilian note's receipt stub: 'RECEBEMOS DE <the issuer> OS PRODUTOS/SERVIÇOS CONSTANTES
# DA NOTA FISCAL …', the customer's signed word that the goods came from the issuer
_RECEIVED_FROM = re.compile(
    r"\brecebemos\s+de\s+(.{3,100}?)\s+(?:os|as|o)\s+(?:produtos|servi|mercadorias)", re.I
)


def received_from(lines: list[TextLine]) -> str | None:
    """The issuer's name a note's receipt stub gives ('RECEBEMOS DE … OS PRODUTOS'), or None."""
    for i, ln in enumerate(lines):
        if "recebemos" in ln.folded:  # (the sentence wraps: the name may end on the next line)
            m = _RECEIVED_FROM.search(" ".join(x.text for x in lines[i : i + 2]))
            if m:
                return m.group(1).strip()
    return None


# the word of a tax or company number, or an IBAN, in a party's block (with its number)
REGISTERED = re.compile(
    # ('UST: DE 301 552 908', 'VAT: NL859274163B01': the word alone before a VAT number)
    r"\b(?:ust\.?\s*-?\s*id\w*|(?:ust|vat)(?=\s*:?\s*[a-z]{2}\s?\d)|vat\s*(?:no|number|id|reg\w*)|tva|"
    r"btw|"
    r"nip|dic|cnpj|cuit|abn|"
    r"gstin|iban|steuer\s*-?\s*(?:nr|nummer)|steuernummer|siret|siren|kvk|rcs|r\.c\.s|hrb|hra|"
    r"company\s*(?:no|number|reg\w*|id)|ico|regon|npwp|(?:gst|hst)(?:\s*/\s*hst)?\s*(?:no|number|reg\w*)|"
    r"tax\s*(?:id|no|number)|nzbn|org\.?\s*(?:nr|no)|cvr|y-tunnus|mva|kmkr|"
    # Spain, Portugal, Italy, Austria, Latin America; Uzbekistan's 'STIR'
    # ('CIF' with its number, Romanian 'CIF RO12345678', 'CUI': not the incoterm, 'Remetente
    # (CIF)')
    r"nif|(?:cif|cui)(?=\s*[:.]?\s*[a-z]{0,2}\s*-?\s*\d)|nipc|p\.?\s*iva|partita\s*iva|"
    r"codice\s*fiscale|uid|contribuinte|rfc|ruc|rut|"
    # the Swiss company number before its tax's word ('CHE-123.456.789 TVA')
    r"che(?=\s*-?\s*\d{3}\.?\d{3}\.?\d{3})|"
    r"cpf|stir|" + east.REGISTERED + "|" + arabic.REGISTERED + r")\b"
)
