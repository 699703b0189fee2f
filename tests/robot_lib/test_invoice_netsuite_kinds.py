"""Kinds of layout of NetSuite's standard invoice (its Advanced PDF template, replayed once as a
probe through Chromium, not kept): the seller's name and address at the top left, 'Invoice',
'#number' and the date alone at the right; a grey box with the total, printed large, beside the
billing and shipping addresses; the totals 'Subtotal', the tax's 'Tax Total (rate%)' and
'Total' at the foot. The page prints no shipping or discount line, so an order that carries one
has a total its subtotal and tax do not make. In another language NetSuite translates its own
labels word for word: 'Total de impuestos', 'Totaal belasting', 'Total des taxes'."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from tests.invoice_corpus import read_page, totals_read
from tests.invoice_languages import Text, draw

Row = tuple[str, str, Decimal]  # quantity, item, amount


def _eu(v: Decimal) -> str:
    """*v* as Spanish, Dutch and Italian users see euros: '84.856,10 €'."""
    return f"{v:,.2f} €".replace(",", " ").replace(".", ",").replace(" ", ".", v >= 1000)


def _page(
    words: dict[str, str],
    rows: list[Row],
    rate: str,
    shipping: Decimal = Decimal(0),
    money: Callable[[Decimal], str] = _eu,
) -> tuple[list[Text], tuple[str, str, str]]:
    """NetSuite's invoice of *rows* with *words* for its labels, the tax at *rate* per cent on
    their sum, and *shipping* in the total, printed nowhere; and its net, tax and gross."""
    net = sum((a for _q, _i, a in rows), Decimal(0))
    tax = (net * Decimal(rate) / 100).quantize(Decimal("0.01"))
    gross = net + tax + shipping
    items: list[Text] = [
        (36, 45, "Iberlogística Soluciones S.L.", 10),
        (-560, 63, words["title"], 28),
        (36, 57, "Calle de Alcalá 155", 10),
        (36, 68, "28009 Madrid", 10),
        (36, 79, "España", 10),
        (-560, 84, "#RE-2026-0163", 16),
        (-560, 97, "18/2/2026", 10),
        (40, 145, words["bill"], 8),
        (196, 145, words["ship"], 8),
        (369, 145, words["box"], 8),
        (40, 162, "Hotel Miramar S.A.", 9),
        (196, 162, "Hotel Miramar S.A.", 9),
        (40, 173, "Passeig Marítim 21", 9),
        (196, 173, "Passeig Marítim 21", 9),
        (40, 184, "08003 Barcelona", 9),
        (196, 184, "08003 Barcelona", 9),
        (-555, 193, money(gross), 24),
        (-555, 216, f"{words['due']}: 20/3/2026", 9),
        (40, 245, words["terms"], 8),
        (40, 264, "Neto 30", 9),
        (47, 292, words["qty"], 8),
        (104, 292, words["item"], 8),
        (-480, 292, words["rate"], 8),
        (-555, 292, words["amount"], 8),
    ]
    y = 313
    for qty, item, amount in rows:
        items += [(62, y, qty, 9), (104, y, item, 9)]
        items += [(-480, y, money(amount / int(qty)), 9), (-555, y, money(amount), 9)]
        y += 30
    items += [
        (-450, y + 10, words["sub"], 9),
        (-555, y + 10, money(net), 9),
        (-450, y + 26, f"{words['tax']} ({rate}%)", 9),
        (-555, y + 26, money(tax), 9),
        (-450, y + 50, words["total"], 9),
        (-555, y + 50, money(gross), 9),
        (36, 748, "RE-2026-0163", 8),
        (-560, 748, "1 de 1", 8),
    ]
    return items, (f"{net:.2f}", f"{tax:.2f}", f"{gross:.2f}")


ES = {
    "title": "Factura", "bill": "Facturar a", "ship": "Enviar a", "box": "TOTAL",
    "due": "Fecha de vencimiento", "terms": "Términos", "qty": "Cantidad", "item": "Artículo",
    "rate": "Tasa", "amount": "Importe", "sub": "Subtotal", "tax": "Total de impuestos",
    "total": "Total",
}  # fmt: skip
NL = ES | {
    "title": "Factuur", "bill": "Factuur aan", "ship": "Verzenden naar", "box": "TOTAAL",
    "due": "Vervaldatum", "terms": "Voorwaarden", "qty": "Aantal", "item": "Artikel",
    "rate": "Tarief", "amount": "Bedrag", "sub": "Subtotaal", "tax": "Totaal belasting",
    "total": "Totaal",
}  # fmt: skip
FR = ES | {
    "title": "Facture", "bill": "Facturer à", "ship": "Expédier à", "box": "TOTAL",
    "due": "Date d'échéance", "terms": "Conditions", "qty": "Quantité", "item": "Article",
    "rate": "Taux", "amount": "Montant", "sub": "Sous-total", "tax": "Total des taxes",
    "total": "Total",
}  # fmt: skip
PT = ES | {"title": "Fatura", "sub": "Subtotal", "tax": "Total de impostos", "total": "Total"}
ROWS: list[Row] = [
    ("10", "MNT-SUPPORT", Decimal("2890.00")),
    ("3", "PKG-BOX-L", Decimal("81.00")),
]


@pytest.mark.parametrize("words", [ES, NL, FR, PT], ids=["es", "nl", "fr", "pt"])
@pytest.mark.parametrize("shipping", ["0", "34.50"])
def test_a_total_of_the_taxes_in_the_page_s_language(
    tmp_path: Path, words: dict[str, str], shipping: str
) -> None:
    # 'Total de impuestos', 'Totaal belasting': a total's word before the taxes' was read as a
    # gross's alone; where the sums did not close (the shipping printed nowhere) no tax was
    # read and the page was accepted with no net or tax, its total printed twice
    items, want = _page(words, ROWS, "21", shipping=Decimal(shipping))
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == want, reasons
    assert status == ("accepted" if shipping == "0" else "review"), reasons


def test_a_tax_word_no_rule_knows_leaves_the_total_unconfirmed(tmp_path: Path) -> None:
    # a net under a strong word and a larger total printed twice, nothing read between them to
    # make the one the other (the shipping printed nowhere): the total is read, but the page
    # waits (it was accepted, the total 'printed twice' its only evidence)
    items, (net, _tax, gross) = _page(ES | {"tax": "Zerga"}, ROWS, "21", Decimal("34.50"))
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert (got["net_total"], got["gross_total"]) == (net, gross), reasons
    assert status == "review", reasons


def test_a_tax_of_nothing_does_not_make_the_total_boxed_above_a_net(tmp_path: Path) -> None:
    # 'TOTAL $57.07' in the box, 'Subtotal $23.11', 'Tax Total (0%) $0.00', 'Total $57.07', the
    # shipping printed nowhere: the boxed total over the tax had been read as the net
    def usd(v: Decimal) -> str:
        return f"${v:,.2f}"

    en = ES | {"sub": "Subtotal", "tax": "Tax Total", "total": "Total", "box": "TOTAL"}
    rows: list[Row] = [("1", "PKG-BOX-L", Decimal("23.11"))]
    items, (net, tax, gross) = _page(en, rows, "0", shipping=Decimal("33.96"), money=usd)
    got, status, reasons = read_page(draw(tmp_path / "f.pdf", items))
    assert totals_read(got) == (net, tax, gross) == ("23.11", "0.00", "57.07"), reasons
    assert status == "review", reasons
