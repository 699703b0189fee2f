"""The rates a country charges, by its currency or its euro VAT number, and the one whose share
of a gross a tax the gross includes is."""

from __future__ import annotations

from decimal import Decimal

from robot_lib.invoices.vat_rates import included_rate, rates_for


def test_the_euro_s_rates_are_those_of_the_country_its_vat_number_names() -> None:
    assert rates_for("EUR", "USt-IdNr. DE 301 224 558") == [Decimal(r) for r in (5, 7, 16, 19)]
    assert Decimal("5.5") in rates_for("EUR", "TVA FR 12 345678901")
    assert rates_for("EUR", "BTW NL123456789B01") == [Decimal(r) for r in (6, 9, 21)]
    # no VAT number ('AT 10 am' is none), or two countries': every euro country's rates
    every = rates_for("EUR", "")
    assert {Decimal("19"), Decimal("20"), Decimal("25.5")} <= set(every)
    assert rates_for("EUR", "open AT 10 am") == every
    assert rates_for("EUR", "DE 301 224 558, ATU12345678") == every
    assert rates_for("GBP", "") == [Decimal(20), Decimal(5)]
    # a US dollar's sales tax is each town's: no rate backs it
    assert rates_for("USD", "") == [] and rates_for(None, "") == []


def test_the_rate_whose_share_of_the_gross_the_tax_is() -> None:
    gbp = rates_for("GBP", "")
    assert included_rate(Decimal("102.10"), Decimal("17.02"), gbp) == 20
    assert included_rate(Decimal("10.50"), Decimal("0.50"), gbp) == 5
    assert included_rate(Decimal("102.10"), Decimal("17.20"), gbp) is None
    # taxes rounded line by line: a cent off still fits, two cents do not
    assert included_rate(Decimal("102.10"), Decimal("17.03"), gbp) == 20
    assert included_rate(Decimal("102.10"), Decimal("17.04"), gbp) is None
    # a gross so small that two rates fit it: neither is told
    assert included_rate(Decimal("0.10"), Decimal("0.01"), [Decimal(9), Decimal(10)]) is None
