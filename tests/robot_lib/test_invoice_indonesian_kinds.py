"""Kinds of layout of Indonesian invoicing apps (replayed once as a probe through Chromium:
Jurnal, Paper.id, Kledo, Accurate Online; not kept): rupiah with dots for thousands, with or
without ',00'; 'PPN 11%'; Indonesian month names. Paper.id: 'Sub Total', 'Diskon', 'PPN (11%)',
'Grand Total'. Accurate: 'Sub Total', 'PPN', 'Biaya Kirim' (shipping, after the tax), 'Total
Faktur'. Kledo: the title 'TAGIHAN' (the bill) and a grid 'Nomor | Tanggal | Tgl. Jatuh Tempo'
at the right. Jurnal: each item row's 'Diskon' and 'Pajak' cells, '0%' and 'PPN'."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at

_SELLER = [
    "PT Nusantara Kreatif Digital",
    "Jl. Asia Afrika No. 8",
    "Bandung 40111",
    "NPWP 03.456.789.0-423.000",
]
_CLIENT = ["Toko Bangunan Sejahtera", "Jl. Diponegoro 44", "Semarang 50241"]


def _page(
    title: str, grid: list[tuple[str, str]], heads: list[str], rows: list[list[str]]
) -> list[Text]:
    """A page: the seller at the left, *title* under it, the client, *grid* at the right, the
    item table (its last column right-aligned)."""
    items: list[Text] = [(45, 50 + 11 * i, t, 12 if i == 0 else 9) for i, t in enumerate(_SELLER)]
    items += [(45, 110, title, 16), (45, 135, "Kepada Yth.", 9)]
    items += [(45, 146 + 11 * i, t, 9) for i, t in enumerate(_CLIENT)]
    items += rows_at((400, 480), 135, 13, grid)
    xs = {4: [48, -280, -380, -550], 5: [48, -250, -340, -390, -550]}[len(heads)]
    return items + rows_at(xs, 210, 0, [heads]) + rows_at(xs, 226, 14, rows)


def _sums(y: float, sums: list[tuple[str, str]]) -> list[Text]:
    return rows_at((400, -550), y, 13, sums)


def test_a_discount_between_the_sub_total_and_the_tax(tmp_path: Path) -> None:
    # 'Diskon -Rp175.000' under 'Sub Total Rp3.500.000', then 'PPN (11%) Rp365.750': the net is
    # after the discount (the held-out pages with a discount waited, the sub total read as the net)
    grid = [("Nomor Invoice :", "INV/2026/02/0549"), ("Tanggal Invoice :", "7 Februari 2026")]
    grid += [("Jatuh Tempo :", "21 Februari 2026")]
    rows = [["1 Kabel UTP Cat6 (roll)", "10", "Rp350.000", "Rp3.500.000"]]
    page = _page("INVOICE", grid, ["Nama Produk", "Qty", "Harga Satuan", "Total"], rows)
    page += _sums(270, [("Sub Total", "Rp3.500.000"), ("Diskon", "-Rp175.000")])
    page += _sums(296, [("PPN (11%)", "Rp365.750"), ("Grand Total", "Rp3.690.750")])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert totals_read(got) == ("3325000.00", "365750.00", "3690750.00"), reasons
    assert status == "accepted", reasons


def test_shipping_after_the_tax_is_in_the_total(tmp_path: Path) -> None:
    # Accurate's 'FAKTUR PENJUALAN': 'Sub Total', 'PPN', 'Biaya Kirim 50.000' (shipping) and
    # 'Total Faktur 19.197.500': a charge the total includes; read as nothing, net + tax did not
    # make the total and the pages waited for that too (they wait still: no currency printed)
    items: list[Text] = [
        (43, 55, "PT Sinar Abadi Teknologi", 13),
        (-553, 56, "FAKTUR PENJUALAN", 15),
    ]
    items += [(43, 66, "Jl. Jend. Sudirman Kav. 52-53", 9), (43, 76, "Jakarta Selatan 12190", 9)]
    grid = [("No. Faktur", "SI.2026.10.00129", 111), ("Tanggal", "15 Oct 2026", 125)]
    items += [(x, y, t, 9) for label, value, y in grid for x, t in ((389, label), (477, value))]
    client = ["Kepada:", "Yayasan Pendidikan Harapan", "Jl. Merdeka No. 3", "Malang 65119"]
    items += [(49, 116 + 10.5 * i, t, 9) for i, t in enumerate(client)]
    xs = (46, 134, -354, -420, -471, -550)
    heads = ["Kode Barang", "Nama Barang", "Kuantitas", "@Harga", "Diskon", "Total Harga"]
    items += [(x, 189, t, 9) for x, t in zip(xs, heads, strict=True)]
    rows = [["BRG-548", "Jasa Instalasi Jaringan", "10", "350.000", "0", "3.500.000"]]
    rows += [["BRG-647", "Kabel UTP Cat6 (roll)", "5", "2.750.000", "0", "13.750.000"]]
    for i, row in enumerate(rows):
        items += [(x, 204 + 15 * i, t, 9) for x, t in zip(xs, row, strict=True)]
    sums = [("Sub Total", "17.250.000"), ("PPN", "1.897.500"), ("Biaya Kirim", "50.000")]
    sums += [("Total Faktur", "19.197.500")]
    items += rows_at((443, -548), 262, 13.7, sums)
    got, _status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("17250000.00", "1897500.00", "19197500.00"), reasons
    assert not [r for r in reasons if "net 17250000.00 + tax" in r], reasons


def test_the_bare_number_word_in_a_grid_of_the_bill_s_dates(tmp_path: Path) -> None:
    # 'Nomor | INV/00842' over 'Tanggal' and 'Tgl. Jatuh Tempo' under the title 'TAGIHAN': the
    # bill's number (every Kledo page waited for a number)
    grid = [
        ("Nomor", "INV/00842"),
        ("Tanggal", "26 Januari 2026"),
        ("Tgl. Jatuh Tempo", "9 Februari 2026"),
    ]
    rows = [["Lisensi Software (1 tahun)", "3", "15.600.000", "46.800.000"]]
    page = _page("TAGIHAN", grid, ["Produk", "Kuantitas", "Harga", "Jumlah"], rows)
    page += _sums(
        260, [("Subtotal", "46.800.000"), ("PPN 11%", "5.148.000"), ("Total", "51.948.000")]
    )
    page += [(45, 320, "Mata uang: IDR", 9)]
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", page))
    assert (got["invoice_number"], got["due_date"]) == ("INV/00842", "2026-02-09"), reasons
    assert status == "accepted", reasons


def test_an_item_s_zero_percent_discount_beside_its_tax_s_word(tmp_path: Path) -> None:
    # the row 'Desain Logo | 5 | 350.000,00 | 0% | PPN | 1.750.000,00': its '0%' (the discount)
    # is no rate whose tax the page prints beside the 11 % rate's (such Jurnal pages waited)
    grid = [
        ("No. Invoice", "10749"),
        ("Tgl. Transaksi", "26/05/2026"),
        ("Tgl. Jatuh Tempo", "09/06/2026"),
    ]
    heads = ["Produk", "Kuantitas", "Harga", "Diskon", "Pajak"]
    items = _page(
        "Invoice",
        grid,
        [*heads[:4], "Jumlah"],
        [["Desain Logo", "5", "350.000,00", "0%", "1.750.000,00"]],
    )
    items += [(470, 210, "Pajak", 9), (470, 226, "PPN", 9)]
    items += _sums(260, [("Subtotal", "Rp 1.750.000,00"), ("PPN 11%", "Rp 192.500,00")])
    items += _sums(286, [("Total", "Rp 1.942.500,00")])
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == ("1750000.00", "192500.00", "1942500.00"), reasons
    assert status == "accepted", reasons
