"""Label words of the languages of Eastern Europe and Asia: in Cyrillic and Greek letters
(Russian, Ukrainian, Bulgarian, Greek), Chinese, Japanese and Korean, and Vietnamese, in the
shape of :mod:`labels` (patterns on folded text: lower case, accents and breves off, so 'й'
reads 'и', 'ё' reads 'е', 'ї' reads 'і', Greek loses its tonos and 'Tổng cộng' reads 'tong
cong'), merged into its tables.

A Russian invoice as the common accounting programs print it ('Счет на оплату № 1234 от
14 октября 2026 г.'), with its 'Итого', 'В том числе НДС' and 'Всего к оплате'; a Ukrainian
one ('Рахунок на оплату № … від …', 'Разом без ПДВ', 'ПДВ', 'Всього з ПДВ'); a Bulgarian
'Фактура №' with 'Данъчна основа', 'ДДС', 'Сума за плащане'; a Greek 'Τιμολόγιο' with
'Καθαρή αξία', 'ΦΠΑ', 'Σύνολο'.

Chinese, Japanese and Korean write no spaces between words, and forms space out their labels
('名    称', '合      计', '請 求 書'): their words are matched with any spaces between the
characters (:func:`spaced`) and without word boundaries. China's VAT invoice (发票号码, 开票日期,
合计, 价税合计 (小写)), a Japanese 請求書 (請求日, お支払期限, 小計, 消費税, 合計, ご請求金額) and a
Korean 청구서 (청구일자, 공급가액, 부가세, 합계금액).
"""

from __future__ import annotations

import re


def spaced(*words: str) -> str:
    """East Asian words as one pattern, any spaces allowed between their characters."""
    return "(?:" + "|".join(r"\s*".join(map(re.escape, w)) for w in words) + ")"


# the names of VAT: НДС (Russian, Bulgarian 'ДДС'), ПДВ (Ukrainian), ΦΠΑ (Greek)
VAT = r"(?:ндс|ддс|ддв|пдв|ққс|φπα)"  # (Macedonian 'ДДВ', Kazakh 'ҚҚС')
_DOC = (
    r"(?:счет|счет\s*-?\s*фактура|рахунок|рахунок\s*-?\s*фактура|(?:шот\s*-?\s*)?фактура|τιμολογιο)"
)

