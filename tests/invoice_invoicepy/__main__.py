"""``python -m tests.invoice_invoicepy [DIR]``: print invoicepy's invoices again (Debian with
``weasyprint python3-pydantic python3-email-validator python3-jinja2 python3-click``;
``render.py`` fetches the package from PyPI)."""

import sys
from pathlib import Path

from tests.invoice_invoicepy import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
