"""Print the invoices of :mod:`tests.invoice_kraft` as Kraft 1.0 prints them: run by Debian's
``/usr/bin/python3`` as ``python3 render.py IN.json OUT.pdf ...``. Each IN.json holds what
Kraft's archived document holds (the firm's and the customer's contacts, the document's type,
number, date, texts and items with their tax kinds); this fills Kraft's own invoice templates
with the values Kraft's ``documenttemplate.cpp`` gives them (money with Qt's
``QLocale::toCurrencyString``, dates with Qt's locale formats, the labels in Kraft's own
translations) and prints them with the converter Kraft runs for each: ``invoice.trml`` with
Kraft's ``erml2pdf.py`` (ReportLab), ``invoice.gtmpl`` (a Grantlee template, Django's syntax)
with WeasyPrint. Kraft's templates, translations and tool come from Debian's ``kraft``
package, fetched with ``apt-get download`` and unpacked, never installed."""

from __future__ import annotations

import gettext
import json
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from pathlib import Path
from typing import Any

import django
import pystache
from django.conf import settings
from django.template import Context, Engine
from PyQt5.QtCore import QDate, QLocale, Qt
from weasyprint import HTML, default_url_fetcher

CENT = Decimal("0.01")


def _unpack(into: Path) -> Path:
    """Debian's ``kraft`` package unpacked in *into*: its root."""
    subprocess.run(
        ["apt-get", "download", "-q", "kraft"], cwd=into, check=True, capture_output=True
    )
    deb = next(into.glob("kraft_*.deb"))
    root = into / "kraft"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


class Kraft:
    """Kraft's values for one document, formatted as Kraft formats them."""

    def __init__(self, root: Path, job: dict[str, Any]) -> None:
        self.job = job
        code = job["locale"]
        QLocale.setDefault(QLocale(code))
        self.loc = QLocale()
        mo = root / "usr/share/locale" / code[:2] / "LC_MESSAGES/kraft.mo"
        self.tr: gettext.NullTranslations = (
            gettext.GNUTranslations(mo.open("rb")) if mo.exists() else gettext.NullTranslations()
        )
        self.full = Decimal(job["full_tax"])
        self.reduced = Decimal(job["reduced_tax"])

    def money(self, v: Decimal) -> str:
        return str(self.loc.toCurrencyString(float(v)))

    def double(self, v: Decimal) -> str:
        """``Format::localeDoubleToString``: as many decimals as the number has, at most 3."""
        text = repr(float(v))
        prec = 0 if text.endswith(".0") else min(3, len(text.split(".")[1]))
        return str(self.loc.toString(float(v), "f", prec))

    def date(self) -> str:
        y, m, d = (int(p) for p in self.job["date"].split("-"))
        day = QDate(y, m, d)
        style = self.job["date_format"]
        if style == "ISO":
            return str(day.toString(Qt.ISODate))
        if style == "Long":
            return str(day.toString(Qt.DefaultLocaleLongDate))
        if style == "RFC":
            return str(day.toString(Qt.RFC2822Date))
        if style == "German":
            return str(day.toString("dd.MM.yyyy"))
        return str(day.toString(Qt.DefaultLocaleShortDate))

    def labels(self) -> dict[str, str]:
        p = self.tr.pgettext
        doc = "Printed on the document"
        return {
            "NO_SHORT": p("Sequence number printed on the document", "No."),
            "ITEM": p("Document item printed on the document", "Item"),
            "QUANTITY_SHORT": p("Abbrev. of Quantity printed on the document", "Qty."),
            "UNIT": p("Unit printed on the document", "Unit"),
            "PRICE": p("Price of an item printed on the document", "Price"),
            "SUM": p(doc, "Sum"),
            "NET": p("printed on the document", "Net"),
            "VAT": p(doc, "VAT"),
            "PHONE": p(doc, "Phone"),
            "FAX": p(doc, "FAX"),
            "MOBILE": p(doc, "Mobile"),
            "EMAIL": p(doc, "Email"),
            "WEBSITE": p(doc, "Website"),
            "PAGE": p(doc, "Page"),
            "PAGE_OF": p("the 'of' in page X of Y", "of"),
            "DOC_NO": p("Document number on document", "Document No."),
            "DATE": p("Date on document", "Date"),
            "PROJECT": p("Project label", "Project"),
            "CUST_ID": p("Customer ID on document", "Customer Id"),
            "TYPE": self.tr.gettext("Type"),
            "PREDECESSOR": p("Label of Predecessor document number", "Predecessor-Doc"),
            "CURRENCY_SIGN": str(self.loc.currencySymbol()),
        }

    def items(self) -> list[dict[str, Any]]:
        out = []
        for n, it in enumerate(self.job["items"], 1):
            qty, price = Decimal(it["quantity"]), Decimal(it["price"])
            out.append(
                {
                    **it,
                    "number": str(n),
                    "qty": qty,
                    "unit_price": price,
                    "total": (qty * price).quantize(CENT, ROUND_HALF_UP),
                }
            )
        return out

    def sums(self) -> tuple[Decimal, Decimal, Decimal]:
        """Kraft's net and its tax at the full and the reduced rate (each rounded once)."""
        items = self.items()
        net = sum((i["total"] for i in items), Decimal(0))
        full = sum((i["total"] for i in items if i["tax"] == "full"), Decimal(0))
        low = sum((i["total"] for i in items if i["tax"] == "reduced"), Decimal(0))
        return (
            net,
            (full * self.full / 100).quantize(CENT, ROUND_HALF_UP),
            (low * self.reduced / 100).quantize(CENT, ROUND_HALF_UP),
        )

    def contact(self, who: dict[str, str]) -> dict[str, str]:
        return {
            "NAME": escape(who["name"]),
            "ORGANISATION": escape(who["organisation"] or who["name"]),
            "URL": escape(who.get("url", "")),
            "EMAIL": escape(who.get("email", "")),
            "PHONE": escape(who.get("phone", "")),
            "FAX": escape(who.get("fax", "")),
            "CELL": "",
            "STREET": escape(who["street"]),
            "POSTCODE": escape(who["postcode"]),
            "LOCALITY": escape(who["locality"]),
            "COUNTRY": escape(who.get("country", "")),
            "REGION": "",
            "POSTBOX": "",
            "EXTENDED": "",
            "LABEL": "",
        }

    def individual(self) -> bool:
        return len({i["tax"] for i in self.job["items"]}) > 1


