"""Invoices in Chinese, Japanese and Korean, drawn as real PDFs with the Asian fonts every PDF
reader has (reportlab's CID fonts, not embedded: the text layer is what the page says):

- ``fapiao-old``: China's VAT invoice (增值税电子普通发票) as its form prints it, landscape, the
  number, code and date at the top right, boxes for the buyer and the seller with their headings
  set down the side one character a line ('购 / 买 / 方', '销 / 售 / 方'), labels spaced out over
  their cells ('名        称'), the items with amount and tax columns, the sum row '合 计', the
  total in words and in figures ('价税合计（大写）… （小写）¥1130.00'), the seal's blank;
- ``fapiao-new``: the digital invoice (电子发票（普通发票）), the two parties' boxes side by
  side under '购买方信息' and '销售方信息', a 20-digit number;
- ``seikyu``: a Japanese 請求書: the customer '… 御中' at the left, the date and number at the
  right over the seller's block with its registration number, 'ご請求金額 ¥110,000（税込）', the
  due date, items, '小計', '消費税（10%）', '合計' in whole yen;
- ``seikyu-2``: the seller's letterhead at the left, 'No. 2026-118' under '請求書', amounts in
  '円', the two consumption-tax rates each with its base ('8%対象', '消費税（8%）', '10%対象' …);
- ``cheonggu``: a Korean 청구서: the customer '… 귀하', the seller's block set flush right with its
  business number, '공급가액', '부가세', '합계금액' in 원.

Written after the genres' habits and scored before any rule was written for them (RESULTS.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

Text = tuple[float, float, str, float]

FONTS = {"zh": "STSong-Light", "ja": "HeiseiKakuGo-W5", "ko": "HYGothic-Medium"}


def draw(path: Path, language: str, items: list[Text], landscape: bool = False) -> Path:
    """Draw *items* (x, y from the top, text, size; x < 0: right-aligned at -x) in the
    language's CID font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    font = FONTS[language]
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    size = (A4[1], A4[0] * 0.66) if landscape else A4
    c = Canvas(str(path), pagesize=size)
    for x, y, s, pt in items:
        c.setFont(font, pt)
        if x < 0:
            c.drawRightString(-x, size[1] - y, s)
        else:
            c.drawString(x, size[1] - y, s)
    c.save()
    return path


