"""``python -m tests.invoice_sqlledger ROOT [DIR]``: print SQL-Ledger's invoices again, ROOT
being Debian's ``sql-ledger`` package unpacked (its ``usr/share/sql-ledger``)."""

import sys
from pathlib import Path

from tests.invoice_sqlledger import FIXTURES, make

make(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else FIXTURES)
