"""Plain pages drawn after the kinds of layout real vendors print (not copies of anyone's
documents), each with the values printed on it: one module a round, written after every earlier
rule and scored before any rule was changed for it (the first scores are in
``benchmarks/RESULTS.md``; ``premiums`` was drawn after the rules for its kinds and says so). ``tests/robot_lib/test_invoice_pages.py`` reads every page; a page
listed in its module's ``WAITS`` goes to review, reading at most those fields otherwise than
printed."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from tests.invoice_pages import (
    balances,
    baltic,
    discounts,
    exchange,
    fr_household,
    generators,
    hospitality,
    india,
    latam,
    long_invoices,
    no_vat,
    oss_apps,
    party_headings,
    payees,
    premiums,
    professions,
    rates,
    seller_traps,
    services,
    swiss,
    third_parties,
    vendors,
    viewer_kinds,
    viewers,
    web_templates,
    world,
)

ROUNDS: dict[str, ModuleType] = {
    "vendors": vendors,
    "rates": rates,
    "services": services,
    "viewers": viewers,
    "balances": balances,
    "exchange": exchange,
    "web_templates": web_templates,
    "latam": latam,
    "world": world,
    "discounts": discounts,
    "baltic": baltic,
    "india": india,
    "no_vat": no_vat,
    "premiums": premiums,
    "fr_household": fr_household,
    "viewer_kinds": viewer_kinds,
    "oss_apps": oss_apps,
    "generators": generators,
    "swiss": swiss,
    "hospitality": hospitality,
    "professions": professions,
    "seller_traps": seller_traps,
    "party_headings": party_headings,
    "long_invoices": long_invoices,
    "payees": payees,
    "third_parties": third_parties,
}


def page(round_: str, name: str) -> tuple[list[str], dict[str, Any]]:
    """The lines of one page and the values printed on it."""
    pages: dict[str, tuple[list[str], dict[str, Any]]] = ROUNDS[round_].PAGES
    return pages[name]
