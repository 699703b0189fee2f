"""``python -m tests.invoice_jspdf [DIR]``: make the jsPDF invoices again (needs ``node`` and
``jspdf`` with ``jspdf-autotable`` on ``NODE_PATH``)."""

import sys
from pathlib import Path

from tests.invoice_jspdf import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
