"""``python -m tests.invoice_sheets [DIR]``: make the spreadsheet invoices again (needs
LibreOffice's ``soffice``)."""

import sys
from pathlib import Path

from tests.invoice_sheets import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
