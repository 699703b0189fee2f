"""Kinds of layout of a small firm's invoice in Vietnamese (replayed once as a probe through
Chromium, not kept): the dong's 'đ' after its amounts, a seller's name beside its heading with
the title in larger type beside it and its last word wrapped."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def test_a_vietnamese_invoice_the_dong_and_a_wrapped_name_beside_its_heading(
    tmp_path: Path,
) -> None:
    # 'Đơn vị bán hàng: CÔNG TY CỔ PHẦN THƯƠNG MẠI HÀ' (9 pt) level with the title 'HÓA ĐƠN GIÁ
    # TRỊ GIA TĂNG' (14 pt), 'NỘI' wrapped under it; amounts in 'đ': the title had been read as
    # part of the name, the name's last word lost, and the currency not found
    name = "Đơn vị bán hàng: CÔNG TY CỔ PHẦN THƯƠNG MẠI HÀ"
    items: list[Text] = [
        (51, 56, name, 9),
        (298, 58, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 14),
        (51, 69, "NỘI", 9),
    ]
    items += [
        (51, 82, "Địa chỉ: 45 Tràng Tiền, Hoàn Kiếm, Hà Nội", 9),
        (51, 95, "Mã số thuế: 0586554412", 9),
    ]
    head = [("Ký hiệu:", "1C26TAA"), ("Số:", "0009089"), ("Ngày", "18 tháng 05 năm 2026")]
    items += rows_at((391, 470), 80, 13, head)
    buyer = "Đơn vị mua hàng: CÔNG TY TNHH XÂY DỰNG ĐÀ NẴNG"
    items += [(51, 130, buyer, 9), (51, 143, "Mã số thuế: 0401234567", 9)]
    rows = [("Tên hàng hóa, dịch vụ", "Số lượng", "Đơn giá", "Thành tiền")]
    rows += [("Máy tính xách tay", "2", "18.500.000", "37.000.000")]
    items += rows_at((60, 330, -460, -540), 180, 14, rows)
    sums = [("Cộng tiền hàng", "37.000.000 đ"), ("Thuế GTGT 10%", "3.700.000 đ")]
    sums += [("Tổng cộng tiền thanh toán", "40.700.000 đ")]
    items += rows_at((300, -540), 230, 14, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["seller"] == "CÔNG TY CỔ PHẦN THƯƠNG MẠI HÀ NỘI", reasons
    assert got["currency"] == "VND", reasons
    assert totals_read(got) == ("37000000.00", "3700000.00", "40700000.00"), reasons


def test_the_dongs_letter_only_after_an_amount() -> None:
    # (a guard) 'đ' after a figure is the dong's only when no letter follows it: a street's
    # number before 'đường' (a road) names no currency
    from robot_lib.invoices.parse import currencies_in

    assert currencies_in("Tổng cộng 40.700.000 đ") == ["VND"]
    assert currencies_in("Số 12 đường Lê Lợi, Quận 1") == []
