"""``python -m tests.invoice_pretix PYTHON [DIR]``: print pretix's invoices again, PYTHON being
an interpreter with ``pretix`` installed."""

import sys
from pathlib import Path

from tests.invoice_pretix import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
