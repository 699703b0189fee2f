"""``python -m tests.invoice_djinvoicing PYTHON BOOTSTRAP_CSS [DIR]``: print django-invoicing's
invoices again, PYTHON being a Python with ``django-invoicing==13.1.0`` installed."""

import sys
from pathlib import Path

from tests.invoice_djinvoicing import FIXTURES, make

make(sys.argv[1], sys.argv[2], Path(sys.argv[3]) if len(sys.argv) > 3 else FIXTURES)
