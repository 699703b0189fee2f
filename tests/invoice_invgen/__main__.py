"""``python -m tests.invoice_invgen [DIR]``: print invoice-generator's invoices again (Debian
with ``python3-django weasyprint``; ``render.py`` fetches the package from PyPI)."""

import sys
from pathlib import Path

from tests.invoice_invgen import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
