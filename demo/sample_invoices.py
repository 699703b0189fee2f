"""Sample invoice PDFs from seven fictional vendors, each with its own layout, language,
date and number style, plus bad documents on purpose. A ``NAME.truth.json`` with the
printed values sits next to each good PDF.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from demo.invoice_layouts import VENDORS, Pen
from demo.invoice_model import CENT, Invoice, Line, Vendor
from robot_lib.files import save_atomic


def make_invoice(v: Vendor, n: int, rng: random.Random, today: dt.date, tag: str = "") -> Invoice:
    issue = today - dt.timedelta(days=rng.randint(1, 60))
    count = rng.randint(1, v.max_lines)
    if v.max_lines > 25 and n % 2 == 0:
        count = rng.randint(27, v.max_lines)  # every other one runs over two pages
    lines = []
    for _ in range(count):
        qty = (
            Decimal(rng.choice([1, 1, 2, 3, 5, 10, 12]))
            if rng.random() < 0.8
            else Decimal(rng.choice(["0.5", "1.5", "2.25"]))
        )
        price = (Decimal(rng.randint(150, 250000)) / 100).quantize(CENT)
        lines.append(Line(rng.choice(v.products), qty, price))
    number = v.number_format.format(n=n + 1 + rng.randint(0, 50) * 100, year=issue.year) + tag
    po = f"PO-{rng.randint(10000, 99999)}" if rng.random() < 0.5 else None
    return Invoice(
        v.name,
        number,
        issue,
        issue + dt.timedelta(days=rng.choice([14, 30, 45])),
        v.currency,
        v.rate,
        lines,
        po=po,
    )


def render_pdf(path: Path, v: Vendor, inv: Invoice, encrypt: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    kwargs: dict[str, Any] = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, canModify=0)
    c = canvas.Canvas(str(path), invariant=1, **kwargs)
    c.setTitle(f"{v.name} invoice {inv.number}")
    c.setAuthor(v.name)
    v.draw(Pen(c), inv, v)
    c.showPage()
    c.save()
    if v.facturx:
        embed_facturx(path, inv)
    return path


def facturx_xml(inv: Invoice) -> bytes:
    """A minimal Factur-X (CII) document with the invoice's header and totals."""
    ns = (
        'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
        'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
        'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"'
    )
    lines = "".join(
        f"<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument>"
        f"<ram:LineID>{i + 1}</ram:LineID></ram:AssociatedDocumentLineDocument>"
        f"<ram:SpecifiedTradeProduct><ram:Name>{ln.description}</ram:Name></ram:SpecifiedTradeProduct>"
        f"<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>"
        f"{ln.unit_price:.2f}</ram:ChargeAmount></ram:NetPriceProductTradePrice>"
        f"</ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>"
        f'<ram:BilledQuantity unitCode="C62">{ln.quantity}</ram:BilledQuantity>'
        f"</ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement>"
        f"<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{ln.total:.2f}"
        f"</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
        f"</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>"
        for i, ln in enumerate(inv.lines)
    )
    po = (
        (
            f"<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>{inv.po}</ram:IssuerAssignedID>"
            f"</ram:BuyerOrderReferencedDocument>"
        )
        if inv.po
        else ""
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice {ns}>'
        "<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>"
        "<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>"
        "</rsm:ExchangedDocumentContext>"
        f"<rsm:ExchangedDocument><ram:ID>{inv.number}</ram:ID><ram:TypeCode>380</ram:TypeCode>"
        f'<ram:IssueDateTime><udt:DateTimeString format="102">{inv.issue:%Y%m%d}'
        "</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>"
        f"<rsm:SupplyChainTradeTransaction>{lines}<ram:ApplicableHeaderTradeAgreement>"
        f"<ram:SellerTradeParty><ram:Name>{inv.vendor}</ram:Name></ram:SellerTradeParty>"
        f"<ram:BuyerTradeParty><ram:Name>{inv.buyer}</ram:Name></ram:BuyerTradeParty>{po}"
        "</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>"
        f"<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>{inv.currency}"
        "</ram:InvoiceCurrencyCode><ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>"
        f'<udt:DateTimeString format="102">{inv.due:%Y%m%d}</udt:DateTimeString>'
        "</ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>"
        "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        f"<ram:LineTotalAmount>{inv.net:.2f}</ram:LineTotalAmount>"
        f"<ram:TaxBasisTotalAmount>{inv.net:.2f}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="{inv.currency}">{inv.tax:.2f}</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>{inv.gross:.2f}</ram:GrandTotalAmount>"
        f"<ram:DuePayableAmount>{inv.gross:.2f}</ram:DuePayableAmount>"
        "</ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        "</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>"
        "</rsm:CrossIndustryInvoice>"
    )
    return xml.encode("utf-8")


