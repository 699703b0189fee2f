"""``python -m tests.invoice_oscar PYTHON [DIR]``: print django-oscar-invoices' invoices again,
PYTHON being a Python with ``django-oscar-invoices==0.2`` installed."""

import sys
from pathlib import Path

from tests.invoice_oscar import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
