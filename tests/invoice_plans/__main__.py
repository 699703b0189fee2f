"""``python -m tests.invoice_plans PYTHON [DIR]``: print django-plans' invoices again, PYTHON
being a Python with ``django-plans==2.8.2`` and ``time-machine`` installed."""

import sys
from pathlib import Path

from tests.invoice_plans import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
