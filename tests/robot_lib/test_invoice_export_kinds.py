"""Kinds of layout of exporters' commercial invoices (a Chinese factory's goods at FOB with the
ocean freight and insurance added to a CIF total, a Turkish exporter's EXW total with its packing;
replayed once as probes through Chromium, not kept)."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw, rows_at


def _invoice(
    seller: str,
    meta: list[tuple[str, str]],
    table: list[tuple[str, ...]],
    sums: list[tuple[str, str]],
) -> list[Text]:
    items: list[Text] = [
        (60, 50, seller, 13),
        (60, 64, "No. 18 Gaoxin South Road, Nanshan District", 7),
    ]
    items += [(60, 110, "COMMERCIAL INVOICE", 13)]
    cust = ["Nordwind Handels GmbH", "Speicherstraße 3", "20457 Hamburg, Germany"]
    items += [(60, 130 + 12 * i, t, 9) for i, t in enumerate(cust)]
    items += rows_at((380, -540), 130, 12, meta)
    items += rows_at((60, -400, -470, -540), 210, 14, table)
    items += rows_at((330, -540), 214 + 14 * len(table), 14, sums)
    return items


_META = [("Invoice No.", "BS2605118"), ("Date", "May 26, 2026"), ("Terms", "CIF Hamburg")]
_GOODS = [("Description of goods", "Qty (pcs)", "Unit price", "Amount USD")]
_GOODS += [("LED desk lamp, model BS-220", "1200", "6.85", "8,220.00")]
_GOODS += [("USB-C charger 65W", "1000", "4.20", "4,200.00")]


def test_freight_and_insurance_after_the_fob_value_make_the_cif_total(tmp_path: Path) -> None:
    # 'Total FOB value', 'Ocean freight', 'Insurance', 'TOTAL CIF HAMBURG': the CIF total had
    # been read, but nothing backed it and the page waited
    sums = [("Total FOB value", "USD 12,420.00"), ("Ocean freight", "USD 1,850.00")]
    sums += [("Insurance", "USD 37.26"), ("TOTAL CIF HAMBURG", "USD 14,307.26")]
    items = _invoice("Shenzhen Bright Star Electronics Co., Ltd.", _META, _GOODS, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    # (no VAT: the total without it, the net, is the CIF total too)
    assert (got["currency"], *totals_read(got)) == ("USD", "14307.26", None, "14307.26"), reasons
    assert status == "accepted", reasons


def test_packing_after_the_ex_works_total_makes_the_fca_total(tmp_path: Path) -> None:
    sums = [
        ("Total EXW", "€ 10.310,00"),
        ("Packing and loading", "€ 240,00"),
        ("TOTAL FCA İZMİR", "€ 10.550,00"),
    ]
    table = [
        ("Description", "Quantity", "Unit price", "Amount"),
        ("Men's cotton shirt", "600", "8,90", "5.340,00"),
    ]
    table += [("Women's knitted cardigan", "350", "14,20", "4.970,00")]
    # ('Payment | CAD', cash against documents, reads as Canada's dollar, whose invoices write
    # dates either way: a date with points is still read day first, and no doubt of it)
    meta = [
        ("Invoice No", "EXP2026448120"),
        ("Date", "07.03.2026"),
        ("Delivery terms", "FCA İzmir"),
    ]
    meta += [("Payment", "CAD")]
    items = _invoice("Ege Tekstil San. ve Tic. A.Ş.", meta, table, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["issue_date"], *totals_read(got)) == ("2026-03-07", "10550.00", None, "10550.00"), (
        reasons
    )
    assert status == "accepted", reasons


def test_a_deposit_taken_off_under_the_total_is_no_item(tmp_path: Path) -> None:
    # (a guard) 'TOTAL AMOUNT' closes the items, then 'Less 30% deposit received (T/T) USD
    # -3,726.00' and the balance: the deposit's row of one amount below zero is no item
    sums = [("TOTAL AMOUNT", "USD 12,420.00"), ("Less 30% deposit received (T/T)", "USD -3,726.00")]
    sums += [("BALANCE DUE BEFORE SHIPMENT", "USD 8,694.00")]
    items = _invoice("Shenzhen Bright Star Electronics Co., Ltd.", _META, _GOODS, sums)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert got["gross_total"] == "12420.00", reasons
    assert status == "accepted", reasons