def embed_facturx(path: Path, inv: Invoice) -> None:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    att = doc.new_attachment("factur-x.xml")
    att.set_data(facturx_xml(inv))

    def save(tmp: Path) -> None:
        doc.save(str(tmp))
        doc.close()

    save_atomic(path, save)


def make_scan(src: Path, dest: Path) -> Path:
    """An image-only copy of *src* (what a scanner produces): no text layer."""
    import pypdfium2
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    doc = pypdfium2.PdfDocument(str(src))
    img = doc[0].render(scale=1.2).to_pil()
    doc.close()
    c = canvas.Canvas(str(dest), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return dest


def generate_invoices(
    folder: Path,
    count: int = 2,
    seed: int = 7,
    today: dt.date | None = None,
    bad: bool = True,
    tag: str = "",
) -> dict[str, Any]:
    """Write *count* invoices per vendor (+ truth JSON) and, with *bad*, the bad documents.
    *tag* is appended to every invoice number (distinct invoices across generated sets).

    Returns counts and the names of the bad files with what is wrong with each.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    today = today or dt.date.today()
    made: list[tuple[Vendor, Invoice, Path]] = []
    for i in range(count):
        for v in VENDORS:
            inv = make_invoice(v, i, rng, today, tag)
            path = folder / f"{v.key}_{i + 1:04d}.pdf"
            render_pdf(path, v, inv)
            (folder / f"{path.stem}.truth.json").write_text(
                json.dumps(
                    {
                        "file": path.name,
                        "vendor": v.key,
                        "language": v.language,
                        "facturx": v.facturx,
                        "fields": inv.truth(),
                    },
                    indent=1,
                    ensure_ascii=False,
                ),
                encoding="utf-8",
            )
            made.append((v, inv, path))
    badfiles: dict[str, str] = {}
    if bad and made:
        v0, inv0, p0 = made[0]
        (folder / "bad_corrupt.pdf").write_bytes(p0.read_bytes()[:400] + b"\x00garbage" * 50)
        badfiles["bad_corrupt.pdf"] = "corrupt"
        (folder / "bad_empty.pdf").write_bytes(b"")
        badfiles["bad_empty.pdf"] = "empty"
        (folder / "bad_not_a_pdf.pdf").write_text("Dear customer,\nthis is not a PDF.\n")
        badfiles["bad_not_a_pdf.pdf"] = "not a pdf"
        render_pdf(folder / "bad_encrypted.pdf", v0, inv0, encrypt="secret")
        badfiles["bad_encrypted.pdf"] = "encrypted"
        make_scan(p0, folder / "bad_scan.pdf")
        badfiles["bad_scan.pdf"] = "scan without text layer"
        v1 = next(v for v in VENDORS if not v.facturx)
        wrong = make_invoice(v1, 999, rng, today, tag)
        wrong.number = wrong.number + "-X"
        wrong.gross_override = wrong.net + wrong.tax + Decimal("10.00")
        render_pdf(folder / "bad_totals.pdf", v1, wrong)
        badfiles["bad_totals.pdf"] = "totals do not add up"
        # the same invoice again, as a new file (another scan/print of it)
        dv, dinv, _ = made[1 % len(made)]
        dinv_copy = Invoice(**{**dinv.__dict__, "extra": {"copy": True}})
        render_pdf(folder / "bad_duplicate.pdf", dv, dinv_copy)
        with (folder / "bad_duplicate.pdf").open("ab") as f:
            f.write(b"\n% a re-sent copy\n")
        badfiles["bad_duplicate.pdf"] = f"duplicate of {made[1 % len(made)][2].name}"
        later = (folder / "bad_duplicate.pdf").stat().st_mtime + 60
        os.utime(folder / "bad_duplicate.pdf", (later, later))  # it arrived after the original
    (folder / "bad_documents.json").write_text(json.dumps(badfiles, indent=1))
    return {"invoices": len(made), "bad documents": len(badfiles), "folder": str(folder)}
