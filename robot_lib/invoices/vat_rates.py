"""The VAT, GST or sales-tax rates a country charges (standard, reduced, and those of recent
years an invoice may still carry), by the currency it pays in; the euro's by the country its VAT
numbers name. A tax a total includes with no rate printed beside it ('Total: £102.10 (includes
£17.02 VAT)') is backed when it is, to the cent, one of these rates' share of the gross."""

from __future__ import annotations

import re
from decimal import Decimal

# (rates as printed, a point for their decimals)
_BY_CURRENCY = {
    "GBP": "20 5",
    "CHF": "8.1 7.7 3.8 3.7 2.6 2.5",
    "SEK": "25 12 6",
    "DKK": "25",
    "NOK": "25 15 12",
    "ISK": "24 11",
    "PLN": "23 8 5",
    "CZK": "21 15 12 10",
    "HUF": "27 18 5",
    "RON": "21 19 11 9 5",
    "BGN": "20 9",
    "AUD": "10",
    "NZD": "15",
    "CAD": "15 14.975 13 5",
    "ZAR": "15",
    "INR": "28 18 12 5",
    "SGD": "9 8 7",
    "JPY": "10 8",
    "MYR": "10 8 6",
    "AED": "5",
    "SAR": "15",
    "MXN": "16 8",
    "TRY": "20 18 10 8 1",
}
# the euro's countries by the prefix of their VAT numbers
_EURO = {
    "AT": "20 13 10",
    "BE": "21 12 6",
    "CY": "19 9 5",
    "DE": "19 16 7 5",
    "EE": "24 22 20 13 9 5",
    "EL": "24 13 6",
    "ES": "21 10 5 4",
    "FI": "25.5 24 14 13.5 10",
    "FR": "20 10 5.5 2.1",
    "HR": "25 13 5",
    "IE": "23 13.5 9 4.8",
    "IT": "22 10 5 4",
    "LT": "21 9 5",
    "LU": "17 16 14 8 7 3",
    "LV": "21 12 5",
    "MT": "18 7 5",
    "NL": "21 9 6",
    "PT": "23 22 16 13 12 9 6 5 4",
    "SI": "22 9.5 5",
    "SK": "23 20 19 10 5",
}
# a European VAT number's country: its code, a letter or two of some countries' ('ATU', the
# French key 'FR 12', the Spanish 'ESB'), then seven digits or more ('DE 301 224 558')
_EURO_VAT = re.compile(
    r"(?<![A-Za-z0-9])(" + "|".join(_EURO) + r")\s?(?:U|[0-9A-Z]{1,2}(?=[\s.]?\d))?(?:[\s.]?\d){7}"
)


def rates_for(currency: str | None, text: str) -> list[Decimal]:
    """The rates the country of *currency* charges; for the euro, those of the one euro country
    whose VAT numbers *text* prints, else every euro country's. [] for a currency whose country
    charges no one rate (the US dollar: a sales tax of each town's)."""
    if currency == "EUR":
        named = {m.group(1) for m in _EURO_VAT.finditer(text)}
        chosen = [_EURO[c] for c in named] if len(named) == 1 else list(_EURO.values())
        return sorted({Decimal(r) for rates in chosen for r in rates.split()})
    return [Decimal(r) for r in _BY_CURRENCY.get(currency or "", "").split()]


def included_rate(gross: Decimal, tax: Decimal, rates: list[Decimal]) -> Decimal | None:
    """The one rate of *rates* whose share of *gross* is *tax* to the cent (a cent more for
    taxes rounded line by line), or None when none or several are."""
    fits = [r for r in rates if abs(gross * r / (100 + r) - tax) <= Decimal("0.015")]
    return fits[0] if len(fits) == 1 else None
