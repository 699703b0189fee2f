"""Kinds of layout a Peppol access point's PDF of an e-invoice prints (Let's Peppol, which
Belgian small firms send their invoices through since Belgium's 2026 mandate: its XSLT's XHTML,
replayed once as a probe through Chromium and not kept), drawn here with other names and
values: the totals under UBL's own names ('Tax exclusive', 'Tax 21%', 'Tax inclusive'), euro
amounts with the sign glued before them ('€528.89'), and the customer's and the supplier's
blocks side by side with no heading over either."""

from __future__ import annotations

from pathlib import Path

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw


def _page(totals: list[tuple[str, str]]) -> list[Text]:
    """The access point's page: 'Invoice', the number and dates at the left, the payment's
    details at the right, the two parties side by side (the customer's at the left), the
    lines, and the totals' rows at the right."""
    page: list[Text] = [
        (40, 50, "Invoice", 14),
        (40, 75, "Number: F2026117", 9),
        (40, 89, "Issue date: 09-04-2026", 9),
        (40, 103, "Due date: 09-05-2026", 9),
        (-555, 75, "Payment Info", 9),
        (-555, 89, "BE68539007547034", 9),
        (-555, 103, "Ref: +++090/9337/55493+++", 9),
        (40, 140, "Gemeente Heist-op-den-Berg", 9),
        (40, 154, "BE0207503315", 9),
        (40, 168, "Kerkplein 1", 9),
        (40, 182, "2220 Heist-op-den-Berg", 9),
        (-555, 140, "Tuinaanleg Wouters BV", 9),
        (-555, 154, "BE0477472701", 9),
        (-555, 168, "Nijverheidsstraat 22", 9),
        (-555, 182, "2260 Westerlo", 9),
        (40, 215, "Lines", 11),
        (40, 235, "Description", 9),
        (300, 235, "Qty", 9),
        (-440, 235, "Unit price", 9),
        (-490, 235, "Tax", 9),
        (-555, 235, "Line total", 9),
        (40, 255, "Snoeiwerken haag", 9),
        (300, 255, "1", 9),
        (-440, 255, "€1480.00", 9),
        (-490, 255, "21 %", 9),
        (-555, 255, "€1480.00", 9),
        (40, 275, "Plantgoed", 9),
        (300, 275, "4", 9),
        (-440, 275, "€80.00", 9),
        (-490, 275, "6 %", 9),
        (-555, 275, "€320.00", 9),
    ]
    for k, (label, amount) in enumerate(totals):
        page += [(310, 305 + 16 * k, label, 9), (-555, 305 + 16 * k, amount, 9)]
    return page


# the totals' rows: the net, a tax per rate, the gross
_TOTALS = [
    ("Tax exclusive", "€1800.00"),
    ("Tax 21%", "€310.80"),
    ("Tax 6%", "€19.20"),
    ("Tax inclusive", "€2130.00"),
]


def test_ubls_own_names_of_the_totals_are_read(tmp_path: Path) -> None:
    # 'Tax exclusive' (UBL's TaxExclusiveAmount) is the net and 'Tax inclusive' the gross; a
    # tax row per rate, 'Tax 21%' and 'Tax 6%', adds up to the tax. 'Tax inclusive' had been
    # read as the tax (its first word) and the net and gross not at all, on every such page
    got, _status, reasons = read_page(draw(tmp_path / "t.pdf", _page(_TOTALS)))
    assert totals_read(got) == ("1800.00", "330.00", "2130.00"), reasons
    assert got["currency"] == "EUR", reasons


def test_a_banks_code_or_a_figure_is_never_the_seller(tmp_path: Path) -> None:
    # no heading says which block is the supplier's, and the largest text at the top was
    # taken for the seller's name: the bank's code under the IBAN ('GEBABEBB') on 7 of 24
    # pages, a figure ('41') on one. Either waits now with no seller read, not with a bank's
    # code to confirm
    page = [t for t in _page(_TOTALS) if not t[2].startswith(("Gemeente", "Tuinaanleg"))]
    page += [(-555, 117, "GEBABEBB", 9), (-555, 131, "Terms: Betaling binnen 30 dagen", 9)]
    got, status, reasons = read_page(draw(tmp_path / "b.pdf", page))
    assert got["seller"] != "GEBABEBB", reasons
    assert status == "review", reasons
    # ('Number: 41' at the top, the parties named with no legal form)
    names = {
        "Gemeente Heist-op-den-Berg": "Vzw Jeugdhuis De Kelder",
        "Tuinaanleg Wouters BV": "Kim Wouters",
    }
    page = [(x, y, names.get(t, t), size) for x, y, t, size in _page(_TOTALS)]
    page = [(x, y, "Number: 41" if t.startswith("Number") else t, size) for x, y, t, size in page]
    got, status, reasons = read_page(draw(tmp_path / "n.pdf", page))
    assert got["seller"] != "41", reasons


def test_the_supplier_named_again_as_the_accounts_holder_is_the_seller(tmp_path: Path) -> None:
    # no heading says which block is the supplier's; the name printed again under 'Payment
    # Info', flush with the IBAN, is the payee's: the page is the supplier's (it had waited
    # with the seller uncertain on every such page)
    page = _page(_TOTALS) + [(-555, 117, "Tuinaanleg Wouters BV", 9)]
    got, status, reasons = read_page(draw(tmp_path / "h.pdf", page))
    assert got["seller"] == "Tuinaanleg Wouters BV", reasons
    assert status == "accepted", reasons
    # (not printed there, or named beside an account to be debited, it backs nothing)
    got, status, reasons = read_page(draw(tmp_path / "n.pdf", _page(_TOTALS)))
    assert status == "review" and any("seller" in r for r in reasons), reasons
    page = [
        (x, y, "Payment Info - SEPA direct debit" if t == "Payment Info" else t, z)
        for x, y, t, z in page
    ]
    got, status, reasons = read_page(draw(tmp_path / "d.pdf", page))
    assert status == "review" and any("seller" in r for r in reasons), reasons
