"""``python -m tests.invoice_gnucash [DIR]``: print GnuCash's invoices again (Debian with
``gnucash``, ``python3-gnucash``, ``faketime``, ``chromium`` and the locales generated)."""

import sys
from pathlib import Path

from tests.invoice_gnucash import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
