"""Kinds of layout of a platform's receipt for a period's payments (seen on Open Collective's
receipt, filled and printed once as a probe and not kept), drawn here in HTML of our own with
other names and values and printed by the shared Chromium: the host's block at the top, 'Bill
to' lower at the right, the title over the period's two dates ('2026-03-01' over 'To:
2026-03-31') and a reference; a table of dated payments whose tax column prints a dash where no
tax is charged; the totals with the currency's code before its sign ('USD $150.00')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.invoice_corpus import read_page
from tests.invoice_html import print_pdf

_CSS = (
    "body{font:13px/1.4 Helvetica,Arial,sans-serif;margin:0}.page{padding:60px}"
    "h1{font-size:18px;margin:0}h2{font-size:16px;margin:0 0 4px}"
    "table{border-collapse:collapse;width:100%;margin-top:24px}td{padding:8px}"
    "thead td{background:#ebf4ff;font-weight:500}.c{text-align:center}.r{text-align:right}"
    ".sum{width:50%;margin-left:auto;margin-top:16px;font-size:12px}"
    ".sum div{display:flex;justify-content:space-between;padding:6px 16px}"
)


def _print(
    chromium: Any,
    path: Path,
    title: str,
    period: tuple[str, str],
    rows: list[tuple[str, str, str, str, str]],
    sums: list[tuple[str, str]],
) -> Path:
    """The host's block, 'Bill to', the *title* over the *period*, the payments' *rows* (date,
    description, unit price, tax cell, amount) and the *sums* under them."""
    body = "".join(
        f"<tr><td>{d}</td><td>{t}</td><td class=c>1</td><td class=c>{u}</td><td class=c>{x}</td>"
        f"<td class=r>{a}</td></tr>"
        for d, t, u, x, a in rows
    )
    lines = "".join(f"<div>{k}<b>{v}</b></div>" for k, v in sums)
    html = (
        f"<!doctype html><html><head><meta charset=utf-8><style>{_CSS}</style></head><body>"
        "<div class=page><div style='display:flex;align-items:flex-start'>"
        "<div style='flex-grow:1'><h1>Riverbank Commons Foundation</h1>"
        "<div style='margin:8px 0'>2200 Alder Street<br>Portland, OR 97205<br>US</div>"
        "https://riverbankcommons.org/host</div>"
        "<div style='margin-top:80px'><h2>Bill to</h2><b>Farah Haddad</b><br>"
        "31 Rue Oberkampf<br>75011 Paris<br>FR</div></div>"
        f"<h2 style='margin-top:24px'>{title}</h2><div>{period[0]}</div>"
        f"<div><label>To:</label> {period[1]}</div>"
        "<div><label>Reference:</label> riverbank_farah_20260401-20260430</div>"
        "<table><thead><tr><td>Date</td><td>Description</td><td class=c>QTY</td>"
        "<td class=c>Unit Price</td><td class=c>Tax</td><td class=r>Net Amount</td></tr></thead>"
        f"<tbody>{body}</tbody></table><div class=sum>{lines}</div></div></body></html>"
    )
    print_pdf(chromium, [(path, html)])
    return path


_ROWS = [
    ("2026-04-06", "Monthly contribution to Lantern Library", "$20.00", "-", "$20.00"),
    ("2026-04-19", "Contribution to Tern Mapping", "$35.00", "-", "$35.00"),
]


@pytest.mark.parametrize("title", ["Payment Receipt", "Donation Receipt"])
def test_a_period_s_receipt_dated_by_its_end_with_a_tax_column_of_dashes(
    chromium: Any, tmp_path: Path, title: str
) -> None:
    # the title over the period's first day and 'To:' its last: the receipt is of the period,
    # dated by its end (its start had been read, or, under a title in two words, the first
    # payment's date under the table's bare 'Date'); the tax column's dashes say no tax is
    # charged (the page had waited for a tax total)
    sums = [("Subtotal", "USD $55.00"), ("TOTAL", "USD $55.00")]
    pdf = _print(chromium, tmp_path / "a.pdf", title, ("2026-04-01", "2026-04-30"), _ROWS, sums)
    got, status, reasons = read_page(pdf)
    assert got["issue_date"] == "2026-04-30", reasons
    assert (got["gross_total"], got["tax_total"]) == ("55.00", None), reasons
    assert got["seller"] == "Riverbank Commons Foundation", reasons
    assert status == "accepted", reasons


def test_a_tax_column_with_a_rate_under_it_still_asks_for_the_tax(
    chromium: Any, tmp_path: Path
) -> None:
    # one payment taxed ('21%' in the column), none in the sums: the tax the column promises
    # is not printed, and the page waits
    rows = [_ROWS[0], ("2026-04-19", "Workshop ticket", "$35.00", "21%", "$42.35")]
    sums = [("Subtotal", "USD $62.35"), ("TOTAL", "USD $62.35")]
    pdf = _print(
        chromium, tmp_path / "a.pdf", "Payment Receipt", ("2026-04-01", "2026-04-30"), rows, sums
    )
    got, status, reasons = read_page(pdf)
    assert got["gross_total"] == "62.35", reasons
    assert status == "review", reasons


def test_the_items_bare_date_head_is_no_label_of_the_document_s_date(
    chromium: Any, tmp_path: Path
) -> None:
    # under a heading that names no document ('Your contributions') nothing says the period's
    # dates are the receipt's: the first payment's date under the table's bare 'Date' had been
    # taken as the issue date and the page accepted; now the period's end is proposed and a
    # person says
    sums = [("Subtotal", "USD $55.00"), ("TOTAL", "USD $55.00")]
    period = ("2026-04-01", "2026-04-30")
    pdf = _print(chromium, tmp_path / "a.pdf", "Your contributions", period, _ROWS, sums)
    got, status, reasons = read_page(pdf)
    assert got["issue_date"] == "2026-04-30", reasons
    assert status == "review" and any("issue_date" in r for r in reasons), reasons
