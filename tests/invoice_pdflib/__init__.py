"""Invoices as server-side tools print them with a PDF library, cell by cell (FPDF-style).

Shops, hosting billing panels and open-source ERPs do not print web pages: they place
each text in a cell of a PDF library (FPDF, TCPDF) at a computed position, and big ERPs
print a fixed-width spool in Courier. Their habits differ from the layouts the rules were
written with, and so does the producer. This package prints such invoices with fpdf2 in
four styles, written after the tools' habits (not their code), each in four locales:

- ``hosting`` (a hosting billing panel): the seller's address at the top right with no
  heading, a status word (UNPAID, or a rotated PAID stamp), "Invoice #4821" with the
  invoice and due dates under it, "Invoiced To", the totals as the last rows of a two-column
  table (a "Credit" line of 0.00), a transactions table and a "Balance" line, amounts as
  "£1,234.56 GBP", and "PDF generated on DATE" in the footer;
- ``shop`` (a web shop): a logo box or the shop's name at the top left, the title with the
  date and "#IN000123" at the top right, billing and delivery addresses side by side, a grid
  of number / invoice date / order reference / order date with the values in the row
  below, a tax-detail table, the totals with shipping costs, no due date, and the shop's
  name and VAT number in the footer;
- ``erp`` (an open-source ERP): "Ref. : FA2611-0042" and "Invoice date :" at the top right,
  sender and recipient frames side by side under small headings, payment terms and bank
  details at the bottom left, the totals at the bottom right (on odd seeds a partial
  payment and the remainder) and the legal footer;
- ``spool`` (a big ERP's print spool): Courier, one text run per line padded with spaces,
  no letterhead (pre-printed paper), the seller only in the window envelope's sender line
  and the footer, "Number / Date / Customer" beside the address, the due date inside the
  terms of payment sentence.

Values change with the seed; shared by the tests and ``benchmarks/invoice_accuracy.py
--pdflib``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_pdflib import bills, later, tools
from tests.invoice_pdflib.sheet import MONEY, Inv, Sheet, cents
from tests.invoice_pdflib.words import BUYERS, ITEMS, SELLERS, WORDS

__all__ = ["LOCALES", "STYLES", "WORDS", "Sheet", "invoice", "pdflib_cases"]

DRAW: dict[str, Callable[[Inv], None]] = {
    "hosting": tools.hosting,
    "shop": tools.shop,
    "erp": tools.erp,
    "spool": tools.spool,
    "till": later.till,
    "fatturapa": later.fatturapa,
    "carry": later.carry,
    "boxed": bills.boxed,
    "statement": bills.statement,
}
STYLES = tuple(DRAW)
LOCALES = {
    **{style: tuple(WORDS[style]) for style in WORDS},
    "till": tuple(later.TILL_WORDS),
    "fatturapa": ("it-IT",),
    "carry": tuple(later.CARRY),
    "boxed": tuple(bills.BOXED),
    "statement": tuple(bills.STATEMENT),
}


def invoice(
    code: str, style: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[Sheet, dict[str, Any]]:
    """One invoice of *style* in locale *code* and the values printed on it; *off* is added
    to the printed total (a page whose total does not add up)."""
    rng = random.Random(f"pdflib-{code}-{style}-{seed}")
    m = MONEY[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    due = issued + dt.timedelta(days=rng.choice([14, 30]))
    rows = []
    for i in rng.sample(range(len(ITEMS)), rng.randint(1, 5)):
        qty = rng.choice([1, 1, 2, 3, 6, 10])
        unit = Decimal(rng.randint(990, 95_000)) / 100
        rows.append((ITEMS[i].format(rng.randint(10, 99)), qty, unit, cents(unit * qty)))
    items = sum((r[3] for r in rows), Decimal(0))
    shipping = Decimal(rng.choice([0, 495, 690, 1250])) / 100 if style == "shop" else Decimal(0)
    net = items + shipping
    tax = cents(net * m.rate / 100)
    inv = Inv(
        code=code,
        seed=seed,
        rng=rng,
        m=m,
        w=WORDS.get(style, {}).get(code, {}),
        seller=SELLERS.get(style, {}).get(code, ("", "", "", "")),
        buyer=BUYERS[code],
        rows=rows,
        issued=issued,
        due=due,
        items=items,
        shipping=shipping,
        net=net,
        tax=tax,
        gross=net + tax + off,
        off=off,
        rate=f"{m.rate:g}" if code.startswith("en") else f"{m.rate:g}".replace(".", ","),
        d=lambda day: day.strftime(m.date),
        sheet=Sheet(mono=style in ("spool", "carry")),
    )
    DRAW[style](inv)
    truth = {
        "invoice_number": inv.number,
        "issue_date": issued.isoformat(),
        "due_date": None if inv.no_due else due.isoformat(),
        "seller": inv.seller[0],
        "currency": m.currency,
        "net_total": f"{inv.net:.2f}",
        "tax_total": f"{inv.tax:.2f}",
        "gross_total": f"{inv.gross:.2f}",
    }
    return inv.sheet, truth


def pdflib_cases(folder: Path, seeds: int = 1) -> list[tuple[Path, dict[str, Any]]]:
    """Every style in each of its locales, *seeds* invoices each, printed into *folder*."""
    out = []
    for style in STYLES:
        for code in LOCALES[style]:
            for seed in range(seeds):
                sheet, truth = invoice(code, style, seed)
                out.append((sheet.save(folder / f"{style}-{code}-{seed}.pdf"), truth))
    return out
