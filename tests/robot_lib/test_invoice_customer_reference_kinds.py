"""A business customer's references on the page: the customer's number before the invoice's,
its order number after it, its own VAT number under its address in the window. Met when a
round of probes' pages was printed with them through Chromium (not kept) and scored before any
rule was written for it: 'N.º cliente K-21922' under the title was read as the invoice's
number, and a foreign customer's VAT number made its block the seller's where the seller's
own tax number was in words not known (Uzbekistan's 'STIR', Iran's 'شناسه ملی').

And the delivery's references before the invoice's (the delivery note's number, the delivery
date): 'Data consegna 21/10/2025' was read as the bare 'Data' over the issue date."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_html import print_pdf


def _letter(
    seller: list[str],
    customer: list[str],
    title: str,
    meta: list[tuple[str, str]],
    sums: list[tuple[str, str]],
    rtl: bool = False,
) -> str:
    """The seller's block top right (its name in large type), its name small over the window's
    address at the left, the title, *meta* as a table of labels and values, the totals."""
    e = html.escape
    top = "<br>".join(
        f"<b style='font-size:13pt'>{e(x)}</b>" if not i else e(x) for i, x in enumerate(seller)
    )
    return (
        f"<!doctype html><html dir={'rtl' if rtl else 'ltr'}><head><meta charset=utf-8><style>"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}.top{display:flex;"
        "justify-content:space-between}.ret{font-size:7pt;margin-top:12mm}td{padding:1px 8px}"
        "</style></head><body><div class=top><div><div class=ret>"
        f"{e(seller[0])}</div>{'<br>'.join(e(x) for x in customer)}</div><div>{top}</div></div>"
        f"<h1>{e(title)}</h1><table>"
        + "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in meta)
        + "</table><table style='margin-left:auto;margin-right:0'>"
        + "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in sums)
        + "</table></body></html>"
    )


def test_a_customers_number_under_the_title_is_not_the_invoices(
    chromium: Any, tmp_path: Path
) -> None:
    seller = ["Sofia Almeida, Solicitadora", "Rua Augusta 100", "1100-053 Lisboa", "NIF 212345678"]
    customer = ["Manuel Ferreira", "Av. da Liberdade 20", "1250-145 Lisboa", "NIF PT000083454"]
    meta = [
        ("N.º cliente", "K-21922"),
        ("Fatura n.º", "2026/413"),
        ("Sua encomenda n.º", "PO-4500441114"),
        ("Data", "16/08/2026"),
    ]
    sums = [("Honorários", "1 725,00 €"), ("IVA 23%", "396,75 €"), ("Total a pagar", "2 121,75 €")]
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, _letter(seller, customer, "Fatura", meta, sums))])
    got, status, reasons = read_page(pdf)
    assert (got["invoice_number"], got["issue_date"]) == ("2026/413", "2026-08-16"), reasons
    assert got["seller"] == seller[0], reasons
    assert totals_read(got) == ("1725.00", "396.75", "2121.75"), reasons


@pytest.mark.parametrize(
    ("seller", "title", "meta", "rtl"),
    [
        (
            [
                '"Toshkent Savdo" MChJ',
                "Amir Temur ko'chasi 12",
                "100000 Toshkent",
                "STIR 301234567",
            ],
            "HISOB-FAKTURA",
            [("Hisob-faktura №", "2026/290"), ("Sana", "16.08.2026")],
            False,
        ),
        (
            ["شرکت بازرگانی پارس", "خیابان ولیعصر، پلاک 12", "تهران", "شناسه ملی 10102030405"],
            "صورتحساب فروش",
            [("شماره صورتحساب", "2026/737"), ("تاریخ", "2026/08/16")],
            True,
        ),
    ],
    ids=["uzbek", "persian"],
)
def test_a_foreign_customers_vat_number_does_not_make_it_the_seller(
    chromium: Any, tmp_path: Path, seller: list[str], title: str, meta: Any, rtl: bool
) -> None:
    # an export to a German business: its VAT number under its address in the window, the
    # seller's own tax number under its name in its country's words
    customer = ["Muster Handel GmbH", "Hauptstraße 5", "10115 Berlin", "USt-IdNr. DE123456789"]
    sums = [("Total", "1,200.00 USD"), ("VAT 0%", "0.00 USD"), ("Total due", "1,200.00 USD")]
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, _letter(seller, customer, title, meta, sums, rtl))])
    got, status, reasons = read_page(pdf)
    assert got["seller"] == seller[0], reasons
    assert got["invoice_number"] == meta[0][1], reasons


@pytest.mark.parametrize(
    ("meta", "issued"),
    [
        (
            [
                ("DDT n.", "LS-143780"),
                ("Data consegna", "21/10/2025"),
                ("Fattura n.", "20/2025"),
                ("Data", "24/10/2025"),
            ],
            "2025-10-24",
        ),
        # (guard: a month's name between the bare word and the figures)
        ([("Fattura n.", "20/2025"), ("Data", "ottobre 24, 2025")], "2025-10-24"),
    ],
    ids=["delivery-date-first", "month-first"],
)
def test_a_date_word_qualified_by_another_word_names_another_date(
    chromium: Any, tmp_path: Path, meta: list[tuple[str, str]], issued: str
) -> None:
    seller = ["Studio Rossi Commercialisti", "Via Roma 10", "20121 Milano", "P.IVA 01234567890"]
    customer = ["Bianchi S.r.l.", "Via Dante 3", "20123 Milano"]
    sums = [("Imponibile", "2.654,00 €"), ("IVA 22%", "583,88 €"), ("Totale", "3.237,88 €")]
    pdf = tmp_path / "f.pdf"
    print_pdf(chromium, [(pdf, _letter(seller, customer, "Fattura", meta, sums))])
    got, status, reasons = read_page(pdf)
    assert (got["invoice_number"], got["issue_date"]) == ("20/2025", issued), reasons
    assert totals_read(got) == ("2654.00", "583.88", "3237.88"), reasons
