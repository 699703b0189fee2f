"""Invoice extraction accuracy: per field correct / wrong / missing, and accepted invoices
with a wrong gross total, on each batch of the real corpus (with and without embedded XML)
on the generated sample set, on invoices drawn in ten languages the real corpus does
not hold (``tests/invoice_languages.py``) and in Chinese, Japanese and Korean
(``tests/invoice_east_asian.py``), on invoices printed cell by cell with a PDF
library as shops, hosting panels, ERPs and print spools make them
(``tests/invoice_pdflib.py``), on invoices freelancers and small firms typeset with Typst
(``tests/invoice_typeset``), on the pages drawn after real vendors' kinds of layout, round by
round (``tests/invoice_pages``), on spreadsheet invoice templates printed by LibreOffice Calc
(``tests/invoice_sheets``, kept as PDFs), on LaTeX invoices printed by pdfTeX
(``tests/invoice_latex``, kept as PDFs), on web apps' invoices printed by pdfmake
(``tests/invoice_pdfmake``, kept as PDFs), on PHP applications' invoices printed by TCPDF
and dompdf (``tests/invoice_php``, kept as PDFs), on word-processor templates saved by
LibreOffice Writer (``tests/invoice_writer``, kept as PDFs), on invoices drawn in the browser
with jsPDF (``tests/invoice_jspdf``, kept as PDFs) and, with ``--html N``, on HTML
invoices printed by Chromium as billing software prints them (``tests/invoice_html.py``).

    .venv/bin/python benchmarks/invoice_accuracy.py [--corpus DIR] [--batch dev2 | none]
                                [--generated N] [--languages N] [--pdflib N] [--typeset N]
                                [--html N]
                                [--show]

Every file is read as on ``AS_OF`` (``tests/invoice_corpus.py``), the day the checks of an
issue date's age count from, so the figures do not move with the clock.

A new batch is scored here before any rule is written for it (point ``--corpus`` at the
folder it arrived in); that first score goes into RESULTS.md.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.invoice_corpus import INVOICES, corpus_cases, score  # noqa: E402
from tests.invoice_typeset import PageStyle  # noqa: E402

# the kept sets of generated PDFs whose producers `make test` does not install
KEPT = [
    ("sheet_invoices", "spreadsheet templates printed by LibreOffice Calc"),
    ("latex_invoices", "LaTeX invoices printed by pdfTeX"),
    ("pdfmake_invoices", "web apps' invoices printed by pdfmake"),
    ("php_invoices", "PHP apps' invoices, TCPDF and dompdf"),
    ("writer_invoices", "word-processor templates saved by Writer"),
    ("jspdf_invoices", "drawn in the browser with jsPDF"),
    ("wkhtml_invoices", "ERPs' HTML reports printed by wkhtmltopdf"),
    ("package_invoices", "invoice packages from PyPI and npm, their own templates"),
    ("npm_invoices", "five more invoice packages from npm, their own templates"),
    ("pretix_invoices", "a ticket shop's invoices, printed by pretix in nine languages"),
    ("gnucash_invoices", "GnuCash's five invoice reports in nineteen locales"),
    ("kraft_invoices", "Kraft's two invoice templates in six locales"),
    ("plans_invoices", "a subscription site's invoices, printed by django-plans"),
    ("djinvoicing_invoices", "Central European firms' invoices, printed by django-invoicing"),
    ("oscar_invoices", "web shops' invoices, printed by django-oscar-invoices"),
    ("sqlledger_invoices", "an ERP's invoices, printed by SQL-Ledger in five languages"),
    ("tryton_invoices", "an ERP's invoices, printed by Tryton in eight languages"),
    ("pyfox_invoices", "a Typst invoice library's two styles in five regions (pyfox-invoice)"),
    ("invgen_invoices", "a web shop's invoices in three languages, printed by invoice-generator"),
    ("invoicer_invoices", "a Slovak freelancer's invoices, printed by invoicer"),
    (
        "ctan_invoices",
        "LaTeX packages' invoices: simpleinvoice, factura, invoice(2), isodoc, facture",
    ),
    ("invoicepy_invoices", "a freelancer's CLI invoices, English and Lithuanian (invoicepy)"),
    ("cartridge_invoices", "a shop's order invoices, printed by Cartridge and xhtml2pdf"),
    ("satcfdi_invoices", "Mexican CFDIs, printed by satcfdi"),
    ("fatturapa_invoices", "Italian e-invoices through three stylesheets, printed by Chromium"),
    ("danfe_invoices", "Brazilian DANFEs, printed by brazilfiscalreport"),
    ("trustnfe_invoices", "the same Brazilian notes, printed by pytrustnfe3"),
    ("nodenfe_invoices", "the same Brazilian notes, printed by node-pdf-nfe"),
    ("silver_invoices", "a subscription business's invoices, printed by django-silver"),
    ("lino_invoices", "Belgian and Estonian firms' invoices, printed by Lino Così"),
]


def report(title: str, r: dict[str, Any], *, show: bool = False) -> None:
    """The table of one set; every wrong gross accepted, and with ``--show`` every miss."""
    print(f"\n## {title}: {r['files']} files")
    print(f"{'field':<16}{'correct':>8}{'wrong':>8}{'missing':>8}")
    for f, c in r["table"].items():
        print(f"{f:<16}{c['correct']:>8}{c['wrong']:>8}{c['missing']:>8}")
    pct = 100 * r["correct"] / max(1, r["total"])
    print(f"fields correct: {r['correct']}/{r['total']} = {pct:.1f}%")
    print(
        f"accepted: {r['accepted']}/{r['files']} (every field right: {r['straight_through']}); "
        f"accepted with a wrong gross total: "
        f"{len(r['wrong_accepted'])}"
    )
    for line in r["wrong_accepted"]:
        print(f"  !! {line}")
    if show:
        for line in r["misses"]:
            print(f"  {line}")


def generated_cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for t in sorted(folder.glob("*.truth.json")):
        data = json.loads(t.read_text())
        out.append((folder / data["file"], data["fields"]))
    return out


def tampered_report(tmp: Path) -> None:
    """The drawn pages that go straight through, each printed with one total otherwise
    (``tests/invoice_pages.tampered_pages``): every one must wait. Then the pages that print
    their gross twice, with one of the two printings otherwise (``due_otherwise_pages``)."""
    from robot_lib.invoices import extract_invoice
    from tests.invoice_corpus import AS_OF
    from tests.invoice_pages import TOTALS, due_otherwise_pages, tampered_pages
    from tests.invoice_typeset import text_page

    def accepted(pages: list[tuple[str, list[str]]]) -> list[str]:
        out = []
        for name, lines in pages:
            pdf = text_page(tmp / f"t-{name}.pdf", lines)
            if extract_invoice(pdf, use_xml=False, today=AS_OF).status == "accepted":
                out.append(name)
        return out

    print("\n## the same pages, one total printed one unit otherwise (must all wait)")
    for field in TOTALS:
        pages = tampered_pages(field)
        took = accepted(pages)
        print(f"{field:<12} changed on {len(pages)} pages, accepted: {len(took)}")
        for name in took:
            print(f"  ACCEPTED {name}")
    print("\n## the gross printed twice, one printing one unit otherwise (a figure, no goal)")
    for lower in (True, False):
        pages = due_otherwise_pages(lower)
        where = "the lowest" if lower else "the highest"
        print(f"{where} printing changed on {len(pages)} pages, accepted: {len(accepted(pages))}")


def restyled_report(tmp: Path) -> None:
    """The drawn pages typeset otherwise (``tests/invoice_typeset.PAGE_STYLES``): closer
    columns, other fonts and sizes, columns right-aligned or centred, lines further apart or
    closer, A5 paper. A page accepted must still read every field as printed ("accepted
    wrong" counts those that do not)."""
    from tests.invoice_corpus import score
    from tests.invoice_pages import drawn_cases
    from tests.invoice_typeset import PAGE_STYLES

    print("\n## the same pages typeset otherwise (font, size, gap between columns, alignment)")
    print("style          fields correct    accepted   straight   accepted wrong   wrong gross")
    for style, st in PAGE_STYLES.items():
        if style == "inter":
            continue  # the pages as drawn, reported above
        r = score(drawn_cases(tmp, style), use_xml=False)
        fields = f"{r['correct']}/{r['total']}"
        print(f"{style:<14} {fields:>14} {_verdicts(r)}   ({_described(st)})")


def rewritten_report(tmp: Path) -> None:
    """The drawn pages with their text written otherwise (``tests/invoice_rewritten``): dates
    in other formats, capitals, other thousands separators and currency codes, labels without
    colons or in other words; the pages each style changes."""
    from tests.invoice_corpus import score
    from tests.invoice_pages import ROUNDS
    from tests.invoice_rewritten import STYLES, rewritten
    from tests.invoice_typeset import text_page

    print("\n## the same pages written otherwise: dates, capitals, amounts, labels")
    print(
        f"{'written':<20} {'pages':>6} {'fields correct':>15} {'accepted':>11} {'straight':>10} "
        f"{'accepted wrong':>16} {'wrong gross':>13}"
    )
    for style in STYLES:
        cases = [
            (text_page(tmp / f"{style}-{r}-{name}.pdf", lines, "inter"), truth)
            for r, module in ROUNDS.items()
            for name, (drawn, truth) in module.PAGES.items()
            if (lines := rewritten(drawn, truth, style)) is not None
        ]
        r = score(cases, use_xml=False)
        fields = f"{r['correct']}/{r['total']}"
        print(f"{style:<20} {len(cases):>6} {fields:>15} {_verdicts(r)}")


def _verdicts(r: dict[str, Any]) -> str:
    """A score's columns 'accepted', 'straight', 'accepted wrong' (accepted with a field read
    otherwise than printed) and 'wrong gross', as both style tables print them."""
    wrong = r["accepted"] - r["straight_through"]
    return (
        f"{r['accepted']:>11} {r['straight_through']:>10} {wrong:>16} "
        f"{len(r['wrong_accepted']):>13}"
    )


def _described(st: PageStyle) -> str:
    """'Inter, 10 pt, 1.5em, left', and what else the style sets."""
    out = f"{st.font}, {st.size} pt, {st.gutter}, {st.align}"
    if st.paper != "a4":
        out += f", {st.paper}"
    if st.leading:
        out += f", lines {st.leading} apart, rows {st.row_gap}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=INVOICES, help="folder of batch folders")
    ap.add_argument("--batch", action="append", help="only these batches (folder names)")
    ap.add_argument("--generated", type=int, default=10, help="invoices per vendor")
    ap.add_argument("--languages", type=int, default=2, help="invoices per language and layout")
    ap.add_argument(
        "--pdflib", type=int, default=2, help="invoices per locale and style, PDF library"
    )
    ap.add_argument(
        "--typeset", type=int, default=2, help="invoices per locale and style typeset with Typst"
    )
    ap.add_argument(
        "--html", type=int, default=1, help="invoices per locale and style printed by Chromium"
    )
    ap.add_argument("--show", action="store_true", help="print every miss")
    args = ap.parse_args()
    out = functools.partial(report, show=args.show)
    batches = sorted(p for p in args.corpus.iterdir() if p.is_dir() and any(p.glob("*.pdf")))
    if args.batch:
        batches = [b for b in batches if b.name in args.batch]
    if not batches and args.batch != ["none"]:
        print(f"no batch folders with invoices under {args.corpus}", file=sys.stderr)
        return 2
    for folder in batches:
        cases = corpus_cases(folder)
        out(f"real {folder.name}, embedded XML used", score(cases, use_xml=True))
        out(
            f"real {folder.name}, XML ignored (layout only)",
            score(cases, use_xml=False),
        )
    from demo.sample_invoices import generate_invoices

    with tempfile.TemporaryDirectory() as tmp:
        generate_invoices(Path(tmp), count=args.generated, seed=11, bad=False)
        cases = generated_cases(Path(tmp))
        out("generated sample set (7 vendors)", score(cases, use_xml=True))
        out("generated sample set, XML ignored", score(cases, use_xml=False))
    from tests.invoice_languages import LANGUAGES, LAYOUTS, language_cases

    with tempfile.TemporaryDirectory() as tmp:
        cases = language_cases(Path(tmp), seeds=args.languages)
        title = (
            f"generated, {len(LANGUAGES)} languages not in the real corpus "
            f"({len(LAYOUTS)} layouts each)"
        )
        out(title, score(cases, use_xml=False))
    from tests.invoice_east_asian import east_asian_cases

    with tempfile.TemporaryDirectory() as tmp:
        cases = east_asian_cases(Path(tmp))
        title = "Chinese, Japanese and Korean invoices (tests/invoice_east_asian.py)"
        out(title, score(cases, use_xml=False))
    if args.pdflib:
        from tests.invoice_pdflib import STYLES as TOOLS
        from tests.invoice_pdflib import pdflib_cases

        with tempfile.TemporaryDirectory() as tmp:
            cases = pdflib_cases(Path(tmp), seeds=args.pdflib)
            title = f"printed cell by cell with a PDF library ({len(TOOLS)} tools' styles)"
            out(title, score(cases, use_xml=False))
    if args.typeset:
        from tests.invoice_typeset import STYLES as TEMPLATES
        from tests.invoice_typeset import typeset_cases

        with tempfile.TemporaryDirectory() as tmp:
            cases = typeset_cases(Path(tmp), seeds=args.typeset)
            title = f"typeset with Typst as freelancers do ({len(TEMPLATES)} styles)"
            out(title, score(cases, use_xml=False))
        from tests.invoice_pages import ROUNDS, drawn_cases

        with tempfile.TemporaryDirectory() as tmp:
            cases = drawn_cases(Path(tmp))
            title = f"pages drawn after vendors' kinds ({len(ROUNDS)} rounds, tests/invoice_pages)"
            out(title, score(cases, use_xml=False))
            tampered_report(Path(tmp))
            restyled_report(Path(tmp))
            rewritten_report(Path(tmp))
    from tests.invoice_corpus import kept_cases

    for folder, title in KEPT:
        cases = kept_cases(ROOT / "tests" / "data" / folder)
        out(f"{title} (kept in tests/data/{folder})", score(cases, use_xml=False))
    if args.html:
        from robot_lib.browser.launch import shared_browser
        from robot_lib.errors import RobotError
        from tests.invoice_html import LOCALES, STYLES, html_cases

        try:
            browser = shared_browser()
        except RobotError as exc:
            print(f"\nHTML invoices skipped, no browser ({exc}); `make browser` finds one")
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            cases = html_cases(browser, Path(tmp), seeds=args.html)
            title = f"HTML printed by Chromium, {len(LOCALES)} locales ({len(STYLES)} styles each)"
            out(title, score(cases, use_xml=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
