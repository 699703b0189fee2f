"""Kinds of layout of the view every Turkish e-Fatura and e-Arşiv invoice is read through, the
Revenue Administration's (GİB) standard stylesheet ('general.xslt', UBL-TR 1.2; replayed once as
a probe, its later and its earlier form, through Chromium, and not kept), drawn here with other
names and values: the seller's block at the top left (its name, address, 'Vergi Dairesi', 'VKN')
with no heading, 'e-FATURA' or 'e-Arşiv Fatura' beside it, the customer's block under 'SAYIN',
the invoice's facts in a box at the right ('Fatura No:', 'Fatura Tarihi: 07-03-2026'), the
items, and the totals in a narrow box at the right ('Mal Hizmet Toplam Tutarı', 'Toplam
İskonto', 'Hesaplanan KDV(%20)', 'Vergiler Dahil Toplam Tutar', 'Ödenecek Tutar'), where a long
amount wraps in its cell: the figures over the label's line, the currency under it."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw

_SELLER = ["Ege Ambalaj Sanayi", "Atatürk Bulvarı No:12", "35000 Merkez/ İzmir"]
_CUSTOMER = "Deniz Mobilya Dekorasyon A.Ş."


def _head(seller: list[str], title: str = "e-FATURA", date: str = "07-03-2026") -> list[Text]:
    page: list[Text] = [(40, 60 + 13 * k, line, 9) for k, line in enumerate(seller)]
    k = len(seller)
    page += [
        (40, 60 + 13 * k, "Vergi Dairesi: KARŞIYAKA", 9),
        (40, 73 + 13 * k, "VKN: 3341183468", 9),
    ]
    page += [(250, 120, title, 13)]
    page += [(40, 190, "SAYIN", 9), (40, 203, _CUSTOMER, 9), (40, 216, "İnönü Caddesi No:32", 9)]
    page += [(40, 229, "Kadıköy/ İstanbul", 9), (40, 242, "Vergi Dairesi: KADIKÖY", 9)]
    page += [(40, 255, "VKN: 8427910944", 9)]
    facts = [
        ("Özelleştirme No:", "TR1.2"),
        ("Senaryo:", "TEMELFATURA"),
        ("Fatura Tipi:", "SATIS"),
        ("Fatura No:", "EGE2026000000123"),
        ("Fatura Tarihi:", date),
    ]
    for k, (label, value) in enumerate(facts):
        page += [(380, 200 + 11 * k, label, 8), (460, 200 + 11 * k, value, 8)]
    page += [(40, 270, "ETTN: 26e87555-5790-482e-81d3-fcff2a3af4d4", 8)]
    heads = ["Sıra No", "Mal Hizmet", "Miktar", "Birim Fiyat", "KDV Oranı", "KDV Tutarı"]
    page += [(x, 295, h, 8) for x, h in zip([40, 80, 220, 280, 350, 410], heads, strict=True)]
    page += [(-555, 295, "Mal Hizmet Tutarı", 8)]
    return page


def _row(
    y: float, no: str, name: str, qty: str, price: str, rate: str, tax: str, total: str
) -> list[Text]:
    return [
        (40, y, no, 8),
        (80, y, name, 8),
        (220, y, qty, 8),
        (280, y, price, 8),
        (350, y, rate, 8),
        (410, y, tax, 8),
        (-555, y, total, 8),
    ]


def _totals(rows: list[tuple[str, str]], top: float, currency: str = "TL") -> list[Text]:
    """The totals' box: each label right-aligned in its cell, its amount in the narrow cell
    right of it; an amount ending in '|' wraps there, its figures half a line over the
    label's line and the currency half a line under it."""
    page: list[Text] = []
    y = top
    for label, amount in rows:
        if amount.endswith("|"):
            page += [(-480, y, label, 8), (-555, y - 5, amount[:-1], 8), (-555, y + 5, currency, 8)]
            y += 24
        else:
            page += [(-480, y, label, 8), (-555, y, f"{amount} {currency}", 8)]
            y += 14
    return page


def test_the_customer_under_sayin_and_a_sender_with_no_legal_form(tmp_path: Path) -> None:
    # the customer's company under 'SAYIN' had been taken for the seller (the sender's name
    # carries no legal form; the title 'e-Arşiv Fatura' is the page's largest text)
    page = _head(_SELLER, title="e-Arşiv Fatura")
    page += _row(
        310, "1", "Danışmanlık Hizmeti", "10 Saat", "250 TL", "%20,00", "500,00 TL", "2.500,00 TL"
    )
    page += _totals(
        [
            ("Mal Hizmet Toplam Tutarı", "2.500,00"),
            ("Toplam İskonto", "0,00"),
            ("Hesaplanan KDV(%20)", "500,00"),
            ("Vergiler Dahil Toplam Tutar", "3.000,00"),
            ("Ödenecek Tutar", "3.000,00"),
        ],
        360,
    )
    got, _status, reasons = read_page(draw(tmp_path / "s.pdf", page))
    assert got["seller"] == _SELLER[0], reasons
    assert got["gross_total"] == "3000.00", reasons


