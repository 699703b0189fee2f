"""``python -m tests.invoice_latex [DIR]``: make the LaTeX invoices again (needs ``pdflatex``)."""

import sys
from pathlib import Path

from tests.invoice_latex import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
