"""``python -m tests.invoice_invoicer [DIR]``: print invoicer's invoices again (Debian with
``python3-reportlab python3-yaml``; ``render.py`` fetches the package from PyPI)."""

import sys
from pathlib import Path

from tests.invoice_invoicer import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
