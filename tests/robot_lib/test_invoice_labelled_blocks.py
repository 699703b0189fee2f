"""Kinds of layout an older invoicing app's default template prints (seen on Siwapp's print
templates, filled and printed once as a probe and not kept: they are not ours to copy), each
drawn here in HTML of our own with other names and values and printed by the shared Chromium:
the seller's details as a list of labelled lines ('Company: …', 'Address: …', 'Email: …') over
a customer's grid of labels over values; the seller a person after that label; one 'Taxes'
amount that is the VAT less the income tax withheld, the item rows naming both rates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from robot_lib.invoices.blocks import company
from tests.invoice_corpus import read_page, totals_read
from tests.invoice_html import print_pdf


def _page(seller: list[tuple[str, str]], customer: str, rows: list[list[str]], sums: str) -> str:
    """A page as such a template lays it out: the title and its date, the seller's labelled
    lines, the customer's grid (each label over its value, two cells a row), the item table
    (*rows*: description, unit cost, quantity, the tax cells' names, the row's price) and
    its footer (*sums*: label and amount pairs, one a line, '|' between)."""
    mine = "".join(f"<li>{k}: {v}</li>" for k, v in seller)
    cell = '<td style="width:50%;padding:0 12px 6px 0"><b style="display:block">{}</b>{}</td>'
    grid = "".join(
        "<tr>" + cell.format(a, b) + cell.format(c, d) + "</tr>"
        for a, b, c, d in [
            ("Customer:", customer, "Customer identification:", "B-46218835"),
            ("Contact person:", "Nuria Ferrer", "Email:", "nuria@example.org"),
            ("Invoicing address:", "Calle del Mar 8<br>46003 Valencia", "Shipping address:", ""),
        ]
    )
    items = "".join(
        f"<tr><td>{d}</td><td class=r>{u}</td><td class=r>{q}</td><td class=r>"
        + "".join(f"<span style='display:block'>{t}</span>" for t in taxes.split("+"))
        + f"</td><td class=r>{p}</td></tr>"
        for d, u, q, taxes, p in rows
    )
    foot = "".join(
        f'<tr><td colspan="3" style="border:none"></td><th class=r>{k}</th><td class=r>{v}</td></tr>'
        for k, v in (pair.split("|") for pair in sums.split(";"))
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; margin: 2cm 1.5cm; }}
ul {{ list-style: none; padding: 0; }} h3 {{ font-size: 13pt; font-weight: normal; color: #999; }}
table {{ border-collapse: collapse; width: 100%; }} .items td, .items th {{ border: 1px solid #ddd;
padding: 5pt 8pt; }} .r {{ text-align: right; }}</style></head><body>
<h2 style="font-size:16pt;font-weight:normal">Invoice #FAC-2026-0917</h2><p>Date: 2026-06-18</p>
<ul>{mine}</ul><h3>Client info</h3><table>{grid}</table><h3>Payment details</h3>
<table class="items"><tr><th>Description</th><th class=r>Unit Cost</th><th class=r>Qty</th>
<th class=r>Taxes</th><th class=r>Price</th></tr>{items}{foot}</table></body></html>"""


def _print(chromium: Any, path: Path, html: str) -> Path:
    print_pdf(chromium, [(path, html)])
    return path


def test_a_name_after_its_company_label_is_the_company() -> None:
    # 'Company: …' had made the line no company at all (a colon: an address's or a label's)
    assert company("Company: Saltmarsh Print Works Ltd") == "Saltmarsh Print Works Ltd"
    assert company("Raison sociale : Atelier Berthier SARL") == "Atelier Berthier SARL"
    assert company("Email: billing@saltmarsh.co.uk Ltd") is None


UK_ROWS = [["Brochure design, 24 pages", "£1,150.00", "1", "VAT 20%", "£1,380.00"]]
UK_SUMS = "Subtotal|£1,150.00;Taxes|£230.00;Total|£1,380.00"


SALTMARSH = [("Company", "Saltmarsh Print Works Ltd"), ("Address", "4 Ropewalk, Hull HU1 1DZ")]
SALTMARSH += [("Phone", "01482 555 210"), ("Email", "accounts@saltmarshprint.co.uk")]
NAVARRO = [("Company", "Inés Navarro Prieto"), ("Address", "Calle Colón 21, 46004 Valencia")]
NAVARRO += [("Email", "hola@navarroprieto.es"), ("Web", "navarroprieto.es")]


@pytest.mark.parametrize(
    ("seller", "customer"),
    [
        # the seller's labelled lines at the top, the customer's company under 'Customer:' in
        # the grid below: the customer (the only name read as a company) had been taken for
        # the seller
        (SALTMARSH, "Humber Marine Supplies Ltd"),
        # a freelancer: no legal form, the domain of the e-mail address under it spells the name
        (NAVARRO, "Grupo Hostelero Levante S.L."),
    ],
)
def test_the_seller_after_its_company_label_over_the_customer_s_grid(
    chromium: Any, tmp_path: Path, seller: list[tuple[str, str]], customer: str
) -> None:
    html = _page(seller, customer, UK_ROWS, UK_SUMS)
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert got["seller"] == seller[0][1], reasons
    assert status == "accepted", reasons


ES_SELLER = [("Company", "Inés Navarro Prieto"), ("Address", "Calle Colón 21, 46004 Valencia")]
ES_SELLER += [("Email", "hola@navarroprieto.es")]


def test_one_taxes_amount_that_is_the_vat_less_the_income_tax_withheld(
    chromium: Any, tmp_path: Path
) -> None:
    # net 2.480,00; IVA 21 % 520,80 less IRPF 15 % 372,00 = 148,80 printed as 'Taxes'; the
    # rows' prices hold both. The gross is net + VAT (3.000,80), the total printed what is
    # paid: the page had been accepted with 2.628,80 as its gross
    rows = [
        ["Diseño de catálogo", "1.600,00 €", "1", "IVA 21%+IRPF 15%", "1.696,00 €"],
        ["Sesión de fotos", "440,00 €", "2", "IVA 21%+IRPF 15%", "932,80 €"],
    ]
    sums = "Subtotal|2.480,00 €;Taxes|148,80 €;Total|2.628,80 €"
    pdf = _print(
        chromium, tmp_path / "a.pdf", _page(ES_SELLER, "Grupo Hostelero Levante S.L.", rows, sums)
    )
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("2480.00", "520.80", "3000.80"), reasons
    assert status == "accepted", reasons
    from robot_lib.invoices import extract_invoice

    ex = extract_invoice(pdf, use_xml=False)
    assert (ex.withheld, ex.payable) == ("372.00", "2628.80")


def test_a_withholding_named_and_none_read_waits(chromium: Any, tmp_path: Path) -> None:
    # two VAT rates and a withholding in the rows, one 'Taxes' amount: which rate's VAT the
    # withholding came off is not printed, so the total may be the amount payable
    rows = [
        ["Diseño de catálogo", "1.600,00 €", "1", "IVA 21%+IRPF 15%", "1.696,00 €"],
        ["Catering, 40 cubiertos", "500,00 €", "1", "IVA 10%+IRPF 15%", "475,00 €"],
    ]
    sums = "Subtotal|2.100,00 €;Taxes|71,00 €;Total|2.171,00 €"
    html = _page(ES_SELLER, "Grupo Hostelero Levante S.L.", rows, sums)
    got, status, reasons = read_page(_print(chromium, tmp_path / "a.pdf", html))
    assert status == "review", (got, reasons)
    assert any("income tax withheld at 15" in r for r in reasons), reasons
