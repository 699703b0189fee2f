"""``python -m tests.invoice_danfe PYTHON [DIR]``: print the DANFEs again with
brazilfiscalreport, installed for *PYTHON*."""

import sys
from pathlib import Path

from tests.invoice_danfe import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
