"""``python -m tests.invoice_npm [DIR]``: make the npm packages' invoices again (needs
``node`` with @rimiti/invoice-it, jspdf-invoice-template-nodejs, invoice-pdf and jade on
``NODE_PATH``, and a Chromium)."""

import sys
from pathlib import Path

from tests.invoice_npm import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
