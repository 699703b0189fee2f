"""Label words of invoices in Arabic (and in Persian and Hebrew, at the end), in the shape of
:mod:`labels` (patterns on folded text), merged into its tables: a Saudi 'فاتورة ضريبية' as ZATCA's e-invoicing asks for it and the Gulf's
and North Africa's invoices ('رقم الفاتورة', 'تاريخ الإصدار', 'تاريخ الاستحقاق', 'الإجمالي غير شامل
ضريبة القيمة المضافة', 'مجموع ضريبة القيمة المضافة', 'الإجمالي شامل ضريبة القيمة المضافة',
'المبلغ المستحق').

The words are written here as printed and folded as the page's text is (:func:`folded`): the
hamza over or under an alef, a waw or a ya comes off ('الإجمالي' reads 'الاجمالي'), as do the
vowel marks. The article 'ال' is optional before a word a label may print with or without it, and
'ة' may be printed as 'ه', 'ي' as 'ى'. A text layer gives Arabic words reversed, as drawn: the
lines put them in their written order first (:func:`rtl.written`, :func:`rtl.in_reading_order`)."""

from __future__ import annotations

import unicodedata


def folded(pattern: str) -> str:
    """A pattern written with the letters as printed, folded as :func:`parse.fold` folds text."""
    decomposed = unicodedata.normalize("NFKD", pattern)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_T = "[ةه]"  # the feminine ending, dotted or not
_AL = "(?:ال)?"  # the article
_VAT = rf"{_AL}ضريب{_T}(?:\s*{_AL}قيم{_T}\s*{_AL}مضاف{_T})?"  # the tax, 'value added' or not
_INVOICE = rf"{_AL}فاتور{_T}"
_TOTAL = rf"(?:{_AL}اجمالي|{_AL}مجموع|{_AL}مبلغ)"
_WITHOUT = r"(?:غير\s*شامل[ةه]?|قبل|بدون|دون|بلا|باستثناء)"
_WITH = r"(?:شامل[ةه]?|مع|بما\s*في\s*ذلك|متضمن[ةه]?)"

# the document's title words: 'فاتورة', 'فاتورة ضريبية', 'فاتورة ضريبية مبسطة', 'إشعار دائن'
TITLES = rf"فاتور{_T}(?:\s*ضريبي{_T})?(?:\s*مبسط{_T})?|[اإ]شعار\s*(?:دائن|مدين)"

LABELS: dict[str, list[tuple[str, float]]] = {
    "invoice_number": [
        # 'رقم الفاتورة', 'فاتورة رقم', 'رقم الفاتورة الضريبية'
        (folded(rf"\bرقم\s*{_INVOICE}(?:\s*{_AL}ضريبي{_T})?\b|\b{_INVOICE}\s*رقم\b"), 1.0),
        (folded(r"\b(?:الرقم\s*التسلسلي|رقم\s*المستند)\b"), 0.9),
    ],
    "issue_date": [
        # 'تاريخ الفاتورة', 'تاريخ الإصدار', 'تاريخ إصدار الفاتورة'
        (folded(rf"\bتاريخ\s*(?:{_INVOICE}|{_AL}اصدار(?:\s*{_INVOICE})?)\b"), 1.0),
        (folded(r"\b(?:ال)?تاريخ\b\s*:?(?=\s*\d)"), 0.85),  # 'التاريخ: 14/10/2026'
    ],
    "due_date": [
        # 'تاريخ الاستحقاق', 'تاريخ السداد', 'آخر موعد للسداد', 'تاريخ الدفع'
        (folded(r"\b(?:تاريخ|موعد)\s*(?:ال)?استحقاق\b"), 1.0),
        (folded(r"\b(?:تاريخ|موعد|اخر\s*موعد\s*لل?)\s*(?:ال)?(?:سداد|دفع)\b"), 0.9),
    ],
    "currency": [(folded(r"\b(?:ال)?عمل[ةه]\b\s*:?"), 1.0)],
}

TOTALS: dict[str, list[tuple[str, float]]] = {
    "gross_total": [
        # 'الإجمالي شامل ضريبة القيمة المضافة', 'المبلغ الإجمالي مع الضريبة'
        (folded(rf"\b{_TOTAL}(?:\s*{_AL}اجمالي|\s*{_AL}كلي)?\s*{_WITH}\s*{_VAT}\b"), 1.0),
        # 'المبلغ المستحق', 'الإجمالي المستحق', 'إجمالي المبلغ المستحق', 'المبلغ الإجمالي',
        # 'إجمالي الفاتورة', 'الإجمالي الكلي', 'المجموع الكلي', 'صافي المبلغ المستحق'
        (
            folded(
                rf"\b(?:(?:صافي|اجمالي)\s*)?{_TOTAL}\s*(?:{_AL}مستحق|{_AL}اجمالي|{_AL}كلي)\b"
                rf"|\bاجمالي\s*{_INVOICE}\b"
            ),
            1.0,
        ),
        # a bare 'الإجمالي' or 'المجموع' (not the net's or the tax's: 'الإجمالي غير شامل ...',
        # 'إجمالي ضريبة القيمة المضافة', 'المجموع الفرعي')
        (
            folded(
                rf"\b(?:{_AL}اجمالي|{_AL}مجموع)\b"
                rf"(?!\s*(?:{_WITHOUT}|{_WITH}|{_AL}فرعي|{_AL}ضريب|{_AL}مستحق|{_AL}كلي))"
            ),
            0.6,
        ),
    ],
    "net_total": [
        # 'الإجمالي غير شامل ضريبة القيمة المضافة', 'المبلغ دون ضريبة', 'المجموع قبل الضريبة'
        (folded(rf"\b{_TOTAL}(?:\s*{_AL}اجمالي)?\s*{_WITHOUT}\s*{_VAT}\b"), 1.0),
        # 'المجموع الفرعي', 'الإجمالي الفرعي' (the subtotal), 'المبلغ الخاضع للضريبة' (the base)
        (folded(rf"\b(?:{_AL}مجموع|{_AL}اجمالي)\s*{_AL}فرعي\b"), 0.9),
        (folded(rf"\b{_AL}مبلغ\s*{_AL}خاضع\s*لل?ضريب{_T}\b"), 0.9),
    ],
    "tax_total": [
        # 'مجموع ضريبة القيمة المضافة', 'إجمالي الضريبة', 'قيمة الضريبة', 'مبلغ الضريبة'
        (folded(rf"\b(?:{_AL}اجمالي|{_AL}مجموع|قيم{_T}|مبلغ)\s*{_VAT}\b"), 1.0),
        (folded(rf"\bضريب{_T}\s*{_AL}قيم{_T}\s*{_AL}مضاف{_T}\b"), 0.9),
    ],
}

