"""Invoice processing: PDF invoices in, validated entries out, nothing lost.

Every PDF in the inbox is a work item keyed by its SHA-256. Each is extracted (embedded
e-invoice XML checked against the page, vendor templates, generic layout rules) and
validated. An accepted invoice is entered in the accounting portal, appended to the Excel
ledger and only then moved to ``processed/YYYY-MM/``. Anything else goes to ``review/``
with a ``NAME.reason.json``. Files are never deleted; a run killed at any point and started
again records every invoice exactly once (the portal is checked before typing again, the
ledger before appending, and the move comes last).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from robot_lib import BusinessError, RunContext, bot
from robot_lib import config as bots_config

MAPPING = Path(__file__).parent / "mappings" / "portal_invoices.toml"
TEMPLATES = Path(__file__).parent / "invoice_templates"
LEDGER_COLUMNS = [
    "Vendor",
    "Invoice Number",
    "Issue Date",
    "Due Date",
    "Currency",
    "Net",
    "Tax",
    "Gross",
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


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _norm(text: str | None) -> str:
    return "".join((text or "").split()).casefold()


def move_without_overwrite(src: Path, folder: Path) -> Path:
    """Move *src* into *folder*; an existing name gets a ' (n)' suffix, never replaced."""
    from robot_lib.browser import _free_path

    folder.mkdir(parents=True, exist_ok=True)
    target = _free_path(folder / src.name)
    os.replace(src, target)
    return target


@dataclass
class Ledger:
    """The Excel ledger: sheet Invoices (one row per accepted invoice) and sheet Lines."""

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
        from robot_lib import excel

        excel.append_sheets(
            self.path,
            {"Invoices": [row], "Lines": lines},
            {"Invoices": LEDGER_COLUMNS, "Lines": LINE_COLUMNS},
        )
        self._index(row)


def _write_reason(review_dir: Path, pdf: Path, reasons: list[str], extra: dict[str, Any]) -> Path:
    review_dir.mkdir(parents=True, exist_ok=True)
    target = move_without_overwrite(pdf, review_dir)
    reason = target.with_name(target.stem + ".reason.json")
    tmp = reason.with_suffix(".tmp")
    tmp.write_text(
        json.dumps(
            {"file": target.name, "reasons": reasons, **extra},
            indent=1,
            ensure_ascii=False,
            default=str,
        ),
        encoding="utf-8",
    )
    tmp.replace(reason)
    return target


def _amount(v: str | None) -> Decimal | None:
    return Decimal(v) if v else None


@bot(
    retries=2,
    retry_delay=[30, 120],
    timeout="2h",
    tags=["browser"],
    credentials=["PORTAL_USERNAME", "PORTAL_PASSWORD"],
    description="PDF invoices in: validated entries in the ledger and the portal, the rest to review",
)
def invoice_processing(
    ctx: RunContext,
    *,
    inbox: Path | None = None,
    mailbox: str = "",
    dry_run: bool = False,
    ledger: Path | None = None,
    templates: Path | None = None,
    portal: bool = True,
    use_xml: bool = True,
    workers: int = 1,
) -> None:
    from robot_lib.errors import PdfError, RobotError
    from robot_lib.invoices import extract_many, load_templates

    home = bots_config.bots_home()
    inbox = inbox or home / "inbox" / "invoices"
    ledger_path = ledger or home / "output" / "invoices.xlsx"
    processed_root, review_dir = inbox / "processed", inbox / "review"
    inbox.mkdir(parents=True, exist_ok=True)
    if mailbox:
        if mailbox != "imap":
            raise BusinessError(f"mailbox={mailbox!r}: only 'imap' is supported")
        from robot_lib import mail

        saved = mail.fetch_attachments(ctx, dest=inbox, patterns=["*.pdf"])
        ctx.log.info(f"{len(saved)} PDF attachment(s) saved from the mailbox into {inbox}")
    tpls = load_templates(templates or TEMPLATES)
    # oldest first: of two copies of one invoice, the later arrival is the duplicate
    files = sorted(
        (p for p in inbox.iterdir() if p.is_file() and p.suffix.lower() == ".pdf"),
        key=lambda p: (p.stat().st_mtime, p.name),
    )
    ctx.log.info(f"{len(files)} PDF(s) in {inbox}; ledger {ledger_path}; templates: {len(tpls)}")

    if dry_run:
        for path, result in extract_many(files, tpls, use_xml, workers):
            if isinstance(result, Exception):
                ctx.log.warning(f"{path.name}: {result}")
                continue
            ctx.log.info(
                f"{path.name}: {json.dumps(result.summary()['fields'])} "
                f"{result.status} {result.reasons}"
            )
        return

    book = Ledger(ledger_path).load()
    shas = {p: sha256_of(p) for p in files}
    todo = []
    for p in files:
        if ctx.already_done(shas[p]):
            ctx.item(shas[p])  # recorded as skipped
            if p.exists():  # outputs exist: finish the move an earlier run could not make
                target = move_without_overwrite(p, processed_root / _month(book, shas[p]))
                ctx.log.info(f"{p.name}: already processed (same content); moved to {target}")
        else:
            todo.append(p)
    ctx.progress(len(files))
    entry = _PortalEntry(ctx) if portal else None
    counts = {"accepted": 0, "review": 0}
    for path, result in extract_many(todo, tpls, use_xml, workers):
        sha = shas[path]
        check_first = ctx.tried_before(sha)
        item = ctx.item(sha, path)
        if item.skipped:  # the same bytes as a file done earlier in this run
            target = move_without_overwrite(path, processed_root / _month(book, sha))
            ctx.log.info(
                f"{path.name}: same content as an invoice already processed; moved to {target}"
            )
            continue
        with item:
            item.output["file"] = path.name
            if isinstance(result, PdfError | RobotError):
                _write_reason(review_dir, path, [str(result)], {"error": type(result).__name__})
                counts["review"] += 1
                raise BusinessError(f"{path.name}: {result}")
            if isinstance(result, Exception):
                raise result
            ex = result
            fields = {k: ex.value(k) for k in ex.summary()["fields"]}
            item.output.update(fields=fields, status=ex.status)
            reasons = list(ex.reasons)
            earlier = book.by_sha.get(sha) or book.find(fields["seller"], fields["invoice_number"])
            if earlier is not None and earlier.get("SHA256") != sha:
                reasons.append(
                    f"duplicate: {fields['seller']} {fields['invoice_number']} is already in the "
                    f"ledger (from {earlier.get('Source File')}, run {earlier.get('Run')})"
                )
            if reasons:
                _write_reason(
                    review_dir,
                    path,
                    reasons,
                    {"fields": fields, "sources": ex.summary()["sources"]},
                )
                counts["review"] += 1
                raise BusinessError("; ".join(reasons))
            record = None
            if entry is not None:
                try:
                    record = entry.enter(fields, check_first)
                except BusinessError as exc:
                    _write_reason(review_dir, path, [f"portal refused: {exc}"], {"fields": fields})
                    counts["review"] += 1
                    raise BusinessError(f"portal refused: {exc}") from None
            if sha not in book.by_sha:
                book.append(
                    _ledger_row(ex, fields, path, sha, ctx.run_id, record),
                    _ledger_lines(ex, fields, sha),
                )
            target = move_without_overwrite(path, processed_root / _month_of(fields))
            item.output.update(portal_record=record, moved_to=str(target))
            counts["accepted"] += 1
            ctx.log.info(
                f"{path.name}: {fields['seller']} {fields['invoice_number']} "
                f"{fields['gross_total']} {fields['currency']} -> {record or 'ledger'}"
            )
    ctx.log.info(
        f"accepted {counts['accepted']}, to review {counts['review']}; "
        f"ledger {ledger_path}; review folder {review_dir}"
    )


def _month_of(fields: dict[str, Any]) -> str:
    return (fields.get("issue_date") or dt.date.today().isoformat())[:7]


def _month(book: Ledger, sha: str) -> str:
    row = book.by_sha.get(sha)
    issue = str(row.get("Issue Date") or "") if row else ""
    return issue[:7] if len(issue) >= 7 else dt.date.today().isoformat()[:7]


def _ledger_row(
    ex: Any, f: dict[str, Any], path: Path, sha: str, run: str, record: str | None
) -> dict[str, Any]:
    return {
        "Vendor": f["seller"],
        "Invoice Number": f["invoice_number"],
        "Issue Date": f["issue_date"],
        "Due Date": f["due_date"],
        "Currency": f["currency"],
        "Net": _amount(f["net_total"]),
        "Tax": _amount(f["tax_total"]),
        "Gross": _amount(f["gross_total"]),
        "PO Number": f.get("po_number"),
        "Portal Record": record,
        "Source File": path.name,
        "SHA256": sha,
        "Run": run,
        "Recorded At": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        "Sources": ", ".join(f"{k}:{v.source}" for k, v in ex.fields.items()),
    }


def _ledger_lines(ex: Any, f: dict[str, Any], sha: str) -> list[dict[str, Any]]:
    return [
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


class _PortalEntry:
    """Enters accepted invoices in the accounting portal's invoice form."""

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self.robot: Any = None

    def enter(self, fields: dict[str, Any], check_first: bool) -> str:
        from robot_lib.forms import FormMapping, FormRobot

        if self.robot is None:
            self.robot = FormRobot(self.ctx, FormMapping.load(MAPPING))
        m = self.robot.m
        values = {label: fields.get(col) or "" for col, label in m.fields.items()}
        return str(self.robot.submit(str(fields["invoice_number"]), values, check_first))