def _rml_para(text: str, style: str = "text") -> str:
    lines = escape(text, quote=False).split("\n")
    return f'<para style="{style}">' + f'</para><para style="{style}">'.join(lines) + "</para>"


def rml(k: Kraft, template: str) -> str:
    """Kraft's ``CTemplateDocumentTemplate::expand`` for ``invoice.trml``."""
    job = k.job
    individual = k.individual()
    counts = {"full": 0, "reduced": 0, "none": 0}
    positions = []
    for it in k.items():
        pos: dict[str, Any] = {
            "POS_NUMBER": it["number"],
            "POS_TEXT": _rml_para(it["text"]),
            "POS_AMOUNT": k.double(it["qty"]),
            "POS_UNIT": escape(it["unit"]),
            "POS_UNITPRICE": k.money(it["unit_price"]),
            "POS_TOTAL": k.money(it["total"]),
            "POS_KIND": "",
        }
        if individual:
            counts[it["tax"]] += 1
            pos[{"full": "FULL_TAX", "reduced": "REDUCED_TAX", "none": "TAX_FREE"}[it["tax"]]] = [
                {}
            ]
        positions.append(pos)
    net, full, low = k.sums()
    values: dict[str, Any] = {"POSITIONS": positions}
    if individual:
        tr = k.tr.gettext
        percent = k.loc.toString
        values["TAX_FREE_ITEMS"] = [
            {
                "LAB_TAX_FREE_ITEMS": tr("tax free items (%1 pcs.)").replace(
                    "%1", str(counts["none"])
                )
            }
        ]
        values["REDUCED_TAX_ITEMS"] = [
            {
                "LAB_TAX_REDUCED_ITEMS": tr("items with reduced tax of %1% (%2 pcs.)")
                .replace("%1", percent(float(k.reduced)))
                .replace("%2", str(counts["reduced"]))
            }
        ]
        values["FULL_TAX_ITEMS"] = [
            {
                "LAB_TAX_FULL_ITEMS": tr("No label: items with full tax of %1% (%2 pcs.)")
                .replace("%1", percent(float(k.full)))
                .replace("%2", str(counts["full"]))
            }
        ]
    values.update(
        {
            "DATE": k.date(),
            "DOCTYPE": escape(job["doc_type"]),
            "ADDRESS": escape(job["address"]),
            "DOCID": escape(job["ident"]),
            "SALUT": escape(job["salut"]),
            "GOODBYE": escape(job["goodbye"]),
            "PRETEXT": _rml_para(job["pretext"]),
            "POSTTEXT": _rml_para(job["posttext"]),
            "BRUTTOSUM": k.money(net + full + low),
            "NETTOSUM": k.money(net),
            "VAT": k.loc.toString(float(k.full)),
            "VATSUM": k.money(full + low),
        }
    )
    if low > 0:
        values["SECTION_REDUCED_TAX"] = [
            {"REDUCED_TAX_SUM": k.money(low), "REDUCED_TAX": k.loc.toString(float(k.reduced))}
        ]
    if full > 0:
        values["SECTION_FULL_TAX"] = [
            {"FULL_TAX_SUM": k.money(full), "FULL_TAX": k.loc.toString(float(k.full))}
        ]
    for prefix, who in (("MY", job["me"]), ("CLIENT", job["customer"])):
        values.update({f"{prefix}_{key}": v for key, v in k.contact(who).items()})
    values.update({f"LAB_{key}": v for key, v in k.labels().items()})
    # ctemplate prints a value as it is given (Kraft escapes the values itself)
    return str(
        pystache.Renderer(escape=lambda s: s, missing_tags="ignore").render(template, values)
    )