# company forms, on the page as written: before the name ('شركة النور للتجارة', a company;
# 'مؤسسة …', an establishment), after it ('… المحدودة', limited; 'ذ.م.م', LLC; 'ش.م.ع', PJSC)
PREFIX_FORMS = r"شرك[ةه]|مؤسس[ةه]|شرکت"  # (and Persian 'شرکت', with its own kaf)
SUFFIX_FORMS = r"المحدود[ةه]|ذ\.\s?م\.\s?م\.?|ش\.\s?م\.\s?[مع]\.?"
# tax and company numbers' words, folded: 'الرقم الضريبي', 'رقم التسجيل الضريبي', 'السجل التجاري'
# (and Persian: a company's national ID, 'شناسه ملی', and its economic code, 'کد اقتصادی')
REGISTERED = folded(
    r"(?:ال)?رقم\s*(?:ال)?(?:تسجيل\s*|تعريف\s*)?(?:ال)?ضريبي|(?:ال)?سجل\s*(?:ال)?تجاري|"
    r"شناسه\s*ملی|(?:کد|شماره)\s*اقتصادی"
)

# Hebrew, the other script written right to left: a 'חשבונית מס' (tax invoice) with 'סה"כ לפני
# מע"מ', 'מע"מ' and 'סה"כ לתשלום'; its abbreviations carry a gershayim, printed '"' or '״'
_Q = '["״]?'
_VAT_HE = f"מע{_Q}מ"
_TOTAL_HE = f"סה{_Q}כ"
LABELS["invoice_number"] += [
    (r"חשבונית(?:\s*מס)?(?:\s*/?\s*קבלה)?\s*(?:מספר|מס['׳])|מספר\s*חשבונית", 1.0)
]
LABELS["issue_date"] += [
    (r"תאריך\s*(?:הפקה|חשבונית|הוצאה)", 1.0),
    (r"(?<!\w)תאריך(?!\w)\s*:?(?=\s*\d)", 0.85),
]
LABELS["due_date"] += [(r"לתשלום\s*עד|תאריך\s*(?:פירעון|תשלום)|מועד\s*(?:ה)?תשלום", 1.0)]
TOTALS["gross_total"] += [(rf"{_TOTAL_HE}\s*(?:לתשלום|כולל\s*{_VAT_HE})", 1.0)]
TOTALS["net_total"] += [(rf"{_TOTAL_HE}\s*(?:לפני|ללא)\s*{_VAT_HE}", 1.0)]
TOTALS["tax_total"] += [(rf"(?<!\w){_VAT_HE}(?!\w)", 0.75)]
SUFFIX_FORMS += rf"|בע{_Q}מ"

# Persian, in the Arabic script with letters of its own ('ی', 'ک', 'پ'): a 'صورتحساب' (invoice)
# with 'شماره صورتحساب', 'تاریخ', 'مهلت پرداخت', 'جمع قبل از مالیات', 'مالیات بر ارزش افزوده'
# and 'جمع کل' or 'مبلغ قابل پرداخت'
_BILL_FA = r"(?:صورت\s*حساب|صورتحساب|فاکتور)"
LABELS["invoice_number"] += [(rf"شماره\s*{_BILL_FA}", 1.0)]
LABELS["issue_date"] += [
    # (beside or over its value in a grid; not a due, delivery or payment date's)
    (r"(?<!\w)تاریخ(?!\w)(?!\s*(?:سررسید|تحویل|پرداخت))\s*:?", 0.85),
]
LABELS["due_date"] += [(r"مهلت\s*پرداخت|(?:تاریخ\s*)?سررسید", 1.0)]
TOTALS["gross_total"] += [(r"جمع\s*کل|مبلغ\s*(?:کل|قابل\s*پرداخت)", 1.0)]
TOTALS["net_total"] += [(r"(?:جمع|مبلغ)\s*(?:قبل\s*از|بدون)\s*مالیات|جمع\s*جزء", 1.0)]
TOTALS["tax_total"] += [(r"مالیات(?:\s*و\s*عوارض)?\s*(?:بر\s*)?ارزش\s*افزوده", 1.0)]
