"""``python -m tests.invoice_cartridge PYTHON [DIR]``: print Cartridge's invoices again with a
*PYTHON* that has ``Cartridge==1.3.4`` installed (on a machine with the shops' locales)."""

import sys
from pathlib import Path

from tests.invoice_cartridge import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
