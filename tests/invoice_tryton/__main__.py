"""``python -m tests.invoice_tryton PYTHON [DIR]``: print Tryton's invoices again, PYTHON being
a Python with ``trytond_account_invoice`` and ``proteus`` 7.0 installed (and ``soffice`` on the
PATH)."""

import sys
from pathlib import Path

from tests.invoice_tryton import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