LABELS: dict[str, list[tuple[str, float]]] = {
    "invoice_number": [
        # 'Счет на оплату № 1234', 'Рахунок-фактура №', 'Фактура №', 'Τιμολόγιο Νο'
        # (Macedonian and Serbian 'Фактура бр.', Kazakh 'Шот-фактура №')
        (r"\b" + _DOC + r"(?:\s*на\s*оплату)?\s*(?:№|n[o°]?|nr|αρ|νο|бр)(?!\w)\.?", 1.0),
        (r"\b(?:номер|№)\s*(?:счета|рахунку|на\s*фактура(?:та)?|документа)\b", 1.0),
        (r"\b(?:αριθμος|αρ\.?)\s*(?:τιμολογιου|παραστατικου)\b", 1.0),
        # 'Αριθμός' alone heading the document's number (not a phone's, a register's, a tax
        # number's, an account's or an order's: 'Αριθμός Μητρώου', 'Αριθμός Παραγγελίας')
        (
            r"\bαριθμος\b(?!\s*(?:τηλ|μητρω|φορολογ|εγγραφ|λογαριασ|κινητ|ταυτοτ|διαβατ|"
            r"παραγγελ|πελατ|αποστολ|τιμολογ|παραστατ))",
            0.9,
        ),
        # Vietnamese 'Số hóa đơn:', 'Số (No.):', 'Số:'
        (r"\bso\s*(?:hoa\s*don\s*|\(no\.?\)\s*)?:", 0.9),
    ],
    "issue_date": [
        (
            r"\bдата\s*(?:счета|выставления|документа|рахунку|складання|виписки|"
            r"(?:на\s*)?издаване|на\s*фактура(?:та)?)\b",
            1.0,
        ),
        (r"\b(?:ημερομηνια|ημ\.?\s*/?\s*νια)\s*(?:εκδοσης|τιμολογιου|παραστατικου)\b", 1.0),
        # (Macedonian and Serbian 'Датум', Kazakh 'Күні')
        (r"\b(?:дата|датум|күні)\b\s*:?(?=\s*\d)", 0.85),
        # ... over its value in a grid (not a delivery's or a due date's: 'Датум на промет')
        (r"\b(?:датум|күні)\b(?!\s*(?:на\s*)?(?:промет|испорака|доспевање|доспећа))", 0.8),
        # (Greek 'Ημερομηνία' beside or over its value; not a due or delivery date's)
        (r"\bημερομηνια\b(?!\s*(?:ληξης|πληρωμης|παραδοσης|αποστολης))\s*:?", 0.85),
        (r"\bngay(?:\s*\(date\))?(?=\s*\d)", 0.85),  # 'Ngày (Date) 14 tháng 10 năm 2026'
    ],
    "due_date": [
        (
            r"\b(?:оплатить\s*(?:до|не\s*позднее)|срок\s*оплаты|сплатити\s*до|оплатити\s*до|"
            r"термін\s*оплати|до\s*сплати\s*до|срок\s*(?:за|на)\s*плащане|дата\s*на\s*падеж|"
            r"падеж|рок\s*(?:на|за)\s*плакање|рок\s*плаћања|төлеу\s*мерзімі)\b",
            1.0,
        ),
        (r"\b(?:ημερομηνια\s*(?:ληξης|πληρωμης)|προθεσμια\s*πληρωμης|ληξη)\b", 1.0),
    ],
    "currency": [(r"\b(?:валюта|νομισμα|don\s*vi\s*tien\s*te)\b\s*:?", 1.0)],
}
# Chinese, Japanese and Korean
LABELS["invoice_number"] += [
    (
        spaced(
            "发票号码", "发票号", "請求書番号", "請求番号", "請求書No", "청구번호", "청구서번호"
        ),
        1.0,
    ),
    (spaced("伝票番号", "문서번호", "송장번호"), 0.9),
]
LABELS["issue_date"] += [
    (
        spaced(
            "开票日期", "開票日期", "请求日", "請求日", "発行日", "請求日付", "청구일자", "발행일자"
        ),
        1.0,
    ),
    (spaced("作成日", "청구일", "발행일", "작성일자"), 0.9),
]
LABELS["due_date"] += [
    (
        spaced(
            "お支払期限",
            "お支払い期限",
            "支払期限",
            "支払期日",
            "振込期限",
            "お振込期限",
            "付款期限",
            "입금기한",
            "납부기한",
            "지급기한",
            "결제기한",
        ),
        1.0,
    ),
]

