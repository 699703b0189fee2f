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

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from robot_lib import (
    ApplicationError,
    BusinessError,
    Review,
    RunContext,
    approves,
    before_retry,
    bot,
    rejects,
    review_document,
)
from robot_lib import config as bots_config
from robot_lib.files import move_without_overwrite, settled, sha256_of

MAPPING = Path(__file__).parent / "mappings" / "portal_invoices.toml"
TEMPLATES = Path(__file__).parent / "invoice_templates"


@bot(
    retries=2,
    retry_delay=[30, 120],
    timeout="2h",
    tags=["browser"],
    credentials=["PORTAL_URL", "PORTAL_USERNAME", "PORTAL_PASSWORD"],
    optional_credentials=["MAIL_PASSWORD"],  # with mailbox=imap
    description="PDF invoices in: validated entries in the ledger and the portal, the rest to review",
    manual_minutes=6,
)
def invoice_processing(
    ctx: RunContext,
    *,
    inbox: Path | None = None,
    mailbox: Literal["", "imap"] = "",
    dry_run: bool = False,
    ledger: Path | None = None,
    templates: Path | None = None,
    portal: bool = True,
    use_xml: bool = True,
    workers: int = 1,
    settle: float = 2.0,
) -> None:
    """Read each PDF invoice in the inbox, validate it, enter it, file it.

    Args:
        inbox: the folder of PDFs (default: $BOTS_HOME/inbox/invoices).
        mailbox: imap to first save PDF attachments from the mailbox into the inbox.
        dry_run: show what would be extracted; record nothing.
        ledger: the Excel ledger (default: $BOTS_HOME/output/invoices.xlsx).
        templates: a folder of vendor templates (default: bots/invoice_templates).
        portal: also enter each invoice in the accounting portal.
        use_xml: trust an embedded e-invoice (ZUGFeRD/Factur-X) checked against the page.
        workers: processes reading PDFs in parallel.
        settle: seconds a PDF's size and time must stay unchanged (and no process hold it
            open for writing) before it is read; a file still being copied waits.
    """
    from robot_lib.errors import PdfError, RobotError
    from robot_lib.forms import FormMapping, FormRobot
    from robot_lib.invoices import extract_many, load_templates
    from robot_lib.invoices.ledger import Ledger, send_to_review

    home = bots_config.bots_home()
    inbox = inbox or home / "inbox" / "invoices"
    ledger_path = ledger or home / "output" / "invoices.xlsx"
    processed_root, review_dir = inbox / "processed", inbox / "review"
    inbox.mkdir(parents=True, exist_ok=True)
    if mailbox:
        from robot_lib import mail

        saved = mail.fetch_attachments(ctx, dest=inbox, patterns=["*.pdf"])
        ctx.log.info(f"{len(saved)} PDF attachment(s) saved from the mailbox into {inbox}")
    tpls = load_templates(templates or TEMPLATES) + _learned(ctx)
    # oldest first: of two copies of one invoice, the later arrival is the duplicate
    found = sorted(
        (p for p in inbox.iterdir() if p.is_file() and p.suffix.lower() == ".pdf"),
        key=lambda p: (p.stat().st_mtime, p.name),
    )
    files, changing = settled(found, settle)
    for p in changing:
        ctx.log.warning(f"{p.name}: still being written; left for the next run")
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
    stamps = {p: _stamp(p) for p in files}  # the content hashed is the content processed
    shas = {p: sha256_of(p) for p in files}
    todo = []
    for p in files:
        if ctx.already_done(shas[p]):
            ctx.item(shas[p], title=p.name)  # recorded as skipped
            if p.exists():  # outputs exist: finish the move an earlier run could not make
                target = move_without_overwrite(p, processed_root / book.month_of(shas[p]))
                ctx.log.info(f"{p.name}: already processed (same content); moved to {target}")
        else:
            todo.append(p)
    ctx.progress(len(files))
    entry = FormRobot(ctx, FormMapping.load(MAPPING)) if portal else None
    counts = {"accepted": 0, "review": 0}
    for path, result in extract_many(todo, tpls, use_xml, workers):
        sha = shas[path]
        check_first = ctx.tried_before(sha)
        item = ctx.item(sha, path, title=path.name)
        if item.skipped:  # the same bytes as a file done earlier in this run
            target = move_without_overwrite(path, processed_root / book.month_of(sha))
            ctx.log.info(
                f"{path.name}: same content as an invoice already processed; moved to {target}"
            )
            continue
        with item:
            item.output["file"] = path.name
            if isinstance(result, PdfError | RobotError):
                send_to_review(review_dir, path, [str(result)], {"error": type(result).__name__})
                counts["review"] += 1
                raise BusinessError(f"{path.name}: {result}")
            if isinstance(result, Exception):
                raise result
            if _stamp(path) != stamps[path]:
                raise ApplicationError(f"{path.name} changed while it was read; taken again later")
            ex = result
            # the charges printed between the tax and the total (shipping): a person sees them,
            # and may set them, beside the totals
            fields = {k: ex.value(k) for k in ex.summary()["fields"]} | {"charges": ex.after_tax}
            item.output.update(fields=fields, status=ex.status)
            if ex.boxes:  # where each value was read, for the validation station
                item.output["boxes"] = ex.boxes
            if ex.withheld:  # income tax withheld: the page's last total is the amount paid
                item.output.update(withheld=ex.withheld, payable=ex.payable)
            totals = [li.line_total for li in ex.lines]
            if totals and all(totals):
                lines = sum((Decimal(t or 0) for t in totals), Decimal(0))
                item.output["lines_total"] = f"{lines + Decimal(ex.adjustment or 0):.2f}"
            reasons = list(ex.reasons)
            earlier = book.by_sha.get(sha) or book.find(fields["seller"], fields["invoice_number"])
            if earlier is not None and earlier.get("SHA256") != sha:
                reasons.append(
                    f"duplicate: {fields['seller']} {fields['invoice_number']} is already in the "
                    f"ledger (from {earlier.get('Source File')}, run {earlier.get('Run')})"
                )
            if reasons:
                send_to_review(
                    review_dir,
                    path,
                    reasons,
                    {"fields": fields, "sources": ex.summary()["sources"]},
                )
                counts["review"] += 1
                raise BusinessError("; ".join(reasons))
            try:
                _enter(ctx, item, ex, path, sha, book, entry, check_first, processed_root)
            except BusinessError as exc:  # the portal refused it
                send_to_review(review_dir, path, [str(exc)], {"fields": fields})
                counts["review"] += 1
                raise
            counts["accepted"] += 1
    ctx.log.info(
        f"accepted {counts['accepted']}, to review {counts['review']}; "
        f"ledger {ledger_path}; review folder {review_dir}"
    )