_FAPIAO_OLD: list[Text] = [
    (250, 40, "北京增值税电子普通发票", 18),
    (560, 40, "机器编号：499099660821", 9),
    (560, 54, "发票代码：011001900211", 9),
    (560, 68, "发票号码：12345678", 9),
    (560, 82, "开票日期：2026年10月14日", 9),
    (560, 96, "校 验 码：12345 67890 12345 67890", 9),
    (40, 125, "购", 10),
    (40, 140, "买", 10),
    (40, 155, "方", 10),
    (60, 120, "名        称：北京云帆科技有限公司", 9),
    (60, 134, "纳税人识别号：91110108MA01ABCD3X", 9),
    (60, 148, "地 址、电 话：北京市海淀区中关村大街1号 010-12345678", 9),
    (60, 162, "开户行及账号：中国工商银行北京中关村支行 0200001234567890123", 9),
    (420, 130, "密", 10),
    (420, 145, "码", 10),
    (420, 160, "区", 10),
    (440, 125, "03*/>4<+8-1*6/91>2-<58+3*", 8),
    (40, 190, "货物或应税劳务、服务名称", 9),
    (230, 190, "规格型号", 9),
    (290, 190, "单位", 9),
    (330, 190, "数量", 9),
    (-430, 190, "单价", 9),
    (-510, 190, "金额", 9),
    (530, 190, "税率", 9),
    (-640, 190, "税额", 9),
    (40, 205, "*信息技术服务*软件开发服务", 9),
    (290, 205, "项", 9),
    (330, 205, "1", 9),
    (-430, 205, "1000.00", 9),
    (-510, 205, "1000.00", 9),
    (530, 205, "13%", 9),
    (-640, 205, "130.00", 9),
    (60, 260, "合            计", 9),
    (-510, 260, "¥1000.00", 9),
    (-640, 260, "¥130.00", 9),
    (40, 280, "价税合计（大写）", 9),
    (160, 280, "⊗壹仟壹佰叁拾圆整", 9),
    (420, 280, "（小写）¥1130.00", 9),
    (40, 305, "销", 10),
    (40, 320, "售", 10),
    (40, 335, "方", 10),
    (60, 300, "名        称：上海星辰信息技术有限公司", 9),
    (60, 314, "纳税人识别号：91310115MA1H2XYZ7K", 9),
    (60, 328, "地 址、电 话：上海市浦东新区张江路88号 021-87654321", 9),
    (60, 342, "开户行及账号：招商银行上海张江支行 121912345610001", 9),
    (40, 370, "收款人：张三", 9),
    (200, 370, "复核：李四", 9),
    (360, 370, "开票人：王五", 9),
    (500, 370, "销售方：（章）", 9),
]
_FAPIAO_NEW: list[Text] = [
    (230, 40, "电子发票（普通发票）", 18),
    (560, 40, "发票号码：26112000000012345678", 9),
    (560, 54, "开票日期：2026年10月14日", 9),
    *[(40, 70 + 11 * i, c, 9) for i, c in enumerate("购买方信息")],
    (75, 84, "名称：杭州青木贸易有限公司", 9),
    (75, 98, "统一社会信用代码/纳税人识别号：91330106MA2ABC1234", 9),
    *[(330, 70 + 11 * i, c, 9) for i, c in enumerate("销售方信息")],
    (365, 84, "名称：深圳蓝海网络科技有限公司", 9),
    (365, 98, "统一社会信用代码/纳税人识别号：91440300MA5DEF5678", 9),
    (40, 130, "项目名称", 9),
    (200, 130, "规格型号", 9),
    (260, 130, "单位", 9),
    (300, 130, "数量", 9),
    (-400, 130, "单价", 9),
    (-480, 130, "金额", 9),
    (500, 130, "税率/征收率", 9),
    (-640, 130, "税额", 9),
    (40, 145, "*现代服务*技术服务费", 9),
    (260, 145, "次", 9),
    (300, 145, "2", 9),
    (-400, 145, "2358.49", 9),
    (-480, 145, "4716.98", 9),
    (510, 145, "6%", 9),
    (-640, 145, "283.02", 9),
    (40, 200, "合        计", 9),
    (-480, 200, "¥4716.98", 9),
    (-640, 200, "¥283.02", 9),
    (40, 220, "价税合计（大写）", 9),
    (160, 220, "⊗伍仟圆整", 9),
    (420, 220, "（小写）¥5000.00", 9),
    (40, 245, "备注", 9),
    (40, 280, "开票人：李明", 9),
]
_SEIKYU: list[Text] = [
    (250, 50, "請 求 書", 20),
    (50, 100, "株式会社みどり商会 御中", 12),
    (-545, 100, "請求日：2026年10月14日", 9),
    (-545, 114, "請求書番号：INV-2026-0042", 9),
    (50, 130, "下記のとおりご請求申し上げます。", 9),
    (-545, 140, "株式会社サンプル企画", 11),
    (-545, 154, "〒100-0001 東京都千代田区千代田1-1", 8),
    (-545, 166, "TEL：03-1234-5678", 8),
    (-545, 178, "登録番号：T1234567890123", 8),
    (50, 160, "件名：ウェブサイト制作", 9),
    (50, 190, "ご請求金額", 11),
    (150, 190, "¥110,000（税込）", 13),
    (50, 210, "お支払期限：2026年11月30日", 9),
    (50, 240, "品名", 9),
    (300, 240, "数量", 9),
    (-450, 240, "単価", 9),
    (-545, 240, "金額", 9),
    (50, 255, "トップページデザイン", 9),
    (300, 255, "1", 9),
    (-450, 255, "60,000", 9),
    (-545, 255, "60,000", 9),
    (50, 270, "下層ページ制作", 9),
    (300, 270, "4", 9),
    (-450, 270, "10,000", 9),
    (-545, 270, "40,000", 9),
    (-450, 300, "小計", 9),
    (-545, 300, "100,000", 9),
    (-450, 314, "消費税（10%）", 9),
    (-545, 314, "10,000", 9),
    (-450, 328, "合計", 9),
    (-545, 328, "110,000", 9),
    (50, 360, "振込先：みずほ銀行 東京営業部 普通 1234567 カ）サンプルキカク", 8),
]
_SEIKYU_2: list[Text] = [
    (50, 50, "有限会社やまと食品", 14),
    (50, 66, "〒530-0001 大阪府大阪市北区梅田2-2-2", 8),
    (50, 78, "登録番号 T9876543210987", 8),
    (-545, 50, "請求書", 18),
    (-545, 74, "No. 2026-118", 9),
    (-545, 88, "発行日 2026年10月14日", 9),
    (50, 120, "合同会社ひかり商店 御中", 11),
    (50, 160, "品名", 9),
    (280, 160, "数量", 9),
    (-450, 160, "単価", 9),
    (-545, 160, "金額", 9),
    (50, 175, "※ 米（5kg）", 9),
    (280, 175, "10", 9),
    (-450, 175, "2,500円", 9),
    (-545, 175, "25,000円", 9),
    (50, 190, "保冷バッグ", 9),
    (280, 190, "5", 9),
    (-450, 190, "1,000円", 9),
    (-545, 190, "5,000円", 9),
    (-450, 220, "8%対象", 9),
    (-545, 220, "25,000円", 9),
    (-450, 234, "消費税（8%）", 9),
    (-545, 234, "2,000円", 9),
    (-450, 248, "10%対象", 9),
    (-545, 248, "5,000円", 9),
    (-450, 262, "消費税（10%）", 9),
    (-545, 262, "500円", 9),
    (-450, 280, "合計金額（税込）", 10),
    (-545, 280, "32,500円", 10),
    (50, 300, "※は軽減税率対象商品です。", 8),
    (50, 314, "お支払期限 2026年11月10日", 9),
]
_CHEONGGU: list[Text] = [
    (250, 50, "청 구 서", 20),
    (50, 100, "(주)한빛상사 귀하", 11),
    (-545, 100, "청구번호: 2026-0042", 9),
    (-545, 114, "청구일자: 2026년 10월 14일", 9),
    (-545, 140, "주식회사 누리소프트", 11),
    (-545, 154, "사업자등록번호: 123-45-67890", 8),
    (-545, 166, "서울특별시 강남구 테헤란로 123", 8),
    (50, 200, "품목", 9),
    (300, 200, "수량", 9),
    (-450, 200, "단가", 9),
    (-545, 200, "금액", 9),
    (50, 215, "소프트웨어 유지보수", 9),
    (300, 215, "1", 9),
    (-450, 215, "1,000,000", 9),
    (-545, 215, "1,000,000", 9),
    (-450, 245, "공급가액", 9),
    (-545, 245, "1,000,000", 9),
    (-450, 259, "부가세", 9),
    (-545, 259, "100,000", 9),
    (-450, 273, "합계금액", 9),
    (-545, 273, "1,100,000원", 9),
    (50, 300, "입금기한: 2026년 11월 14일", 9),
]


