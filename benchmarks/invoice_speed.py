"""Invoice extraction speed: invoices per second over 500 generated invoices with 1 vs 2
worker processes (goal: >= 1.7x on 2 cores), and extraction time as a ratio to raw
pdfplumber extract_text() on the same files (goal: <= 1.5x), on the generated set and on the
real corpus (tests/data/invoices: many layouts, several pages, text layers of every kind).

    .venv/bin/python benchmarks/invoice_speed.py [--count 72]   (7 vendors x count invoices)
"""

from __future__ import annotations

import argparse
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


def real_corpus() -> None:
    """Per file, layout rules only and with the XML, against raw extract_text, 3 rounds."""
    from robot_lib.invoices import extract_invoice

    files = sorted((Path(__file__).resolve().parent.parent / "tests/data/invoices").rglob("*.pdf"))
    raw = min(raw_seconds(files) for _ in range(3))
    for use_xml in (False, True):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for f in files:
                extract_invoice(f, use_xml=use_xml)
            best = min(best, time.perf_counter() - t0)
        what = "with embedded XML" if use_xml else "layout rules only"
        line(
            f"real corpus, {len(files)} files: extract_invoice, {what}",
            f"{1000 * best / len(files):.0f} ms/file",
            f"{best / raw:.2f}x raw extract_text ({1000 * raw / len(files):.0f} ms); goal <= 1.5x",
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
        raw = raw_seconds(files)
        results = {}
        for workers in (1, 2):
            t0 = time.perf_counter()
            out = list(extract_many(files, workers=workers))
            results[workers] = time.perf_counter() - t0
            bad = [p for p, r in out if isinstance(r, Exception)]
            assert not bad, bad[:3]
    line(f"raw pdfplumber extract_text, {n} invoices, 1 process", f"{n / raw:.1f} inv/s")
    line(
        "extract_invoice (XML, layout, validation), 1 process",
        f"{n / results[1]:.1f} inv/s",
        f"{results[1] / raw:.2f}x raw extract_text; goal <= 1.5x",
    )
    line(
        "extract_many, 2 worker processes",
        f"{n / results[2]:.1f} inv/s",
        f"{results[1] / results[2]:.2f}x of 1 process; goal >= 1.7x",
    )
    real_corpus()


if __name__ == "__main__":
    main()
