"""Report files of the demo portal: real xlsx (openpyxl), csv and pdf (reportlab)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

REPORTS = {
    "invoice_register": "Invoice register",
    "customer_list": "Customer list",
    "ar_aging": "AR aging",
}

HEADERS = {
    "invoice_register": [
        "Record ID",
        "Vendor",
        "Invoice Number",
        "Issue Date",
        "Due Date",
        "Currency",
        "Net",
        "Tax",
        "Gross",
    ],
    "customer_list": [
        "Confirmation",
        "First Name",
        "Last Name",
        "Company Name",
        "Email",
        "Phone Number",
        "Created",
    ],
    "ar_aging": ["Vendor", "Currency", "Current", "1-30", "31-60", "61-90", "90+", "Total"],
}


def rows_for(
    report: str, data: dict[str, list[dict[str, Any]]], start: dt.date, end: dt.date
) -> list[list[Any]]:
    """The rows of *report* for the period [start, end] (dates inclusive)."""
    if report == "invoice_register":
        return [
            [
                i["record_id"],
                i["vendor"],
                i["invoice_number"],
                i["issue_date"],
                i["due_date"],
                i["currency"],
                i["net"],
                i["tax"],
                i["gross"],
            ]
            for i in data["invoices"]
            if start.isoformat() <= i["issue_date"] <= end.isoformat()
        ]
    if report == "customer_list":
        return [
            [
                c["confirmation"],
                c["first_name"],
                c["last_name"],
                c["company"],
                c["email"],
                c["phone"],
                c["created_at"][:10],
            ]
            for c in data["customers"]
            if start.isoformat() <= c["created_at"][:10] <= end.isoformat()
        ]
    if report == "ar_aging":
        buckets: dict[tuple[str, str], list[float]] = {}
        for i in data["invoices"]:
            if not (start.isoformat() <= i["issue_date"] <= end.isoformat()):
                continue
            # no due date: due when issued (paid on the spot)
            overdue = (end - dt.date.fromisoformat(i["due_date"] or i["issue_date"])).days
            idx = (
                0
                if overdue <= 0
                else 1
                if overdue <= 30
                else 2
                if overdue <= 60
                else (3 if overdue <= 90 else 4)
            )
            b = buckets.setdefault((i["vendor"], i["currency"]), [0.0] * 5)
            b[idx] += float(i["gross"])
        return [
            [v, cur, *[round(x, 2) for x in b], round(sum(b), 2)]
            for (v, cur), b in sorted(buckets.items())
        ]
    raise KeyError(report)


def render(report: str, fmt: str, rows: list[list[Any]], start: dt.date, end: dt.date) -> bytes:
    headers = HEADERS[report]
    title = f"{REPORTS[report]} {start.isoformat()} to {end.isoformat()}"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(headers)
        w.writerows(rows)
        return buf.getvalue().encode("utf-8")
    if fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = REPORTS[report][:31]
        ws.append(headers)
        for r in rows:
            ws.append(r)
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()
    if fmt == "pdf":
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.pdfgen import canvas

        out = io.BytesIO()
        c = canvas.Canvas(out, pagesize=landscape(A4))
        width, height = landscape(A4)
        y = height - 50
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, y, title)
        y -= 28
        col = (width - 80) / len(headers)

        def line(values: list[Any], bold: bool = False) -> None:
            nonlocal y
            if y < 40:
                c.showPage()
                y = height - 50
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
            for i, v in enumerate(values):
                c.drawString(40 + i * col, y, str(v)[:28])
            y -= 13

        line(headers, bold=True)
        for r in rows:
            line(r)
        if not rows:
            line(["(no data for this period)"])
        c.save()
        return out.getvalue()
    raise KeyError(fmt)
