"""Kinds of layout a headless shop's invoice plugin prints (seen on Vendure's invoice plugin, its
default template as a shop fills it in, filled and printed once as a probe and not kept: the
template is not ours to copy), each drawn here on its own with other names, values and
languages: the customer's block under 'Shipping Info', the shop named only where the page
thanks the customer for the order, and the taxes at the left beside the totals at the right,
a tax's line and the total's sharing one printed line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_typeset import text_page


def _plugin_page(path: Path, customer: list[str], thanks: str, mail: str) -> Path:
    """A page as the plugin lays it out: the title, the date, order and number, the customer
    under 'Shipping Info', the items with their rates, the taxes beside the totals, a line
    that thanks the customer, the shop's details (no name among them) at the foot."""
    lines = ["^Invoice", "Date: 9-2-2026", "Order: 7KQ2MZ81PXW4RT3A", "Invoice Number: 10417", ""]
    lines += ["Shipping Info", *customer, "anna@mail.example", ""]
    lines += ["Qty | Product | VAT | Total", "2 | Stoneware bowl | 21% | €48.40"]
    lines += ["| Shipping costs | | €6.05", ""]
    lines += ["| Subtotal (ex VAT): €45.00", "Standard Tax Netherlands, goods and shipping: |"]
    lines += ["TAX 21%: €9.45 | Total: €54.45"]
    lines += ["", thanks, "", "Company details", "CoC: 80119273 | Mobile Number: +31 6 2847 1190"]
    lines += ["VAT: NL004417382B55 | Address: Havenstraat 4, 8861 AG Harlingen"]
    lines += ["IBAN: NL20INGB0008765432", f"Email Address: {mail}"]
    return text_page(path, lines, style="tight_lines")


_CUSTOMER = ["Anna Visser", "Visser & Zonen Bouw B.V.", "Kerkstraat 5", "3581 RB, Utrecht"]


@pytest.mark.parametrize(
    "thanks",
    [
        "Thanks for your order at Wadden Keramiek",
        "Bedankt voor je bestelling bij Wadden Keramiek",
        "Vielen Dank für Ihre Bestellung bei Wadden Keramiek",
        "Merci pour votre commande chez Wadden Keramiek !",
    ],
)
def test_the_shop_named_where_the_page_thanks_the_customer(tmp_path: Path, thanks: str) -> None:
    # no name among the shop's details, its e-mail address spelling it: the customer's company
    # under 'Shipping Info' had been accepted as the seller
    pdf = _plugin_page(tmp_path / "a.pdf", _CUSTOMER, thanks, "orders@waddenkeramiek.example")
    got, status, reasons = read_page(pdf)
    assert got["seller"] == "Wadden Keramiek", reasons
    assert status == "accepted", reasons


def test_a_company_under_shipping_info_is_the_customer(tmp_path: Path) -> None:
    # with no sentence that names the shop, the customer's company under 'Shipping Info' (its
    # heading unknown) had been taken for the letterhead and the seller trusted; it is the
    # customer's block, and the seller waits for a person
    pdf = _plugin_page(tmp_path / "a.pdf", _CUSTOMER, "", "orders@waddenkeramiek.example")
    _got, status, reasons = read_page(pdf)
    assert any(r.startswith("seller") for r in reasons), reasons
    assert status == "review", reasons


def test_the_tax_beside_the_total_on_one_printed_line(tmp_path: Path) -> None:
    # the taxes' block at the left, the totals' at the right: 'TAX 21%: €9.45' and 'Total:
    # €54.45' share a printed line, each under its own label in its own cell; they had been
    # taken for one witness and the sum left unchecked
    pdf = _plugin_page(tmp_path / "a.pdf", _CUSTOMER, "Thanks for your order at Wadden Keramiek",
                       "orders@waddenkeramiek.example")  # fmt: skip
    got, status, reasons = read_page(pdf)
    assert totals_read(got) == ("45.00", "9.45", "54.45"), reasons
    assert status == "accepted", reasons
