"""Vietnamese VAT invoices (hóa đơn giá trị gia tăng): the bilingual form ('Số (No.):',
'Ngày (Date) 14 tháng (month) 10 năm (year) 2026', 'Đơn vị bán hàng (Seller):', 'Cộng tiền hàng
(Total amount):', 'Tiền thuế GTGT', 'Tổng cộng tiền thanh toán') and a sales invoice under a
letterhead ('CÔNG TY TNHH …'), in whole đồng with no currency sign."""

from __future__ import annotations

from pathlib import Path

from robot_lib.invoices import extract_invoice
from robot_lib.invoices.model import FIELDS
from tests.invoice_languages import Text, draw

BILINGUAL: list[Text] = [
    (170, 50, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 16),
    (230, 68, "(VAT INVOICE)", 10),
    (430, 90, "Ký hiệu (Serial): 1C26TAA", 9),
    (430, 104, "Số (No.): 00000118", 9),
    (150, 90, "Ngày (Date) 14 tháng (month) 10 năm (year) 2026", 9),
    (50, 130, "Đơn vị bán hàng (Seller): CÔNG TY CỔ PHẦN PHẦN MỀM HÀ NỘI", 9),
    (50, 144, "Mã số thuế (Tax code): 0101234567", 9),
    (50, 158, "Địa chỉ (Address): 12 Láng Hạ, Đống Đa, Hà Nội", 9),
    (50, 180, "Họ tên người mua hàng (Buyer): Nguyễn Văn An", 9),
    (50, 194, "Tên đơn vị (Company name): CÔNG TY TNHH THƯƠNG MẠI SAO MAI", 9),
    (50, 208, "Mã số thuế (Tax code): 0309876543", 9),
    (50, 222, "Hình thức thanh toán (Payment method): TM/CK", 9),
    (50, 250, "STT", 8),
    (80, 250, "Tên hàng hóa, dịch vụ", 8),
    (300, 250, "ĐVT", 8),
    (340, 250, "Số lượng", 8),
    (-470, 250, "Đơn giá", 8),
    (-545, 250, "Thành tiền", 8),
    (50, 264, "1", 8),
    (80, 264, "Phí bảo trì phần mềm", 8),
    (300, 264, "Tháng", 8),
    (340, 264, "2", 8),
    (-470, 264, "5.000.000", 8),
    (-545, 264, "10.000.000", 8),
    (50, 300, "Cộng tiền hàng (Total amount):", 9),
    (-545, 300, "10.000.000", 9),
    (50, 314, "Thuế suất GTGT (VAT rate): 10%", 9),
    (300, 314, "Tiền thuế GTGT (VAT amount):", 9),
    (-545, 314, "1.000.000", 9),
    (50, 328, "Tổng cộng tiền thanh toán (Total payment):", 9),
    (-545, 328, "11.000.000", 9),
    (50, 346, "Số tiền viết bằng chữ (Amount in words): Mười một triệu đồng chẵn.", 9),
]
VIETNAMESE: list[Text] = [
    (50, 40, "CÔNG TY TNHH GIẢI PHÁP SÀI GÒN", 12),
    (50, 54, "Mã số thuế: 0312345678", 8),
    (50, 66, "Địa chỉ: 45 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", 8),
    (200, 100, "HÓA ĐƠN BÁN HÀNG", 16),
    (220, 120, "Ngày 05 tháng 11 năm 2026", 9),
    (420, 120, "Số: 0000457", 9),
    (50, 150, "Người mua hàng: Trần Thị Bích", 9),
    (50, 164, "Tên đơn vị: CÔNG TY CỔ PHẦN ĐẦU TƯ MINH PHÁT", 9),
    (50, 200, "STT", 8),
    (80, 200, "Tên hàng hóa, dịch vụ", 8),
    (340, 200, "Số lượng", 8),
    (-470, 200, "Đơn giá", 8),
    (-545, 200, "Thành tiền", 8),
    (50, 214, "1", 8),
    (80, 214, "Thiết kế website", 8),
    (340, 214, "1", 8),
    (-470, 214, "8.500.000", 8),
    (-545, 214, "8.500.000", 8),
    (50, 250, "Cộng tiền hàng:", 9),
    (-545, 250, "8.500.000", 9),
    (50, 264, "Thuế GTGT (8%):", 9),
    (-545, 264, "680.000", 9),
    (50, 278, "Tổng cộng tiền thanh toán:", 9),
    (-545, 278, "9.180.000", 9),
    (50, 296, "Số tiền viết bằng chữ: Chín triệu một trăm tám mươi nghìn đồng.", 9),
]


def test_the_bilingual_vat_invoice(tmp_path: Path) -> None:
    ex = extract_invoice(draw(tmp_path / "vn-bi.pdf", BILINGUAL), use_xml=False)
    want = {
        "invoice_number": "00000118",
        "issue_date": "2026-10-14",
        "due_date": None,
        "seller": "CÔNG TY CỔ PHẦN PHẦN MỀM HÀ NỘI",
        "currency": "VND",
        "net_total": "10000000.00",
        "tax_total": "1000000.00",
        "gross_total": "11000000.00",
    }
    assert {f: ex.value(f) for f in FIELDS} == want
    assert ex.status == "accepted", ex.reasons


def test_a_sales_invoice_whose_currency_only_the_words_name_waits(tmp_path: Path) -> None:
    # 'đồng' in the amount in words is the only sign of the currency: read, but not enough
    ex = extract_invoice(draw(tmp_path / "vn.pdf", VIETNAMESE), use_xml=False)
    assert (ex.value("issue_date"), ex.value("currency")) == ("2026-11-05", "VND")
    assert ex.value("seller") == "CÔNG TY TNHH GIẢI PHÁP SÀI GÒN"
    assert ex.value("gross_total") == "9180000.00" and ex.status == "review"
    # with its currency unit printed ('Đơn vị tiền tệ: VND'), it goes straight through
    labelled = [*VIETNAMESE, (50, 180, "Đơn vị tiền tệ: VND", 9)]
    ex = extract_invoice(draw(tmp_path / "vn-vnd.pdf", labelled), use_xml=False)
    assert ex.value("currency") == "VND" and ex.status == "accepted", ex.reasons