def _enter(
    ctx: RunContext,
    item: Any,
    ex: Any,
    path: Path,
    sha: str,
    book: Any,
    entry: Any,
    check_first: bool,
    processed_root: Path,
) -> Path:
    """An accepted invoice: into the portal (checked there first when tried before), the
    ledger (once per SHA-256), then ``processed/YYYY-MM/``. BusinessError: the portal refused."""
    from robot_lib.invoices.ledger import ledger_rows, month_of

    fields = {k: ex.value(k) for k in ex.summary()["fields"]} | {"charges": ex.charges()}
    gross, tax = fields["gross_total"], fields["tax_total"]
    if fields["net_total"] is None and ex.tax_included and gross and tax:
        # prices with the tax in them print no net: the books take the gross less the tax
        fields["net_total"] = f"{Decimal(gross) - Decimal(tax):.2f}"
    if tax is None and gross and fields["net_total"] in (None, gross) and not ex.gross_only:
        # no tax charged (a small business exempt from VAT): the books take a tax of nil; a
        # vendor taught to print no breakdown at all keeps its tax unknown (a person books it)
        fields["net_total"], fields["tax_total"] = gross, "0.00"
    record = None
    if entry is not None:
        try:
            record = entry.enter(str(fields["invoice_number"]), fields, check_first)
        except BusinessError as exc:
            raise BusinessError(f"portal refused: {exc}") from None
    if sha not in book.by_sha:
        book.append(*ledger_rows(ex, fields, path, sha, ctx.run_id, record))
    target = move_without_overwrite(path, processed_root / month_of(fields))
    item.output.update(fields=fields, portal_record=record, moved_to=str(target))
    ctx.log.info(
        f"{path.name}: {fields['seller']} {fields['invoice_number']} "
        f"{fields['gross_total']} {fields['currency']} -> {record or 'ledger'}"
    )
    return target


# ------------------------------------------------------------------ a person's decisions
def _learned(ctx: RunContext) -> list[Any]:
    """The vendor profiles learned from people's corrections (after the template files)."""
    from robot_lib.invoices.templates import Template

    if ctx.memory is None:
        return []
    return [Template.from_profile(f"learned:{k}", d) for k, d in ctx.memory.all("vendor").items()]


def _reviewed_pdf(params: dict[str, Any], key: str) -> tuple[Path, Path | None]:
    """The inbox (the run's param, else the default) and the PDF of item *key* in its review
    folder, found by its content (the key is its SHA-256)."""
    inbox = Path(params.get("inbox") or bots_config.bots_home() / "inbox" / "invoices")
    for p in sorted((inbox / "review").glob("*.pdf")):
        if sha256_of(p) == key:
            return inbox, p
    return inbox, None


