"""Invoice extraction speed: invoices per second over 500 generated invoices with 1 vs 2
worker processes (goal: >= 1.7x on 2 cores), and extraction time as a ratio to raw
pdfplumber extract_text() on the same files (goal: <= 1.5x), on the generated set and on the
real corpus (tests/data/invoices: many layouts, several pages, text layers of every kind), and
on pages with Arabic printed by Chromium (a page written right to left is read twice).
The baseline and our extraction run in turns, a dozen files at a time, so that a machine
whose speed drifts during the run (these ones do, by up to a third) weighs on both alike.

    .venv/bin/python benchmarks/invoice_speed.py [--count 72]   (7 vendors x count invoices)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import line  # noqa: E402


def raw_seconds(files: list[Path]) -> float:
    import pdfplumber

    t0 = time.perf_counter()
    for f in files:
        with pdfplumber.open(f) as p:
            for page in p.pages:
                page.extract_text()
    return time.perf_counter() - t0


def ours_seconds(files: list[Path], use_xml: bool = True) -> float:
    from robot_lib.invoices import extract_invoice

    t0 = time.perf_counter()
    for f in files:
        extract_invoice(f, use_xml=use_xml)
    return time.perf_counter() - t0


def interleaved(files: list[Path], use_xml: bool, chunk: int = 12) -> tuple[float, float, str]:
    """Raw extract_text and extract_invoice timed chunk by chunk, in turns (the order flips
    every chunk), so that a machine whose speed drifts during the run weighs on both alike.
    Returns the two totals and the spread of the per-chunk ratios (quartiles)."""
    raw = ours = 0.0
    ratios = []
    for k in range(0, len(files), chunk):
        part = files[k : k + chunk]
        if (k // chunk) % 2:
            o = ours_seconds(part, use_xml)
            r = raw_seconds(part)
        else:
            r = raw_seconds(part)
            o = ours_seconds(part, use_xml)
        raw, ours = raw + r, ours + o
        ratios.append(o / r)
    q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
    return raw, ours, f"chunks {q[0]:.2f}-{q[2]:.2f}x"


def real_corpus() -> None:
    """Per file, layout rules only and with the XML, against raw extract_text, in turns."""
    files = sorted((Path(__file__).resolve().parent.parent / "tests/data/invoices").rglob("*.pdf"))
    ours_seconds(files[:3])  # imports and caches warm
    for use_xml in (False, True):
        raw, ours, spread = interleaved(files * 2, use_xml, chunk=4)
        what = "with embedded XML" if use_xml else "layout rules only"
        line(
            f"real corpus, {len(files)} files x2: extract_invoice, {what}",
            f"{1000 * ours / (2 * len(files)):.0f} ms/file",
            f"{ours / raw:.2f}x raw extract_text ({1000 * raw / (2 * len(files)):.0f} ms; "
            f"{spread}); goal <= 1.5x",
        )


def right_to_left() -> None:
    """Pages with Arabic, printed by Chromium, against raw extract_text, in turns: pages written
    right to left (read as drawn, their totals not adding up so, and read again as their mirror
    image) and bilingual pages read left to right (once)."""
    from robot_lib.browser.launch import shared_browser
    from tests.invoice_html import print_pdf
    from tests.invoice_pages.arabic import (
        VAT_TOTALS,
        arabic_page,
        bilingual_page,
        odoo_rtl_page,
    )

    with tempfile.TemporaryDirectory() as tmp:
        kinds: dict[str, list[tuple[Path, str]]] = {"rtl": [], "ltr": []}
        for k in range(12):
            price = f"{1000 + 37 * k:,}.00"
            total, tax = (f"{v:,.2f}" for v in (1.15 * (1000 + 37 * k), 0.15 * (1000 + 37 * k)))
            pages = {
                "rtl": arabic_page(VAT_TOTALS)
                if k % 2
                else odoo_rtl_page("ر.س", (price, tax, total), english=k % 4 == 0),
                "ltr": bilingual_page([("Desk", "1", price)], price, tax, total),
            }
            for kind, html in pages.items():
                kinds[kind].append((Path(tmp) / f"{kind}{k}.pdf", html))
        print_pdf(shared_browser(), [job for jobs in kinds.values() for job in jobs])
        for kind, jobs in kinds.items():
            files = [path for path, _html in jobs]
            ours_seconds(files[:2])
            raw, ours, spread = interleaved(files * 2, use_xml=False, chunk=4)
            what = (
                "written right to left, read as drawn and mirrored"
                if kind == "rtl"
                else "bilingual, left to right, read once"
            )
            line(
                f"Arabic pages, {len(files)} files x2: {what}",
                f"{1000 * ours / (2 * len(files)):.0f} ms/file",
                f"{ours / raw:.2f}x raw extract_text ({spread})",
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=72, help="invoices per vendor (72 -> 504)")
    count = ap.parse_args().count
    from demo.sample_invoices import generate_invoices
    from robot_lib.invoices import extract_many

    with tempfile.TemporaryDirectory() as tmp:
        generate_invoices(Path(tmp), count=count, seed=13, bad=False)
        files = sorted(Path(tmp).glob("*.pdf"))
        n = len(files)
        ours_seconds(files[:3])
        raw, ours, spread = interleaved(files, use_xml=True)
        results: dict[int, list[float]] = {1: [], 2: []}
        for workers in (1, 2, 2, 1):  # in turns, as above
            t0 = time.perf_counter()
            out = list(extract_many(files, workers=workers))
            results[workers].append(time.perf_counter() - t0)
            bad = [p for p, r in out if isinstance(r, Exception)]
            assert not bad, bad[:3]
    one, two = sum(results[1]), sum(results[2])
    line(f"raw pdfplumber extract_text, {n} invoices, 1 process", f"{n / raw:.1f} inv/s")
    line(
        "extract_invoice (XML, layout, validation), 1 process",
        f"{n / ours:.1f} inv/s",
        f"{ours / raw:.2f}x raw extract_text ({spread}); goal <= 1.5x",
    )
    line(
        "extract_many, 2 worker processes",
        f"{2 * n / two:.1f} inv/s",
        f"{one / two:.2f}x of 1 process; goal >= 1.7x",
    )
    real_corpus()
    right_to_left()


if __name__ == "__main__":
    main()