TOTALS: dict[str, list[tuple[str, float]]] = {
    "gross_total": [
        # 'Всего к оплате', 'Итого к оплате', 'Итого с НДС', 'Всього з ПДВ', 'Разом з ПДВ',
        # 'Сума за плащане', 'Общо', 'Σύνολο πληρωτέο', 'Γενικό σύνολο'
        (
            r"\b(?:всего|итого|всього|разом)\s*(?:к\s*оплате|до\s*сплати|до\s*оплати|"
            r"(?:с|з|із|со)\s*" + VAT + r")\b",
            1.0,
        ),
        (r"\b(?:сума\s*за\s*плащане|обща\s*сума|общо\s*(?:с|със)\s*ддс)\b", 1.0),
        # Macedonian 'Вкупно за плаќање', 'Вкупно со ДДВ'; Kazakh 'Барлығы төлеуге'
        (r"\b(?:вкупно\s*(?:за\s*плакање|со\s*" + VAT + r")|барлығы\s*төлеуге)\b", 1.0),
        # ... 'Πληρωτέο ποσό', 'Ποσό πληρωμής' (the amount to pay)
        (
            r"\b(?:συνολο\s*(?:πληρωτεο|τιμολογιου|με\s*φπα)|γενικο\s*συνολο|πληρωτεο|"
            r"ποσο\s*πληρωμης)\b",
            1.0,
        ),
        (r"\b(?:итого|всего|всього|общо|συνολο)\b", 0.6),
    ],
    "net_total": [
        # 'Сумма без НДС', 'Итого без НДС', 'Разом без ПДВ', 'Данъчна основа', 'Καθαρή αξία'
        (
            r"\b(?:сумма|итого|всего|сума|разом|всього|общо|износ|вкупно)\s*без\s*" + VAT + r"\b",
            1.0,
        ),
        (r"\b" + VAT + r"\W?сыз\s*сома\b", 1.0),  # Kazakh 'ҚҚС-сыз сома'
        (r"\b(?:данъчна\s*основа|стоиност\s*без\s*ддс)\b", 1.0),
        # the subtotal over the tax: Ukrainian 'Підсумок', Russian 'Подытог', Bulgarian
        # 'Междинна сума'
        (r"\b(?:підсумок|подытог|промежуточный\s*итог|междинна\s*сума)\b", 0.9),
        (r"\b(?:καθαρη\s*αξια|συνολο\s*(?:προ|χωρις)\s*φπα|αξια\s*προ\s*φπα)\b", 1.0),
        (r"\bσυνολικη\s*αξια\b", 0.9),  # 'Συνολική αξία': the items' value, over the tax
    ],
    "tax_total": [
        (r"\b(?:сумма|сума)\s*" + VAT + r"\b|\b" + VAT + r"\s*(?:сумма|сума)\b", 1.0),
        (r"\b(?:συνολο\s*φπα|ποσο\s*φπα)\b", 1.0),
        (r"\b" + VAT + r"\b", 0.75),
    ],
    # 'В том числе НДС (20%)', 'У т.ч. ПДВ', 'в т.ч. ДДС': the tax the total includes
    "included_tax": [
        (r"^\W*(?:в\s*том\s*числе|в\s*т\.?\s*ч\.?|у\s*т\.?\s*ч\.?|у\s*тому\s*числі)\s*" + VAT, 0.9),
    ],
}
# China: the sum row '合计' carries the net (and the tax, under its column); '价税合计' and
# '(小写)' the total in figures; Japan and Korea: '小計', '消費税', '合計', '공급가액', '합계'
TOTALS["gross_total"] += [
    (spaced("价税合计", "(小写)", "ご請求金額", "請求金額", "税込合計"), 1.0),
    (spaced("合計金額", "総合計", "합계금액", "청구금액", "총액"), 1.0),
    (spaced("合計", "합계"), 0.7),
]
TOTALS["net_total"] += [
    (spaced("小計", "税抜合計", "税抜金額", "不含税金额", "공급가액"), 1.0),
    (spaced("合计"), 0.6),
    (spaced("対象"), 0.8),  # '8%対象 25,000円': the net at that rate
]
TOTALS["tax_total"] += [
    (spaced("消費税額", "消費税", "税额", "税額", "부가세", "부가가치세", "세액"), 0.9)
]
# Vietnamese: 'Cộng tiền hàng', 'Tiền thuế GTGT', 'Tổng cộng tiền thanh toán'
TOTALS["gross_total"] += [
    (r"\b(?:tong\s*cong\s*tien\s*thanh\s*toan|tong\s*tien\s*thanh\s*toan)\b", 1.0)
]
TOTALS["net_total"] += [(r"\b(?:cong\s*tien\s*hang|tien\s*hang\s*chua\s*thue)\b", 1.0)]
TOTALS["tax_total"] += [(r"\b(?:tien\s*thue\s*gtgt|thue\s*gtgt)\b", 0.9)]