def test_a_company_form_spelled_out_and_wrapped(tmp_path: Path) -> None:
    # 'Anonim Şirketi' and 'Limited Şirketi' are legal forms; the second word of one wrapped
    # alone onto the next line ('… TİCARET LİMİTED' over 'ŞİRKETİ') belongs to the name
    for seller, want in (
        (
            ["Marmara Lojistik Hizmetleri Anonim Şirketi"],
            "Marmara Lojistik Hizmetleri Anonim Şirketi",
        ),
        (
            ["İBER ENDÜSTRİYEL İTHALAT İHRACAT VE TİCARET LİMİTED", "ŞİRKETİ"],
            "İBER ENDÜSTRİYEL İTHALAT İHRACAT VE TİCARET LİMİTED ŞİRKETİ",
        ),
    ):
        page = _head([*seller, "Barbaros Mh. Begonya Sokak No:3", "34746 Ataşehir/ İstanbul"])
        page += _row(
            310, "1", "Nakliye bedeli", "1 Adet", "800 TL", "%20,00", "160,00 TL", "800,00 TL"
        )
        page += _totals(
            [
                ("Mal Hizmet Toplam Tutarı", "800,00"),
                ("Hesaplanan KDV(%20)", "160,00"),
                ("Vergiler Dahil Toplam Tutar", "960,00"),
            ],
            360,
        )
        got, _status, reasons = read_page(draw(tmp_path / "c.pdf", page))
        assert got["seller"] == want, reasons


def test_amounts_wrapped_around_their_labels_a_discount_and_two_rates(tmp_path: Path) -> None:
    # the figures over the label's line and 'TL' under it: the rate in the label, '(%20.00)',
    # is no amount (its sign before it, as Turkish writes a rate); 'Toplam İskonto' (total
    # discount) is the discount, not a total: the subtotal less it is the net
    page = _head(_SELLER)
    page += _row(
        310,
        "1",
        "Yazılım Lisansı",
        "34 Adet",
        "3.865 TL",
        "%20,00",
        "24.967,90 TL",
        "124.839,50 TL",
    )
    page += _row(
        325, "2", "Jumbo Çöp Poşeti", "5 Adet", "296,64 TL", "%10,00", "148,32 TL", "1.483,20 TL"
    )
    page += _totals(
        [
            ("Mal Hizmet Toplam Tutarı", "131.410,00|"),
            ("Toplam İskonto", "5.087,30"),
            ("Hesaplanan KDV(%20.00)", "24.967,90|"),
            ("Hesaplanan KDV(%10.00)", "148,32"),
            ("Vergiler Dahil Toplam Tutar", "151.438,92|"),
            ("Ödenecek Tutar", "151.438,92|"),
        ],
        360,
    )
    got, status, reasons = read_page(draw(tmp_path / "w.pdf", page))
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "126322.70",
        "25116.22",
        "151438.92",
    ), reasons
    assert status == "accepted", reasons


def test_the_older_view_in_dollars(tmp_path: Path) -> None:
    # the earlier stylesheet's 'KDV (%20)' and 'KDV Dahil Toplam Tutar'; an item's row
    # wrapped, its two amounts' 'USD' alone under them, is no
    # row of two currencies' heads (its amounts had been taken for converted ones, the taxes
    # dropped, and the total accepted as the net with no tax); and a Turkish page billed in
    # dollars still writes its dates day first ('07-03-2026' is the 7th of March)
    page = _head(_SELLER)
    page += _row(310, "1", "Z KATLI HAVLU", "34", "126,42", "%20,00", "859,66 USD", "4.298,28")
    page += [(220, 320, "Adet", 8), (280, 320, "USD", 8), (-555, 320, "USD", 8)]
    page += _totals(
        [
            ("Mal Hizmet Toplam Tutarı", "4.298,28"),
            ("Toplam İskonto", "0,00"),
            ("KDV (%20)", "859,66"),
            ("KDV Dahil Toplam Tutar", "5.157,94"),
            ("Ödenecek Tutar", "5.157,94"),
        ],
        360,
        currency="USD",
    )
    got, status, reasons = read_page(draw(tmp_path / "o.pdf", page))
    assert (got["net_total"], got["tax_total"], got["gross_total"]) == (
        "4298.28",
        "859.66",
        "5157.94",
    ), reasons
    assert got["issue_date"] == "2026-03-07", reasons
    assert status == "accepted", reasons
