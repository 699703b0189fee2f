"""``python -m tests.invoice_php [DIR]``: make the PHP applications' invoices again (needs
``php`` with Debian's ``php-tcpdf`` and ``php-dompdf``)."""

import sys
from pathlib import Path

from tests.invoice_php import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
