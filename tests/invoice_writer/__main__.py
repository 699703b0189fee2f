"""``python -m tests.invoice_writer [DIR]``: make the word processor's invoices again (needs
LibreOffice's ``soffice``)."""

import sys
from pathlib import Path

from tests.invoice_writer import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
