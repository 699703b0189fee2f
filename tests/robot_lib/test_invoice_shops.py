"""A shop's invoice: prices with the tax in them, the total, then the tax it includes per rate
('enthaltene MwSt. 7 %'); no net printed."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from robot_lib.invoices import extract_invoice
from tests.invoice_languages import Text, draw


def de(v: Decimal) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"


def shop(
    tmp_path: Path, seed: int, rates_right: bool = True, lines: bool = True, number: str = ""
) -> tuple[Path, Decimal, Decimal]:
    """A shop's invoice drawn as a PDF in *tmp_path*; its gross and its tax."""
    rng = random.Random(seed)
    food = [Decimal(rng.randint(300, 4000)) / 100 for _ in range(2)]  # coffee: 7 %
    cup = Decimal(rng.randint(300, 2000)) / 100  # a cup ('Tasse'): 19 %
    shipping = Decimal("4.90")  # shipping goes with the main rate
    gross = sum(food, Decimal(0)) + cup + shipping
    low = (sum(food, Decimal(0)) * 7 / 107).quantize(Decimal("0.01"))
    high = ((cup + shipping) * 19 / 119).quantize(Decimal("0.01"))
    if not rates_right:
        low += Decimal("0.50")
    items: list[Text] = [
        (50, 50, "Kaffeerösterei Hansen GmbH", 14),
        (50, 66, "Am Sandtorkai 5, 20457 Hamburg · USt-IdNr. DE 287 554 120", 8),
        (50, 130, "Rechnung", 16),
        (50, 156, f"Rechnungsnummer: {number or 22800 + seed}", 10),
        (50, 170, "Rechnungsdatum: 14.11.2026", 10),
    ]
    if lines:
        items += [(50, 220, "Artikel", 9), (300, 220, "Menge", 9), (-440, 220, "Preis", 9)]
        items += [(-520, 220, "Gesamt", 9)]
        for i, (name, amount) in enumerate(
            [("Espresso Bohnen 1 kg", food[0]), ("Filterkaffee 500 g", food[1]), ("Tasse", cup)]
        ):
            items += [(50, 236 + 14 * i, name, 10), (300, 236 + 14 * i, "1", 10)]
            items += [(-440, 236 + 14 * i, de(amount), 10), (-520, 236 + 14 * i, de(amount), 10)]
        items += [(300, 290, "Versandkosten", 10), (-520, 290, de(shipping), 10)]
    items += [
        (300, 304, "Gesamtsumme", 10),
        (-520, 304, de(gross), 10),
        (300, 318, "enthaltene MwSt. 7 %", 9),
        (-520, 318, de(low), 9),
        (300, 330, "enthaltene MwSt. 19 %", 9),
        (-520, 330, de(high), 9),
    ]
    pdf = tmp_path / f"shop-{seed}-{rates_right}-{lines}.pdf"
    draw(pdf, items)
    return pdf, gross, low + high


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_tax_the_total_includes(tmp_path: Path, seed: int) -> None:
    # the taxes at their rates make the gross: the evidence for both; no net is made up;
    # 'Tasse' (a cup) is an item, not Italian for taxes
    pdf, gross, tax = shop(tmp_path, seed, lines=seed != 3)
    ex = extract_invoice(pdf, use_xml=False)
    assert (ex.value("gross_total"), ex.value("tax_total")) == (f"{gross:.2f}", f"{tax:.2f}")
    assert ex.value("net_total") is None and ex.tax_included
    assert ex.fields["tax_total"].note == "the included taxes at their rates make the gross"
    assert ex.status == "accepted", ex.reasons
    if seed != 3:
        assert [li.description for li in ex.lines][-1] == "Tasse"


def test_included_taxes_that_do_not_fit_their_rates(tmp_path: Path) -> None:
    # the item lines and the shipping still add up to the total, but a tax its printed rate
    # contradicts is a contradiction on the page: to review, saying which (it had been
    # accepted on the lines, the tax wrong)
    pdf, gross, _tax = shop(tmp_path, 4, rates_right=False)
    ex = extract_invoice(pdf, use_xml=False)
    assert ex.value("gross_total") == f"{gross:.2f}" and ex.status == "review", ex.reasons
    assert any("at the rates printed with it" in r for r in ex.reasons), ex.reasons
    # and with no item lines to add up, nothing backs the total: to review
    pdf, _gross, _tax = shop(tmp_path, 4, rates_right=False, lines=False)
    assert extract_invoice(pdf, use_xml=False).status == "review"
