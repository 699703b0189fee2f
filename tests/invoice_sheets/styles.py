"""The three spreadsheet templates. Each fills a workbook with one invoice's values and
returns it with the values its page prints that the caller does not know (number, seller,
currency, due date, gross)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

MONEY = {
    "en-US": '"$"#,##0.00',
    "en-GB": '"£"#,##0.00',
    "de-DE": '#,##0.00 "€"',
    "fr-FR": '#,##0.00 "€"',
}
THIN = Side(style="thin", color="999999")
HEAD = PatternFill("solid", fgColor="DCE6F1")


def _sheet(widths: dict[str, float], paper: int) -> tuple[Workbook, Worksheet]:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Invoice"
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.page_setup.paperSize = paper
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return wb, ws


def _put(
    ws: Worksheet,
    ref: str,
    value: Any,
    fmt: str = "",
    size: float = 10,
    bold: bool = False,
    align: str = "",
    italic: bool = False,
    color: str = "000000",
) -> None:
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name="Liberation Sans", size=size, bold=bold, italic=italic, color=color)
    if fmt:
        cell.number_format = fmt
    if align:
        cell.alignment = Alignment(horizontal=align)


def _table(
    ws: Worksheet,
    row: int,
    heads: list[tuple[str, str]],
    rows: list[list[Any]],
    fmt: str,
    blank: int,
) -> int:
    """A table under *heads* ((column, text)), the rows, then *blank* empty ruled rows as a
    template has; returns the row after it."""
    for col, text in heads:
        _put(ws, f"{col}{row}", text, bold=True, align="center")
        ws[f"{col}{row}"].fill = HEAD
    for r, values in enumerate(rows + [[None] * len(heads)] * blank, row + 1):
        for (col, _h), v in zip(heads, values, strict=True):
            money = isinstance(v, Decimal)
            _put(
                ws,
                f"{col}{r}",
                float(v) if money else v,
                fmt if money else "",
                align="right" if money or isinstance(v, int) else "",
            )
            ws[f"{col}{r}"].border = Border(bottom=THIN)
    return row + 1 + len(rows) + blank


def service(v: dict[str, Any]) -> tuple[Workbook, dict[str, Any]]:
    us = v["code"] == "en-US"
    fmt = MONEY[v["code"]]
    wb, ws = _sheet({"A": 8, "B": 30, "C": 10, "D": 10, "E": 16, "F": 16}, 1 if us else 9)
    seller = (
        (
            "Harborview Plumbing & Heating",
            "Licensed and insured since 1998",
            "410 Dock Street",
            "Tacoma, WA 98402",
            "Phone 253-555-0187",
        )
        if us
        else (
            "Greenleaf Gardens Ltd",
            "Garden design and maintenance",
            "22 Orchard Lane",
            "Cheltenham GL50 3PQ",
            "Tel. 01242 555 019 · VAT Reg. No. GB 412 9087 33",
        )
    )
    buyer = (
        ("Dana Whitfield", "Northshore Dental Group LLC", "1200 Pacific Avenue", "Tacoma, WA 98402")
        if us
        else (
            "Accounts Payable",
            "Montpellier Hotels plc",
            "5 Imperial Square",
            "Cheltenham GL50 1QB",
        )
    )
    _put(ws, "A1", seller[0], size=18, bold=True)
    _put(ws, "A2", seller[1], italic=True, size=9)
    for r, text in enumerate(seller[2:], 3):
        _put(ws, f"A{r}", text, size=9)
    _put(ws, "E1", "INVOICE", size=24, bold=True, color="4F81BD", align="right")
    ws.merge_cells("E1:F2")
    number = v["rng"].randint(1001, 4999) if us else f"INV-{v['rng'].randint(100, 999)}"
    _put(ws, "E3", "DATE:", align="right", bold=True)
    _put(ws, "F3", v["issued"], "mmmm d, yyyy" if us else "dd/mm/yyyy", align="right")
    _put(ws, "E4", "INVOICE #", align="right", bold=True)
    _put(ws, "F4", number, align="right")
    _put(ws, "E5", "FOR:", align="right", bold=True)
    _put(
        ws,
        "F5",
        v["rng"].choice(["Emergency call-out", "Spring contract", "Job 77-B"]),
        align="right",
    )
    _put(ws, "A8", "BILL TO:", bold=True)
    for r, text in enumerate(buyer, 9):
        _put(ws, f"A{r}", text)
    heads = [("A", "QTY"), ("B", "DESCRIPTION"), ("E", "UNIT PRICE"), ("F", "AMOUNT")]
    rows = [[q, name, unit, amount] for name, q, unit, amount in v["rows"]]
    end = _table(ws, 14, heads, rows, fmt, blank=6 - len(rows))
    other = Decimal(v["rng"].choice([0, 0, 1250, 2495])) / 100 if v["seed"] % 2 else Decimal(0)
    gross = v["net"] + v["tax"] + other + v["off"]
    lines = [
        ("SUBTOTAL", v["net"], fmt),
        ("TAX RATE" if us else "VAT RATE", v["rate"] / 100, "0.00%" if us else "0%"),
        ("SALES TAX" if us else "VAT", v["tax"], fmt),
        ("OTHER", other, fmt),
        ("TOTAL", gross, fmt),
    ]
    for r, (label, value, f) in enumerate(lines, end + 1):
        _put(ws, f"E{r}", label, bold=label == "TOTAL", align="right")
        _put(ws, f"F{r}", float(value), f, bold=label == "TOTAL", align="right")
    _put(ws, f"A{end + 1}", f"Make all checks payable to {seller[0]}", size=9)
    _put(
        ws,
        f"A{end + 2}",
        "Total due in 15 days. Overdue accounts are subject to a service charge of 1% per month.",
        size=9,
    )
    _put(
        ws,
        f"A{end + 8}",
        "If you have any questions concerning this invoice, contact "
        f"{'Ray Ortiz, 253-555-0187' if us else 'Helen Marsh, 01242 555 019'}",
        size=9,
        align="center",
    )
    ws.merge_cells(f"A{end + 8}:F{end + 8}")
    _put(ws, f"A{end + 9}", "THANK YOU FOR YOUR BUSINESS!", bold=True, align="center")
    ws.merge_cells(f"A{end + 9}:F{end + 9}")
    return wb, {
        "invoice_number": str(number),
        "seller": seller[0],
        "due_date": None,
        "currency": "USD" if us else "GBP",
        "gross_total": f"{gross:.2f}",
    }


def rechnung(v: dict[str, Any]) -> tuple[Workbook, dict[str, Any]]:
    fmt = MONEY["de-DE"]
    wb, ws = _sheet({"A": 7, "B": 34, "C": 9, "D": 9, "E": 15, "F": 19}, 9)
    name = "Meyer Elektrotechnik"
    _put(ws, "E1", name, size=16, bold=True, align="right")
    _put(ws, "E2", "Meisterbetrieb · Inh. Thomas Meyer", size=9, align="right")
    _put(ws, "A5", f"{name} · Bahnhofstr. 7 · 34117 Kassel", size=7)
    for r, text in enumerate(
        (
            "Bäckerei Schubert GmbH & Co. KG",
            "z. Hd. Frau Lange",
            "Wilhelmshöher Allee 88",
            "34119 Kassel",
        ),
        6,
    ):
        _put(ws, f"A{r}", text, size=11)
    number = f"RE-2026-{v['rng'].randint(10, 999):04d}"
    block = [
        ("Rechnungsnr.:", number, ""),
        ("Kundennr.:", f"{v['rng'].randint(10000, 99999)}", ""),
        ("Datum:", v["issued"], "DD.MM.YYYY"),
        ("Lieferdatum:", v["issued"], "DD.MM.YYYY"),
    ]
    for r, (label, value, f) in enumerate(block, 6):
        _put(ws, f"E{r}", label, size=9, align="right")
        _put(ws, f"F{r}", value, f, size=9, align="right")
    _put(ws, "A12", "Rechnung", size=16, bold=True)
    _put(ws, "A14", "Sehr geehrte Damen und Herren,")
    _put(ws, "A15", "wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:")
    heads = [
        ("A", "Pos."),
        ("B", "Bezeichnung"),
        ("C", "Menge"),
        ("D", "Einheit"),
        ("E", "Einzelpreis"),
        ("F", "Gesamtpreis"),
    ]
    rows = [
        [i, n, q, "Stk." if i % 2 else "Std.", unit, amount]
        for i, (n, q, unit, amount) in enumerate(v["rows"], 1)
    ]
    end = _table(ws, 17, heads, rows, fmt, blank=1)
    gross = v["net"] + v["tax"] + v["off"]
    rate = f"{v['rate']:g}"
    for r, (label, value) in enumerate(
        (("Summe netto", v["net"]), (f"zzgl. {rate} % USt.", v["tax"]), ("Rechnungsbetrag", gross)),
        end + 1,
    ):
        _put(ws, f"E{r}", label, bold=label == "Rechnungsbetrag", align="right")
        _put(ws, f"F{r}", float(value), fmt, bold=label == "Rechnungsbetrag", align="right")
    due = v["due"] if v["seed"] % 2 == 0 else None
    terms = (
        f"Bitte überweisen Sie den Rechnungsbetrag bis zum {due:%d.%m.%Y} auf unser Konto."
        if due
        else "Zahlbar innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug."
    )
    _put(ws, f"A{end + 6}", terms)
    _put(ws, f"A{end + 7}", "Mit freundlichen Grüßen")
    _put(
        ws,
        f"A{end + 12}",
        f"{name} · Inh. Thomas Meyer · Bahnhofstr. 7 · 34117 Kassel · Tel. 0561 555 0140",
        size=8,
        align="center",
    )
    ws.merge_cells(f"A{end + 12}:F{end + 12}")
    _put(
        ws,
        f"A{end + 13}",
        "Kasseler Sparkasse · IBAN DE12 5205 0353 0001 2345 67 · BIC "
        "HELADEF1KAS · St.-Nr. 026 812 34567",
        size=8,
        align="center",
    )
    ws.merge_cells(f"A{end + 13}:F{end + 13}")
    return wb, {
        "invoice_number": number,
        "seller": name,
        "currency": "EUR",
        "due_date": due.isoformat() if due else None,
        "gross_total": f"{gross:.2f}",
    }


def facture(v: dict[str, Any]) -> tuple[Workbook, dict[str, Any]]:
    fmt = MONEY["fr-FR"]
    wb, ws = _sheet({"A": 38, "B": 9, "C": 16, "D": 16}, 9)
    name = "Menuiserie Fabre"
    for r, (text, size, bold) in enumerate(
        (
            (name, 16, True),
            ("Entreprise individuelle", 9, False),
            ("14 chemin des Vignes", 9, False),
            ("84120 Pertuis", 9, False),
            ("SIRET 823 456 789 00014", 9, False),
            ("N° TVA FR 61 823456789", 9, False),
        ),
        1,
    ):
        _put(ws, f"A{r}", text, size=size, bold=bold)
    _put(ws, "C1", "FACTURE", size=22, bold=True, align="right")
    ws.merge_cells("C1:D1")
    number = f"F2026-{v['rng'].randint(1, 250):03d}"
    for r, (label, value, f) in enumerate(
        (
            ("N° de facture :", number, ""),
            ("Date :", v["issued"], "DD/MM/YYYY"),
            ("Échéance :", v["due"], "DD/MM/YYYY"),
        ),
        3,
    ):
        _put(ws, f"C{r}", label, align="right")
        _put(ws, f"D{r}", value, f, align="right")
    _put(ws, "C8", "Client :", bold=True)
    for r, text in enumerate(
        ("SCI Les Oliviers", "M. Julien Roche", "3 place de la Mairie", "84120 Pertuis"), 9
    ):
        _put(ws, f"C{r}", text)
    heads = [("A", "Désignation"), ("B", "Qté"), ("C", "Prix unitaire HT"), ("D", "Total HT")]
    rows = [[n, q, unit, amount] for n, q, unit, amount in v["rows"]]
    end = _table(ws, 15, heads, rows, fmt, blank=2)
    gross = v["net"] + v["tax"] + v["off"]
    lines = [("Total HT", v["net"]), (f"TVA {v['rate']:g} %", v["tax"]), ("Total TTC", gross)]
    if v["seed"] % 2:
        deposit = (gross * Decimal("0.3")).quantize(Decimal(1))
        lines += [("Acompte versé", -deposit), ("Net à payer", gross - deposit)]
    for r, (label, value) in enumerate(lines, end + 1):
        _put(ws, f"C{r}", label, bold=label in ("Total TTC", "Net à payer"), align="right")
        _put(
            ws,
            f"D{r}",
            float(value),
            fmt,
            bold=label in ("Total TTC", "Net à payer"),
            align="right",
        )
    notes = (
        "Conditions de règlement : par virement, IBAN FR76 1027 8090 0000 0206 1234 512.",
        "Pénalités de retard : trois fois le taux d'intérêt légal.",
        "Indemnité forfaitaire pour frais de recouvrement : 40 €",
    )
    for r, text in enumerate(notes, end + 8):
        _put(ws, f"A{r}", text, size=8)
    return wb, {
        "invoice_number": number,
        "seller": name,
        "currency": "EUR",
        "due_date": v["due"].isoformat(),
        "gross_total": f"{gross:.2f}",
    }