def _in_review(ctx: RunContext, review: Review) -> tuple[Path, Path]:
    inbox, path = _reviewed_pdf(ctx.params, review.key)
    if path is None:
        raise BusinessError(f"{review.title} is no longer in {inbox / 'review'}")
    return inbox, path


@review_document(invoice_processing)
def reviewed_pdf(params: dict[str, Any], key: str) -> Path | None:
    """The PDF the validation station shows beside the fields."""
    return _reviewed_pdf(params, key)[1]


@approves(invoice_processing)
def enter_reviewed(ctx: RunContext, item: Any, review: Review) -> None:
    """Approved with corrections: read again, the person's values win, checked again (a
    total that does not add up is refused), then entered like any accepted invoice."""
    from robot_lib.forms import FormMapping, FormRobot
    from robot_lib.invoices import extract_invoice, load_templates
    from robot_lib.invoices.learn import identity, learn_from_file
    from robot_lib.invoices.ledger import Ledger
    from robot_lib.invoices.templates import convert
    from robot_lib.invoices.validate import UNCHECKED_GROSS, validate

    inbox, path = _in_review(ctx, review)
    p = ctx.params
    ex = extract_invoice(
        path,
        templates=load_templates(p.get("templates") or TEMPLATES) + _learned(ctx),
        use_xml=p.get("use_xml", True),
    )
    for name, raw in review.values.items():
        if name == "charges":  # shipping or rounding between the tax and the gross
            value = convert("gross_total", raw) if str(raw).strip() else "0.00"
            if value is None:
                raise BusinessError(f"charges: {raw!r} cannot be read as an amount")
            ex.after_tax = value if Decimal(value) else None
            continue
        if name not in ex.summary()["fields"]:
            known = ", ".join([*ex.summary()["fields"], "charges"])
            raise BusinessError(f"{name} is not an invoice field ({known})")
        value = convert(name, raw)
        if value is None:
            raise BusinessError(f"{name}: {raw!r} cannot be read as one")
        ex.set(name, value, f"corrected by {review.by}", 1.0)
    if ex.after_tax:  # the charges the person saw or gave count with the totals they approved
        ex.after_tax_for = tuple(ex.value(k) for k in ("net_total", "tax_total", "gross_total"))
    gross = ex.value("gross_total")
    if ex.withheld and gross:  # the page's withholding; what is paid follows the approved gross
        ex.payable = f"{Decimal(gross) - Decimal(ex.withheld):.2f}"
    ex.reasons = []
    for name, f in list(ex.fields.items()):  # what the person saw and approved counts as sure
        ex.fields[name] = type(f)(f.value, f.source, max(f.confidence, 1.0), f.note)
    validate(ex)
    # a person looked at the page: a total that could not be cross-checked is theirs to
    # vouch for (a vendor that prints no tax breakdown); a contradiction is still refused
    reasons = [r for r in ex.reasons if r != UNCHECKED_GROSS]
    if reasons:
        raise BusinessError("; ".join(reasons))
    ledger = p.get("ledger") or bots_config.bots_home() / "output" / "invoices.xlsx"
    book = Ledger(Path(ledger)).load()
    entry = FormRobot(ctx, FormMapping.load(MAPPING)) if p.get("portal", True) else None
    profile = learn_from_file(path, {k: ex.value(k) for k in ex.summary()["fields"]})
    _enter(ctx, item, ex, path, review.key, book, entry, True, inbox / "processed")
    path.with_name(path.stem + ".reason.json").unlink(missing_ok=True)
    if ctx.memory is not None and profile["vendor"]["match"]:
        new = ctx.memory.put("vendor", identity(profile), profile, review.by)
        ctx.log.info(
            f"{'learned' if new else 'updated'} the profile of {profile['vendor']['name']}: "
            f"{', '.join(profile['fields'])}"
        )


@rejects(invoice_processing)
def set_aside(ctx: RunContext, review: Review) -> None:
    """Rejected: the PDF goes to ``rejected/`` with the person's reason; nothing entered."""
    from robot_lib.invoices.ledger import send_to_review

    inbox, path = _in_review(ctx, review)
    send_to_review(inbox / "rejected", path, [f"rejected by {review.by}: {review.note}"], {})
    path.with_name(path.stem + ".reason.json").unlink(missing_ok=True)


@before_retry(invoice_processing)
def put_back(ctx: RunContext, review: Review) -> None:
    """Retried: the PDF goes back into the inbox for the bot to read again."""
    inbox, path = _in_review(ctx, review)
    move_without_overwrite(path, inbox)
    path.with_name(path.stem + ".reason.json").unlink(missing_ok=True)


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return (st.st_size, st.st_mtime_ns)
