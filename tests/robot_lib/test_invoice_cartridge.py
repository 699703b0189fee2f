"""Invoices printed by Cartridge, kept as PDFs in ``tests/data/cartridge_invoices``
(``tests/invoice_cartridge``): a Mezzanine shop's order invoice, its own template printed by
xhtml2pdf in eight languages, read as a new vendor's page is read (none goes through: the page
prints no invoice number and no seller). And the kinds of layout it showed, drawn on their own
with other names, values and languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.invoice_cartridge import FIXTURES, SEEDS, SHOPS, invoice
from tests.invoice_corpus import kept_cases, kept_jobs, read_page, score
from tests.invoice_typeset import text_page

CASES = kept_cases(FIXTURES)


def test_the_kept_folder_holds_what_its_values_name() -> None:
    assert len(CASES) == len(SHOPS) * SEEDS
    for job, truth in kept_jobs(FIXTURES, CASES, invoice):
        o = job["order"]
        items = sum(i["quantity"] * Decimal(i["unit_price"]) for i in o["items"])
        assert items == Decimal(o["item_total"])
        assert Decimal(truth["gross_total"]) == Decimal(o["total"])


def test_no_page_is_accepted_and_no_seller_is_made_up() -> None:
    # no invoice number and no seller are printed: every page waits; the British, American,
    # German and Spanish pages name no seller (the section headings 'Your Details', 'Items
    # Ordered', the billing block's heading, the customer's first name, a column head and a
    # price had been taken for one; the French, Italian, Swedish and Polish pages still offer
    # a guess to the reviewer); the order's date in its number's row is read on every page but
    # the Polish ones whose month the page's font garbles
    r = score(CASES, use_xml=False)
    assert r["accepted"] == 0 and not r["wrong_accepted"]
    for pdf, truth in CASES:
        got, _status, _reasons = read_page(pdf)
        if pdf.name[:2] in ("gb", "us", "de", "es"):
            assert got["seller"] is None, pdf.name
        if not pdf.name.startswith("pl-"):
            assert got["issue_date"] == truth["issue_date"], pdf.name


def _order_page(first_line: str) -> list[str]:
    return [
        first_line,
        "^Your Details",
        "Billing Details | Shipping Details",
        "First name: Kim | First name: Kim",
        "Last name: Lee | Last name: Lee",
        "City: Austin | City: Austin",
        "",
        "^Items Ordered",
        "Item | Unit Price | Qty | Price",
        "Canvas tote | $24.00 | 2 | $48.00",
        "Enamel pin | $9.50 | 1 | $9.50",
        "Sales tax 6.25%: | $3.59",
        "Total: | $61.09",
    ]


def test_a_shop_order_pages_headings_and_fields_are_no_seller(tmp_path: Path) -> None:
    # a heading addressed to the reader ('Your Details'), a heading over the items' table
    # ('Items Ordered'), the billing block's heading, a labelled field's value ('Kim') and a
    # column head are no letterhead ('Your Details' had been the seller); and the order's date
    # and time beside its number is the page's date
    page = _order_page("Order ID: 5521 | Nov. 3, 2026, 4:12 p.m.")
    got, status, _reasons = read_page(text_page(tmp_path / "order.pdf", page))
    assert got["seller"] not in ("Your Details", "Items Ordered", "Billing Details", "Kim", "Item")
    assert got["issue_date"] == "2026-11-03"
    assert status == "review"


def test_a_date_and_time_in_a_spanish_orders_row(tmp_path: Path) -> None:
    # 'Código de orden 7712   5 de marzo de 2026 a las 09:15': the order's number and its time
    page = _order_page("Código de orden 7712 | 5 de marzo de 2026 a las 09:15")
    got, _status, _reasons = read_page(text_page(tmp_path / "es.pdf", page))
    assert got["issue_date"] == "2026-03-05"
