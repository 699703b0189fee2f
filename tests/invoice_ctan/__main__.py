"""``python -m tests.invoice_ctan [DIR]``: typeset the CTAN packages' invoices again (with
``pdflatex`` and ``texlive-latex-extra`` installed)."""

import sys
from pathlib import Path

from tests.invoice_ctan import FIXTURES, make

make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES)