class _Doc:
    """The document as Kraft's Grantlee templates see it (``ArchDoc``'s properties)."""

    def __init__(self, k: Kraft) -> None:
        job = k.job
        net, full, low = k.sums()
        self.docType = job["doc_type"]
        self.ident = job["ident"]
        self.address = job["address"]
        self.salut = job["salut"]
        self.goodbye = job["goodbye"]
        self.dateStr = k.date()
        self.dateStrISO = job["date"]
        self.docIDStr = "1"
        self.identifier = ""
        self.projectLabel = ""
        self.predecessor = ""
        self.buyerReference = ""
        self.preTextHtml = escape(job["pretext"], quote=False).replace("\n", "<br/>")
        self.postTextHtml = escape(job["posttext"], quote=False).replace("\n", "<br/>")
        self.nettoSumStr = k.money(net)
        self.bruttoSumStr = k.money(net + full + low)
        self.taxSumStr = k.money(full + low)
        self.fullTaxSumStr = k.money(full)
        self.reducedTaxSumStr = k.money(low)
        self.fullTaxPercentStr = k.double(k.full)
        self.reducedTaxPercentStr = k.double(k.reduced)
        kinds = {i["tax"] for i in job["items"]}
        self.taxPercentStr = k.double(k.full) if kinds == {"full"} else ""
        self.taxMarkerFull = ""
        self.taxMarkerReduced = "2"
        self.hasIndividualTaxation = len(kinds) > 1
        self.isInvoice = True
        self.items = [
            {
                "itemNumber": it["number"],
                "kind": "",
                "htmlText": escape(it["text"], quote=False).replace("\n", "<br/>"),
                "text": it["text"],
                "amount": str(k.loc.toString(float(it["qty"]))),
                "unit": it["unit"],
                "unitPrice": k.money(it["unit_price"]),
                "nettoPrice": k.money(it["total"]),
                "taxMarker": {"full": "", "reduced": "2", "none": "1"}[it["tax"]],
            }
            for it in k.items()
        ]


def html(k: Kraft, template: str) -> str:
    """Kraft's ``GrantleeDocumentTemplate::expand`` for ``invoice.gtmpl``."""
    me = k.contact(k.job["me"])
    context = {
        "doc": _Doc(k),
        "me": me,
        "customer": k.contact(k.job["customer"]),
        "label": k.labels(),
        "kraft": {"VERSION": "1.0"},
        "epcqrcode": {"valid": False},
    }
    return str(Engine().from_string(template).render(Context(context)))


def _offline(url: str) -> dict[str, Any]:
    if url.startswith(("http:", "https:")):  # the template asks Google for fonts: no net here
        raise ValueError(f"not fetched: {url}")
    return dict(default_url_fetcher(url))


def main(pairs: list[str]) -> None:
    settings.configure()
    django.setup()
    with tempfile.TemporaryDirectory() as tmp:
        root = _unpack(Path(tmp))
        reports = root / "usr/share/kraft/reports"
        tool = root / "usr/share/kraft/tools/erml2pdf.py"
        for src, out in zip(pairs[::2], pairs[1::2], strict=True):
            job = json.loads(Path(src).read_text(encoding="utf-8"))
            k = Kraft(root, job)
            if job["template"] == "rml":
                source = Path(tmp) / "doc.trml"
                source.write_text(rml(k, (reports / "invoice.trml").read_text("utf-8")), "utf-8")
                subprocess.run(
                    ["/usr/bin/python3", str(tool), "-o", out, str(source)],
                    check=True,
                    capture_output=True,
                    timeout=120,
                )
            else:
                page = html(k, (reports / "invoice.gtmpl").read_text("utf-8"))
                # the page links kraft.css beside the template, as Kraft renders it there
                HTML(string=page, base_url=str(reports) + "/", url_fetcher=_offline).write_pdf(out)
            net, full, low = k.sums()
            want = (Decimal(job["net"]), Decimal(job["tax"]))
            if (net, full + low) != want:
                raise SystemExit(f"{src}: Kraft's sums {net} {full + low} are not {want}")


if __name__ == "__main__":
    main(sys.argv[1:])
