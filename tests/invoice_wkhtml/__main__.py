"""``python -m tests.invoice_wkhtml [DIR]``: make the ERPs' invoices again (needs
``wkhtmltopdf``)."""

import sys
from pathlib import Path

from tests.invoice_wkhtml import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
