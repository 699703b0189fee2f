"""``python -m tests.invoice_lino PYTHON [DIR]``: print Lino Così's invoices again, PYTHON being
a Python with ``lino-cosi==26.4.0``, ``lino-extjs`` and ``num2words`` installed."""

import sys
from pathlib import Path

from tests.invoice_lino import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