def _truth(
    number: str, due: str | None, seller: str, currency: str, *amounts: str
) -> dict[str, Any]:
    net, tax, gross = amounts
    return {
        "invoice_number": number,
        "issue_date": "2026-10-14",
        "due_date": due,
        "seller": seller,
        "currency": currency,
        "net_total": net,
        "tax_total": tax,
        "gross_total": gross,
    }


# name -> (language, landscape, drawing, the values printed on it)
PAGES: dict[str, tuple[str, bool, list[Text], dict[str, Any]]] = {
    "fapiao-old": (
        "zh",
        True,
        _FAPIAO_OLD,
        _truth("12345678", None, "上海星辰信息技术有限公司", "CNY", "1000.00", "130.00", "1130.00"),
    ),
    "fapiao-new": (
        "zh",
        True,
        _FAPIAO_NEW,
        _truth(
            "26112000000012345678",
            None,
            "深圳蓝海网络科技有限公司",
            "CNY",
            "4716.98",
            "283.02",
            "5000.00",
        ),
    ),
    "seikyu": (
        "ja",
        False,
        _SEIKYU,
        _truth(
            "INV-2026-0042",
            "2026-11-30",
            "株式会社サンプル企画",
            "JPY",
            "100000.00",
            "10000.00",
            "110000.00",
        ),
    ),
    "seikyu-2": (
        "ja",
        False,
        _SEIKYU_2,
        _truth(
            "2026-118", "2026-11-10", "有限会社やまと食品", "JPY", "30000.00", "2500.00", "32500.00"
        ),
    ),
    "cheonggu": (
        "ko",
        False,
        _CHEONGGU,
        _truth(
            "2026-0042",
            "2026-11-14",
            "주식회사 누리소프트",
            "KRW",
            "1000000.00",
            "100000.00",
            "1100000.00",
        ),
    ),
}


def east_asian_cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every page drawn into *folder*, with the values printed on it."""
    return [
        (draw(folder / f"{name}.pdf", lang, items, landscape), truth)
        for name, (lang, landscape, items, truth) in PAGES.items()
    ]
