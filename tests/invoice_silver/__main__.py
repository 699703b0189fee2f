"""``python -m tests.invoice_silver PYTHON [DIR]``: print django-silver's invoices again, PYTHON
being a Python with ``django-silver==0.11.1`` and ``typing_extensions`` installed."""

import sys
from pathlib import Path

from tests.invoice_silver import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
