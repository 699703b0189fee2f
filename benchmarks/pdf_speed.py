"""PDF: text + words per invoice through robot_lib.pdf vs raw pdfplumber extract_text().

Goal (issue 4): within 1.3x of `pdfplumber.open(p).pages[i].extract_text()` per invoice.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import line, median, timeit  # noqa: E402


def main() -> None:
    import pdfplumber

    from demo.sample_invoices import generate_invoices
    from robot_lib.pdf import open_pdf

    with tempfile.TemporaryDirectory() as tmp:
        generate_invoices(Path(tmp), count=6, seed=5, bad=False)
        files = sorted(Path(tmp).glob("*.pdf"))

        def raw() -> None:
            for f in files:
                with pdfplumber.open(f) as p:
                    for page in p.pages:
                        page.extract_text()

        def ours() -> None:
            for f in files:
                with open_pdf(f, require_text=False) as d:
                    d.text()
                    d.words()

        def ours_words() -> None:
            for f in files:
                with open_pdf(f, require_text=False) as d:
                    d.words()

        raw_t = median(timeit(raw, 3))
        ours_t = median(timeit(ours, 3))
        words_t = median(timeit(ours_words, 3))
    n = len(files)
    line(
        f"raw pdfplumber extract_text ({n} generated invoices)",
        f"{n / raw_t:.1f} inv/s",
        f"{raw_t / n * 1000:.0f} ms each",
    )
    line(
        "robot_lib.pdf open_pdf + text() + words()",
        f"{n / ours_t:.1f} inv/s",
        f"{ours_t / n * 1000:.0f} ms each; {ours_t / raw_t:.2f}x raw; goal <= 1.3x",
    )
    line(
        "robot_lib.pdf open_pdf + words() (what extraction uses)",
        f"{n / words_t:.1f} inv/s",
        f"{words_t / raw_t:.2f}x raw",
    )


if __name__ == "__main__":
    main()
