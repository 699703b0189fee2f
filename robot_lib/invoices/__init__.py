"""Invoice understanding: embedded e-invoice XML, vendor templates, generic layout rules,
validation. Used by the invoice bot; reusable by any other.

Example::

    from robot_lib.invoices import extract_invoice

    ex = extract_invoice("invoice.pdf")
    print(ex.status, ex.value("gross_total"), ex.fields["gross_total"].source, ex.reasons)

Order of trust: values of an embedded XML that the printed page confirms, then a matching
vendor template, then the generic layout rules. An XML that disagrees with the page is
not trusted for the fields it disagrees on, and sends the invoice to review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from robot_lib.invoices.layout import LayoutExtractor
from robot_lib.invoices.model import FIELDS, REQUIRED, Extraction, FieldValue, LineItem
from robot_lib.invoices.parse import (
    amounts_in,
    currencies_in,
    dates_in,
    fold,
    language_of,
    page_language,
    squashed,
)
from robot_lib.invoices.rtl import right_to_left
from robot_lib.invoices.templates import Template, load_templates
from robot_lib.invoices.validate import validate
from robot_lib.invoices.xml import XML_NAMES, XmlInvoice, parse

if TYPE_CHECKING:
    from robot_lib.pdf import Document

__all__ = [
    "Extraction",
    "FieldValue",
    "LineItem",
    "Template",
    "extract_invoice",
    "extract_many",
    "load_templates",
    "validate",
]


# wider than any paper an invoice is printed on (A2 landscape is 1684 points): a scan whose
# resolution was lost (an image with no dots per inch, read at 70), four times its size
_WIDEST_PAPER = 1700.0


def _find_xml(doc: object) -> tuple[str, XmlInvoice] | None:
    from robot_lib.pdf import Document

    assert isinstance(doc, Document)
    atts = [a for a in doc.attachments() if a.name.lower().endswith(".xml")]
    atts.sort(key=lambda a: (a.name.lower() not in [n.lower() for n in XML_NAMES], a.name))
    for a in atts:
        parsed = parse(a.data)
        if parsed is not None:
            return a.name, parsed
    return None


def _on_page(name: str, value: str, page: str, page_folded: str, month_first: bool) -> bool:
    """Is the XML value printed on the page (in any notation)?"""
    if name in ("net_total", "tax_total", "gross_total"):
        target = Decimal(value)
        return any(a == target for a, _s, _e in amounts_in(page)) or (
            target == target.to_integral() and f" {int(target)} " in f" {page} "
        )
    if name in ("issue_date", "due_date"):
        printed = {d.isoformat() for d, _s, _e in dates_in(page, month_first)}
        printed |= {d.isoformat() for d, _s, _e in dates_in(page, not month_first)}
        return value in printed
    if name == "currency":
        found = set(currencies_in(page))
        return not found or value in found or (value == "EUR" and "euro" in page_folded)
    return squashed(value) in "".join(page_folded.split())


def extract_invoice(
    path: str | Path,
    templates: list[Template] | Path | None = None,
    use_xml: bool = True,
    password: str | None = None,
    today: dt.date | None = None,
) -> Extraction:
    """Extract and validate one invoice PDF. Raises a PdfError subclass for files that
    cannot be read (not a PDF, empty, corrupt, encrypted, a scan without XML)."""
    from robot_lib.pdf import open_pdf

    p = Path(path)
    tpls = load_templates(templates) if isinstance(templates, Path) else (templates or [])
    doc = open_pdf(p, password=password, require_text=False)
    try:
        xml = _find_xml(doc) if use_xml else None
        ex, layout = _read(doc, p, tpls, xml, today)
        if not ex.totals_evidence and right_to_left(layout.full):
            # a page with enough right-to-left letters, whose totals as drawn do not add up,
            # may be written that way: its mirror image read too, and taken when it shows more
            # (its totals adding up, or accepted)
            other, _mirror = _read(doc, p, tpls, xml, today, mirror=True)
            if _evidence(other) > _evidence(ex):
                ex = other
        # where each value is printed: for a person in review, and as evidence for anyone
        from robot_lib.invoices.locate import locate

        ex.boxes = {k: list(b) for k, b in locate(doc, ex.summary()["fields"]).items()}
    finally:
        doc.close()
    return ex


def _evidence(ex: Extraction) -> tuple[bool, bool]:
    """What a reading has to show for itself: totals that add up, and accepted."""
    return bool(ex.totals_evidence), ex.status == "accepted"


def _read(
    doc: Document,
    p: Path,
    tpls: list[Template],
    xml: tuple[str, XmlInvoice] | None,
    today: dt.date | None,
    mirror: bool = False,
) -> tuple[Extraction, LayoutExtractor]:
    """One reading of the document, validated: its page as drawn, or its mirror image."""
    from robot_lib.errors import ScannedPdf

    ex = Extraction(file=str(p), pages=doc.page_count)
    layout = LayoutExtractor(doc, mirror)
    if not layout.full.strip() and xml is None:
        raise ScannedPdf("no text layer and no embedded e-invoice: it needs OCR", p)
    folded = fold(layout.full)
    language = page_language.set(language_of(folded))  # (the month names read differently)
    try:
        layout.run(ex)
        for tpl in tpls:
            if tpl.matches(folded):
                ex.template = tpl.name
                problems = tpl.apply(doc, layout.full, ex)
                ex.reasons.extend(problems)
                break
        # a text layer whose fonts map most glyphs to no letter cannot be compared with anything
        unreadable = layout.unmapped >= 0.2
        if xml is not None:
            page = "" if unreadable else layout.full
            _merge_xml(ex, xml[0], xml[1], page, folded, layout.month_first)
        if layout.numbers_apart is not None:
            number = ex.fields.get("invoice_number")
            if (
                number is None
                or number.source != "xml"
                or number.value not in layout.numbers_apart[1]
            ):
                ex.reasons.append(layout.numbers_apart[0])  # no e-invoice says which is meant
        if unreadable:
            source = (
                f"the values are the embedded {ex.xml_file}'s"
                if ex.xml_file
                else "the values read may be wrong"
            )
            ex.reasons.append(
                f"the page's text cannot be read: {layout.unmapped:.0%} of its characters come "
                f"from fonts that map them to no letter; {source}: compare every field with the page"
            )
        if layout.width > _WIDEST_PAPER and ex.xml_file is None:
            ex.reasons.append(
                f"the page is {layout.width:.0f} points wide, wider than any paper: a scan whose "
                "resolution was lost; its layout is read at a scale it was not made for: "
                "compare every field with the page"
            )
        validate(ex, today)
    finally:
        page_language.reset(language)
    return ex, layout


def _merge_xml(
    ex: Extraction, name: str, xml: XmlInvoice, page: str, folded: str, month_first: bool
) -> None:
    ex.xml_file = name
    if not page.strip():  # nothing printed to compare with: the XML is all there is
        for k, v in xml.values.items():
            ex.set(k, v, "xml", 0.9)
        return
    number = xml.values.get("invoice_number")
    gross = xml.values.get("gross_total")
    number_ok = number is not None and _on_page("invoice_number", number, page, folded, month_first)
    gross_ok = gross is not None and _on_page("gross_total", gross, page, folded, month_first)
    if not number_ok and not gross_ok:
        ex.reasons.append(
            f"embedded {name} describes another document (number {number}, total {gross} are "
            "not on the page); the printed values are used"
        )
        return
    from decimal import Decimal as _D

    adjust = _D(xml.values.get("charges", "0")) - _D(xml.values.get("allowances", "0"))
    for k, v in xml.values.items():
        if k in ("charges", "allowances"):
            continue
        if k == "buyer":
            ex.set(k, v, "xml", 1.0)
            continue
        printed_due = ex.fields.get("due_date")
        if (
            k == "due_date"
            and printed_due
            and printed_due.confidence >= 0.8
            and printed_due.value != v
        ):
            # the XML's due date is often a discount deadline; the printed net deadline wins
            printed_due.note = f"XML due date {v} differs"
            continue
        if _on_page(k, v, page, folded, month_first):
            ex.set(k, v, "xml", 1.0)
        elif _agrees(ex, k, v):
            # not printed as such, but what the page adds up to ('USt. 7 %' 19,25 and 'USt.
            # 19 %' 37,62 make the XML's tax total 56,87)
            ex.set(k, v, "xml", 1.0, f"the page's own reading agrees: {ex.fields[k].note}")
        elif k in FIELDS:
            printed = ex.value(k)
            ex.reasons.append(
                f"embedded {name} says {k} = {v}, which is not printed on the invoice"
                + (f" (the page shows {printed})" if printed else "")
            )
            if printed is None and k in REQUIRED:
                # every invoice prints these: the page has it in a notation not recognised,
                # and the XML describes this document; its value, for a person to confirm
                ex.set(k, v, "xml", 0.6, "not found printed on the page")
    if xml.lines and all(li.line_total for li in xml.lines):
        printed_lines = all(
            _on_page("net_total", li.line_total or "0", page, folded, month_first)
            for li in xml.lines
        )
        if printed_lines:
            ex.lines = xml.lines
            ex.lines_source = "xml"
            ex.adjustment = f"{adjust:.2f}"


def _agrees(ex: Extraction, name: str, value: str) -> bool:
    """The page's own reading of *name*, made sure by its evidence (a sum of lines, the
    arithmetic), is *value*."""
    from decimal import Decimal, InvalidOperation

    f = ex.fields.get(name)
    if f is None or f.confidence < 0.85:
        return False
    try:
        return Decimal(str(f.value)) == Decimal(value)
    except InvalidOperation:
        return str(f.value) == value


def _extract_one(args: tuple[str, list[Template], bool]) -> Extraction | Exception:
    path, tpls, use_xml = args
    try:
        return extract_invoice(path, templates=tpls, use_xml=use_xml)
    except Exception as exc:  # returned, not raised: one bad file must not stop the batch
        return exc


def extract_many(
    paths: list[Path],
    templates: list[Template] | None = None,
    use_xml: bool = True,
    workers: int = 1,
) -> Iterator[tuple[Path, Extraction | Exception]]:
    """Extract several invoices, in *workers* processes when > 1, yielding in input order.
    A file that fails yields its exception instead of an Extraction."""
    jobs = [(str(p), templates or [], use_xml) for p in paths]
    if workers <= 1 or len(paths) < 2:
        for p, job in zip(paths, jobs, strict=True):
            yield p, _extract_one(job)
        return
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(workers) as pool:
        for p, result in zip(paths, pool.imap(_extract_one, jobs, chunksize=4), strict=True):
            yield p, result
