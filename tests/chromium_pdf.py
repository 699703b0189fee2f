"""Print an HTML page to PDF with Debian's Chromium, as a browser's print dialog prints it. The
generators of kept invoice sets run it under their products' own Pythons (GnuCash's, pretix's
or django-plans' venv), so it needs nothing but the standard library."""

from __future__ import annotations

import subprocess
from pathlib import Path

CHROMIUM = [
    "/usr/bin/chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
]


def print_html(html: Path, out: str | Path, *options: str) -> None:
    """Print *html* to the PDF *out* (Chromium's *options* added); stop if nothing came out."""
    command = [*CHROMIUM, *options, f"--print-to-pdf={out}", html.as_uri()]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    if not Path(out).exists():
        raise SystemExit(f"Chromium printed nothing for {html}")
