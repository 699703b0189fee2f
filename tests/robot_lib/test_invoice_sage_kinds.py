"""Kinds of layout of Sage 50 Accounts' invoice (its INVCE layout, as UK small firms print it,
replayed once as a probe through Chromium, not kept): the firm's name large at the top left
over its street, town, county and postcode, one a line, 'INVOICE' level with the name at the
right over a box of 'Invoice No.', 'Invoice/Tax Date', 'Order No.', 'Account No.' whose lines
stand beside the address's; 'Invoice Address' and 'Delivery Address' boxed under them; the
totals 'Total Net Amount', 'Carriage Net', 'Total VAT Amount', 'INVOICE TOTAL'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_languages import Text, draw


def _page(name: str, address: list[str], carriage: str = "") -> list[Text]:
    items: list[Text] = [(34, 48, name, 15), (-562, 52, "INVOICE", 20)]
    items += [(34, 60 + 10.5 * i, line, 9) for i, line in enumerate(address)]
    items += [(-500, 70, "Invoice No.", 9), (-558, 70, "1462", 9)]
    items += [(-500, 88, "Invoice/Tax Date", 9), (-558, 88, "07/04/2026", 9)]
    items += [(-500, 104, "Account No.", 9), (-558, 104, "SEVERN", 9)]
    customer = ["Severn Trent Builders Ltd", "Canal Street", "Worcester", "WR1 2EX"]
    items += [(40, 160, "Invoice Address", 9), (300, 160, "Delivery Address", 9)]
    for i, line in enumerate(customer):
        items += [(40, 172 + 10.5 * i, line, 9), (300, 172 + 10.5 * i, line, 9)]
    items += [(40, 250, "Quantity", 9), (110, 250, "Details", 9), (-558, 250, "Net Amount", 9)]
    items += [(60, 265, "2.00", 9), (110, 265, "Labour - fitting", 9), (-558, 265, "80.00", 9)]
    # (the carriage charged on top, the VAT on both: £80.00 + £12.00 + £18.40 = £110.40)
    vat, total = ("£18.40", "£110.40") if carriage else ("£16.00", "£96.00")
    items += [(380, 330, "Total Net Amount", 9), (-558, 330, "£80.00", 9)]
    items += [(380, 345, "Carriage Net", 9), (-558, 345, carriage, 9)] if carriage else []
    items += [(380, 360, "Total VAT Amount", 9), (-558, 360, vat, 9)]
    return items + [(380, 375, "INVOICE TOTAL", 9), (-558, 375, total, 9)]


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Thames Valley Office Supplies", ["14 Station Road", "Reading", "Berkshire", "RG1 1LX"]),
        ("Kennet Print Works", ["Unit 2, Kings Road", "Newbury", "Berkshire", "RG14 5RA"]),
    ],
)
def test_the_town_under_a_street_is_no_name_heading_an_address(
    tmp_path: Path, name: str, address: list[str]
) -> None:
    # the firm's name with no legal form, its postcode five lines under it with the box's lines
    # beside: its town ('Reading', over 'Berkshire' and 'RG1 1LX') had been read as a name
    # heading its own postal address, and 4 of the probe's 39 pages were accepted with it as
    # the seller; the name itself heads the block (the lines beside it no longer count)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", _page(name, address)))
    assert got["seller"] == name, (status, reasons)
    assert got["gross_total"] == "96.00", reasons


def test_carriage_between_the_net_and_the_vat(tmp_path: Path) -> None:
    # 'Total Net Amount £80.00', 'Carriage Net £12.00', 'Total VAT Amount £18.40' (on both),
    # 'INVOICE TOTAL £110.40': 'Carriage' was no charge's word and 30 of the probe's 39 pages
    # waited, net and tax making less than the total
    items = _page(
        "Wrekin Engineering Ltd", ["Unit 3, Stafford Park 11", "Telford", "TF3 3AY"], "£12.00"
    )
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["tax_total"], got["gross_total"]) == ("18.40", "110.40"), reasons
    assert status == "accepted", reasons
