"""``python -m tests.invoice_pdfmake [DIR]``: make the pdfmake invoices again (needs
``node`` and ``pdfmake`` 0.2 on ``NODE_PATH``)."""

import sys
from pathlib import Path

from tests.invoice_pdfmake import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