# the document's title words, the seller's and the buyer's headings; a Greek invoice's title
# names its kind: 'Τιμολόγιο Παροχής Υπηρεσιών' (of services), 'Τιμολόγιο Πώλησης' (of a sale)
_GREEK_TITLE = r"τιμολογιο(?:\s*παροχης(?:\s*υπηρεσιων)?|\s*πωλησης)?"
TITLES = r"счет|счет\s*-?\s*фактура|рахунок|рахунок\s*-?\s*фактура|фактура|" + _GREEK_TITLE
# a heading may carry its other name in brackets: 'Поставщик (Исполнитель):'
_ALSO = r"(?:\s*\([^)]{0,30}\))?"
SELLER_HEADINGS = (
    r"(?:поставщик|исполнитель|продавец|постачальник|виконавець|продавець|доставчик|"
    r"изпълнител|εκδοτης|πωλητης|don\s*vi\s*ban\s*hang|nguoi\s*ban\s*hang)" + _ALSO
)
BUYER_HEADINGS = (
    r"(?:покупатель|заказчик|покупець|замовник|платник|получател|клиент|πελατης|αγοραστης|"
    r"(?:ho\s*ten\s*)?nguoi\s*mua\s*hang|ten\s*don\s*vi|don\s*vi\s*mua\s*hang)" + _ALSO
)
# company forms in capitals, on the page as printed: before the name in Russia and Ukraine
# ('ООО «Ромашка»', 'ТОВ "Дніпро Софт"'), after it in Bulgaria and Greece ('Балкан Трейд ЕООД',
# 'Αιγαίο Τεχνική Α.Ε.')
PREFIX_FORMS = r"ООО|ОАО|ЗАО|ПАО|АО|НАО|ИП|ТОВ|ПрАТ|ПАТ|АТ|ФОП|ПП"
# and Vietnam's: 'CÔNG TY TNHH …', 'Công ty cổ phần …'
PREFIX_FORMS += r"|CÔNG TY (?:TNHH|CỔ PHẦN|CP)|Công ty (?:TNHH|cổ phần|CP)"
SUFFIX_FORMS = r"ЕООД|ООД|ЕАД|АД|ЕТ|ДООЕЛ|ДОО|ЖШС|АҚ|Α\.\s?Ε\.|Ε\.\s?Π\.\s?Ε\.|Ι\.\s?Κ\.\s?Ε\.|Ο\.\s?Ε\.|Ε\.\s?Ε\."
# a bank's words: its name in the payment details is never the seller's
BANK_WORDS = r"\w*банк\w*|бик|мфо|τραπεζα\w*"
# tax and company numbers: ИНН, КПП, ОГРН, ЄДРПОУ, ІПН, ЕИК, ИН по ДДС, ΑΦΜ, ΔΟΥ, ΓΕΜΗ
REGISTERED = r"инн|кпп|огрн|огрнип|єдрпоу|іпн|еик|булстат|αφμ|δου|γεμη"
# words the number is followed by before its date: 'от', 'від', 'της'
DATE_AFTER_NUMBER = r"от|від|της"

# East Asian titles, headings, company forms and tax numbers
CJK_TITLES = r"[\u4e00-\u9fff（）()]{0,16}[发發]票|" + spaced(
    "請求書", "请求书", "청구서", "세금계산서", "거래명세서"
)
CJK_SELLER = spaced("销售方", "销售方信息", "銷售方", "판매자", "공급자")
CJK_BUYER = spaced("购买方", "购买方信息", "御中", "귀하", "귀중", "공급받는자")
# glued to the name, before or after it: '上海星辰信息技术有限公司', '株式会社サンプル企画',
# '有限会社やまと食品', '주식회사 누리소프트', '(주)한빛상사'
CJK_FORM = re.compile(
    r"股份有限公司|有限责任公司|有限責任公司|有限公司|株式会社|有限会社|合同会社|合資会社|"
    r"合名会社|[(（]株[)）]|㈱|주식회사|유한회사|[(（]주[)）]|㈜"
)
REGISTERED += "|" + spaced("纳税人识别号", "统一社会信用代码", "登録番号", "사업자등록번호")

# Armenian ('Հաշիվ №', 'Ամսաթիվ', 'Վճարման ժամկետ', 'Գումարը առանց ԱԱՀ', 'ԱԱՀ', 'Ընդամենը') and
# Mongolian in Cyrillic ('Нэхэмжлэх №', 'Огноо', 'Төлөх хугацаа', 'НӨАТ-гүй дүн', 'НӨАТ', 'Нийт
# төлөх дүн'), folded ('№' reads 'no', 'й' reads 'и')
LABELS["invoice_number"] += [
    (r"\b(?:հաշիվ(?:\s*-?\s*ապրանքագիր)?|нэхэмжлэх)\s*(?:no|n)(?!\w)\.?", 1.0)
]
LABELS["issue_date"] += [(r"\b(?:ամսաթիվ|огноо)\b", 0.8)]
LABELS["due_date"] += [(r"\b(?:վճարման\s*ժամկետ|төлөх\s*хугацаа|төлбөр\s*төлөх\s*огноо)\b", 1.0)]
TOTALS["gross_total"] += [
    (r"\b(?:ընդամենը\s*վճարման|վճարման\s*ենթակա\s*գումար|нийт\s*төлөх\s*дүн)\b", 1.0),
    (r"\b(?:ընդամենը|нийт\s*дүн)\b", 0.6),
]
TOTALS["net_total"] += [(r"\b(?:(?:գումարը\s*)?առանց\s*աահ|нөат\W?гүи\s*дүн)\b", 1.0)]
TOTALS["tax_total"] += [(r"\b(?:աահ|нөат)\b(?!\W?гүи)", 0.75)]
SUFFIX_FORMS += r"|ՍՊԸ|ՓԲԸ|ԲԲԸ|ХХК|ХК"
