"""Plain pages drawn after the kinds of layout real vendors print (not copies of anyone's
documents), each with the values printed on it: one module a round, written after every earlier
rule and scored before any rule was changed for it (the first scores are in
``benchmarks/RESULTS.md``; ``premiums`` was drawn after the rules for its kinds and says so). ``tests/robot_lib/test_invoice_pages.py`` reads every page; a page
listed in its module's ``WAITS`` goes to review, reading at most those fields otherwise than
printed."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.invoice_pages import (
    balances,
    baltic,
    discounts,
    exchange,
    fr_household,
    generators,
    grids,
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
    "grids": grids,
}


def page(round_: str, name: str) -> tuple[list[str], dict[str, Any]]:
    """The lines of one page and the values printed on it."""
    pages: dict[str, tuple[list[str], dict[str, Any]]] = ROUNDS[round_].PAGES
    return pages[name]


def assert_reads_as_drawn(ex: Any, round_: str, name: str) -> None:
    """*ex*, the extraction of the page, reads every field as printed and goes straight
    through; or, for a page its round's ``WAITS`` lists, it waits, reading at most those fields
    otherwise."""
    from tests.invoice_corpus import misread

    wrong = misread(ex, page(round_, name)[1])
    waits = ROUNDS[round_].WAITS.get(name)
    if waits is None:
        assert wrong == {}
        assert ex.status == "accepted", ex.reasons
    else:
        assert set(wrong) <= waits
        assert ex.status == "review"


def drawn_cases(folder: Path, style: str = "inter") -> list[tuple[Path, dict[str, Any]]]:
    """Every page of every round typeset into *folder* in *style*
    (``tests/invoice_typeset.PAGE_STYLES``), with the values printed on it."""
    from tests.invoice_typeset import text_page

    prefix = "" if style == "inter" else f"{style}-"  # the pages as drawn keep their names
    return [
        (text_page(folder / f"{prefix}{r}-{name}.pdf", lines, style), truth)
        for r, module in ROUNDS.items()
        for name, (lines, truth) in module.PAGES.items()
    ]


def _printed(value: str) -> re.Pattern[str]:
    """The amount *value* ('1606.50') as a page may print it: '1.606,50', '1,606.50',
    '1 606,50', '1606.50', each with or without its thousands separator."""
    whole, _, cents = value.lstrip("-").partition(".")
    groups = [whole[max(0, k - 3) : k] for k in range(len(whole), 0, -3)][::-1]
    body = r"[.,'’\u202f\u00a0 ]?".join(groups)
    return re.compile(rf"(?<![\d.,]){body}{rf'[.,]{cents}' if cents else ''}(?!\d)")


def _one_more(m: re.Match[str]) -> str:
    """The printed amount with its last whole digit one higher, a 9 turned 0 ('1.606,50' ->
    '1.607,50', '1.279,00' -> '1.270,00')."""
    text = m.group(0)
    digits = [k for k, ch in enumerate(text) if ch.isdigit()]
    k = digits[-3] if re.search(r"[.,]\d\d$", text) else digits[-1]
    return text[:k] + str((int(text[k]) + 1) % 10) + text[k + 1 :]


def tampered(lines: list[str], value: str) -> list[str]:
    """The page with the amount *value* printed otherwise wherever it stands, its last whole
    digit changed (a total that no longer adds up with the others)."""
    return [_printed(value).sub(_one_more, x) for x in lines]


TOTALS = ("net_total", "tax_total", "gross_total")


def tampered_pages(field: str) -> list[tuple[str, list[str]]]:
    """('round-page', lines) of every page that goes straight through, printed with its
    total *field* one unit otherwise: a page whose totals no longer add up. Left out: pages
    that wait anyway, print no such total (or zero), print the same figure as another total
    (changing both keeps the page whole), or print it only as the sum of rates' lines."""
    out = []
    for round_, module in ROUNDS.items():
        for name, (lines, truth) in module.PAGES.items():
            value = truth.get(field)
            others = {truth.get(f) for f in TOTALS if f != field}
            if name in module.WAITS or not value or not Decimal(value) or value in others:
                continue
            changed = tampered(lines, value)
            if changed != lines:
                out.append((f"{round_}-{name}", changed))
    return out


def due_otherwise_pages(lower: bool) -> list[tuple[str, list[str]]]:
    """('round-page', lines) of every page that goes straight through and prints its gross
    on two lines or more, with the lowest (*lower*) or the highest of them one unit off: a
    total and an amount due that disagree."""
    out = []
    for round_, module in ROUNDS.items():
        for name, (lines, truth) in module.PAGES.items():
            value = truth.get("gross_total")
            if name in module.WAITS or not value:
                continue
            rx = _printed(value)
            at = [i for i, x in enumerate(lines) if rx.search(x)]
            if len(at) >= 2:
                k = at[-1] if lower else at[0]
                changed = list(lines)
                changed[k] = rx.sub(_one_more, changed[k])
                out.append((f"{round_}-{name}", changed))
    return out
