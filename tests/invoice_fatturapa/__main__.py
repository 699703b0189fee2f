"""``python -m tests.invoice_fatturapa [DIR]``: print the Italian e-invoices again through the
stylesheets (fetched from PyPI) with Chromium."""

import sys
from pathlib import Path

from tests.invoice_fatturapa import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
