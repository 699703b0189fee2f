"""``python -m tests.invoice_satcfdi PYTHON [DIR]``: print the CFDIs again with satcfdi, installed
for *PYTHON*."""

import sys
from pathlib import Path

from tests.invoice_satcfdi import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
