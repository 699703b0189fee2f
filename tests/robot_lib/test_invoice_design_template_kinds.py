"""Kinds of layout a design tool's invoice template prints (seen on pdfme's 'invoice' template,
the layout design sites offer as 'Samira Hadid', filled and printed once as a probe and not
kept), each drawn here with other names and values: 'INVOICE' in large type at the right,
'Billed to:' over the customer, 'Invoice No.' glued to the number, the date under it; the
subtotal and the tax as JavaScript writes numbers ('245', '24.5'); 'Total' in large type, its
amount beside it a point smaller (shrunk to fit its box) with the sign glued ('$269.5'); the
seller only at the foot, its name wrapped in the payment details' narrow box ('Account Name:
Harbour Light Candle' over 'Company')."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _page(
    number: str, account: list[str], shop: list[str], sums: tuple[str, str, str]
) -> list[Text]:
    """The template's page: its title, the customer, the number and date, two items, the sums,
    'Thank you!', the payment details (*account*: the account name's line and what follows it),
    the shop's name (*shop*: its lines) and address at the foot; the footer's line with the
    template's own 'due' and the day it was printed, and the page's number."""
    sub, tax, total = sums
    page: list[Text] = [(-538, 86, "INVOICE", 40), (57, 176, "Billed to:", 13)]
    page += [(57, 204, "Theo Marchetti", 13), (-538, 207, f"Invoice No.{number}", 13)]
    page += [(57, 217, "+1-802-555-0134", 13), (-538, 227, "14 March 2026", 13)]
    page += [(57, 230, "12 Church St, Burlington, VT 05401", 13)]
    page += [(57, 338, "Item", 13), (312, 338, "Quantity", 13), (392, 338, "Unit Price", 13)]
    page += [(-538, 338, "Total", 13), (57, 382, "Soy pillar candle", 13), (330, 382, "5", 13)]
    page += [(410, 382, "35", 13), (-538, 382, "175", 13), (57, 420, "Gift wrapping", 13)]
    page += [(330, 420, "2", 13), (410, 420, "35", 13), (-538, 420, "70", 13)]
    page += [(-449, 460, "Subtotal", 13), (-524, 460, sub, 13)]
    page += [(-449, 484, "Tax (10%)", 13), (-524, 484, tax, 13)]
    page += [(-449, 515, "Total", 20), (-524, 515, total, 19), (57, 560, "Thank you!", 20)]
    page += [(57, 672, "Payment Information", 13), (57, 700, "Harbour Credit Union", 13)]
    page += [(57, 713 + 13 * i, t, 13) for i, t in enumerate(account)]
    page += [(-538, 717 + 18 * i, t, 18) for i, t in enumerate(shop)]
    page += [(-538, 722 + 18 * len(shop), "3 Pier Road, Burlington, VT 05401", 13)]
    page += [(57, 812, f"Invoice No.{number} • {total}USD due 2026/12/05", 13)]
    return page + [(-538, 812, "Page 1 of 1", 13)]


_ACCOUNT = ["Account Name: Harbour Light Candle", "Company", "Account No.: 123-456-7890"]
_ACCOUNT += ["Pay by: 28 March 2026"]
_SHOP = ["Harbour Light Candle", "Company"]  # (in 18 pt, wrapped as the account name is)


def test_a_total_in_javascript_s_numbers_and_a_glued_number(tmp_path: Path) -> None:
    # '245', '24.5', '$269.5': a subtotal, a tax and a total as a template's script writes
    # them; 'Total' in 20 pt, its amount in 19 pt beside it (the word alone had been taken
    # for the seller, the largest text at the top, and accepted); 'Invoice No.LC-0318'
    page = _page("LC-0318", _ACCOUNT, _SHOP, ("245", "24.5", "$269.5"))
    got, status, reasons = read_page(draw(tmp_path / "a.pdf", page))
    assert got["invoice_number"] == "LC-0318", reasons
    assert totals_read(got) == ("245.00", "24.50", "269.50"), reasons
    assert got["seller"] != "Total", reasons
    assert (got["issue_date"], got["due_date"]) == ("2026-03-14", "2026-03-28"), reasons
    assert status == "accepted", reasons


def test_two_due_dates_wait(tmp_path: Path) -> None:
    # 'Pay by: 28 March 2026' in the payment details, and the footer's 'due 2026/12/05' (the
    # day the template printed it), both at a label as sure: the later had been taken as the
    # net deadline and the page accepted; which one holds, a person says
    page = _page("0318", _ACCOUNT, _SHOP, ("245", "24.5", "$269.5"))[:-1]  # (no page number)
    got, status, reasons = read_page(draw(tmp_path / "d.pdf", page))
    assert status == "review", reasons
    assert any("2026-03-28" in r and "2026-12-05" in r for r in reasons), reasons


def test_an_account_name_wrapped_in_its_box(tmp_path: Path) -> None:
    # 'Account Name: Harbour Light Candle' over 'Company', then 'Account No.: …': the name
    # goes on on the next line (it had been accepted cut after 'Candle')
    page = _page("0318", _ACCOUNT, _SHOP, ("245", "24.5", "$269.5"))
    got, status, reasons = read_page(draw(tmp_path / "b.pdf", page))
    assert got["seller"] == "Harbour Light Candle Company", reasons
    assert status == "accepted", reasons


def test_a_line_under_the_account_name_that_is_no_part_of_it(tmp_path: Path) -> None:
    # the bank's name under the holder's, or a holder's line shorter than the next one (it
    # did not fill its box): no part of the name
    for account in (
        ["Account Name: Harbour Light", "Vermont Bank", "Account No.: 123-456-7890"],
        ["Account Name: Lea Brandt", "Company", "Account No.: 123-456-7890-0042-0001-17"],
    ):
        shop = account[0].split(": ")[1]
        page = _page("0318", account, [shop], ("245", "24.5", "$269.5"))
        got, _status, reasons = read_page(draw(tmp_path / "c.pdf", page))
        assert got["seller"] == shop, (account, reasons)
