"""Invoices as freelancers and small firms typeset them: Typst templates (LaTeX's heirs).

Many invoices in public repositories are not printed by billing software at all: a
freelancer or a small firm fills in a typesetting template (LaTeX, Typst) and compiles it.
Their habits differ from the tools the rules were written with, and so does the producer
(Typst places each word with its own font's metrics, ligatures and kerning). This package
typesets such invoices with Typst in three styles, written after the genres' habits (not
any template's code):

- ``maker`` (a one-page invoice template): a big title with the number and the dates at
  the right, "From" and "Bill to" side by side, an hours table, the totals at the right
  ("Subtotal", "Discount of 10%", "VAT of 19% on 1,234.50", "Total"), bank details, and on
  some seeds no tax at all (a small business exempt from VAT says so in a sentence);
- ``letter`` (a DIN 5008 or British business letter): the sender's return line above the
  window address, a reference block or a "Town, date" line, the subject "Invoice No. …",
  a salutation, a services table, the totals, the due date inside the closing sentence,
  a signature and a three-column footer with the bank and tax numbers; the seller is a
  person or a studio with no legal form;
- ``qrbill`` (a Swiss invoice): the recipient's address on the right, amounts as
  "CHF 1'234.50", "MWST 8.1 %", and the QR-bill payment part at the foot of the page
  (receipt and payment part, "Konto / Zahlbar an", "Zahlbar durch" the customer, the amount
  again as "1 234.50").

Two more, written after the rules for these three (``later.py``): a contractor's
``timesheet`` invoice and a Dutch or Irish one-person business (``zzp``), with reverse charge
to customers in other EU countries. Two more after those (``fees.py``): a liberal
profession's fee note (Belgian lawyer, Austrian tax adviser) and a Polish or Czech sole
trader's VAT invoice. One more after those (``withholding.py``): a Spanish, Italian or
Portuguese freelancer's invoice with income tax withheld below the VAT.

Values change with the seed; shared by the tests and ``benchmarks/invoice_accuracy.py
--typeset``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tests.invoice_pdflib.sheet import MONEY, Money, cents
from tests.invoice_typeset import fees, later, letters, withholding
from tests.invoice_typeset.markup import Doc

if TYPE_CHECKING:
    from robot_lib.invoices.model import Extraction

__all__ = ["LOCALES", "STYLES", "invoice", "typeset", "typeset_cases"]

MORE_MONEY = {
    "en-IE": Money("EUR", "€{}", ",", ".", "%d/%m/%Y", Decimal(23)),
    "fr-BE": Money("EUR", "{} €", ".", ",", "%d/%m/%Y", Decimal(21)),
    "de-AT": Money("EUR", "€ {}", ".", ",", "%d.%m.%Y", Decimal(20)),
    "pl-PL": Money("PLN", "{} zł", " ", ",", "%Y-%m-%d", Decimal(23)),
    "cs-CZ": Money("CZK", "{} Kč", " ", ",", "%d.%m.%Y", Decimal(21)),
    "pt-PT": Money("EUR", "{} €", " ", ",", "%d/%m/%Y", Decimal(23)),
    "de-CH": Money("CHF", "CHF {}", "'", ".", "%d.%m.%Y", Decimal("8.1")),
    "fr-CH": Money("CHF", "CHF {}", "'", ".", "%d.%m.%Y", Decimal("8.1")),
}
DRAW = {
    "maker": letters.maker,
    "letter": letters.letter,
    "qrbill": letters.qrbill,
    "timesheet": later.timesheet,
    "zzp": later.zzp,
    "fees": fees.fees,
    "faktura": fees.faktura,
    "withholding": withholding.withholding,
}
STYLES = tuple(DRAW)
LOCALES = {
    "maker": ("en-US", "en-GB", "de-DE", "fr-FR"),
    "letter": ("de-DE", "en-GB"),
    "qrbill": ("de-CH", "fr-CH"),
    "timesheet": ("en-US", "en-GB", "de-DE"),
    "zzp": ("nl-NL", "en-IE"),
    "fees": ("fr-BE", "de-AT"),
    "faktura": ("pl-PL", "cs-CZ"),
    "withholding": ("es-ES", "it-IT", "pt-PT"),
}


def invoice(
    code: str, style: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[str, dict[str, Any]]:
    """The Typst source of one invoice of *style* in locale *code* and the values printed
    on it; *off* is added to the printed total (a page whose total does not add up)."""
    rng = random.Random(f"typeset-{code}-{style}-{seed}")
    m = MORE_MONEY.get(code) or MONEY[code]
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    rows = []
    # a contractor's one rate (drawn only for them, so the other styles' values stay)
    month_rate = Decimal(rng.choice([65, 80, 95, 120])) if style == "timesheet" else Decimal(0)
    for i in rng.sample(range(len(letters.SERVICES)), rng.randint(1, 4)):
        hours = Decimal(rng.choice([1, 2, 4, 6, 7.5, 12, 16, 24, 40]))
        rate = Decimal(rng.choice([45, 60, 75, 85, 90, 110, 120, 135]))
        rate = month_rate if style == "timesheet" else rate
        rows.append((letters.SERVICES[i][code[:2]], hours, rate, cents(hours * rate)))
    items = sum((r[3] for r in rows), Decimal(0))
    # A small business exempt from VAT prints no tax (about one invoice in three).
    exempt = style in ("maker", "letter", "timesheet") and seed % 3 == 2
    discount = Decimal(10) if style == "maker" and not exempt and seed % 4 == 1 else Decimal(0)
    net = cents(items * (100 - discount) / 100)
    tax = Decimal(0) if exempt else cents(net * m.rate / 100)
    doc = Doc(
        code=code,
        seed=seed,
        rng=rng,
        m=m,
        rows=rows,
        issued=issued,
        due=issued + dt.timedelta(days=rng.choice([10, 14, 30])),
        items=items,
        discount=discount,
        net=net,
        tax=tax,
        gross=net + tax + off,
        exempt=exempt,
        off=off,
    )
    source = DRAW[style](doc)
    truth = {
        "invoice_number": doc.number,
        "issue_date": issued.isoformat(),
        "due_date": doc.due.isoformat() if doc.due_printed else None,
        "seller": doc.seller,
        "currency": m.currency,
        "net_total": f"{doc.net:.2f}" if doc.net_printed else None,
        "tax_total": None if doc.exempt else f"{doc.tax:.2f}",
        "gross_total": f"{doc.gross:.2f}",
        "_seller_aliases": list(doc.aliases),
    }
    return source, truth


def typeset(source: str, path: Path) -> Path:
    """Compile *source* with Typst into *path*, with its own fonts and ours only (never
    the machine's, so every machine prints the same page)."""
    import typst

    from tests.invoice_languages import _font

    src = path.with_suffix(".typ")
    src.write_text(source, encoding="utf-8")
    typst.compile(
        str(src),
        output=str(path),
        font_paths=[str(Path(_font()).parent)],
        ignore_system_fonts=True,
        timestamp=0,
    )
    return path


class PageStyle(NamedTuple):
    """How a plain page is typeset: its font, type size in points, gap between a grid's
    columns, how a grid's columns after the first are aligned, its paper, and (None: Typst's
    own) the space between a paragraph's lines and between paragraphs, and a grid's rows."""

    font: str
    size: float
    gutter: str
    align: str = "left"
    paper: str = "a4"
    leading: str | None = None
    spacing: str | None = None
    row_gap: str = "0.6em"


# 'inter' is the one every round was written and scored with; the others print the same pages
# closer, in a serif or a monospaced font, cramped, with every column but the first
# right-aligned or centred, in larger type, with lines further apart or closer together, or on
# A5 paper (the fonts are Typst's own)
PAGE_STYLES: dict[str, PageStyle] = {
    "inter": PageStyle("Inter", 10, "1.5em"),
    "close": PageStyle("Inter", 10, "1em"),
    "serif": PageStyle("Libertinus Serif", 10, "1em"),
    "mono": PageStyle("DejaVu Sans Mono", 9, "1em"),
    "mono_large": PageStyle("DejaVu Sans Mono", 11, "1em"),
    "cramped": PageStyle("Inter", 9, "0.7em"),
    "serif_cramped": PageStyle("Libertinus Serif", 10, "0.8em"),
    "right": PageStyle("Inter", 10, "1.5em", "right"),
    "centred": PageStyle("Inter", 10, "1.5em", "center"),
    "large": PageStyle("Inter", 12, "1.5em"),
    "airy": PageStyle("Inter", 10, "1.5em", leading="1em", spacing="1.8em", row_gap="1.2em"),
    "tight_lines": PageStyle(
        "Inter", 10, "1.5em", leading="0.35em", spacing="0.6em", row_gap="0.3em"
    ),
    "a5": PageStyle("Inter", 10, "1.5em", paper="a5"),
}


def text_page(path: Path, lines: list[str], style: str = "inter", title: str | None = None) -> Path:
    """A plain page typeset into *path*: one text a line; lines of several texts parted by
    '|' that follow each other are the rows of one grid (its columns as wide as the widest
    cell); an empty line ends a grid; a line '<pagebreak>' starts a new page; a line or cell
    that starts with '^' is a title, set bold and 4 pt larger. *style* names a
    :data:`PAGE_STYLES` entry; *title* is the file's own title (its metadata), if any."""
    from tests.invoice_typeset.markup import page, t

    st = PAGE_STYLES[style]

    def text(x: str) -> str:
        return t(x[1:], st.size + 4, bold=True) if x.startswith("^") else t(x)

    source = page(st.paper, st.font, st.size, "en", "2cm")
    if title is not None:
        source += f"#set document(title: {json.dumps(title, ensure_ascii=False)})\n"
    if st.leading or st.spacing:
        source += f"#set par(leading: {st.leading or '0.65em'}, spacing: {st.spacing or '1.2em'})\n"
    rows: list[list[str]] = []
    for x in [*lines, ""]:
        if "|" in x:
            rows.append([c.strip() for c in x.split("|")])
            continue
        if rows:
            n = max(len(r) for r in rows)
            body = ", ".join(f"[#{text(c or ' ')}]" for r in rows for c in r + [""] * (n - len(r)))
            aligned = f"align: (left,) + ({st.align},) * {n - 1}, "
            gaps = f"column-gutter: {st.gutter}, row-gutter: {st.row_gap}"
            source += f"#grid(columns: {n}, {aligned}{gaps}, {body})\n\n"
            rows = []
        if x == "<pagebreak>":
            source += "#pagebreak()\n"
        elif x:
            source += f"#{text(x)}\n\n"
    return typeset(source, path)


def read_text_page(path: Path, lines: list[str], style: str = "inter") -> Extraction:
    """:func:`text_page`, then read it as a page alone (no embedded XML)."""
    from robot_lib.invoices import extract_invoice

    return extract_invoice(text_page(path, lines, style), use_xml=False)


def typeset_cases(folder: Path, seeds: int = 1) -> list[tuple[Path, dict[str, Any]]]:
    """Every style in each of its locales, *seeds* invoices each, typeset into *folder*."""
    out = []
    for style in STYLES:
        for code in LOCALES[style]:
            for seed in range(seeds):
                source, truth = invoice(code, style, seed)
                out.append((typeset(source, folder / f"{style}-{code}-{seed}.pdf"), truth))
    return out
