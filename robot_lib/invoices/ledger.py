"""The invoice ledger (an Excel workbook: sheet Invoices, one row per accepted invoice, and
sheet Lines) and the inbox's review folder (the PDF beside a ``NAME.reason.json``).

Example::

    from robot_lib.invoices.ledger import Ledger, ledger_rows, send_to_review

    book = Ledger(path).load()
    if book.find(seller, number) is None:
        book.append(*ledger_rows(extraction, fields, pdf, sha, run_id, portal_record))
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from robot_lib.files import move_without_overwrite, write_atomic

LEDGER_COLUMNS = [
    "Vendor",
    "Invoice Number",
    "Issue Date",
    "Due Date",
    "Currency",
    "Net",
    "Tax",
    "Charges",  # printed between the tax and the gross: shipping, rounding
    "Gross",
    "Withheld",  # income tax the customer withholds (IRPF, ritenuta d'acconto)
    "Payable",  # the gross less it: what the vendor is paid
    "PO Number",
    "Portal Record",
    "Source File",
    "SHA256",
    "Run",
    "Recorded At",
    "Sources",
]
LINE_COLUMNS = [
    "SHA256",
    "Vendor",
    "Invoice Number",
    "Description",
    "Quantity",
    "Unit Price",
    "Line Total",
]


def _norm(text: str | None) -> str:
    return "".join((text or "").split()).casefold()


def _amount(v: str | None) -> Decimal | None:
    return Decimal(v) if v else None


@dataclass
class Ledger:
    """The Excel ledger, indexed by content hash and by (vendor, invoice number)."""

    path: Path
    by_sha: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_key: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def load(self) -> Ledger:
        if self.path.exists():
            from robot_lib import excel

            for r in excel.read_records(self.path, sheet="Invoices"):
                self._index(r)
        return self

    def _index(self, r: dict[str, Any]) -> None:
        self.by_sha[str(r.get("SHA256"))] = r
        self.by_key[(_norm(r.get("Vendor")), _norm(str(r.get("Invoice Number"))))] = r

    def find(self, vendor: str | None, number: str | None) -> dict[str, Any] | None:
        return self.by_key.get((_norm(vendor), _norm(number)))

    def append(self, row: dict[str, Any], lines: list[dict[str, Any]]) -> None:
        """Append one invoice and its lines in one atomic save."""
        from robot_lib import excel

        excel.append_sheets(
            self.path,
            {"Invoices": [row], "Lines": lines},
            {"Invoices": LEDGER_COLUMNS, "Lines": LINE_COLUMNS},
        )
        self._index(row)

    def month_of(self, sha: str) -> str:
        """``YYYY-MM`` of the recorded invoice's issue date (this month if unknown)."""
        row = self.by_sha.get(sha)
        issue = str(row.get("Issue Date") or "") if row else ""
        return issue[:7] if len(issue) >= 7 else dt.date.today().isoformat()[:7]


def month_of(fields: dict[str, Any]) -> str:
    """``YYYY-MM`` of an extracted invoice's issue date (this month if it has none)."""
    return str(fields.get("issue_date") or dt.date.today().isoformat())[:7]


def ledger_rows(
    ex: Any, f: dict[str, Any], path: Path, sha: str, run: str, record: str | None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The Invoices row and the Lines rows of one extracted invoice."""
    row = {
        "Vendor": f["seller"],
        "Invoice Number": f["invoice_number"],
        "Issue Date": f["issue_date"],
        "Due Date": f["due_date"],
        "Currency": f["currency"],
        "Net": _amount(f["net_total"]),
        "Tax": _amount(f["tax_total"]),
        "Charges": _amount(f.get("charges")),
        "Gross": _amount(f["gross_total"]),
        "Withheld": _amount(ex.withheld),
        "Payable": _amount(ex.payable),
        "PO Number": f.get("po_number"),
        "Portal Record": record,
        "Source File": path.name,
        "SHA256": sha,
        "Run": run,
        "Recorded At": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        "Sources": ", ".join(f"{k}:{v.source}" for k, v in ex.fields.items()),
    }
    lines = [
        {
            "SHA256": sha,
            "Vendor": f["seller"],
            "Invoice Number": f["invoice_number"],
            "Description": li.description,
            "Quantity": _amount(li.quantity),
            "Unit Price": _amount(li.unit_price),
            "Line Total": _amount(li.line_total),
        }
        for li in ex.lines
    ]
    return row, lines


def send_to_review(review_dir: Path, pdf: Path, reasons: list[str], extra: dict[str, Any]) -> Path:
    """Move *pdf* into *review_dir* (never overwriting) with ``NAME.reason.json`` beside it."""
    target = move_without_overwrite(pdf, review_dir)
    reason = target.with_name(target.stem + ".reason.json")
    body = {"file": target.name, "reasons": reasons, **extra}
    write_atomic(reason, json.dumps(body, indent=1, ensure_ascii=False, default=str))
    return target
