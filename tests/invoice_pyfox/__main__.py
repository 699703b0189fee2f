"""``python -m tests.invoice_pyfox PYTHON [DIR]``: print pyfox-invoice's invoices again, PYTHON
being a Python 3.12 with ``pyfox-invoice==0.1.1`` installed."""

import sys
from pathlib import Path

from tests.invoice_pyfox import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
