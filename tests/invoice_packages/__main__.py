"""``python -m tests.invoice_packages [DIR]``: make the packages' invoices again (needs
InvoiceGenerator and PyInvoice importable, ``node`` with microinvoice and
@h1dd3nsn1p3r/pdf-invoice on ``NODE_PATH``)."""

import sys
from pathlib import Path

from tests.invoice_packages import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
