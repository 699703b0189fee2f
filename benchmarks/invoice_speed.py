"""Invoice extraction speed: invoices per second over 500 generated invoices with 1 vs 2
worker processes (goal: >= 1.7x on 2 cores), and extraction time as a ratio to raw
pdfplumber extract_text() on the same files (goal: <= 1.5x).

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=72, help="invoices per vendor (72 -> 504)")
    count = ap.parse_args().count
    import pdfplumber

    from demo.sample_invoices import generate_invoices
    from robot_lib.invoices import extract_many

    with tempfile.TemporaryDirectory() as tmp:
        generate_invoices(Path(tmp), count=count, seed=13, bad=False)
        files = sorted(Path(tmp).glob("*.pdf"))
        n = len(files)
        t0 = time.perf_counter()
        for f in files:
            with pdfplumber.open(f) as p:
                for page in p.pages:
                    page.extract_text()
        raw = time.perf_counter() - t0
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


if __name__ == "__main__":
    main()
