"""Invoices made in a spreadsheet template and exported to PDF: the most common way a small
business without billing software makes one (an Excel invoice template, filled in and saved
as PDF). The workbooks are written with openpyxl after the habits of such templates (not any
template's file) and printed by LibreOffice Calc in the invoice's own locale, so numbers
come out as the office suite formats them ('1.234,56 €' in German, '1 234,56 €' in French).
Calc's text layer glues neighbouring cells ('UNIT PRICELINE TOTAL', '2Replace valve').

- ``service`` (en-US, en-GB): a service invoice: the company and its address at the top
  left, 'INVOICE' at the top right with DATE / INVOICE # / FOR cells, 'BILL TO', a table of
  quantity, description, unit price and amount, 'SUBTOTAL', 'TAX RATE 8.25%', 'SALES TAX',
  'OTHER' (shipping, after the tax) and 'TOTAL', 'Make all checks payable to …', the terms in
  days, a contact line and 'THANK YOU FOR YOUR BUSINESS!';
- ``rechnung`` (de-DE): a German template: the sender line over the recipient, the
  letterhead at the top right, a block of 'Rechnungsnr.' / 'Kundennr.' / 'Datum' /
  'Lieferdatum', 'Summe netto', 'zzgl. 19 % USt.', 'Rechnungsbetrag', the due date in a
  sentence on some seeds, and a footer of owner, bank and tax number;
- ``facture`` (fr-FR): a French sole trader's template: 'FACTURE', 'N° de facture', 'Date',
  'Échéance', the client at the right, 'Total HT' / 'TVA 20 %' / 'Total TTC', a deposit
  already paid and 'Net à payer' on odd seeds, and the legal mentions with their own amount
  ('Indemnité forfaitaire pour frais de recouvrement : 40 €').

LibreOffice is not needed to run the tests: the PDFs are made once and kept in
``tests/data/sheet_invoices/`` with their values (``python -m tests.invoice_sheets DIR``
makes them again where ``soffice`` is installed).
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.invoice_corpus import keep_truth
from tests.invoice_pdflib.sheet import cents
from tests.invoice_sheets import styles

__all__ = ["FIXTURES", "LOCALES", "STYLES", "make", "workbook"]

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "sheet_invoices"
DRAW = {"service": styles.service, "rechnung": styles.rechnung, "facture": styles.facture}
STYLES = tuple(DRAW)
LOCALES = {"service": ("en-US", "en-GB"), "rechnung": ("de-DE",), "facture": ("fr-FR",)}
RATES = {"en-US": Decimal("8.25"), "en-GB": Decimal(20), "de-DE": Decimal(19), "fr-FR": Decimal(20)}
ITEMS = {
    "en": [
        "Service call",
        "Replace water heater",
        "Pipe repair, kitchen",
        "Parts and fittings",
        "Annual maintenance",
        "Garden clearance",
        "Hedge trimming",
        "Labour (hours)",
    ],
    "de": [
        "Anfahrtspauschale",
        "Elektroinstallation Küche",
        "Leitungen und Material",
        "Prüfung nach DGUV V3",
        "Montage Leuchten",
        "Arbeitszeit Geselle",
    ],
    "fr": [
        "Pose de placards sur mesure",
        "Fourniture bois chêne",
        "Déplacement",
        "Ponçage et vernis",
        "Réparation escalier",
        "Main d'œuvre",
    ],
}


def workbook(
    code: str, style: str, seed: int, off: Decimal = Decimal(0)
) -> tuple[Any, dict[str, Any]]:
    """The workbook of one invoice of *style* in locale *code* and the values printed on
    it; *off* is added to the printed total (a page whose total does not add up)."""
    rng = random.Random(f"sheets-{code}-{style}-{seed}")
    issued = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    rows = []
    for name in rng.sample(ITEMS[code[:2]], rng.randint(1, 4)):
        qty = rng.choice([1, 1, 2, 3, 4, 8])
        unit = Decimal(rng.randint(1500, 60000)) / 100
        rows.append((name, qty, unit, cents(unit * qty)))
    net = sum((r[3] for r in rows), Decimal(0))
    tax = cents(net * RATES[code] / 100)
    values: dict[str, Any] = {
        "code": code,
        "seed": seed,
        "rng": rng,
        "rows": rows,
        "issued": issued,
        "due": issued + dt.timedelta(days=rng.choice([14, 30])),
        "net": net,
        "tax": tax,
        "rate": RATES[code],
        "off": off,
    }
    wb, truth = DRAW[style](values)
    return wb, {
        "issue_date": issued.isoformat(),
        "net_total": f"{net:.2f}",
        "tax_total": f"{tax:.2f}",
        **truth,
    }


def export(books: dict[str, tuple[Any, str]], folder: Path) -> list[Path]:
    """Print each workbook (name -> (workbook, locale)) to ``folder/NAME.pdf`` with
    LibreOffice Calc set to the invoice's locale."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for locale in sorted({loc for _wb, loc in books.values()}):
            profile = Path(tmp) / f"profile-{locale}"
            (profile / "user").mkdir(parents=True)
            (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE.format(locale))
            files = []
            for name, (wb, loc) in books.items():
                if loc == locale:
                    wb.save(Path(tmp) / f"{name}.xlsx")
                    files.append(str(Path(tmp) / f"{name}.xlsx"))
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation={profile.as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder),
                    *files,
                ],
                check=True,
                capture_output=True,
                timeout=600,
            )
            out += [folder / (Path(f).stem + ".pdf") for f in files]
    return out


_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>{}</value></prop></item>
</oor:items>
"""


def make(folder: Path, seeds: int = 3) -> None:
    """Every style in each of its locales, *seeds* invoices each: the PDFs and their values
    (``NAME.truth.json``) in *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    books, truths = {}, {}
    for style in STYLES:
        for code in LOCALES[style]:
            for seed in range(seeds):
                name = f"{style}-{code}-{seed}"
                wb, truths[name] = workbook(code, style, seed)
                books[name] = (wb, code)
            # and one whose total is one unit off (it must go to review)
            wb, truths[f"{style}-{code}-off"] = workbook(code, style, 0, off=Decimal(1))
            books[f"{style}-{code}-off"] = (wb, code)
    for pdf in export(books, folder):
        keep_truth(folder, pdf.stem, truths[pdf.stem])
